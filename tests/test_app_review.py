"""Regressions found in a review of the app by hand (tmux), each pinned by a Pilot test."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import DataTable

from tests.app_fixtures import make_app_fixture, screen_text  # noqa: F401
from tui.config import load_config
from tui.messages import OpenItem
from tui.screens.feeds import FeedsScreen
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchResults, SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.store import Store

SIZE = (140, 40)


async def test_enter_on_a_feed_shows_its_items(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        table = app.screen.query_one(DataTable)
        table.focus()
        await pilot.press("j", "enter")  # the second feed: Azertac
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        assert app.screen.item_filter.feed_url == app.config.feeds[1].url
        assert "feed: Azertac" in screen_text(app)


async def test_timeline_shows_read_marks_made_in_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        assert timeline.show_entry(3)  # Ganja: every source unread
        await pilot.pause(0.2)
        assert timeline.entries.current["unread"] == 3
        await pilot.press("enter", "enter")  # open the first source
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is timeline
        assert timeline.detail.current_source["read"] == 1
        assert timeline.entries.current["unread"] == 2


async def test_search_results_show_read_marks_made_in_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S", *"Ganja")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert search.results and not search.results[0]["read"]
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is search
        assert search.results[0]["read"] == 1
        assert search.query_one(SearchResults).highlighted == 0


async def test_filter_dialog_buttons_reachable_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        apply = app.screen.query_one("#filter-apply")
        apply.focus()
        await pilot.pause()
        await pilot.pause()
        assert app.screen.region.contains_region(apply.region)
        assert "Apply" in screen_text(app)


async def test_held_j_scrolls_the_help_one_line_per_press(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        for _ in range(10):  # a held key: presses arrive faster than the screen refreshes
            app.screen.action_scroll("down")
        await pilot.pause()
        assert app.screen.query_one(VerticalScroll).scroll_y == 10


async def test_held_j_scrolls_the_reader_one_line_per_press(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        item = app.ids["we1"]
        store.db.execute(
            "UPDATE items SET text = ? WHERE id = ?",
            ["\n".join(f"Paragraph {n}." for n in range(200)), item],
        )
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenItem(item))
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        for _ in range(10):  # a held key: presses arrive faster than the screen refreshes
            app.screen.action_scroll_down()
        await pilot.pause()
        assert app.screen.query_one("#reader-scroll", VerticalScroll).scroll_y == 10


def test_feed_names_from_feeds_toml_are_cleaned(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nname = "[bold]Wire[/] \\u001b]52;c;aGk=\\u0007 \\u202eevil"\n'
        'url = "https://example.org/rss"\nside = "other"\n',
        encoding="utf-8",
    )
    name = load_config(path).feeds[0].name
    assert name == "[bold]Wire[/] evil"


async def test_item_list_pages_leave_out_huge_bodies(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        store.db.execute("UPDATE items SET text = ?", ["A" * 100_000])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        item_list = app.screen.item_list
        rows = [item_list.row_at(i) for i in range(item_list.row_count)]
        assert rows and all("text" not in row for row in rows)
        await pilot.press("enter")  # the reader still reads the body
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "AAAA" in screen_text(app)


async def test_space_pages_down_in_the_reader(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        item = app.ids["we1"]
        store.db.execute(
            "UPDATE items SET text = ? WHERE id = ?",
            ["\n".join(f"Paragraph {n}." for n in range(200)), item],
        )
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(OpenItem(item))
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)  # no crash: still reading
        assert app.screen.query_one("#reader-scroll", VerticalScroll).scroll_y > 5

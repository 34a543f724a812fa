"""The items screen: order, read marks kept in SQLite, stars, the unread filter, links,
the clipboard, paging, undated items."""

from __future__ import annotations

from textual.widgets import Checkbox, Select

from tests.app_fixtures import UNDATED_TITLE, add_undated_item, press, screen_text, shown
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.store import ItemFilter, Store

SIZE = (120, 36)


async def open_items(app, pilot) -> ItemsScreen:
    await press(pilot, "2")
    assert isinstance(app.screen, ItemsScreen)
    return app.screen


async def test_items_newest_first_unread_bold(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        rows = [screen.item_list.row_at(i) for i in range(screen.item_list.row_count)]
        assert [r["published"] for r in rows] == sorted(
            (r["published"] for r in rows), reverse=True
        )
        text = screen_text(app)
        assert "16 items · newest first" in text
        assert "Turkey to monitor ceasefire with Russia" in text.splitlines()[2]


async def test_open_marks_read_in_sqlite(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        first = screen.item_list.current["id"]
        await shown(pilot, ReaderScreen, "enter")
        with Store(app.db_path) as store:
            assert store.item(first)["read"] == 1
        await pilot.press("N")  # unread again from the reader
        with Store(app.db_path) as store:
            assert store.item(first)["read"] == 0
        await pilot.press("escape")
        assert app.screen is screen


async def test_toggle_read_star_all_read(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        row = screen.item_list.current
        await pilot.press("N", "s")
        with Store(app.db_path) as store:
            assert store.item(row["id"])["read"] == 1
            assert store.item(row["id"])["starred"] == 1
        await pilot.press("s")
        with Store(app.db_path) as store:
            assert store.item(row["id"])["starred"] == 0
        await pilot.press("n")
        assert screen.item_list.cursor == 1
        await pilot.press("A", "n")  # asks first: n keeps every mark
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.count_items(ItemFilter(unread_only=True)) == 12
        await pilot.press("C", "y")  # Newsboat's C: the same, after the same question
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.count_items(ItemFilter(unread_only=True)) == 0


async def test_newsboat_p_and_J_K_in_items(make_app):
    """p: previous unread; J/K: the next/previous feed's items (Newsboat's keys)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        await pilot.press("G")
        last = screen.item_list.cursor
        rows = [screen.item_list.row_at(i) for i in range(last)]
        expected = max(i for i, r in enumerate(rows) if not r["read"])
        await pilot.press("p")
        assert screen.item_list.cursor == expected
        await pilot.press("J")
        assert screen.item_filter.feed_url == app.config.feeds[0].url
        await pilot.press("J")
        assert screen.item_filter.feed_url == app.config.feeds[1].url
        await pilot.press("K")
        assert screen.item_filter.feed_url == app.config.feeds[0].url
        assert "feed: Armenpress" in screen_text(app)


async def test_unread_filter_and_dialog(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        await pilot.press("u")
        assert screen.item_list.row_count == 13
        assert "unread only" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#filter-unread", Checkbox).value is True
        dialog.query_one("#filter-unread", Checkbox).value = False
        dialog.query_one("#filter-feed", Select).value = app.config.feeds[0].url
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert screen.item_list.row_count == 4
        assert "feed: Armenpress" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).value = "denial"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert screen.item_list.current["id"] == app.ids["am3"]
        assert screen.item_list.row_count == 1
        await pilot.press("c")
        assert screen.item_list.row_count == 16


async def test_open_link_only_http(make_app):
    app = make_app(hostile=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        await pilot.press("o")
        assert app.opened == ["https://example.org/tr2"]
        evil = screen.item_list.find_position(app.ids["evil"])
        screen.item_list.move_cursor(evil)
        await pilot.press("o")
        assert app.opened == ["https://example.org/tr2"]
        assert any("Refusing" in n.message for n in app._notifications)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("o")
        assert app.opened == ["https://example.org/tr2"]


async def test_copy_link_sets_clipboard(make_app):
    app = make_app(hostile=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        await pilot.press("y")
        assert app.clipboard == "https://example.org/tr2"
        screen.item_list.move_cursor(screen.item_list.find_position(app.ids["evil"]))
        await pilot.press("y")
        assert app.clipboard == "https://example.org/tr2"
        screen.item_list.move_cursor(0)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard == "https://example.org/tr2"


async def test_page_keys_and_ends(make_app):
    app = make_app()
    async with app.run_test(size=(100, 12)) as pilot:
        screen = await open_items(app, pilot)
        await pilot.press("G")
        assert screen.item_list.cursor == 15
        await pilot.press("g", "pagedown")
        assert screen.item_list.cursor > 3
        await pilot.press("pageup", "j", "k", "down", "up")
        assert screen.item_list.cursor == 0


async def test_items_list_shows_undated_not_the_fetch_time(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2")
        assert isinstance(app.screen, ItemsScreen)
        text = screen_text(app)
        assert "2026-11-28" not in text
        row = next(r for r in text.splitlines() if UNDATED_TITLE in r)
        assert "undated" in row
        assert "2020-11-10 07:00" in text  # dated items keep their time


async def test_item_list_pages_leave_out_huge_bodies(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        store.db.execute("UPDATE items SET text = ?", ["A" * 100_000])
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        item_list = app.screen.item_list
        rows = [item_list.row_at(i) for i in range(item_list.row_count)]
        assert rows and all("text" not in row for row in rows)
        await pilot.press("enter")  # the reader still reads the body
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "AAAA" in screen_text(app)

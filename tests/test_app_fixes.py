"""Regressions from user reports: the timeline cursor across filter changes, undated
items shown as undated (never as the fetch time), and the reader's one-line tag header."""

from __future__ import annotations

from textual.widgets import Select

from tests.app_fixtures import make_app_fixture, screen_text  # noqa: F401
from tui.records import ParsedItem
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.store import Store

SIZE = (140, 40)
GUESSED_FETCH = "2026-11-28T04:34:00Z"
UNDATED_TITLE = "Undated bulletin on the peacekeepers"


def current_id(app) -> int:
    return app.screen.entries.current["id"]


# ---- 1. the timeline keeps the cursor on its entry -----------------------------------


async def test_hide_then_show_hidden_keeps_the_hidden_entry_under_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("j", "j")
        assert current_id(app) == 3  # Truce violation claimed at Ganja, third row
        await pilot.press("x")
        await pilot.pause()
        assert current_id(app) == 2  # the next entry took its place
        await pilot.press("H")
        await pilot.pause()
        # "x again unhides": the cursor is on the entry just hidden, not the top row
        assert current_id(app) == 3
        await pilot.press("x")
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.entry(3)["hidden"] == 0
            assert store.entry(5)["hidden"] == 0
        assert current_id(app) == 3


async def test_show_hidden_keeps_the_current_entry(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        store.set_entry_hidden(5, True)  # the newest entry, above the cursor
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "j")
        assert current_id(app) == 2
        await pilot.press("H")
        await pilot.pause()
        assert app.screen.entries.row_count == 5
        assert current_id(app) == 2
        await pilot.press("H")
        await pilot.pause()
        assert current_id(app) == 2


async def test_clear_filters_and_order_keep_the_current_entry(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"truce")
        await pilot.pause()
        await pilot.press("enter")
        ids = [app.screen.entries.row_at(i)["id"] for i in range(app.screen.entries.row_count)]
        assert len(ids) >= 2 and 5 not in ids
        app.screen.entries.move_cursor(len(ids) - 1)
        target = current_id(app)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.entries.row_count == 5
        assert current_id(app) == target
        await pilot.press("O")
        await pilot.pause()
        assert current_id(app) == target


async def test_applying_filters_keeps_the_entry_if_still_shown(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("G")
        assert current_id(app) == 1  # the oldest entry, a violation claim
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).value = "violation_claim"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.entries.row_count == 2
        assert current_id(app) == 1
        # a filter that drops the entry: the list starts at the top
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).value = "truce_agreed"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert app.screen.entries.cursor == 0
        assert current_id(app) == 2


# ---- 2. a guessed date is shown as undated -----------------------------------------------


def add_undated_item(app) -> str:
    """An item whose feed gave no date (the fetch time is stored), in an entry of its own."""
    with Store(app.db_path) as store:
        url = app.config.feeds[2].url
        store.ingest(
            url,
            [
                ParsedItem(
                    guid="undated1",
                    link="https://example.org/undated1",
                    title=UNDATED_TITLE,
                    text="Peacekeepers were seen near Lachin.",
                    published=None,
                    content_hash="undated1",
                )
            ],
            fetched=GUESSED_FETCH,
        )
        row = next(r for r in store.newest_items(5) if r["title"] == UNDATED_TITLE)
        assert row["date_guessed"] == 1 and row["published"] == GUESSED_FETCH
        store.create_entry("2020-11-11", "peacekeeping", "Peacekeepers deploy", [row["id"]])
        return row["id"]


async def test_items_list_shows_undated_not_the_fetch_time(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        text = screen_text(app)
        assert "2026-11-28" not in text
        row = next(r for r in text.splitlines() if UNDATED_TITLE in r)
        assert "undated" in row
        assert "2020-11-10 07:00" in text  # dated items keep their time


async def test_timeline_sources_show_undated(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        entry_id = max(
            app.screen.entries.row_at(i)["id"] for i in range(app.screen.entries.row_count)
        )
        assert app.screen.show_entry(entry_id)
        await pilot.pause(0.2)
        text = screen_text(app)
        assert UNDATED_TITLE in text
        assert "TASS · undated" in text
        assert "2026-11-28" not in text


async def test_search_results_show_undated(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("2", "slash", *"peacekeepers")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        text = screen_text(app)
        row = next(r for r in text.splitlines() if UNDATED_TITLE in r)
        assert "undated" in row
        assert "2026-11-28" not in text
        assert "2020-11-10" in text  # the dated peacekeepers item


async def test_reader_says_undated(make_app):
    app = make_app()
    undated = add_undated_item(app)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        items = app.screen.item_list
        items.move_cursor(items.find_position(undated))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        text = screen_text(app)
        assert "Published undated (no date in the feed; first seen 2026-11-28 04:34 UTC)" in text


# ---- 3. the reader's tag header stays on one line ----------------------------------------


async def open_reader_with_tag(app, pilot, rule: str, evidence: str) -> str:
    with Store(app.db_path) as store:
        store.replace_tags(
            [
                (
                    app.ids["ru3"],
                    [
                        {
                            "kind": "peacekeeping",
                            "rule": rule,
                            "event_date": "2020-11-10",
                            "places": ["Lachin corridor", "Stepanakert"],
                            "parties": ["russia"],
                            "evidence": evidence,
                        }
                    ],
                )
            ]
        )
    await pilot.pause()
    await pilot.press("2")
    await pilot.pause()
    items = app.screen.item_list
    items.move_cursor(items.find_position(app.ids["ru3"]))
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ReaderScreen)
    return screen_text(app)


async def test_reader_rule_stays_on_the_tag_header_line(make_app):
    app = make_app()
    evidence = "Russia will deploy peacekeepers along the line of contact, the Kremlin said."
    async with app.run_test(size=(100, 34)) as pilot:
        text = await open_reader_with_tag(app, pilot, "peacekeeping/peacekeepers", evidence)
        lines = text.splitlines()
        header = [r for r in lines if "peacekeep " in r and "2020-11-10" in r]
        assert len(header) == 1, text
        assert "(peacekeeping/peacekeepers)" in header[0]
        assert "at Lachin corridor, Stepanakert" in header[0]
        # no line holds the rule alone
        assert not any(r.strip().startswith("(peacekeeping/") for r in lines), text


async def test_reader_long_rule_is_cut_with_an_ellipsis(make_app):
    app = make_app()
    rule = "peacekeeping/" + "very_long_rule_name_" * 6
    async with app.run_test(size=(100, 34)) as pilot:
        text = await open_reader_with_tag(app, pilot, rule, "Peacekeepers deploy to Lachin.")
        lines = text.splitlines()
        header = [r for r in lines if "peacekeep " in r and "2020-11-10" in r]
        assert len(header) == 1, text
        assert "(peacekeeping/very long" in header[0] and "…)" in header[0]
        assert header[0].rstrip().endswith("at Lachin corridor, Stepanakert")
        assert "Peacekeepers deploy to Lachin." in text

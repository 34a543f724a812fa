"""The item list and the reader: read marks persist, stars, filters, links, clipboard."""

from __future__ import annotations

from textual.widgets import Checkbox, Select

from tests.app_fixtures import make_app_fixture, screen_text  # noqa: F401
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.store import ItemFilter, Store

SIZE = (120, 36)


async def open_items(app, pilot) -> ItemsScreen:
    await pilot.pause()
    await pilot.press("2")
    await pilot.pause()
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
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
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
        await pilot.press("A")
        with Store(app.db_path) as store:
            assert store.count_items(ItemFilter(unread_only=True)) == 0


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


async def test_reader_shows_tags_with_evidence(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_items(app, pilot)
        screen.item_list.move_cursor(screen.item_list.find_position(app.ids["az3"]))
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Armenia violated the truce, Baku says" in text
        assert "AZ Azertac (azerbaijani)" in text
        assert "Azerbaijan accuses Armenia" in text
        assert "9 civilian killed, according to Azerbaijan" in text
        assert "Truce violation claimed at Ganja" in text
        body = app.screen.query_one("#reader-body").content
        spans = [body.plain[s.start : s.end] for s in body.spans]
        assert "Azerbaijan accused Armenia of violating the ceasefire in Ganja." in spans


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

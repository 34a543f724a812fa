"""What the app does everywhere: background polls, the command palette, export, q; and the
context it gives the screens."""

from __future__ import annotations

from tests.app_fixtures import write_feeds_toml, write_rss
from tui.context import AppContext
from tui.screens.items import ItemsScreen
from tui.store import Store

SIZE = (120, 36)


async def test_background_poll_adds_items_cursor_stays(make_app, tmp_path):
    app = make_app(config=write_feeds_toml(tmp_path))  # polling tags: the real profile
    write_rss(
        tmp_path / "armenpress.xml",
        [
            ("new1", "Fresh report one", "Wed, 11 Nov 2020 10:00:00 GMT", "Karabakh news one"),
            ("new2", "Fresh report two", "Wed, 11 Nov 2020 11:00:00 GMT", "Karabakh news two"),
        ],
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ItemsScreen)
        await pilot.press("j", "j", "j")
        before = screen.item_list.current["id"]
        assert screen.item_list.cursor == 3
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.item_list.row_count == 18
        assert screen.item_list.current["id"] == before
        assert screen.item_list.cursor == 5
        assert "Polled 5 feeds: 2 new" in app.poll_status
        messages = [(n.title, n.message) for n in app._notifications]
        assert any(t == "Feed failed" and m.startswith("Azertac:") for t, m in messages)
        with Store(app.db_path) as store:
            feeds = {f["name"]: f for f in store.feeds()}
            assert feeds["Armenpress"]["last_status"] == "ok"
            assert feeds["TASS"]["last_status"] == "error"


async def test_read_marks_survive_a_poll(make_app, tmp_path):
    app = make_app(config=write_feeds_toml(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        first = app.screen.item_list.current["id"]
        await pilot.press("N", "R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.item(first)["read"] == 1


async def test_command_palette_lists_actions(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for expected in ("Poll all feeds", "Search items", "Export to Markdown", "Retitle"):
            assert expected in titles
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Items")
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)


async def test_export_writes_markdown(make_app, tmp_path):
    app = make_app()
    target = tmp_path / "out.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("Input").value = str(target)
        await pilot.press("enter")
        await pilot.pause()  # the dialog's callback starts the worker after the pop
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    assert "Truce violation claimed at Ganja" in text


async def test_q_goes_back_then_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        assert app.current_mode == "feeds"
        await pilot.press("q")
        assert app.current_mode == "timeline"
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def test_the_app_has_everything_the_screens_context_names(make_app):
    """Screens see the app only as AppContext: the app must keep every name it lists."""
    app = make_app()
    names = set(AppContext.__annotations__) | {
        name for name in vars(AppContext) if not name.startswith("_")
    }
    assert {"config", "entry_filter", "party_name", "say", "open_link"} <= names
    for name in names:
        assert hasattr(app, name), name

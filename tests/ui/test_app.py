"""What the app does everywhere: background polls, the command palette, export, q; and the
context it gives the screens."""

from __future__ import annotations

from tests.app_fixtures import press, screen_text, write_feeds_toml, write_rss
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
        await press(pilot, "2")
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
        assert ("Poll", "4 feeds failed; press F to see why.") in messages
        with Store(app.db_path) as store:
            feeds = {f["name"]: f for f in store.feeds()}
            assert feeds["Armenpress"]["last_status"] == "ok"
            assert feeds["TASS"]["last_status"] == "error"


async def test_read_marks_survive_a_poll(make_app, tmp_path):
    app = make_app(config=write_feeds_toml(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2")
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
        await press(pilot, "e")
        app.screen.query_one("Input").value = str(target)
        await pilot.press("enter")
        await pilot.pause()  # the dialog's callback starts the worker after the pop
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = target.read_text(encoding="utf-8")
    assert "Truce violation claimed at Ganja" in text


async def test_failed_feeds_are_one_notification_and_F_shows_them(tmp_path):
    """A poll where every feed fails: one summary, not a pop-up per feed; F shows why."""
    from tui.app import ConflictApp

    config = write_feeds_toml(tmp_path)  # no feed file exists: every feed fails
    app = ConflictApp(db_path=tmp_path / "empty.db", config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert messages == ["5 feeds failed; press F to see why."]
        await pilot.press("2")  # nothing stored: the empty list says why, too
        await pilot.pause()
        assert "Every feed failed at the last poll. Press F to see why" in screen_text(app)
        await pilot.press("F")
        await pilot.pause()
        assert app.current_mode == "feeds"


async def test_export_defaults_to_the_documents_dir_and_asks_before_overwriting(
    make_app, tmp_path, monkeypatch
):
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr("tui.app.default_export_dir", lambda: documents)
    target = documents / "timeline.md"
    target.write_text("keep me", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "e")
        assert app.screen.query_one("Input").value == str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "exists. Overwrite it?" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("Input").value = "mine.md"  # a name alone: the documents dir
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await press(pilot, "e")
        await pilot.press("enter", "y")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
    assert "Truce violation claimed at Ganja" in (documents / "mine.md").read_text()
    assert "Truce violation claimed at Ganja" in target.read_text(encoding="utf-8")
    assert f"Exported 5 entries to {documents / 'mine.md'}" in messages
    assert f"Exported 5 entries to {target}" in messages


async def test_open_without_a_browser_offers_to_copy(make_app):
    app = make_app()
    app.browser_found = False
    copied: list[str] = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "o")
        question = str(app.screen.query_one("#confirm-question").render())
        assert "No web browser was found" in question
        await pilot.press("y")
        await pilot.pause()
    assert copied and copied[0].startswith("https://example.org/")
    assert not any(n.message.startswith("Opening") for n in app._notifications)


def test_browser_setting_is_read_and_used(tmp_path, monkeypatch):
    import webbrowser

    from tui.app import ConflictApp

    config = write_feeds_toml(tmp_path, extra='browser = "mybrowser %s"')
    assert config.settings.browser == "mybrowser %s"
    asked: list[str | None] = []

    def fake_get(using=None):
        asked.append(using)
        raise webbrowser.Error("none")

    monkeypatch.setattr(webbrowser, "get", fake_get)
    app = ConflictApp(db_path=tmp_path / "b.db", config=config)
    assert app.launch_browser("https://example.org/x") is False
    assert asked == ["mybrowser %s"]


async def test_Q_quits_at_once_from_a_pushed_screen(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2", "enter")
        assert len(app.screen_stack) > 1
        await pilot.press("Q")
        await pilot.pause()
    assert app.return_code == 0


async def test_q_goes_back_then_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "3")
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

"""The key list and the help screen: every binding has an id, the keymap applies."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tests.app_fixtures import press, screen_text, shown, write_feeds_toml
from tui.keys import key_table, sections
from tui.screens.help import HelpScreen


def test_every_binding_has_an_id():
    from textual.binding import Binding

    for title, bindings in sections():
        for binding in Binding.make_bindings(bindings):
            assert binding.id, (title, binding.key)


def test_key_table_applies_keymap():
    table = dict(key_table({"app.poll": "ctrl+r"}))
    assert ("Ctrl+r", "Poll", "app.poll") in table["Everywhere"]


async def test_help_lists_keys_and_keymap_rebinds(make_app, tmp_path):
    config = write_feeds_toml(
        tmp_path, extra='profile = "none.toml"\n[settings.keymap]\n"app.help" = "h,f1"'
    )
    app = make_app(config=config)
    async with app.run_test(size=(100, 160)) as pilot:
        await press(pilot, "h")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Next unread" in text and "Retitle" in text and "Merge marked here" in text
        assert "h f1" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_held_j_scrolls_the_help_one_line_per_press(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await shown(pilot, HelpScreen, "question_mark")
        for _ in range(10):  # a held key: presses arrive faster than the screen refreshes
            app.screen.action_scroll("down")
        await pilot.pause()
        assert app.screen.query_one(VerticalScroll).scroll_y == 10


def test_readme_key_list_is_python_m_tui_keys():
    """The README embeds `python -m tui.keys` (one heading level deeper): keep them equal."""
    from pathlib import Path

    from tui.keys import markdown

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown().replace("### ", "#### ").strip() in readme


async def test_help_lists_newsboat_equivalents(make_app):
    app = make_app()
    async with app.run_test(size=(100, 60)) as pilot:
        await press(pilot, "question_mark")
        for _ in range(40):
            await pilot.press("j")
        await pilot.pause()
        text = screen_text(app)
    assert "Newsboat keys that mean something else here" in text
    assert "Newsboat: reload the current feed. Here: retitle" in text

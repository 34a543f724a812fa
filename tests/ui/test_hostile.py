"""A hostile feed in every screen: markup, escapes and bidi controls are only text."""

from __future__ import annotations

from tests.app_fixtures import HOSTILE_TITLE, screen_text, shown
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen

SHOWN = "[bold]Breaking[/ [link=javascript:alert(1)]click[/link]"


FORBIDDEN = ("\x1b", "\u202e", "\x07")


def check(text: str) -> None:
    for char in FORBIDDEN:
        assert char not in text


async def test_hostile_rows_in_every_screen(make_app):
    app = make_app(hostile=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        # timeline row and detail pane (the hostile entry is the 3rd newest)
        app.screen.show_entry(6)
        await pilot.pause(0.2)
        text = screen_text(app)
        check(text)
        assert "[bold]Breaking[/" in text
        assert "[BOLD]EVIL[/" in text  # the kind, upper-cased as text
        assert "[link=file:///etc/passwd]p[/link]" in text
        # the hostile source in the detail pane, then the reader
        await pilot.press("enter")
        source = next(s for s in app.screen.detail.entry["sources"] if s["id"] == app.ids["evil"])
        app.screen.detail.sources.highlighted = app.screen.detail.entry["sources"].index(source)
        await shown(pilot, ReaderScreen, "enter")
        text = screen_text(app)
        check(text)
        assert SHOWN in text
        assert "Body with [red]markup[/red] and [/ and red and bidi." in text
        assert "(not an http(s) link; will not open) javascript:alert(1)" in text
        assert app.screen.sub_title.startswith("[bold]Breaking[/")
        check(app.screen.sub_title)
        await pilot.press("o", "y")  # refused, with a notification that is only text
        await pilot.pause()
        check(screen_text(app))
        # items
        await pilot.press("q", "2")
        await pilot.pause()
        text = screen_text(app)
        check(text)
        assert "[bold]Breaking[/" in text
        # search (the title is matched, the snippet shows the body's markup as text)
        await pilot.press("slash", *"markup")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        text = screen_text(app)
        check(text)
        assert "[red]markup[/red]" in text
        # feeds, help
        await pilot.press("escape", "3")
        await pilot.pause()
        check(screen_text(app))
        await shown(pilot, HelpScreen, "question_mark")


async def test_hostile_notification_and_title(make_app):
    app = make_app(hostile=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.say(HOSTILE_TITLE, title=HOSTILE_TITLE, severity="error")
        app.title = HOSTILE_TITLE
        await pilot.pause()
        text = screen_text(app)
        assert "[bold]Breaking[/" in text
        check(text)
        note = app._notifications
        assert all(not n.markup for n in note)
        check("".join(n.message + n.title for n in note))

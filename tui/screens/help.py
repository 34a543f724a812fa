"""Every key, generated from the bindings (with the user's keymap applied)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import bindings
from tui.context import HasContext
from tui.keys import NEWSBOAT_DIFFERENT, key_table
from tui.widgets.scrolling import scroll_line


class HelpScreen(HasContext, ModalScreen[None]):
    """The key list; any of Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.HELP

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll"):
            yield Static(self.render_keys(), id="help-keys", markup=False)

    def render_keys(self) -> Table:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(justify="right", style="bold", no_wrap=True)
        grid.add_column()
        grid.add_row(Text("Keys", style="bold reverse"), Text("(Esc closes; ctrl+p: commands)"))
        for title, rows in key_table(self.ctx.config.settings.keymap):
            grid.add_row("", "")
            grid.add_row(Text(""), Text(title, style="bold underline"))
            for keys, description, _ in rows:
                grid.add_row(Text(keys), Text(description))
        grid.add_row("", "")
        grid.add_row(
            Text(""), Text("Newsboat keys that mean something else here", style="bold underline")
        )
        for key, theirs, ours in NEWSBOAT_DIFFERENT:
            grid.add_row(Text(key), Text(f"Newsboat: {theirs}. Here: {ours}."))
        return grid

    def action_scroll(self, direction: str) -> None:
        scroll_line(self.query_one(VerticalScroll), direction)

"""One timeline entry on a screen of its own (key d): its claims read at any size."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui import bindings
from tui.widgets.scrolling import scroll_line


class EntryInfoScreen(ModalScreen[None]):
    """The detail pane's text, whole and scrollable; Esc, q or d closes it."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.ENTRY_INFO

    def __init__(self, text: Text) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="entry-info-full"):
            yield Static(self.text, markup=False)
            yield Static(Text("Esc, q or d closes · j/k scroll", style="dim"), markup=False)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_scroll(self, direction: str) -> None:
        scroll_line(self.query_one(VerticalScroll), direction)

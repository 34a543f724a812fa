"""A one-line status under each screen: poll progress and its outcome."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.sanitize import clean_line


class StatusLine(Static):
    """Shows the app's `poll_status`; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__("", markup=False, classes="status-line")

    def on_mount(self) -> None:
        self.watch(self.app, "poll_status", self._show)

    def _show(self, status: str) -> None:
        self.display = bool(status)
        self.update(Text(clean_line(status)))

"""A one-line status under each screen: changes waiting to be saved, poll progress."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.sanitize import clean_line


class StatusLine(Static):
    """Shows the app's `save_status` and `poll_status`; hidden while there is nothing to say."""

    def __init__(self) -> None:
        super().__init__("", markup=False, classes="status-line")

    def on_mount(self) -> None:
        self.watch(self.app, "poll_status", self._show)
        self.watch(self.app, "save_status", self._show, init=False)

    def _show(self, _status: str = "") -> None:
        parts = [getattr(self.app, "save_status", ""), getattr(self.app, "poll_status", "")]
        status = " · ".join(part for part in parts if part)
        self.display = bool(status)
        self.update(Text(clean_line(status)))

"""Every feed's status: last poll, items, unread, last error."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from tui import bindings
from tui.messages import ShowFeedItems
from tui.store import Store
from tui.widgets.status_line import StatusLine
from tui.widgets.text import line, side_text, stamp

STATUS_STYLES = {"ok": "bold #3aa37a", "not_modified": "dim", "error": "bold #d04f5f"}
# The stored status in words (the database keeps the raw value).
STATUS_LABELS = {"ok": "ok", "not_modified": "not modified", "error": "failed"}
# Columns besides the error: their widths plus a cell's padding, to size the error column.
_PADDING = 2


class FeedsScreen(Screen[None]):
    """A table of the feeds (a few hundred rows at most, so a DataTable is right)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.FEEDS

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = "Feeds"
        self._feeds: dict[str, dict] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="feeds-summary", classes="filter-line", markup=False)
        yield DataTable(cursor_type="row", zebra_stripes=True, id="feeds-table")
        yield Static("", id="feed-error", markup=False)
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Feed", "Side", "Status", "Last poll", "Items", "Unread", "Last error")
        self.fill()
        table.focus()
        self.watch(self.app, "data_version", self.fill, init=False)

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.fill()

    def on_resize(self) -> None:
        # The error column takes the width left over, so it is sized again.
        if self.is_mounted:
            self.fill()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        row_before = table.cursor_row
        table.clear()
        feeds = self.store.feeds()
        self._feeds = {feed["url"]: feed for feed in feeds}
        rows = []
        for feed in feeds:
            status = line(feed.get("last_status"))
            rows.append(
                [
                    Text(line(feed.get("name")) or line(feed.get("url"))),
                    side_text(feed.get("side")),
                    Text(
                        STATUS_LABELS.get(status, status or "never polled"),
                        style=STATUS_STYLES.get(status, "italic"),
                    ),
                    Text(stamp(feed.get("last_polled")) or "—"),
                    Text(f"{feed.get('item_count') or 0:,}", justify="right"),
                    Text(f"{feed.get('unread_count') or 0:,}", justify="right"),
                ]
            )
        headers = ("Feed", "Side", "Status", "Last poll", "Items", "Unread")
        used = sum(
            max([len(h)] + [cells[i].cell_len for cells in rows]) + _PADDING
            for i, h in enumerate(headers)
        )
        # What is left of the screen (less the scrollbar); the line under the table
        # shows the highlighted feed's whole error.
        room = max(12, (self.size.width or self.app.size.width) - used - _PADDING - 4)
        for feed, cells in zip(feeds, rows, strict=True):
            error = Text(line(feed.get("last_error")), style="#d04f5f", no_wrap=True)
            error.truncate(room, overflow="ellipsis")
            table.add_row(*cells, error, key=feed["url"])
        if feeds:
            table.move_cursor(row=min(row_before, len(feeds) - 1))
        failing = sum(1 for f in feeds if f.get("last_status") == "error")
        summary = Text(f"{len(feeds)} feed{'' if len(feeds) == 1 else 's'}", style="bold")
        summary.append(f" · {failing} failing" if failing else " · none failing")
        summary.append(" · Enter shows a feed's items · R polls all")
        self.query_one("#feeds-summary", Static).update(summary)

    @on(DataTable.RowHighlighted, "#feeds-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        feed = self._feeds.get(event.row_key.value or "")
        error = line(feed.get("last_error")) if feed else ""
        box = self.query_one("#feed-error", Static)
        box.display = bool(error)
        if feed and error:
            text = Text(f"{line(feed.get('name'))}: ", style="bold")
            text.append(error, style="#d04f5f")
            box.update(text)

    def action_cursor(self, direction: str) -> None:
        table = self.query_one(DataTable)
        if direction == "down":
            table.action_cursor_down()
        else:
            table.action_cursor_up()

    @on(DataTable.RowSelected, "#feeds-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.post_message(ShowFeedItems(event.row_key.value))

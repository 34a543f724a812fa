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


class FeedsScreen(Screen[None]):
    """A table of the feeds (a few hundred rows at most, so a DataTable is right)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.FEEDS

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = "Feeds"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="feeds-summary", classes="filter-line", markup=False)
        yield DataTable(cursor_type="row", zebra_stripes=True, id="feeds-table")
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

    def fill(self) -> None:
        table = self.query_one(DataTable)
        row_before = table.cursor_row
        table.clear()
        feeds = self.store.feeds()
        for feed in feeds:
            status = line(feed.get("last_status")) or "never polled"
            table.add_row(
                Text(line(feed.get("name")) or line(feed.get("url"))),
                side_text(feed.get("side")),
                Text(status, style=STATUS_STYLES.get(status, "italic")),
                Text(stamp(feed.get("last_polled")) or "—"),
                Text(f"{feed.get('item_count') or 0:,}", justify="right"),
                Text(f"{feed.get('unread_count') or 0:,}", justify="right"),
                Text(line(feed.get("last_error"))[:120], style="#d04f5f"),
                key=feed["url"],
            )
        if feeds:
            table.move_cursor(row=min(row_before, len(feeds) - 1))
        failing = sum(1 for f in feeds if f.get("last_status") == "error")
        summary = Text(f"{len(feeds)} feed{'' if len(feeds) == 1 else 's'}", style="bold")
        summary.append(f" · {failing} failing" if failing else " · none failing")
        summary.append(" · Enter shows a feed's items · R polls all")
        self.query_one("#feeds-summary", Static).update(summary)

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

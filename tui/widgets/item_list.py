"""The item list: every item newest first, paged from the store."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from rich.text import Text

from tui.store import ItemFilter, Store
from tui.widgets.paged_list import PagedList, Row
from tui.widgets.text import line, published_text, side_text

FEED_WIDTH = 16


class ItemList(PagedList):
    """Items: `● ★ 2020-10-10 09:30 AM Outlet           Title`; unread rows in bold."""

    EMPTY_TEXT = "No items match these filters. Press c to clear them."

    def empty_text(self) -> str:
        return self.EMPTY_TEXT if self.store.count_items() else self.no_data_text

    def __init__(self, store: Store, item_filter: ItemFilter, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self.item_filter = item_filter

    def fetch_count(self) -> int:
        return self.store.count_items(self.item_filter)

    def fetch_page(self, offset: int, limit: int) -> list[Row]:
        rows = self.store.items_page(offset, limit, self.item_filter)
        writer = getattr(self.app, "writer", None)  # marks still waiting to be saved
        return [writer.overlay(row) for row in rows] if writer is not None else rows

    def row_key(self, row: Row) -> Hashable:
        return row["id"]

    def find_position(self, key: Any) -> int | None:
        return self.store.item_position(str(key), self.item_filter)

    def render_row(self, row: Row, width: int) -> Text:
        unread = not row.get("read")
        text = Text(no_wrap=True)
        text.append("●" if unread else " ", style="bold #3a8fd6")
        text.append("★" if row.get("starred") else " ", style="bold #b8962e")
        text.append(" ")
        text.append_text(published_text(row, 16, "" if unread else "dim"))
        text.append(" ")
        text.append_text(side_text(row.get("side")))
        text.append(" ")
        if width >= 70:
            feed = Text(line(row.get("feed_name")) or line(row.get("feed_url")), style="dim")
            feed.truncate(FEED_WIDTH, overflow="ellipsis", pad=True)
            text.append_text(feed)
            text.append(" ")
        title = Text(line(row.get("title")) or "(untitled)", style="bold" if unread else "")
        text.append_text(title)
        return text

"""The timeline's virtual list: one row per entry, paged from the store."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import replace
from typing import Any

from rich.text import Text

from tui.records import EntryFilter
from tui.store import Store
from tui.widgets.paged_list import PagedList, Row
from tui.widgets.text import day, kind_badge, line, sides_summary


class TimelineList(PagedList):
    """Entries by date: `● 2020-10-10 violation  Title …  AM 3 · AZ 2 · RU 1`."""

    EMPTY_TEXT = "No entries match these filters. Press c to clear them."

    def empty_text(self) -> str:
        f = self.entry_filter
        if f.kinds or f.party or f.side or f.since or f.until or f.text:
            return self.EMPTY_TEXT
        if not self.store.count_items():
            return self.no_data_text
        if not f.include_hidden and self.store.count_entries(replace(f, include_hidden=True)):
            return "Every entry is hidden. Press H to show hidden entries."
        return "No report is tagged with an event yet. Press 2 to read the reports."

    def __init__(self, store: Store, entry_filter: EntryFilter, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self.entry_filter = entry_filter

    def fetch_count(self) -> int:
        return self.store.count_entries(self.entry_filter)

    def fetch_page(self, offset: int, limit: int) -> list[Row]:
        return self.store.entries_page(offset, limit, self.entry_filter)

    def row_key(self, row: Row) -> Hashable:
        return row["id"]

    def find_position(self, key: Any) -> int | None:
        return self.store.entry_position(int(key), self.entry_filter)

    def render_row(self, row: Row, width: int) -> Text:
        unread = int(row.get("unread") or 0)
        text = Text(no_wrap=True)
        text.append("●" if unread else " ", style="bold #3a8fd6")
        text.append(" ")
        text.append(day(row.get("date")).ljust(10), style="dim" if not unread else "")
        text.append(" ")
        text.append_text(kind_badge(row.get("kind")))
        text.append(" ")
        title = line(row.get("title")) or "(untitled)"
        if row.get("hidden"):
            title = f"(hidden) {title}"
        room = width - text.cell_len - 1
        sides = sides_summary(row.get("sides"))
        if sides.cell_len and room - sides.cell_len - 2 < len(title):
            # The title first: the sides close up (`AM2 AZ2 RU1`) before it is cut.
            sides = sides_summary(row.get("sides"), compact=True)
        if sides.cell_len and room - sides.cell_len >= 16:
            room -= sides.cell_len + 2
        else:
            sides = Text()
        title_text = Text(title, style="bold" if unread else "")
        if row.get("hidden"):
            title_text.stylize("dim italic")
        title_text.truncate(max(room, 0), overflow="ellipsis", pad=True)
        text.append_text(title_text)
        if sides.cell_len:
            text.append("  ")
            text.append_text(sides)
        return text

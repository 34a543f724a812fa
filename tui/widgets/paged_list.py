"""A Line-API virtual list whose rows are paged from the store on demand.

The list never holds more than a few pages of rows: `virtual_size` is the row count
from a `count` query, and `render_line` pulls the row it draws from a small LRU cache
that is filled by `page(offset, limit)` queries (after toolong's `log_lines.py` and
Textual's checker example). Opening it on 200,000 rows costs one count and one page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui import bindings
from tui.config import Config

Row = dict[str, Any]


class PagedList(ScrollView, can_focus=True):
    """A cursor over rows that live in SQLite; subclasses say how to count, page and draw.

    Subclasses implement `fetch_count`, `fetch_page`, `row_key` and `render_row`.
    """

    DEFAULT_CSS = """
    PagedList {
        overflow-x: hidden;
        overflow-y: auto;
        background: $surface;
    }
    PagedList > .paged-list--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
    }
    PagedList:focus > .paged-list--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    PagedList > .paged-list--marked {
        background: $warning 30%;
    }
    PagedList > .paged-list--empty {
        color: $text-muted;
        text-style: italic;
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "paged-list--cursor",
        "paged-list--marked",
        "paged-list--empty",
    }

    BINDINGS: ClassVar[list[BindingType]] = bindings.LIST

    PAGE_SIZE = 100
    CACHE_PAGES = 8
    EMPTY_TEXT = "Nothing to show."

    class _RowMessage(Message):
        """A message about one row of the list: its index and its contents."""

        def __init__(self, paged_list: PagedList, index: int, row: Row | None) -> None:
            super().__init__()
            self.paged_list = paged_list
            self.index = index
            self.row = row

        @property
        def control(self) -> PagedList:
            return self.paged_list

    class Highlighted(_RowMessage):
        """The cursor moved to another row (or the list became empty: row is None)."""

    class Selected(_RowMessage):
        """Enter (or a double click) on a row."""

        row: Row

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.cursor = 0
        self.row_count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        self._strips: OrderedDict[tuple[Any, ...], Strip] = OrderedDict()
        self._last_highlight: Hashable | None = None
        self.marked: Hashable | None = None

    # ---- what subclasses provide ---------------------------------------------------

    def fetch_count(self) -> int:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def row_key(self, row: Row) -> Hashable:
        return row["id"]

    def find_position(self, key: Hashable) -> int | None:
        """Where the row with `key` is now (a store query), or None."""
        return None

    def render_row(self, row: Row, width: int) -> Text:
        raise NotImplementedError

    no_data_text = "Nothing stored yet. Press R to poll the feeds."
    """What an empty list says when the database holds nothing at all (set by the screen)."""

    def empty_text(self) -> str:
        """The one next step that works for an empty list (subclasses know why it is)."""
        return self.EMPTY_TEXT

    # ---- data ------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.reload(keep="index")

    def row_at(self, index: int) -> Row | None:
        """The row at `index`, from the page cache or one page query."""
        if not 0 <= index < self.row_count:
            return None
        number = index // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self.fetch_page(number * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[number] = page
            while len(self._pages) > self.CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = index - number * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def current(self) -> Row | None:
        return self.row_at(self.cursor)

    def invalidate(self) -> None:
        """Forget cached rows (after an edit) and redraw; counts stay."""
        self._pages.clear()
        self._strips.clear()
        self.refresh()

    def reload(self, keep: str = "row") -> None:
        """Count again and drop the cache.

        keep="row" keeps the cursor on the same row (found by key) and the scroll
        position relative to it, so rows arriving above do not move what the user
        looks at; keep="index" keeps the index; keep="top" goes to the first row.
        """
        old_row = self.current if keep == "row" and self.row_count else None
        old_cursor, old_scroll = self.cursor, int(self.scroll_y)
        self._pages.clear()
        self._strips.clear()
        self.row_count = self.fetch_count()
        self.virtual_size = Size(0, self.row_count)
        cursor = 0 if keep == "top" else old_cursor
        scroll = 0 if keep == "top" else old_scroll
        if old_row is not None:
            position = self.find_position(self.row_key(old_row))
            if position is not None:
                shift = position - old_cursor
                cursor, scroll = position, max(0, old_scroll + shift)
        self.cursor = max(0, min(cursor, self.row_count - 1))
        self.set_scroll(None, scroll)
        self.call_after_refresh(self.set_scroll, None, scroll)
        self._scroll_cursor_into_view()
        self.refresh()
        self._announce(force=True)

    # ---- cursor ----------------------------------------------------------------------

    def move_cursor(self, index: int) -> None:
        if not self.row_count:
            return
        index = max(0, min(index, self.row_count - 1))
        previous, top = self.cursor, int(self.scroll_y)
        self.cursor = index
        self._scroll_cursor_into_view()
        if previous != index:
            if int(self.scroll_y) == top:
                # Only the two rows whose cursor state changed need drawing again.
                self.refresh_line(previous)
                self.refresh_line(index)
            else:
                self.refresh()
        self._announce()

    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def _scroll_cursor_into_view(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def _announce(self, force: bool = False) -> None:
        row = self.current
        key = None if row is None else self.row_key(row)
        if force or key != self._last_highlight:
            self._last_highlight = key
            self.post_message(self.Highlighted(self, self.cursor, row))

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.row_count - 1)

    def action_page_down(self) -> None:
        height = self._page_height()
        self.scroll_to(
            y=min(int(self.scroll_y) + height, max(0, self.row_count - height)),
            animate=False,
            immediate=True,
        )
        self.move_cursor(self.cursor + height)

    def action_page_up(self) -> None:
        height = self._page_height()
        self.scroll_to(y=max(0, int(self.scroll_y) - height), animate=False, immediate=True)
        self.move_cursor(self.cursor - height)

    def action_select(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, self.cursor, row))

    def find_next(self, predicate: Callable[[Row], bool], wrap: bool = True) -> int | None:
        """The index of the next row after the cursor that satisfies `predicate`.

        Reads page by page without filling the cache, so a long search does not evict
        what is on screen.
        """
        starts = [(self.cursor + 1, self.row_count)]
        if wrap:
            starts.append((0, self.cursor + 1))
        page_size = 500
        for start, stop in starts:
            offset = start
            while offset < stop:
                rows = self.fetch_page(offset, min(page_size, stop - offset))
                if not rows:
                    break
                for position, row in enumerate(rows):
                    if predicate(row):
                        return offset + position
                offset += len(rows)
        return None

    def seek(self, predicate: Callable[[Row], bool], *, forward: bool = True) -> bool:
        """Move the cursor to the next (or the nearest previous) row that satisfies
        `predicate`, wrapping round; False when no row does (the caller says so)."""
        found = (self.find_next if forward else self.find_previous)(predicate)
        if found is None:
            return False
        self.move_cursor(found)
        return True

    def find_previous(self, predicate: Callable[[Row], bool], wrap: bool = True) -> int | None:
        """The index of the nearest row before the cursor that satisfies `predicate`."""
        spans = [(0, self.cursor)]
        if wrap:
            spans.append((self.cursor + 1, self.row_count))
        page_size = 500
        for start, stop in spans:
            end = stop
            while end > start:
                offset = max(start, end - page_size)
                rows = self.fetch_page(offset, end - offset)
                for position in range(len(rows) - 1, -1, -1):
                    if predicate(rows[position]):
                        return offset + position
                end = offset
        return None

    def on_resize(self, event: events.Resize) -> None:
        # A smaller window must not leave the cursor below the last visible row.
        self.call_after_refresh(self._scroll_cursor_into_view)

    # ---- mouse -----------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        index = int(self.scroll_y) + event.y
        if 0 <= index < self.row_count:
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_select()

    # ---- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = int(self.scroll_y) + y
        if not self.row_count:
            if y == 0:
                style = self.get_component_rich_style("paged-list--empty")
                text = Text(f" {self.empty_text()}", style=style, no_wrap=True)
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, base)
        key = (
            index,
            width,
            index == self.cursor,
            self.has_focus,
            self.marked is not None and self.row_key(row) == self.marked,
        )
        cached = self._strips.get(key)
        if cached is not None:
            return cached
        strip = self._render_row_strip(row, index, width, base)
        self._strips[key] = strip
        if len(self._strips) > 400:
            self._strips.popitem(last=False)
        return strip

    def _render_row_strip(self, row: Row, index: int, width: int, base: Style) -> Strip:
        text = self.render_row(row, width)
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis")
        if self.marked is not None and self.row_key(row) == self.marked:
            text.stylize(self.get_component_rich_style("paged-list--marked"))
        if index == self.cursor:
            text.pad_right(width - text.cell_len)
            text.stylize(self.get_component_rich_style("paged-list--cursor"))
        return self._strip(text, width, base)

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        segments = [
            Segment(segment.text, segment.style, None)
            for segment in text.render(self.app.console, end="")
        ]
        strip = Strip(segments).apply_style(base)
        return strip.adjust_cell_length(width, base)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()


def no_data_text(config: Config, statuses: list[str | None] | None = None) -> str:
    """An empty database's one next step: poll, first list a feed to poll, or (every feed
    failed last time; `statuses` are the feeds' last statuses) see why."""
    if statuses and all(status == "error" for status in statuses):
        return "Every feed failed at the last poll. Press F to see why, R to try again."
    if not config.feeds:
        where = f" in {config.path}" if config.path else ""
        return f"No feeds configured: add [[feeds]]{where} (see the README), then press R."
    count = len(config.feeds)
    return f"Nothing polled yet. Press R to fetch your {count} feed{'s' if count != 1 else ''}."

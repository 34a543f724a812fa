"""The classic feed-reader list: every item, newest first, unread in bold."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from tui import bindings
from tui.context import HasContext
from tui.dialogs.confirm import Confirm
from tui.dialogs.filters import ItemFilterDialog
from tui.messages import OpenItem
from tui.store import ItemFilter, Store
from tui.widgets.item_list import ItemList
from tui.widgets.paged_list import PagedList, no_data_text
from tui.widgets.status_line import StatusLine
from tui.widgets.text import kind_name, line


class ItemsScreen(HasContext, Screen[None]):
    """All items; Enter opens the reader. Filters: unread only, a feed, a tag kind."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.ITEMS

    def __init__(self, store: Store, item_filter: ItemFilter | None = None) -> None:
        super().__init__()
        self.store = store
        self.item_filter = item_filter or ItemFilter()
        self.title = "Items"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="items-filters", classes="filter-line", markup=False)
        yield ItemList(self.store, self.item_filter, id="item-list")
        yield StatusLine()
        yield Footer()

    @property
    def item_list(self) -> ItemList:
        return self.query_one(ItemList)

    def on_mount(self) -> None:
        self._set_no_data_text()
        self.item_list.focus()
        self.watch(self.app, "data_version", self._data_changed, init=False)
        self.show_filter_line()

    def on_screen_resume(self) -> None:
        # Read marks change in the reader; redraw what is cached.
        if self.is_mounted:
            self.item_list.invalidate()

    def _set_no_data_text(self) -> None:
        statuses = [feed.get("last_status") for feed in self.store.feeds()]
        self.item_list.no_data_text = no_data_text(self.ctx.config, statuses)

    def _data_changed(self) -> None:
        self._set_no_data_text()
        self.item_list.reload(keep="row")
        self.show_filter_line()

    def set_filter(self, item_filter: ItemFilter) -> None:
        self.item_filter = item_filter
        self.item_list.item_filter = item_filter
        self.item_list.reload(keep="top")
        self.show_filter_line()

    def show_filter_line(self) -> None:
        item_filter = self.item_filter
        count = self.item_list.row_count
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{count:,} item{'' if count == 1 else 's'}", style="bold")
        text.append(" · newest first")
        parts = []
        if item_filter.unread_only:
            parts.append("unread only")
        if item_filter.starred_only:
            parts.append("starred only")
        if item_filter.feed_url:
            names = {f["url"]: f["name"] for f in self.store.feeds()}
            parts.append(f"feed: {line(names.get(item_filter.feed_url) or item_filter.feed_url)}")
        if item_filter.side:
            parts.append(f"side: {line(item_filter.side)}")
        if item_filter.kind:
            parts.append(f"tagged: {kind_name(item_filter.kind)}")
        text.append(" · " + " · ".join(parts) if parts else " · no filters")
        self.query_one("#items-filters", Static).update(text)

    @on(PagedList.Selected, "#item-list")
    def _item_selected(self, event: PagedList.Selected) -> None:
        self.post_message(OpenItem(event.row["id"]))

    # ---- actions -------------------------------------------------------------------------

    def action_next_unread(self) -> None:
        if not self.item_list.seek(lambda row: not row.get("read")):
            self.ctx.say("No unread items.")

    def action_previous_unread(self) -> None:
        """p (Newsboat): the nearest unread item above the cursor."""
        if not self.item_list.seek(lambda row: not row.get("read"), forward=False):
            self.ctx.say("No unread items.")

    def _step_feed(self, step: int) -> None:
        """J/K (Newsboat): the items of the next or previous feed, in feeds.toml order."""
        urls = [f["url"] for f in self.store.feeds()]
        if not urls:
            return
        current = self.item_filter.feed_url
        index = urls.index(current) + step if current in urls else 0 if step > 0 else len(urls) - 1
        if not 0 <= index < len(urls):
            self.ctx.say("No further feed." if step > 0 else "No previous feed.")
            return
        self.set_filter(replace(self.item_filter, feed_url=urls[index]))

    def action_next_feed(self) -> None:
        self._step_feed(1)

    def action_previous_feed(self) -> None:
        self._step_feed(-1)

    def next_unread_item(self, after: str | None) -> str | None:
        """For the reader's n: the next unread item below the cursor (the cursor follows)."""
        found = self.item_list.find_next(
            lambda row: not row.get("read") and row["id"] != after, wrap=True
        )
        if found is None:
            return None
        self.item_list.move_cursor(found)
        row = self.item_list.current
        return str(row["id"]) if row else None

    def action_toggle_read(self) -> None:
        row = self.item_list.current
        if row is not None:
            self.flip_mark(row["id"], "read", row["read"], self.item_list.invalidate)

    def action_mark_all_read(self) -> None:
        """A and C: every item shown, after a y/n question."""
        count = self.item_list.row_count
        if not count:
            self.ctx.say("No items to mark read.")
            return
        item_filter = self.item_filter

        def saved(changed: int) -> None:
            self.item_list.reload(keep="row")
            self.show_filter_line()
            self.ctx.say(f"Marked {changed:,} items read.")

        def done(yes: bool | None) -> None:
            if not yes:
                self.ctx.say("Nothing marked read.")
                return
            self.ctx.save(
                "saving read marks", lambda store: store.set_read_filtered(item_filter), saved
            )

        self.app.push_screen(Confirm(f"Mark the {count:,} items shown read?"), done)

    def action_star(self) -> None:
        row = self.item_list.current
        if row is not None:
            self.flip_mark(row["id"], "starred", row["starred"], self.item_list.invalidate)

    def action_open_link(self) -> None:
        row = self.item_list.current
        if row is not None:
            self.ctx.open_link(row.get("link"))

    def action_copy_link(self) -> None:
        row = self.item_list.current
        if row is not None:
            self.ctx.copy_link(row.get("link"))

    def action_toggle_unread(self) -> None:
        self.set_filter(replace(self.item_filter, unread_only=not self.item_filter.unread_only))

    def action_filter_dialog(self) -> None:
        def done(result: ItemFilter | None) -> None:
            if result is not None:
                self.set_filter(result)

        self.app.push_screen(
            ItemFilterDialog(self.item_filter, self.store.feeds(), self.store.tag_kinds()), done
        )

    def action_clear_filters(self) -> None:
        self.set_filter(ItemFilter())

"""The home screen: the timeline of entries, a detail pane, filters and edits."""

from __future__ import annotations

from dataclasses import replace
from time import monotonic
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.events import Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static

from tui import bindings
from tui.context import HasContext
from tui.dialogs.confirm import Confirm
from tui.dialogs.filters import TimelineFilterDialog
from tui.dialogs.text_prompt import TextPrompt
from tui.export.names import describe_filter
from tui.messages import OpenItem
from tui.records import EntryFilter
from tui.screens.entry_info import EntryInfoScreen
from tui.store import Store
from tui.widgets.entry_detail import EntryDetail
from tui.widgets.paged_list import PagedList, no_data_text
from tui.widgets.status_line import StatusLine
from tui.widgets.text import day, line
from tui.widgets.timeline_list import TimelineList

NARROW = 140
DETAIL_DELAY = 0.08


class TimelineScreen(HasContext, Screen[None]):
    """Entries by date with their sources per side; the detail pane shows one entry."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.TIMELINE

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.title = "Timeline"
        self._detail_timer: Timer | None = None
        self._detail_shown = 0.0
        # (entry just hidden by x, entry the cursor landed on): H then puts the cursor
        # back on the hidden entry, so "x again unhides" unhides that one.
        self._just_hidden: tuple[int, int | None] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="timeline-filters", classes="filter-line", markup=False)
        yield Input(placeholder="filter entries by words…", id="timeline-search")
        with Horizontal(id="timeline-body"):
            yield TimelineList(self.store, self.ctx.entry_filter, id="timeline-list")
            yield EntryDetail(lambda party: self.ctx.party_name(party), id="entry-detail")
        yield StatusLine()
        yield Footer()

    @property
    def entries(self) -> TimelineList:
        return self.query_one(TimelineList)

    @property
    def detail(self) -> EntryDetail:
        return self.query_one(EntryDetail)

    def on_mount(self) -> None:
        self._set_no_data_text()
        self.query_one("#timeline-search", Input).display = False
        self.entries.focus()
        self.watch(self.app, "data_version", self._data_changed, init=False)
        self.show_filter_line()

    def on_screen_resume(self) -> None:
        # The reader (and the items screen) change read marks: redraw the cached rows
        # and the detail pane, keeping the cursor and the highlighted source.
        if self.is_mounted:
            self.refresh_current()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    def focus_list(self) -> None:
        self.entries.focus()

    # ---- data ------------------------------------------------------------------------

    def _set_no_data_text(self) -> None:
        statuses = [feed.get("last_status") for feed in self.store.feeds()]
        self.entries.no_data_text = no_data_text(self.ctx.config, statuses)

    def _data_changed(self) -> None:
        self._set_no_data_text()
        self.entries.reload(keep="row")
        self.show_filter_line()

    def set_filter(self, entry_filter: EntryFilter, keep: str = "row") -> None:
        """Apply filters; keep="row" keeps the cursor on its entry if it is still shown
        (else the list starts at the top), keep="top" always starts at the top."""
        current = self.entries.current if keep == "row" else None
        self.ctx.entry_filter = entry_filter
        self.entries.entry_filter = entry_filter
        if current is None or self.entries.find_position(current["id"]) is None:
            keep = "top"
        self.entries.reload(keep=keep)
        self.show_filter_line()

    def show_filter_line(self) -> None:
        entry_filter = self.ctx.entry_filter
        count = self.entries.row_count
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{count:,} entr{'y' if count == 1 else 'ies'}", style="bold")
        text.append(" · newest first" if entry_filter.newest_first else " · oldest first")
        parts = describe_filter(entry_filter, self.ctx.party_name)
        text.append(" · " + " · ".join(parts) if parts else " · no filters", style="")
        if self.entries.marked is not None:
            text.append(f" · marked #{self.entries.marked}", style="bold")
        self.query_one("#timeline-filters", Static).update(text)

    @on(PagedList.Highlighted, "#timeline-list")
    def _entry_highlighted(self, event: PagedList.Highlighted) -> None:
        # Throttled: one key press shows the entry at once; a held j or k redraws the
        # pane only when the cursor rests, so the list keeps up with the key repeat.
        self._stop_detail_timer()
        now = monotonic()
        if now - self._detail_shown >= DETAIL_DELAY:
            self._show_detail()
        else:
            self._detail_timer = self.set_timer(DETAIL_DELAY, self._show_detail)
        self._detail_shown = now

    def _stop_detail_timer(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None

    def _show_detail(self) -> None:
        """The cursor's entry in the detail pane now (a throttled redraw still pending
        is dropped: it would show the same entry again)."""
        self._stop_detail_timer()
        row = self.entries.current
        entry = self.store.entry(row["id"]) if row else None
        if entry is not None:  # marks still waiting to be saved show as saved
            for source in entry["sources"]:
                self.ctx.writer.overlay(source)
        self.detail.show(entry)

    def _detail_now(self) -> None:
        """Show the cursor's entry at once if the throttle still holds it back: a quick
        `j Tab Enter` must act on the entry the cursor is on, not the one before."""
        row = self.entries.current
        shown = self.detail.entry
        if self._detail_timer is not None or (row and (not shown or shown["id"] != row["id"])):
            self._show_detail()

    @on(PagedList.Selected, "#timeline-list")
    def _entry_selected(self, event: PagedList.Selected) -> None:
        self._detail_now()
        if self.detail.entry and self.detail.entry["sources"]:
            self.detail.sources.focus()

    @on(OptionList.OptionSelected, "#entry-sources")
    def _source_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(OpenItem(event.option.id))

    def refresh_current(self) -> None:
        """Redraw the list and the detail after an edit to the current entry."""
        self.entries.invalidate()
        self._show_detail()

    def show_entry(self, entry_id: int) -> bool:
        """Put the cursor on an entry, relaxing the filters if they hide it."""
        position = self.store.entry_position(entry_id, self.ctx.entry_filter)
        if position is None:
            relaxed = EntryFilter(
                newest_first=self.ctx.entry_filter.newest_first, include_hidden=True
            )
            self.set_filter(relaxed)
            position = self.store.entry_position(entry_id, relaxed)
        if position is None:
            return False
        self.entries.move_cursor(position)
        self.entries.focus()
        return True

    # ---- actions: view -----------------------------------------------------------------

    def action_switch_pane(self) -> None:
        self._detail_now()
        if self.entries.has_focus and self.detail.entry and self.detail.entry["sources"]:
            self.detail.sources.focus()
        else:
            self.entries.focus()

    def action_focus_details(self) -> None:
        """Shift+Tab: the entry's text (claims first), to scroll it with the arrows; again:
        back to the list."""
        info = self.query_one("#entry-info-scroll")
        if info.has_focus:
            self.entries.focus()
        else:
            info.focus()

    def action_filter_text(self) -> None:
        search = self.query_one("#timeline-search", Input)
        search.display = True
        search.value = self.ctx.entry_filter.text or ""
        search.focus()

    @on(Input.Changed, "#timeline-search")
    def _search_changed(self, event: Input.Changed) -> None:
        text = event.value.strip() or None
        if text != self.ctx.entry_filter.text:
            self.set_filter(replace(self.ctx.entry_filter, text=text))

    @on(Input.Submitted, "#timeline-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = bool(event.value.strip())
        self.entries.focus()

    def key_escape(self) -> None:
        search = self.query_one("#timeline-search", Input)
        if search.has_focus:
            search.value = ""
            search.display = False
            self.entries.focus()

    def action_filter_dialog(self) -> None:
        def done(result: EntryFilter | None) -> None:
            if result is not None:
                self.set_filter(result)
                self.query_one("#timeline-search", Input).display = bool(result.text)

        self.app.push_screen(
            TimelineFilterDialog(
                self.ctx.entry_filter, self.store.entry_kinds(), self.ctx.party_names
            ),
            done,
        )

    def action_clear_filters(self) -> None:
        search = self.query_one("#timeline-search", Input)
        search.value = ""
        search.display = False
        current = self.ctx.entry_filter  # the order and the view are no filters
        self.set_filter(
            EntryFilter(newest_first=current.newest_first, key_events=current.key_events)
        )

    def action_toggle_order(self) -> None:
        entry_filter = self.ctx.entry_filter
        self.set_filter(replace(entry_filter, newest_first=not entry_filter.newest_first))

    def action_toggle_key_events(self) -> None:
        """The key-events view (each day's few heaviest entries, as a hand-made timeline)
        and back to every entry; the cursor stays on its entry when it is still shown."""
        entry_filter = self.ctx.entry_filter
        count = 0 if entry_filter.key_events else self.ctx.config.settings.key_events
        self.set_filter(replace(entry_filter, key_events=count))

    def action_show_hidden(self) -> None:
        entry_filter = self.ctx.entry_filter
        just_hidden, self._just_hidden = self._just_hidden, None
        self.set_filter(replace(entry_filter, include_hidden=not entry_filter.include_hidden))
        if just_hidden is not None and self.ctx.entry_filter.include_hidden:
            hidden_id, landed_on = just_hidden
            current = self.entries.current
            # Only if the cursor has not moved on since x: then the entry to act on is
            # the one just hidden, not its neighbour.
            if (current["id"] if current else None) in (landed_on, hidden_id):
                position = self.entries.find_position(hidden_id)
                if position is not None:
                    self.entries.move_cursor(position)

    def action_next_unread(self) -> None:
        if not self.entries.seek(lambda row: bool(row.get("unread"))):
            self.ctx.say("No unread entries.")

    def action_previous_unread(self) -> None:
        """p (Newsboat): the nearest unread entry above the cursor."""
        if not self.entries.seek(lambda row: bool(row.get("unread")), forward=False):
            self.ctx.say("No unread entries.")

    def action_next_day(self) -> None:
        """J: the first entry of the next date in the list's order."""
        self._jump_day(forward=True)

    def action_previous_day(self) -> None:
        """K: the first entry of the previous date in the list's order."""
        self._jump_day(forward=False)

    def _jump_day(self, *, forward: bool) -> None:
        row = self.entries.current
        if row is None:
            return
        today = day(row.get("date"))
        find = self.entries.find_next if forward else self.entries.find_previous
        found = find(lambda r: day(r.get("date")) != today, wrap=False)
        if found is not None:
            self.entries.move_cursor(found)
        elif forward:
            self.ctx.say("No further day in the list.")
        else:
            self.entries.move_cursor(0)
        other = day(self.entries.current.get("date")) if self.entries.current else today
        start = self.entries.find_previous(lambda r: day(r.get("date")) != other, wrap=False)
        self.entries.move_cursor(0 if start is None else start + 1)

    def next_unread_item(self, after: str | None) -> str | None:
        """For the reader's n: the next unread report after `after`, in this entry or a
        later one (the cursor follows)."""
        entry = self.detail.entry
        if entry is not None:
            ids = [s["id"] for s in entry["sources"]]
            start = ids.index(after) + 1 if after in ids else 0
            for source in entry["sources"][start:]:
                if not source["read"] and source["id"] != after:
                    return str(source["id"])
        found = self.entries.find_next(lambda row: bool(row.get("unread")))
        if found is None:
            return None
        self.entries.move_cursor(found)
        self._show_detail()
        entry = self.detail.entry
        for source in entry["sources"] if entry else []:
            if not source["read"] and source["id"] != after:
                return str(source["id"])
        return None

    def action_entry_info(self) -> None:
        """d: the whole entry (claims, denials, figures, sources) on a screen of its own."""
        row = self.entries.current
        entry = self.store.entry(row["id"]) if row else None
        if entry is not None:
            self.app.push_screen(EntryInfoScreen(self.detail.describe(entry)))

    # ---- actions: read marks and links ---------------------------------------------------

    def _current_source_or_first(self) -> dict[str, Any] | None:
        entry = self.detail.entry
        if entry is None or not entry["sources"]:
            return None
        return self.detail.current_source or entry["sources"][0]

    def action_toggle_read(self) -> None:
        writer = self.ctx.writer
        if self.detail.sources.has_focus:
            source = self.detail.current_source
            if source is None:
                return
            ids = [source["id"]]
            read = not writer.value(source["id"], "read", source["read"])
        else:
            entry = self.detail.entry
            if entry is None or not entry["sources"]:
                return
            ids = [s["id"] for s in entry["sources"]]
            read = any(not writer.value(s["id"], "read", s["read"]) for s in entry["sources"])
        self.ctx.save(
            "saving read marks",
            lambda store: store.set_read(ids, read),
            lambda _: self.refresh_current(),
            marks={item_id: {"read": int(read)} for item_id in ids},
        )
        self.refresh_current()

    def action_mark_all_read(self) -> None:
        """A and C: every report of the entries shown, after a y/n question."""
        count = self.entries.row_count
        if not count:
            self.ctx.say("No entries to mark read.")
            return
        entry_filter = self.ctx.entry_filter
        shown = (
            "every entry"
            if not describe_filter(entry_filter, str)
            else (f"the {count:,} entries shown")
        )

        def saved(changed: int) -> None:
            self.refresh_current()
            self.ctx.say(f"Marked {changed:,} reports read.")

        def done(yes: bool | None) -> None:
            if not yes:
                self.ctx.say("Nothing marked read.")
                return
            self.ctx.save(
                "saving read marks", lambda store: store.set_entries_read(entry_filter), saved
            )

        self.app.push_screen(Confirm(f"Mark the reports of {shown} read?"), done)

    def action_open_link(self) -> None:
        source = self._current_source_or_first()
        if source is not None:
            self.ctx.open_link(source.get("link"))

    def action_copy_link(self) -> None:
        source = self._current_source_or_first()
        if source is not None:
            self.ctx.copy_link(source.get("link"))

    # ---- actions: edits ----------------------------------------------------------------

    def action_retitle(self) -> None:
        row = self.entries.current
        if row is None:
            return
        entry_id = row["id"]

        def done(title: str | None) -> None:
            if title is None:
                return
            self.ctx.save(
                "saving the title",
                lambda store: store.retitle_entry(entry_id, title),
                lambda _: self.refresh_current(),
            )

        self.app.push_screen(TextPrompt("Retitle the entry", line(row.get("title"))), done)

    def action_toggle_hidden(self) -> None:
        row = self.entries.current
        if row is None:
            return
        hide = not row.get("hidden")
        entry_id = row["id"]
        self.ctx.save(
            "hiding the entry" if hide else "showing the entry",
            lambda store: store.set_entry_hidden(entry_id, hide),
            lambda _: self._hidden(row, hide),
        )

    def _hidden(self, row: dict[str, Any], hide: bool) -> None:
        self.entries.reload(keep="index")
        self.show_filter_line()
        self._just_hidden = None
        if hide and not self.ctx.entry_filter.include_hidden:
            landed = self.entries.current
            self._just_hidden = (row["id"], landed["id"] if landed else None)
            self.ctx.say("Entry hidden (H shows hidden entries, x again unhides).")

    def action_mark(self) -> None:
        row = self.entries.current
        if row is None:
            return
        self.entries.marked = None if self.entries.marked == row["id"] else row["id"]
        self.entries.refresh()
        self.show_filter_line()

    def action_merge(self) -> None:
        row = self.entries.current
        marked = self.entries.marked
        if row is None or marked is None:
            self.ctx.say("Mark an entry with m, then press M on the entry to merge it into.")
            return
        target = row["id"]
        self.ctx.save(
            "merging the entries",
            lambda store: store.merge_entries(target, int(marked)),
            lambda _: self._merged(target, int(marked)),
        )

    def _merged(self, target: int, marked: int) -> None:
        self.entries.marked = None
        self.entries.reload(keep="row")
        self.refresh_current()
        self.show_filter_line()
        self.ctx.say(f"Merged entry #{marked} into #{target}.")

    def action_move_source(self) -> None:
        row = self.entries.current
        source = self.detail.current_source
        marked = self.entries.marked
        if row is None or source is None:
            return
        if marked is None or marked == row["id"]:
            self.ctx.say("Mark the target entry with m first, then press v on a source.")
            return
        item_id, entry_id = source["id"], row["id"]
        self.ctx.save(
            "moving the report",
            lambda store: store.move_item(item_id, entry_id, int(marked)),
            lambda _: self._moved(int(marked)),
        )

    def _moved(self, marked: int) -> None:
        self.entries.reload(keep="row")
        self.refresh_current()
        self.ctx.say(f"Moved the report to entry #{marked}.")

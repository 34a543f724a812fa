"""The Textual app: modes for the timeline, items and feeds; polling in the background.

`ConflictApp` only holds what every screen shares (the store, the config, the timeline
filter, the poll worker, link handling); each screen lives in `tui/screens/`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from tui import bindings, search_terms
from tui.config import Config, default_export_dir
from tui.dialogs.confirm import Confirm
from tui.dialogs.text_prompt import TextPrompt
from tui.errors import ConflictTuiError
from tui.export import load_party_names, party_namer
from tui.messages import (
    ChangeSaved,
    JumpToEntry,
    OpenItem,
    PollProgress,
    SavingState,
    ShowFeedItems,
)
from tui.polling import FeedOutcome, PollReport, poll
from tui.profile.sides import activate
from tui.records import EntryFilter
from tui.sanitize import clean_line, safe_link
from tui.screens.feeds import FeedsScreen
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.store import ItemFilter, Store
from tui.writer import Change, Writer

MODES_ORDER = ("timeline", "items", "feeds")


class ConflictApp(App[int]):
    """conflict-tui: a timeline of a war built from many outlets' feeds."""

    TITLE = "conflict-tui"
    CSS_PATH = "app.tcss"
    DEFAULT_MODE = "timeline"

    BINDINGS: ClassVar[list[BindingType]] = bindings.APP

    poll_status: reactive[str] = reactive("")
    """The progress line: feeds done / total while polling, then a summary."""
    data_version: reactive[int] = reactive(0)
    """Bumped when a poll stored something: screens reload, keeping their cursor."""
    save_status: reactive[str] = reactive("")
    """"saving ..." while marks or edits wait for the database (another program writes)."""

    def __init__(self, db_path: Path, config: Config) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.config = config
        activate(config.sides)  # side codes and colours of the profile, on every screen
        self.store = Store(self.db_path)
        self.writer = Writer(
            self.store,
            on_saved=lambda change, result: self.post_message(ChangeSaved(change, result)),
            on_error=lambda change, error: self.post_message(ChangeSaved(change, error=error)),
            on_state=lambda waiting, reason: self.post_message(SavingState(waiting, reason)),
        )
        self._quitting = False
        self._quit_unsaved = False
        # through the writer: a poll holding the lock must not stop the app from starting
        feeds = list(config.feeds)
        self.writer.submit(
            Change("saving the feed list", lambda store: store.sync_feeds(feeds), self._synced)
        )
        self.entry_filter = EntryFilter(newest_first=True)
        # Display names come from the profile, read after the first frame (it compiles
        # rules); until then party ids are shown title-cased.
        self.party_names: dict[str, str] = {}
        self.party_name = party_namer({})
        self._polling = False
        self._poll_failed = 0
        self.add_mode("timeline", self._timeline_screen)
        self.add_mode("items", self._items_screen)
        self.add_mode("feeds", self._feeds_screen)

    def _timeline_screen(self) -> Screen:
        return TimelineScreen(self.store)

    def _items_screen(self) -> Screen:
        return ItemsScreen(self.store)

    def _feeds_screen(self) -> Screen:
        return FeedsScreen(self.store)

    def on_mount(self) -> None:
        self.call_after_refresh(self._load_party_names)
        if self.config.settings.keymap:
            self.set_keymap(self.config.settings.keymap)
        minutes = self.config.settings.refresh_minutes
        if minutes > 0:
            self.set_interval(minutes * 60, self.action_poll, name="refresh")

    def _load_party_names(self) -> None:
        try:  # searches find the profile's places under every spelling
            search_terms.use_profile(self.config.settings.profile)
        except Exception:  # a bad profile: search still works, word for word
            search_terms.use_places(())
        names = load_party_names(self.config.settings.profile)
        if names:
            self.party_names = names
            self.party_name = party_namer(names)
            self.data_version += 1

    def on_unmount(self) -> None:
        # changes were waited for before quitting; after a second q, not again
        self.writer.close(timeout=0.5 if self._quit_unsaved else 10.0)
        self.store.close()

    # ---- saving changes ------------------------------------------------------------------

    def save(
        self,
        what: str,
        apply: Callable[[Store], Any],
        after: Callable[[Any], None] | None = None,
        *,
        marks: Mapping[str, Mapping[str, int]] | None = None,
    ) -> bool:
        """Save a change through the one writer; True if saved now, False if it waits.

        Never blocks for long and never drops the change: if the database is busy the
        change waits in order, the status line says "saving ...", and `after` runs once
        it is stored.
        """
        return self.writer.submit(Change(what, apply, after, dict(marks or {})))

    def _synced(self, _result: object = None) -> None:
        if self.is_running:
            self.data_version += 1  # the feeds screen lists the configured feeds

    @on(ChangeSaved)
    def _change_saved(self, message: ChangeSaved) -> None:
        change = message.change
        assert isinstance(change, Change)
        if message.error is not None:
            self.say(f"{change.what} failed: {_describe(message.error)}", severity="error")
        elif change.after is not None:
            try:
                change.after(message.result)
            except Exception as exc:  # a redraw of a closed screen, say
                self.log.warning(f"after saving {change.what}: {exc!r}")

    @on(SavingState)
    def _saving_state(self, message: SavingState) -> None:
        if message.waiting:
            plural = "" if message.waiting == 1 else "s"
            reason = f" ({message.reason})" if message.reason else ""
            self.save_status = f"saving {message.waiting} change{plural}…{reason}"
        else:
            self.save_status = ""
            if self._quitting:
                self.exit(0)

    def _quit(self) -> None:
        """Exit once every change is saved (at once when none waits); asked again while
        the database stays busy, exit anyway and say what was not saved."""
        waiting = self.writer.pending
        if waiting and self._quitting:
            self._quit_unsaved = True
            plural = "" if waiting == 1 else "s"
            self.exit(0, message=f"{waiting} change{plural} not saved: the database stayed busy")
            return
        if waiting:
            self._quitting = True
            self.say(
                "Saving your changes before quitting (the database is busy)… "
                "press q again to quit without them."
            )
            return
        self.exit(0)

    async def action_quit(self) -> None:
        self._quit()

    # ---- safe output -----------------------------------------------------------------

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title as plain text, cleaned again (a sub-title may be a feed's)."""
        return super().format_title(clean_line(title), clean_line(sub_title))

    def say(
        self, message: str, *, severity: SeverityLevel = "information", title: str = ""
    ) -> None:
        """A notification whose text is only text (never markup, never escapes)."""
        self.notify(
            clean_line(message)[:500], title=clean_line(title), severity=severity, markup=False
        )

    def _safe_or_say(self, url: str | None, refusal: str) -> str | None:
        """The link if it is http(s); else None, after saying why nothing happens."""
        safe = safe_link(url)
        if safe is None:
            self.say(refusal if url else "This item has no link.", severity="warning")
        return safe

    def open_link(self, url: str | None) -> None:
        """Open an http(s) link in the browser; refuse anything else."""
        safe = self._safe_or_say(url, "Refusing to open a link that is not http(s).")
        if safe is None:
            return
        if self.launch_browser(safe):
            self.say(f"Opening {safe}")
            return

        def copy(yes: bool | None) -> None:
            if yes:
                self.copy_link(safe)

        self.push_screen(
            Confirm(
                "No web browser was found (set `browser` in feeds.toml [settings]). "
                "Copy the link instead?",
                yes="Copy the link",
                no="Cancel",
            ),
            copy,
        )

    def launch_browser(self, url: str) -> bool:
        """Open `url` with the `browser` setting, else the system's; False if none found."""
        import webbrowser

        setting = self.config.settings.browser
        try:
            controller = webbrowser.get(setting or None)
        except webbrowser.Error:
            return False
        try:
            if isinstance(controller, webbrowser.GenericBrowser) and not isinstance(
                controller, webbrowser.BackgroundBrowser
            ):
                # A terminal browser (lynx, w3m) needs the terminal: give it back meanwhile.
                with self.suspend():
                    return bool(controller.open(url))
            return bool(controller.open(url))
        except Exception:
            return False

    def copy_link(self, url: str | None) -> None:
        """Copy an http(s) link to the clipboard (OSC 52)."""
        safe = self._safe_or_say(url, "Not copying a link that is not http(s).")
        if safe is None:
            return
        self.copy_to_clipboard(safe)
        self.say(f"Copied {safe}")

    # ---- navigation --------------------------------------------------------------------

    def action_show(self, mode: str) -> None:
        if mode in MODES_ORDER:
            self.switch_mode(mode)

    def action_back(self) -> None:
        """q: close the top screen; on a mode's base go to the timeline; there, quit."""
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif self.current_mode != "timeline":
            self.switch_mode("timeline")
        else:
            self._quit()

    def action_quit_now(self) -> None:
        """Q (Newsboat): quit from anywhere, without going back screen by screen (still
        after every change is saved)."""
        self._quit()

    def action_failed_feeds(self) -> None:
        """F: the feeds screen, where each failed feed's last error is shown."""
        self.switch_mode("feeds")

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_search(self) -> None:
        if isinstance(self.screen, SearchScreen):
            self.screen.action_focus_input()
        else:
            self.push_screen(SearchScreen(self.store))

    @on(OpenItem)
    def _open_item(self, message: OpenItem) -> None:
        self.push_screen(ReaderScreen(self.store, message.item_id))

    @on(JumpToEntry)
    async def _jump_to_entry(self, message: JumpToEntry) -> None:
        await self.switch_mode("timeline")
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        screen = self.screen
        if isinstance(screen, TimelineScreen) and not screen.show_entry(message.entry_id):
            self.say("That entry is no longer in the timeline.", severity="warning")

    @on(ShowFeedItems)
    async def _show_feed_items(self, message: ShowFeedItems) -> None:
        """From the feeds screen: the items of one feed."""
        feed_url = message.feed_url
        await self.switch_mode("items")
        while len(self.screen_stack) > 1:
            await self.pop_screen()
        screen = self.screen
        if isinstance(screen, ItemsScreen):
            screen.set_filter(ItemFilter(feed_url=feed_url))

    # ---- polling -------------------------------------------------------------------------

    def action_poll(self) -> None:
        if self._polling:
            self.say("Already polling.")
            return
        if not self.config.feeds:
            self.say("No feeds configured to poll.", severity="warning")
            return
        self._polling = True
        self._poll_failed = 0
        self.poll_status = f"Polling 0/{len(self.config.feeds)} feeds…"
        self.poll_feeds()

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def poll_feeds(self) -> PollReport:
        """Poll every feed in a thread with a Store of its own (a connection per thread)."""

        def on_feed(outcome: FeedOutcome, done: int, total: int) -> None:
            self.post_message(
                PollProgress(
                    feed=outcome.feed.name,
                    status=outcome.status,
                    error=outcome.error,
                    new=outcome.new,
                    done=done,
                    total=total,
                )
            )

        with Store(self.db_path) as store:
            # parallel=False: no forked parser processes from a thread of a running TUI.
            return poll(
                self.config,
                store,
                on_feed=on_feed,
                parallel=False,
                on_notice=lambda text: self.call_from_thread(self.say, text),
            )

    @on(PollProgress)
    def _poll_progress(self, message: PollProgress) -> None:
        # Failures are counted here and told once, when the poll ends: a poll where every
        # feed fails is one notification, not one per feed.
        failed = f", {self._poll_failed} failed" if self._poll_failed else ""
        if message.status == "error":
            self._poll_failed += 1
            failed = f", {self._poll_failed} failed"
        self.poll_status = f"Polling {message.done}/{message.total} feeds{failed}…"

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "poll":
            if event.state == WorkerState.SUCCESS:
                self._polling = False
                report = worker.result
                if isinstance(report, PollReport):
                    failed = report.count("error")
                    self.poll_status = (
                        f"Polled {len(report.outcomes)} feeds: {report.new} new, "
                        f"{report.updated} updated, {failed} failed ({report.seconds:.1f} s)"
                    )
                    if failed:
                        feeds = "feed" if failed == 1 else "feeds"
                        self.say(
                            f"{failed} {feeds} failed; press F to see why.",
                            title="Poll",
                            severity="error",
                        )
                self.data_version += 1
            elif event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
                self._polling = False
                self.poll_status = "Poll failed" if event.state == WorkerState.ERROR else ""
                if worker.error is not None:
                    self.say(_describe(worker.error), title="Poll failed", severity="error")
                self.data_version += 1
        elif worker.group == "export" and event.state == WorkerState.ERROR:
            self.say(_describe(worker.error), title="Export failed", severity="error")
        elif worker.group == "export" and event.state == WorkerState.SUCCESS:
            count, path = worker.result
            self.say(f"Exported {count} entries to {path}")

    # ---- export ----------------------------------------------------------------------------

    def action_export(self) -> None:
        """e: ask for a file (default: timeline.md in the documents dir), ask again before
        overwriting one, then write it in the background and say where."""
        folder = default_export_dir()
        entry_filter = self.entry_filter

        def chosen(answer: str | None) -> None:
            if not answer or not answer.strip():
                return
            path = Path(answer.strip()).expanduser()
            if not path.is_absolute():
                path = folder / path
            if path.is_dir():
                path = path / "timeline.md"
            if not path.exists():
                self.export_markdown(path, entry_filter)
                return

            def overwrite(yes: bool | None) -> None:
                if yes:
                    self.export_markdown(path, entry_filter)
                else:
                    self.say("Not exported: the file was kept.")

            self.push_screen(
                Confirm(f"{path} exists. Overwrite it?", yes="Overwrite", no="Cancel"), overwrite
            )

        self.push_screen(
            TextPrompt(
                f"Export the timeline as shown to Markdown: file (a name alone goes to {folder})",
                str(folder / "timeline.md"),
            ),
            chosen,
        )

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export_markdown(self, path: Path, entry_filter: EntryFilter) -> tuple[int, Path]:
        from tui.export import load_conflict_name, write_markdown

        path.parent.mkdir(parents=True, exist_ok=True)
        title = load_conflict_name(self.config.settings.profile) or "Timeline"
        with Store(self.db_path) as store:
            count = write_markdown(
                store, entry_filter, path, party_names=self.party_names, title=title, jobs=1
            )  # one process: forking a threaded app is unsafe
        return count, path.resolve()

    # ---- command palette ---------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Timeline", "Show the timeline of entries", partial(self.action_show, "timeline")
        )
        yield SystemCommand(
            "Items", "Show every item, newest first", partial(self.action_show, "items")
        )
        yield SystemCommand("Feeds", "Show each feed's status", partial(self.action_show, "feeds"))
        yield SystemCommand("Search items", "Full-text search over items", self.action_search)
        yield SystemCommand(
            "Poll all feeds", "Fetch every feed in the background", self.action_poll
        )
        yield SystemCommand(
            "Export to Markdown", "Export the timeline as shown", self.action_export
        )
        yield SystemCommand("Help: keys", "Every key, from the bindings", self.action_help)
        seen = {"Timeline", "Items", "Feeds", "Search", "Poll", "Export", "Help", "Back/Quit"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.description in seen:
                continue
            seen.add(binding.description)
            yield SystemCommand(
                binding.description,
                f"key {self.get_key_display(binding)}",
                partial(self.run_action, binding.action, active.node),
            )


def _describe(error: BaseException | None) -> str:
    if isinstance(error, ConflictTuiError):
        return str(error)
    return f"{type(error).__name__}: {error}" if error else "unknown error"

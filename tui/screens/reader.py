"""The reader: one item's text, its tags with the evidence highlighted, its entries."""

from __future__ import annotations

import difflib
from typing import Any, ClassVar

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from tui import bindings
from tui.context import HasContext
from tui.messages import JumpToEntry
from tui.sanitize import clean_text, safe_link
from tui.store import Store
from tui.widgets.entry_detail import casualty_words, verb
from tui.widgets.status_line import StatusLine
from tui.widgets.text import (
    day,
    highlight_sentences,
    kind_badge,
    kind_name,
    line,
    side_text,
    stamp,
)

EVIDENCE_STYLE = "bold underline #b8962e"


class TagHeader:
    """One tag's header line: `  violation  (rule) date  who  at places`.

    The rule (dim, in brackets) follows the kind. When the whole line does not fit, the
    rule is cut with an ellipsis so the header stays on one line; only when even the
    line without the rule is too wide does it wrap, the rule then cut short.
    """

    RULE_MIN = 6
    RULE_NARROW = 12

    def __init__(self, badge: Text, rule: str, rest: Text) -> None:
        self.badge = badge
        self.rule = rule
        self.rest = rest

    def line(self, rule_room: int | None) -> Text:
        text = Text("  ")
        text.append_text(self.badge)
        if self.rule and (rule_room is None or rule_room > 0):
            rule = Text(self.rule, style="dim")
            if rule_room is not None and rule.cell_len > rule_room:
                rule.truncate(rule_room, overflow="ellipsis")
            text.append(" (", style="dim")
            text.append_text(rule)
            text.append(")", style="dim")
        text.append_text(self.rest)
        return text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        full = self.line(None)
        if full.cell_len <= width or not self.rule:
            yield full
            return
        room = width - self.line(0).cell_len - 3  # " (" and ")"
        yield self.line(room if room >= self.RULE_MIN else self.RULE_NARROW)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, min(options.max_width, self.line(None).cell_len))


class EntryLinks(OptionList):
    """The entries an item belongs to; Enter jumps to one in the timeline."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.READER_ENTRIES


class ReaderScreen(HasContext, Screen[None]):
    """One item: title, outlet, side, dates, text, tags, entries, link."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.READER

    def __init__(self, store: Store, item_id: str) -> None:
        super().__init__()
        self.store = store
        self.item_id = item_id
        self.item: dict[str, Any] | None = None
        self.title = "Reader"

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reader-scroll"):
            yield Static("", id="reader-head", markup=False)
            yield Static("", id="reader-body", markup=False)
            yield Static("", id="reader-history", markup=False)
            yield Static("", id="reader-tags", markup=False)
            yield Static(Text("Entries", style="bold"), id="reader-entries-title", markup=False)
            yield EntryLinks(id="reader-entries")
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        self.show(self._open_item())
        self.query_one("#reader-scroll").focus()
        self.watch(self.app, "data_version", self._data_changed, init=False)

    def _open_item(self) -> dict[str, Any] | None:
        """The item to show, marked read (through the app's writer) now that it is read."""
        item = self.store.item(self.item_id)
        if item is not None and not self.ctx.writer.value(self.item_id, "read", item["read"]):
            item_id = self.item_id
            self.ctx.save(
                "saving a read mark",
                lambda store: store.set_read([item_id], True),
                marks={item_id: {"read": 1}},
            )
            item["read"] = 1
        return item

    def _data_changed(self) -> None:
        item = self.store.item(self.item_id)
        self.show(self.ctx.writer.overlay(item) if item is not None else None)

    def show(self, item: dict[str, Any] | None) -> None:
        self.item = item
        head = self.query_one("#reader-head", Static)
        if item is None:
            head.update(Text("This item is no longer in the database.", style="italic"))
            return
        title = line(item.get("title")) or "(untitled)"
        self.sub_title = title
        tags = self.store.tags_for_item(self.item_id)
        versions = self.store.item_versions(self.item_id)
        head.update(self.describe_head(item, len(versions)))
        # The tagger read the article's full text when one was fetched: show that.
        text = clean_text(item.get("full_text")) or clean_text(item.get("text")) or "(no text)"
        evidence = [t.get("evidence") for t in tags if isinstance(t.get("evidence"), str)]
        self.query_one("#reader-body", Static).update(
            highlight_sentences(text, evidence, EVIDENCE_STYLE)
        )
        history = self.query_one("#reader-history", Static)
        history.update(describe_history(versions, item))
        history.display = bool(versions)
        self.query_one("#reader-tags", Static).update(self.describe_tags(tags))
        entries = self.store.entries_for_item(self.item_id)
        links = self.query_one(EntryLinks)
        links.clear_options()
        for entry in entries:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(day(entry.get("date")) + " ")
            prompt.append_text(kind_badge(entry.get("kind")))
            prompt.append(" ")
            prompt.append(line(entry.get("title")) or "(untitled)")
            links.add_option(Option(prompt, id=str(entry["id"])))
        links.display = bool(entries)
        self.query_one("#reader-entries-title", Static).update(
            Text(
                "Entries (Tab, then Enter to jump)" if entries else "In no timeline entry",
                style="bold",
            )
        )

    def describe_head(self, item: dict[str, Any], versions: int = 0) -> Text:
        text = Text()
        text.append(line(item.get("title")) or "(untitled)", style="bold")
        text.append("\n")
        text.append_text(side_text(item.get("side")))
        text.append(" ")
        text.append(line(item.get("feed_name")) or line(item.get("feed_url")), style="bold")
        text.append(f" ({line(item.get('side')) or 'other'})", style="dim")
        text.append("\nPublished ")
        if item.get("date_guessed"):
            text.append("undated", style="dim italic")
            first_seen = stamp(item.get("published"))
            text.append(f" (no date in the feed; first seen {first_seen} UTC)", style="dim")
        else:
            text.append(stamp(item.get("published")) + " UTC")
        text.append(" · fetched " + stamp(item.get("fetched")), style="dim")
        marks = []
        if not item.get("read"):
            marks.append("unread")
        if item.get("starred"):
            marks.append("★ starred")
        if versions:
            marks.append(f"edited ({versions} earlier version{'s' if versions > 1 else ''})")
        if marks:
            text.append(" · " + ", ".join(marks), style="bold")
        if item.get("full_text"):
            text.append("\nFull text from the article page", style="dim")
        elif item.get("full_text_error"):
            text.append("\nSummary only: the article page failed: ", style="dim")
            text.append(line(item["full_text_error"])[:200], style="dim italic")
        link = safe_link(item.get("link"))
        text.append("\nLink ")
        if link:
            text.append(link, style="underline")
        elif item.get("link"):
            text.append("(not an http(s) link; will not open) ", style="italic")
            text.append(line(item.get("link"))[:200], style="dim")
        else:
            text.append("(none)", style="dim")
        text.append("\n")
        return text

    def describe_tags(self, tags: list[dict[str, Any]]) -> Group | Text:
        if not tags:
            return Text("\nNo tags.\n", style="dim")
        parts: list[RenderableType] = [Text("\nTags", style="bold")]
        name = self.ctx.party_name
        for tag in tags:
            text = Text()
            if tag.get("event_date"):
                text.append(f" {day(tag['event_date'])}")
            who = []
            if tag.get("accuser"):
                accuser = name(line(tag["accuser"]))
                who.append(f"{accuser} {verb(accuser, 'accuses', 'accuse')}")
            if tag.get("accused"):
                who.append(name(line(tag["accused"])))
            if tag.get("denier"):
                denier = name(line(tag["denier"]))
                who.append(f"{denier} {verb(denier, 'denies', 'deny')}")
            if who:
                text.append("  " + " ".join(who))
            places = [line(p) for p in tag.get("places") or [] if isinstance(p, str)]
            if places:
                text.append("  at " + ", ".join(places), style="dim")
            rule = kind_name(tag.get("rule")) if tag.get("rule") else ""
            parts.append(TagHeader(kind_badge(tag.get("kind")), rule, text))
            body = Text()
            for figure in tag.get("casualties") or []:
                if isinstance(figure, dict):
                    body.append("    " + casualty_words(figure, name) + "\n")
            if tag.get("evidence"):
                body.append("    “")
                body.append(line(tag["evidence"]), style=EVIDENCE_STYLE)
                body.append("”\n")
            if body:
                body.rstrip()
                parts.append(body)
        parts.append(Text(""))
        return Group(*parts)

    # ---- actions -------------------------------------------------------------------------

    # immediate=True: a held j sends presses faster than the screen refreshes; a deferred
    # scroll would start every press from the same old position and barely move.
    def action_scroll_down(self) -> None:
        self.query_one("#reader-scroll", VerticalScroll).scroll_down(animate=False, immediate=True)

    def action_scroll_up(self) -> None:
        self.query_one("#reader-scroll", VerticalScroll).scroll_up(animate=False, immediate=True)

    def action_page_down(self) -> None:
        # scroll_page_down has no `immediate`; a page per press is coarse enough anyway
        self.query_one("#reader-scroll", VerticalScroll).scroll_page_down(animate=False)

    def action_focus_entries(self) -> None:
        links = self.query_one(EntryLinks)
        if links.has_focus or not links.option_count:
            self.query_one("#reader-scroll").focus()
        else:
            links.focus()
            if links.highlighted is None:
                links.highlighted = 0

    def action_next_unread(self) -> None:
        """n (Newsboat): the next unread item of the list the reader was opened from."""
        stack = self.app.screen_stack
        below = stack[-2] if len(stack) > 1 else None
        finder = getattr(below, "next_unread_item", None)
        found = finder(self.item_id) if callable(finder) else None
        if not found:
            self.ctx.say("No more unread items.")
            return
        self.item_id = found
        self.show(self._open_item())
        self.query_one("#reader-scroll", VerticalScroll).scroll_home(animate=False)

    def action_star(self) -> None:
        if self.item is not None:
            self.flip_mark(self.item_id, "starred", self.item["starred"], self._data_changed)

    def action_toggle_read(self) -> None:
        if self.item is not None:
            self.flip_mark(self.item_id, "read", self.item["read"], self._data_changed)

    def action_open_link(self) -> None:
        if self.item is not None:
            self.ctx.open_link(self.item.get("link"))

    def action_copy_link(self) -> None:
        if self.item is not None:
            self.ctx.copy_link(self.item.get("link"))

    @on(OptionList.OptionSelected, "#reader-entries")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(JumpToEntry(int(event.option.id)))


HISTORY_TEXT_CHARS = 2_000


def describe_history(versions: list[dict[str, Any]], item: dict[str, Any]) -> Text:
    """What each edit changed, newest first: the earlier title, the earlier text's words.

    Words of the earlier text that the next version dropped or changed are struck
    through; the rest is dim, so the change stands out without a side-by-side view.
    """
    text = Text()
    if not versions:
        return text
    text.append(
        f"\nEdited: {len(versions)} earlier version{'s' if len(versions) > 1 else ''}", style="bold"
    )
    text.append(" (newest first)\n", style="dim")
    later_title, later_text = line(item.get("title")), clean_text(item.get("text"))
    for version in versions:
        title, body = line(version.get("title")), clean_text(version.get("text"))
        text.append(f"  until {stamp(version.get('replaced'))} UTC", style="bold")
        text.append(f" (seen from {stamp(version.get('first_seen'))} UTC)\n", style="dim")
        if title != later_title:
            text.append("    title was: ", style="dim")
            text.append(title or "(untitled)", style="strike")
            text.append("\n")
        if body != later_text:
            text.append("    text was: ", style="dim")
            text.append_text(_struck_changes(body[:HISTORY_TEXT_CHARS], later_text))
            text.append("\n")
        if title == later_title and body == later_text:
            text.append("    (only the link or date changed)\n", style="dim")
        later_title, later_text = title, body
    return text


def _struck_changes(earlier: str, later: str) -> Text:
    old_words, new_words = earlier.split(), later.split()
    result = Text()
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, _b1, _b2 in matcher.get_opcodes():
        if a1 == a2:
            continue
        result.append(" ".join(old_words[a1:a2]), style="dim" if op == "equal" else "bold strike")
        result.append(" ")
    result.rstrip()
    return result

"""The timeline's detail pane: one entry's facts, claims against denials, and sources."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui import bindings
from tui.export import details_of
from tui.export.claims_text import group_noun
from tui.widgets.text import (
    day,
    kind_name,
    line,
    published_text,
    side_code,
    side_text,
    sides_summary,
)


class SourceList(OptionList):
    """The sources of the selected entry; Enter opens one in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SOURCES

    def on_resize(self) -> None:
        # A smaller pane (a resized terminal, the stacked layout) must keep the
        # highlighted source in view, not wait for the next key to scroll to it.
        self.call_after_refresh(self.scroll_to_highlight)

    def action_leave(self) -> None:
        self.screen.focus_list()  # type: ignore[attr-defined]


class EntryDetail(Vertical):
    """Kind, date, parties, places, claims, denials, casualty figures, then the sources."""

    def __init__(self, party_name: Callable[[str], str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.party_name = party_name
        self.entry: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="entry-info-scroll"):
            yield Static("", id="entry-info", markup=False)
        title = Text("Sources", style="bold")
        title.append("  (d: the whole entry)", style="dim")
        yield Static(title, id="entry-sources-title", markup=False)
        yield SourceList(id="entry-sources")

    @property
    def sources(self) -> SourceList:
        return self.query_one(SourceList)

    def show(self, entry: dict[str, Any] | None) -> None:
        """Show an entry (a row from `store.entry`), or an empty pane for None."""
        self.entry = entry
        info = self.query_one("#entry-info", Static)
        sources = self.sources
        highlighted = sources.highlighted
        sources.clear_options()
        if entry is None:
            info.update(Text("No entry selected.", style="dim italic"))
            return
        info.update(self.describe(entry))
        self.query_one("#entry-info-scroll", VerticalScroll).scroll_home(animate=False)
        sources.add_options(
            [Option(self.source_prompt(s), id=str(s["id"])) for s in entry["sources"]]
        )
        if entry["sources"]:
            keep = highlighted if highlighted is not None else 0
            sources.highlighted = min(keep, len(entry["sources"]) - 1)

    @property
    def current_source(self) -> dict[str, Any] | None:
        if self.entry is None:
            return None
        index = self.sources.highlighted
        rows = self.entry["sources"]
        return rows[index] if index is not None and 0 <= index < len(rows) else None

    def describe(self, entry: dict[str, Any]) -> Text:
        """The entry's facts as plain Text (every stored string cleaned again)."""
        name = self.party_name
        text = Text()
        text.append(kind_name(entry.get("kind")).upper(), style="bold")
        text.append(f"  {day(entry.get('date'))}")
        if entry.get("hidden"):
            text.append("  (hidden)", style="italic")
        if entry.get("origin") == "manual" or entry.get("title_manual"):
            text.append("  edited", style="dim")
        text.append("\n")
        text.append(line(entry.get("title")) or "(untitled)", style="bold")
        text.append("\n")
        found = details_of(entry)
        by_id = {s["id"]: s for s in entry.get("sources", [])}
        if found["claims"]:
            text.append("Claims\n", style="bold")
            for claim in found["claims"]:
                accuser = name(line(claim.get("accuser"))) if claim.get("accuser") else "?"
                accused = name(line(claim.get("accused"))) if claim.get("accused") else "?"
                text.append("  ")
                text.append(accuser, style="bold")
                text.append(f" {verb(accuser, 'accuses', 'accuse')} {accused}")
                if claim.get("places"):
                    text.append(" at " + ", ".join(line(p) for p in claim["places"]))
                self._cited(text, claim["item_ids"], by_id)
        if found["denials"]:
            if not found["claims"]:  # else right under the claims they answer: one block
                text.append("Denials\n", style="bold")
            for denial in found["denials"]:
                text.append("  ")
                denier = denial.get("denier")
                who = name(line(denier)) if denier else "(not named)"
                text.append(who, style="bold")
                text.append(" " + (verb(who, "denies", "deny") if denier else "denies"))
                self._cited(text, denial["item_ids"], by_id)
        if found["casualties"]:
            text.append("Casualty figures\n", style="bold")
            for figure in found["casualties"]:
                text.append("  " + casualty_words(figure, name))
                self._cited(text, figure["item_ids"], by_id)
        if not (found["claims"] or found["denials"] or found["casualties"]):
            text.append("No claims, denials or casualty figures tagged.\n", style="dim")
        parties = [name(line(p)) for p in entry.get("parties") or [] if isinstance(p, str)]
        places = [line(p) for p in entry.get("places") or [] if isinstance(p, str)]
        self._field(text, "Parties", ", ".join(parties) or "—")
        self._field(text, "Places", ", ".join(places) or "—")
        summary = sides_summary(entry.get("sides"))
        if summary.cell_len:
            text.append("Sources ", style="bold")
            text.append_text(summary)
            text.append("\n")
        return text

    @staticmethod
    def _field(text: Text, label: str, value: str) -> None:
        text.append(f"{label} ", style="bold")
        text.append(value)
        text.append("\n")

    @staticmethod
    def _cited(text: Text, ids: list[str], by_id: dict[str, dict[str, Any]]) -> None:
        codes = [side_code(by_id[i].get("side")) for i in ids if i in by_id]
        count = len(ids)
        text.append(f"  ({count} source{'s' if count != 1 else ''}", style="dim")
        if codes:
            text.append(": " + ", ".join(sorted(set(codes))), style="dim")
        text.append(")\n", style="dim")

    @staticmethod
    def source_prompt(source: dict[str, Any]) -> Text:
        """Two lines: `AM Outlet · 2020-10-10 09:30` then the title."""
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append("●" if not source.get("read") else " ", style="bold #3a8fd6")
        prompt.append(" ")
        prompt.append_text(side_text(source.get("side")))
        prompt.append(" ")
        prompt.append(line(source.get("feed_name")) or line(source.get("feed_url")), style="bold")
        published = published_text(source, style="dim")
        prompt.append(f" · {published.plain}", style=published.style)
        if source.get("origin") == "manual":
            prompt.append(" · moved here", style="dim italic")
        prompt.append("\n   ")
        prompt.append(line(source.get("title")) or "(untitled)")
        return prompt


# Names that end in s but take a singular verb.
_SINGULAR_NAMES = ("united states", "united nations", "red cross", "netherlands", "philippines")
# Casualty groups whose plural is not just "+s".
_GROUP_PLURALS = {
    "serviceman": "servicemen",
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "policeman": "policemen",
}


def verb(subject: str, singular: str, plural: str) -> str:
    """`Armenia accuses` but `Nagorno-Karabakh authorities accuse`: agree with the name."""
    words = subject.strip().lower()
    last = words.rsplit(" ", 1)[-1]
    if words.endswith(_SINGULAR_NAMES) or not last.endswith("s") or last.endswith(("ss", "us")):
        return singular
    return plural


def group_words(group: str, count: Any) -> str:
    """`1 civilian` but `21 civilians`, `military` -> `soldiers`: the group agrees with
    the count, in the exports' nouns."""
    if not group:
        return group
    known = group_noun(group, count == 1 or not isinstance(count, int | float))
    if known is not None:
        return known
    if count == 1 or not isinstance(count, int | float):
        return group
    head, _, last = group.rpartition(" ")
    if last.lower() in _GROUP_PLURALS:
        last = _GROUP_PLURALS[last.lower()]
    elif not last.endswith("s"):
        last += "s"
    return f"{head} {last}" if head else last


def casualty_words(figure: dict[str, Any], name: Callable[[str], str]) -> str:
    """`about 12 civilians killed, according to Azerbaijan`."""
    words = []
    if figure.get("approximate"):
        words.append("about")
    count = figure.get("count")
    words.append(f"{count:,}" if isinstance(count, int | float) else line(count) or "?")
    if figure.get("group"):
        words.append(group_words(line(figure["group"]), count))
    words.append(line(figure.get("what")) or "casualties")
    out = " ".join(words)
    if figure.get("claimed_by"):
        return f"{out}, according to {name(line(figure['claimed_by']))}"
    return f"{out} (claimant not stated)"

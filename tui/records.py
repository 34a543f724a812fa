"""Every record passed between stages: parse -> store -> tagger -> timeline -> store -> views.

Plain frozen dataclasses with no I/O, so that every package can import them and none of
them imports another stage for its types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One feed entry, already made safe: plain text, no control characters, http(s) link.

    `published` is UTC ISO 8601 (`2020-10-10T09:30:00Z`) or None when the feed gave no
    date; the store then uses the fetch time and sets `date_guessed`.
    """

    guid: str | None
    link: str | None
    title: str
    text: str
    published: str | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed body yielded, and what went wrong on the way."""

    title: str
    items: tuple[ParsedItem, ...]
    skipped_entries: int = 0
    problem: str | None = None  # feedparser's bozo reason when entries were still found


@dataclass(frozen=True, slots=True)
class Casualty:
    """One casualty figure as a report gives it, and who gives it."""

    count: int
    what: str  # killed | wounded | missing
    group: str | None = None  # military | civilian | None
    claimed_by: str | None = None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "what": self.what,
            "group": self.group,
            "claimed_by": self.claimed_by,
            "approximate": self.approximate,
        }


@dataclass(frozen=True, slots=True)
class Tag:
    """One event kind found in a report, with the sentence and the rule that show why."""

    kind: str
    rule: str
    evidence: str
    accuser: str | None = None
    accused: str | None = None
    denier: str | None = None
    parties: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    event_date: str | None = None
    date_basis: str = "published"  # explicit | relative | weekday | dateline | published
    casualties: tuple[Casualty, ...] = ()


@dataclass(frozen=True, slots=True)
class TaggedItem:
    """A report and its tags, as the store hands them to the builder."""

    item_id: str
    side: str | None
    outlet: str | None
    link: str | None
    title: str
    text: str
    published: str | None
    tags: tuple[Tag, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """One report behind an entry; a syndicated copy names its representative."""

    item_id: str
    outlet: str | None
    side: str | None
    link: str | None
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Who accused whom, in which reports."""

    accuser: str | None
    accused: str | None
    item_ids: tuple[str, ...]
    places: tuple[str, ...] = ()  # where the claim puts the breach


@dataclass(frozen=True, slots=True)
class Denial:
    """A denial, the reports that carry it, and the claim entry it answers (if any)."""

    denier: str | None
    date: str
    item_ids: tuple[str, ...]
    answers: str | None = None  # key of the claim entry


@dataclass(frozen=True, slots=True)
class AutoEntry:
    """One event on one day, with its sources, claims and denials."""

    key: str
    date: str
    kind: str
    title: str
    parties: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    denials: tuple[Denial, ...] = ()
    # keys of the other side's claim entries; empty since a dispute entry holds both sides
    counter_claims: tuple[str, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    evidence: tuple[str, ...] = ()  # the evidence sentences, one per representative
    kinds: tuple[str, ...] = ()  # every kind the entry holds, the main kind first
    casualty_items: tuple[tuple[str, ...], ...] = ()  # the reports giving each figure
    weight: float = 0.0  # how much the entry matters (`tui.timeline.weights`)

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Every linked report, copies included."""
        return tuple(s.item_id for s in self.sources)

    @property
    def source_count(self) -> int:
        """Reports counted once: syndicated copies left out."""
        return sum(1 for s in self.sources if s.duplicate_of is None)


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What an item list shows: the Items screen and `conflict-tui` queries share it."""

    unread_only: bool = False
    starred_only: bool = False
    feed_url: str | None = None
    side: str | None = None
    kind: str | None = None  # items carrying a tag of this kind


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What the timeline shows; the CLI, the app and the export share it."""

    kinds: tuple[str, ...] = ()
    party: str | None = None
    side: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None  # words that must appear in the title or a source
    include_hidden: bool = False
    newest_first: bool = False
    key_events: int = 0  # 0: every entry; N: the key-events view, a day's N heaviest

"""What the builder's steps share: a group of tags on its way to an entry, small helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from typing import Any, TypeVar

from tui.profile import Profile
from tui.records import Tag, TaggedItem

T = TypeVar("T")

MUTUAL = re.compile(r"\b(?:each|both|mutual(?:ly)?)\b", re.IGNORECASE)
PLACE_KINDS = ("attack", "humanitarian", "casualties", "territorial_change")

# the date bases that say only when a report was filed (its publication, its dateline),
# not when what it tells happened
FILING_BASES = frozenset({"published", "dateline"})


def from_headline(item: TaggedItem, tag: Tag) -> bool:
    """Whether a tag was read from its report's headline (the tagger keeps the headline's
    words with their runs of spaces folded)."""
    return len(tag.evidence) <= len(item.title) and tag.evidence == _folded(item.title)


def opens_text(text: str, evidence: str) -> bool:
    """Whether the sentence opens the report's text, its lede (spaces folded as the
    tagger does)."""
    return bool(evidence) and _opening(text).startswith(" ".join(evidence.split())[:80])


@lru_cache(maxsize=8192)
def _opening(text: str) -> str:
    """A text's first 60 words, spaces folded: asked for each of its report's tags in
    every entry and aside test (~50,000 times in a poll's rebuild at 200,000 stored)."""
    return " ".join(text.split()[:60])


@lru_cache(maxsize=8192)
def _folded(title: str) -> str:
    """A headline with its runs of spaces folded (asked for again and again per build)."""
    return " ".join(title.split())


def unique_in_order(values: Iterable[T]) -> list[T]:
    """Each value once, in the order first seen (the same whatever the hash seed)."""
    return list(dict.fromkeys(values))


@dataclass
class Group:
    key: str
    date: str
    kind: str
    tags: list[tuple[TaggedItem, Tag]] = field(default_factory=list)
    denials: list[Group] = field(default_factory=list)  # denial groups it answers
    inferred: tuple[str, ...] = ()  # a denial naming no denier: who denies, by inference


def ranked(lists: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """Values by how many of the lists name them, ties in order of first mention (the
    lists in order, each in its own order): the same result whatever the hash seed."""
    counts: dict[str, int] = {}
    for values in lists:
        for value in unique_in_order(values):
            counts[value] = counts.get(value, 0) + 1
    first = {value: i for i, value in enumerate(counts)}
    return tuple(sorted(counts, key=lambda v: (-counts[v], first[v])))


def replace_tag(tag: Tag, **changes: Any) -> Tag:
    values = {name: getattr(tag, name) for name in Tag.__slots__}
    values.update(changes)
    return Tag(**values)


def ids(items: Iterable[TaggedItem]) -> tuple[str, ...]:
    return tuple(unique_in_order(i.item_id for i in items))


def next_day(day: str) -> str:
    return (Date.fromisoformat(day) + timedelta(days=1)).isoformat()


def days_apart(one: str, two: str) -> int | None:
    """How many days `two` is after `one` (negative if before); None if either is no
    ISO date."""
    try:
        return (Date.fromisoformat(two) - Date.fromisoformat(one)).days
    except ValueError:
        return None


class BuilderState:
    """What every step of the builder reads from the profile, computed once per build."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.names = {p.id: p.name for p in profile.parties}
        self.roles = {p.id: p.role for p in profile.parties}
        self.belligerents = frozenset(p for p, role in self.roles.items() if role == "belligerent")
        self.plural = {p.id for p in profile.parties if p.plural}
        self.venues = frozenset(p.name for p in profile.places if p.venue)
        self.regions = frozenset(p.name for p in profile.places if p.region)
        self.camps = {p.id: p.camp for p in profile.parties}
        self.in_force = frozenset(r.full_id for r in profile.rules if r.in_force)
        # (report, sentence) of denials linked to the day before's claim: an attack read
        # from that sentence is the act denied, not an event of its own day
        self.denied_acts: set[tuple[str, str]] = set()
        # entry key -> the reports whose headline the entry holds (`asides`)
        self.headlines: dict[str, frozenset[str]] = {}
        # entry key -> the reports whose first sentence it holds while no rule reads their
        # headline: the lede then names the story (`asides`)
        self.ledes: dict[str, frozenset[str]] = {}
        # each party's names as one regex alternation (titles find who is named where)
        self.party_names = {
            p.id: "|".join(re.escape(a) for a in p.aliases if a) for p in profile.parties
        }
        # every word of a party's or place's names: a capitalised word none of them uses,
        # after "in" or "on" in a casualty sentence, is a place the profile does not know
        self.known_words = frozenset(
            word
            for names in [
                *(party.aliases for party in profile.parties),
                *((place.name, *place.spellings) for place in profile.places),
            ]
            for name in names
            for word in re.split(r"[\s-]+", name)
        )
        self.voice = {
            side: party
            for side, party in profile.sides.items()
            if self.roles.get(party) == "belligerent"
        }

    def town(self, places: Iterable[str]) -> str | None:
        """The first place that is no region: where an act happened, not the area around."""
        return next((p for p in places if p not in self.regions), None)

    def names_town(self, groups: Iterable[Group]) -> bool:
        """Whether the groups' tags name a town or a site, not only regions."""
        return any(self.town(tag.places) for g in groups for _, tag in g.tags)

    def _deniers(self, dgroup: Group) -> list[str]:
        """Who denies in a denial group: the named deniers, then those inferred."""
        named = [t.denier for _, t in dgroup.tags if t.denier]
        return unique_in_order([*named, *dgroup.inferred])


Day = TypeVar("Day", bound=list[Any])


def settle_days_within(
    days: Iterable[Day], reach: int, on_pair: Callable[[Day, Day], None]
) -> Iterator[Day]:
    """Each non-empty day, passed on once every day up to `reach` days after it has been
    read, `on_pair(older, newer)` having been called on it and each of them (the nearer
    first): a report's background reaches further than the next day."""
    held: list[Day] = []
    for events in days:
        if not events:
            continue
        while held and (days_apart(held[0][0].date, events[0].date) or 0) > reach:
            yield held.pop(0)
        for older in reversed(held):
            on_pair(older, events)
        held.append(events)
    yield from held

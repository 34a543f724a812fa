"""The profile as records: parties, places, cue rules, and the whole profile."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS: tuple[str, ...] = (
    "truce_agreed",
    "violation_claim",
    "diplomatic_call",
    "denial",
    "attack",
    "casualties",
    "humanitarian",
    "exchange",
    "territorial_change",
    "peacekeeping",
)
ROLES = ("belligerent", "mediator", "other")
ALIAS_KEYS = ("names", "adjectives", "capitals", "institutions", "officials")


@dataclass(frozen=True, slots=True)
class Party:
    """A side, a mediator or another actor, with every way reports name it."""

    id: str
    name: str
    code: str
    role: str = "other"
    camp: str | None = None
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    plural: bool = False

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every alias, in the order of the alias lists."""
        return self.names + self.adjectives + self.capitals + self.institutions + self.officials


@dataclass(frozen=True, slots=True)
class Place:
    """A place under its canonical name and all the spellings reports use."""

    name: str
    spellings: tuple[str, ...] = ()
    venue: bool = False
    region: bool = False  # a whole region, never a town taken or lost


@dataclass(frozen=True, slots=True)
class Rule:
    """One cue rule: regexes (macros expanded, not yet compiled) for one event kind."""

    kind: str
    id: str
    cues: tuple[str, ...]
    triggers: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # vetoes only a cue match it touches (or ends just before): background told around the
    # hit's own words, not anywhere in its clause ("died in Wednesday's exchange of fire")
    unless_near: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    factual: bool = True
    news_only: bool = True
    main_clause: bool = False
    negatable: bool = True
    same_day: bool = False
    in_force: bool = False
    answers_charge: bool = False  # a denial that stands only beside a charge against its denier
    enabled: bool = True  # false: a profile switches the shared rule of this kind/id off

    @property
    def full_id(self) -> str:
        """The id tags carry: ``kind/id``."""
        return f"{self.kind}/{self.id}"


@dataclass(frozen=True, slots=True)
class Side:
    """An outlet side of feeds.toml: its own code and colour, and the party whose official
    voice it carries (None: western press, wires, `other`)."""

    name: str
    code: str
    colour: str
    party: str | None = None


OTHER_SIDE = Side(name="other", code="OT", colour="#8a8a8a")
# Colours for sides that name none, by position (the first seven are today's seven sides'):
# each reads on both the dark and the light built-in themes.
SIDE_PALETTE = (
    "#e0703a",
    "#3a8fd6",
    "#b05fd0",
    "#d04f5f",
    "#3aa37a",
    "#b8962e",
    "#2e9fa8",
    "#c0504d",
    "#6f8fd8",
    "#a0a040",
)


@dataclass(frozen=True, slots=True)
class Profile:
    """A whole profile: conflict, parties, places, outlet sides, rules and language."""

    path: str
    name: str
    parties: tuple[Party, ...]
    places: tuple[Place, ...]
    rules: tuple[Rule, ...]
    sides: dict[str, str] = field(default_factory=dict)  # side -> party, voiced sides only
    outlet_sides: tuple[Side, ...] = (OTHER_SIDE,)  # every side feeds.toml may name
    language: dict[str, tuple[str, ...]] = field(default_factory=dict)
    recap_days: int = 2
    utc_offset: int | None = None  # minutes east of UTC, or None

    def party(self, party_id: str) -> Party | None:
        """The party with this id, or None."""
        for party in self.parties:
            if party.id == party_id:
                return party
        return None


def trie_regex(words: Iterable[str]) -> str:
    """One regex alternation for many literal words, shaped as a trie (fast to match).

    Longer words are preferred where several match at one position, as an alternation
    sorted longest first would."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return build(trie) or "(?!x)x"

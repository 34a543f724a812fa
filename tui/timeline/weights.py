"""How much an entry matters: the weight that orders a day's entries (heaviest first).

A reader's timeline puts the truce before the day's shelling and the shelling before the
appeals. The weight is a base for what the entry is, plus a small bonus for its evidence:

    base:  truce 100 > violation dispute 70 > capture 50 > attack with deaths 45 >
           exchange, peacekeeping 35 > attack 30 > civilian harm 25 > initiative 20 >
           denial alone 15 > appeals 10 > anything else 5
    bonus: 1.5 a source (syndicated copies counted once, at most 10 sources)
           + 2 a distinct side among the sources (at most 3)
           + 1 a facet beyond the main kind (at most 3)

The bonus is at most 24, less than the gap between the four levels the issue orders
(truce, claim, attack with deaths, appeal), so a well-sourced attack never outweighs a
thinly sourced truce of the same day, and among entries of one level the better
attested comes first.
"""

from __future__ import annotations

from collections.abc import Iterable

BASE = {
    "truce": 100.0,
    "dispute": 70.0,
    "capture": 50.0,
    "deadly": 45.0,
    "exchange": 35.0,
    "peacekeeping": 35.0,
    "attack": 30.0,
    "harm": 25.0,
    "initiative": 20.0,
    "denial": 15.0,
    "appeals": 10.0,
}
OTHER = 5.0
MAX_SOURCES = 10
MAX_SIDES = 3
MAX_FACETS = 3


def entry_weight(
    shape: str, kinds: Iterable[str], sources: int, sides: Iterable[str | None], deaths: bool
) -> float:
    """The weight of an entry of a `shape` (the builder's event type: truce, dispute,
    site, fighting, appeals, initiative, exchange, ...), its kinds, the number of its
    sources counted once, the sides of those sources and whether it reports deaths."""
    kinds = list(dict.fromkeys(kinds))
    if shape in ("site", "fighting"):
        if "territorial_change" in kinds and "attack" not in kinds:
            base = BASE["capture"]
        elif deaths:
            base = BASE["deadly"]
        elif "attack" in kinds:
            base = BASE["attack"]
        else:
            base = BASE["harm"]
    else:
        base = BASE.get(shape, OTHER)
    distinct_sides = {s or "other" for s in sides}
    bonus = (
        1.5 * min(sources, MAX_SOURCES)
        + 2.0 * min(len(distinct_sides), MAX_SIDES)
        + 1.0 * min(max(len(kinds) - 1, 0), MAX_FACETS)
    )
    return round(base + bonus, 2)

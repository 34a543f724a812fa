"""Asides across days: an entry that only echoes a story told the day before or after.

A report about the 18 October truce mentions the strike on Ganja the day before; a report
on the Mingachevir claims adds that a rocket hit Stepanakert overnight. The tagger dates
those sentences to their own day, so the builder makes an entry of them, and the report
then sits in two entries of two days: one event scattered, and a line in the timeline
that no report tells as its news. When every report of an entry already sits in an entry
of the adjacent day that holds their headlines (one report alone included: its headline
says which day is its news), and none of them headlines the small entry, the small entry
is an aside of that story: it is dropped, and no source is lost (its reports are linked
by the story's entry). Anything a second report tells as its own news stays, since then
the small entry holds a report the story does not; so does a truce, a capture or an
exchange, which are events of their own whoever tells them.
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.records import AutoEntry
from tui.timeline.groups import days_apart


def _reports(entry: AutoEntry) -> frozenset[str]:
    """The reports an entry counts (syndicated copies left out)."""
    return frozenset(s.item_id for s in entry.sources if s.duplicate_of is None)


# kinds that are events of their own whoever tells them: never an aside
_NEVER_ASIDES = frozenset({"truce_agreed", "territorial_change", "exchange"})


def is_aside(
    small: AutoEntry,
    story: AutoEntry,
    headlines: dict[str, frozenset[str]],
    reports: dict[str, frozenset[str]],
) -> bool:
    """Whether `small` only echoes `story` (see the module docstring). `headlines` maps
    an entry's key to the reports whose headline it holds, `reports` to the reports it
    counts (worked out once per day rather than once per pair)."""
    mine, theirs = reports[small.key], reports[story.key]
    return (
        bool(mine)
        and not _NEVER_ASIDES & {small.kind, *small.kinds}
        and days_apart(small.date, story.date) in (-1, 1)
        and mine <= theirs
        and not headlines.get(small.key)
        and mine <= headlines.get(story.key, frozenset())
    )


def drop_asides(
    entries: Iterator[AutoEntry], headlines: dict[str, frozenset[str]]
) -> Iterator[AutoEntry]:
    """Entries in date order, asides of an adjacent day's story left out; holds two days.

    `headlines` is filled by the builder as it makes each entry; keys are forgotten once
    their entry has been passed on.
    """
    held: list[list[AutoEntry]] = []  # the last two days' entries, oldest first
    day = ""
    for entry in entries:
        if held and entry.date == day:
            held[-1].append(entry)
            continue
        day = entry.date
        if len(held) == 2:  # the newer day is complete: settle it with the older one
            _settle(held[0], held[1], headlines)
            yield from _release(held.pop(0), headlines)
        held.append([entry])
    if len(held) == 2:
        _settle(held[0], held[1], headlines)
    for entries_of_day in held:
        yield from _release(entries_of_day, headlines)


def _settle(
    older: list[AutoEntry], newer: list[AutoEntry], headlines: dict[str, frozenset[str]]
) -> None:
    """Leave out of each day the asides of the other day's stories."""
    reports = {e.key: _reports(e) for e in [*older, *newer]}
    for group, others in ((older, newer), (newer, older)):
        group[:] = [e for e in group if not any(is_aside(e, o, headlines, reports) for o in others)]


def _release(day: list[AutoEntry], headlines: dict[str, frozenset[str]]) -> Iterator[AutoEntry]:
    """A settled day's entries, their headline keys forgotten (their day is over)."""
    for entry in day:
        headlines.pop(entry.key, None)
        yield entry

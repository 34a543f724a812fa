"""Talks over days: one initiative, not one line a day.

Talks in Yunnan on Sunday and Monday, a minister's tour of the region, a meeting
announced on Tuesday and announced again on Wednesday: reports date each day they name,
so the builder makes an initiative entry of the same convener (or venue) on each day.
An analyst's timeline gives them one line, on the first day. An initiative whose
convener or venue held one the day before is that initiative: its sources join it.
(A third day stays a line of its own: the first day's entry has been written by then,
and holding more days would cost every poll's rebuild more context.)
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.timeline.folds import Event, headlined_reports
from tui.timeline.groups import settle_adjacent_days


def _signature(event: Event) -> str | None:
    """The convener or venue an initiative is keyed by (``date|initiative|usa``)."""
    if event.shape != "initiative":
        return None
    sig = event.key.split("|")[2]
    return None if sig in ("", "-") else sig


def join_sessions(days: Iterator[list[Event]]) -> Iterator[list[Event]]:
    """Each day's events, an initiative continued from the day before let go into that
    day's (see the module docstring); a day is passed on once the next has been read."""
    yield from settle_adjacent_days(days, _join)


def _join(older: list[Event], newer: list[Event]) -> None:
    """Let the newer day's initiatives join the older day's of the same signature, when a
    report headlines the older, or its reports headline nothing that day (a truce's joint
    statement, told below the truce's headline, is the truce's aside, not the first day
    of talks; a call told under a headline no rule reads is still the day's talks)."""
    headlined = {item_id for e in older for item_id in headlined_reports(e)}
    firsts = {
        sig: e
        for e in older
        if (sig := _signature(e)) and (headlined_reports(e) or not e.items() & headlined)
    }
    for event in list(newer):
        first = firsts.get(_signature(event) or "")
        if first is None:
            continue
        first.absorb(event)
        newer.remove(event)

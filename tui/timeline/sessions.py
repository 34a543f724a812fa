"""Talks over days: one initiative, not one line a day.

Talks in Yunnan on Sunday and Monday, a minister's tour of the region, a meeting
announced on Tuesday and announced again on Wednesday: reports date each day they name,
so the builder makes an initiative entry of the same convener (or venue) on each day.
An analyst's timeline gives them one line, on the first day. An initiative whose
convener or venue held one the day before is that initiative: its sources join it.
(A third day and every later one of a run stay lines of their own, whatever day a
rebuild starts reading from: `join_sessions`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.timeline.folds import Event, headlined_reports
from tui.timeline.groups import FILING_BASES, days_apart
from tui.timeline.spans import filing_day


def _signature(event: Event) -> str | None:
    """The convener or venue an initiative is keyed by (``date|initiative|usa``)."""
    if event.shape != "initiative":
        return None
    sig = event.key.split("|")[2]
    return None if sig in ("", "-") else sig


def join_sessions(days: Iterator[list[Event]], offset: int | None = None) -> Iterator[list[Event]]:
    """Each day's events, an initiative continued from the day before let go into that
    day's (see the module docstring); a day is passed on once the next has been read.

    Only the second day of talks joins the first: a day whose initiative continues one
    of the day before that stays its own line, and so does every later day of the run.
    Which days pair up is read from the two days before each day alone, never from where
    a run began (a poll's rebuild, which starts reading a few days back, must write what
    a full rebuild writes)."""
    held: list[Event] | None = None  # a day emptied by joining the one before is no day
    held_day = ""
    held_sigs: set[str] = set()  # the held day's initiatives, before any joined it
    carried: set[str] = set()  # those the held day continues from the day before it
    for events in days:
        if not events:
            continue
        day = events[0].date
        sigs = {sig for e in events if (sig := _signature(e))}
        adjacent = held is not None and days_apart(held_day, day) == 1
        if held and adjacent:
            _join(held, events, carried)
            _join_retold(held, events, offset)
        if held:
            yield held
        carried = held_sigs & sigs if adjacent else set()
        held, held_day, held_sigs = events, day, sigs
    if held:
        yield held


def _join(older: list[Event], newer: list[Event], carried: set[str]) -> None:
    """Let the newer day's initiatives join the older day's of the same signature, when a
    report headlines the older, or its reports headline nothing that day (a truce's joint
    statement, told below the truce's headline, is the truce's aside, not the first day
    of talks; a call told under a headline no rule reads is still the day's talks), and
    the older day's is not itself the continuation of the day before's (`carried`)."""
    headlined = {item_id for e in older for item_id in headlined_reports(e)}
    firsts = {
        sig: e
        for e in older
        if (sig := _signature(e))
        and sig not in carried
        and (headlined_reports(e) or not e.items() & headlined)
    }
    for event in list(newer):
        first = firsts.get(_signature(event) or "")
        if first is None:
            continue
        first.absorb(event)
        newer.remove(event)


def _join_retold(older: list[Event], newer: list[Event], offset: int | None) -> None:
    """Let the newer day's initiatives that their reports date only by their filing join
    the older day's of the same parties, when a report filed that same newer day dates
    the older one by its own words ("met in Prague on Thursday", filed on Friday beside
    an undated "the leaders agreed in Prague"): one meeting told the next morning, one
    outlet saying its day and the other not. (The older one has a line dated by its
    words, a retold one none: no initiative is both, so no chain forms.)"""
    for event in [e for e in newer if _retold(e)]:
        filed = {filing_day(item, offset) for item, _ in event.tags}
        parties = _parties(event)
        if len(filed) != 1 or None in filed or not parties:
            continue
        homes = [
            e
            for e in older
            if e.shape == "initiative"
            and _parties(e) == parties
            and any(
                t.date_basis not in FILING_BASES and filing_day(i, offset) in filed
                for i, t in e.tags
                if t.kind == "diplomatic_call"
            )
        ]
        if len(homes) == 1:
            homes[0].absorb(event)
            newer.remove(event)


def _retold(event: Event) -> bool:
    """An initiative whose every line its reports date only by their filing."""
    calls = [t for _, t in event.tags if t.kind == "diplomatic_call"]
    return (
        event.shape == "initiative"
        and bool(calls)
        and all(t.date_basis in FILING_BASES for _, t in event.tags)
    )


def _parties(event: Event) -> frozenset[str]:
    """Who takes part in an initiative: the parties its calls name."""
    return frozenset(p for _, t in event.tags if t.kind == "diplomatic_call" for p in t.parties)

"""Talks announced, then held: one event.

"Pompeo will host both ministers on Friday", filed on Monday, and Friday's reports of
the talks tell one event, and an analyst's timeline gives it one line, on the day the
talks were held. An announcement is dated by its own publication (a report never dates
an event after it was filed), so the builder moves it here: a report that tells only
talks still to come, naming the day they will be held, joins that day's talks when
they share a mediator and a second party with it; two announcements naming the same
day are one event, on the first one's day, until the talks come.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache

from tui.records import Tag, TaggedItem
from tui.timeline.folds import HELD_TALKS, TALKS_AHEAD
from tui.timeline.groups import days_apart

# Monday's announcement of Friday's talks
PLAN_REACH = 4

Pairs = list[tuple[TaggedItem, Tag]]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# the day talks are to be held: "on Friday", "tomorrow", "on 23 October", "October 23",
# "later this week"
_DAY_AHEAD = re.compile(
    r"\b(?:(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<tomorrow>tomorrow)"
    r"|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("m1") + r"(?!\s*\d{4})"
    r"|" + _MONTH.format("m2") + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d,]*\s*\d{4})"
    r"|(?P<week>(?:later\s+)?this\s+week))\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def days_ahead(sentence: str, filed: str) -> frozenset[str]:
    """The days after `filed` that a sentence announcing talks names for them, each
    within `PLAN_REACH` ("later this week": every day left of it). Only the words after
    the announcement count ("will host them on Friday, the paper reported on Monday")."""
    ahead = TALKS_AHEAD.search(sentence)
    if ahead is None:
        return frozenset()
    try:
        day = Date.fromisoformat(filed)
    except ValueError:
        return frozenset()
    named: set[Date] = set()
    for m in _DAY_AHEAD.finditer(sentence, ahead.end()):
        if m.group("wday"):
            gap = (_WEEKDAYS.index(m.group("wday").lower()) - day.weekday()) % 7
            named.add(day + timedelta(days=gap or 7))
        elif m.group("tomorrow"):
            named.add(day + timedelta(days=1))
        elif m.group("week"):
            named.update(day + timedelta(days=n) for n in range(1, 7 - day.weekday()))
        else:
            month = _MONTHS.index((m.group("m1") or m.group("m2")).lower()) + 1
            try:
                named.add(Date(day.year, month, int(m.group("d1") or m.group("d2"))))
            except ValueError:
                continue
    return {when.isoformat() for when in named if 0 < (when - day).days <= PLAN_REACH}


def join_planned_talks(
    days: Iterable[tuple[str, Pairs]], mediator: Callable[[str], bool]
) -> Iterator[tuple[str, Pairs]]:
    """Days in order, with announcements of talks moved to the day the talks are held
    (or to the first announcement of the same talks); `mediator` tells a party that is
    not at war. Holds the last `PLAN_REACH` days."""
    held: list[tuple[str, Pairs]] = []
    announced: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
    for day, pairs in days:
        pairs = list(pairs)
        talks_held = _held_parties(pairs)
        for earlier, earlier_pairs in held:
            moving = {
                item_id
                for item_id, (named, parties) in announced[earlier].items()
                if day in named and _same_talks(parties, talks_held, mediator)
            }
            if moving:
                _move(earlier_pairs, pairs, moving)
                announced[earlier] = _announcements(earlier, earlier_pairs)
        announced[day] = _announcements(day, pairs)
        for earlier, earlier_pairs in held:
            before = announced[earlier].values()
            moving = {
                item_id
                for item_id, (named, parties) in announced[day].items()
                if any(named & n and _same_talks(parties, p, mediator) for n, p in before)
            }
            if moving:
                _move(pairs, earlier_pairs, moving)
                announced[earlier] = _announcements(earlier, earlier_pairs)
                announced[day] = _announcements(day, pairs)
        held.append((day, pairs))
        while held and (days_apart(held[0][0], day) or 0) >= PLAN_REACH:
            announced.pop(held[0][0], None)
            yield held.pop(0)
    yield from held


def _talks(tag: Tag) -> bool:
    return tag.kind == "diplomatic_call" and tag.rule.endswith("/talks")


@lru_cache(maxsize=8192)
def _ahead(sentence: str) -> bool:
    return bool(TALKS_AHEAD.search(sentence))


def _announcements(day: str, pairs: Pairs) -> dict[str, tuple[set[str], set[str]]]:
    """Reports of `day` (or filed later and joined to it) that tell only talks still to
    come, dated by their publication: report -> (the days they name for the talks, the
    parties of the talks)."""
    candidates = {item.item_id for item, tag in pairs if _talks(tag) and _ahead(tag.evidence)}
    if not candidates:
        return {}
    by_report: dict[str, list[Tag]] = defaultdict(list)
    for item, tag in pairs:
        if item.item_id in candidates:
            by_report[item.item_id].append(tag)
    found = {}
    for item_id, tags in by_report.items():
        if not all(
            t.kind == "diplomatic_call"
            and t.date_basis == "published"
            and (t.event_date or "") >= day
            for t in tags
        ):
            continue  # tells more, dates it, or was moved here to the talks held
        if any(HELD_TALKS.search(t.evidence) for t in tags):
            continue
        named = {d for t in tags if _talks(t) for d in days_ahead(t.evidence, t.event_date or day)}
        if named:
            found[item_id] = (named, {p for t in tags for p in t.parties})
    return found


def _held_parties(pairs: Pairs) -> set[str]:
    """The parties of the talks a day's reports say were held (not announced)."""
    return {p for _, tag in pairs if _talks(tag) and not _ahead(tag.evidence) for p in tag.parties}


def _same_talks(mine: set[str], theirs: set[str], mediator: Callable[[str], bool]) -> bool:
    """Talks of a mediator and at least one more party in common."""
    shared = mine & theirs
    return len(shared) >= 2 and any(mediator(p) for p in shared)


def _move(source: Pairs, target: Pairs, reports: set[str]) -> None:
    target.extend(p for p in source if p[0].item_id in reports)
    source[:] = [p for p in source if p[0].item_id not in reports]

"""Echoes: a report is a source of the news it tells, not of its background.

A report on the strike on Ganja says the truce was agreed in Moscow the day before; a
report on the day after the truce retells the night's shelling. The tagger dates those
sentences to their own day, so the report lands in the truce's entry and the strike's:
one report, two events, and the truce's entry cites a report that tells another story.
When an event holds a report whose headline is in another event of the same day or of
a day up to three away (as far as a story's background reaches), and that report
headlines nothing in it, the report is that event's
echo: its tags there are let go, so long as other reports still tell the event (an event only echoes
tell is left whole: `asides` decides about it) and tell all it adds: the same kinds, the
same accusers and deniers, the same figures (an echo that brings a denial or a toll of
its own stays a source). The report stays linked by the entry of
its own story, so no source is lost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from tui.records import Tag
from tui.timeline.asides import REACH  # a report's background reaches as far as its asides
from tui.timeline.folds import Event, headlined_reports
from tui.timeline.groups import Group, opens_text, settle_days_within


def _without(groups: list[Group], reports: set[str]) -> list[Group]:
    """The groups with these reports' tags let go; a group left with none goes."""
    kept = []
    for g in groups:
        tags = [p for p in g.tags if p[0].item_id not in reports]
        if tags:
            kept.append(g if len(tags) == len(g.tags) else replace(g, tags=tags))
    return kept


def _let_go(event: Event, reports: set[str]) -> None:
    event.tags[:] = [p for p in event.tags if p[0].item_id not in reports]
    event.claims[:] = _without(event.claims, reports)
    event.denials[:] = _without(event.denials, reports)


def _plain_fighting(tag: Tag) -> bool:
    """Fighting told with no one blamed, no toll: the setting of the report's own story
    (the shelling that broke the truce its headline is about), not a fact it adds."""
    return tag.kind == "attack" and not tag.casualties and not tag.accuser


def _facts(event: Event, reports: set[str]) -> set[tuple[object, ...]]:
    """What these reports tell in the event: kinds, who accuses and denies, figures."""
    pairs = [*event.tags, *(p for g in [*event.claims, *event.denials] for p in g.tags)]
    found: set[tuple[object, ...]] = set()
    for item, tag in pairs:
        if item.item_id not in reports or _plain_fighting(tag):
            continue
        found.add((tag.kind, tag.accuser, tag.denier))
        found.update((c.count, c.what, c.group) for c in tag.casualties)
    return found


def unlink_echoes(days: Iterator[list[Event]]) -> Iterator[list[Event]]:
    """Each day's events, echoes of the same day's stories and of those up to `REACH` days
    away let go; a day is passed on once it has met every day within reach."""
    settled_days = (_settled_day(events) for events in days)
    yield from settle_days_within(settled_days, REACH, _settle)


def _settled_day(events: list[Event]) -> list[Event]:
    """The day's events with that day's own echoes let go."""
    if events:
        _settle_day(events)
    return events


def _settle(older: list[Event], newer: list[Event]) -> None:
    """Let go, in each day's events, the echoes of the other day's headlined stories."""
    heads = {id(e): headlined_reports(e) for e in [*older, *newer]}
    for group, others in ((older, newer), (newer, older)):
        elsewhere: set[str] = set().union(*(heads[id(o)] for o in others))
        for event in group:
            _let_go_echoes(event, elsewhere, heads[id(event)])


def _settle_day(events: list[Event]) -> None:
    """Let go, in a day's events, the echoes of that day's other headlined stories. A
    report whose lede is in the event tells it as its news (a headline of a monitoring
    deal over a lede of the ministers' talks: one story in two kinds): no echo there."""
    headlined = {id(e): headlined_reports(e) for e in events}
    # how many of the day's events headline each report (letting echoes go changes none)
    counts = Counter(r for reports in headlined.values() for r in reports)
    for event in events:
        mine = headlined[id(event)]
        elsewhere = {r for r, n in counts.items() if n > (r in mine)}
        _let_go_echoes(event, elsewhere, mine | _lede_reports(event))


def _lede_reports(event: Event) -> set[str]:
    """The reports whose first sentence the event holds."""
    return {item.item_id for item, tag in event.tags if opens_text(item.text, tag.evidence)}


def _let_go_echoes(event: Event, elsewhere: set[str], headlined_here: set[str]) -> None:
    """The event's reports headlining a story elsewhere and nothing here are let go, while
    other reports tell the event and all these add (a claim, a denial or a figure no
    other report gives keeps its report a source)."""
    mine = event.items()
    echoes = (mine & elsewhere) - headlined_here
    if not echoes or not mine - echoes:
        return
    told = _facts(event, mine - echoes)
    covered = {r for r in echoes if _facts(event, {r}) <= told}
    if covered:
        _let_go(event, covered)

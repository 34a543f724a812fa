"""Remnants: a report's charge left alone a day from the dispute it belongs to.

A report filed the day after a charge ("Baku rejects Moscow's charge that it broke the
statement") has its denial linked to the charge's day, but the charge it restates, dated
by nothing but the filing, stays on the filing day as a dispute of its own, told by that
one report. So does a denial told the day after the charge it answers when its report's
restated charge went to the charge's day, and the first night's charges of breaking a
truce told by a report that also tells the truce. Each is one event told over two days:
the remnant, an event of one report made only of charges and denials, joins the event of
the adjacent day that its report also tells, when that event is a dispute between the
same camps (or the truce between them) that other reports tell too. A remnant that holds
its report's headline while that event holds none of it is the report's own story and
stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from tui.records import Tag, TaggedItem
from tui.timeline.folds import Event, charges_topic, headlined_reports
from tui.timeline.groups import FILING_BASES, days_apart
from tui.timeline.spans import filing_day
from tui.timeline.wording import denied_topic

# what a remnant may be: charges and denials only
_REMNANT_SHAPES = frozenset({"dispute", "denial"})
# what it may join: the dispute it continues, or the truce whose breaches it charges
_HOME_SHAPES = frozenset({"dispute", "truce"})
# the tags whose dates say which day a remnant's story is
_CHARGES = frozenset({"violation_claim", "denial"})


def join_remnants(
    days: Iterable[list[Event]],
    camp: Callable[[str | None], str | None],
    regions: frozenset[str] = frozenset(),
    offset: int | None = None,
) -> Iterator[list[Event]]:
    """Each day's events, remnants let go into the adjacent day's event (see the module
    docstring); a day is passed on once the next has been read. A remnant has one
    report and a home has several, so no remnant is a home: which pairs join is read from
    the days either side alone, so a rebuild that reads a day more on each side of the
    days it writes (a poll's reads many) writes what a full rebuild writes."""
    held: list[Event] | None = None
    held_day = ""
    for events in days:
        if not events:
            continue
        day = events[0].date
        if held is not None and days_apart(held_day, day) == 1:
            _join(held, events, camp, regions, offset)
        if held:
            yield held
        held, held_day = events, day
    if held:
        yield held


def _join(
    older: list[Event],
    newer: list[Event],
    camp: Callable[[str | None], str | None],
    regions: frozenset[str],
    offset: int | None,
) -> None:
    """Let each day's remnants join their home on the other day (a truce only takes the
    charges of the day after it: one of the day before breaks no truce yet)."""
    for remnants, homes, later in ((newer, older, True), (older, newer, False)):
        for remnant in [e for e in remnants if _is_remnant(e)]:
            home = _home(remnant, homes, camp, regions, later, offset)
            if home is not None:
                home.absorb(remnant)
                remnants.remove(remnant)


def _is_remnant(event: Event) -> bool:
    """An event of one report made only of charges and denials."""
    return event.shape in _REMNANT_SHAPES and len(event.items()) == 1


def _home(
    remnant: Event,
    candidates: list[Event],
    camp: Callable[[str | None], str | None],
    regions: frozenset[str],
    later: bool,
    offset: int | None,
) -> Event | None:
    """The event of the other day that the remnant's report also tells, between the same
    camps, told by other reports too; the one with most reports."""
    (report,) = remnant.items()
    charged = _camps(remnant, camp)
    if not charged:
        return None
    headline_here = report in headlined_reports(remnant)
    # a charge dated by its own words to a day before its filing is that day's news
    # unless it breaks a truce its report tells ("attacked five posts early on Tuesday",
    # hours after it took effect); one of the filing day is the reply's restating
    undated = all(
        t.date_basis in FILING_BASES or t.event_date == filing_day(i, offset)
        for i, t in _pairs(remnant)
        if t.kind in _CHARGES
    )
    # (a region is where much happens: "drone attacks on northern Israel" is no new town)
    places = {p for _, t in _pairs(remnant) for p in t.places} - regions
    homes = [
        e
        for e in candidates
        if e.shape in _HOME_SHAPES
        and (undated or e.shape == "truce")
        and (later or e.shape != "truce")
        and report in e.items()
        and len(e.items()) > 1
        and charged <= _camps(e, camp)
        # a charge about another town is another matter ("shelled Barda on Monday")
        and places <= {p for _, t in _pairs(e) for p in t.places}
        and not (headline_here and report not in headlined_reports(e))
    ]
    return max(homes, key=lambda e: len(e.items())) if homes else None


def _pairs(event: Event) -> list[tuple[TaggedItem, Tag]]:
    """Every tag of the event with its report: its own, its claims' and its denials'."""
    return [*event.tags, *(p for g in [*event.claims, *event.denials] for p in g.tags)]


def _camps(event: Event, camp: Callable[[str | None], str | None]) -> set[str]:
    """The warring camps an event's charges, denials or truce name."""
    found: set[str | None] = set()
    for _, tag in _pairs(event):
        if tag.kind == "violation_claim":
            found.update((camp(tag.accuser), camp(tag.accused)))
        elif tag.kind == "denial":
            found.add(camp(tag.denier))
        elif tag.kind == "truce_agreed":
            found.update(camp(p) for p in tag.parties)
    return {c for c in found if c}


def join_lone_denials(
    days: Iterable[list[Event]],
    camp: Callable[[str | None], str | None],
    regions: frozenset[str] = frozenset(),
) -> Iterator[list[Event]]:
    """Each day's events, a denial that answers no charge of its day joined to the one
    dispute of the day before or after that charges the denier's camp ("Phnom Penh rejects
    the mine charge", dated a day from the army's charge that another report tells): one
    dispute, the charge beside its denial. A day is passed on once the day after it has
    been read and its denials placed: which dispute a denial joins is read from the days
    either side alone (a rebuild reads several more days on each side than it writes)."""
    held: list[list[Event]] = []
    for events in days:
        if not events:
            continue
        held.append(events)
        if len(held) >= 2:
            _answer_lone_denials(held, len(held) - 2, camp, regions)
        if len(held) >= 3:
            yield held.pop(0)
    if held:
        _answer_lone_denials(held, len(held) - 1, camp, regions)
    yield from held


def _answer_lone_denials(
    held: list[list[Event]],
    at: int,
    camp: Callable[[str | None], str | None],
    regions: frozenset[str],
) -> None:
    """Let the lone denials of day `at` join the one dispute of an adjacent day that
    charges the denier's camp, about the act or the place the denial names."""
    day = held[at]
    near = [
        e
        for other in (held[at - 1] if at > 0 else [], held[at + 1] if at + 1 < len(held) else [])
        if other and days_apart(other[0].date, day[0].date) in (1, -1)
        for e in other
        if e.shape == "dispute"
    ]
    for denial in [e for e in day if e.shape == "denial" and not e.claims]:
        deniers = {camp(t.denier) for _, t in _pairs(denial) if t.kind == "denial"} - {None}
        if not deniers:
            continue
        said = [t.evidence for _, t in _pairs(denial) if t.kind == "denial"]
        topic = denied_topic(said)
        places = {p for _, t in _pairs(denial) for p in t.places} - regions
        homes = [
            e
            for e in near
            if _charges(e, deniers, camp)
            and (topic is None or charges_topic(e, topic))
            and _same_places(places, {p for _, t in _pairs(e) for p in t.places} - regions)
        ]
        if len(homes) == 1:
            homes[0].absorb(denial)
            day.remove(denial)


def _same_places(denied: set[str], charged: set[str]) -> bool:
    """Whether a denial and a charge may be about the same act: a town in common, or one
    of them naming none."""
    return not denied or not charged or bool(denied & charged)


def _charges(
    dispute: Event, deniers: set[str | None], camp: Callable[[str | None], str | None]
) -> bool:
    """Whether a dispute holds a charge against the deniers' camp by another camp."""
    return any(
        g.tags[0][1].accused is not None
        and camp(g.tags[0][1].accused) in deniers
        and camp(g.tags[0][1].accuser) not in deniers
        for g in dispute.claims
        if g.tags
    )

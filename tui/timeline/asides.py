"""Asides across days: an entry that only echoes a story told up to three days away.

A report about the 18 October truce mentions the strike on Ganja the day before; a report
on the Mingachevir claims adds that a rocket hit Stepanakert overnight. The tagger dates
those sentences to their own day, so the builder makes an entry of them, and the report
then sits in two entries of two days: one event scattered, and a line in the timeline
that no report tells as its news. When every report of an entry already sits in an entry
of a day up to `REACH` days away that holds their headlines (one report alone included:
its headline says which day is its news), and none of them headlines the small entry, the
small entry is an aside of that story: it is dropped, and no source is lost (its reports
are linked by the story's entry). Anything a second report tells as its own news stays,
since then the small entry holds a report the story does not; so does a capture or an
exchange, which are events of their own whoever tells them. A truce only recalled below
the headline of a breach story ("late on Sunday the sides had agreed another truce") is
that story's background, as the taxonomy reads it; told as news by any report, it stays.
Harm that a story's headline names beside it ("truce takes hold; displaced families head
home"), dated by the war it recalls, is that story's too (`_headline_shared`).

One report alone behind two entries of different kinds within that reach (the same day
included) tells one event, as its reader and an analyst take it: Monday's shelling and
Tuesday's charge that it broke the truce, a visit and the strike it was dated by, a charge
and its denial. An entry that holds the report's headline (the heavier, if both do) keeps
the report; the other is that story's aside, as above. When the headline tells neither,
which is the story is not known and both stay. A headline no rule reads leaves the
story to the report's first sentence, as a reader takes the lede for the news; but a
toll of dead, a charge or a denial only such a report tells stays a line.
Two lines of one kind (shells on Tartar on Saturday, on Barda on Sunday) are two events
a report may well tell, and stay; so does a capture or an exchange, and a truce but
beside a charge that it was broken, told by the same reports, none of them with the
truce in its headline or first sentence.

A charge one day from the same charge (the same accuser against the same accused) that
more reports tell is its echo when all its reports are among them and none headlines it:
the act a report says the charge is about ("drones were seen on Saturday night", in a
report of Sunday's charge and denial) is that dispute's, not a line of its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.records import AutoEntry
from tui.timeline.groups import days_apart


def _reports(entry: AutoEntry) -> frozenset[str]:
    """The reports an entry counts (syndicated copies left out)."""
    return frozenset(s.item_id for s in entry.sources if s.duplicate_of is None)


# how far a report's background reaches from its story (as `spans` lets a dated story
# take its undated lines): recalled from further back, a line may be the only trace of
# an event and stays
REACH = 3

# kinds that are events of their own whoever tells them: never an aside (a truce is one
# unless only a breach story recalls it below its headline and lede: `_breach_story`)
_NEVER_ASIDES = frozenset({"territorial_change", "exchange"})


def is_aside(
    small: AutoEntry,
    story: AutoEntry,
    headlines: dict[str, frozenset[str]],
    reports: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> bool:
    """Whether `small` only echoes `story` (see the module docstring). `headlines` maps
    an entry's key to the reports whose headline it holds, `reports` to the reports it
    counts (worked out once per day rather than once per pair)."""
    mine, theirs = reports[small.key], reports[story.key]
    return (
        bool(mine)
        and not _NEVER_ASIDES & {small.kind, *small.kinds}
        and ("truce_agreed" not in {small.kind, *small.kinds} or _breach_story(story))
        and (apart := days_apart(small.date, story.date)) is not None
        and 0 < abs(apart) <= REACH
        and mine <= theirs
        and (not _heads(small, headlines, ledes) or _headline_shared(small, story, headlines))
        and mine <= _story_heads(small, story, headlines, ledes)
    )


def _breach_story(story: AutoEntry) -> bool:
    """Whether the story charges a breach: the truce its reports recall lower down is
    the one they say was broken, their background (a strike story's truce stays)."""
    return "violation_claim" in {story.kind, *story.kinds}


# what a headline may name beside a weightier story as that story's facet
_HARM = frozenset({"humanitarian"})


def _headline_shared(
    small: AutoEntry, story: AutoEntry, headlines: dict[str, frozenset[str]]
) -> bool:
    """Whether `small` holds one report alone whose headline the heavier `story` holds
    too ("truce begins at 4 a.m.; displaced families head south", the harm dated the
    day before by the war it recalls): one headline tells one story, the weightier one.
    Only harm told so is a facet: a meeting, a strike, a toll of dead, a charge or a
    denial the same headline names is an event of its own ("airstrikes go on; the UN
    Security Council meets")."""
    mine = headlines.get(small.key, frozenset())
    return (
        len(mine) == 1
        and mine <= headlines.get(story.key, frozenset())
        and story.weight > small.weight
        and {small.kind, *small.kinds} <= _HARM
        and not any(c.what == "killed" for c in small.casualties)
    )


# what a lede alone never makes an aside of (see `_story_heads`)
_LEDE_KEEPS = frozenset({"denial", "violation_claim"})


def _heads(
    entry: AutoEntry,
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> frozenset[str]:
    """The reports whose headline (or, headline unread, whose lede) the entry holds."""
    return headlines.get(entry.key, frozenset()) | ledes.get(entry.key, frozenset())


def _story_heads(
    small: AutoEntry,
    story: AutoEntry,
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> frozenset[str]:
    """The reports `story` tells as their news, over `small`: by their headline, or by
    their lede unless `small` gives a toll of dead, a charge or a denial (kept as a line
    of its own: "Baku denies it", lower down, is a fact no lede makes an aside)."""
    if any(c.what == "killed" for c in small.casualties) or _LEDE_KEEPS & {*small.kinds}:
        return headlines.get(story.key, frozenset())
    return _heads(story, headlines, ledes)


def _standing(
    entry: AutoEntry,
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> tuple:
    """How an entry ranks against another told by the same reports alone: the one with
    their headlines first, then their ledes, then the heavier, then the earlier; the key
    breaks ties. (A lede counts below a headline: the builder sees a report a day at a
    time, so a lede dated apart from a headline read on another day looks unheadlined.)"""
    held = len(headlines.get(entry.key, frozenset()))
    led = len(ledes.get(entry.key, frozenset()))
    return (held, led, entry.weight, _negated(entry.date), entry.key)


def _negated(day: str) -> tuple[int, ...]:
    """A date that sorts backwards (the earlier day ranks higher)."""
    return tuple(-int(part) for part in day.split("-") if part.isdigit())


def is_lone_echo(
    small: AutoEntry,
    story: AutoEntry,
    headlines: dict[str, frozenset[str]],
    reports: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> bool:
    """Whether `small` and `story`, of different kinds, are told by the same reports
    alone, within `REACH` days, and `small` ranks below (see the module docstring)."""
    mine = reports[small.key]
    return (
        bool(mine)
        and small.kind != story.kind
        and mine == reports[story.key]
        and mine <= _story_heads(small, story, headlines, ledes)
        and not _NEVER_ASIDES & {small.kind, *small.kinds}
        and ("truce_agreed" not in {small.kind, *small.kinds} or _breach_story(story))
        and (apart := days_apart(small.date, story.date)) is not None
        and abs(apart) <= REACH
        and _standing(small, headlines, ledes) < _standing(story, headlines, ledes)
    )


def is_dispute_echo(
    small: AutoEntry,
    story: AutoEntry,
    headlines: dict[str, frozenset[str]],
    reports: dict[str, frozenset[str]],
) -> bool:
    """Whether `small`, a charge the day before `story` that makes the same charge (the
    same accuser against the same accused, at no other place), only echoes it: every
    report of `small` is among `story`'s, which more reports tell, and none headlines
    `small` ("drones were seen on Sunday night, Bangkok says", in a report of Monday's
    charge and denial). A fresh charge of the next day, or at another town, stays."""
    mine, theirs = reports[small.key], reports[story.key]
    pairs = {(c.accuser, c.accused) for c in small.claims}
    return (
        bool(mine)
        and small.kind == story.kind == "violation_claim"
        and days_apart(small.date, story.date) == 1  # the act of the day before the charge
        and set(small.places) <= set(story.places)
        and mine < theirs
        and not headlines.get(small.key)
        and all(a and b for a, b in pairs)
        and pairs <= {(c.accuser, c.accused) for c in story.claims}
    )


def drop_asides(
    entries: Iterator[AutoEntry],
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> Iterator[AutoEntry]:
    """Entries in date order, asides of a nearby day's story left out; holds the days
    within `REACH` of the newest.

    `headlines` and `ledes` are filled by the builder as it makes each entry; keys are
    forgotten once their entry has been passed on.
    """
    held: list[tuple[str, list[AutoEntry]]] = []  # the days within reach, oldest first
    for entry in entries:
        if held and entry.date == held[-1][0]:
            held[-1][1].append(entry)
            continue
        while held and (days_apart(held[0][0], entry.date) or 0) > REACH:
            yield from _release_oldest(held, headlines, ledes)
        held.append((entry.date, [entry]))
    while held:
        yield from _release_oldest(held, headlines, ledes)


def _release_oldest(
    held: list[tuple[str, list[AutoEntry]]],
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> Iterator[AutoEntry]:
    """Settle the oldest held day with itself and every later one within reach, then
    pass it on."""
    _, oldest = held.pop(0)
    reports = {e.key: _reports(e) for e in oldest}
    oldest[:] = [
        e for e in oldest if not any(is_lone_echo(e, o, headlines, reports, ledes) for o in oldest)
    ]
    for _, later in held:
        _settle(oldest, later, headlines, ledes)
    yield from _release(oldest, headlines, ledes)


def _settle(
    older: list[AutoEntry],
    newer: list[AutoEntry],
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> None:
    """Leave out of each day the asides of the other day's stories."""
    reports = {e.key: _reports(e) for e in [*older, *newer]}
    for group, others in ((older, newer), (newer, older)):
        group[:] = [
            e
            for e in group
            if not any(
                # each test needs e's reports among o's: asked first, it skips the rest
                # for nearly every pair (~100,000 a poll's rebuild at 200,000 stored)
                (mine := reports[e.key])
                and mine <= reports[o.key]
                and (
                    is_aside(e, o, headlines, reports, ledes)
                    or is_lone_echo(e, o, headlines, reports, ledes)
                    or is_dispute_echo(e, o, headlines, reports)
                )
                for o in others
            )
        ]


def _release(
    day: list[AutoEntry],
    headlines: dict[str, frozenset[str]],
    ledes: dict[str, frozenset[str]],
) -> Iterator[AutoEntry]:
    """A settled day's entries, their headline keys forgotten (their day is over)."""
    for entry in day:
        headlines.pop(entry.key, None)
        ledes.pop(entry.key, None)
        yield entry

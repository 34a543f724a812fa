"""Talks, a truce in force, a toll told over days: the second day joins the first; a
longer run stays day by day, the same whatever day a rebuild starts reading from.

Hand-made tags (the builder alone, not the tagger); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_planned_talks import build, report, talks
from tui.records import AutoEntry, Casualty, TaggedItem

DAYS = [f"2020-10-{day}" for day in range(19, 25)]  # six days running


def day_of_talks(day: str) -> TaggedItem:
    sentence = f"The mediators met both foreign ministers again in Geneva ({day})"
    return report(f"geneva-{day}", day, talks(sentence, day, places=("Geneva",)))


def lines(entries: list[AutoEntry], since: str) -> list[tuple[str, list[str]]]:
    return [(e.date, sorted(e.item_ids)) for e in entries if e.date >= since]


def test_two_days_of_talks_are_one_line_on_the_first() -> None:
    entries = build(*(day_of_talks(d) for d in DAYS[:2]))
    assert lines(entries, DAYS[0]) == [(DAYS[0], [f"geneva-{DAYS[0]}", f"geneva-{DAYS[1]}"])]


def test_a_run_of_talks_pairs_up_the_same_wherever_reading_starts() -> None:
    """A poll's rebuild reads a few days before the days it writes: the lines it writes
    from the third day it reads on must be those a full rebuild writes. Days paired by
    counting from the run's start (1+2, 3+4, 5+6) would pair 2+3, 4+5 when read from the
    second day."""
    whole = build(*(day_of_talks(d) for d in DAYS))
    from_second_day = build(*(day_of_talks(d) for d in DAYS[1:]))
    assert lines(from_second_day, DAYS[3]) == lines(whole, DAYS[3])
    assert len(lines(whole, DAYS[2])) == 4  # the third day on: a line a day


def in_force_on(day: str) -> TaggedItem:
    sentence = f"The truce between Armenia and Azerbaijan took effect at midnight ({day})"
    truce = talks(sentence, day, parties=("armenia", "azerbaijan"))
    truce = replace(truce, kind="truce_agreed", rule="truce_agreed/takes-effect")
    return report(f"truce-{day}", day, truce)


def strike_on(day: str) -> TaggedItem:
    sentence = f"A shell hit Martuni overnight, killing three, officials said ({day})"
    toll = Casualty(count=3, what="killed")
    hit = talks(sentence, day, parties=(), places=("Martuni",))
    hit = replace(hit, kind="attack", rule="attack/strike", casualties=(toll,))
    return report(f"strike-{day}", day, hit)


def test_a_truce_said_in_force_day_after_day_pairs_up_the_same_wherever_reading_starts() -> None:
    whole = build(*(in_force_on(d) for d in DAYS))
    from_second_day = build(*(in_force_on(d) for d in DAYS[1:]))
    assert lines(from_second_day, DAYS[3]) == lines(whole, DAYS[3])


def test_the_same_toll_day_after_day_pairs_up_the_same_wherever_reading_starts() -> None:
    whole = build(*(strike_on(d) for d in DAYS))
    from_second_day = build(*(strike_on(d) for d in DAYS[1:]))
    assert lines(from_second_day, DAYS[3]) == lines(whole, DAYS[3])


def test_a_meeting_another_outlet_dates_the_day_before_is_that_meeting() -> None:
    """Filed on Wednesday: one report says the armies' officers met at the bridge "on
    Tuesday", another tells the same meeting with no day. One meeting, on Tuesday. The
    undated report stays Wednesday's news when no report filed that day dates the
    meeting to Tuesday, or when it names other parties."""
    tuesday, wednesday = DAYS[0], DAYS[1]
    sides = ("armenia", "azerbaijan")
    dated = talks(
        "The two armies' officers met at the bridge on Tuesday",
        tuesday,
        parties=sides[::-1],  # (named the other way round: no session's signature)
        date_basis="weekday",
    )
    undated = talks("Officers of both armies met at the bridge", wednesday, parties=sides)
    told_dated = report("dated", wednesday, dated)
    told_undated = report("undated", wednesday, undated)
    assert lines(build(told_dated, told_undated), tuesday) == [(tuesday, ["dated", "undated"])]
    filed_tuesday = report("dated", tuesday, dated)
    assert len(build(filed_tuesday, told_undated)) == 2
    russia = talks(
        "Officers of both armies met Russian officers at the bridge",
        wednesday,
        parties=("russia", *sides),
    )
    assert len(build(told_dated, report("undated", wednesday, russia))) == 2

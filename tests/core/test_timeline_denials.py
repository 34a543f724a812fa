"""Denials that answer no claim of the day: where a reader finds them.

Hand-made tags (the builder alone, not the tagger), built with the event tests' helpers;
sentences are our own words.
"""

from __future__ import annotations

from tests.core.test_timeline_events import DAY, build, killed, report, tag

NEXT = "2020-10-29"
HEADLINE = "Stepanakert counts nine civilians dead; Yerevan rejects the Mingachevir claim"
DENIED = "Baku's story of an Armenian missile on Mingachevir is a lie, Yerevan said."


def test_a_sides_denial_about_one_town_retold_the_next_day_is_one_entry() -> None:
    at = ("Mingachevir",)
    first = report(
        "a",
        tag("denial", HEADLINE, denier="armenia", places=at),
        tag(
            "casualties",
            "Nine civilians in Nagorno-Karabakh were killed this week, an official said.",
            places=("Nagorno-Karabakh",),
            casualties=(killed(9, "armenia"),),
        ),
        tag("denial", DENIED, denier="armenia", places=at),
        tag("attack", DENIED, places=at),
    )
    again = report(
        "b",
        tag(
            "denial",
            "Yerevan says reports of fire from Armenia are fake.",
            denier="armenia",
            event_date=NEXT,
        ),
        tag(
            "denial",
            "Armenia also rejected reports of a strike on Mingachevir.",
            denier="armenia",
            places=at,
            event_date=NEXT,
        ),
        tag(
            "attack",
            "Stepanakert was shelled for another day.",
            places=("Stepanakert",),
            event_date=NEXT,
        ),
        day=NEXT,
    )
    entries = build(first, again)
    # the day before holds one line for the Mingachevir denial, with both reports
    assert [e.item_ids for e in entries if e.date == DAY] == [("a", "b")]

"""Civilian harm is titled with what the sentences tell, never with a place's hospital.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_events import build, report, tag
from tui.records import AutoEntry


def harm_title(*sentences: str, place: str = "Tyre") -> str:
    tags = [tag("humanitarian", s, places=(place,)) for s in sentences]
    [entry] = build(report("a", *tags), report("b", *tags))
    return entry.title


def test_people_going_home_are_titled_as_a_return() -> None:
    back = "Families who fled the bombing streamed back to Tyre on Thursday."
    assert harm_title(back) == "Displaced residents return to Tyre"


def test_homes_set_on_fire_say_so() -> None:
    fire = "Departing residents set fire to their houses before the handover."
    assert harm_title(fire, place="Kalbajar") == "Homes burned or destroyed in Kalbajar"


def test_a_hospital_the_freed_men_were_taken_to_is_no_hospital_hit() -> None:
    taken = "The freed detainees were driven to a hospital in Tyre for checks."
    title = harm_title(taken)
    assert "hospital" not in title.lower()
    assert title == "Civilians harmed in Tyre"


def _fled(headline: str) -> list[AutoEntry]:
    """A report headlined by `headline` that says, lower down, half the region has fled
    the fighting (at no place, killing no one)."""
    body = "About half the region's people have fled because of the fighting, he said."
    tags = [
        tag(
            "humanitarian" if "fled" in headline else "attack",
            headline,
            places=("Nagorno-Karabakh",),
        ),
        tag("humanitarian", body),
        tag("attack", body, rule="attack/fighting"),
    ]
    return build(replace(report("a", *tags), title=headline))


def test_harm_a_report_headlines_leads_over_the_fighting_that_caused_it() -> None:
    [entry] = _fled("Half of Karabakh's people have fled their homes, ombudsman says")
    assert entry.kind == "humanitarian"
    assert entry.title == "Civilians displaced in Nagorno-Karabakh"


def test_fighting_a_report_headlines_stays_the_fighting() -> None:
    [entry] = _fled("Fighting rages across Karabakh for a tenth day")
    assert entry.kind == "attack"


def test_a_return_home_is_titled_at_the_home_not_where_people_had_fled() -> None:
    back = "Buses carrying families who had fled to Armenia returned to Stepanakert."
    assert harm_title(back, place="Stepanakert") == "Displaced residents return to Stepanakert"

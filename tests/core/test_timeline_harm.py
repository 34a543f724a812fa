"""Civilian harm is titled with what the sentences tell, never with a place's hospital.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from tests.core.test_timeline_events import build, report, tag


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

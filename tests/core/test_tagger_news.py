"""What is not news: negation, hedges, recaps, truces named in passing."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


# ---- negation, hedges, recap ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence ministry said no ceasefire violations were recorded overnight.",
        "Azerbaijan denied violating the ceasefire.",
        "Baku insisted its forces did not breach the truce.",
    ],
)
def test_negated_claims_accuse_nobody(tagger: Tagger, text: str) -> None:
    tags = tagger.tag("", text, "2020-10-20")
    assert not any(t.kind == "violation_claim" and t.accused for t in tags)


def test_denial_of_breach_is_a_denial(tagger: Tagger) -> None:
    tags = tagger.tag("", "Azerbaijan denied violating the ceasefire.", "2020-10-20")
    assert first(tags, "denial").denier == "azerbaijan"


@pytest.mark.parametrize(
    "text",
    [
        "Mediators urged the sides to agree a ceasefire.",
        "A truce would be possible if Armenia withdrew, Aliyev said.",
        "Both sides said they were ready to sign a ceasefire.",
        "No ceasefire has been agreed so far.",
    ],
)
def test_hopes_conditions_and_negations_are_no_truce(tagger: Tagger, text: str) -> None:
    assert "truce_agreed" not in kinds(tagger.tag("", text, "2020-10-05"))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Shelling resumed near Fuzuli, days after the truce agreed on Saturday.", "2020-10-14"),
        ("Since the truce was agreed in Moscow, fighting has not stopped.", "2020-10-14"),
        ("The sides had agreed a ceasefire in 1994 that held for decades.", "2020-10-14"),
        ("Armenia and Azerbaijan agreed a truce on 10 October.", "2020-11-13"),
        ("The truce, which took effect at noon, did little to calm the front.", "2020-10-10"),
        ("Red Cross staff prepared body handovers as the truce started.", "2020-10-10"),
    ],
)
def test_recaps_are_no_new_truce(tagger: Tagger, text: str, published: str) -> None:
    assert "truce_agreed" not in kinds(tagger.tag("", text, published))


def test_truce_named_inside_a_violation_is_no_new_truce(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Baku said Armenian troops violated the truce agreed on Saturday in Moscow.",
        "2020-10-11",
    )
    assert kinds(tags) >= {"violation_claim"}
    assert "truce_agreed" not in kinds(tags)


def test_topic_mention_of_fighting_is_no_attack(tagger: Tagger) -> None:
    tags = tagger.tag("", "Putin spoke with Pashinyan about the fighting in Karabakh.", None)
    assert "attack" not in kinds(tags)
    assert "diplomatic_call" in kinds(tags)


@pytest.mark.parametrize(
    "text",
    [
        "Geneva talks agreed humanitarian steps, not a ceasefire.",
        "Macron, Putin and Trump called jointly for a ceasefire.",
        "The EU urged both sides to agree a truce.",
        # a truce named on a later day is background
        "Turkey said the truce agreed in Moscow on Saturday was a first step.",
    ],
)
def test_not_a_new_truce(tagger, text):
    assert "truce_agreed" not in kinds(tagger.tag("", text, "2020-10-13T10:00:00Z"))


def test_a_truce_named_on_its_own_day_is_news(tagger):
    tags = tagger.tag(
        "", "Iran welcomed the humanitarian ceasefire agreed in Moscow overnight.", "2020-10-10"
    )
    assert first(tags, "truce_agreed").event_date == "2020-10-10"

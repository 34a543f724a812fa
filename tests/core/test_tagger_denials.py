"""Denials told as judgements of the other side's claim, or as the speaker's compliance."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The report bears no relation to reality, the Azerbaijani defence ministry said.",
            "azerbaijan",
        ),
        ("The information is groundless and another fabrication, Stepanyan said.", "armenia"),
        ("We have nothing at all to do with it, the Turkish foreign minister said.", "turkey"),
        ("Armenia countered the allegations in a statement.", "armenia"),
        ("Talk of foreign fighters is far from the truth, Hajiyev said.", "azerbaijan"),
        ("Baku's account was contradicted by Yerevan.", "armenia"),
        (
            "The ministry statement does not reflect reality, Armenia's defence ministry said.",
            "armenia",
        ),
        ("There is no evidence Azerbaijan broke the ceasefire, Aliyev said.", "azerbaijan"),
        (
            "Baku's statement that our troops hit Barda is groundless and false, Stepanyan said.",
            "armenia",
        ),
        ("Reports of shelling Ganja from Armenia are misinformation, Stepanyan said.", "armenia"),
        ("The Azerbaijani army does not shell towns and villages, Hasanov declared.", "azerbaijan"),
    ],
)
def test_a_judgement_of_the_claim_is_a_denial(tagger: Tagger, text: str, denier: str) -> None:
    assert first(tagger.tag("", text, "2020-10-13"), "denial").denier == denier


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Our forces strictly observe the humanitarian truce, the Azerbaijani ministry said.",
            "azerbaijan",
        ),
        ("The Armenian army has never violated the ceasefire, Stepanyan said.", "armenia"),
        ("No shots were fired from our side, the Karabakh army said.", "nagorno_karabakh"),
        ("There had been no armed clashes in any region, Cambodia's ministry said.", None),
    ],
)
def test_compliance_as_the_answer_is_a_denial(tagger: Tagger, text: str, denier) -> None:
    tags = tagger.tag("", text, "2020-10-13")
    assert "denial" in kinds(tags)
    assert "violation_claim" not in kinds(tags)
    if denier:
        assert first(tags, "denial").denier == denier


def test_baku_claim_is_false_names_the_speaker_as_denier(tagger: Tagger) -> None:
    tags = tagger.tag(
        "Armenia rejects shelling claim",
        "Baku's claim that our forces shelled Ganja despite the truce is false, the "
        "spokeswoman said.",
        "2020-10-13",
    )
    denial = first(tags, "denial")
    assert denial.denier == "armenia"
    claim = first(tags, "violation_claim")
    assert claim.accuser == "azerbaijan"


@pytest.mark.parametrize(
    "text",
    [
        "Hajiyev called the facts in Armenia's security strategy false.",
        "Baku rejected the Minsk Group's format.",
        "Pashinyan said the Armenian side has done everything to keep the truce.",
    ],
)
def test_no_denial(tagger: Tagger, text: str) -> None:
    assert "denial" not in kinds(tagger.tag("", text, "2020-10-13"))

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


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # the speaker's own act of war denied: "it", "we", "its / our forces" did not
        ("Armenia insists it did not fire on Tartar.", "armenia"),
        ("Baku said its troops had not crossed into Armenia.", "azerbaijan"),
        ("Our units were not involved in any attack, Stepanyan said.", "armenia"),
        ("Ankara said no Turkish jets were involved.", "turkey"),
        # a judgement of the other side's evidence
        ("Yerevan said the video was staged.", "armenia"),
        ("The footage is doctored, the Azerbaijani defence ministry said.", "azerbaijan"),
    ],
)
def test_own_acts_denied_and_evidence_judged(tagger: Tagger, text: str, denier: str) -> None:
    assert first(tagger.tag("", text, None), "denial").denier == denier


@pytest.mark.parametrize(
    "text",
    [
        # denying someone a thing is deprivation, not a denial
        "Armenia was denied a seat at the talks.",
        "Residents were denied food and water for days.",
        "The army is denying aid convoys access to the town.",
        # an act not of war, said in the negative
        "The army said it did not retreat from Hadrut.",
        "Russia said it did not see any violations overnight.",
    ],
)
def test_deprivation_and_other_negatives_are_no_denial(tagger: Tagger, text: str) -> None:
    assert "denial" not in kinds(tagger.tag("", text, None))


def test_a_passive_denial_by_an_agent_stays_a_denial(tagger: Tagger) -> None:
    assert first(tagger.tag("", "The strike was denied by Baku.", None), "denial").denier == (
        "azerbaijan"
    )


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Baku's account doesn't tally with the facts, Stepanyan said.", "armenia"),
        ("The report does not square with reality, the Azerbaijani ministry said.", "azerbaijan"),
        ("The charges do not match the facts, Hajiyev said.", "azerbaijan"),
    ],
)
def test_any_verb_of_agreeing_with_the_facts_negated(
    tagger: Tagger, text: str, denier: str
) -> None:
    assert first(tagger.tag("", text, None), "denial").denier == denier


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("There is no evidence that our troops fired, Stepanyan said.", "armenia"),
        ("There is no proof for these allegations, Yerevan said.", "armenia"),
        ("Ankara said there was no evidence of its involvement.", "turkey"),
        ("There is absolutely no proof to back the claim, Hajiyev said.", "azerbaijan"),
    ],
)
def test_no_evidence_of_a_charge_or_an_act_denies(tagger: Tagger, text: str, denier: str) -> None:
    assert first(tagger.tag("", text, None), "denial").denier == denier


def test_a_finding_of_no_evidence_denies_nothing(tagger: Tagger) -> None:
    text = "Human Rights Watch found no evidence of military targets in the district."
    assert "denial" not in kinds(tagger.tag("", text, None))

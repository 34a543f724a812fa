"""Violation claims without "violated", and who accuses whom by grammar."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Azerbaijan does not adhere to the truce and keeps firing at towns, Stepanyan said.",
            "armenia",
            "azerbaijan",
        ),
        (
            "Under the cover of the truce, Armenia continues to attack villages, Hajiyev said.",
            "azerbaijan",
            "armenia",
        ),
        ("Armenia hides behind the humanitarian truce, the Azerbaijani ministry said.", None, None),
        (
            "Ignoring its commitment, Azerbaijan kept up operations in the south, Yerevan said.",
            "armenia",
            "azerbaijan",
        ),
        ("Baku is wrecking the ceasefire, the Armenian foreign ministry said.", "armenia", None),
        ("Yerevan said Azerbaijan does not observe the declaration.", "armenia", "azerbaijan"),
        (
            "The shelling amounts to a breach of the agreement reached last night, Baku said.",
            "azerbaijan",
            None,
        ),
        (
            "The truce collapsed as Azerbaijan resumed shelling of the town, the Armenian "
            "ministry said.",
            "armenia",
            "azerbaijan",
        ),
        (
            "Weeks after the ceasefire, Azerbaijani forces resumed offensive operations, "
            "the Karabakh army said.",
            "nagorno_karabakh",
            "azerbaijan",
        ),
        ("Lavrov said the agreed truce is not being fully respected.", "russia", None),
        (
            "Armenian forces fired on Tovuz, a gross violation of the truce for the second "
            "time, Baku said.",
            "azerbaijan",
            "armenia",
        ),
        ("Armenia used the truce to regroup its forces, Aliyev said.", "azerbaijan", "armenia"),
    ],
)
def test_a_breach_in_other_words(
    tagger: Tagger, text: str, accuser: str | None, accused: str | None
) -> None:
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    if accuser:
        assert claim.accuser == accuser
    if accused:
        assert claim.accused == accused


def test_a_party_that_condemns_a_breach_accuses(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Armenia condemned Azerbaijan for a second violation of the ceasefire.", "2020-10-13"
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")
    assert "diplomatic_call" not in kinds(tags)  # a claim, not a diplomatic call


def test_a_mediator_that_condemns_calls(tagger: Tagger) -> None:
    tags = tagger.tag("", "France condemned the escalation and urged a ceasefire.", "2020-10-13")
    assert "diplomatic_call" in kinds(tags)


def test_the_claims_by_y_make_y_the_accuser(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Yerevan dismissed the claims by Baku that Armenian forces shelled Tartar in breach "
        "of the ceasefire.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")
    assert first(tags, "denial").denier == "armenia"
    # the attack inside the denied claim is no allegation by the denier
    assert {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"} == {
        ("azerbaijan", "armenia")
    }


def test_the_denier_is_never_the_accuser_of_what_it_denies(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Armenia firmly rejected the accusations made by Azerbaijan, which accuse it of "
        "breaking the truce.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")
    assert first(tags, "denial").denier == "armenia"


def test_a_claim_named_in_a_judgement_belongs_to_its_owner(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "The claims by Azerbaijan that Armenia violated the truce are false, the Armenian "
        "defence ministry said.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")
    assert first(tags, "denial").denier == "armenia"


def test_a_counter_accusation_beside_a_denial_stays_the_deniers(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Armenia denied Baku's claims and accused Azerbaijan of violating the truce.", None
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_violations_of_one_party_even_when_asked_to_stop(tagger: Tagger) -> None:
    text = "The sponsors of the truce must stop the enemy's continued violations, Pashinyan said."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_past_perfect_before_a_trailing_speech_verb_is_news(tagger: Tagger) -> None:
    text = "Azerbaijan had breached the truce at least 54 times, Pashinyan said."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_a_warring_party_complaining_of_a_breach_accuses_the_other_side(tagger: Tagger) -> None:
    text = "Villages near Tartar were shelled in gross violation of the deal, Baku said."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")


def test_a_mediator_complaining_of_a_breach_accuses_no_one(tagger: Tagger) -> None:
    text = "One ceasefire violation was recorded near Hadrut, the Russian ministry said."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("russia", None)


@pytest.mark.parametrize(
    "text",
    [
        "Baku strongly condemned the Armenian shelling of Ganja during the ceasefire.",
        "Armenian rockets hit Tartar amid the humanitarian truce, the Azerbaijani ministry said.",
    ],
)
def test_an_attack_during_the_truce_is_a_claim(tagger: Tagger, text: str) -> None:
    """'During' or 'amid' the truce, like 'after' it: the attack breaks it."""
    claim = first(tagger.tag("", text, None), "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")


@pytest.mark.parametrize(
    "text",
    [
        "The shelling went on during the truce talks in Moscow.",
        "Rockets were fired after the ceasefire talks ended.",
    ],
)
def test_fighting_during_truce_talks_is_no_claim(tagger: Tagger, text: str) -> None:
    assert "violation_claim" not in kinds(tagger.tag("", text, None))

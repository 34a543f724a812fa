"""Another conflict by data only: a profile of parties, places and sides reads its news."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import DEFAULT_PROFILE_PATH, load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def thai() -> Tagger:
    return Tagger(load_profile(DEFAULT_PROFILE_PATH.parent / "thai_cambodia.toml"))


@pytest.fixture(scope="module")
def lebanon() -> Tagger:
    return Tagger(load_profile(DEFAULT_PROFILE_PATH.parent / "lebanon.toml"))


@pytest.fixture(scope="module")
def india_pakistan() -> Tagger:
    return Tagger(load_profile(DEFAULT_PROFILE_PATH.parent / "india_pakistan.toml"))


def test_thai_profile_tags_a_truce(thai: Tagger) -> None:
    tags = thai.tag("", "Thailand and Cambodia agreed to an immediate ceasefire on Monday.", None)
    assert "truce_agreed" in kinds(tags)


def test_thai_profile_reads_accuser_and_accused(thai: Tagger) -> None:
    tags = thai.tag(
        "",
        "The Thai army accused Cambodian troops of violating the ceasefire near Ta Muen Thom.",
        "2025-07-29",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("thailand", "cambodia")


def test_thai_profile_reads_a_denial(thai: Tagger) -> None:
    tags = thai.tag(
        "", "Cambodia's defence ministry denied that its troops had fired on Thai posts.", None
    )
    assert first(tags, "denial").denier == "cambodia"


def test_lebanon_profile_reads_a_claim(lebanon: Tagger) -> None:
    tags = lebanon.tag(
        "", "Lebanon accused Israel of breaching the ceasefire with strikes in the south.", None
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("lebanon", "israel")


@pytest.mark.parametrize(
    "text",
    [
        "An arms depot of Hezbollah in southern Lebanon was hit by Israeli jets over breaches "
        "of the truce, the Israeli army said.",
        "A Hezbollah launcher in south Lebanon was destroyed over violations of the truce, "
        "the Israeli army said.",
        "A Hezbollah weapons cache across Lebanon was bombed for breaching the ceasefire, the "
        "Israeli army said.",
    ],
)
def test_lebanon_named_as_a_place_is_no_party(lebanon: Tagger, text: str) -> None:
    """A country or its south named as a location is the site, never the accused."""
    claim = first(lebanon.tag("", text, None), "violation_claim")
    assert (claim.accuser, claim.accused) == ("israel", "hezbollah")


def test_lebanon_named_as_a_speaker_stays_a_party(lebanon: Tagger) -> None:
    tags = lebanon.tag(
        "", "Lebanon accused Israel of violating the ceasefire in southern Lebanon.", None
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("lebanon", "israel")


def test_thai_profile_reads_an_own_act_denied(thai: Tagger) -> None:
    tags = thai.tag("", "Phnom Penh said its soldiers had not laid any new mines.", None)
    assert first(tags, "denial").denier == "cambodia"


def test_lebanon_profile_names_hezbollah_as_the_lebanese_group(lebanon: Tagger) -> None:
    """Wire copy calls Hezbollah "the Lebanese group": an alias in the profile's data."""
    tags = lebanon.tag(
        "",
        "Rocket fire by the Lebanese group is a breach of the ceasefire, the Israeli army said.",
        None,
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("israel", "hezbollah")


def test_india_pakistan_profile_tags_a_truce(india_pakistan: Tagger) -> None:
    text = "India and Pakistan agreed to stop all firing on land, in the air and at sea from 5 pm."
    assert "truce_agreed" in kinds(india_pakistan.tag("", text, "2025-05-10"))


def test_india_pakistan_profile_reads_an_official_as_accuser(india_pakistan: Tagger) -> None:
    tags = india_pakistan.tag(
        "",
        "Foreign Secretary Vikram Misri accused Pakistan of repeatedly violating the ceasefire "
        "along the Line of Control.",
        "2025-05-10",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("india", "pakistan")


def test_india_pakistan_place_named_for_a_party_is_no_party(india_pakistan: Tagger) -> None:
    """A place named after a party ("Pakistan-administered Kashmir") is a site, not a side."""
    tags = india_pakistan.tag(
        "",
        "Indian troops shelled Kotli in Pakistan-administered Kashmir in breach of the "
        "ceasefire, the ISPR said.",
        "2025-05-10",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("pakistan", "india")
    assert "Azad Kashmir" in claim.places


def test_india_pakistan_profile_reads_a_minister_denying(india_pakistan: Tagger) -> None:
    tags = india_pakistan.tag(
        "",
        "Information Minister Attaullah Tarar denied that Pakistan had broken the ceasefire.",
        None,
    )
    assert first(tags, "denial").denier == "pakistan"

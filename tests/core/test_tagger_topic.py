"""A report about something else entirely makes no tag, and a civilian building is
humanitarian only where it is harmed (issue 13, no false facts). Our own sentences."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import kinds
from tui.profile import load_profile
from tui.tagger import Tagger

PUBLISHED = "2020-10-15T10:00:00Z"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Baku stock market climbs with oil prices",
            "Shares traded in Baku ended the day 2 percent higher, and markets in Moscow and "
            "Istanbul also rose.",
        ),
        (
            "Yerevan opera hosts autumn festival",
            "The festival opened with a concert of Armenian music, with guests from France.",
        ),
        (
            "Baku club wins away in European league",
            "The Azerbaijani champions scored late to beat their hosts in the league's group "
            "stage.",
        ),
    ],
)
def test_a_report_of_something_else_makes_no_tag(tagger: Tagger, title: str, text: str) -> None:
    assert tagger.tag(title, text, PUBLISHED) == []


def test_markets_beside_the_war_are_no_humanitarian_harm(tagger: Tagger) -> None:
    tags = tagger.tag(
        "Markets calm as Karabakh fighting goes on",
        "European stock markets held steady on Thursday while traders watched the fighting.",
        PUBLISHED,
    )
    assert "humanitarian" not in kinds(tags)


@pytest.mark.parametrize(
    "text",
    [
        "Armenian rockets struck a market in Barda, Baku said.",
        "A school in Martuni was badly damaged by Azerbaijani shelling, officials said.",
    ],
)
def test_a_civilian_building_that_is_hit_is_humanitarian(tagger: Tagger, text: str) -> None:
    assert "humanitarian" in kinds(tagger.tag("", text, PUBLISHED))


def test_a_war_report_with_a_word_of_another_subject_is_read(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Baku said Armenian shells fell near a football pitch in Tartar.", PUBLISHED
    )
    assert "attack" in kinds(tags)

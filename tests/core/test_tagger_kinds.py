"""The tagger finds each event kind, its places and the diplomacy it names."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger

# ---- one case per kind ----------------------------------------------------------------


def test_evidence_and_rule_are_kept(tagger: Tagger) -> None:
    tags = tagger.tag("", "Stray talk. Baku said Armenian troops breached the truce.", "2020-10-20")
    claim = first(tags, "violation_claim")
    assert claim.evidence == "Baku said Armenian troops breached the truce."
    assert claim.rule.startswith("violation_claim/")


def test_a_place_name_as_a_modifier_names_no_party(tagger):
    tags = tagger.tag("", "Washington announced a third Karabakh truce from Monday.", "2020-10-25")
    assert "nagorno_karabakh" not in first(tags, "truce_agreed").parties


def test_a_venue_is_no_site_of_an_attack(tagger):
    tags = tagger.tag("", "Rockets hit Ganja hours after the truce agreed in Moscow.", "2020-10-11")
    assert first(tags, "attack").places == ("Ganja",)


# ---- territorial change: a town, never the whole region ------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Artsakh spokesman said the town of Shushi was completely out of the control "
            "of the Artsakh authorities.",
            ("Shushi",),
        ),
        ("Karabakh officials admitted that Shusha had fallen.", ("Shushi",)),
    ],
)
def test_a_territorial_change_names_the_town_not_the_region(tagger, text, town):
    tag = first(tagger.tag("", text, "2020-11-09T08:00:00Z"), "territorial_change")
    assert tag.places[: len(town)] == town
    assert "Nagorno-Karabakh" not in tag.places


def test_the_region_is_a_profile_property():
    regions = [p.name for p in load_profile().places if p.region]
    assert regions == ["Nagorno-Karabakh"]


# ---- diplomacy: events and diplomats, not actors and activists --------------------------


@pytest.mark.parametrize(
    ("text", "is_call"),
    [
        ("Analysts say the mediators have little leverage left.", False),
        ("Moscow mediated ten hours of talks between the ministers.", True),
        ("Pashinyan insists that Armenian lines are holding in the south.", False),
        ("Tehran insisted on an immediate ceasefire and talks.", True),
        ("Amnesty International urges both armies to stop using cluster bombs.", False),
        ("Human rights groups called for an end to the shelling of towns.", False),
        ("The UN Secretary-General urges both sides to stop the fighting.", True),
    ],
)
def test_diplomatic_calls_need_a_diplomatic_event(tagger: Tagger, text: str, is_call: bool):
    assert ("diplomatic_call" in kinds(tagger.tag("", text, "2020-10-20"))) is is_call


def test_a_topic_of_talks_is_no_fighting(tagger: Tagger) -> None:
    text = "Cavusoglu and Bayramov held a phone call to discuss the fighting on the front."
    assert kinds(tagger.tag("", text, "2020-10-20")) == {"diplomatic_call"}

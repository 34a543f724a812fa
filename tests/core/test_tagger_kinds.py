"""The tagger finds each event kind, its places and the diplomacy it names."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


# ---- one case per kind ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenia and Azerbaijan agreed a humanitarian ceasefire after talks.", "truce_agreed"),
        ("A new truce took effect at midnight, the foreign ministries said.", "truce_agreed"),
        ("Baku said Armenian forces violated the ceasefire near Aghdam.", "violation_claim"),
        ("Lavrov spoke by phone with Bayramov about the situation.", "diplomatic_call"),
        ("The EU called on both sides to show restraint.", "diplomatic_call"),
        ("Yerevan denied the report.", "denial"),
        ("Azerbaijani artillery shelled Martuni overnight.", "attack"),
        ("Officials said 14 soldiers were killed.", "casualties"),
        ("Hundreds of families fled Stepanakert and sheltered in basements.", "humanitarian"),
        ("The sides swapped the bodies of dead soldiers.", "exchange"),
        ("Aliyev said the army had captured the town of Hadrut.", "territorial_change"),
        (
            "Russian peacekeepers set up observation posts along the Lachin corridor.",
            "peacekeeping",
        ),
    ],
)
def test_each_kind_has_a_reading(tagger: Tagger, text: str, kind: str) -> None:
    assert kind in kinds(tagger.tag("", text, "2020-10-20"))


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


# ---- exchanges told in other words ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The captured soldiers were released on Tuesday, the ministry said.",
        "Baku handed back a border guard in exchange for two shepherds.",
        "Thailand released 18 Cambodian soldiers held since July.",
    ],
)
def test_exchange_in_other_words(tagger: Tagger, text: str) -> None:
    assert "exchange" in kinds(tagger.tag("", text, "2020-10-13"))

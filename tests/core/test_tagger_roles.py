"""The tagger's attribution: speakers, accusers, the accused and deniers."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first
from tui.tagger import Tagger

# ---- attribution ----------------------------------------------------------------------


def test_claim_and_denial_and_counter_claim(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Azerbaijan's defence ministry said Armenian forces shelled Tartar, breaching the "
        "humanitarian truce. Armenia's defence ministry denied it and said Azerbaijan "
        "resumed its offensive.",
        "2020-10-13",
    )
    pairs = {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"}
    assert ("azerbaijan", "armenia") in pairs
    assert ("armenia", "azerbaijan") in pairs
    assert first(tags, "denial").denier == "armenia"


def test_mutual_accusations_name_no_accuser(tagger: Tagger) -> None:
    tags = tagger.tag("", "Both sides accused each other of breaking the truce.", "2020-10-18")
    claim = first(tags, "violation_claim")
    assert claim.accuser is None and claim.accused is None


# ---- a coordinated reporting verb shares the subject of the first verb -----------------


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        (
            "Armenia's defence ministry calls Azerbaijan's version of the Hadrut clash untrue "
            "and says the Azerbaijani side broke the ceasefire regime.",
            "armenia",
            "azerbaijan",
        ),
        (
            "Azerbaijan's defence ministry rejected Yerevan's statement as false and said "
            "Armenian forces had shelled Tartar despite the truce.",
            "azerbaijan",
            "armenia",
        ),
        (
            "Baku's defence ministry said Armenian forces fired on Tartar. It dismissed "
            "Armenia's account as lies and said Armenian units had broken the ceasefire.",
            "azerbaijan",
            "armenia",
        ),
    ],
)
def test_a_coordinated_verb_speaks_for_the_first_subject(tagger, text, accuser, accused):
    claims = [t for t in tagger.tag("", text, "2020-10-20") if t.kind == "violation_claim"]
    assert claims
    assert {(t.accuser, t.accused) for t in claims} == {(accuser, accused)}


# ---- roles: appositives, participles, passive accusations ----------------------------


def test_a_claimant_named_in_the_denied_claim_is_no_denier(tagger):
    text = "An official said Azerbaijan's claim to have taken Jabrayil was untrue."
    assert first(tagger.tag("", text, "2020-10-04"), "denial").denier != "azerbaijan"


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        ("Armenia was accused of firing on Ganja despite the truce.", None),
        (
            "Armenian forces were accused by Baku of firing on Ganja despite the truce.",
            "azerbaijan",
        ),
    ],
)
def test_a_passive_accusation_names_its_subject_as_the_accused(tagger, text, accuser):
    claims = [t for t in tagger.tag("", text, "2020-10-11") if t.kind == "violation_claim"]
    assert [(t.accuser, t.accused) for t in claims] == [(accuser, "armenia")]


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("Armenia and Karabakh both denied the report.", {"armenia", "nagorno_karabakh"}),
        ("Ankara and Baku rejected the claim as untrue.", {"turkey", "azerbaijan"}),
        (
            "Stepanyan calls this false and Karabakh's defence ministry denies the capture.",
            {"armenia", "nagorno_karabakh"},
        ),
        ("Yerevan denied the report.", {"armenia"}),
        # whose claim is called untrue is not a denier
        ("Artsrun Hovhannisyan says Baku's claims about Zangilan are not true.", {"armenia"}),
        # coordinated objects of a passive deny nothing
        ("Claims about Armenia and Karabakh were denied by Russia.", {"russia"}),
        ("Armenia, Karabakh and Iran denied the report.", {"armenia", "nagorno_karabakh", "iran"}),
        # "the claims by X" is no passive: X made the claim
        ("Armenia rejected the claims by Azerbaijan that its forces shelled Tartar.", {"armenia"}),
        ("Armenia dismissed the report by Azerbaijan's defence ministry as false.", {"armenia"}),
        # a party's own statement that denies: the party denies
        ("Azerbaijan's statement denied that its forces shelled Stepanakert.", {"azerbaijan"}),
        # a fronted phrase or a preposition's object is no second subject
        ("Responding to Azerbaijan, Armenia denied shelling Tartar.", {"armenia"}),
        ("In a phone call with Armenia, Russia denied the reports.", {"russia"}),
        ("According to Armenia, Karabakh denied the claims.", {"nagorno_karabakh"}),
        # a nameless denial gives way to a named one; a second reading adds a denier
        ("The reports are not true, and Armenia denied them.", {"armenia"}),
        (
            "Karabakh denied the report, and Armenia and Karabakh rejected it as false.",
            {"nagorno_karabakh", "armenia"},
        ),
    ],
)
def test_every_denier_of_a_sentence_is_read(tagger: Tagger, text: str, deniers: set[str]):
    tags = tagger.tag("", text, "2020-10-20")
    assert {t.denier for t in tags if t.kind == "denial"} == deniers


# ---- attribution by grammar, not by nearness ----------------------------------------

"""The tagger's attribution: speakers, accusers, the accused and deniers."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


# ---- attribution ----------------------------------------------------------------------


def test_active_speech_frame(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Azerbaijan's defence ministry said Armenian forces shelled Tartar despite the truce.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")
    assert "Tartar" in claim.places


def test_accused_is_the_object_of_accuse(tagger: Tagger) -> None:
    tags = tagger.tag("", "Armenia accused Azerbaijan of violating the ceasefire.", "2020-10-13")
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_passive_voice_agent_is_accused(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Stepanakert was shelled by Azerbaijani forces in breach of the truce, "
        "the Karabakh authorities said.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("nagorno_karabakh", "azerbaijan")


def test_according_to_names_the_accuser(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "According to the Armenian defence ministry, Azerbaijani units attacked "
        "positions in the south despite the ceasefire.",
        "2020-10-19",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_spokesperson_is_found_by_name(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Vagif Dargahli said the enemy fired on Goranboy in violation of the truce.",
        "2020-10-19",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")


def test_headline_colon_is_a_speech_frame(tagger: Tagger) -> None:
    tags = tagger.tag("Armenian FM: Azerbaijan breaking new truce", "", "2020-10-11")
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


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


def test_a_speaker_with_an_appositive_denies_the_other_sides_claim(tagger):
    text = (
        "Vahram Poghosyan, spokesman of the Artsakh president, said Azerbaijan's claim to "
        "have taken Jabrayil was untrue."
    )
    assert first(tagger.tag("", text, "2020-10-04"), "denial").denier == "nagorno_karabakh"


def test_a_claimant_named_in_the_denied_claim_is_no_denier(tagger):
    text = "An official said Azerbaijan's claim to have taken Jabrayil was untrue."
    assert first(tagger.tag("", text, "2020-10-04"), "denial").denier != "azerbaijan"


def test_a_participle_speaks_for_the_subject_of_the_sentence(tagger):
    text = (
        "Turkey's foreign ministry condemned the rocket attack on Barda, saying Armenia was "
        "committing war crimes despite the humanitarian ceasefire."
    )
    tag = first(tagger.tag("", text, "2020-10-28"), "violation_claim")
    assert (tag.accuser, tag.accused) == ("turkey", "armenia")


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
    ("text", "denier"),
    [
        (
            "Baku says Armenian troops shelled Tartar in breach of the truce, which "
            "Armenia's defence ministry rejects.",
            "armenia",
        ),
        (
            "Armenia's defence ministry calls the Azerbaijani statement about a strike on "
            "Ganja a lie.",
            "armenia",
        ),
    ],
)
def test_denials_in_relative_clauses_and_long_objects(tagger: Tagger, text: str, denier: str):
    assert first(tagger.tag("", text, "2020-10-20"), "denial").denier == denier


def test_calling_on_others_is_no_denial(tagger: Tagger) -> None:
    text = "Pashinyan called on the world to condemn the lies spread by Baku."
    assert "denial" not in kinds(tagger.tag("", text, "2020-10-20"))


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


def test_an_outlet_named_after_a_people_is_no_speaker(tagger: Tagger) -> None:
    text = "Armenian forces breached the truce again, the Armenian Weekly reported."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == (None, "armenia")


def test_a_clause_after_says_keeps_the_speaker(tagger: Tagger) -> None:
    text = (
        "The Karabakh leader says, after visiting the town, that it is held after Azerbaijan "
        "ignored the humanitarian truce."
    )
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("nagorno_karabakh", "azerbaijan")


def test_two_camps_saying_the_truce_broke_name_no_accuser(tagger: Tagger) -> None:
    tags = tagger.tag("Armenia and Azerbaijan say the new truce has been broken", "", None)
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == (None, None)


def test_one_camp_of_two_speakers_is_the_first_named(tagger: Tagger) -> None:
    text = "Armenia and Karabakh said Azerbaijan renewed attacks despite the ceasefire."
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_a_headline_verb_after_a_comma_shares_the_opening_subject(tagger: Tagger) -> None:
    tags = tagger.tag("Armenia shells a depot in Tartar, says Baku broke truce", "", None)
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("armenia", "azerbaijan")


def test_accused_of_without_an_object_is_passive(tagger: Tagger) -> None:
    tags = tagger.tag("Azerbaijan accused of three more truce breaches in a day", "", None)
    assert first(tags, "violation_claim").accused == "azerbaijan"


def test_in_what_y_called_a_breach_accuses_the_agent_before(tagger: Tagger) -> None:
    text = (
        "Azerbaijani forces shelled two villages on Sunday, the agency said, in what "
        "Armenian officials called the latest violation of the truce."
    )
    claim = first(tagger.tag("", text, "2020-10-13"), "violation_claim")
    assert claim.accused == "azerbaijan"

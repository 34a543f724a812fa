"""The tagger reads sentences: kinds, attribution, negation, recap, dates, casualties."""

from __future__ import annotations

import json

import pytest

from tui.profile import load_profile
from tui.records import Tag
from tui.tagger import Tagger, split_sentences


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


def kinds(tags: list[Tag]) -> set[str]:
    return {t.kind for t in tags}


def first(tags: list[Tag], kind: str) -> Tag:
    return next(t for t in tags if t.kind == kind)


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


# ---- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        ("Azerbaijani forces shelled Martuni yesterday.", "2020-10-12", "2020-10-11", "relative"),
        ("Azerbaijani forces shelled Martuni last night.", "2020-10-12", "2020-10-11", "relative"),
        ("Azerbaijani forces shelled Martuni today.", "2020-10-12", "2020-10-12", "relative"),
        ("Azerbaijani forces shelled Martuni on Saturday.", "2020-10-12", "2020-10-10", "weekday"),
        (
            "The truce was agreed in the early hours of Saturday.",
            "2020-10-11",
            "2020-10-10",
            "weekday",
        ),
        (
            "Azerbaijani forces shelled Martuni on 10 October.",
            "2020-10-11",
            "2020-10-10",
            "explicit",
        ),
        ("Azerbaijani forces shelled Martuni on Oct. 10.", "2020-10-11", "2020-10-10", "explicit"),
        ("Azerbaijani forces shelled Martuni.", "2020-10-11T08:30:00Z", "2020-10-11", "published"),
    ],
)
def test_event_date_resolution(
    tagger: Tagger, text: str, published: str, date: str, basis: str
) -> None:
    tags = tagger.tag("", text, published)
    assert tags, text
    assert (tags[0].event_date, tags[0].date_basis) == (date, basis)


def test_truce_from_a_future_date_is_dated_then(tagger: Tagger) -> None:
    tags = tagger.tag(
        "Armenia and Azerbaijan agree humanitarian truce",
        "The foreign ministries said Armenia and Azerbaijan agreed a humanitarian truce "
        "from midnight on 18 October.",
        "2020-10-17",
    )
    assert {t.event_date for t in tags if t.kind == "truce_agreed"} == {"2020-10-18"}


def test_no_publication_date_and_no_stated_date(tagger: Tagger) -> None:
    tags = tagger.tag("", "Azerbaijani forces shelled Martuni yesterday.", None)
    assert tags[0].event_date is None


# ---- casualties ---------------------------------------------------------------------------


def test_casualty_figures(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Azerbaijan's prosecutor said rockets hit Barda, killing 21 civilians and injuring "
        "about 70.",
        "2020-10-28",
    )
    casualties = first(tags, "casualties").casualties
    by_what = {c.what: c for c in casualties}
    assert by_what["killed"].count == 21 and by_what["killed"].group == "civilian"
    assert by_what["wounded"].count == 70 and by_what["wounded"].approximate
    assert by_what["killed"].claimed_by == "azerbaijan"


def test_casualty_toll_and_words(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Karabakh said 37 more servicemen were killed, and at least two people died in "
        "Ganja, with almost 600 dead including 73 civilians.",
        "2020-10-15",
    )
    figures = {
        (c.count, c.what, c.group, c.approximate) for c in first(tags, "casualties").casualties
    }
    assert (37, "killed", "military", False) in figures
    assert (2, "killed", None, True) in figures
    assert (600, "killed", None, True) in figures


def test_no_count_no_casualties(tagger: Tagger) -> None:
    assert "casualties" not in kinds(tagger.tag("", "Many people were killed.", "2020-10-15"))


# ---- rows and sentences ---------------------------------------------------------------


def test_to_row_round_trip(tagger: Tagger) -> None:
    tags = tagger.tag("", "Officials said 14 soldiers were killed in Tartar.", "2020-10-15")
    row = tags[0].to_row()
    assert set(row) == {
        "kind", "rule", "evidence", "accuser", "accused", "denier", "parties", "places",
        "event_date", "date_basis", "casualties",
    }  # fmt: skip
    assert isinstance(json.loads(row["places"]), list)
    assert Tag.from_row(row) == tags[0]


def test_sentence_split_keeps_abbreviations() -> None:
    text = "Talks start on Oct. 9 in Moscow. The U.S. backs them. Then what?"
    assert split_sentences(text) == [
        "Talks start on Oct. 9 in Moscow.",
        "The U.S. backs them.",
        "Then what?",
    ]


# ---- truces: the day they take effect, and what is not a truce -------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # agreed in the evening "from midnight": news of the next day
        (
            "Armenia and Azerbaijan agreed a humanitarian truce from midnight.",
            "2020-10-17T18:10:00Z",
            "2020-10-18",
        ),
        # reported after midnight local time (UTC+4): already the effect day
        (
            "Armenia and Azerbaijan agreed to a truce starting at midnight.",
            "2020-10-17T21:30:00Z",
            "2020-10-18",
        ),
        # "would take effect at 08:00 on Monday" dates the announcement to Monday
        (
            "The US, Armenia and Azerbaijan announced a humanitarian ceasefire. The truce would "
            "take effect at 08:00 local time on Monday.",
            "2020-10-25T15:00:00Z",
            "2020-10-26",
        ),
        # signed late in the evening, in force from 01:00: the next day
        (
            "Pashinyan said he had signed a statement ending the war from 01:00.",
            "2020-11-09T19:20:00Z",
            "2020-11-10",
        ),
        # agreed early in the morning from noon: the same day
        (
            "Armenia and Azerbaijan agreed a ceasefire from noon, Lavrov said.",
            "2020-10-10T07:00:00Z",
            "2020-10-10",
        ),
    ],
)
def test_a_truce_is_dated_to_the_day_it_takes_effect(tagger, text, published, day):
    truce = first(tagger.tag("", text, published), "truce_agreed")
    assert truce.event_date == day


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


def test_a_place_name_as_a_modifier_names_no_party(tagger):
    tags = tagger.tag("", "Washington announced a third Karabakh truce from Monday.", "2020-10-25")
    assert "nagorno_karabakh" not in first(tags, "truce_agreed").parties


def test_a_venue_is_no_site_of_an_attack(tagger):
    tags = tagger.tag("", "Rockets hit Ganja hours after the truce agreed in Moscow.", "2020-10-11")
    assert first(tags, "attack").places == ("Ganja",)


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

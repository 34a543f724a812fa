"""Places: a tag names a place only where its sentence puts the event there, and a capture
names the town taken (issue 13, no false facts). Every sentence is our own."""

from __future__ import annotations

import pytest

from tui.tagger import Tagger

PUBLISHED = "2020-10-20T09:00:00Z"


def places_of(tagger: Tagger, text: str, title: str = "") -> set[str]:
    return {p for t in tagger.tag(title, text, PUBLISHED) for p in t.places}


# ---- the event's site -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site", "not_site"),
    [
        # where the wounded were brought is no site (and no capture)
        (
            "Shells hit Martuni overnight; the injured were taken to hospital in Stepanakert.",
            "Martuni",
            "Stepanakert",
        ),
        (
            "Two residents of Martuni hurt by shelling are being treated in Goris.",
            "Martuni",
            "Goris",
        ),
        (
            "Drones hit Martakert; 40 soldiers were wounded, some of them moved to Yerevan.",
            "Martakert",
            "Yerevan",
        ),
        # the speaker's city
        (
            "Armenian artillery shelled Tartar at dawn, the defence ministry in Baku said.",
            "Tartar",
            "Baku",
        ),
        (
            "Rockets struck Ganja, an aide to the president told reporters in Baku.",
            "Ganja",
            "Baku",
        ),
        # an origin
        (
            "Families from Hadrut are sheltering in basements in Stepanakert, officials said.",
            "Stepanakert",
            "Hadrut",
        ),
        (
            "Karabakh officials said drones launched from positions near Fuzuli hit Martuni.",
            "Martuni",
            "Fuzuli",
        ),
        # a city that speaks: "according to Yerevan", "..., Stepanakert said"
        (
            "Shelling of Martuni went on overnight, according to Yerevan.",
            "Martuni",
            "Yerevan",
        ),
        (
            "The shelling of Martuni went on all night, Stepanakert said.",
            "Martuni",
            "Stepanakert",
        ),
    ],
)
def test_a_place_is_a_site_only_where_the_event_is(
    tagger: Tagger, text: str, site: str, not_site: str
) -> None:
    found = places_of(tagger, text)
    assert site in found and not_site not in found, found


def test_whom_the_blame_falls_on_is_no_site(tagger: Tagger) -> None:
    """ "Baku put the blame on Yerevan": the capital blamed, not where the fighting was
    (it made "attacks on Yerevan" the title of a border clash)."""
    text = "Yerevan said Azerbaijani troops had attacked, while Baku put the blame on Yerevan."
    assert "Yerevan" not in places_of(tagger, text, "Heavy fighting on the border")


def test_a_town_said_to_be_hit_or_under_pressure_is_the_site(tagger: Tagger) -> None:
    """ "X said to be under fire" is a passive, not X speaking; "pressure on X" is often an
    army's on a town: both keep the site."""
    assert "Stepanakert" in places_of(tagger, "", "Stepanakert said to be under heavy shelling")
    text = "Azerbaijani artillery shelled Shusha as troops kept up pressure on Shusha."
    assert "Shushi" in places_of(tagger, text) or "Shusha" in places_of(tagger, text)


def test_peacekeepers_moved_to_a_place_are_there(tagger: Tagger) -> None:
    """The wounded "moved to" a city were not hit there; peacekeepers moved there are."""
    text = "Russian peacekeepers were moved to Lachin to guard the corridor."
    assert "Lachin" in places_of(tagger, text)


def test_the_venue_of_talks_is_no_site_of_fighting(tagger: Tagger) -> None:
    tags = tagger.tag("", "As talks went on in Baku, shelling hit villages near Tartar.", PUBLISHED)
    attack = [t for t in tags if t.kind == "attack"]
    assert attack and all("Baku" not in t.places for t in attack)


def test_a_place_of_the_other_side_s_claim_is_not_this_claim_s_site(tagger: Tagger) -> None:
    # each side blames the other; only Baku's claim is about Tartar
    tags = tagger.tag(
        "",
        "Baku said Armenian guns fired on Tartar; Yerevan's defence ministry said Azerbaijani "
        "forces had violated the truce by shelling its front positions.",
        PUBLISHED,
    )
    claims = {(t.accuser, t.accused): t.places for t in tags if t.kind == "violation_claim"}
    assert "Tartar" not in claims.get(("armenia", "azerbaijan"), ())


def test_a_denial_keeps_the_place_of_the_claim_it_answers(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Baku said Armenian guns fired on Tartar; Yerevan denied it.",
        PUBLISHED,
    )
    assert any(t.kind == "denial" and "Tartar" in t.places for t in tags)


# ---- captures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Aliyev said the army had retaken the town of Hadrut.", {"Hadrut"}),
        ("Aliyev said his troops took Fuzuli and Jabrayil.", {"Fuzuli", "Jabrayil"}),
        ("Fuzuli city liberated, Aliyev says", {"Fuzuli"}),
        (
            "Aliyev announced at a ceremony in Baku that the army had taken Shusha, the town "
            "on the heights above Stepanakert.",
            {"Shushi"},
        ),
        (
            "The army took the village of Madagiz near Tartar, Aliyev said.",
            {"Sugovushan"},
        ),
        ("Karabakh officials said Shushi was now out of their control.", {"Shushi"}),
        # a village with no place of its own: its district is not what was taken
        ("Baku said its troops took the village of Agbend in the Zangilan district.", set()),
        # "the town" again: the town the sentence named before, never the speaker's capital
        # (a capture told only inside a denial is no capture claim: the denial's own tests)
        (
            "Fighting went on near Gubadli, and Baku said the town had been seized by its troops.",
            {"Gubadli"},
        ),
    ],
)
def test_a_capture_names_the_town_taken(tagger: Tagger, text: str, taken: set[str]) -> None:
    tags = [t for t in tagger.tag("", text, PUBLISHED) if t.kind == "territorial_change"]
    assert tags and set(tags[0].places) == taken, tags

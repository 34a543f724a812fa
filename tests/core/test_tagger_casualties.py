"""Casualty figures: counts, what happened, to whom, who claims them."""

from __future__ import annotations

import pytest

from tui.tagger import Tagger

# ---- no figure the text does not state (issue 13, no false facts) -------------------------


def test_a_headline_figure_takes_the_source_the_body_gives(tagger: Tagger) -> None:
    tags = tagger.tag(
        "Nine civilians killed as rockets hit Ganja",
        "Nine civilians were killed when rockets hit flats in Ganja overnight, Azerbaijan's "
        "prosecutor general said.",
        "2020-10-11T08:00:00Z",
    )
    figures = [c for t in tags if t.kind == "casualties" for c in t.casualties]
    assert figures and {c.claimed_by for c in figures} == {"azerbaijan"}


@pytest.mark.parametrize(
    "text",
    [
        "A woman and a child were killed in Martuni, Karabakh officials said.",
        "Shelling killed a woman and her son in Martuni, Karabakh officials said.",
        "A child was hurt when shells fell near the border, Iranian officials said.",
    ],
)
def test_one_person_named_among_others_is_no_count_of_one(tagger: Tagger, text: str) -> None:
    tags = tagger.tag("", text, "2020-10-11")
    assert all(c.count != 1 for t in tags for c in t.casualties)


def test_a_headline_figure_takes_whose_dead_the_body_says_they_are(tagger: Tagger) -> None:
    """ "Karabakh commander: 12 killed" over "the Karabakh army has 12 dead": soldiers,
    though the headline says not whose (a toll of the front, never a town's strike). A
    figure the other camp gives alike does not lend its group."""
    headline = "Karabakh commander: 12 killed and over 60 wounded"
    body = (
        "The Karabakh defence army has 12 dead and more than 60 wounded by early figures, "
        "its deputy commander said."
    )
    tags = tagger.tag(headline, body, "2020-10-04T12:00:00Z")
    groups = {(c.count, c.group) for t in tags for c in t.casualties if c.what == "killed"}
    assert groups == {(12, "military")}
    other = "Baku said 12 civilians were killed in Ganja by Armenian shelling."
    tags = tagger.tag("Twelve killed, Yerevan says", f"Yerevan said 12 were killed. {other}", None)
    yerevan = [c for t in tags for c in t.casualties if c.claimed_by == "armenia"]
    assert yerevan and all(c.group is None for c in yerevan)

"""Casualty figures: counts, what happened, to whom, who claims them."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first
from tui.tagger import Tagger

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


# ---- no figure the text does not state (issue 13, no false facts) -------------------------


def test_a_vague_word_beside_a_stated_number_keeps_only_the_number(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Baku said Armenian rockets hit Ganja, killing at least one civilian and wounding "
        "dozens of others.",
        "2020-10-04",
    )
    figures = [(c.count, c.what, c.approximate) for c in first(tags, "casualties").casualties]
    assert figures == [(1, "killed", True)]


def test_an_approximate_figure_is_a_stated_number(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "About 20 soldiers and civilians died in Martuni, Karabakh officials said.",
        "2020-10-04",
    )
    (figure,) = first(tags, "casualties").casualties
    assert (figure.count, figure.approximate) == (20, True)
    assert figure.group is None  # both groups together: neither
    assert figure.claimed_by == "nagorno_karabakh"


def test_each_figure_keeps_the_side_that_gives_it(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Azerbaijan said Armenian shelling of Tartar killed two civilians; Armenia said its "
        "troops had killed 30 Azerbaijani soldiers.",
        "2020-10-04",
    )
    by_count = {c.count: c.claimed_by for c in first(tags, "casualties").casualties}
    assert by_count == {2: "azerbaijan", 30: "armenia"}


def test_a_headline_figure_takes_the_source_the_body_gives(tagger: Tagger) -> None:
    tags = tagger.tag(
        "Nine civilians killed as rockets hit Ganja",
        "Nine civilians were killed when rockets hit flats in Ganja overnight, Azerbaijan's "
        "prosecutor general said.",
        "2020-10-11T08:00:00Z",
    )
    figures = [c for t in tags if t.kind == "casualties" for c in t.casualties]
    assert figures and {c.claimed_by for c in figures} == {"azerbaijan"}


def test_a_single_death_is_a_stated_count_of_one(tagger: Tagger) -> None:
    tags = tagger.tag(
        "", "Yerevan said Azerbaijani fire near Kapan killed a civilian on Saturday.", "2020-10-11"
    )
    (figure,) = first(tags, "casualties").casualties
    assert (figure.count, figure.what, figure.group, figure.approximate) == (
        1,
        "killed",
        "civilian",
        False,
    )
    assert figure.claimed_by == "armenia"


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

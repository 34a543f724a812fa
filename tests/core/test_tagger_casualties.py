"""Casualty figures: counts, what happened, to whom, who claims them."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


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

"""Tags as rows, and sentences split around abbreviations."""

from __future__ import annotations

import json

import pytest

from tui.profile import load_profile
from tui.records import Tag
from tui.tagger import Tagger, split_sentences


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


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

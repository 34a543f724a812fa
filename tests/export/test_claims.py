"""Claims, denials and casualty figures of an entry, written as English."""

from __future__ import annotations

import pytest

from tests.export.helpers import GENERATED, NAMES
from tui.export import (
    casualty_text,
    claim_sentences,
    markdown_text,
    merge_casualties,
)


def test_claims_read_as_attributed_sentences(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "Azerbaijan accused Armenia of violating the ceasefire in Tartar" in text
    assert "; Armenia denied it [" in text
    assert "Armenia accused Azerbaijan of violating the ceasefire in Martakert" in text
    assert "about 600 soldiers killed according to Nagorno Karabakh" in text
    assert "1 civilian killed according to Azerbaijan" in text
    assert "civilians killed" not in text


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        ({"count": 1, "what": "killed", "group": "civilian"}, "1 civilian killed"),
        ({"count": 2, "what": "killed", "group": "civilian"}, "2 civilians killed"),
        ({"count": 1, "what": "killed", "group": "civilians"}, "1 civilian killed"),
        ({"count": 1, "what": "wounded", "group": None}, "1 person wounded"),
        ({"count": 5, "what": "killed", "group": None}, "5 people killed"),
        ({"count": 1, "what": "missing", "group": "military"}, "1 soldier missing"),
        ({"count": 16, "what": "killed", "group": "military"}, "16 soldiers killed"),
        ({"count": 600, "what": "killed", "approximate": True}, "about 600 people killed"),
        ({"count": 1, "what": "killed", "approximate": True}, "at least 1 person killed"),
        (
            {"count": None, "what": "killed", "group": "civilian"},
            "an unknown number of civilians killed",
        ),
        ({"count": 3, "what": None, "group": "civilian"}, "3 civilian casualties"),
        ({"count": 1, "what": None, "group": None}, "1 casualty"),
        ({"count": 4, "what": "killed", "group": "journalists"}, "4 journalists killed"),
    ],
)
def test_casualty_figures_agree_in_number(figure, text):
    row = {"claimed_by": None, "approximate": False, **figure}
    assert casualty_text(row, str) == f"{text} (unattributed)"
    row["claimed_by"] = "azerbaijan"
    assert casualty_text(row, str.capitalize) == f"{text} according to Azerbaijan"


def claim(accuser, accused, sources, places=(), kind="violation_claim"):
    return {
        "kind": kind,
        "accuser": accuser,
        "accused": accused,
        "places": list(places),
        "sources": sources,
    }


def test_claim_sentences_tell_each_denial_once_and_fold_repeats():
    found = {
        "claims": [
            claim("azerbaijan", "armenia", ["a", "b"], ["Tartar"]),
            claim(None, "armenia", ["b"], ["Tartar"]),  # the same report, read twice
            claim("armenia", "azerbaijan", ["c"]),
            claim(None, "armenia", ["d"], ["Ganja"]),  # another report: kept
        ],
        "denials": [
            {"denier": "armenia", "sources": ["c"]},
            {"denier": "turkey", "sources": ["d"]},
            {"denier": "russia", "sources": ["a"]},
        ],
        "casualties": [],
    }
    numbers = {"a": 1, "b": 2, "c": 3, "d": 4}

    def refs(ids):
        return " [" + ", ".join(str(numbers[i]) for i in ids) + "]"

    assert claim_sentences(found, str.capitalize, refs) == [
        "Azerbaijan accused Armenia of violating the ceasefire in Tartar [1, 2]; "
        "Armenia denied it [3].",
        "Armenia accused Azerbaijan of violating the ceasefire [3].",
        "Armenia was also accused of violating the ceasefire in Ganja [4].",
        "Turkey [4] and Russia [1] denied the accusations.",
    ]


def test_repeated_casualty_figures_keep_the_fuller_one():
    def figure(group, claimed_by, sources, count=16):
        return {
            "count": count,
            "what": "killed",
            "group": group,
            "claimed_by": claimed_by,
            "approximate": False,
            "sources": sources,
        }

    full = figure("military", "nagorno_karabakh", ["a", "b"])
    figures = [
        figure("military", None, ["a"]),  # the same report without its claimant
        full,
        figure(None, "nagorno_karabakh", ["c"]),  # another report: kept
        figure("civilian", None, ["a"]),  # says something else: kept
        figure("military", None, ["a"], count=84),
    ]
    assert merge_casualties(figures) == [full, *figures[2:]]

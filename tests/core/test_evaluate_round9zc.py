"""The tagger against round 9zc: diplomatic calls as the news writes them (no new set).

The round sorted the dev sets' false and missed calls by grammar (docs/wording.md section
18zc) and read the classes that recur in two sets or more: talks ruled out or shut off,
one's own cabinet sitting, a side's appeal worded as its charge, the talks that made a
truce told as the premise of its breach, and an appeal to hold fire or to answer a truce in
kind. The floors keep what the round won on the sets it changed: their calls, found and
false, and thai_cambodia-13's truces (a truce "settled on" and breached "once more").
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, DEV
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

# set, profile, calls found at least, false at most
_FLOORS = [
    ("thai_cambodia-5", "thai_cambodia", 5, 2),
    ("india_pakistan-3", "india_pakistan", 22, 0),
    ("karabakh-real-11", "karabakh", 17, 2),
    ("karabakh-real-7", "karabakh", 22, 0),
    ("thai_cambodia-11", "thai_cambodia", 18, 0),
    ("thai_cambodia-13", "thai_cambodia", 21, 3),
    ("lebanon-12", "lebanon", 12, 4),
    ("ethiopia_tigray-2", "ethiopia_tigray", 18, 3),
]


def _result(name: str, profile: str) -> dict:
    reports = read_reports(DEV / f"{name}.jsonl")
    return evaluate(reports, Tagger(load_profile(BUNDLED / f"{profile}.toml")))


@pytest.mark.parametrize(("name", "profile", "tp", "fp"), _FLOORS)
def test_round_9zc_calls_hold(name: str, profile: str, tp: int, fp: int) -> None:
    """Before the round, as (tp, fp, fn): thai_cambodia-5 (5, 4, 1), india_pakistan-3
    (21, 1, 2), karabakh-real-11 (16, 2, 1), karabakh-real-7 (22, 1, 1), thai_cambodia-11
    (18, 1, 0), thai_cambodia-13 (21, 4, 1), lebanon-12 (12, 5, 1), ethiopia_tigray-2
    (18, 4, 0)."""
    result = _result(name, profile)
    calls = result["per_kind"]["diplomatic_call"]
    wrong = [e for e in result["errors"] if "diplomatic_call" in e]
    assert calls["tp"] >= tp and calls["fp"] <= fp, wrong


def test_round_9zc_truce_breached_once_more() -> None:
    """thai_cambodia-13: a second truce "settled on" the day before and breached "once
    more" that evening is its breach's premise, no truce of the report (before: 9, 2, 1)."""
    truces = _result("thai_cambodia-13", "thai_cambodia")["per_kind"]["truce_agreed"]
    assert truces["tp"] >= 9 and truces["fp"] <= 1

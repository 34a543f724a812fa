"""The tagger against round 9zd: what the two fresh sets missed (no new set).

Two own-words sets were written blind this session (karabakh-real-13, thai_cambodia-14,
docs/round9-blind-za.txt and -zb.txt) and the round before moved neither. This round sorted
their errors by grammar (docs/wording.md section 18zd) and wrote rules for the classes with
a twin in another set: the talks or the meeting a truce came out of, "met" that is no
meeting, an appeal to one's own public, a deal's terms read as talks, a truce's failure
told as the time of other news, charges traded over a span, and monitors that watch over a
truce. The floors keep what it won on the sets it
changed.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

# set, profile, micro F1 floor, accusers right, accused right, deniers right
_MICRO = [
    ("karabakh-real-13", "karabakh", 0.816, 6, 5, 7),
    ("thai_cambodia-14", "thai_cambodia", 0.867, 3, 3, 5),
    ("karabakh-real-12", "karabakh", 0.845, 9, 10, 8),
    ("ethiopia_tigray-2", "ethiopia_tigray", 0.914, 6, 6, 2),
]

# set, profile, kind, found at least, false at most
_KINDS = [
    ("karabakh-real-13", "karabakh", "violation_claim", 7, 0),
    ("karabakh-real-13", "karabakh", "diplomatic_call", 12, 4),
    ("thai_cambodia-14", "thai_cambodia", "violation_claim", 3, 2),
    ("thai_cambodia-14", "thai_cambodia", "diplomatic_call", 14, 3),
    ("thai_cambodia-14", "thai_cambodia", "peacekeeping", 4, 1),
    ("karabakh-real-12", "karabakh", "violation_claim", 10, 1),
    ("ethiopia_tigray-2", "ethiopia_tigray", "violation_claim", 6, 0),
    ("ethiopia_tigray-2", "ethiopia_tigray", "diplomatic_call", 18, 2),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), _MICRO)
def test_round_9zd_keeps_micro(
    name: str, profile: str, f1: float, accuser: int, accused: int, denier: int
) -> None:
    """Before the round: karabakh-real-13 0.79, thai_cambodia-14 0.83, karabakh-real-12
    0.84, ethiopia_tigray-2 0.90."""
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)


@pytest.mark.parametrize(("name", "profile", "kind", "tp", "fp"), _KINDS)
def test_round_9zd_kinds_hold(name: str, profile: str, kind: str, tp: int, fp: int) -> None:
    """Before the round, as (tp, fp, fn): karabakh-real-13 claims (7, 1, 0), calls (12, 7, 0);
    thai_cambodia-14 claims (3, 3, 0), calls (14, 7, 1), peacekeeping (1, 1, 5);
    karabakh-real-12 claims (10, 3, 0); ethiopia_tigray-2 claims (6, 1, 0), calls (18, 3, 0)."""
    reports = read_reports(DEV / f"{name}.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / f"{profile}.toml")))
    counts = result["per_kind"][kind]
    wrong = [e for e in result["errors"] if kind in e]
    assert counts["tp"] >= tp and counts["fp"] <= fp, wrong

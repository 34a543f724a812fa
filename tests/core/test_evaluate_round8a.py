"""The tagger against the eighth blind round, part a: karabakh-real-7.jsonl.

The set holds real 2020 Karabakh diplomacy (calls, meetings announced and held, appeals,
statements by the warring sides and their camps) and chains of charges and denials (a
claim relayed, passives, a ministry named by its capital, a president's aide or an
ombudsman as a side's voice), written blind from pages no earlier set used and measured
blind (docs/round8-blind-a.txt). Rules were then written against it (docs/wording.md
section 15); the floors keep what they won: micro F1 a little under the figure reached, the
roles, and the precision of diplomatic_call, the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_eighth_round_a_keeps_its_floor() -> None:
    assert_keeps_floor("karabakh-real-7", "karabakh", 0.95, 15, 15, 12)


def test_eighth_round_a_calls_stay_precise() -> None:
    """A party's own statement, a condemnation by a warring camp, calls told as background
    and meetings that only date a strike are no diplomatic_call: at most one false call in
    the set (there were seven blind), and no true call lost for it."""
    reports = read_reports(DEV / "karabakh-real-7.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "karabakh.toml")))
    calls = result["per_kind"]["diplomatic_call"]
    assert calls["fp"] <= 1, [e for e in result["errors"] if "diplomatic_call" in e]
    assert calls["tp"] >= 22, [e for e in result["errors"] if "diplomatic_call" in e]

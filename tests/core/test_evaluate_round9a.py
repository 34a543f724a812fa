"""The tagger against the ninth blind round, part a: karabakh-real-8.jsonl.

The set holds real 2020 Karabakh reports aimed at the precision of diplomatic_call (a camp
leader's speech that scorns the mediators' calls, demands that the enemy be punished or
leave the land, third states' calls about other wars, meetings announced) and at who
accuses and who denies (a ministry named by its capital, a passive charge, reports called
false or a falsification, Stepanakert's officials), with recaps and spans a timeline would
print. Written blind from pages no earlier set used and measured blind
(docs/round9-blind-a.txt); rules were then written against it (docs/wording.md section
18a). The floors keep what they won: micro F1 a little under the figure reached, the
roles, and the precision of diplomatic_call, the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_a_keeps_its_floor() -> None:
    assert_keeps_floor("karabakh-real-8", "karabakh", 0.89, 3, 3, 6)


def test_ninth_round_a_calls_stay_precise() -> None:
    """A camp leader's speech, a demand that the other side be punished or end its
    occupation, calls scorned as too late and a third-state call about Libya are no
    diplomatic_call: no false call in the set (there were four blind), no true call lost."""
    reports = read_reports(DEV / "karabakh-real-8.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "karabakh.toml")))
    calls = result["per_kind"]["diplomatic_call"]
    assert calls["fp"] == 0, [e for e in result["errors"] if "diplomatic_call" in e]
    assert calls["tp"] >= 12, [e for e in result["errors"] if "diplomatic_call" in e]

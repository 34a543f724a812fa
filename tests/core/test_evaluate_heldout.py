"""A floor under the tagger's figures on the held-out real-wording set.

tests/fixtures/heldout-real/karabakh.jsonl was written before the rules of issue 12 and
is never used to write rules (see its README); it is measured at the start and the end
of a change. These floors sit a little below the figures reached when that work ended
(truce 0.88, violation claim 0.92, diplomatic call 0.78, denial 0.86, micro 0.84,
accuser 15/17, accused 15/16, denier 12/15), so a later change cannot lower them
silently. Failures print figures only, never the reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

HELDOUT = Path(__file__).resolve().parent.parent / "fixtures" / "heldout-real" / "karabakh.jsonl"
FLOORS = {
    "truce_agreed": 0.84,
    "violation_claim": 0.88,
    "diplomatic_call": 0.74,
    "denial": 0.82,
}


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate(read_reports(HELDOUT), Tagger(load_profile()))


@pytest.mark.parametrize(("kind", "floor"), sorted(FLOORS.items()))
def test_heldout_f1_stays_above_its_floor(result: dict, kind: str, floor: float) -> None:
    f1 = result["per_kind"][kind]["f1"]
    assert f1 is not None and f1 >= floor, f"{kind}: F1 {f1} < {floor}"


def test_heldout_micro_f1_and_roles_stay_above_their_floors(result: dict) -> None:
    assert result["micro"]["f1"] >= 0.81, f"micro F1 {result['micro']['f1']:.2f}"
    for role, floor in (("accuser", 0.8), ("accused", 0.85), ("denier", 0.75)):
        right, total = result["roles"][role]
        assert total and right / total >= floor, f"{role}: {right}/{total}"

"""The tagger against our own regression reports (tests/fixtures/regression), pooled.

These reports were written in our own words and labelled before the rules that read them
were tuned (batch 3 before this session's rule changes; see the README); the rules have
been tuned to them since, so they are a regression set now, no longer held out. The thresholds
are the issue's targets: F1 of at least 0.9 for truces, violation claims and diplomatic
calls, 0.75 for every other kind, and 9 of 10 roles right. A rule change that breaks one
fails here, with the report ids that went wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.evaluate import evaluate, main, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

REGRESSION = sorted(
    (Path(__file__).resolve().parent.parent / "fixtures" / "regression").glob("*.jsonl")
)
MAIN_KINDS = ("truce_agreed", "violation_claim", "diplomatic_call")


@pytest.fixture(scope="module")
def result() -> dict:
    reports = [report for path in REGRESSION for report in read_reports(path)]
    assert len(reports) >= 100
    return evaluate(reports, Tagger(load_profile()))


def test_main_kinds_reach_f1_0_9(result):
    for kind in MAIN_KINDS:
        scores = result["per_kind"][kind]
        assert scores["f1"] is not None and scores["f1"] >= 0.9, (kind, result["errors"])


def test_other_kinds_reach_f1_0_75(result):
    for kind, scores in result["per_kind"].items():
        if kind not in MAIN_KINDS and scores["f1"] is not None:
            assert scores["f1"] >= 0.75, (kind, result["errors"])


def test_roles_are_right_nine_times_in_ten(result):
    for role, (right, total) in result["roles"].items():
        assert total and right / total >= 0.9, (role, result["errors"])


def test_cli_prints_scores_per_kind(capsys):
    assert main([str(REGRESSION[0])]) == 0
    out = capsys.readouterr().out
    assert "diplomatic_call" in out and "micro" in out and "accuser accuracy" in out

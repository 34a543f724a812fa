"""The tagger against round 9w: denials as the news writes them (no new set).

The round sorted the dev sets' false and missed denials by grammar (docs/wording.md section
18w) and read the classes that recur: a side's word that it keeps the truce with no charge
against it, a pronoun object reached across words, a claim that a truce was reached
rejected, a denial of days before dated by its own words, and a counter-account told as a
reply. The floors keep what the round won on the sets it changed: their denials, found and
false, and their deniers.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, DEV
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

# set, profile, denials found at least, false at most, deniers right at least
_FLOORS = [
    ("thai_cambodia-12", "thai_cambodia", 5, 1, 5),
    ("lebanon-12", "lebanon", 8, 1, 8),
    ("karabakh-real-12", "karabakh", 9, 1, 8),
    ("thai_cambodia-5", "thai_cambodia", 2, 0, 2),
]


@pytest.mark.parametrize(("name", "profile", "tp", "fp", "deniers"), _FLOORS)
def test_round_9w_denials_hold(name: str, profile: str, tp: int, fp: int, deniers: int) -> None:
    """Blind and before the round: thai_cambodia-12 (5, 4, 1), lebanon-12 (7, 2, 1),
    karabakh-real-12 (8, 1, 1) and thai_cambodia-5 (2, 1, 0) as (tp, fp, fn)."""
    reports = read_reports(DEV / f"{name}.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / f"{profile}.toml")))
    denial = result["per_kind"]["denial"]
    wrong = [e for e in result["errors"] if "denial" in e]
    assert denial["tp"] >= tp and denial["fp"] <= fp, wrong
    assert result["roles"]["denier"][0] >= deniers, result["errors"]

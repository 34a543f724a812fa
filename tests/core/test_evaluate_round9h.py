"""The tagger against the ninth blind round, part h: lebanon-9.jsonl.

The set holds reports of the Israel-Lebanon truce and the year that followed it from
Lebanese, Israeli, Arab, Iranian, French, US and wire outlets (November 2024 - December
2025): the security cabinet's 10-1 vote and the truce taking effect at 4 a.m., the
displaced going home, the monitoring committee's first meeting and the civilians who
joined it a year later, the extension to 18 February, the five points Israel kept, the
border talks of March 2025; and what is no new truce: a truce that holds, one recalled,
threats to end it, calls to respect it and the charges of breach, with who accuses whom.
Written blind from pages no earlier set used and measured blind (docs/round9-blind-h.txt);
rules were then written against it (docs/wording.md section 18h). The floors keep what
they won: micro F1 a little under the figure reached, the roles, and the truces, the kind
the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_h_keeps_its_floor() -> None:
    assert_keeps_floor("lebanon-9", "lebanon", 0.96, 12, 14, 1)


def test_ninth_round_h_truces_and_claims_hold() -> None:
    """All seven truces found (the displaced going home after it came into force; kept in
    force "until Feb. 18") and none from a truce recalled by its date ("which took effect on
    27 November", blind: one false, two missed); every claim of breach found, none false
    (a warning over "its breaches", breaches a side will answer, warnings from B that A is
    breaching)."""
    reports = read_reports(DEV / "lebanon-9.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "lebanon.toml")))
    truces = result["per_kind"]["truce_agreed"]
    assert truces["tp"] >= 7 and truces["fp"] == 0, [
        e for e in result["errors"] if "truce_agreed" in e
    ]
    claims = result["per_kind"]["violation_claim"]
    assert claims["tp"] >= 17 and claims["fp"] == 0, [
        e for e in result["errors"] if "violation_claim" in e
    ]

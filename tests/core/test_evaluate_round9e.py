"""The tagger against the ninth blind round, part e: lebanon-8.jsonl.

The set holds real reports of the 2024-2025 Israel-Hezbollah war and truce (September 2024 -
March 2025) from Lebanese, Arab, Iranian, Hezbollah-side, Turkish, Russian, Israeli and wire
outlets, aimed at `truce_agreed` (the truce taking effect, its extension; and what is no new
truce: a US proposal accepted with comments, a deal "close", a leaked draft, a truce agreed
the day before an act) and at the claims of breach in those outlets' wording ("the Israeli
enemy", "the occupation army", "aggression", a withdrawal's "procrastination", "calling it a
violation by Israel"), with their accusers and accused, and a denial of rocket fire. Written
blind from pages no earlier set used and measured blind (docs/round9-blind-e.txt); rules
were then written against it (docs/wording.md section 18e). The floors keep what they won:
micro F1 a little under the figure reached, the roles, and the precision of truce_agreed,
the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_e_keeps_its_floor() -> None:
    assert_keeps_floor("lebanon-8", "lebanon", 0.94, 10, 11, 2)


def test_ninth_round_e_truces_stay_precise() -> None:
    """A proposal accepted with comments or a 'US-proposed ceasefire' agreed to, and a truce
    agreed 'a day after' which an act is told, are no truce_agreed (three false truces
    blind); the truce taking effect 'as the ceasefire between A and B came into force' is
    one (missed blind)."""
    reports = read_reports(DEV / "lebanon-8.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "lebanon.toml")))
    truces = result["per_kind"]["truce_agreed"]
    assert truces["fp"] == 0, [e for e in result["errors"] if "truce_agreed" in e]
    assert truces["fn"] == 0, [e for e in result["errors"] if "truce_agreed" in e]
    claims = result["per_kind"]["violation_claim"]
    assert claims["fp"] == 0 and claims["fn"] == 0, [
        e for e in result["errors"] if "violation_claim" in e
    ]

"""The tagger against the ninth blind round, part i: thai_cambodia-10.jsonl.

The set holds reports of the 2025 Thailand-Cambodia border conflict from Thai, Cambodian,
Malaysian, Chinese, Japanese, American and wire outlets (July 2025 - December 2025), aimed
at the truces and what is not one: the Putrajaya truce of 28 July and its taking effect, the
breach claims of 29-30 July with Phnom Penh's denials, the border committee of 7 August and
the observers that followed, the Kuala Lumpur accord of 26 October signed with Trump
present, its suspension in November, the calls of December, the joint statement of 27
December, the truce holding and consolidated in Yunnan, and the drone charge. Written blind
from pages no earlier set used and measured blind (docs/round9-blind-i.txt); rules were then
written against it (docs/wording.md section 18i). The floors keep what they won: micro F1 a
little under the figure reached, the roles, and the truces, the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_i_keeps_its_floor() -> None:
    assert_keeps_floor("thai_cambodia-10", "thai_cambodia", 0.92, 6, 6, 7)


def test_ninth_round_i_truces_and_monitors_hold() -> None:
    """Every truce found and none false (a signing presided over, a document signed "in
    which" the sides agree, steps agreed to shore up a truce; no truce "agreed in principle"
    or "that came into force this week"), and the observers at work found (blind: four
    truces missed, two false; seven of eight observer reports missed)."""
    reports = read_reports(DEV / "thai_cambodia-10.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "thai_cambodia.toml")))
    truces = result["per_kind"]["truce_agreed"]
    assert truces["tp"] >= 13 and truces["fp"] == 0, [
        e for e in result["errors"] if "truce_agreed" in e
    ]
    monitors = result["per_kind"]["peacekeeping"]
    assert monitors["tp"] >= 7 and monitors["fp"] <= 1, [
        e for e in result["errors"] if "peacekeeping" in e
    ]
    claims = result["per_kind"]["violation_claim"]
    assert claims["tp"] >= 7 and claims["fp"] == 0, [
        e for e in result["errors"] if "violation_claim" in e
    ]

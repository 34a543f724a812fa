"""The tagger against the ninth blind round, part g: karabakh-real-10.jsonl.

The set holds reports of the 2020 Karabakh war (27 September - 17 November) from Armenian,
Azerbaijani, Russian, Turkish, Iranian, Georgian, Gulf, Indian, Pakistani, European and US
outlets and the wires, aimed at the diplomacy around the war: the appeals of Iran, Saudi
Arabia, the GCC, India and NATO, Georgia's offer to host talks, the Moscow truce of 10
October, the humanitarian truce of 17-18 October, Pompeo's meetings and the US-brokered
truce of 25-26 October, the trilateral statement of 9-10 November, the breach claims and
denials around them, and reports that look diplomatic and are not (an ally's pledge of
support, a leader's interview, an arms transit ban, a condolence letter, aid flights, an
explainer recapping last week's statement). Written blind from pages no earlier set used
and measured blind (docs/round9-blind-g.txt); rules were then written against it
(docs/wording.md section 18g). The floors keep what they won: micro F1 a little under the
figure reached, the roles, and the calls and truces the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_g_keeps_its_floor() -> None:
    assert_keeps_floor("karabakh-real-10", "karabakh", 0.91, 3, 3, 5)


def test_ninth_round_g_calls_and_truces_hold() -> None:
    """Every call and truce found, at most one false call (blind: seven false calls, one
    false truce and one truce missed) and no false claim of breach."""
    reports = read_reports(DEV / "karabakh-real-10.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "karabakh.toml")))
    calls = result["per_kind"]["diplomatic_call"]
    assert calls["tp"] >= 14 and calls["fp"] <= 1, [
        e for e in result["errors"] if "diplomatic_call" in e
    ]
    truces = result["per_kind"]["truce_agreed"]
    assert truces["tp"] >= 7 and truces["fp"] == 0, [
        e for e in result["errors"] if "truce_agreed" in e
    ]
    claims = result["per_kind"]["violation_claim"]
    assert claims["tp"] >= 3 and claims["fp"] == 0, [
        e for e in result["errors"] if "violation_claim" in e
    ]

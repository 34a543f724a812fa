"""The tagger against the ninth blind round, part c: thai_cambodia-8.jsonl.

The set holds real reports of the 2025 Thailand-Cambodia border conflict aimed at
truce_agreed and the claims around it: the Putrajaya truce of 28 July and its first breach
claims and denials, a ceasefire agreed "in principle" and a proposal accepted (no truce
yet), the border committee's agreements of September, the Kuala Lumpur accord of 26 October
signed and inked, its signing announced beforehand, Thailand's suspension of it in November,
the Prey Chan shooting of 12 November with Cambodia's charges and Thailand's denial, Trump's
"cease all shooting" claim and the December demands that the other side declare a truce
first, the talks, the terms agreed and the joint statement of 27 December, and the drone
charge two days later. Written blind from pages no earlier set used and measured blind
(docs/round9-blind-c.txt); rules were then written against it (docs/wording.md section
18c). The floors keep what they won: micro F1 a little under the figure reached, the roles,
and truce_agreed, the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_c_keeps_its_floor() -> None:
    assert_keeps_floor("thai_cambodia-8", "thai_cambodia", 0.92, 7, 7, 3)


def test_ninth_round_c_truces_stay_right() -> None:
    """A truce demanded of the other side ("must announce the ceasefire first"), a truce
    that took effect two days before a breach report, and proposals, plans and suspensions
    are no truce agreed; a truce inked, agreed on its terms, or signed with a relative clause
    before the verb is one: no false truce in the set (there were three blind), none lost
    (three were missed blind)."""
    reports = read_reports(DEV / "thai_cambodia-8.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "thai_cambodia.toml")))
    truces = result["per_kind"]["truce_agreed"]
    assert truces["fp"] == 0, [e for e in result["errors"] if "truce_agreed" in e]
    assert truces["tp"] >= 14, [e for e in result["errors"] if "truce_agreed" in e]

"""The tagger against the ninth blind round, part j: lebanon-10.jsonl.

The set holds reports of the Israel-Lebanon front outside the truce of November 2024 that
the earlier Lebanon sets cover, from Israeli, Lebanese, Hezbollah-side, Arab, Iranian,
Western, UN and other outlets: the April 1996 understanding (the fighting before it, Warren
Christopher's shuttle, its announcement and start), the 2006 war (the Rome talks, Resolution
1701 voted, accepted by both cabinets, the cessation of hostilities of 14 August, its second
day, the Bekaa raid of 19 August called a violation and denied), the calls of 2024 (the UN,
Hochstein, Séjourné, Qatar) and the claims and meetings of 2025 (UNIFIL, Aoun with Guterres
and Le Drian, the Metula rockets and Hezbollah's denial, the Mechanism); and what is no new
truce or call: a truce holding, one recalled on its anniversary, one said to be close, a
vote that calls for one, a deal hailed. Written blind from pages no earlier set used and
measured blind (docs/round9-blind-j.txt); rules were then written against it
(docs/wording.md section 18j). The floors keep what they won: micro F1 a little under the
figure reached, the roles, and the truces, the kind the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def test_ninth_round_j_keeps_its_floor() -> None:
    assert_keeps_floor("lebanon-10", "lebanon", 0.93, 8, 7, 3)


def test_ninth_round_j_truces_and_peacekeepers_hold() -> None:
    """Seven of eight truces found (both cabinets accepting Resolution 1701; blind: three
    missed), at most one false (blind: two); no peacekeeping from a force that accuses or a
    committee named by the truce it watches (blind: three false)."""
    reports = read_reports(DEV / "lebanon-10.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / "lebanon.toml")))
    truces = result["per_kind"]["truce_agreed"]
    assert truces["tp"] >= 7 and truces["fp"] <= 1, [
        e for e in result["errors"] if "truce_agreed" in e
    ]
    assert result["per_kind"]["peacekeeping"]["fp"] == 0, [
        e for e in result["errors"] if "peacekeeping" in e
    ]

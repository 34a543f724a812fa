"""The tagger against the ninth blind round, part b: lebanon-7.jsonl.

The set holds real reports of the 2024 Israel-Hezbollah ceasefire in Lebanon (October 2024 -
February 2025) aimed at truce_agreed (a cabinet's approval, a president's announcement, the
truce taking effect at 4 a.m., its extension to 18 February, and what is no new truce:
proposals, talks on a deal, a deal recapped in a later report, a victory speech) and at the
claims of breach that followed it, with accuser and accused (a participle's charge, one's
own part of the deal not carried out, a speaker named after the verb, an outlet's own
voice). Written blind from pages no earlier set used, of Israeli, Lebanese, Hezbollah,
Iranian, Arab, Turkish, Russian, Western and other outlets, and measured blind
(docs/round9-blind-b.txt); rules were then written against it (docs/wording.md section
18b). The floors keep what they won: micro F1 a little under the figure reached, the roles,
and truce_agreed and violation_claim, the kinds the round was for.
"""

from __future__ import annotations

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger


def _result() -> dict:
    reports = read_reports(DEV / "lebanon-7.jsonl")
    return evaluate(reports, Tagger(load_profile(BUNDLED / "lebanon.toml")))


def test_ninth_round_b_keeps_its_floor() -> None:
    assert_keeps_floor("lebanon-7", "lebanon", 0.93, 10, 11)


def test_ninth_round_b_truces_and_claims_stay_exact() -> None:
    """Every truce agreed, extended or taking effect is found and no proposal, talks, recap
    or speech is taken for one; every claim of breach is found and none is made up (the
    blind measure lost one claim, a participle's 'accusing B of failing to carry out its
    part of the deal')."""
    result = _result()
    truces = result["per_kind"]["truce_agreed"]
    claims = result["per_kind"]["violation_claim"]
    assert truces["fp"] == 0 and truces["tp"] >= 10, [
        e for e in result["errors"] if "truce_agreed" in e
    ]
    assert claims["fp"] == 0 and claims["tp"] >= 13, [
        e for e in result["errors"] if "violation_claim" in e
    ]


def test_ninth_round_b_truce_reports_make_no_false_call() -> None:
    """The mediation a truce came after, a speaker who mediated it, the consultations a
    decision was taken after, a cabinet sitting and an army pressing on are no
    diplomatic_call (six false calls blind, none after)."""
    result = _result()
    calls = result["per_kind"]["diplomatic_call"]
    assert calls["fp"] == 0, [e for e in result["errors"] if "diplomatic_call" in e]

"""The tagger against round 9zt: who accuses whom, by grammar (issue 12).

This round sorted the role errors of every read dev set by the grammar that causes them
(docs/wording.md section 18zt) and fixed a class where no set lost a true tag or a right
role and no set's entries per event rose: a person named after a trailing verb with an
appositive naming the side; a relative clause's own subject; "A joined B in accusing C";
"each accusing the other"; the owner of the breaches before the cue; a quoted claim's owner
never its denier; "the MP said" for the speaker before. The floors keep what it won.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, DEV, assert_keeps_floor
from tui.evaluate import read_reports, report_text
from tui.profile import load_profile
from tui.tagger import Tagger

# set, profile, micro F1 floor, accusers right, accused right, deniers right
_MICRO = [
    ("india_pakistan-3", "india_pakistan", 0.915, 4, 4, 7),
    ("israel_iran", "israel_iran", 0.955, 10, 7, 8),
    ("karabakh-real-5", "karabakh", 0.845, 5, 6, 4),
    ("lebanon-11", "lebanon", 0.829, 8, 10, 4),
    ("lebanon-2", "lebanon", 0.935, 13, 13, 5),
    ("lebanon-6", "lebanon", 0.945, 15, 16, 5),
    ("lebanon-9", "lebanon", 0.985, 13, 15, 1),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), _MICRO)
def test_round_9zt_keeps_roles(
    name: str, profile: str, f1: float, accuser: int, accused: int, denier: int
) -> None:
    """Before the round: india_pakistan-3 deniers 6, israel_iran accusers 9,
    karabakh-real-5 accused 5, lebanon-11 accused 9, lebanon-2 accusers 12, lebanon-6
    accusers 14, lebanon-9 accusers 12 and accused 14."""
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)


def test_round_9zt_figure_keeps_its_claimant() -> None:
    """thai_cambodia-16: the figure of a sentence told by a person named after "said", with
    an appositive naming the side and a relative clause after it, is that side's (before
    the round: no speaker, and the report's other side took the figure)."""
    tagger = Tagger(load_profile(BUNDLED / "thai_cambodia.toml"))
    report = next(
        r
        for r in read_reports(DEV / "thai_cambodia-16.jsonl")
        if r["id"] == "zo-reuters-0423-second-day"
    )
    tags = tagger.tag(report["headline_own_words"], report_text(report), report["published"])
    figures = {
        (c.count, c.what, c.claimed_by)
        for t in tags
        if t.kind == "casualties"
        for c in t.casualties
    }
    assert (3, "killed", "cambodia") in figures, figures
    assert (3, "killed", "thailand") not in figures, figures

"""What is not news: negation, hedges, recaps, truces named in passing."""

from __future__ import annotations

import pytest

from tui.tagger import Tagger

# ---- negation, hedges, recap ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence ministry said no ceasefire violations were recorded overnight.",
        "Azerbaijan denied violating the ceasefire.",
        "Baku insisted its forces did not breach the truce.",
    ],
)
def test_negated_claims_accuse_nobody(tagger: Tagger, text: str) -> None:
    tags = tagger.tag("", text, "2020-10-20")
    assert not any(t.kind == "violation_claim" and t.accused for t in tags)

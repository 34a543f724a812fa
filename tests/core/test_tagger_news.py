"""What is not news: negation, hedges, recaps, truces named in passing."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first, kinds
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


def test_truce_named_inside_a_violation_is_no_new_truce(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Baku said Armenian troops violated the truce agreed on Saturday in Moscow.",
        "2020-10-11",
    )
    assert kinds(tags) >= {"violation_claim"}
    assert "truce_agreed" not in kinds(tags)


def test_a_truce_named_on_its_own_day_is_news(tagger):
    tags = tagger.tag(
        "", "Iran welcomed the humanitarian ceasefire agreed in Moscow overnight.", "2020-10-10"
    )
    assert first(tags, "truce_agreed").event_date == "2020-10-10"

"""Truces agreed in real wording: without "truce agreed", and what is no new truce."""

from __future__ import annotations

from tests.core.tagger_helpers import kinds
from tui.tagger import Tagger


def test_a_truce_in_a_subordinate_clause_is_news_only_on_its_day(tagger: Tagger) -> None:
    text = "Crowds stormed parliament after the prime minister announced a ceasefire deal."
    assert "truce_agreed" in kinds(tagger.tag("", text, "2020-11-10"))
    recap = text.replace("deal.", "deal on 9 November.")
    assert "truce_agreed" not in kinds(tagger.tag("", recap, "2020-11-20"))

"""Truces agreed in real wording: without "truce agreed", and what is no new truce."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import kinds
from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to halt hostilities after talks in Moscow.",
        "It was decided to cease hostilities from noon, the foreign ministers said.",
        "Front-line units were ordered to cease fire, the Karabakh army said.",
        "Both armies would stop all firing from 17:00, the mediators announced.",
        "The armistice takes effect at midday, the Kremlin said.",
        "A decision on a humanitarian ceasefire from midnight has been taken by Yerevan and Baku.",
        "The parliament of Azerbaijan ratified the ceasefire accord on Friday.",
        "The ceasefire agreement was approved by the cabinet late on Friday.",
        "The accord brokered by Moscow takes effect at 4 a.m. local time.",
        "The leaders signed an understanding on ending the fighting from midnight.",
        "A decision on a humanitarian truce from 00:00 on Sunday has been taken by both sides.",
        "The two ministries said they would declare a humanitarian truce from 20:00 GMT.",
        "Baku confirmed the truce in a statement worded as Yerevan's was.",
        "The armistice, in force since midnight, is meant to end six weeks of war.",
    ],
)
def test_a_truce_agreed_in_other_words(tagger: Tagger, text: str) -> None:
    assert "truce_agreed" in kinds(tagger.tag("", text, "2020-10-10"))


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers hope to consolidate the newly reached ceasefire.",
        "Lavrov said the agreed truce is not fully respected.",
        "Pompeo appealed for the agreed ceasefires to be kept.",
        "The leaders agreed to meet next week to negotiate a ceasefire.",
        "An Israeli strike killed a shepherd, shaking the fragile truce.",
        "The truce monitoring committee is to start work within two days.",
        "The deal calls for an initial 60-day halt in fighting.",
    ],
)
def test_no_new_truce(tagger: Tagger, text: str) -> None:
    assert "truce_agreed" not in kinds(tagger.tag("", text, "2020-10-13"))


def test_a_truce_in_a_subordinate_clause_is_news_only_on_its_day(tagger: Tagger) -> None:
    text = "Crowds stormed parliament after the prime minister announced a ceasefire deal."
    assert "truce_agreed" in kinds(tagger.tag("", text, "2020-11-10"))
    recap = text.replace("deal.", "deal on 9 November.")
    assert "truce_agreed" not in kinds(tagger.tag("", recap, "2020-11-20"))

"""Diplomacy in other clothes, and what looks like diplomacy but is not."""

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
        "Lavrov asked his Turkish counterpart to press Baku to respect the truce.",
        "The military operations chiefs of both armies spoke by hotline on Tuesday.",
        "The French president hailed the deal.",
        "Aliyev received a Turkish military delegation led by Akar in Baku.",
        "Pompeo will host the Armenian and Azerbaijani foreign ministers on Friday.",
        "Iran has drawn up a plan to end the conflict and will present it in both capitals.",
        "The defence ministers signed a memorandum on a joint monitoring centre.",
        "The two sides agreed to avoid targeting civilians, the co-chairs said.",
        "Washington and Paris were asked to press Israel to withdraw, officials said.",
        "The ministers will meet the co-chairs in Geneva next week.",
        "Moscow is ready to provide a platform for contacts, Lavrov said.",
        "The UN Security Council was asked by Armenia to address the shelling.",
    ],
)
def test_diplomacy_in_other_words(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" in kinds(tagger.tag("", text, "2020-10-13"))


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister visited troops at a front-line outpost.",
        "The deal calls for an initial 60-day halt in fighting.",
        "Ankara urged Baku to start hostilities, a newspaper's sources said.",
        "The agreement was announced after a cabinet meeting, officials said.",
        "The governments approved a plan to end the conflict, Biden said.",
        "The Red Cross urged the sides to spare civilians.",
        "Prisoners were swapped after talks led by the peacekeeping commander.",
        "Russian peacekeepers urged both sides to keep the truce after the clash.",
    ],
)
def test_no_diplomacy(tagger: Tagger, text: str) -> None:
    assert "diplomatic_call" not in kinds(tagger.tag("", text, "2020-10-13"))

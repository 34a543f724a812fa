"""Tags as rows, and sentences split around abbreviations."""

from __future__ import annotations

import pytest

from tui.profile import load_profile
from tui.tagger import Tagger, split_sentences


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(load_profile())


# ---- rows and sentences ---------------------------------------------------------------


def test_sentence_split_keeps_abbreviations() -> None:
    text = "Talks start on Oct. 9 in Moscow. The U.S. backs them. Then what?"
    assert split_sentences(text) == [
        "Talks start on Oct. 9 in Moscow.",
        "The U.S. backs them.",
        "Then what?",
    ]

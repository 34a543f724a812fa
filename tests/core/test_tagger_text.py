"""Tags as rows, and sentences split around abbreviations."""

from __future__ import annotations

from tui.tagger import split_sentences

# ---- rows and sentences ---------------------------------------------------------------


def test_sentence_split_keeps_abbreviations() -> None:
    text = "Talks start on Oct. 9 in Moscow. The U.S. backs them. Then what?"
    assert split_sentences(text) == [
        "Talks start on Oct. 9 in Moscow.",
        "The U.S. backs them.",
        "Then what?",
    ]

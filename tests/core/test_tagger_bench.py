"""The documented tagging benchmark command (``python -m tui.tagger --bench N``)."""

from __future__ import annotations

import pytest

from tui.tagger import main as tagger_main


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_tagging_benchmark_command_runs(capsys, jobs):
    """The documented benchmark works (its figures are quoted, not asserted)."""
    assert tagger_main(["--bench", "40", "--jobs", jobs]) == 0
    out = capsys.readouterr().out
    assert out.startswith("40 items of ~") and "items/second (wall clock)" in out
    assert ("in 2 processes" in out) is (jobs == "2")


def test_tagging_benchmark_with_unique_sentences(capsys):
    """``--unique`` (no sentence repeats, so the sentence cache serves none) runs too."""
    assert tagger_main(["--bench", "20", "--unique"]) == 0
    assert "items/second of CPU time" in capsys.readouterr().out

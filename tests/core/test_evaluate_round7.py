"""The tagger against the seventh blind round of dev sets, each with its own profile.

ethiopia_tigray.jsonl is a war no rule had seen (Tigray, 2021-2025: the March 2022 truce,
its collapse, the Pretoria agreement, the Nairobi declaration and the breach claims after
them), read with a profile of parties, places and sides only
(tui/profile/bundled/ethiopia_tigray.toml); thai_cambodia-6.jsonl holds truces agreed and
breaches claimed and denied in the Thai-Cambodian conflict of 2025-2026. Both were written
and measured blind (docs/round7-blind.txt), then rules were written against them
(docs/wording.md section 14); the floors keep what those rules won (micro F1 a little under
the figures reached, and the roles) so that a later rule change cannot quietly lose it.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, assert_keeps_floor
from tui.profile import load_profile
from tui.tagger import Tagger

# (set, profile, micro F1 floor, accuser, accused and denier right at least)
FLOORS = [
    ("ethiopia_tigray", "ethiopia_tigray", 0.94, 5, 7, 7),
    ("thai_cambodia-6", "thai_cambodia", 0.94, 7, 7, 5),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), FLOORS)
def test_seventh_round_keeps_its_floor(name, profile, f1, accuser, accused, denier):
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)


def test_a_story_attacked_in_words_is_no_attack() -> None:
    """A minister who "attacked the story" in posts online struck no one (the default
    profile carries its own attack rule, so this is read with a profile of names only)."""
    tagger = Tagger(load_profile(BUNDLED / "ethiopia_tigray.toml"))
    tags = tagger.tag(
        "",
        "The Eritrean minister attacked the story in a string of posts on Friday.",
        "2021-02-20",
    )
    assert "attack" not in {t.kind for t in tags}

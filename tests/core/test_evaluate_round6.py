"""The tagger against the sixth blind round of dev sets, each with its own profile.

israel_iran.jsonl is a conflict no rule had seen, read with a profile of parties, places
and sides only (tui/profile/bundled/israel_iran.toml); karabakh-real-6.jsonl holds denials
and calls told inside other news. Both were written and measured blind
(docs/round6-blind.txt), then rules were written against them (docs/wording.md section
13); the floors keep what those rules won (micro F1 a little under the figures reached,
and the roles) so that a later rule change cannot quietly lose it.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import assert_keeps_floor

# (set, profile, micro F1 floor, accuser, accused and denier right at least)
FLOORS = [
    ("israel_iran", "israel_iran", 0.93, 8, 6, 8),
    ("karabakh-real-6", "karabakh", 0.92, 0, 0, 10),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), FLOORS)
def test_sixth_round_keeps_its_floor(name, profile, f1, accuser, accused, denier):
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)

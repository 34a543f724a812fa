"""The tagger against the fifth blind round of dev sets, each with its own profile.

These reports (docs/wording.md section 12) were written and measured blind, then rules
were written against them; the floors keep what those rules won (micro F1 a little under
the figures reached, and the roles) so that a later rule change cannot quietly lose it.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import assert_keeps_floor

# (set, profile, micro F1 floor, accuser right at least, accused right at least)
FLOORS = [
    ("karabakh-real-5", "karabakh", 0.81, 5, 5),
    ("lebanon-5", "lebanon", 0.91, 3, 5),
    ("thai_cambodia-5", "thai_cambodia", 0.78, 5, 5),
    ("india_pakistan-2", "india_pakistan", 0.89, 6, 6),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused"), FLOORS)
def test_fifth_round_keeps_its_floor(name, profile, f1, accuser, accused):
    assert_keeps_floor(name, profile, f1, accuser, accused)

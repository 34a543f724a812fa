"""The tagger against the eighth blind round (b): lebanon-6, the Israel-Lebanon war.

lebanon-6.jsonl holds reports of the war before the truce (September-November 2024), the
27 November 2024 ceasefire, its monitoring committee, the Lebanese army's deployment, the
extension to 18 February 2025, UNIFIL statements, the claims and denials of breaches, and
the March 2025 rockets and strikes on Beirut's suburbs, in the real wording of outlets of
both sides and neutral wires. It was written and measured blind (docs/round8-blind-b.txt),
then rules were written against it (docs/wording.md section 16); the floor keeps what
those rules won (micro F1 a little under the figure reached, and the roles) so that a later
rule change cannot quietly lose it.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, assert_keeps_floor
from tui.profile import load_profile
from tui.tagger import Tagger

# (set, profile, micro F1 floor, accuser, accused and denier right at least)
FLOORS = [
    ("lebanon-6", "lebanon", 0.93, 14, 16, 5),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), FLOORS)
def test_eighth_round_b_keeps_its_floor(name, profile, f1, accuser, accused, denier):
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)


def test_a_name_with_its_article_opens_a_sentence() -> None:
    """The Lebanon profile names Hezbollah "the Iran-backed group", as news writes it; at
    the head of a sentence news writes "The Iran-backed group denied ...", and that is
    still the group, not Iran."""
    tagger = Tagger(load_profile(BUNDLED / "lebanon.toml"))
    tags = tagger.tag(
        "",
        "The Iran-backed group denied Friday's rocket fire, saying it was committed to the truce.",
        "2025-03-28",
    )
    assert {t.denier for t in tags if t.kind == "denial"} == {"hezbollah"}

"""The tagger against the eighth blind round (c): thai_cambodia-7, December 2025.

thai_cambodia-7.jsonl holds reports of Thailand's suspension of the Kuala Lumpur accord in
November 2025, the renewed fighting from 7-8 December (air strikes, rocket fire, civilian
deaths, each side blaming the other), Trump's calls, the special ASEAN meeting, the ceasefire
of 27 December and its 72-hour test, the drone breach claims and their denial, the delayed
and then done release of 18 Cambodian soldiers, in the real wording of outlets of both
sides and neutral wires. It was written and measured blind (docs/round8-blind-c.txt), then
rules were written against it (docs/wording.md section 17); the floor keeps what those rules
won (micro F1 a little under the figure reached, and the roles) so that a later rule change
cannot quietly lose it.
"""

from __future__ import annotations

import pytest

from tests.core.eval_floors import BUNDLED, assert_keeps_floor
from tui.profile import load_profile
from tui.tagger import Tagger

# (set, profile, micro F1 floor, accuser, accused and denier right at least)
FLOORS = [
    ("thai_cambodia-7", "thai_cambodia", 0.94, 7, 7, 6),
]


@pytest.mark.parametrize(("name", "profile", "f1", "accuser", "accused", "denier"), FLOORS)
def test_eighth_round_c_keeps_its_floor(name, profile, f1, accuser, accused, denier):
    assert_keeps_floor(name, profile, f1, accuser, accused, denier)


def test_a_delay_over_alleged_breaches_is_bangkoks_charge() -> None:
    """Bangkok delaying the release of Cambodian soldiers "because of alleged breaches"
    accuses Cambodia: the soldiers named before "alleged" are not the speaker."""
    tagger = Tagger(load_profile(BUNDLED / "thai_cambodia.toml"))
    tags = tagger.tag(
        "",
        "Bangkok said it had delayed the release of 18 Cambodian soldiers because of "
        "alleged breaches of the deal.",
        "2025-12-30",
    )
    claims = {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"}
    assert claims == {("thailand", "cambodia")}


def test_drones_detected_are_a_breach_claim_not_a_strike() -> None:
    """Drones seen crossing the border, called a breach of the new truce, are the Thai
    army's claim against Cambodia; no strike is told."""
    tagger = Tagger(load_profile(BUNDLED / "thai_cambodia.toml"))
    tags = tagger.tag(
        "",
        "More than 250 drones were detected flying in from the Cambodian side on Sunday "
        "night, a provocation that breaches the ceasefire, the Royal Thai Army said.",
        "2025-12-29",
    )
    kinds = {t.kind for t in tags}
    assert "attack" not in kinds
    assert {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"} == {
        ("thailand", "cambodia")
    }

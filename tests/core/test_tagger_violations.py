"""Violation claims without "violated", and who accuses whom by grammar."""

from __future__ import annotations

from tests.core.tagger_helpers import first
from tui.tagger import Tagger


def test_the_claims_by_y_make_y_the_accuser(tagger: Tagger) -> None:
    tags = tagger.tag(
        "",
        "Yerevan dismissed the claims by Baku that Armenian forces shelled Tartar in breach "
        "of the ceasefire.",
        "2020-10-13",
    )
    claim = first(tags, "violation_claim")
    assert (claim.accuser, claim.accused) == ("azerbaijan", "armenia")
    assert first(tags, "denial").denier == "armenia"
    # the attack inside the denied claim is no allegation by the denier
    assert {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"} == {
        ("azerbaijan", "armenia")
    }

"""The tagger's attribution: speakers, accusers, the accused and deniers."""

from __future__ import annotations

import pytest

from tests.core.tagger_helpers import first

# ---- roles: appositives, participles, passive accusations ----------------------------


def test_a_claimant_named_in_the_denied_claim_is_no_denier(tagger):
    text = "An official said Azerbaijan's claim to have taken Jabrayil was untrue."
    assert first(tagger.tag("", text, "2020-10-04"), "denial").denier != "azerbaijan"


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        ("Armenia was accused of firing on Ganja despite the truce.", None),
        (
            "Armenian forces were accused by Baku of firing on Ganja despite the truce.",
            "azerbaijan",
        ),
    ],
)
def test_a_passive_accusation_names_its_subject_as_the_accused(tagger, text, accuser):
    claims = [t for t in tagger.tag("", text, "2020-10-11") if t.kind == "violation_claim"]
    assert [(t.accuser, t.accused) for t in claims] == [(accuser, "armenia")]

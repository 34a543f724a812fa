"""A report about something else entirely makes no tag, and a civilian building is
humanitarian only where it is harmed (issue 13, no false facts). Our own sentences."""

from __future__ import annotations

import pytest

from tui.tagger import Tagger

PUBLISHED = "2020-10-15T10:00:00Z"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Baku stock market climbs with oil prices",
            "Shares traded in Baku ended the day 2 percent higher, and markets in Moscow and "
            "Istanbul also rose.",
        ),
        (
            "Yerevan opera hosts autumn festival",
            "The festival opened with a concert of Armenian music, with guests from France.",
        ),
        (
            "Baku club wins away in European league",
            "The Azerbaijani champions scored late to beat their hosts in the league's group "
            "stage.",
        ),
    ],
)
def test_a_report_of_something_else_makes_no_tag(tagger: Tagger, title: str, text: str) -> None:
    assert tagger.tag(title, text, PUBLISHED) == []

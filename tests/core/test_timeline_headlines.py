"""A report's headline names its story: what its body alone tells that day is part of it.

Hand-made tags (the builder alone); sentences are our own words.
"""

from __future__ import annotations

from dataclasses import replace

from tests.core.test_timeline_events import DAY, build, report, tag
from tui.records import Casualty, Tag, TaggedItem

WOUNDED = Casualty(count=5, what="wounded", group="military", claimed_by="azerbaijan")
PARTIES = ("armenia", "azerbaijan")


def denial(sentence: str) -> Tag:
    return tag("denial", sentence, denier="armenia", parties=PARTIES)


def headlined(item_id: str, *tags: Tag) -> TaggedItem:
    """A report whose headline is its first tag's sentence."""
    return replace(report(item_id, *tags), title=tags[0].evidence)


def mine_story(counter_claim: Tag) -> list[TaggedItem]:
    """Two reports headlining Yerevan's denial of a mine blast; one tells the blast, the
    other, lower down, Yerevan's own charge against Baku."""
    return [
        headlined(
            "a",
            denial("Yerevan denies laying the mine that wounded five Azerbaijani soldiers"),
            tag("casualties", "Baku said five of its soldiers were hurt.", casualties=(WOUNDED,)),
        ),
        headlined(
            "b",
            denial("Armenia calls Baku's mine charge baseless"),
            counter_claim,
        ),
    ]


def charge(sentence: str) -> Tag:
    return tag(
        "violation_claim", sentence, accuser="armenia", accused="azerbaijan", parties=PARTIES
    )


def test_a_counter_charge_told_only_in_the_body_of_a_denial_story_is_that_story() -> None:
    body = charge("It is Azerbaijan that keeps breaking the truce, the ministry added.")
    [entry] = build(*mine_story(body))
    assert entry.date == DAY
    assert {"denial", "violation_claim", "casualties"} <= set(entry.kinds)
    assert set(entry.item_ids) == {"a", "b"}


def test_the_same_charge_a_report_headlines_stays_an_entry_of_its_own() -> None:
    body = charge("It is Azerbaijan that keeps breaking the truce, the ministry added.")
    own = headlined("c", charge("Armenia accuses Azerbaijan of breaking the truce"))
    entries = build(*mine_story(body), own)
    assert len(entries) == 2
    claim = next(e for e in entries if "c" in e.item_ids)
    assert "violation_claim" in claim.kinds

"""An act a denial names, told at no place, keeps that denial (a 200,000-report bench store
had a day where it did not: the act's entry had no denial to title, the build failed).

Hand-made tags, as in test_timeline_events.py; sentences are our own words.
"""

from __future__ import annotations

import json

from tests.core.eval_floors import BUNDLED, DEV
from tests.core.test_timeline_events import report as events_report
from tests.core.test_timeline_events import tag as events_tag
from tui.profile import load_profile
from tui.records import AutoEntry, Tag, TaggedItem
from tui.tagger import Tagger
from tui.timeline import build_entries

PROFILE = load_profile()
DAY = "2020-11-09"


def report(item_id: str, *tags: Tag) -> TaggedItem:
    return events_report(item_id, *tags, side="other", day=DAY)


def tag(kind: str, evidence: str, **fields) -> Tag:
    fields.setdefault("event_date", DAY)
    return events_tag(kind, evidence, **fields)


def test_a_downing_denied_beside_the_days_fighting_keeps_its_denial() -> None:
    # the denial is linked to the day's place-less attacks; most of those are the day's
    # fighting, two are the downing it names
    items = [
        report(
            "denier",
            tag(
                "denial",
                "Ankara's spokesman said the claim that a Turkish jet had shot down an "
                "Armenian plane was false.",
                denier="turkey",
                parties=("turkey", "armenia"),
            ),
        ),
        report(
            "jet",
            tag(
                "attack",
                "Yerevan said a Turkish fighter had shot down one of its attack planes.",
                parties=("armenia", "turkey"),
            ),
            tag(
                "denial",
                "Ankara rejected the claim as a lie.",
                denier="turkey",
                parties=("turkey", "azerbaijan"),
            ),
        ),
        report(
            "helicopter",
            tag(
                "attack",
                "A helicopter flying along the border was shot down, the ministry said.",
                parties=("russia", "armenia"),
            ),
        ),
        report(
            "front",
            tag(
                "attack",
                "The army said it had beaten back attacks along the front.",
                parties=("azerbaijan",),
            ),
        ),
        report(
            "call",
            tag("attack", "The leaders spoke of the fighting by phone.", parties=("armenia",)),
        ),
        report(
            "mobilised",
            tag(
                "attack",
                "Reservists were called up after the assault of the night.",
                parties=("armenia", "azerbaijan"),
            ),
        ),
    ]
    entries: list[AutoEntry] = list(build_entries(items, PROFILE))
    downing = [e for e in entries if "denier" in {s.item_id for s in e.sources}]
    assert len(downing) == 1
    assert {"denier", "jet"} <= {s.item_id for s in downing[0].sources}
    assert all(d.denier == "turkey" for d in downing[0].denials)
    assert downing[0].denials


def test_a_mine_blast_its_charge_and_the_denials_over_two_days_are_one_entry() -> None:
    """The four own-words reports of a mine blast in our dev set (the blast with the
    accord suspended; the charge of new mines with a denial; a denial of laying mines;
    a next-day report of the blast with the denial) make one entry: before, the blast
    and the next-day report were an act-denied entry beside the dispute."""
    rows = [
        json.loads(line)
        for line in (DEV / "thai_cambodia-14.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line).get("event") == "2025-11-10-mine-suspension"
    ]
    assert len(rows) == 4
    profile = load_profile(BUNDLED / "thai_cambodia.toml")
    tagger = Tagger(profile)
    items = [
        TaggedItem(
            row["id"],
            row["outlet_side"],
            row["outlet"],
            None,
            row["headline_own_words"],
            row["text"],
            row["published"] + "T12:00:00Z",
            tuple(
                tagger.tag(row["headline_own_words"], row["text"], row["published"] + "T12:00:00Z")
            ),
        )
        for row in rows
    ]
    entries = list(build_entries(items, profile))
    holding = [e for e in entries if set(e.item_ids) & {r["id"] for r in rows}]
    assert len(holding) == 1, [(e.date, e.title, e.item_ids) for e in holding]
    assert "Cambodia" in holding[0].title and "denies" in holding[0].title

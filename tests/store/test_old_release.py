"""A database made by the release before events keeps its user's edits after a rebuild.

`tests/fixtures/timeline/old-release.db` was built by the kind-bucket builder and edited
(see `make_old_release_db.py` beside it). Opened by today's code it gains `kinds` and
`weight` (migration 0006); the rebuild gives new keys, and each edit goes to the new
entry holding most of the old entry's reports.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tui.config import DEFAULT_PROFILE
from tui.pipeline import profile_for, rebuild_timeline
from tui.records import EntryFilter
from tui.store import Store

OLD = Path(__file__).parent.parent / "fixtures" / "timeline" / "old-release.db"
DAY = "2020-10-28"


def test_an_old_release_database_keeps_its_edits_through_the_new_keys(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(OLD, path)
    with Store(path) as store:
        # before the rebuild: the migration gave each entry its kind as its only kind
        kinds = dict(store.db.execute("SELECT key, kinds FROM entries").fetchall())
        assert json.loads(kinds[f"{DAY}|attack|Barda"]) == ["attack"]
        assert store.count_entries(EntryFilter(kinds=("attack",))) == 1
        ids = dict(store.db.execute("SELECT guid, id FROM items").fetchall())

        rebuild_timeline(store, profile_for(DEFAULT_PROFILE), None)

        rows = {
            row["key"]: row
            for row in store.db.query("SELECT id, key, title, hidden, merged_into FROM entries")
        }
        assert set(rows) == {
            f"{DAY}|site|Barda",
            f"{DAY}|dispute|armenian+azerbaijani",
            f"{DAY}|appeals|-",
            "manual:8",
        }
        site = rows[f"{DAY}|site|Barda"]
        # the retitled casualty bucket's title, on the event holding its reports
        assert site["title"] == "Barda: 21 civilians die in rockets"
        sources = {s["id"]: s for s in store.entry(site["id"])["sources"]}
        # r2 was moved out of the harm bucket and into the attack one: both are this
        # entry now, so it stays, as the user's link
        assert set(sources) == {ids["r1"], ids["r2"]}
        assert sources[ids["r2"]]["origin"] == "manual"
        # the hidden appeal hides the day's appeals that hold it
        assert rows[f"{DAY}|appeals|-"]["hidden"] == 1
        # the two claims the user merged are one dispute: shown, no merge left
        dispute = rows[f"{DAY}|dispute|armenian+azerbaijani"]
        assert dispute["hidden"] == 0 and dispute["merged_into"] is None
        assert {s["id"] for s in store.entry(dispute["id"])["sources"]} == {ids["r3"], ids["r4"]}
        # the hand-made entry is untouched
        assert rows["manual:8"]["title"] == "Curfew in Barda"
        assert [s["id"] for s in store.entry(rows["manual:8"]["id"])["sources"]] == [ids["r2"]]
        # a second rebuild changes nothing
        before = list(store.db.execute("SELECT id, key, title, hidden FROM entries ORDER BY id"))
        rebuild_timeline(store, profile_for(DEFAULT_PROFILE), None)
        assert list(store.db.execute("SELECT id, key, title, hidden FROM entries ORDER BY id")) == (
            before
        )
        # the day's order: the dispute above the strike above the (hidden) appeals
        assert [e["key"] for e in store.entries_page(0, 10, EntryFilter())][:2] == [
            f"{DAY}|dispute|armenian+azerbaijani",
            f"{DAY}|site|Barda",
        ]

"""The user's timeline edits: they survive every rebuild, and they fail clearly."""

from __future__ import annotations

import pytest

from tests.store.rows import auto_entry as AutoEntryRow
from tests.store.test_store import FEED, item
from tui.errors import StoreError
from tui.records import EntryFilter


@pytest.mark.parametrize("scope", ["every day (None)", "the days named"])
def test_a_rebuild_removes_stale_auto_entries_but_keeps_edited_ones(store, scope):
    """Written keys live in a temporary table and stale entries go in one DELETE: an
    automatic entry not written again is removed unless the user hid, retitled, merged
    into or linked a report to it; ids of rewritten entries stay. Two rebuilds in a row,
    so keys left over from the first must not protect anything in the second."""
    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(n) for n in range(8)])
    ids = [row[0] for row in store.db.execute("SELECT id FROM items ORDER BY guid")]

    def row(name: str, n: int, day: str = "2020-10-11") -> AutoEntryRow:
        return AutoEntryRow(name, day, "attack", f"Entry {name}", items=((ids[n], None),))

    every = [
        row("kept", 0),
        row("plain", 1, "2020-10-12"),
        row("hidden", 2),
        row("retitled", 3, "2020-10-12"),
        row("target", 4),
        row("merged", 5),
        row("linked", 6, "2020-10-12"),
    ]
    days = None if scope == "every day (None)" else ["2020-10-11", "2020-10-12"]
    assert store.write_auto_entries(days, every, now="2020-10-13T00:00:00Z") == (7, 0)
    by_key = dict(store.db.execute("SELECT key, id FROM entries").fetchall())
    store.set_entry_hidden(by_key["hidden"])
    store.retitle_entry(by_key["retitled"], "My title")
    store.merge_entries(by_key["target"], by_key["merged"])
    store.move_item(ids[7], by_key["kept"], by_key["linked"])
    handmade = store.create_entry("2020-10-12", "attack", "By hand", [ids[1]])

    again = [row("kept", 0), row("merged", 5), row("new", 7, "2020-10-12")]
    for expected in ((3, 1), (3, 0)):  # the first drops 'plain'; the second finds nothing
        assert store.write_auto_entries(days, again, now="2020-10-14T00:00:00Z") == expected

    after = dict(store.db.execute("SELECT key, id FROM entries").fetchall())
    assert set(after) == set(by_key) - {"plain"} | {"new", f"manual:{handmade}"}
    assert {key: after[key] for key in by_key if key in after} == {
        key: value for key, value in by_key.items() if key != "plain"
    }
    assert store.entry(after["hidden"])["hidden"] == 1
    assert store.entry(after["retitled"])["title"] == "My title"
    assert store.entry(after["merged"])["merged_into"] == after["target"]
    counts = dict(store.db.execute("SELECT key, source_count FROM entries").fetchall())
    assert counts["target"] == 1  # the merged entry's report, counted under its target
    assert counts["hidden"] == 0 and counts["retitled"] == 0  # no automatic links left
    assert counts["linked"] == 1 and counts[f"manual:{handmade}"] == 1
    assert [s["id"] for s in store.entry(after["linked"])["sources"]] == [ids[7]]
    # the report moved out of 'kept' stays out of it, rebuild after rebuild
    assert [s["id"] for s in store.entry(after["kept"])["sources"]] == [ids[0]]


def test_edits_of_a_missing_entry_or_an_empty_title_are_clear_errors(store):
    with pytest.raises(StoreError, match="no entry 99"):
        store.set_entry_hidden(99)
    with pytest.raises(StoreError, match="cannot be empty"):
        store.retitle_entry(1, "   ")
    with pytest.raises(StoreError, match="into itself"):
        store.merge_entries(3, 3)


def test_edits_of_old_kind_buckets_move_to_the_event_holding_their_reports(store):
    """A database made by the kind-bucket builder (keys `day|attack|Barda`,
    `day|casualties|Barda`, `day|violation_claim|a>b`) rebuilt by the event builder
    (`day|site|Barda`, `day|dispute|...`): each edit goes to the new entry holding most
    of the old entry's reports; hand-made entries and moved reports stay."""
    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(n) for n in range(6)])
    ids = [row[0] for row in store.db.execute("SELECT id FROM items ORDER BY guid")]
    day = "2020-10-28"

    def row(key: str, kind: str, *numbers: int) -> AutoEntryRow:
        return AutoEntryRow(key, day, kind, f"Old {key}", items=[(ids[n], None) for n in numbers])

    old = [
        row(f"{day}|attack|Barda", "attack", 0, 1),
        row(f"{day}|casualties|Barda", "casualties", 1),
        row(f"{day}|violation_claim|azerbaijan>armenia", "violation_claim", 2),
        row(f"{day}|violation_claim|armenia>azerbaijan", "violation_claim", 3),
        row(f"{day}|diplomatic_call|france", "diplomatic_call", 4),
    ]
    store.write_auto_entries(None, old, now="2020-10-29T00:00:00Z")
    key_id = dict(store.db.execute("SELECT key, id FROM entries").fetchall())
    store.retitle_entry(key_id[f"{day}|attack|Barda"], "Barda hit by cluster rockets")
    store.set_entry_hidden(key_id[f"{day}|diplomatic_call|france"])
    store.merge_entries(
        key_id[f"{day}|violation_claim|azerbaijan>armenia"],
        key_id[f"{day}|violation_claim|armenia>azerbaijan"],
    )
    store.move_item(ids[5], key_id[f"{day}|casualties|Barda"], key_id[f"{day}|attack|Barda"])
    handmade = store.create_entry(day, "other", "Curfew in Barda", [ids[0]])

    new = [
        {**row(f"{day}|site|Barda", "attack", 0, 1), "kinds": ("attack", "casualties")},
        {**row(f"{day}|dispute|armenian+azerbaijani", "violation_claim", 2, 3), "weight": 80.0},
        row(f"{day}|appeals|-", "diplomatic_call", 4),
    ]
    store.write_auto_entries(None, new, now="2020-10-30T00:00:00Z")
    after = {
        row["key"]: row
        for row in store.db.query("SELECT key, id, title, hidden, merged_into FROM entries")
    }
    assert set(after) == {
        f"{day}|site|Barda",
        f"{day}|dispute|armenian+azerbaijani",
        f"{day}|appeals|-",
        f"manual:{handmade}",
    }
    site = after[f"{day}|site|Barda"]
    assert site["title"] == "Barda hit by cluster rockets"
    assert {s["id"] for s in store.entry(site["id"])["sources"]} == {ids[0], ids[1], ids[5]}
    assert after[f"{day}|appeals|-"]["hidden"] == 1
    # the two merged claims are one dispute now: no merge left, nothing lost
    assert after[f"{day}|dispute|armenian+azerbaijani"]["merged_into"] is None
    assert store.entry(after[f"manual:{handmade}"]["id"])["title"] == "Curfew in Barda"
    assert store.entries_page(0, 10)[0]["key"] == f"{day}|dispute|armenian+azerbaijani"
    assert [e["key"] for e in store.entries_page(0, 10, EntryFilter(kinds=("casualties",)))] == [
        f"{day}|site|Barda"
    ]

"""The database: migrations, ingest rules, and failures that lose nothing."""

from __future__ import annotations

import sqlite3

import pytest

from tests.store.rows import auto_entry as AutoEntryRow
from tui.config import FeedConfig
from tui.errors import StoreError
from tui.records import ParsedItem
from tui.store import Store

FEED = FeedConfig("Wire", "https://wire.example/rss", "western")


def item(n: int, text: str = "Karabakh text") -> ParsedItem:
    return ParsedItem(
        guid=f"g{n}",
        link=f"https://wire.example/{n}",
        title=f"Title {n}",
        text=text,
        published=f"2020-10-{10 + n % 10:02d}T08:00:00Z",
        content_hash=f"{n}:{text}",
    )


def test_migrations_are_recorded_and_reopening_is_harmless(db_path):
    with Store(db_path) as first:
        applied = first.schema_version()
    with Store(db_path) as second:
        assert second.schema_version() == applied
    assert applied[0] == "0001_feeds_items"
    tables = set(
        sqlite3.connect(db_path)
        .execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        .fetchall()
    )
    assert {
        ("feeds",),
        ("items",),
        ("items_fts",),
        ("tags",),
        ("entries",),
        ("entry_items",),
    } <= tables


def test_wal_mode_lets_a_reader_read_during_a_write(db_path):
    with Store(db_path) as store:
        store.sync_feeds([FEED])
        store.ingest(FEED.url, [item(1)])
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        writer = sqlite3.connect(db_path)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE items SET read = 1")
        assert store.count_items() == 1  # readers are not blocked by a writer
        writer.rollback()


def test_a_locked_database_is_a_clear_error_and_nothing_is_half_written(db_path):
    with Store(db_path) as setup:
        setup.sync_feeds([FEED])
        setup.ingest(FEED.url, [item(1)])
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(db_path, busy_timeout_ms=100) as store, pytest.raises(StoreError) as caught:
            store.ingest(FEED.url, [item(2), item(3)])
        assert "locked" in str(caught.value)
        assert str(db_path) in str(caught.value)
    finally:
        holder.rollback()
    with Store(db_path) as store:
        assert store.count_items() == 1


def test_a_full_disk_rolls_back_the_whole_feed_and_keeps_read_marks(db_path):
    with Store(db_path) as store:
        store.sync_feeds([FEED])
        store.ingest(FEED.url, [item(1)])
        store.set_read([store.newest_items(1)[0]["id"]])
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # a disk with no room left
        big = [item(n, text="Karabakh " + "x" * 4000 + str(n)) for n in range(2, 60)]
        with pytest.raises(StoreError, match="full"):
            store.ingest(FEED.url, big)
    with Store(db_path) as store:
        rows = store.newest_items(10)
        assert [(r["title"], r["read"]) for r in rows] == [("Title 1", 1)]


def test_not_a_database_is_reported_with_the_path(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as caught:
        Store(bogus)
    assert str(bogus) in str(caught.value)
    assert "not a database" in str(caught.value)


def test_search_tolerates_fts_syntax_and_finds_prefixes(store):
    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(1, "Shelling of Stepanakert overnight"), item(2, "Talks")])
    assert [r["title"] for r in store.search_items("stepanak")] == ["Title 1"]
    for hostile in ('"', "AND OR NOT", "title:(", "*", "NEAR("):
        store.search_items(hostile)  # never raises


def test_sync_feeds_keeps_history_of_a_removed_feed(store):
    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(1)])
    store.sync_feeds([])
    assert store.count_items() == 1
    assert [f["url"] for f in store.feeds()] == [FEED.url]


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

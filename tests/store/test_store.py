"""The database: migrations, ingest rules, and failures that lose nothing."""

from __future__ import annotations

import sqlite3

import pytest

from tui.config import FeedConfig
from tui.errors import StoreError
from tui.records import ParsedItem
from tui.store import Store
from tui.store.tags import tagged_items

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


def test_tags_are_rows_only_inside_the_store(store):
    """A Tag goes in and comes back the same; the builder reads TaggedItems."""
    from tui.records import Casualty, Tag

    tag = Tag(
        kind="casualties",
        rule="casualties/count",
        evidence="Two civilians were wounded.",
        parties=("azerbaijan",),
        places=("Tartar",),
        event_date="2020-10-12",
        date_basis="explicit",
        casualties=(Casualty(2, "wounded", "civilian", "azerbaijan"),),
    )
    store.sync_feeds([FEED])
    result = store.ingest(FEED.url, [item(1), item(2)], tags=[(tag,), ()])
    assert result.tag_dates == frozenset({"2020-10-12"})
    [tagged] = list(store.iter_tagged_items(["2020-10-12"]))
    assert tagged.tags == (tag,)
    assert tagged.outlet == "Wire" and tagged.side == "western"


def test_entry_day_work_counts_entries_and_sources_per_day(store):
    from tests.store.rows import auto_entry
    from tui.records import EntryFilter

    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(n) for n in range(3)])
    ids = [row[0] for row in store.db.execute("SELECT id FROM items ORDER BY guid")]
    entries = [
        auto_entry("a", "2020-10-11", "attack", "A", items=((ids[0], None), (ids[1], None))),
        auto_entry("b", "2020-10-11", "attack", "B", items=((ids[2], None),)),
        auto_entry("c", "2020-10-12", "attack", "C", items=((ids[2], None),)),
    ]
    store.write_auto_entries(None, entries, now="2020-10-13T00:00:00Z")
    assert store.entry_day_work(EntryFilter()) == [("2020-10-11", 2, 3), ("2020-10-12", 1, 1)]
    assert store.entry_day_work(EntryFilter(since="2020-10-12")) == [("2020-10-12", 1, 1)]


def test_a_write_batch_commits_or_rolls_back_whole(store):
    store.sync_feeds([FEED])
    assert store.end_batch(commit=True, begin=True) is None
    store.ingest(FEED.url, [item(1)])
    assert store.end_batch(commit=False, begin=False) is None  # rolled back
    assert store.count_items() == 0
    assert store.end_batch(commit=True, begin=True) is None
    store.ingest(FEED.url, [item(1)])
    assert store.end_batch(commit=True, begin=False) is None
    assert store.count_items() == 1 and not store.in_transaction


def test_filters_are_records_and_the_store_writes_their_sql():
    from tui.records import EntryFilter, ItemFilter
    from tui.store.entry_filters import entry_order, entry_where
    from tui.store.items import item_where

    assert item_where(ItemFilter()) == ("1", [])
    where, args = item_where(ItemFilter(unread_only=True, side="armenian"))
    assert where == "items.read = 0 AND feeds.side = ?" and args == ["armenian"]
    where, args = entry_where(EntryFilter(kinds=("attack",), since="2020-10-01"))
    assert where.startswith("entries.merged_into IS NULL AND entries.hidden = 0")
    assert args == ["attack", "2020-10-01"]
    assert entry_order(EntryFilter(newest_first=True)) == (
        "entries.date DESC, entries.weight DESC, entries.id ASC"
    )


def test_the_key_events_view_keeps_each_days_heaviest_entries(store):
    from tests.store.rows import auto_entry as auto_row
    from tui.records import EntryFilter

    rows = [
        auto_row("a", "2020-10-10", "diplomatic_call", "Appeal", weight=1.0),
        auto_row("b", "2020-10-10", "truce_agreed", "Truce", weight=9.0),
        auto_row("c", "2020-10-10", "attack", "Strike", weight=4.0, kinds=("attack", "casualties")),
        auto_row("d", "2020-10-10", "violation_claim", "Claims", weight=6.0),
        auto_row("e", "2020-10-11", "attack", "Shelling", weight=2.0),
    ]
    store.write_auto_entries(None, rows, now="2020-12-01T00:00:00Z")
    titles = [e["title"] for e in store.iter_entries(EntryFilter(key_events=2))]
    assert titles == ["Truce", "Claims", "Shelling"]  # heaviest first within a day
    # the view ranks what the other filters keep: the two heaviest attacks of a day
    attacks = EntryFilter(kinds=("casualties", "attack", "diplomatic_call"), key_events=2)
    assert [e["title"] for e in store.iter_entries(attacks)] == ["Strike", "Appeal", "Shelling"]
    assert store.count_entries(EntryFilter()) == 5


def test_the_wal_is_copied_back_while_the_app_stays_open(db_path):
    """SQLite's own checkpoint is off (it ran inside COMMIT and made locks look long), so
    the store must checkpoint itself: a long session must not grow the WAL without end."""
    big = "Karabakh shelling report " * 400  # ~10 KB an item: a few pages each
    with Store(db_path) as store:
        store.sync_feeds([FEED])
        for n in range(600):
            store.ingest(FEED.url, [item(n, f"{big} {n}")])
            page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
            wal = db_path.with_name(db_path.name + "-wal")
            assert wal.stat().st_size < 2 * 1000 * page_size
        assert store.count_items() == 600
        assert store.longest_write < 1.0


def test_the_wal_checkpoint_runs_beside_the_writer_and_ends_before_close(db_path, monkeypatch):
    """A checkpoint mostly waits for the disk: it runs in a thread on a connection of its
    own, so the writer goes on; closing the store waits for it, and the data is whole."""
    import threading

    from tui.store import db as store_db

    threads: list[str] = []
    checkpoint = store_db._checkpoint

    def recorded(path: str) -> None:
        threads.append(threading.current_thread().name)
        checkpoint(path)

    monkeypatch.setattr(store_db, "_checkpoint", recorded)
    big = "Karabakh shelling report " * 400
    with Store(db_path) as store:
        store.sync_feeds([FEED])
        for n in range(300):
            store.ingest(FEED.url, [item(n, f"{big} {n}")])
    assert threads and all(name == "wal-checkpoint" for name in threads)
    # close() waited for the last one
    assert not [t for t in threading.enumerate() if t.name == "wal-checkpoint"]
    with Store(db_path) as again:
        assert again.count_items() == 300


def test_a_few_days_tags_are_the_same_rows_as_a_full_read_of_those_days(store):
    """The rebuild of touched days reads their tags through the event-date index; it must
    read exactly what a full read filtered to those days gives: tags dated that day, and
    undated tags of items published that day (never of an item whose date was guessed)."""
    from tui.records import Tag

    store.sync_feeds([FEED])
    undated_item = ParsedItem("u", "https://wire.example/u", "U", "x", None, "u:x")
    store.ingest(FEED.url, [item(n) for n in range(12)] + [undated_item])
    ids = dict(store.db.execute("SELECT guid, id FROM items").fetchall())

    def tag(kind: str, day: str | None) -> Tag:
        return Tag(kind=kind, rule=f"{kind}/x", evidence=kind, event_date=day)

    store.replace_tags(
        [
            (ids[f"g{n}"], [tag("attack", None), tag("truce_agreed", "2020-10-12")])
            for n in range(12)
        ]
        + [(ids["u"], [tag("attack", None), tag("denial", "2020-10-13")])]
    )
    every = list(store.iter_tag_rows())
    guessed = store.db.execute("SELECT substr(published, 1, 10) FROM items WHERE guid = 'u'")
    fetched_day = guessed.fetchone()[0]  # the undated item's guessed day: no tag of its own
    spread = ["2020-10-09", "2020-10-11", "2020-10-12", "2020-10-13", "2020-10-15"]
    for days in (
        ["2020-10-12"],
        ["2020-10-13", "2020-10-15"],
        ["2020-10-11"],
        [fetched_day],
        [],
        spread,  # runs of days apart: one range of publication times each
        [*spread, "20201012", "2020-W42-1"],  # not ISO days: no ranges, the same rows
    ):
        wanted = [row for row in every if row["day"] in days]
        assert list(store.iter_tag_rows(days)) == wanted, days


def test_the_builder_reads_back_every_field_of_every_tag(store):
    """The rebuild reads tags back without a dict per row: each report and tag it gets
    is the one written (parties, places, casualty figures, empty fields and all)."""
    from tui.records import Casualty, Tag

    store.sync_feeds([FEED])
    store.ingest(FEED.url, [item(n) for n in range(4)])
    ids = [row[0] for row in store.db.execute("SELECT id FROM items ORDER BY guid")]
    full = Tag(
        kind="casualties",
        rule="casualties/toll",
        evidence="Two soldiers were killed in Fuzuli, the ministry said.",
        accuser="azerbaijan",
        parties=("azerbaijan", "armenia"),
        places=("Fuzuli",),
        event_date="2020-10-12",
        date_basis="text",
        casualties=(
            Casualty(2, "killed", "military", "azerbaijan"),
            Casualty(5, "wounded", approximate=True),
        ),
    )
    bare = Tag(kind="attack", rule="attack/x", evidence="")
    written = {ids[0]: [full, bare], ids[1]: [bare], ids[2]: [full], ids[3]: [bare, full, bare]}
    store.replace_tags(list(written.items()))
    read = list(store.iter_tagged_items())
    assert sorted(read, key=lambda t: t.item_id) == sorted(
        tagged_items(store.iter_tag_rows()), key=lambda t: t.item_id
    )
    by_item: dict[str, list[Tag]] = {}
    for report in read:
        assert report.title.startswith("Title ") and report.outlet == FEED.name
        by_item.setdefault(report.item_id, []).extend(report.tags)
    assert {key: sorted(tags, key=repr) for key, tags in by_item.items()} == {
        key: sorted(tags, key=repr) for key, tags in written.items()
    }
    days = ["2020-10-10", "2020-10-12"]
    assert list(store.iter_tagged_items(days)) == list(tagged_items(store.iter_tag_rows(days)))

"""The entries table: the automatic timeline the builder writes, and reading it back.

Automatic rows are rewritten freely by `retag` and `poll`; manual edits (a title typed
by the user, a hidden flag, a merge, an item moved by hand, an entry made by hand) are
kept in their own columns and rows, which the rebuild never touches (see `edits.py`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from tui.records import AutoEntry, EntryFilter
from tui.store.db import StoreBase, decode_json
from tui.store.entry_filters import ALL_ENTRIES, entry_order, entry_where
from tui.store.entry_rows import entry_row, with_details

_SOURCE_IDS = "SELECT id FROM entries AS m WHERE m.id = ? OR m.merged_into = ?"


class EntriesMixin(StoreBase):
    """Methods of `Store` for the entries table."""

    # ---- automatic entries ----------------------------------------------------------

    def write_auto_entries(
        self,
        dates: Iterable[str] | None,
        entries: Iterable[AutoEntry | Mapping[str, Any]],
        *,
        now: str,
    ) -> tuple[int, int]:
        """Rewrite the automatic part of the timeline for `dates` (None: every date).

        Entries are matched by key so their ids, hidden flags, manual titles and merges
        survive; automatic links are replaced; an automatic entry that no longer has
        any source is removed unless the user edited it. Returns (written, removed).
        """
        written = removed = 0
        with self.writing("saving the timeline"):
            self._remember_edited_sources(dates)
            if dates is None:
                self.db.execute(
                    "DELETE FROM entry_items WHERE origin = 'auto' AND entry_id IN "
                    "(SELECT id FROM entries WHERE origin = 'auto')"
                )
                stale_scope, stale_args = "1", []
            else:
                day_list = sorted(set(dates))
                marks = ",".join("?" * len(day_list)) or "NULL"
                self.db.execute(
                    f"DELETE FROM entry_items WHERE origin = 'auto' AND entry_id IN "
                    f"(SELECT id FROM entries WHERE origin = 'auto' AND date IN ({marks}))",
                    day_list,
                )
                stale_scope, stale_args = f"date IN ({marks})", day_list
            # The keys written, in a temporary table rather than a Python set: a full
            # rebuild of 200,000 items writes ~100,000 entries, and memory stays flat.
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS written_keys (key TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.written_keys")
            for entry in entries:
                row = entry_row(entry)
                self.db.execute(
                    "INSERT OR IGNORE INTO temp.written_keys (key) VALUES (?)", [row["key"]]
                )
                entry_id = self._upsert_auto_entry(row, now)
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin, duplicate_of) "
                    "SELECT ?, ?, 'auto', ? WHERE NOT EXISTS (SELECT 1 FROM entry_exclusions "
                    "WHERE entry_id = ? AND item_id = ?)",
                    [(entry_id, item, dup, entry_id, item) for item, dup in row["items"]],
                )
                written += 1
            # an edited entry whose key is gone hands its edits to the entry now holding
            # most of its reports (a new builder groups differently: new keys)
            removed += self._carry_edits_over()
            # automatic entries of these days not written again are stale, unless edited
            removed += self.db.execute(
                f"DELETE FROM entries WHERE origin = 'auto' AND {stale_scope} "
                "AND key NOT IN (SELECT key FROM temp.written_keys) "
                "AND title_manual = 0 AND hidden = 0 AND NOT EXISTS (SELECT 1 FROM entries AS m "
                "WHERE m.merged_into = entries.id) AND NOT EXISTS (SELECT 1 FROM entry_items "
                "AS ei WHERE ei.entry_id = entries.id AND ei.origin = 'manual')",
                stale_args,
            ).rowcount
            self.db.execute("DELETE FROM temp.written_keys")
            self.db.execute(
                "DELETE FROM entry_items WHERE entry_id NOT IN (SELECT id FROM entries)"
            )
            self._refresh_source_counts(None if dates is None else list(set(dates)))
        return written, removed

    def _remember_edited_sources(self, dates: Iterable[str] | None) -> None:
        """The automatic reports of every edited automatic entry of `dates` (None: all),
        kept in a temporary table before the rebuild replaces the links."""
        self.db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS edited_sources (entry_id INTEGER, item_id TEXT)"
        )
        self.db.execute("DELETE FROM temp.edited_sources")
        scope, args = "1", []
        if dates is not None:
            day_list = sorted(set(dates))
            scope = f"e.date IN ({','.join('?' * len(day_list)) or 'NULL'})"
            args = day_list
        self.db.execute(
            "INSERT INTO temp.edited_sources (entry_id, item_id) SELECT ei.entry_id, ei.item_id "
            "FROM entries AS e JOIN entry_items AS ei ON ei.entry_id = e.id "
            f"WHERE e.origin = 'auto' AND ei.origin = 'auto' AND {scope} AND ("
            "e.title_manual = 1 OR e.hidden = 1 OR e.merged_into IS NOT NULL "
            "OR EXISTS (SELECT 1 FROM entries AS m WHERE m.merged_into = e.id) "
            "OR EXISTS (SELECT 1 FROM entry_items AS x WHERE x.entry_id = e.id "
            "AND x.origin = 'manual') "
            "OR EXISTS (SELECT 1 FROM entry_exclusions AS x WHERE x.entry_id = e.id))",
            args,
        )

    def _carry_edits_over(self) -> int:
        """Move the edits of each remembered entry that was not written again to the
        written entry holding most of its former reports (ties: the heavier, then the
        older); the old row goes. Returns the rows removed.

        Title, hidden flag, merges both ways, reports moved in by hand and reports moved
        out: each goes over. A new entry keeps its own manual title if it has one.
        """
        old_ids = [
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT s.entry_id FROM temp.edited_sources AS s "
                "JOIN entries AS e ON e.id = s.entry_id "
                "WHERE e.key NOT IN (SELECT key FROM temp.written_keys) ORDER BY s.entry_id"
            )
        ]
        mapping: dict[int, int] = {}
        for old in old_ids:
            found = self.db.execute(
                "SELECT e.id, count(*) AS n FROM entry_items AS ei "
                "JOIN entries AS e ON e.id = ei.entry_id "
                "JOIN temp.written_keys AS w ON w.key = e.key "
                "WHERE ei.origin = 'auto' AND ei.item_id IN "
                "(SELECT item_id FROM temp.edited_sources WHERE entry_id = ?) "
                "GROUP BY e.id ORDER BY n DESC, e.weight DESC, e.id LIMIT 1",
                [old],
            ).fetchone()
            if found is not None and found[0] != old:
                mapping[old] = int(found[0])
        for old, new in mapping.items():
            was = self.db.execute(
                "SELECT title, title_manual, hidden, merged_into FROM entries WHERE id = ?", [old]
            ).fetchone()
            title, title_manual, hidden, merged_into = was
            if title_manual:
                self.db.execute(
                    "UPDATE entries SET title = ?, title_manual = 1 WHERE id = ? "
                    "AND title_manual = 0",
                    [title, new],
                )
            if hidden:
                self.db.execute("UPDATE entries SET hidden = 1 WHERE id = ?", [new])
            if merged_into is not None:
                target = mapping.get(merged_into, merged_into)
                self.db.execute(
                    "UPDATE entries SET merged_into = ? WHERE id = ? AND merged_into IS NULL "
                    "AND ? != id",
                    [target, new, target],
                )
            self.db.execute("UPDATE entries SET merged_into = ? WHERE merged_into = ?", [new, old])
            # a report moved in by hand stays a manual link (it replaces an automatic one)
            self.db.execute(
                "DELETE FROM entry_items WHERE entry_id = ? AND origin = 'auto' AND item_id IN "
                "(SELECT item_id FROM entry_items WHERE entry_id = ? AND origin = 'manual')",
                [new, old],
            )
            self.db.execute(
                "UPDATE OR IGNORE entry_items SET entry_id = ? WHERE entry_id = ? "
                "AND origin = 'manual'",
                [new, old],
            )
            self.db.execute(
                "UPDATE OR IGNORE entry_exclusions SET entry_id = ? WHERE entry_id = ?",
                [new, old],
            )
        for new in set(mapping.values()):
            # moved out of one old entry and into another that both became this one: in
            self.db.execute(
                "DELETE FROM entry_exclusions WHERE entry_id = ? AND item_id IN "
                "(SELECT item_id FROM entry_items WHERE entry_id = ? AND origin = 'manual')",
                [new, new],
            )
            self.db.execute(
                "DELETE FROM entry_items WHERE entry_id = ? AND origin = 'auto' AND item_id IN "
                "(SELECT item_id FROM entry_exclusions WHERE entry_id = ?)",
                [new, new],
            )
        removed = 0
        for old in mapping:
            self.db.execute("DELETE FROM entry_exclusions WHERE entry_id = ?", [old])
            self.db.execute("DELETE FROM entry_items WHERE entry_id = ?", [old])
            removed += self.db.execute("DELETE FROM entries WHERE id = ?", [old]).rowcount
        if mapping:
            self.db.execute("UPDATE entries SET merged_into = NULL WHERE merged_into = id")
        self.db.execute("DELETE FROM temp.edited_sources")
        return removed

    def _upsert_auto_entry(self, row: Mapping[str, Any], now: str) -> int:
        found = self.db.execute("SELECT id FROM entries WHERE key = ?", [row["key"]]).fetchone()
        values = [*entry_columns(row), now]
        if found:
            self.db.execute(
                "UPDATE entries SET date = ?, kind = ?, kinds = ?, weight = ?, "
                "title = CASE WHEN title_manual = 1 THEN title ELSE ? END, "
                "parties = ?, places = ?, details = ?, updated = ? WHERE id = ?",
                [*values, found[0]],
            )
            return int(found[0])
        cursor = self.db.execute(
            "INSERT INTO entries (key, date, kind, kinds, weight, title, parties, places, "
            "details, updated, origin, hidden, title_manual) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 0, 0)",
            [row["key"], *values],
        )
        return int(cursor.lastrowid)

    def _refresh_source_counts(
        self, dates: list[str] | None, *, only_changed: bool = False
    ) -> None:
        """Recount the sources of the entries on `dates` (None: every entry)."""
        if dates is None:
            self._refresh_source_counts_for(None)
            return
        owners: set[int] = set()
        for start in range(0, len(dates), 500):
            chunk = dates[start : start + 500]
            owners.update(
                row[0]
                for row in self.db.execute(
                    "SELECT coalesce(merged_into, id) FROM entries "
                    f"WHERE date IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        self._refresh_source_counts_for(sorted(owners), only_changed=only_changed)

    # ---- reading the timeline -------------------------------------------------------

    def count_entries(self, entry_filter: EntryFilter = ALL_ENTRIES) -> int:
        where, args = entry_where(entry_filter)
        return self.db.execute(f"SELECT count(*) FROM entries WHERE {where}", args).fetchone()[0]

    def entries_page(
        self, offset: int, limit: int, entry_filter: EntryFilter = ALL_ENTRIES
    ) -> list[dict[str, Any]]:
        """A page of entries in date order, each with `sides` {side: sources} and `unread`."""
        where, args = entry_where(entry_filter)
        rows = [
            decode_json(row, ("parties", "places", "details", "kinds"))
            for row in self.db.query(
                f"SELECT * FROM entries WHERE {where} ORDER BY {entry_order(entry_filter)} "
                "LIMIT ? OFFSET ?",
                [*args, limit, offset],
            )
        ]
        self._attach_side_counts(rows)
        return rows

    def entry_position(self, entry_id: int, entry_filter: EntryFilter = ALL_ENTRIES) -> int | None:
        """Where an entry sits in `entries_page` order under a filter, or None if not shown."""
        where, args = entry_where(entry_filter)
        found = self.db.execute(
            f"SELECT date, weight FROM entries WHERE entries.id = ? AND {where}",
            [entry_id, *args],
        ).fetchone()
        if found is None:
            return None
        before = ">" if entry_filter.newest_first else "<"
        day, weight = found
        return self.db.execute(
            f"SELECT count(*) FROM entries WHERE {where} AND (entries.date {before} ? "
            "OR (entries.date = ? AND (entries.weight > ? OR (entries.weight = ? "
            "AND entries.id < ?))))",
            [*args, day, day, weight, weight, entry_id],
        ).fetchone()[0]

    def entry_day_work(self, entry_filter: EntryFilter) -> list[tuple[str, int, int]]:
        """(date, entries, sources) per day of the matching entries, oldest first.

        What a split export needs to cut the timeline into ranges of equal work.
        """
        where, args = entry_where(entry_filter)
        return [
            (row[0], row[1], row[2])
            for row in self.db.execute(
                "SELECT date, count(*), coalesce(sum(source_count), 0) FROM entries "
                f"WHERE {where} GROUP BY date ORDER BY date",
                args,
            )
        ]

    def entry_kinds(self) -> list[str]:
        """The kinds the timeline holds (main kinds and facets), for a filter's choices."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT kind FROM entries UNION SELECT json_each.value FROM entries, "
                "json_each(entries.kinds) ORDER BY 1"
            )
        ]

    def tag_kinds(self) -> list[str]:
        """The tag kinds found in items, for the item list's kind filter."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT kind FROM tags ORDER BY kind")]

    def set_entries_read(self, entry_filter: EntryFilter, read: bool = True) -> int:
        """Mark every source of every entry the timeline shows read; returns rows changed."""
        where, args = entry_where(entry_filter)
        with self.writing("saving read marks"):
            return self.db.execute(
                "UPDATE items SET read = ? WHERE read != ? AND id IN (SELECT ei.item_id FROM "
                "entry_items AS ei JOIN entries AS m ON m.id = ei.entry_id WHERE "
                f"coalesce(m.merged_into, m.id) IN (SELECT entries.id FROM entries WHERE {where}))",
                [int(read), int(read), *args],
            ).rowcount

    def iter_entries(
        self, entry_filter: EntryFilter = ALL_ENTRIES, page: int = 2_000
    ) -> Iterator[dict[str, Any]]:
        """Every matching entry, page by page (for export): memory stays flat."""
        offset = 0
        while True:
            rows = self.entries_page(offset, page, entry_filter)
            if not rows:
                return
            yield from rows
            offset += len(rows)

    def _attach_side_counts(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        by_id = {row["id"]: row for row in rows}
        for row in rows:
            row["sides"] = {}
            row["unread"] = 0
        marks = ",".join("?" * len(by_id))
        ids = list(by_id)
        for entry_id, side, sources, unread in self.db.execute(
            "SELECT coalesce(m.merged_into, m.id) AS owner, feeds.side, "
            "count(DISTINCT coalesce(ei.duplicate_of, ei.item_id)), "
            "sum(CASE WHEN items.read = 0 THEN 1 ELSE 0 END) "
            "FROM entries AS m JOIN entry_items AS ei ON ei.entry_id = m.id "
            "JOIN items ON items.id = ei.item_id LEFT JOIN feeds ON feeds.url = items.feed_url "
            f"WHERE m.id IN ({marks}) OR m.merged_into IN ({marks}) GROUP BY owner, feeds.side",
            [*ids, *ids],
        ):
            row = by_id.get(entry_id)
            if row is not None:
                row["sides"][side or "other"] = sources
                row["unread"] += unread or 0

    def entry(self, entry_id: int) -> dict[str, Any] | None:
        """One entry with its sources (oldest first) and the tags those sources carry."""
        found = list(self.db.query("SELECT * FROM entries WHERE id = ?", [entry_id]))
        if not found:
            return None
        entry = decode_json(found[0], ("parties", "places", "details", "kinds"))
        entry["sources"] = self.entry_sources(entry_id)
        ids = [s["id"] for s in entry["sources"]]
        tags: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.db.query(
                f"SELECT * FROM tags WHERE item_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                tags[row["item_id"]].append(decode_json(row, ("parties", "places", "casualties")))
        for source in entry["sources"]:
            source["tags"] = tags.get(source["id"], [])
        edited = any(s.get("linked_entry") != entry_id for s in entry["sources"])
        edited = edited or bool(
            self.db.execute(
                "SELECT 1 FROM entry_exclusions AS x JOIN entries AS e ON e.id = x.entry_id "
                "WHERE coalesce(e.merged_into, e.id) = ? LIMIT 1",
                [entry_id],
            ).fetchone()
        )
        with_details(entry, entry["sources"], edited=edited)
        self._attach_side_counts([entry])
        return entry

    def entry_sources(self, entry_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT items.id, items.feed_url, items.link, items.title, items.text, "
                "items.published, items.date_guessed, items.read, items.starred, "
                "ei.origin, ei.duplicate_of, ei.entry_id AS linked_entry, "
                "feeds.name AS feed_name, feeds.side AS side "
                "FROM entry_items AS ei JOIN items ON items.id = ei.item_id "
                "LEFT JOIN feeds ON feeds.url = items.feed_url "
                f"WHERE ei.entry_id IN ({_SOURCE_IDS}) "
                "GROUP BY items.id ORDER BY items.published, items.id",
                [entry_id, entry_id],
            )
        )

    def entries_sources(self, entry_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """The sources of many entries at once, each with its `tags` (for export).

        Two queries per call instead of `entry()` per entry; sources are ordered as in
        `entry_sources` (published, id) and tags by id, so the result is stable.
        """
        result: dict[int, list[dict[str, Any]]] = {int(i): [] for i in entry_ids}
        if not result:
            return result
        ids_json = json.dumps(list(result))
        by_item: dict[str, list[dict[str, Any]]] = {}
        for row in self.db.query(
            "SELECT coalesce(m.merged_into, m.id) AS owner, items.id, items.feed_url, "
            "items.link, items.title, items.published, items.date_guessed, "
            "min(ei.origin) AS origin, min(ei.duplicate_of) AS duplicate_of, "
            "feeds.name AS feed_name, feeds.side AS side "
            "FROM entries AS m JOIN entry_items AS ei ON ei.entry_id = m.id "
            "JOIN items ON items.id = ei.item_id LEFT JOIN feeds ON feeds.url = items.feed_url "
            "WHERE m.id IN (SELECT value FROM json_each(:ids)) "
            "OR m.merged_into IN (SELECT value FROM json_each(:ids)) "
            "GROUP BY owner, items.id ORDER BY owner, items.published, items.id",
            {"ids": ids_json},
        ):
            owner = row.pop("owner")
            row["tags"] = []
            if owner in result:
                result[owner].append(row)
                by_item.setdefault(row["id"], []).append(row)
        if by_item:
            for tag in self.db.query(
                "SELECT * FROM tags WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                [json.dumps(list(by_item))],
            ):
                decoded = decode_json(tag, ("parties", "places", "casualties"))
                for source in by_item[decoded["item_id"]]:
                    source["tags"].append(decoded)
        return result

    def entries_summary(self, entry_filter: EntryFilter = ALL_ENTRIES) -> dict[str, Any]:
        """Entries matching a filter: how many, first and last date, distinct sources."""
        where, args = entry_where(entry_filter)
        row = self.db.execute(
            f"WITH chosen AS (SELECT id, date FROM entries WHERE {where}) "
            "SELECT (SELECT count(*) FROM chosen), (SELECT min(date) FROM chosen), "
            "(SELECT max(date) FROM chosen), (SELECT count(DISTINCT ei.item_id) "
            "FROM entry_items AS ei JOIN entries AS m ON m.id = ei.entry_id "
            "WHERE coalesce(m.merged_into, m.id) IN (SELECT id FROM chosen))",
            args,
        ).fetchone()
        return {"entries": row[0], "first": row[1], "last": row[2], "sources": row[3]}

    def entries_for_item(self, item_id: str) -> list[dict[str, Any]]:
        """The entries an item is a source of (after merges), for the reader's links."""
        return [
            decode_json(row, ("parties", "places", "details", "kinds"))
            for row in self.db.query(
                "SELECT DISTINCT owner.* FROM entry_items AS ei "
                "JOIN entries AS e ON e.id = ei.entry_id "
                "JOIN entries AS owner ON owner.id = coalesce(e.merged_into, e.id) "
                "WHERE ei.item_id = ? ORDER BY owner.date, owner.weight DESC, owner.id",
                [item_id],
            )
        ]

    def _refresh_source_counts_for(
        self, ids: Sequence[int] | None, *, only_changed: bool = False
    ) -> None:
        """Recount sources per entry (merged entries count under their target).

        One grouped query instead of a subquery per entry: a rebuild of 20,000 entries
        stays a single pass over entry_items. `only_changed` writes just the counts that
        differ (a poll's rebuild leaves untouched rows untouched).
        """
        if only_changed and ids is not None:
            self._recount_changed(ids)
            return
        owner = "coalesce(e.merged_into, e.id)"
        count = (
            f"SELECT {owner}, count(DISTINCT coalesce(ei.duplicate_of, ei.item_id)) "
            "FROM entry_items AS ei JOIN entries AS e ON e.id = ei.entry_id"
        )
        if ids is None and sqlite3.sqlite_version_info >= (3, 33):
            # every entry: one statement (UPDATE ... FROM), no Python list of counts, so
            # a rebuild of 100,000 entries keeps memory flat
            self.db.execute("UPDATE entries SET source_count = 0 WHERE source_count != 0")
            self.db.execute(
                f"UPDATE entries SET source_count = c.n FROM (SELECT {owner} AS owner, "
                "count(DISTINCT coalesce(ei.duplicate_of, ei.item_id)) AS n FROM entry_items "
                "AS ei JOIN entries AS e ON e.id = ei.entry_id GROUP BY 1) AS c "
                "WHERE entries.id = c.owner"
            )
            return
        if ids is None:
            counts = self.db.execute(f"{count} GROUP BY 1").fetchall()
            self.db.execute("UPDATE entries SET source_count = 0 WHERE source_count != 0")
        else:
            counts = []
            for start in range(0, len(ids), 400):
                chunk = list(ids[start : start + 400])
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"UPDATE entries SET source_count = 0 WHERE id IN ({marks})", chunk)
                counts += self.db.execute(
                    f"{count} WHERE e.id IN ({marks}) OR e.merged_into IN ({marks}) GROUP BY 1",
                    [*chunk, *chunk],
                ).fetchall()
        self.db.conn.executemany(
            "UPDATE entries SET source_count = ? WHERE id = ?",
            [(n, entry_id) for entry_id, n in counts],
        )

    def _recount_changed(self, ids: Sequence[int]) -> None:
        """Set-based recount of `ids` that writes only the counts that changed."""
        owner = "coalesce(e.merged_into, e.id)"
        changes: list[tuple[int, int]] = []
        for chunk in _chunks(list(ids), 400):
            marks = _marks(chunk)
            counts = dict(
                self.db.execute(
                    f"SELECT {owner}, count(DISTINCT coalesce(ei.duplicate_of, ei.item_id)) "
                    "FROM entry_items AS ei JOIN entries AS e ON e.id = ei.entry_id "
                    f"WHERE e.id IN ({marks}) OR e.merged_into IN ({marks}) GROUP BY 1",
                    [*chunk, *chunk],
                ).fetchall()
            )
            for entry_id, current in self.db.execute(
                f"SELECT id, source_count FROM entries WHERE id IN ({marks})", chunk
            ):
                wanted = counts.get(entry_id, 0)
                if current != wanted:
                    changes.append((wanted, entry_id))
        if changes:
            self.db.conn.executemany("UPDATE entries SET source_count = ? WHERE id = ?", changes)


def _chunks(values: Sequence[Any], size: int = 500) -> Iterator[list[Any]]:
    """`values` in slices small enough for SQLite's bound-parameter limit."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values)) or "NULL"


def entry_columns(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """An automatic entry's written columns, in the order `_upsert_auto_entry` and the
    poll's sliced writer both use: date, kind, kinds, weight, title, parties, places,
    details."""
    return (
        row["date"],
        row["kind"],
        json.dumps(list(row.get("kinds") or (row["kind"],))),
        float(row.get("weight") or 0.0),
        row["title"],
        json.dumps(list(row.get("parties", ()))),
        json.dumps(list(row.get("places", ()))),
        json.dumps(row.get("details") or {}, sort_keys=True),
    )

"""Timeline tables in the store: tags, entries, their sources, and the user's edits.

Split from `store.py` to keep each file about one thing; `Store` inherits these methods.
Automatic rows are rewritten freely by `retag` and `poll`; manual edits (a title typed
by the user, a hidden flag, a merge, an item moved by hand, an entry made by hand) are
kept in their own columns and rows, which the rebuild never touches.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.errors import StoreError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from sqlite_utils import Database


# The day a tag belongs to, in SQL over `tags` joined with `items`: its own date, else
# the publication day, unless that was guessed.
TAG_DAY_SQL = (
    "coalesce(tags.event_date, CASE WHEN items.date_guessed = 1 THEN NULL "
    "ELSE substr(items.published, 1, 10) END)"
)


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What the timeline shows; the CLI, the app and the export share it."""

    kinds: tuple[str, ...] = ()
    party: str | None = None
    side: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    text: str | None = None  # words that must appear in the title or a source
    include_hidden: bool = False
    newest_first: bool = False

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["entries.merged_into IS NULL"]
        args: list[Any] = []
        if not self.include_hidden:
            clauses.append("entries.hidden = 0")
        if self.kinds:
            clauses.append(f"entries.kind IN ({','.join('?' * len(self.kinds))})")
            args.extend(self.kinds)
        if self.party:
            clauses.append(
                "EXISTS (SELECT 1 FROM json_each(entries.parties) WHERE json_each.value = ?)"
            )
            args.append(self.party)
        if self.since:
            clauses.append("entries.date >= ?")
            args.append(self.since)
        if self.until:
            clauses.append("entries.date <= ?")
            args.append(self.until)
        if self.side:
            clauses.append(
                "EXISTS (SELECT 1 FROM entry_items AS ei JOIN items ON items.id = ei.item_id "
                "JOIN feeds ON feeds.url = items.feed_url WHERE feeds.side = ? AND "
                "ei.entry_id IN (SELECT id FROM entries AS m WHERE m.id = entries.id "
                "OR m.merged_into = entries.id))"
            )
            args.append(self.side)
        if self.text and self.text.strip():
            words = [w.replace('"', '""') for w in self.text.split() if w.strip('"')]
            if words:
                match = " ".join(f'"{w}"' for w in words)
                clauses.append(
                    "(entries.title LIKE ? OR entries.id IN (SELECT ei.entry_id FROM entry_items "
                    "AS ei JOIN items ON items.id = ei.item_id WHERE items.rowid IN "
                    "(SELECT rowid FROM items_fts WHERE items_fts MATCH ?)))"
                )
                args.extend([f"%{self.text.strip()}%", match])
        return " AND ".join(clauses), args

    def order(self) -> str:
        direction = "DESC" if self.newest_first else "ASC"
        return f"entries.date {direction}, entries.id {direction}"


@dataclass(frozen=True, slots=True)
class AutoEntryRow:
    """An automatic entry as the timeline builder hands it to the store."""

    key: str
    date: str
    kind: str
    title: str
    parties: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    details: dict[str, Any] = field(default_factory=dict)
    # (item_id, duplicate_of or None): every source, syndicated copies marked
    items: tuple[tuple[str, str | None], ...] = ()


_SOURCE_IDS = "SELECT id FROM entries AS m WHERE m.id = ? OR m.merged_into = ?"

# A tag that carries a claim, a denial or casualty figures (the only tags the Markdown
# export reads). Written exactly as the WHERE of the partial index `idx_tags_claims`
# (migration 0004) so SQLite can use that index.
CLAIM_TAG = (
    "(tags.accuser IS NOT NULL OR tags.accused IS NOT NULL OR tags.denier IS NOT NULL "
    "OR (tags.casualties IS NOT NULL AND tags.casualties NOT IN ('', '[]')))"
)


def _carries_claim(tag: dict[str, Any]) -> bool:
    return bool(tag.get("accuser") or tag.get("accused") or tag.get("denier")) or bool(
        tag.get("casualties")
    )


class TimelineStoreMixin:
    """Methods of `Store` for tags and entries (see the module docstring)."""

    db: Database

    def writing(self, what: str) -> AbstractContextManager[Database]:  # provided by Store
        raise NotImplementedError

    # ---- tags ---------------------------------------------------------------------

    def replace_tags(
        self,
        item_tags: Iterable[tuple[str, Sequence[dict[str, Any]]]],
        *,
        new_items: frozenset[str] = frozenset(),
    ) -> int:
        """Replace the tags of each given item with the new rows; returns rows written.

        Items in `new_items` were just inserted and have no tags yet: nothing to delete.
        """
        pairs = list(item_tags)
        with self.writing("saving tags"):
            stale = [(item_id,) for item_id, _rows in pairs if item_id not in new_items]
            if stale:
                self.db.conn.executemany("DELETE FROM tags WHERE item_id = ?", stale)
            encoded = [_tag_row(item_id, row) for item_id, rows in pairs for row in rows]
            if encoded:
                self.db.conn.executemany(
                    "INSERT INTO tags (item_id, kind, rule, evidence, accuser, accused, "
                    "denier, parties, places, event_date, date_basis, casualties) VALUES "
                    "(:item_id, :kind, :rule, :evidence, :accuser, :accused, :denier, "
                    ":parties, :places, :event_date, :date_basis, :casualties)",
                    encoded,
                )
        return len(encoded)

    def tag_dates(self, item_ids: Sequence[str]) -> set[str]:
        """Event dates the given items' current tags sit on (their days need a rebuild)."""
        dates: set[str] = set()
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            dates.update(
                row[0]
                for row in self.db.execute(
                    f"SELECT DISTINCT event_date FROM tags WHERE item_id IN ({marks}) "
                    "AND event_date IS NOT NULL",
                    chunk,
                )
            )
        return dates

    def iter_tag_rows(self, dates: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every tag with its item's fields, in event-date then item order (streamed).

        The timeline builder reads this day by day, so a rebuild of 200,000 items never
        holds more than a couple of days in memory.
        """
        day = TAG_DAY_SQL
        where, args = f"{day} IS NOT NULL", []
        if dates is not None:
            where = f"{day} IN ({','.join('?' * len(dates)) or 'NULL'})"
            args = list(dates)
        cursor = self.db.execute(
            f"SELECT tags.*, {day} AS day, items.title AS item_title, items.text AS item_text, "
            "items.link AS item_link, items.published AS item_published, "
            "feeds.name AS feed_name, feeds.side AS feed_side "
            "FROM tags JOIN items ON items.id = tags.item_id "
            f"LEFT JOIN feeds ON feeds.url = items.feed_url WHERE {where} "
            f"ORDER BY {day}, tags.item_id, tags.id",
            args,
        )
        columns = [c[0] for c in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))

    def tags_for_item(self, item_id: str) -> list[dict[str, Any]]:
        return [
            _decode(row, ("parties", "places", "casualties"))
            for row in self.db.query("SELECT * FROM tags WHERE item_id = ? ORDER BY id", [item_id])
        ]

    # ---- automatic entries ----------------------------------------------------------

    def write_auto_entries(
        self, dates: Iterable[str] | None, entries: Iterable[AutoEntryRow], *, now: str
    ) -> tuple[int, int]:
        """Rewrite the automatic part of the timeline for `dates` (None: every date).

        Entries are matched by key so their ids, hidden flags, manual titles and merges
        survive; automatic links are replaced; an automatic entry that no longer has
        any source is removed unless the user edited it. Returns (written, removed).
        """
        written = removed = 0
        with self.writing("saving the timeline"):
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
                self.db.execute(
                    "INSERT OR IGNORE INTO temp.written_keys (key) VALUES (?)", [entry.key]
                )
                entry_id = self._upsert_auto_entry(entry, now)
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin, duplicate_of) "
                    "SELECT ?, ?, 'auto', ? WHERE NOT EXISTS (SELECT 1 FROM entry_exclusions "
                    "WHERE entry_id = ? AND item_id = ?)",
                    [(entry_id, item, dup, entry_id, item) for item, dup in entry.items],
                )
                written += 1
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

    def _upsert_auto_entry(self, entry: AutoEntryRow, now: str) -> int:
        found = self.db.execute("SELECT id FROM entries WHERE key = ?", [entry.key]).fetchone()
        values = [
            entry.date,
            entry.kind,
            entry.title,
            json.dumps(list(entry.parties)),
            json.dumps(list(entry.places)),
            json.dumps(entry.details, sort_keys=True),
            now,
        ]
        if found:
            self.db.execute(
                "UPDATE entries SET date = ?, kind = ?, "
                "title = CASE WHEN title_manual = 1 THEN title ELSE ? END, "
                "parties = ?, places = ?, details = ?, updated = ? WHERE id = ?",
                [*values, found[0]],
            )
            return int(found[0])
        cursor = self.db.execute(
            "INSERT INTO entries (key, date, kind, title, parties, places, details, updated, "
            "origin, hidden, title_manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'auto', 0, 0)",
            [entry.key, *values],
        )
        return int(cursor.lastrowid)

    def _refresh_source_counts(self, dates: list[str] | None) -> None:
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
        self._refresh_source_counts_for(sorted(owners))

    # ---- reading the timeline -------------------------------------------------------

    def count_entries(self, entry_filter: EntryFilter = EntryFilter()) -> int:
        where, args = entry_filter.where()
        return self.db.execute(f"SELECT count(*) FROM entries WHERE {where}", args).fetchone()[0]

    def entries_page(
        self, offset: int, limit: int, entry_filter: EntryFilter = EntryFilter()
    ) -> list[dict[str, Any]]:
        """A page of entries in date order, each with `sides` {side: sources} and `unread`."""
        where, args = entry_filter.where()
        rows = [
            _decode(row, ("parties", "places", "details"))
            for row in self.db.query(
                f"SELECT * FROM entries WHERE {where} ORDER BY {entry_filter.order()} "
                "LIMIT ? OFFSET ?",
                [*args, limit, offset],
            )
        ]
        self._attach_side_counts(rows)
        return rows

    def entry_position(
        self, entry_id: int, entry_filter: EntryFilter = EntryFilter()
    ) -> int | None:
        """Where an entry sits in `entries_page` order under a filter, or None if not shown."""
        where, args = entry_filter.where()
        found = self.db.execute(
            f"SELECT date FROM entries WHERE entries.id = ? AND {where}", [entry_id, *args]
        ).fetchone()
        if found is None:
            return None
        before = ">" if entry_filter.newest_first else "<"
        return self.db.execute(
            f"SELECT count(*) FROM entries WHERE {where} AND (entries.date {before} ? "
            f"OR (entries.date = ? AND entries.id {before} ?))",
            [*args, found[0], found[0], entry_id],
        ).fetchone()[0]

    def entry_kinds(self) -> list[str]:
        """The kinds the timeline holds, for a filter's choices."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT kind FROM entries ORDER BY kind")]

    def tag_kinds(self) -> list[str]:
        """The tag kinds found in items, for the item list's kind filter."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT kind FROM tags ORDER BY kind")]

    def set_entries_read(self, entry_filter: EntryFilter, read: bool = True) -> int:
        """Mark every source of every entry the timeline shows read; returns rows changed."""
        where, args = entry_filter.where()
        with self.writing("saving read marks"):
            return self.db.execute(
                "UPDATE items SET read = ? WHERE read != ? AND id IN (SELECT ei.item_id FROM "
                "entry_items AS ei JOIN entries AS m ON m.id = ei.entry_id WHERE "
                f"coalesce(m.merged_into, m.id) IN (SELECT entries.id FROM entries WHERE {where}))",
                [int(read), int(read), *args],
            ).rowcount

    def iter_entries(self, entry_filter: EntryFilter = EntryFilter(), page: int = 2_000):
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
        entry = _decode(found[0], ("parties", "places", "details"))
        entry["sources"] = self.entry_sources(entry_id)
        ids = [s["id"] for s in entry["sources"]]
        tags: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.db.query(
                f"SELECT * FROM tags WHERE item_id IN ({','.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                tags[row["item_id"]].append(_decode(row, ("parties", "places", "casualties")))
        for source in entry["sources"]:
            source["tags"] = tags.get(source["id"], [])
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
                decoded = _decode(tag, ("parties", "places", "casualties"))
                for source in by_item[decoded["item_id"]]:
                    source["tags"].append(decoded)
        return result

    def iter_entries_with_sources(
        self,
        entry_filter: EntryFilter = EntryFilter(),
        *,
        tags: str = "all",
    ) -> Iterator[dict[str, Any]]:
        """Every matching entry, oldest first, with `sources` and each source's `tags`.

        For export: two streaming queries read in step (entries; their sources joined
        with tags, in the same order), instead of a query per entry or page, so 200,000
        sources come out in about a second and memory stays flat. Sources are ordered
        as in `entry_sources`, tags by id; tag JSON columns are decoded. Entries that
        others were merged into get their members' sources through `entries_sources`.

        `tags="claims"` reads only the tags that carry a claim, a denial or casualty
        figures (all `tui.export.entry_claims` reads), through the partial covering index
        `idx_tags_claims`: the Markdown export needs no others.
        """
        if tags not in ("all", "claims"):
            raise ValueError(f"tags must be 'all' or 'claims', not {tags!r}")
        where, args = entry_filter.where()
        order = "entries.date, entries.id"
        merged_owners = {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT merged_into FROM entries WHERE merged_into IS NOT NULL"
            )
        }
        feeds = {
            row[0]: (row[1], row[2]) for row in self.db.execute("SELECT url, name, side FROM feeds")
        }
        no_feed = (None, None)
        # A larger page cache for this long read (the default 2 MB thrashes on the item
        # and tag indexes: a third slower); restored when the iteration ends.
        old_cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute("PRAGMA cache_size = -65536")
        entries = self.db.execute(f"SELECT * FROM entries WHERE {where} ORDER BY {order}", args)
        columns = [d[0] for d in entries.description]
        tag_join = "LEFT JOIN tags ON tags.item_id = items.id"
        if tags == "claims":
            tag_join += f" AND {CLAIM_TAG}"
        sources = self.db.execute(
            "SELECT entries.id, items.id, items.feed_url, items.link, items.title, "
            "items.published, items.date_guessed, ei.origin, ei.duplicate_of, "
            "tags.id, tags.kind, tags.rule, tags.evidence, tags.accuser, "
            "tags.accused, tags.denier, tags.parties, tags.places, tags.event_date, "
            "tags.date_basis, tags.casualties "
            "FROM entries JOIN entry_items AS ei ON ei.entry_id = entries.id "
            f"JOIN items ON items.id = ei.item_id {tag_join} WHERE {where} "
            f"ORDER BY {order}, items.published, items.id, tags.id",
            args,
        )
        decoded: dict[str, Any] = {}

        def load(text: str | None) -> Any:
            if text is None:
                return []
            found = decoded.get(text)
            if found is None:
                try:
                    found = json.loads(text)
                except ValueError:
                    found = []
                if len(text) < 200 and len(decoded) < 10_000:
                    decoded[text] = found
            return found

        try:
            pending = next(sources, None)
            for values in entries:
                entry = _decode(
                    dict(zip(columns, values, strict=True)), ("parties", "places", "details")
                )
                entry_id = entry["id"]
                rows: list[dict[str, Any]] = []
                last: dict[str, Any] | None = None
                while pending is not None and pending[0] == entry_id:
                    if last is None or last["id"] != pending[1]:
                        feed_name, side = feeds.get(pending[2], no_feed)
                        last = {
                            "id": pending[1],
                            "feed_url": pending[2],
                            "link": pending[3],
                            "title": pending[4],
                            "published": pending[5],
                            "date_guessed": pending[6],
                            "origin": pending[7],
                            "duplicate_of": pending[8],
                            "feed_name": feed_name,
                            "side": side,
                            "tags": [],
                        }
                        rows.append(last)
                    if pending[9] is not None:
                        last["tags"].append(
                            {
                                "id": pending[9],
                                "item_id": pending[1],
                                "kind": pending[10],
                                "rule": pending[11],
                                "evidence": pending[12],
                                "accuser": pending[13],
                                "accused": pending[14],
                                "denier": pending[15],
                                "parties": load(pending[16]),
                                "places": load(pending[17]),
                                "event_date": pending[18],
                                "date_basis": pending[19],
                                "casualties": load(pending[20]),
                            }
                        )
                    pending = next(sources, None)
                if entry_id in merged_owners:
                    rows = self.entries_sources([entry_id])[entry_id]
                    if tags == "claims":
                        for row in rows:
                            row["tags"] = [t for t in row["tags"] if _carries_claim(t)]
                entry["sources"] = rows
                yield entry
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(old_cache)}")

    def iter_source_ids(self, entry_filter: EntryFilter = EntryFilter()) -> Iterator[str]:
        """The item id of every source of the matching entries, in the order
        `iter_entries_with_sources` yields them (an item in two entries comes twice).

        A split Markdown export numbers the sources of the earlier date ranges with it:
        one narrow query, no rows turned into dicts.
        """
        where, args = entry_filter.where()
        merged_owners = {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT merged_into FROM entries WHERE merged_into IS NOT NULL"
            )
        }
        # every matching entry, even one with no sources of its own (others may have been
        # merged into it), as iter_entries_with_sources reads them
        rows = self.db.execute(
            "SELECT entries.id, ei.item_id FROM entries "
            "LEFT JOIN entry_items AS ei ON ei.entry_id = entries.id "
            f"LEFT JOIN items ON items.id = ei.item_id WHERE {where} "
            "ORDER BY entries.date, entries.id, items.published, items.id",
            args,
        )
        owner = None
        for entry_id, item_id in rows:
            if entry_id in merged_owners:
                if entry_id != owner:
                    owner = entry_id
                    yield from (row["id"] for row in self.entries_sources([entry_id])[entry_id])
            elif item_id is not None:
                yield item_id

    def entries_summary(self, entry_filter: EntryFilter = EntryFilter()) -> dict[str, Any]:
        """Entries matching a filter: how many, first and last date, distinct sources."""
        where, args = entry_filter.where()
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
            _decode(row, ("parties", "places", "details"))
            for row in self.db.query(
                "SELECT DISTINCT owner.* FROM entry_items AS ei "
                "JOIN entries AS e ON e.id = ei.entry_id "
                "JOIN entries AS owner ON owner.id = coalesce(e.merged_into, e.id) "
                "WHERE ei.item_id = ? ORDER BY owner.date, owner.id",
                [item_id],
            )
        ]

    # ---- manual edits (survive every retag and poll) --------------------------------

    def retitle_entry(self, entry_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise StoreError("an entry's title cannot be empty")
        with self.writing("retitling an entry"):
            self._require_entry(entry_id)
            self.db.execute(
                "UPDATE entries SET title = ?, title_manual = 1 WHERE id = ?", [title, entry_id]
            )

    def set_entry_hidden(self, entry_id: int, hidden: bool = True) -> None:
        with self.writing("hiding an entry"):
            self._require_entry(entry_id)
            self.db.execute("UPDATE entries SET hidden = ? WHERE id = ?", [int(hidden), entry_id])

    def merge_entries(self, target_id: int, source_id: int) -> None:
        """Show `source`'s reports under `target`; `source` disappears from the timeline."""
        if target_id == source_id:
            raise StoreError("cannot merge an entry into itself")
        with self.writing("merging entries"):
            target = self._require_entry(target_id)
            self._require_entry(source_id)
            if target["merged_into"] is not None:
                target_id = target["merged_into"]
            self.db.execute(
                "UPDATE entries SET merged_into = ? WHERE id = ? OR merged_into = ?",
                [target_id, source_id, source_id],
            )
            self._refresh_source_counts_for([target_id])

    def move_item(self, item_id: str, from_entry: int, to_entry: int) -> None:
        """Take a report out of one entry and make it a source of another, for good."""
        with self.writing("moving a report"):
            self._require_entry(to_entry)
            for owner in self.db.execute(_SOURCE_IDS, [from_entry, from_entry]).fetchall():
                self.db.execute(
                    "INSERT OR IGNORE INTO entry_exclusions (entry_id, item_id) VALUES (?, ?)",
                    [owner[0], item_id],
                )
                self.db.execute(
                    "DELETE FROM entry_items WHERE entry_id = ? AND item_id = ?",
                    [owner[0], item_id],
                )
            self.db.execute(
                "DELETE FROM entry_exclusions WHERE entry_id = ? AND item_id = ?",
                [to_entry, item_id],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO entry_items (entry_id, item_id, origin) "
                "VALUES (?, ?, 'manual')",
                [to_entry, item_id],
            )
            self._refresh_source_counts_for([from_entry, to_entry])

    def create_entry(
        self,
        date: str,
        kind: str,
        title: str,
        item_ids: Sequence[str] = (),
        *,
        parties: Sequence[str] = (),
        places: Sequence[str] = (),
    ) -> int:
        """An entry made by hand; retag never removes or changes it."""
        with self.writing("creating an entry"):
            cursor = self.db.execute(
                "INSERT INTO entries (key, date, kind, title, parties, places, origin, hidden, "
                "title_manual, details, source_count) "
                "VALUES ('pending', ?, ?, ?, ?, ?, 'manual', 0, 1, '{}', 0)",
                [
                    date,
                    kind,
                    " ".join(title.split()),
                    json.dumps(list(parties)),
                    json.dumps(list(places)),
                ],
            )
            entry_id = int(cursor.lastrowid)
            self.db.execute(
                "UPDATE entries SET key = ? WHERE id = ?", [f"manual:{entry_id}", entry_id]
            )
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin) "
                "VALUES (?, ?, 'manual')",
                [(entry_id, item) for item in item_ids],
            )
            self._refresh_source_counts_for([entry_id])
        return entry_id

    def _require_entry(self, entry_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM entries WHERE id = ?", [entry_id]))
        if not rows:
            raise StoreError(f"no entry {entry_id}")
        return rows[0]

    def _refresh_source_counts_for(self, ids: Sequence[int] | None) -> None:
        """Recount sources per entry (merged entries count under their target).

        One grouped query instead of a subquery per entry: a rebuild of 20,000 entries
        stays a single pass over entry_items.
        """
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


def _tag_row(item_id: str, row: dict[str, Any]) -> dict[str, Any]:
    encoded = {"item_id": item_id}
    for key in (
        "kind",
        "rule",
        "evidence",
        "accuser",
        "accused",
        "denier",
        "event_date",
        "date_basis",
    ):
        encoded[key] = row.get(key)
    for key in ("parties", "places", "casualties"):
        value = row.get(key)
        encoded[key] = (
            value
            if isinstance(value, str) or value is None
            else json.dumps(list(value) if not isinstance(value, list) else value)
        )
    return encoded


def _decode(row: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    for key in keys:
        value = row.get(key)
        if isinstance(value, str):
            try:
                row[key] = json.loads(value)
            except ValueError:
                row[key] = []
        elif value is None and key in row:
            row[key] = {} if key == "details" else []
    return row

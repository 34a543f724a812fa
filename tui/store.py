"""The SQLite database, through sqlite-utils: schema, writes and paged queries.

The store does I/O and nothing else: no Textual, no tagging rules. Every thread opens
its own `Store` (a sqlite3 connection is bound to the thread that made it); WAL and a
busy timeout let a background poll write while the app reads.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tui.config import FeedConfig
from tui.errors import StoreError
from tui.migrations import migrations
from tui.records import ParsedItem
from tui.timeline_store import TimelineStoreMixin

BUSY_TIMEOUT_MS = 10_000
SCHEMA_NAME = "conflict-tui"


def utc_now() -> str:
    """The current time as the store writes it: UTC ISO 8601 to the second, with Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def item_id(feed_url: str, guid: str | None, link: str | None, title: str, published: str) -> str:
    """A stable id for an item: (feed, guid), else (feed, link), else (feed, title, date).

    Stable across polls so that read and starred marks stick to the same row.
    """
    if guid:
        basis = f"guid\0{feed_url}\0{guid}"
    elif link:
        basis = f"link\0{feed_url}\0{link}"
    else:
        basis = f"title\0{feed_url}\0{title}\0{published}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one feed's items did to the database."""

    new_ids: tuple[str, ...]
    updated_ids: tuple[str, ...]
    duplicate_guids: int
    tag_dates: frozenset[str] = frozenset()  # event dates whose timeline must be rebuilt


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """What an item list shows: the Items screen and `conflict-tui` queries share it."""

    unread_only: bool = False
    starred_only: bool = False
    feed_url: str | None = None
    side: str | None = None
    kind: str | None = None  # items carrying a tag of this kind

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if self.kind:
            clauses.append(
                "EXISTS (SELECT 1 FROM tags WHERE tags.item_id = items.id AND tags.kind = ?)"
            )
            args.append(self.kind)
        if self.unread_only:
            clauses.append("items.read = 0")
        if self.starred_only:
            clauses.append("items.starred = 1")
        if self.feed_url:
            clauses.append("items.feed_url = ?")
            args.append(self.feed_url)
        if self.side:
            clauses.append("feeds.side = ?")
            args.append(self.side)
        return (" AND ".join(clauses) or "1"), args


class Store(TimelineStoreMixin):
    """One SQLite database file: open it, migrate it, read and write it."""

    def __init__(
        self, path: str | Path, *, migrate: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            if migrate:
                migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database: {_explain(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the database: {exc.strerror or exc}") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def writing(self, what: str) -> Iterator[Database]:
        """A write transaction whose failure becomes a StoreError saying what was being done.

        The transaction rolls back whole, so a full disk or a lock never leaves half a
        poll behind: stored items and read marks stay as they were.
        """
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: {what} failed: {_explain(exc)}") from None

    def schema_version(self) -> list[str]:
        """Names of the applied migrations, oldest first."""
        return [m.name for m in migrations.applied(self.db)]

    # ---- feeds -------------------------------------------------------------------

    def sync_feeds(self, feeds: Sequence[FeedConfig]) -> None:
        """Record the configured feeds (name, side, order) without touching their history.

        Feeds no longer configured stay in the database with their items: nothing is
        deleted by surprise.
        """
        with self.writing("saving the feed list"):
            for position, feed in enumerate(feeds):
                self.db.execute(
                    """
                    INSERT INTO feeds (url, name, side, position, item_count)
                    VALUES (?, ?, ?, ?, 0)
                    ON CONFLICT(url) DO UPDATE SET
                        name = excluded.name, side = excluded.side, position = excluded.position
                    """,
                    [feed.url, feed.name, feed.side, position],
                )

    def feed_state(self, url: str) -> dict[str, Any] | None:
        """Validators and body hash from the last poll, for a conditional GET."""
        rows = list(
            self.db.query("SELECT etag, last_modified, body_hash FROM feeds WHERE url = ?", [url])
        )
        return rows[0] if rows else None

    def record_poll(
        self,
        url: str,
        *,
        status: str,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        polled: str | None = None,
    ) -> None:
        """Store how a poll went; a failure keeps the old validators and items."""
        with self.writing(f"recording the poll of {url}"):
            self._record_poll(url, status, error, etag, last_modified, body_hash, polled)

    def _record_poll(
        self,
        url: str,
        status: str,
        error: str | None,
        etag: str | None,
        last_modified: str | None,
        body_hash: str | None,
        polled: str | None,
    ) -> None:
        if status == "error":
            self.db.execute(
                "UPDATE feeds SET last_polled = ?, last_status = ?, last_error = ? WHERE url = ?",
                [polled or utc_now(), status, error, url],
            )
            return
        self.db.execute(
            """
            UPDATE feeds SET last_polled = ?, last_status = ?, last_error = ?,
                etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
                body_hash = COALESCE(?, body_hash),
                item_count = (SELECT count(*) FROM items WHERE items.feed_url = feeds.url)
            WHERE url = ?
            """,
            [polled or utc_now(), status, error, etag, last_modified, body_hash, url],
        )

    def feeds(self) -> list[dict[str, Any]]:
        """Every feed with its status and unread count, in feeds.toml order."""
        return list(
            self.db.query(
                """
                SELECT feeds.*,
                    (SELECT count(*) FROM items WHERE items.feed_url = feeds.url
                        AND items.read = 0) AS unread_count
                FROM feeds ORDER BY position, name
                """
            )
        )

    # ---- items -------------------------------------------------------------------

    def ingest(
        self,
        feed_url: str,
        items: Sequence[ParsedItem],
        *,
        fetched: str | None = None,
        status: str = "ok",
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        tags: Mapping[str, Sequence[dict[str, Any]]] | None = None,
    ) -> IngestResult:
        """Insert new items and refresh changed ones, in one transaction with the poll record.

        Never touches `read` or `starred`, never deletes an item the feed has dropped, and
        keeps the first date it guessed for an undated item, so it does not jump forward.
        `tags` (rows by item id) are written for the new and changed items only, in the
        same transaction, so an item is never stored without its tags.
        """
        fetched = fetched or utc_now()
        with self.writing(f"saving items of {feed_url}"):
            result = self._ingest(feed_url, items, fetched)
            if tags is not None:
                touched = [*result.new_ids, *result.updated_ids]
                dates = set(self.tag_dates(touched))
                self.replace_tags(
                    ((item, tags.get(item, ())) for item in touched),
                    new_items=frozenset(result.new_ids),
                )
                dates.update(
                    row["event_date"]
                    for item in touched
                    for row in tags.get(item, ())
                    if row.get("event_date")
                )
                result = dataclasses.replace(result, tag_dates=frozenset(dates))
            self._record_poll(
                url=feed_url,
                status=status,
                error=error,
                etag=etag,
                last_modified=last_modified,
                body_hash=body_hash,
                polled=fetched,
            )
        return result

    def _ingest(self, feed_url: str, items: Sequence[ParsedItem], fetched: str) -> IngestResult:
        rows: dict[str, dict[str, Any]] = {}
        duplicates = 0
        for item in items:
            published = item.published or fetched
            row_id = item_id(feed_url, item.guid, item.link, item.title, item.published or "")
            if row_id in rows:
                duplicates += 1
                continue
            rows[row_id] = {
                "id": row_id,
                "feed_url": feed_url,
                "guid": item.guid,
                "link": item.link,
                "title": item.title,
                "text": item.text,
                "published": published,
                "date_guessed": 0 if item.published else 1,
                "fetched": fetched,
                "content_hash": item.content_hash,
            }
        if not rows:
            return IngestResult((), (), duplicates)
        existing: dict[str, str] = {}
        ids = list(rows)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for found in self.db.execute(
                f"SELECT id, content_hash FROM items WHERE id IN ({marks})", chunk
            ):
                existing[found[0]] = found[1]
        new_rows = [row for key, row in rows.items() if key not in existing]
        changed_rows = [
            row
            for key, row in rows.items()
            if key in existing and existing[key] != row["content_hash"]
        ]
        if new_rows:
            self.db.conn.executemany(
                """
                INSERT INTO items (id, feed_url, guid, link, title, text, published,
                    date_guessed, fetched, read, starred, duplicate_of, content_hash)
                VALUES (:id, :feed_url, :guid, :link, :title, :text, :published,
                    :date_guessed, :fetched, 0, 0,
                    (SELECT other.id FROM items AS other
                        WHERE :link IS NOT NULL AND other.link = :link
                        AND other.feed_url != :feed_url AND other.duplicate_of IS NULL
                        ORDER BY other.fetched, other.rowid LIMIT 1),
                    :content_hash)
                """,
                new_rows,
            )
        if changed_rows:
            self.db.conn.executemany(
                """
                UPDATE items SET guid = :guid, link = :link, title = :title, text = :text,
                    published = CASE WHEN :date_guessed = 1 AND date_guessed = 1
                        THEN published ELSE :published END,
                    date_guessed = CASE WHEN :date_guessed = 1 THEN date_guessed ELSE 0 END,
                    content_hash = :content_hash
                WHERE id = :id
                """,
                changed_rows,
            )
        return IngestResult(
            tuple(row["id"] for row in new_rows),
            tuple(row["id"] for row in changed_rows),
            duplicates,
        )

    def items_after_rowid(self, rowid: int, limit: int) -> list[dict[str, Any]]:
        """The next `limit` items by rowid: a keyset page for whole-table passes (retag)."""
        return list(
            self.db.query(
                "SELECT rowid, id, title, text, published, date_guessed FROM items WHERE rowid > ? "
                "ORDER BY rowid LIMIT ?",
                [rowid, limit],
            )
        )

    def item(self, row_id: str) -> dict[str, Any] | None:
        """One item with its feed's name and side, or None."""
        rows = list(
            self.db.query(
                f"SELECT {_ITEM_COLUMNS} FROM items LEFT JOIN feeds ON feeds.url = items.feed_url "
                "WHERE items.id = ?",
                [row_id],
            )
        )
        return rows[0] if rows else None

    def count_items(self, item_filter: ItemFilter = ItemFilter()) -> int:
        where, args = item_filter.where()
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        return self.db.execute(f"SELECT count(*) FROM items{join} WHERE {where}", args).fetchone()[
            0
        ]

    def items_page(
        self,
        offset: int,
        limit: int,
        item_filter: ItemFilter = ItemFilter(),
        *,
        with_text: bool = False,
    ) -> list[dict[str, Any]]:
        """A page of items, newest first: what a virtual list asks for as it scrolls.

        Without `with_text` the rows leave out the body (up to 100,000 characters each),
        which a list never draws: a cached page stays small whatever the feeds send.
        """
        columns = _ITEM_COLUMNS if with_text else _LIST_COLUMNS
        where, args = item_filter.where()
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        # Pick the page's rowids from the covering index first: a deep OFFSET then skips
        # index entries, not joined rows (10 ms instead of 0.5 s at 200,000 items).
        return list(
            self.db.query(
                f"SELECT {columns} FROM items LEFT JOIN feeds ON feeds.url = items.feed_url "
                f"WHERE items.rowid IN (SELECT items.rowid FROM items{join} WHERE {where} "
                "ORDER BY items.published DESC, items.id LIMIT ? OFFSET ?) "
                "ORDER BY items.published DESC, items.id",
                [*args, limit, offset],
            )
        )

    def newest_items(self, limit: int = 50) -> list[dict[str, Any]]:
        return self.items_page(0, limit, with_text=True)

    def set_read(self, ids: Iterable[str], read: bool = True) -> int:
        """Mark items read or unread; returns how many rows changed."""
        ids = list(ids)
        changed = 0
        with self.writing("saving read marks"):
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                changed += self.db.execute(
                    f"UPDATE items SET read = ? WHERE id IN ({marks}) AND read != ?",
                    [int(read), *chunk, int(read)],
                ).rowcount
        return changed

    def set_read_filtered(self, item_filter: ItemFilter, read: bool = True) -> int:
        """Mark every item an item list shows read (the app's `A`); returns rows changed."""
        where, args = item_filter.where()
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        with self.writing("saving read marks"):
            return self.db.execute(
                f"UPDATE items SET read = ? WHERE read != ? AND id IN "
                f"(SELECT items.id FROM items{join} WHERE {where})",
                [int(read), int(read), *args],
            ).rowcount

    def item_position(self, row_id: str, item_filter: ItemFilter = ItemFilter()) -> int | None:
        """Where an item sits in `items_page` order under a filter, or None if it is not shown.

        Lets a list keep its cursor on the same item when new items arrive above it.
        """
        where, args = item_filter.where()
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        found = self.db.execute(
            f"SELECT items.published FROM items{join} WHERE items.id = ? AND {where}",
            [row_id, *args],
        ).fetchone()
        if found is None:
            return None
        return self.db.execute(
            f"SELECT count(*) FROM items{join} WHERE {where} AND (items.published > ? "
            "OR (items.published = ? AND items.id < ?))",
            [*args, found[0], found[0], row_id],
        ).fetchone()[0]

    def set_starred(self, row_id: str, starred: bool) -> None:
        with self.writing("saving a star"):
            self.db.execute("UPDATE items SET starred = ? WHERE id = ?", [int(starred), row_id])

    def search_items(self, query: str, limit: int = 200) -> list[dict[str, Any]]:
        """Full-text search over titles and text, best match first.

        What the user typed is quoted word by word, so FTS syntax in it is never an error.
        """
        terms = [t.replace('"', '""') for t in query.split() if t.strip('"')]
        if not terms:
            return []
        match = " ".join(
            f'"{t}"*' if i == len(terms) - 1 else f'"{t}"' for i, t in enumerate(terms)
        )
        try:
            return list(
                self.db.query(
                    f"SELECT {_LIST_COLUMNS}, "
                    "snippet(items_fts, 1, char(2), char(3), ' … ', 12) AS snippet "
                    "FROM items_fts JOIN items ON items.rowid = items_fts.rowid "
                    "LEFT JOIN feeds ON feeds.url = items.feed_url "
                    "WHERE items_fts MATCH ? ORDER BY rank LIMIT ?",
                    [match, limit],
                )
            )
        except sqlite3.OperationalError:
            return []


_ITEM_COLUMNS = (
    "items.id, items.feed_url, items.guid, items.link, items.title, items.text, "
    "items.published, items.date_guessed, items.fetched, items.read, items.starred, "
    "items.duplicate_of, feeds.name AS feed_name, feeds.side AS side"
)
# What lists and search hits show: every column but the body text.
_LIST_COLUMNS = _ITEM_COLUMNS.replace("items.text, ", "")


def _explain(exc: sqlite3.DatabaseError) -> str:
    """Turn SQLite's terse errors into what a person can act on."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return f"{message} (another program holds a write lock; try again in a moment)"
    if "disk is full" in message or "database or disk is full" in message:
        return f"{message} (free some disk space; nothing was saved from this step)"
    if "not a database" in message:
        return f"{message} (is --db pointing at the right file?)"
    if "readonly" in message:
        return f"{message} (the file or its folder is read-only)"
    return message

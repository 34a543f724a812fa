"""The items table: ingesting a feed's items, pages, read and starred marks, search."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tui.parse import parsed_item_id
from tui.records import ItemFilter, ParsedItem, Tag
from tui.sanitize import safe_link, stored_line, stored_text
from tui.search_terms import PlaceGroups, fts_match
from tui.store.db import utc_now
from tui.store.feeds import FeedsMixin
from tui.store.tags import TagsMixin, event_date

ALL_ITEMS = ItemFilter()  # the default filter: everything


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one feed's items did to the database."""

    new_ids: tuple[str, ...]
    updated_ids: tuple[str, ...]
    duplicate_guids: int
    tag_dates: frozenset[str] = frozenset()  # event dates whose timeline must be rebuilt


def item_where(item_filter: ItemFilter) -> tuple[str, list[Any]]:
    """The WHERE of an item list (over `items`, joined with `feeds` when it filters by side)."""
    clauses: list[str] = []
    args: list[Any] = []
    if item_filter.kind:
        clauses.append(
            "EXISTS (SELECT 1 FROM tags WHERE tags.item_id = items.id AND tags.kind = ?)"
        )
        args.append(item_filter.kind)
    if item_filter.unread_only:
        clauses.append("items.read = 0")
    if item_filter.starred_only:
        clauses.append("items.starred = 1")
    if item_filter.feed_url:
        clauses.append("items.feed_url = ?")
        args.append(item_filter.feed_url)
    if item_filter.side:
        clauses.append("feeds.side = ?")
        args.append(item_filter.side)
    return (" AND ".join(clauses) or "1"), args


class ItemsMixin(FeedsMixin, TagsMixin):
    """Methods of `Store` for the items table."""

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
        tags: Sequence[Sequence[Tag]] | None = None,
    ) -> IngestResult:
        """Insert new items and refresh changed ones, in one transaction with the poll record.

        Never touches `read` or `starred`, never deletes an item the feed has dropped, and
        keeps the first date it guessed for an undated item, so it does not jump forward.
        `tags` (one sequence per item, in the order of `items`) are written for the new
        and changed items only, in the same transaction, so an item is never stored
        without its tags.
        """
        fetched = fetched or utc_now()
        with self.writing(f"saving items of {feed_url}"):
            by_id: dict[str, Sequence[Tag]] = {}
            result = self._ingest(feed_url, items, fetched, tags, by_id)
            if tags is not None:
                touched = [*result.new_ids, *result.updated_ids]
                dates = set(self.tag_dates(touched))
                self.replace_tags(
                    ((item, by_id.get(item, ())) for item in touched),
                    new_items=frozenset(result.new_ids),
                )
                dates.update(
                    event_date(tag)
                    for item in touched
                    for tag in by_id.get(item, ())
                    if event_date(tag)
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

    def _ingest(
        self,
        feed_url: str,
        items: Sequence[ParsedItem],
        fetched: str,
        tags: Sequence[Sequence[Tag]] | None = None,
        tags_by_id: dict[str, Sequence[Tag]] | None = None,
    ) -> IngestResult:
        """Write the rows; fills `tags_by_id` with each stored id's tags (first copy wins)."""
        rows: dict[str, dict[str, Any]] = {}
        duplicates = 0
        for index, item in enumerate(items):
            published = item.published or fetched
            row_id = parsed_item_id(feed_url, item)
            if row_id in rows:
                duplicates += 1
                continue
            if tags is not None and tags_by_id is not None:
                tags_by_id[row_id] = tags[index]
            rows[row_id] = {
                "id": row_id,
                "feed_url": feed_url,
                "guid": item.guid,
                # network text: cleaned at the store boundary whoever parsed it (issue 16)
                "link": safe_link(item.link),
                "title": stored_line(item.title),
                "text": stored_text(item.text),
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
        """The next `limit` items by rowid: a keyset page for whole-table passes (retag).

        `text` is what the tagger reads: the article's full text when one was fetched.
        """
        return list(
            self.db.query(
                "SELECT rowid, id, title, COALESCE(NULLIF(full_text, ''), text) AS text, "
                "published, date_guessed FROM items WHERE rowid > ? ORDER BY rowid LIMIT ?",
                [rowid, limit],
            )
        )

    def item(self, row_id: str) -> dict[str, Any] | None:
        """One item with its feed's name and side (and full text, if fetched), or None."""
        rows = list(
            self.db.query(
                f"SELECT {_ITEM_COLUMNS}, items.full_text, items.full_text_error, "
                "items.full_text_fetched FROM items "
                "LEFT JOIN feeds ON feeds.url = items.feed_url WHERE items.id = ?",
                [row_id],
            )
        )
        return rows[0] if rows else None

    def count_items(self, item_filter: ItemFilter = ALL_ITEMS) -> int:
        where, args = item_where(item_filter)
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        return self.db.execute(f"SELECT count(*) FROM items{join} WHERE {where}", args).fetchone()[
            0
        ]

    def items_page(
        self,
        offset: int,
        limit: int,
        item_filter: ItemFilter = ALL_ITEMS,
        *,
        with_text: bool = False,
    ) -> list[dict[str, Any]]:
        """A page of items, newest first: what a virtual list asks for as it scrolls.

        Without `with_text` the rows leave out the body (up to 100,000 characters each),
        which a list never draws: a cached page stays small whatever the feeds send.
        """
        columns = _ITEM_COLUMNS if with_text else _LIST_COLUMNS
        where, args = item_where(item_filter)
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
        where, args = item_where(item_filter)
        join = " LEFT JOIN feeds ON feeds.url = items.feed_url" if item_filter.side else ""
        with self.writing("saving read marks"):
            return self.db.execute(
                f"UPDATE items SET read = ? WHERE read != ? AND id IN "
                f"(SELECT items.id FROM items{join} WHERE {where})",
                [int(read), int(read), *args],
            ).rowcount

    def item_position(self, row_id: str, item_filter: ItemFilter = ALL_ITEMS) -> int | None:
        """Where an item sits in `items_page` order under a filter, or None if it is not shown.

        Lets a list keep its cursor on the same item when new items arrive above it.
        """
        where, args = item_where(item_filter)
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

    def search_items(
        self, query: str, limit: int = 200, *, places: PlaceGroups | None = None
    ) -> list[dict[str, Any]]:
        """Full-text search over titles, text and fetched full text, best match first.

        What the user typed is quoted word by word, so FTS syntax in it is never an error;
        the last word is a prefix (search as you type) unless it names a known place, a
        place is found under each of its spellings, and `word*` asks for a prefix (see
        `tui.search_terms`). `places` overrides the active profile's places.
        """
        match = fts_match(query, prefix_last=True, places=places)
        if match is None:
            return []
        try:
            return list(
                self.db.query(
                    f"SELECT {_LIST_COLUMNS}, "
                    f"{_SNIPPET} AS snippet "
                    "FROM items_fts JOIN items ON items.rowid = items_fts.rowid "
                    "LEFT JOIN feeds ON feeds.url = items.feed_url "
                    "WHERE items_fts MATCH ? ORDER BY rank LIMIT ?",
                    [match, limit],
                )
            )
        except sqlite3.OperationalError:
            return []


# The summary's snippet; the article's when only the fetched full text holds the match.
_SNIPPET = (
    "CASE WHEN items.full_text IS NOT NULL AND instr(snippet(items_fts, 1, char(2), "
    "char(3), ' … ', 12), char(2)) = 0 THEN snippet(items_fts, 2, char(2), char(3), "
    "' … ', 12) ELSE snippet(items_fts, 1, char(2), char(3), ' … ', 12) END"
)

_ITEM_COLUMNS = (
    "items.id, items.feed_url, items.guid, items.link, items.title, items.text, "
    "items.published, items.date_guessed, items.fetched, items.read, items.starred, "
    "items.duplicate_of, feeds.name AS feed_name, feeds.side AS side"
)
# What lists and search hits show: every column but the body text.
_LIST_COLUMNS = _ITEM_COLUMNS.replace("items.text, ", "")

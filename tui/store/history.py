"""Earlier versions of edited items (`item_versions`), and full text fetched from articles.

The versions are written by a trigger (migration 0006) before any change to an item's
title or text, so every path that edits an item keeps its history; this module only
reads them. Full text lives beside the summary in `items.full_text`, with the reason a
fetch failed in `full_text_error`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tui.records import Tag
from tui.store.tags import TagsMixin, event_date


@dataclass(frozen=True, slots=True)
class FullTextResult:
    """What fetching one item's article page gave: its main text, or why not."""

    item_id: str
    text: str | None = None
    error: str | None = None


class HistoryMixin(TagsMixin):
    """Methods of `Store` for item history, full text and a feed's Retry-After."""

    def item_versions(self, item_id: str) -> list[dict[str, Any]]:
        """Every earlier version of an item (title, text, first seen, replaced), newest first."""
        return list(
            self.db.query(
                "SELECT title, text, link, published, first_seen, replaced "
                "FROM item_versions WHERE item_id = ? ORDER BY id DESC",
                [item_id],
            )
        )

    def version_counts(self, item_ids: Sequence[str]) -> dict[str, int]:
        """How many earlier versions each of these items has (absent: none)."""
        counts: dict[str, int] = {}
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for item_id, count in self.db.execute(
                f"SELECT item_id, count(*) FROM item_versions WHERE item_id IN ({marks}) "
                "GROUP BY item_id",
                chunk,
            ):
                counts[item_id] = count
        return counts

    def full_text_wanted(self, item_ids: Sequence[str]) -> list[tuple[str, str | None]]:
        """(id, link) of these items whose article page was never tried: once per item."""
        wanted: list[tuple[str, str | None]] = []
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            wanted.extend(
                (row[0], row[1])
                for row in self.db.execute(
                    f"SELECT id, link FROM items WHERE id IN ({marks}) "
                    "AND full_text_fetched IS NULL ORDER BY rowid",
                    chunk,
                )
            )
        return wanted

    def full_text_rows(self, item_ids: Sequence[str]) -> list[tuple[str, str, str, str | None]]:
        """(id, title, full text, known date) of these items that have a full text: to tag."""
        rows: list[tuple[str, str, str, str | None]] = []
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows.extend(
                (row[0], row[1], row[2], None if row[4] else row[3])
                for row in self.db.execute(
                    f"SELECT id, title, full_text, published, date_guessed FROM items "
                    f"WHERE id IN ({marks}) AND full_text IS NOT NULL AND full_text != ''",
                    chunk,
                )
            )
        return rows

    def save_full_texts(
        self,
        results: Sequence[FullTextResult],
        tags: Mapping[str, Sequence[Tag]],
        *,
        fetched: str,
    ) -> frozenset[str]:
        """Store fetched texts (or why they failed) and the tags read from them, together.

        A failure leaves `text` (the summary) and its tags as they were. Returns the
        event dates whose timeline must be rebuilt.
        """
        with self.writing("saving full texts"):
            if results:
                self.db.conn.executemany(
                    "UPDATE items SET full_text = ?, full_text_error = ?, "
                    "full_text_fetched = ? WHERE id = ?",
                    [(r.text, r.error, fetched, r.item_id) for r in results],
                )
            touched = list(tags)
            dates = self.tag_dates(touched)
            if touched:
                self.replace_tags(tags.items())
            dates.update(day for item in touched for tag in tags[item] if (day := event_date(tag)))
        return frozenset(dates)

    def retry_after(self, url: str) -> str | None:
        """Until when a feed asked not to be polled (UTC ISO 8601), or None."""
        row = self.db.execute("SELECT retry_after FROM feeds WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def set_retry_after(self, url: str, until: str | None) -> None:
        """Remember (or forget) a feed's Retry-After time."""
        with self.writing(f"recording Retry-After of {url}"):
            self.db.execute("UPDATE feeds SET retry_after = ? WHERE url = ?", [until, url])

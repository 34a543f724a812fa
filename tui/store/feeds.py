"""The feeds table: the configured list, and how each poll went."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.config import FeedConfig
from tui.sanitize import clean_line
from tui.store.db import StoreBase, utc_now

MAX_ERROR_CHARS = 1_000


class FeedsMixin(StoreBase):
    """Methods of `Store` for the feeds table."""

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
        # an HTTP reason phrase or a server's message: network text, cleaned before stored
        error = clean_line(error)[:MAX_ERROR_CHARS] or None
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

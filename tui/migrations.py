"""Forward-only schema migrations, applied at start-up (`sqlite_utils.Migrations`).

A migration is never edited once released: a later change to the schema is a new
function below, so every user's database moves forward step by step.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("conflict-tui")


@migrations(name="0001_feeds_items")
def create_feeds_and_items(db: Database) -> None:
    """The reader's core: feeds, their items, and full-text search over items."""
    db["feeds"].create(
        {
            "url": str,
            "name": str,
            "side": str,
            "position": int,
            "etag": str,
            "last_modified": str,
            "body_hash": str,
            "last_polled": str,
            "last_status": str,
            "last_error": str,
            "item_count": int,
        },
        pk="url",
        defaults={"item_count": 0, "position": 0},
    )
    db["items"].create(
        {
            "id": str,
            "feed_url": str,
            "guid": str,
            "link": str,
            "title": str,
            "text": str,
            "published": str,
            "date_guessed": int,
            "fetched": str,
            "read": int,
            "starred": int,
            "duplicate_of": str,
            "content_hash": str,
        },
        pk="id",
        not_null={"feed_url", "title", "text", "published", "fetched"},
        defaults={"read": 0, "starred": 0, "date_guessed": 0, "title": "", "text": ""},
    )
    db["items"].create_index(["published"], index_name="idx_items_published")
    db["items"].create_index(["feed_url", "published"], index_name="idx_items_feed_published")
    db["items"].create_index(["read", "published"], index_name="idx_items_read_published")
    db["items"].create_index(["link"], index_name="idx_items_link")
    db["items"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")

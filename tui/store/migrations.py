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


@migrations(name="0002_tags_entries")
def create_tags_and_entries(db: Database) -> None:
    """The timeline: tags found in items, entries grouping them, and the user's edits.

    Manual edits live in their own columns and rows (`title_manual`, `hidden`,
    `merged_into`, `entry_items.origin = 'manual'`, `entry_exclusions`) so that a retag,
    which rewrites everything automatic, can leave them alone.
    """
    db["tags"].create(
        {
            "id": int,
            "item_id": str,
            "kind": str,
            "rule": str,
            "evidence": str,
            "accuser": str,
            "accused": str,
            "denier": str,
            "parties": str,  # JSON array of party ids
            "places": str,  # JSON array of canonical place names
            "event_date": str,  # YYYY-MM-DD
            "date_basis": str,  # explicit | relative | weekday | published
            "casualties": str,  # JSON array of {count, what, group, claimed_by, approximate}
        },
        pk="id",
        not_null={"item_id", "kind"},
    )
    db["tags"].create_index(["item_id"], index_name="idx_tags_item")
    db["tags"].create_index(["event_date", "kind"], index_name="idx_tags_date_kind")
    db["entries"].create(
        {
            "id": int,
            "key": str,  # stable key of an automatic entry; "manual:<n>" for hand-made ones
            "date": str,
            "kind": str,
            "title": str,
            "parties": str,  # JSON array
            "places": str,  # JSON array
            "origin": str,  # auto | manual
            "hidden": int,
            "title_manual": int,  # 1 once a user retitled it: retag keeps the title
            "merged_into": int,  # set when a user merged this entry into another
            "details": str,  # JSON: claims, denials, casualties, representative sources
            "source_count": int,
            "updated": str,
        },
        pk="id",
        not_null={"key", "date", "kind", "title", "origin"},
        defaults={
            "hidden": 0,
            "title_manual": 0,
            "origin": "auto",
            "parties": "[]",
            "places": "[]",
            "details": "{}",
            "source_count": 0,
        },
    )
    db["entries"].create_index(["key"], index_name="idx_entries_key", unique=True)
    db["entries"].create_index(["date", "id"], index_name="idx_entries_date")
    db["entries"].create_index(["kind", "date"], index_name="idx_entries_kind_date")
    db["entry_items"].create(
        {"entry_id": int, "item_id": str, "origin": str, "duplicate_of": str},
        pk=("entry_id", "item_id"),
        defaults={"origin": "auto"},
    )
    db["entry_items"].create_index(["item_id"], index_name="idx_entry_items_item")
    db["entry_exclusions"].create({"entry_id": int, "item_id": str}, pk=("entry_id", "item_id"))


@migrations(name="0003_items_page_index")
def index_items_page_order(db: Database) -> None:
    """The item list's order (newest first, then id) as one index.

    With it a page deep in a 200,000-item list is an index-only scan (the app's `G`),
    not a sort of the whole table.
    """
    db.execute("CREATE INDEX IF NOT EXISTS idx_items_page ON items (published DESC, id)")


@migrations(name="0004_tags_claims_index")
def index_claim_tags(db: Database) -> None:
    """The tags that carry a claim, a denial or casualty figures, as a covering index.

    The Markdown export reads only these (`Store.iter_entries_with_sources(tags=
    "claims")`); with the index it finds them for 200,000 sources without reading the
    tags table. The WHERE is written as `tui.store.tags.CLAIM_TAG` (SQLite uses a
    partial index only for queries that repeat its condition).
    """
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_tags_claims ON tags (item_id, kind, accuser, "
        "accused, denier, event_date, places, casualties, rule, evidence, parties, "
        "date_basis) WHERE accuser IS NOT NULL OR accused IS NOT NULL OR denier IS NOT "
        "NULL OR (casualties IS NOT NULL AND casualties NOT IN ('', '[]'))"
    )


@migrations(name="0005_entries_merged_into_index")
def index_entries_merged_into(db: Database) -> None:
    """Finding the entries merged into another (source counts, the detail pane)."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_entries_merged_into ON entries (merged_into)")


@migrations(name="0006_entries_kinds_weight")
def add_entry_kinds_and_weight(db: Database) -> None:
    """An entry is one event with several facets: every kind it holds (`kinds`, a JSON
    list; filters by kind match any of them) and its `weight` (a day's entries are shown
    heaviest first).

    Existing rows get their main kind as their only kind and weight 0; the next rebuild
    (`retag`, a poll) fills both in.
    """
    db.execute("ALTER TABLE entries ADD COLUMN kinds TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE entries ADD COLUMN weight REAL NOT NULL DEFAULT 0")
    db.execute("UPDATE entries SET kinds = json_array(kind)")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_entries_day_weight ON entries (date, weight DESC, id)"
    )


@migrations(name="0007_full_text_history_retry")
def add_full_text_history_and_retry(db: Database) -> None:
    """Full text of article pages, every earlier version of an edited item, Retry-After.

    - `items.full_text` (the article page's main text, NULL until fetched),
      `full_text_error` (why a fetch failed; the summary in `text` stays) and
      `full_text_fetched` (when it was tried: each item's page is fetched once).
    - `item_versions`: a trigger copies an item's title and text there before any
      change to them, with when that version was first and last seen, so no poll
      (nor anything else) loses an earlier headline.
    - `feeds.retry_after`: a 429/503's Retry-After, as UTC ISO 8601; polls skip the
      feed until then.
    - `items_fts` is rebuilt over title, text and full_text; its update trigger fires
      only when one of those changes (a read mark no longer re-indexes the row).
    """
    db.execute("ALTER TABLE items ADD COLUMN full_text TEXT")
    db.execute("ALTER TABLE items ADD COLUMN full_text_error TEXT")
    db.execute("ALTER TABLE items ADD COLUMN full_text_fetched TEXT")
    db.execute("ALTER TABLE feeds ADD COLUMN retry_after TEXT")
    db.execute(
        "CREATE TABLE IF NOT EXISTS item_versions (id INTEGER PRIMARY KEY, "
        "item_id TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, link TEXT, "
        "published TEXT, content_hash TEXT, first_seen TEXT, replaced TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_item_versions_item ON item_versions (item_id, id)")
    db.execute(
        """
        CREATE TRIGGER IF NOT EXISTS items_keep_versions BEFORE UPDATE OF title, text ON items
        WHEN old.title IS NOT new.title OR old.text IS NOT new.text
        BEGIN
            INSERT INTO item_versions (item_id, title, text, link, published, content_hash,
                first_seen, replaced)
            VALUES (old.id, old.title, old.text, old.link, old.published, old.content_hash,
                COALESCE((SELECT max(v.replaced) FROM item_versions AS v
                    WHERE v.item_id = old.id), old.fetched),
                strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
        END
        """
    )
    for trigger in ("items_ai", "items_ad", "items_au"):
        db.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    db.execute('DROP TABLE IF EXISTS "items_fts"')
    db.execute(
        'CREATE VIRTUAL TABLE "items_fts" USING FTS5 ("title", "text", "full_text", '
        "tokenize='porter', content=\"items\")"
    )
    db.execute(
        'CREATE TRIGGER "items_ai" AFTER INSERT ON "items" BEGIN '
        'INSERT INTO "items_fts" (rowid, "title", "text", "full_text") '
        "VALUES (new.rowid, new.title, new.text, new.full_text); END"
    )
    db.execute(
        'CREATE TRIGGER "items_ad" AFTER DELETE ON "items" BEGIN '
        'INSERT INTO "items_fts" ("items_fts", rowid, "title", "text", "full_text") '
        "VALUES ('delete', old.rowid, old.title, old.text, old.full_text); END"
    )
    db.execute(
        'CREATE TRIGGER "items_au" AFTER UPDATE OF title, text, full_text ON "items" BEGIN '
        'INSERT INTO "items_fts" ("items_fts", rowid, "title", "text", "full_text") '
        "VALUES ('delete', old.rowid, old.title, old.text, old.full_text); "
        'INSERT INTO "items_fts" (rowid, "title", "text", "full_text") '
        "VALUES (new.rowid, new.title, new.text, new.full_text); END"
    )
    db.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")

"""Migrations: recorded once, harmless to reapply."""

from __future__ import annotations

import sqlite3

from tui.store import Store


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

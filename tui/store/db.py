"""The connection: opening and migrating the file, transactions, errors people can act on.

Every thread opens its own `Store` (a sqlite3 connection is bound to the thread that made
it); WAL and a busy timeout let a background poll write while the app reads.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from tui.errors import StoreError
from tui.store.migrations import migrations

BUSY_TIMEOUT_MS = 10_000
SCHEMA_NAME = "conflict-tui"


def utc_now() -> str:
    """The current time as the store writes it: UTC ISO 8601 to the second, with Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreBase:
    """The connection and its transactions; the domain mixins build on `db` and `writing`."""

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

    def __enter__(self) -> Self:
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

    @property
    def in_transaction(self) -> bool:
        """Whether a write is pending (child processes would not see it)."""
        return bool(self.db.conn.in_transaction)

    def data_version(self) -> int:
        """SQLite's counter of commits by other connections: a change means the data moved."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def end_batch(self, *, commit: bool, begin: bool) -> StoreError | None:
        """End the open batch transaction (commit or roll back) and maybe begin the next.

        The poller groups a poll's writes in timed batches; `ingest` and `record_poll`
        nest inside as savepoints. A failure is returned, not raised, so the caller can
        raise it where the event loop allows.
        """
        conn = self.db.conn
        try:
            if conn.in_transaction:
                conn.execute("COMMIT" if commit else "ROLLBACK")
            if begin:
                conn.execute("BEGIN")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.rollback()
            return StoreError(f"{self.path}: saving the poll failed: {exc}")
        return None


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


def decode_json(row: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
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

"""The connection: opening and migrating the file, transactions, errors people can act on.

Every thread opens its own `Store` (a sqlite3 connection is bound to the thread that made
it); WAL and a busy timeout let a background poll write while the app reads. A write
transaction takes the write lock when it begins (BEGIN IMMEDIATE), before it reads: a
transaction that read first and wrote later would fail at once, without waiting, if
another connection committed in between ("database is locked" from a stale snapshot).
`read_only=True` opens an existing file for reading only (the commands that only read).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from tui.errors import ConflictTuiError, StoreError
from tui.store.migrations import migrations

BUSY_TIMEOUT_MS = 10_000
# SQLite's own auto-checkpoint size (pages of the WAL): we checkpoint at the same size, but
# after the write lock is released and outside the lock clock (see `_checkpoint_if_due`)
CHECKPOINT_PAGES = 1000
SCHEMA_NAME = "conflict-tui"
# SQLite primary result codes (the low byte of an extended code)
_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED
_DISK_CODES = frozenset({8, 10, 13, 14})  # READONLY, IOERR, FULL, CANTOPEN


class MissingDatabaseError(ConflictTuiError):
    """A command that only reads was pointed at a database that does not exist."""

    exit_code = 1


def sqlite_cause(exc: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind an exception (the store re-raises them as StoreError)."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None or isinstance(seen, sqlite3.Error):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _code(cause: sqlite3.Error) -> int | None:
    code = getattr(cause, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_busy(exc: BaseException) -> bool:
    """True when another connection's lock caused the error: worth waiting for."""
    cause = sqlite_cause(exc)
    if cause is None:
        return False
    code = _code(cause)
    if code is not None:
        return code in _BUSY_CODES
    return "locked" in str(cause) or "busy" in str(cause)


def is_disk_trouble(exc: BaseException) -> bool:
    """True for a full, failing or read-only disk (may clear up; never a lock)."""
    cause = sqlite_cause(exc)
    if cause is None:
        return isinstance(exc, OSError)
    code = _code(cause)
    if code is not None:
        return code in _DISK_CODES
    return any(word in str(cause) for word in ("full", "disk I/O", "readonly"))


def utc_now() -> str:
    """The current time as the store writes it: UTC ISO 8601 to the second, with Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreBase:
    """The connection and its transactions; the domain mixins build on `db` and `writing`."""

    _checkpointer: threading.Thread | None = None  # a WAL checkpoint running in a thread

    def __init__(
        self,
        path: str | Path,
        *,
        migrate: bool = True,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            self._open_read_only(busy_timeout_ms)
            return
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000)
            # when the open transaction took the write lock, and the longest a transaction
            # held it (BEGIN IMMEDIATE to its end): what a poll reports
            self._write_since: float | None = None
            self.longest_write = 0.0
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA wal_autocheckpoint = 0")  # see _checkpoint_if_due
                # a WAL started again from its beginning is cut back to half the
                # checkpoint threshold, so its size tells how much it holds
                limit = CHECKPOINT_PAGES * 4096 // 2
                self.db.execute(f"PRAGMA journal_size_limit = {limit}")
            self._page_size = int(self.db.execute("PRAGMA page_size").fetchone()[0])
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            if migrate:
                migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the database: {_explain(exc)}") from None
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the database: {exc.strerror or exc}") from None

    def _open_read_only(self, busy_timeout_ms: int) -> None:
        """Open an existing database for reading only: no directory, file, WAL switch or
        migration is ever made. In a folder where SQLite cannot create the WAL index
        (a read-only folder), the file is read as immutable: nobody can write there."""
        path = self.path
        if str(path) == ":memory:" or not path.is_file():
            what = "not a file" if path.exists() else "no database"
            raise MissingDatabaseError(
                f"{path}: {what} (check --db, or run `conflict-tui poll` to create one)"
            )
        uri = path.resolve().as_uri()
        last: sqlite3.DatabaseError | None = None
        for query in ("?mode=ro", "?mode=ro&immutable=1"):
            try:
                conn = sqlite3.connect(uri + query, uri=True, timeout=busy_timeout_ms / 1000)
            except sqlite3.DatabaseError as exc:
                last = exc
                continue
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                conn.close()
                last = exc
                if "not a database" in str(exc) or "malformed" in str(exc):
                    break
                continue
            self.db = Database(conn)
            if not self.db["items"].exists():
                conn.close()
                raise StoreError(f"{path}: not a conflict-tui database (no items table)")
            return
        reason = _explain(last) if last is not None else "unknown error"
        raise StoreError(f"{path}: cannot open the database: {reason}")

    def close(self) -> None:
        self._wait_for_checkpoint()
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
        conn = self.db.conn
        try:
            if conn.in_transaction:  # inside a poll's batch: a savepoint
                with self.db.atomic():
                    yield self.db
                return
            conn.execute("BEGIN IMMEDIATE")  # the write lock first, then the reads
            self._write_since = time.perf_counter()
            try:
                yield self.db
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction and not self._in_batch:
                conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: {what} failed: {_explain(exc)}") from None
        finally:
            if not conn.in_transaction:
                self._lock_released()
                self._checkpoint_if_due()

    def write_held(self) -> float:
        """Seconds the open transaction has held the write lock (0 when none is open)."""
        since = self._write_since
        return 0.0 if since is None else time.perf_counter() - since

    def _lock_released(self) -> None:
        """The transaction ended: note how long it held the write lock."""
        if self._write_since is not None:
            held = time.perf_counter() - self._write_since
            self.longest_write = max(self.longest_write, held)
            self._write_since = None

    def _checkpoint_if_due(self) -> None:
        """Copy a grown WAL back into the database file once the write lock is free.

        SQLite's auto-checkpoint would run inside COMMIT's call, after the lock is already
        released, and make a short write look long (0.6 s in a 200,000-item database).
        A PASSIVE checkpoint blocks neither readers nor writers; a busy one is retried
        after the next commit. Failures are left to the next commit: nothing is lost.
        It runs in a thread on a connection of its own (mostly waiting for the disk:
        0.9 s of a cold poll's 1.1 s of checkpoints), so a poll goes on writing; only a
        WAL that grew half as big again meanwhile is checkpointed here, the writer waiting.
        """
        if self._write_since is not None or str(self.path) == ":memory:":
            return
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            size = wal.stat().st_size
        except OSError:
            return
        if size < CHECKPOINT_PAGES * self._page_size:
            return
        if size >= 3 * CHECKPOINT_PAGES * self._page_size // 2:
            # the WAL outgrew a checkpoint running meanwhile: one here, as the writer waits
            self._wait_for_checkpoint()
            with contextlib.suppress(sqlite3.DatabaseError):
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            return
        running = self._checkpointer
        if running is not None and running.is_alive():
            return  # the running one is enough for now
        # the file this connection has open (a relative path may mean another by now)
        main = next(row[2] for row in self.db.execute("PRAGMA database_list") if row[1] == "main")
        self._checkpointer = threading.Thread(
            target=_checkpoint, args=(main,), name="wal-checkpoint"
        )
        self._checkpointer.start()

    def _wait_for_checkpoint(self) -> None:
        """Let a running checkpoint finish (before the store closes)."""
        running = self._checkpointer
        if running is not None:
            running.join()
            self._checkpointer = None

    def schema_version(self) -> list[str]:
        """Names of the applied migrations, oldest first."""
        return [m.name for m in migrations.applied(self.db)]

    @property
    def in_transaction(self) -> bool:
        """Whether a write is pending (child processes would not see it)."""
        return bool(self.db.conn.in_transaction)

    _in_batch = False

    @contextmanager
    def busy_timeout(self, milliseconds: int) -> Iterator[None]:
        """Wait at most this long for another writer's lock inside (then SQLITE_BUSY), so
        the caller can wait longer itself, with a message or between event-loop steps."""
        conn = self.db.conn
        before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(before)}")

    def begin_batch(self, busy_timeout_ms: int = 100) -> StoreError | None:
        """Begin a poll's batch transaction holding the write lock (BEGIN IMMEDIATE).

        Waits at most `busy_timeout_ms` for another writer: the poller waits longer
        itself, between event-loop steps (`is_busy` on the returned error says so).
        """
        try:
            with self.busy_timeout(busy_timeout_ms):
                self.db.conn.execute("BEGIN IMMEDIATE")
            self._write_since = time.perf_counter()
        except sqlite3.DatabaseError as exc:
            error = StoreError(f"{self.path}: saving the poll failed: {_explain(exc)}")
            error.__cause__ = exc  # returned, not raised: `is_busy` reads the cause
            return error
        self._in_batch = True
        return None

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
        self._in_batch = False
        try:
            if conn.in_transaction:
                conn.execute("COMMIT" if commit else "ROLLBACK")
            self._lock_released()
            self._checkpoint_if_due()
            if begin:
                conn.execute("BEGIN IMMEDIATE")
                self._write_since = time.perf_counter()
                self._in_batch = True
        except sqlite3.DatabaseError as exc:
            if conn.in_transaction:
                conn.rollback()
            self._lock_released()
            error = StoreError(f"{self.path}: saving the poll failed: {_explain(exc)}")
            error.__cause__ = exc  # returned, not raised: `is_busy` reads the cause
            return error
        return None


def _checkpoint(path: str) -> None:
    """A PASSIVE checkpoint of the database at `path` on a connection of its own (it
    blocks neither readers nor writers); a failure is left to the next one. Opened
    read-write only: a file gone meanwhile is never created again, empty."""
    try:
        conn = sqlite3.connect(Path(path).as_uri() + "?mode=rw", uri=True, timeout=0)
    except (sqlite3.DatabaseError, ValueError):
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()


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

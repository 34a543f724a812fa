"""The app's one writer: read marks, stars and timeline edits, saved in order, never lost.

Another program may hold the database's write lock for seconds (a cron poll, `sqlite3`,
Datasette). The UI thread must not wait for it, and a change must not be dropped. So
every change the app makes goes through `Writer.submit`:

- when nothing is queued, it is tried at once on the UI thread's connection with a busy
  timeout of `FAST_TIMEOUT_MS` (a key press costs at most that long);
- if that finds the database busy, or earlier changes are still queued (order is kept),
  the change goes to a background thread with a connection of its own, which retries
  with backoff (`BACKOFF_S`, doubling up to `BACKOFF_MAX_S`) for as long as it takes;
- meanwhile `overlay` shows queued read and star marks as if saved, and the owner's
  `on_state` is told how many changes wait (the app shows "saving ..." in the status
  line).

A change that the store refuses for a reason of its own (an entry that no longer exists)
is reported through `on_error` and not retried: retrying could never succeed. A failing
disk (full, I/O, read-only) is retried more slowly and reported once, so the change is
saved as soon as the disk allows.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tui.store import Store
from tui.store.db import is_busy, is_disk_trouble, sqlite_cause

FAST_TIMEOUT_MS = 50
BACKOFF_S = 0.05
BACKOFF_MAX_S = 1.0
DISK_RETRY_S = 2.0


@dataclass(slots=True)
class Change:
    """One write: what it is (for messages), how to apply it, and what to do after.

    `marks` (item id -> column -> value) are read/star values the UI shows while the
    change waits; `after` runs on the UI thread with the store's result once saved.
    """

    what: str
    apply: Callable[[Store], Any]
    after: Callable[[Any], None] | None = None
    marks: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    queued_at: float = 0.0  # time.monotonic() when it went to the queue


class Writer:
    """Applies changes in order: at once when it can, else from a retrying thread."""

    def __init__(
        self,
        store: Store,
        *,
        on_saved: Callable[[Change, Any], None],
        on_error: Callable[[Change, BaseException], None],
        on_state: Callable[[int, str], None],
        open_store: Callable[[], Store] | None = None,
    ) -> None:
        """`store` is the UI thread's; the callbacks are called from the writer thread.

        `on_saved` and `on_error` must hand over to the UI thread (the app posts a
        message); `on_state(waiting, reason)` says how many changes wait and why.
        """
        self.store = store
        self.on_saved = on_saved
        self.on_error = on_error
        self.on_state = on_state
        self.open_store = open_store or (lambda: Store(store.path, migrate=False))
        self._queue: deque[Change] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._idle = threading.Condition(self._lock)
        self._busy = 0  # queued + being written by the thread
        self._closing = False
        self._marks: dict[str, dict[str, int]] = {}
        self._thread: threading.Thread | None = None
        self.waited_s = 0.0
        """The longest time a change waited in the queue before it was saved."""

    # ---- the UI thread's side -----------------------------------------------------------

    @property
    def pending(self) -> int:
        """Changes not yet saved."""
        with self._lock:
            return self._busy

    def submit(self, change: Change) -> bool:
        """Save a change; True if it is already saved, False if it waits in the queue."""
        with self._lock:
            queue_empty = self._busy == 0
        if queue_empty:
            try:
                result = self._apply_fast(change)
            except Exception as exc:  # sorted below; nothing escapes to the UI
                if not (is_busy(exc) or is_disk_trouble(exc)):
                    self.on_error(change, exc)
                    return True
            else:
                if change.after is not None:
                    change.after(result)
                return True
        self._enqueue(change)
        return False

    def _apply_fast(self, change: Change) -> Any:
        with self.store.busy_timeout(FAST_TIMEOUT_MS):
            return change.apply(self.store)

    def _enqueue(self, change: Change) -> None:
        change.queued_at = time.monotonic()
        with self._lock:
            self._queue.append(change)
            self._busy += 1
            for item_id, values in change.marks.items():
                self._marks.setdefault(item_id, {}).update(values)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="conflict-tui-writer", daemon=True
                )
                self._thread.start()
            self._wake.notify()
            waiting = self._busy
        self.on_state(waiting, "database busy")

    def overlay(self, row: dict[str, Any]) -> dict[str, Any]:
        """The row with queued read/star marks applied (what it will be once saved)."""
        with self._lock:
            values = self._marks.get(str(row.get("id")))
            if values:
                row.update(values)
        return row

    def value(self, item_id: str, column: str, stored: Any) -> Any:
        """An item's `read` or `starred` as it will be once queued changes are saved."""
        with self._lock:
            return self._marks.get(item_id, {}).get(column, stored)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued change is saved; False if `timeout` ran out first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._lock:
            while self._busy:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True

    def close(self, timeout: float = 10.0) -> bool:
        """Save what waits (up to `timeout`), then stop the thread; False if some is unsaved."""
        saved = self.flush(timeout)
        with self._lock:
            self._closing = True
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(1.0)
        return saved

    # ---- the writer thread ----------------------------------------------------------------

    def _run(self) -> None:
        store: Store | None = None
        while True:
            with self._lock:
                while not self._queue and not self._closing:
                    self._wake.wait()
                if not self._queue:
                    break
                change = self._queue[0]
            try:
                if store is None:
                    store = self.open_store()
                result = self._apply_retrying(store, change)
            except Exception as exc:  # reported, never fatal to the thread
                self._done(change)
                self.on_error(change, exc)
                continue
            self.waited_s = max(self.waited_s, time.monotonic() - change.queued_at)
            self._done(change)
            self.on_saved(change, result)
        if store is not None:
            store.close()

    def _apply_retrying(self, store: Store, change: Change) -> Any:
        delay = BACKOFF_S
        reported = ""
        while True:
            try:
                return change.apply(store)
            except Exception as exc:
                if is_busy(exc):
                    reason = "database busy"
                    wait = delay
                    delay = min(delay * 2, BACKOFF_MAX_S)
                elif is_disk_trouble(exc):
                    reason = f"cannot write: {sqlite_cause(exc) or exc}; retrying"
                    wait = DISK_RETRY_S
                else:
                    raise
                if reason != reported:
                    self.on_state(self.pending, reason)
                    reported = reason
                with self._lock:
                    if self._closing:
                        raise  # the user quit without waiting: stop retrying
                    self._wake.wait(wait)  # a new change or close() wakes it early

    def _done(self, change: Change) -> None:
        with self._lock:
            self._queue.popleft()
            self._busy -= 1
            for item_id, values in change.marks.items():
                current = self._marks.get(item_id)
                if current is None:
                    continue
                for column, value in values.items():
                    if current.get(column) == value and not self._still_queued(item_id, column):
                        del current[column]
                if not current:
                    del self._marks[item_id]
            waiting = self._busy
            if not waiting:
                self._idle.notify_all()
        self.on_state(waiting, "")

    def _still_queued(self, item_id: str, column: str) -> bool:
        return any(column in c.marks.get(item_id, {}) for c in self._queue)

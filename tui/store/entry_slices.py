"""The poll's timeline writes: a rebuild of touched days in short, diffed transactions.

`write_auto_entries` rewrites the days it is given in one transaction; a poll that
touched fifty days would hold the write lock for the whole rebuild. Here the built
entries are written a few whole days at a time, each slice compared with what is stored
so only changed entries, links and counts are written (set-based statements).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tui.records import AutoEntry
from tui.store.entries import EntriesMixin, _chunks, _marks, entry_columns
from tui.store.entry_rows import entry_row


class EntrySlicesMixin(EntriesMixin):
    """Methods of `Store` for writing a poll's rebuilt days in short transactions."""

    def write_auto_days(
        self,
        days: Sequence[str],
        entries: Iterable[AutoEntry | Mapping[str, Any]],
        *,
        now: str,
        slice_seconds: float = 0.1,
    ) -> tuple[int, int]:
        """`write_auto_entries` for the given days, a few days per short transaction.

        Each transaction writes whole days (so a reader sees a day before or after its
        rebuild, never half of it) and is sized to hold the write lock about
        `slice_seconds`: the app and a second poll wait a moment, not the whole rebuild.
        Only what changed is written. Returns (entries written or kept, removed).
        """
        if self._edited_in(days):
            # an edited entry may hand its edits to an entry of another day: one
            # transaction, as a retag writes it (edits are rare; most polls skip this)
            return self.write_auto_entries(days, entries, now=now)
        by_day: dict[str, list[Mapping[str, Any]]] = {day: [] for day in days}
        stray: list[Mapping[str, Any]] = []  # dated outside `days`: written, never stale
        for entry in entries:
            row = entry_row(entry)
            by_day.get(row["date"], stray).append(row)
        ordered = sorted(by_day)
        written = removed = 0
        budget = 200  # entries per transaction, adapted to the measured write speed
        start = 0
        while start < len(ordered):
            chunk_days: list[str] = []
            rows: list[Mapping[str, Any]] = []
            while start < len(ordered) and (not chunk_days or len(rows) < budget):
                chunk_days.append(ordered[start])
                rows.extend(by_day[ordered[start]])
                start += 1
            if start >= len(ordered):
                rows.extend(stray)
            began = time.perf_counter()
            done, gone = self._write_auto_slice(chunk_days, rows, now)
            written, removed = written + done, removed + gone
            elapsed = time.perf_counter() - began
            if rows:
                rate = len(rows) / max(elapsed, 1e-3)
                budget = int(min(max(rate * slice_seconds * 0.8, 20), 20_000))
        return written, removed

    def _edited_in(self, days: Sequence[str]) -> bool:
        """Whether any automatic entry of `days` carries a user's edit."""
        for chunk in _chunks(list(days)):
            found = self.db.execute(
                f"SELECT 1 FROM entries AS e WHERE e.origin = 'auto' AND e.date IN "
                f"({_marks(chunk)}) AND (e.title_manual = 1 OR e.hidden = 1 "
                "OR e.merged_into IS NOT NULL "
                "OR EXISTS (SELECT 1 FROM entries AS m WHERE m.merged_into = e.id) "
                "OR EXISTS (SELECT 1 FROM entry_items AS x WHERE x.entry_id = e.id "
                "AND x.origin = 'manual') "
                "OR EXISTS (SELECT 1 FROM entry_exclusions AS x WHERE x.entry_id = e.id)) "
                "LIMIT 1",
                chunk,
            ).fetchone()
            if found is not None:
                return True
        return False

    def _write_auto_slice(
        self, days: list[str], rows: list[Mapping[str, Any]], now: str
    ) -> tuple[int, int]:
        """Diff one slice of days against the store and write the difference (set-based)."""
        latest: dict[str, Mapping[str, Any]] = {}
        links: dict[str, dict[str, str | None]] = {}
        for row in rows:  # a key seen twice: the last values, the union of the links
            latest[row["key"]] = row
            owned = links.setdefault(row["key"], {})
            for item, dup in row["items"]:
                owned.setdefault(item, dup)
        with self.writing("saving the timeline"):
            stored: dict[str, tuple[Any, ...]] = {}
            for chunk in _chunks(list(latest)):
                stored.update(
                    (found[1], found)
                    for found in self.db.execute(
                        "SELECT id, key, date, kind, kinds, weight, title, parties, places, "
                        f"details, title_manual FROM entries WHERE key IN ({_marks(chunk)})",
                        chunk,
                    )
                )
            in_day: list[int] = []
            for chunk in _chunks(days):
                in_day += [
                    found[0]
                    for found in self.db.execute(
                        "SELECT id FROM entries WHERE origin = 'auto' "
                        f"AND date IN ({_marks(chunk)})",
                        chunk,
                    )
                ]
            inserts: list[tuple[Any, ...]] = []
            updates: list[tuple[Any, ...]] = []
            for key, row in latest.items():
                values = entry_columns(row)
                found = stored.get(key)
                if found is None:
                    inserts.append((key, *values, now))
                elif (
                    found[2:6] != values[:4]
                    or found[7:10] != values[5:]
                    or (found[6] != values[4] and not found[10])
                ):
                    updates.append((*values, now, found[0]))
            if updates:
                self.db.conn.executemany(
                    "UPDATE entries SET date = ?, kind = ?, kinds = ?, weight = ?, "
                    "title = CASE WHEN title_manual = 1 THEN title ELSE ? END, "
                    "parties = ?, places = ?, details = ?, updated = ? WHERE id = ?",
                    updates,
                )
            if inserts:
                self.db.conn.executemany(
                    "INSERT INTO entries (key, date, kind, kinds, weight, title, parties, "
                    "places, details, updated, origin, hidden, title_manual) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 0, 0)",
                    inserts,
                )
            ids = {key: found[0] for key, found in stored.items()}
            for chunk in _chunks([row[0] for row in inserts]):
                ids.update(
                    (found[1], found[0])
                    for found in self.db.execute(
                        f"SELECT id, key FROM entries WHERE key IN ({_marks(chunk)})", chunk
                    )
                )
            written_ids = [ids[key] for key in latest]
            scope = sorted(set(in_day) | set(written_ids))
            excluded: set[tuple[int, str]] = set()
            old: dict[tuple[int, str], str | None] = {}
            for chunk in _chunks(scope):
                marks = _marks(chunk)
                excluded.update(
                    self.db.execute(
                        "SELECT entry_id, item_id FROM entry_exclusions "
                        f"WHERE entry_id IN ({marks})",
                        chunk,
                    )
                )
                old.update(
                    ((found[0], found[1]), found[2])
                    for found in self.db.execute(
                        "SELECT entry_id, item_id, duplicate_of FROM entry_items "
                        f"WHERE origin = 'auto' AND entry_id IN ({marks})",
                        chunk,
                    )
                )
            target: dict[tuple[int, str], str | None] = {}
            for key, owned in links.items():
                for item, dup in owned.items():
                    pair = (ids[key], item)
                    if pair not in excluded:
                        target.setdefault(pair, dup)
            day_ids = set(in_day)
            missing = object()
            drop = [
                pair
                for pair, dup in old.items()
                if pair[0] in day_ids and target.get(pair, missing) != dup
            ]
            add = [(*pair, dup) for pair, dup in target.items() if old.get(pair, missing) != dup]
            if drop:
                self.db.conn.executemany(
                    "DELETE FROM entry_items WHERE entry_id = ? AND item_id = ? "
                    "AND origin = 'auto'",
                    drop,
                )
            if add:
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin, "
                    "duplicate_of) VALUES (?, ?, 'auto', ?)",
                    add,
                )
            # automatic entries of these days not written again are stale, unless edited
            kept = set(written_ids)
            candidates = [entry_id for entry_id in in_day if entry_id not in kept]
            stale: list[int] = []
            for chunk in _chunks(candidates):
                stale += [
                    found[0]
                    for found in self.db.execute(
                        f"SELECT id FROM entries WHERE id IN ({_marks(chunk)}) "
                        "AND title_manual = 0 AND hidden = 0 AND NOT EXISTS (SELECT 1 FROM "
                        "entries AS m WHERE m.merged_into = entries.id) AND NOT EXISTS "
                        "(SELECT 1 FROM entry_items AS ei WHERE ei.entry_id = entries.id "
                        "AND ei.origin = 'manual')",
                        chunk,
                    )
                ]
            if stale:
                self.db.conn.executemany(
                    "DELETE FROM entry_items WHERE entry_id = ?", [(i,) for i in stale]
                )
                self.db.conn.executemany("DELETE FROM entries WHERE id = ?", [(i,) for i in stale])
            self._refresh_source_counts(days, only_changed=True)
        return len(latest), len(stale)

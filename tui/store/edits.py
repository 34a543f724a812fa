"""The user's edits of the timeline: titles, hidden flags, merges, moves, entries by hand.

They live in their own columns and rows, which a rebuild never touches, so they survive
every retag and poll.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from tui.errors import StoreError
from tui.store.entries import _SOURCE_IDS, EntriesMixin


class EditsMixin(EntriesMixin):
    """Methods of `Store` for manual edits."""

    def retitle_entry(self, entry_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise StoreError("an entry's title cannot be empty")
        with self.writing("retitling an entry"):
            self._require_entry(entry_id)
            self.db.execute(
                "UPDATE entries SET title = ?, title_manual = 1 WHERE id = ?", [title, entry_id]
            )

    def set_entry_hidden(self, entry_id: int, hidden: bool = True) -> None:
        with self.writing("hiding an entry"):
            self._require_entry(entry_id)
            self.db.execute("UPDATE entries SET hidden = ? WHERE id = ?", [int(hidden), entry_id])

    def merge_entries(self, target_id: int, source_id: int) -> None:
        """Show `source`'s reports under `target`; `source` disappears from the timeline."""
        if target_id == source_id:
            raise StoreError("cannot merge an entry into itself")
        with self.writing("merging entries"):
            target = self._require_entry(target_id)
            self._require_entry(source_id)
            if target["merged_into"] is not None:
                target_id = target["merged_into"]
            self.db.execute(
                "UPDATE entries SET merged_into = ? WHERE id = ? OR merged_into = ?",
                [target_id, source_id, source_id],
            )
            self._refresh_source_counts_for([target_id])

    def move_item(self, item_id: str, from_entry: int, to_entry: int) -> None:
        """Take a report out of one entry and make it a source of another, for good."""
        with self.writing("moving a report"):
            self._require_entry(to_entry)
            for owner in self.db.execute(_SOURCE_IDS, [from_entry, from_entry]).fetchall():
                self.db.execute(
                    "INSERT OR IGNORE INTO entry_exclusions (entry_id, item_id) VALUES (?, ?)",
                    [owner[0], item_id],
                )
                self.db.execute(
                    "DELETE FROM entry_items WHERE entry_id = ? AND item_id = ?",
                    [owner[0], item_id],
                )
            self.db.execute(
                "DELETE FROM entry_exclusions WHERE entry_id = ? AND item_id = ?",
                [to_entry, item_id],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO entry_items (entry_id, item_id, origin) "
                "VALUES (?, ?, 'manual')",
                [to_entry, item_id],
            )
            self._refresh_source_counts_for([from_entry, to_entry])

    def create_entry(
        self,
        date: str,
        kind: str,
        title: str,
        item_ids: Sequence[str] = (),
        *,
        parties: Sequence[str] = (),
        places: Sequence[str] = (),
    ) -> int:
        """An entry made by hand; retag never removes or changes it."""
        with self.writing("creating an entry"):
            cursor = self.db.execute(
                "INSERT INTO entries (key, date, kind, kinds, title, parties, places, origin, "
                "hidden, title_manual, details, source_count) "
                "VALUES ('pending', ?, ?, ?, ?, ?, ?, 'manual', 0, 1, '{}', 0)",
                [
                    date,
                    kind,
                    json.dumps([kind]),
                    " ".join(title.split()),
                    json.dumps(list(parties)),
                    json.dumps(list(places)),
                ],
            )
            entry_id = int(cursor.lastrowid)
            self.db.execute(
                "UPDATE entries SET key = ? WHERE id = ?", [f"manual:{entry_id}", entry_id]
            )
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin) "
                "VALUES (?, ?, 'manual')",
                [(entry_id, item) for item in item_ids],
            )
            self._refresh_source_counts_for([entry_id])
        return entry_id

    def _require_entry(self, entry_id: int) -> dict[str, Any]:
        rows = list(self.db.query("SELECT * FROM entries WHERE id = ?", [entry_id]))
        if not rows:
            raise StoreError(f"no entry {entry_id}")
        return rows[0]

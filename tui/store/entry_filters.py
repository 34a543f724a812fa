"""The SQL of a timeline view: which entries a filter keeps (any of an entry's kinds, the
key-events view's heaviest of each day) and in what order (a day's heaviest first)."""

from __future__ import annotations

from typing import Any

from tui.records import EntryFilter
from tui.search_terms import fts_match

ALL_ENTRIES = EntryFilter()  # the default filter: everything


def entry_where(entry_filter: EntryFilter) -> tuple[str, list[Any]]:
    """The WHERE of a timeline view, over `entries`."""
    clauses = ["entries.merged_into IS NULL"]
    args: list[Any] = []
    if not entry_filter.include_hidden:
        clauses.append("entries.hidden = 0")
    if entry_filter.kinds:
        # any of the entry's kinds (an attack entry with casualties is found by either);
        # `kinds` always holds the main kind too
        marks = ",".join("?" * len(entry_filter.kinds))
        clauses.append(
            f"EXISTS (SELECT 1 FROM json_each(entries.kinds) WHERE json_each.value IN ({marks}))"
        )
        args.extend(entry_filter.kinds)
    if entry_filter.party:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(entries.parties) WHERE json_each.value = ?)"
        )
        args.append(entry_filter.party)
    if entry_filter.since:
        clauses.append("entries.date >= ?")
        args.append(entry_filter.since)
    if entry_filter.until:
        clauses.append("entries.date <= ?")
        args.append(entry_filter.until)
    if entry_filter.side:
        clauses.append(
            "EXISTS (SELECT 1 FROM entry_items AS ei JOIN items ON items.id = ei.item_id "
            "JOIN feeds ON feeds.url = items.feed_url WHERE feeds.side = ? AND "
            "ei.entry_id IN (SELECT id FROM entries AS m WHERE m.id = entries.id "
            "OR m.merged_into = entries.id))"
        )
        args.append(entry_filter.side)
    if entry_filter.text and entry_filter.text.strip():
        match = fts_match(entry_filter.text)  # places under every spelling, whole words
        if match:
            clauses.append(
                "(entries.title LIKE ? OR entries.id IN (SELECT ei.entry_id FROM entry_items "
                "AS ei JOIN items ON items.id = ei.item_id WHERE items.rowid IN "
                "(SELECT rowid FROM items_fts WHERE items_fts MATCH ?)))"
            )
            args.extend([f"%{entry_filter.text.strip()}%", match])
    where = " AND ".join(clauses)
    if entry_filter.key_events > 0:
        # the key-events view: of the entries the other filters keep, each day's N
        # heaviest (the inner query's `entries` is its own, so the clauses read the same)
        where += (
            " AND entries.id IN (SELECT id FROM (SELECT entries.id AS id, row_number() OVER "
            "(PARTITION BY entries.date ORDER BY entries.weight DESC, entries.id) AS rank "
            f"FROM entries WHERE {where}) WHERE rank <= ?)"
        )
        args = [*args, *args, entry_filter.key_events]
    return where, args


def entry_order(entry_filter: EntryFilter) -> str:
    """The ORDER BY of a timeline view: days in order, and within a day the heaviest
    entry first (a truce above the day's appeals), then the oldest id."""
    direction = "DESC" if entry_filter.newest_first else "ASC"
    return f"entries.date {direction}, entries.weight DESC, entries.id ASC"

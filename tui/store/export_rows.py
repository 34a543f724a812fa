"""Entries with their sources and tags, streamed for the exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tui.records import EntryFilter
from tui.store.db import decode_json
from tui.store.entries import EntriesMixin
from tui.store.entry_filters import ALL_ENTRIES, entry_where
from tui.store.entry_rows import with_details
from tui.store.tags import CLAIM_TAG, _carries_claim


class ExportRowsMixin(EntriesMixin):
    """Methods of `Store` that read whole timelines for the exports."""

    def iter_entries_with_sources(
        self,
        entry_filter: EntryFilter = ALL_ENTRIES,
        *,
        tags: str = "all",
    ) -> Iterator[dict[str, Any]]:
        """Every matching entry, oldest first, with `sources` and each source's `tags`.

        For export: two streaming queries read in step (entries; their sources joined
        with tags, in the same order), instead of a query per entry or page, so 200,000
        sources come out in about a second and memory stays flat. Sources are ordered
        as in `entry_sources`, tags by id; tag JSON columns are decoded. Entries that
        others were merged into get their members' sources through `entries_sources`.

        `tags="claims"` reads only the tags that carry a claim, a denial or casualty
        figures (all `details_from_tags` reads, for an entry made or merged by hand), through
        the partial covering index
        `idx_tags_claims`: the Markdown export needs no others.
        """
        if tags not in ("all", "claims"):
            raise ValueError(f"tags must be 'all' or 'claims', not {tags!r}")
        where, args = entry_where(entry_filter)
        order = "entries.date, entries.weight DESC, entries.id"
        merged_owners = {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT merged_into FROM entries WHERE merged_into IS NOT NULL"
            )
        }
        # entries whose reports were edited by hand (merged into, a report moved out):
        # their details are read from their reports' tags (`with_details`)
        edited = merged_owners | {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT coalesce(e.merged_into, e.id) FROM entry_exclusions AS x "
                "JOIN entries AS e ON e.id = x.entry_id"
            )
        }
        feeds = {
            row[0]: (row[1], row[2]) for row in self.db.execute("SELECT url, name, side FROM feeds")
        }
        no_feed = (None, None)
        # A larger page cache for this long read (the default 2 MB thrashes on the item
        # and tag indexes: a third slower); restored when the iteration ends.
        old_cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self.db.execute("PRAGMA cache_size = -65536")
        entries = self.db.execute(f"SELECT * FROM entries WHERE {where} ORDER BY {order}", args)
        columns = [d[0] for d in entries.description]
        tag_join = "LEFT JOIN tags ON tags.item_id = items.id"
        if tags == "claims":
            tag_join += f" AND {CLAIM_TAG}"
        sources = self.db.execute(
            "SELECT entries.id, items.id, items.feed_url, items.link, items.title, "
            "items.published, items.date_guessed, ei.origin, ei.duplicate_of, "
            "tags.id, tags.kind, tags.rule, tags.evidence, tags.accuser, "
            "tags.accused, tags.denier, tags.parties, tags.places, tags.event_date, "
            "tags.date_basis, tags.casualties "
            "FROM entries JOIN entry_items AS ei ON ei.entry_id = entries.id "
            f"JOIN items ON items.id = ei.item_id {tag_join} WHERE {where} "
            f"ORDER BY {order}, items.published, items.id, tags.id",
            args,
        )
        decoded: dict[str, Any] = {}

        def load(text: str | None) -> Any:
            if text is None:
                return []
            found = decoded.get(text)
            if found is None:
                try:
                    found = json.loads(text)
                except ValueError:
                    found = []
                if len(text) < 200 and len(decoded) < 10_000:
                    decoded[text] = found
            return found

        try:
            pending = next(sources, None)
            for values in entries:
                entry = decode_json(
                    dict(zip(columns, values, strict=True)),
                    ("parties", "places", "details", "kinds"),
                )
                entry_id = entry["id"]
                rows: list[dict[str, Any]] = []
                last: dict[str, Any] | None = None
                while pending is not None and pending[0] == entry_id:
                    if last is None or last["id"] != pending[1]:
                        feed_name, side = feeds.get(pending[2], no_feed)
                        last = {
                            "id": pending[1],
                            "feed_url": pending[2],
                            "link": pending[3],
                            "title": pending[4],
                            "published": pending[5],
                            "date_guessed": pending[6],
                            "origin": pending[7],
                            "duplicate_of": pending[8],
                            "feed_name": feed_name,
                            "side": side,
                            "tags": [],
                        }
                        rows.append(last)
                    if pending[9] is not None:
                        last["tags"].append(
                            {
                                "id": pending[9],
                                "item_id": pending[1],
                                "kind": pending[10],
                                "rule": pending[11],
                                "evidence": pending[12],
                                "accuser": pending[13],
                                "accused": pending[14],
                                "denier": pending[15],
                                "parties": load(pending[16]),
                                "places": load(pending[17]),
                                "event_date": pending[18],
                                "date_basis": pending[19],
                                "casualties": load(pending[20]),
                            }
                        )
                    pending = next(sources, None)
                if entry_id in merged_owners:
                    rows = self.entries_sources([entry_id])[entry_id]
                    if tags == "claims":
                        for row in rows:
                            row["tags"] = [t for t in row["tags"] if _carries_claim(t)]
                entry["sources"] = rows
                yield with_details(entry, rows, edited=entry_id in edited)
        finally:
            self.db.execute(f"PRAGMA cache_size = {int(old_cache)}")

    def iter_source_ids(self, entry_filter: EntryFilter = ALL_ENTRIES) -> Iterator[str]:
        """The item id of every source of the matching entries, in the order
        `iter_entries_with_sources` yields them (an item in two entries comes twice).

        A split Markdown export numbers the sources of the earlier date ranges with it:
        one narrow query, no rows turned into dicts.
        """
        where, args = entry_where(entry_filter)
        merged_owners = {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT merged_into FROM entries WHERE merged_into IS NOT NULL"
            )
        }
        # every matching entry, even one with no sources of its own (others may have been
        # merged into it), as iter_entries_with_sources reads them
        rows = self.db.execute(
            "SELECT entries.id, ei.item_id FROM entries "
            "LEFT JOIN entry_items AS ei ON ei.entry_id = entries.id "
            f"LEFT JOIN items ON items.id = ei.item_id WHERE {where} "
            "ORDER BY entries.date, entries.weight DESC, entries.id, items.published, items.id",
            args,
        )
        owner = None
        for entry_id, item_id in rows:
            if entry_id in merged_owners:
                if entry_id != owner:
                    owner = entry_id
                    yield from (row["id"] for row in self.entries_sources([entry_id])[entry_id])
            elif item_id is not None:
                yield item_id

"""Reading the entries to export from the store, oldest first, with their sources.

Pure over the store: entries stream with their sources and tags from two queries read
in step (`Store.iter_entries_with_sources`), so memory stays flat.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tui.records import EntryFilter

PAGE = 500  # entries per bulk query


def iter_export_entries(
    store: Any,
    entry_filter: EntryFilter | None = None,
    *,
    tags: str = "all",
) -> Iterator[dict[str, Any]]:
    """Matching entries, oldest first, each with `sources` (and their `tags`).

    Reads through `Store.iter_entries_with_sources` (two streaming queries; `tags` as
    there); a store without it (an older or a fake one) is read page by page with
    `entries_sources`, with all tags.
    """
    entry_filter = oldest_first(entry_filter or EntryFilter())
    streaming = getattr(store, "iter_entries_with_sources", None)
    if streaming is not None:
        yield from streaming(entry_filter, tags=tags)
        return
    batch: list[dict[str, Any]] = []
    for entry in store.iter_entries(entry_filter, page=PAGE):
        batch.append(entry)
        if len(batch) >= PAGE:
            yield from _with_sources(store, batch)
            batch = []
    if batch:
        yield from _with_sources(store, batch)


def oldest_first(entry_filter: EntryFilter) -> EntryFilter:
    if not entry_filter.newest_first:
        return entry_filter
    fields = {name: getattr(entry_filter, name) for name in EntryFilter.__slots__}
    fields["newest_first"] = False
    return EntryFilter(**fields)


def _with_sources(store: Any, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sources = store.entries_sources([entry["id"] for entry in batch])
    for entry in batch:
        entry["sources"] = sources.get(entry["id"], [])
    return batch


def side_counts(sources: list[dict[str, Any]]) -> dict[str, int]:
    """Sources per side, syndicated copies counted once (as the store counts them)."""
    seen: dict[str, set[str]] = {}
    for source in sources:
        seen.setdefault(source.get("side") or "other", set()).add(
            source.get("duplicate_of") or source["id"]
        )
    return {side: len(ids) for side, ids in sorted(seen.items())}

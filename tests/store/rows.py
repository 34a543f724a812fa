"""Hand-made automatic entries for store fixtures: the columns a test cares about only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def auto_entry(
    key: str,
    date: str,
    kind: str,
    title: str,
    parties: Sequence[str] = (),
    places: Sequence[str] = (),
    details: dict[str, Any] | None = None,
    items: Sequence[tuple[str, str | None]] = (),
    weight: float = 0.0,
    kinds: Sequence[str] = (),
) -> dict[str, Any]:
    """An automatic entry's row for `Store.write_auto_entries`: (item_id, duplicate_of) pairs
    as its sources and any `details` (the builder's `AutoEntry` derives them itself)."""
    return {
        "key": key,
        "date": date,
        "kind": kind,
        "title": title,
        "parties": tuple(parties),
        "places": tuple(places),
        "details": dict(details or {}),
        "items": tuple(items),
        "weight": weight,
        "kinds": tuple(kinds) or (kind,),
    }

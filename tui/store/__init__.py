"""The SQLite database, through sqlite-utils: schema, writes and paged queries.

All SQL of the app lives in this package, one module per domain (`db` the connection
and transactions, `migrations`, `feeds`, `items`, `tags`, `entries`, `edits`,
`export_rows`); `Store` puts them together. The store does I/O and nothing else: no
Textual, no tagging rules.
"""

from __future__ import annotations

from tui.records import EntryFilter, ItemFilter
from tui.store.db import BUSY_TIMEOUT_MS, SCHEMA_NAME, utc_now
from tui.store.edits import EditsMixin
from tui.store.export_rows import ExportRowsMixin
from tui.store.history import FullTextResult, HistoryMixin
from tui.store.items import IngestResult, ItemsMixin
from tui.store.tags import CLAIM_TAG, TAG_DAY_SQL

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CLAIM_TAG",
    "SCHEMA_NAME",
    "TAG_DAY_SQL",
    "EntryFilter",
    "FullTextResult",
    "IngestResult",
    "ItemFilter",
    "Store",
    "utc_now",
]


class Store(ItemsMixin, EditsMixin, ExportRowsMixin, HistoryMixin):
    """One SQLite database file: open it, migrate it, read and write it.

    Each mixin builds on the ones whose methods it calls (items on feeds and tags,
    edits and export rows on entries, history on tags), all on `StoreBase`'s connection.
    """

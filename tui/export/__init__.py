"""The timeline as Markdown or JSON: what users paste into a report, a wiki or a briefing.

The package in rooms: `escape` (Markdown/HTML escaping, safe links), `names` (party,
conflict and kind names, the filter in words), `claims_text` (claims, denials and
casualty figures as English), `entries` (reading entries from the store), `output`
(atomic files, stdout), `markdown` and `json_export` (the two writers) and `split`
(a large export written by several processes). The CLI and the app import from here.
"""

from __future__ import annotations

import os
from typing import IO, Any

from tui.export.claims_text import (
    CLAIM_KINDS,
    casualty_text,
    claim_sentences,
    details_of,
)
from tui.export.entries import PAGE, iter_export_entries, side_counts
from tui.export.escape import (
    clean,
    md_escape,
    md_escape_many,
    md_link,
    md_link_destination,
    md_link_destinations,
    web_link,
)
from tui.export.json_export import (
    JSON_FORMAT_NAME,
    JSON_FORMAT_VERSION,
    SCHEMA_PATH,
    json_entry,
    write_json,
)
from tui.export.markdown import markdown_text, write_markdown
from tui.export.names import (
    describe_filter,
    kind_label,
    load_conflict_name,
    load_party_names,
    party_namer,
)
from tui.export.output import ExportError, generated_time
from tui.records import EntryFilter

FORMATS = ("markdown", "json")

__all__ = [
    "CLAIM_KINDS",
    "FORMATS",
    "JSON_FORMAT_NAME",
    "JSON_FORMAT_VERSION",
    "PAGE",
    "SCHEMA_PATH",
    "ExportError",
    "casualty_text",
    "claim_sentences",
    "clean",
    "describe_filter",
    "details_of",
    "export",
    "generated_time",
    "iter_export_entries",
    "json_entry",
    "kind_label",
    "load_conflict_name",
    "load_party_names",
    "markdown_text",
    "md_escape",
    "md_escape_many",
    "md_link",
    "md_link_destination",
    "md_link_destinations",
    "party_namer",
    "side_counts",
    "web_link",
    "write_json",
    "write_markdown",
]


def export(
    store: Any,
    entry_filter: EntryFilter | None,
    path_or_stream: str | os.PathLike[str] | IO[str],
    *,
    format: str = "markdown",
    **options: Any,
) -> int:
    """Write the timeline in `format` ("markdown" or "json"); returns the entry count."""
    if format == "markdown":
        return write_markdown(store, entry_filter, path_or_stream, **options)
    if format == "json":
        return write_json(store, entry_filter, path_or_stream, **options)
    raise ExportError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")

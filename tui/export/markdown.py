"""The timeline as a Markdown document: what users paste into a report or a briefing.

Per-source work is the hot path (scripts/bench_export.py: 20,000 entries, 200,000
sources): outlet names are escaped once per feed, an entry's titles and links are
escaped in one pass each (`tui.export.escape`). The Markdown reads only the tags that
carry claims, denials or casualty figures. The same database gives the same bytes.

Markdown layout (CommonMark; renders the same on GitHub):

    # Title                            the profile's conflict name (CLI), or "Timeline"
    Coverage line: dates, filters, entries, sources, generation time.
    ## YYYY-MM-DD                      one section per day, in date order
    ### Kind: title                    one block per entry
    - Parties / Places
    - Claims: "Azerbaijan accused Armenia of violating the ceasefire in Tartar [4];
      Armenia denied it [5]."   Casualties: "1 civilian killed according to Azerbaijan [4]"
    - Sources: [n] [Outlet](url) (CODE side, published): title
      ([n] numbers every source once across the document; a source seen in an earlier
      entry is referred to by its number)
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import IO, Any

from tui.export.claims_text import casualty_text, claim_sentences, details_of
from tui.export.entries import iter_export_entries, oldest_first
from tui.export.escape import (
    md_escape,
    md_escape_many,
    md_link,
    md_link_destinations,
    plain_web_link,
    web_link,
)
from tui.export.names import describe_filter, kind_label, party_namer
from tui.export.output import Buffered, generated_time, opened, split_output
from tui.profile.sides import active
from tui.records import EntryFilter

_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def write_markdown(
    store: Any,
    entry_filter: EntryFilter | None = None,
    path_or_stream: str | os.PathLike[str] | IO[str] = "-",
    *,
    generated: datetime | str | int | float | None = None,
    title: str | None = None,
    party_names: Mapping[str, str] | None = None,
    jobs: int | None = None,
    force: bool = False,
) -> int:
    """Write the filtered timeline as a Markdown document; returns the number of entries.

    `path_or_stream` is a path (written atomically), `"-"` for stdout, or a text stream.
    `generated` fixes the generation time shown (default: now, or SOURCE_DATE_EPOCH).
    `title` is the document's title (the CLI passes the profile's conflict name);
    "Timeline" when empty. `jobs` is how many processes may write it (None: one per
    core; 1: this one only); see `tui.export.split` for when it splits. `force`
    replaces a symlink or a read-only file at the path (else refused, `opened`).
    """
    entry_filter = oldest_first(entry_filter or EntryFilter())
    namer = party_namer(party_names)
    summary = store.entries_summary(entry_filter)
    stamp = generated_time(generated)

    def write_part(
        part_store: Any, part: EntryFilter, earlier: EntryFilter | None, stream: IO[str]
    ) -> int:
        return _markdown_entries(part_store, part, earlier, stream, namer)

    with opened(path_or_stream, force=force) as stream:
        out = Buffered(stream)
        out.write(f"# {md_escape(title) or 'Timeline'}\n\n")
        out.write(_coverage_line(summary, entry_filter, namer, stamp) + "\n")
        out.flush()
        stream.flush()  # the header is in the output before any part is appended
        # children number the sources of earlier days first: the parent takes a bit more
        counts = split_output(store, entry_filter, path_or_stream, stream, write_part, jobs, 1.1)
        count = sum(counts) if counts is not None else write_part(store, entry_filter, None, stream)
        if count == 0:
            stream.write("\nNo entries match.\n")
        stream.flush()
    return count


def _markdown_entries(
    store: Any,
    entry_filter: EntryFilter,
    earlier: EntryFilter | None,
    stream: IO[str],
    namer: Callable[[str], str],
) -> int:
    """The day sections and entry blocks of the matching entries; returns how many.

    `earlier` selects the entries written before these (by another process): their
    sources are numbered first, so numbers continue as in a single pass.
    """
    out = Buffered(stream)
    writer = _MarkdownEntries(namer)
    if earlier is not None:
        numbers = writer.numbers
        for item_id in store.iter_source_ids(earlier):
            if item_id not in numbers:
                numbers[item_id] = len(numbers) + 1
    day = None
    count = 0
    for entry in iter_export_entries(store, entry_filter, tags="claims"):
        if entry["date"] != day:
            day = entry["date"]
            out.write(f"\n## {md_escape(day)}\n")
        out.write(writer.block(entry))
        count += 1
    out.flush()
    return count


def markdown_text(store: Any, entry_filter: EntryFilter | None = None, **options: Any) -> str:
    """The Markdown document as a string (for previews and tests)."""
    buffer = io.StringIO()
    write_markdown(store, entry_filter, buffer, **options)
    return buffer.getvalue()


def _coverage_line(
    summary: dict[str, Any],
    entry_filter: EntryFilter,
    namer: Callable[[str], str],
    stamp: str,
) -> str:
    if summary["first"]:
        if summary["first"] == summary["last"]:
            dates = f"Covers {md_escape(summary['first'])}"
        else:
            dates = f"Covers {md_escape(summary['first'])} to {md_escape(summary['last'])}"
    else:
        dates = "Covers no dates"
    filters = describe_filter(entry_filter, namer, prose=True)
    filter_text = f" ({md_escape('; '.join(filters))})" if filters else " (all entries)"
    entries = summary["entries"]
    sources = summary["sources"]
    return (
        f"{dates}{filter_text}: {entries} {'entry' if entries == 1 else 'entries'}, "
        f"{sources} {'source' if sources == 1 else 'sources'}. Generated {stamp}."
    )


class _MarkdownEntries:
    """Entry blocks of one document: numbers every source once, in order of appearance.

    Per-source work is the hot path of a large export (200,000 sources): outlet names
    and sides are escaped once per feed, and a source cited again is one short line.
    """

    def __init__(self, namer: Callable[[str], str]) -> None:
        self.namer = namer
        # item id -> its number; negative until the source has been listed
        self.numbers: dict[str, int] = {}
        # (feed url, outlet, side) -> (escaped outlet, escaped side, outlet)
        self.feeds: dict[tuple[Any, Any, Any], tuple[str, str, str]] = {}
        # kinds, party and place lists as written (entries repeat them)
        self.cache: dict[tuple[Any, ...], str] = {}

    def party_text(self, party: str) -> str:
        return md_escape(self.namer(party))

    def block(self, entry: dict[str, Any]) -> str:
        numbers = self.numbers
        sources = entry["sources"]
        # Number the sources first (in source order) so claims can cite them.
        for source in sources:
            if source["id"] not in numbers:
                numbers[source["id"]] = -(len(numbers) + 1)  # negative: not yet listed
        lines = [f"\n### {self.kind(entry['kind'])}: {md_escape(entry['title'])}\n\n"]
        if entry.get("hidden") or entry.get("origin") == "manual":
            marks = ["hidden"] if entry.get("hidden") else []
            if entry.get("origin") == "manual":
                marks.append("added by hand")
            lines.append(f"- Note: {', '.join(marks)}\n")
        lines.append(self.names("Parties", entry.get("parties"), self.namer))
        lines.append(self.names("Places", entry.get("places"), str))
        if entry.get("details"):
            found = details_of(entry)

            here = {source["id"] for source in sources}

            def refs(ids: list[str]) -> str:
                cited = sorted(abs(numbers[i]) for i in ids if i in here)
                return " [" + ", ".join(map(str, cited)) + "]" if cited else ""

            sentences = claim_sentences(found, self.party_text, refs, md_escape)
            if sentences:
                lines.append(f"- Claims: {' '.join(sentences)}\n")
            figures = [
                casualty_text(row, self.party_text, md_escape) + refs(row["item_ids"])
                for row in found["casualties"]
            ]
            if figures:
                lines.append(f"- Casualties: {'; '.join(figures)}.\n")
        if sources:
            lines.append("- Sources:\n")
            lines += self.source_lines(sources)
        else:
            lines.append("- Sources: none linked\n")
        return "".join(lines)

    def kind(self, kind: str) -> str:
        text = self.cache.get(("kind", kind))
        if text is None:
            text = self.cache[("kind", kind)] = md_escape(kind_label(kind))
        return text

    def names(self, label: str, values: Any, name: Callable[[str], str]) -> str:
        """`- Label: a, b` for a list of names (cached: entries repeat them), or ""."""
        if not values or not isinstance(values, list):
            return ""
        key = (label, *values)
        text = self.cache.get(key)
        if text is None:
            shown = [name(value) for value in values if isinstance(value, str)]
            text = f"- {label}: {md_escape(', '.join(shown))}\n" if shown else ""
            if len(self.cache) > 50_000:
                self.cache.clear()
            self.cache[key] = text
        return text

    def source_lines(self, sources: list[dict[str, Any]]) -> list[str]:
        """`  - [n] [Outlet](url) (side, published[, notes]): title` per source.

        A source listed in an earlier entry keeps its number and its link, so each entry
        stands alone: `  - [n] [Outlet](url) (listed above)`. Titles and links of an
        entry's sources are escaped together (`md_escape_many`).
        """
        numbers = self.numbers
        feeds = self.feeds
        sides = active()  # `TH thai`: the side's code from the profile, then its name
        lines: list[str] = []
        new: list[tuple[int, dict[str, Any], tuple[str, str, str]]] = []
        for source in sources:
            feed_key = (source["feed_url"], source["feed_name"], source["side"])
            feed = feeds.get(feed_key)
            if feed is None:
                outlet = feed_key[1] or feed_key[0] or "unknown outlet"
                feed = feeds[feed_key] = (
                    md_escape(outlet),
                    md_escape(f"{sides.code(feed_key[2])} {feed_key[2] or 'other'}"),
                    outlet,
                )
            number = numbers[source["id"]]
            if number < 0:
                numbers[source["id"]] = -number
            new.append((len(lines), source, feed))
            lines.append("" if number < 0 else str(number))
        titles = md_escape_many([source["title"] for _, source, _ in new])
        hrefs = []
        for _, source, _ in new:
            link = source["link"]
            hrefs.append(link if link and plain_web_link(link) else web_link(link))
        links = md_link_destinations([href for href in hrefs if href])
        links.reverse()
        for (position, source, feed), title, href in zip(new, titles, hrefs, strict=True):
            if href:
                shown = f"[{feed[0] or 'link'}]({links.pop()})"
            else:
                shown = md_link(feed[2], source["link"])
            if lines[position]:  # listed in an earlier entry: its number and link again
                lines[position] = f"  - [{lines[position]}] {shown} (listed above)\n"
                continue
            published = source["published"]
            if published and _ISO_TIME.match(published):
                when = f"{published[:10]} {published[11:16]} UTC"
            else:
                when = md_escape(published) or "undated"
            notes = ", date guessed" if source["date_guessed"] else ""
            duplicate = source["duplicate_of"]
            if duplicate:
                original = numbers.get(duplicate)
                notes += f", copy of [{abs(original)}]" if original else ", syndicated copy"
            number = numbers[source["id"]]
            if title:
                lines[position] = f"  - [{number}] {shown} ({feed[1]}, {when}{notes}): {title}\n"
            else:
                lines[position] = f"  - [{number}] {shown} ({feed[1]}, {when}{notes})\n"
        return lines

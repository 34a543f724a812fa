"""The timeline as Markdown or JSON: what users paste into a report, a wiki or a briefing.

Pure over the store: entries stream with their sources and tags from two queries read
in step (`Store.iter_entries_with_sources`; the Markdown reads only the tags that carry
claims, denials or casualty figures), so memory stays flat. Per-source work is the hot
path (scripts/bench_export.py: 20,000 entries, 200,000 sources): outlet names are
escaped once per feed, an entry's titles and links are escaped in one pass each. The
output depends only on the database, the filter and the `generated` time, so the same
database gives the same bytes.

Feed text is hostile: every string that came from a feed (titles, outlet names, places)
is escaped for Markdown and HTML, no raw HTML is ever written, only http(s) URLs become
links, and link destinations are percent-encoded so spaces and parentheses stay valid.

Markdown layout (CommonMark; renders the same on GitHub):

    # Title                            the profile's conflict name (CLI), or "Timeline"
    Coverage line: dates, filters, entries, sources, generation time.
    ## YYYY-MM-DD                      one section per day, in date order
    ### Kind: title                    one block per entry
    - Parties / Places
    - Claims: "Azerbaijan accused Armenia of violating the ceasefire in Tartar [4];
      Armenia denied it [5]."   Casualties: "1 civilian killed according to Azerbaijan [4]"
    - Sources: [n] [Outlet](url) (side, published): title
      ([n] numbers every source once across the document; a source seen in an earlier
      entry is referred to by its number)
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from json.encoder import encode_basestring as _encode_string
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from tui.errors import ConflictTuiError
from tui.export_split import write_split
from tui.records import EntryFilter
from tui.sanitize import clean_line, safe_link

FORMATS = ("markdown", "json")
JSON_FORMAT_NAME = "conflict-tui-timeline"
JSON_FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "timeline.schema.json"
PAGE = 500  # entries per bulk query

CLAIM_KINDS = ("violation_claim", "attack", "territorial_change", "humanitarian")


class ExportError(ConflictTuiError):
    """The export could not be written (bad path, full disk, closed stream)."""

    exit_code = 1


# ---- text helpers -------------------------------------------------------------------

# Markdown/HTML specials that can start emphasis, links, code, HTML, entities, tables,
# strikethrough, math (GitHub) or headings; backslash-escaping any ASCII punctuation is
# always literal in CommonMark, so escaping a little more than needed is harmless.
_MD_SPECIAL = "\\`*_[]<>&#|~$!{}"
_MD_NEEDS = re.compile("[" + re.escape(_MD_SPECIAL) + "]")


def clean(text: str | None) -> str:
    """`clean_line`, with a fast path for text that is already one clean line."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text  # no controls, bidi marks or odd spaces: nothing to remove
    return clean_line(text)


def md_escape(text: str | None) -> str:
    """One line of feed text made literal for Markdown (and HTML inside it)."""
    text = clean(text)
    if _MD_NEEDS.search(text) is None:
        return text
    return _escape_specials(text)


def _escape_specials(text: str) -> str:
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    for char in _MD_SPECIAL[1:]:  # str.replace per char: 4x faster than translate
        if char in text:
            text = text.replace(char, "\\" + char)
    return text


def md_escape_many(texts: list[str | None]) -> list[str]:
    """`md_escape` of each text, in one pass over them all (a source list's titles).

    Cleaned text is one line, so the texts are escaped joined by newlines and split
    again: the same result as one call each, for a fraction of the calls.
    """
    cleaned = [clean(text) for text in texts]
    joined = "\n".join(cleaned)
    if _MD_NEEDS.search(joined) is None:
        return cleaned
    return _escape_specials(joined).split("\n")


# Characters kept as they are in a link destination; everything else is %-encoded, so
# spaces, parentheses, angle brackets, quotes, backslashes and non-ASCII never break
# the `(...)` of a CommonMark link. `%` stays so already-encoded URLs are not doubled.
_URL_SAFE = "!#$%&'*+,/:;=?@-._~[]"
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9!#$%&'*+,/:;=?@\-._~\[\]]")
_URL_UNSAFE_LINES = re.compile(r"[^A-Za-z0-9!#$%&'*+,/:;=?@\-._~\[\]\n]")
_ASCII_CONTROL_LINES = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


_URL_ESCAPES = {c: f"%{ord(c):02X}" for c in '"()<>\\`{}|^ \x7f'} | {
    chr(n): f"%{n:02X}" for n in range(32)
}


_URL_PRINTABLE_ESCAPES = [(c, code) for c, code in _URL_ESCAPES.items() if c.isprintable()]


def _url_escape(match: re.Match[str]) -> str:
    return _URL_ESCAPES[match.group()]


def md_link_destination(url: str) -> str:
    """A safe http(s) URL as a CommonMark link destination."""
    if _URL_UNSAFE.search(url) is None:
        return url
    if url.isascii():
        return _URL_UNSAFE.sub(_url_escape, url)
    return quote(url, safe=_URL_SAFE)


def md_link_destinations(urls: list[str]) -> list[str]:
    """`md_link_destination` of each safe URL, ASCII ones in one pass (as above)."""
    joined = "\n".join(urls)
    if _URL_UNSAFE_LINES.search(joined) is None:
        return urls
    if not joined.isascii() or _ASCII_CONTROL_LINES.search(joined) is not None:
        return [md_link_destination(url) for url in urls]
    for char, code in _URL_PRINTABLE_ESCAPES:
        if char in joined:
            joined = joined.replace(char, code)
    return joined.split("\n")


def _plain_web_link(url: str) -> bool:
    """What safe_link accepts unchanged, decided without urlsplit: one clean line (no
    controls, no runs of spaces) starting with http(s):// and a host, no IPv6 brackets."""
    if (
        url.startswith(("https://", "http://"))
        and url.isprintable()
        and "[" not in url
        and "  " not in url
        and url[-1] != " "
    ):
        host = url[url.index("//") + 2 : url.index("//") + 3]
        return host != "" and host not in "/?# "
    return False


def web_link(url: str | None) -> str | None:
    """`safe_link` with a fast path for a plain http(s) URL."""
    if not url:
        return None
    if _plain_web_link(url):
        return url
    return safe_link(url)


def md_link(text: str, url: str | None) -> str:
    """`[text](url)` for an http(s) URL; escaped text (and the URL as text) otherwise."""
    label = md_escape(text) or "link"
    href = web_link(url)
    if href:
        return f"[{label}]({md_link_destination(href)})"
    shown = clean_line(url)
    if shown:
        return f"{label} (link not shown: {md_escape(shown)})"
    return label


def party_namer(names: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """A function from a party id to its display name: from `names`, else from the id.

    Short ids are acronyms (`un` -> `UN`, `usa` -> `USA`); others are title-cased
    (`nagorno_karabakh` -> `Nagorno Karabakh`).
    """
    names = dict(names or {})

    def name(party: str) -> str:
        if names.get(party):
            return clean_line(names[party])
        if len(party) <= 3:
            return party.upper()
        return " ".join(part.capitalize() for part in party.replace("-", "_").split("_"))

    return name


def load_party_names(profile_path: str | os.PathLike[str] | None) -> dict[str, str]:
    """Display names of the profile's parties, or {} when no profile can be read.

    Uses `tui.profile.load_profile` when it exists; the export never fails because of it.
    """
    if profile_path is None:
        return {}
    try:
        from tui.profile import load_profile  # type: ignore[import-not-found]

        profile = load_profile(profile_path)
    except Exception:
        return {}
    parties = getattr(profile, "parties", None)
    if parties is None and isinstance(profile, Mapping):
        parties = profile.get("parties")
    found: dict[str, str] = {}
    if isinstance(parties, Mapping):
        items = parties.items()
    elif isinstance(parties, list | tuple):
        items = ((getattr(p, "id", None), p) for p in parties)
    else:
        return {}
    for key, party in items:
        if isinstance(party, str):
            display = party
        elif isinstance(party, Mapping):
            display = party.get("name") or party.get("display")
            key = key or party.get("id")
        else:
            display = getattr(party, "name", None) or getattr(party, "display", None)
        if isinstance(key, str) and isinstance(display, str) and display.strip():
            found[key] = display.strip()
    return found


def load_conflict_name(profile_path: str | os.PathLike[str] | None) -> str | None:
    """The profile's conflict name (`[conflict] name`), the default document title.

    None when no profile can be read or it names no conflict; never fails the export.
    """
    if profile_path is None:
        return None
    try:
        from tui.profile import load_profile  # type: ignore[import-not-found]

        profile = load_profile(profile_path)
    except Exception:
        return None
    name = getattr(profile, "name", None)
    return clean_line(name) or None if isinstance(name, str) else None


def generated_time(value: datetime | str | int | float | None = None) -> str:
    """The generation time as written in exports: UTC, ISO 8601 to the second, with Z.

    None means now, unless SOURCE_DATE_EPOCH is set (reproducible builds convention).
    """
    if value is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        value = int(epoch) if epoch.isdigit() else datetime.now(UTC)
    if isinstance(value, int | float):
        value = datetime.fromtimestamp(value, UTC)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return generated_time(int(text))
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ExportError(f"not a date and time: {value!r} (use ISO 8601)") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def kind_label(kind: str) -> str:
    return clean_line(kind).replace("_", " ").capitalize() or "Event"


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---- reading entries ----------------------------------------------------------------


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
    entry_filter = _oldest_first(entry_filter or EntryFilter())
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


def _oldest_first(entry_filter: EntryFilter) -> EntryFilter:
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


def entry_claims(entry: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Claims, denials and casualty figures of an entry, from its sources' tags.

    Only tags about the entry's day count (or undated ones); identical statements from
    several sources become one, listing the item ids that carry it, in source order.
    """
    claims: dict[tuple[Any, ...], dict[str, Any]] = {}
    denials: dict[str, dict[str, Any]] = {}
    casualties: dict[tuple[Any, ...], dict[str, Any]] = {}
    day = entry.get("date")
    for source in entry.get("sources", []):
        for tag in source.get("tags") or ():
            get = tag.get
            if not (get("denier") or get("accuser") or get("accused") or get("casualties")):
                continue  # most tags: nothing to tell here (the same as going through)
            if get("event_date") not in (None, "", day):
                continue
            kind = get("kind")
            if kind == "denial" and tag.get("denier"):
                found = denials.setdefault(tag["denier"], {"denier": tag["denier"], "sources": []})
                _add_source(found, source["id"])
            elif tag.get("accuser") or tag.get("accused"):
                key = (kind, tag.get("accuser"), tag.get("accused"))
                found = claims.setdefault(
                    key,
                    {
                        "kind": kind,
                        "accuser": tag.get("accuser"),
                        "accused": tag.get("accused"),
                        "places": [],
                        "sources": [],
                    },
                )
                for place in tag.get("places") or []:
                    if isinstance(place, str) and place not in found["places"]:
                        found["places"].append(place)
                _add_source(found, source["id"])
            for figure in tag.get("casualties") or []:
                if not isinstance(figure, Mapping):
                    continue
                row = {
                    "count": figure.get("count"),
                    "what": figure.get("what"),
                    "group": figure.get("group"),
                    "claimed_by": figure.get("claimed_by"),
                    "approximate": bool(figure.get("approximate")),
                }
                key = tuple(row.values())
                found = casualties.setdefault(key, {**row, "sources": []})
                _add_source(found, source["id"])
    return {
        "claims": list(claims.values()),
        "denials": list(denials.values()),
        "casualties": list(casualties.values()),
    }


def _add_source(found: dict[str, Any], source_id: str) -> None:
    if source_id not in found["sources"]:
        found["sources"].append(source_id)


# ---- output plumbing ----------------------------------------------------------------


@contextmanager
def _opened(path_or_stream: str | os.PathLike[str] | IO[str]) -> Iterator[IO[str]]:
    """A text stream: the given one, or a file written atomically (all or nothing)."""
    if not isinstance(path_or_stream, str | os.PathLike):
        yield path_or_stream
        return
    path = Path(path_or_stream)
    if str(path) == "-":
        import sys

        yield sys.stdout
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        with open(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        # mkstemp makes the file private (0600); an export is meant to be shared
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        _unlink(temp)
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(temp)
        raise


def _split(
    store: Any,
    entry_filter: EntryFilter,
    path_or_stream: str | os.PathLike[str] | IO[str],
    stream: IO[str],
    write_part: Callable[..., Any],
    jobs: int | None,
    first_share: float,
) -> list[Any] | None:
    """`write_split` for an export to `path_or_stream` (parts beside a path output)."""
    return write_split(
        store,
        entry_filter,
        stream,
        write_part,
        jobs,
        part_dir=_directory_of(path_or_stream),
        binary=_plain_utf8(path_or_stream),
        first_share=first_share,
    )


def _plain_utf8(path_or_stream: str | os.PathLike[str] | IO[str]) -> bool:
    """Whether the output writes UTF-8 and "\n" unchanged: a file `_opened` opens, or
    stdout on a system whose line end is "\n" (its encoding is checked when copying)."""
    if isinstance(path_or_stream, str | os.PathLike):
        return str(path_or_stream) != "-" or os.linesep == "\n"
    return False


def _directory_of(path_or_stream: str | os.PathLike[str] | IO[str]) -> Path | None:
    """The directory an output path is written in (None for a stream or stdout)."""
    if isinstance(path_or_stream, str | os.PathLike) and str(path_or_stream) != "-":
        return Path(path_or_stream).parent
    return None


def _unlink(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)


class _Buffered:
    """Collects small writes and hands them to the stream in large chunks (speed)."""

    def __init__(self, stream: IO[str], limit: int = 1 << 16) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.stream.write("".join(self.parts))
            self.parts = []
            self.size = 0


def describe_filter(entry_filter: EntryFilter, namer: Callable[[str], str]) -> list[str]:
    """The filters in words, for the coverage line (empty: no filter)."""
    parts = []
    if entry_filter.since:
        parts.append(f"since {entry_filter.since}")
    if entry_filter.until:
        parts.append(f"until {entry_filter.until}")
    if entry_filter.kinds:
        parts.append("kind " + " or ".join(kind_label(k).lower() for k in entry_filter.kinds))
    if entry_filter.party:
        parts.append(f"party {namer(entry_filter.party)}")
    if entry_filter.side:
        parts.append(f"reported by the {entry_filter.side} side")
    if entry_filter.text:
        parts.append(f'matching "{clean_line(entry_filter.text)}"')
    if entry_filter.include_hidden:
        parts.append("hidden entries included")
    return parts


# ---- Markdown -----------------------------------------------------------------------


def write_markdown(
    store: Any,
    entry_filter: EntryFilter | None = None,
    path_or_stream: str | os.PathLike[str] | IO[str] = "-",
    *,
    generated: datetime | str | int | float | None = None,
    title: str | None = None,
    party_names: Mapping[str, str] | None = None,
    jobs: int | None = None,
) -> int:
    """Write the filtered timeline as a Markdown document; returns the number of entries.

    `path_or_stream` is a path (written atomically), `"-"` for stdout, or a text stream.
    `generated` fixes the generation time shown (default: now, or SOURCE_DATE_EPOCH).
    `title` is the document's title (the CLI passes the profile's conflict name);
    "Timeline" when empty. `jobs` is how many processes may write it (None: one per
    core; 1: this one only); see `tui.export_split` for when it splits.
    """
    entry_filter = _oldest_first(entry_filter or EntryFilter())
    namer = party_namer(party_names)
    summary = store.entries_summary(entry_filter)
    stamp = generated_time(generated)

    def write_part(
        part_store: Any, part: EntryFilter, earlier: EntryFilter | None, stream: IO[str]
    ) -> int:
        return _markdown_entries(part_store, part, earlier, stream, namer)

    with _opened(path_or_stream) as stream:
        out = _Buffered(stream)
        out.write(f"# {md_escape(title) or 'Timeline'}\n\n")
        out.write(_coverage_line(summary, entry_filter, namer, stamp) + "\n")
        out.flush()
        stream.flush()  # the header is in the output before any part is appended
        # children number the sources of earlier days first: the parent takes a bit more
        counts = _split(store, entry_filter, path_or_stream, stream, write_part, jobs, 1.1)
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
    out = _Buffered(stream)
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
    filters = describe_filter(entry_filter, namer)
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
        if any(source["tags"] for source in sources):
            found = entry_claims(entry)

            def refs(ids: list[str]) -> str:
                cited = sorted(abs(numbers[i]) for i in ids)
                return " [" + ", ".join(map(str, cited)) + "]" if cited else ""

            sentences = claim_sentences(found, self.party_text, refs, md_escape)
            if sentences:
                lines.append(f"- Claims: {' '.join(sentences)}\n")
            figures = [
                casualty_text(row, self.party_text, md_escape) + refs(row["sources"])
                for row in merge_casualties(found["casualties"])
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

        A source listed in an earlier entry is `  - [n] Outlet (listed above)`. Titles
        and links of an entry's new sources are escaped together (`md_escape_many`).
        """
        numbers = self.numbers
        feeds = self.feeds
        lines: list[str] = []
        new: list[tuple[int, dict[str, Any], tuple[str, str, str]]] = []
        for source in sources:
            feed_key = (source["feed_url"], source["feed_name"], source["side"])
            feed = feeds.get(feed_key)
            if feed is None:
                outlet = feed_key[1] or feed_key[0] or "unknown outlet"
                feed = feeds[feed_key] = (
                    md_escape(outlet),
                    md_escape(feed_key[2] or "other"),
                    outlet,
                )
            number = numbers[source["id"]]
            if number > 0:
                lines.append(f"  - [{number}] {feed[0]} (listed above)\n")
            else:
                numbers[source["id"]] = -number
                new.append((len(lines), source, feed))
                lines.append("")
        if not new:
            return lines
        titles = md_escape_many([source["title"] for _, source, _ in new])
        hrefs = []
        for _, source, _ in new:
            link = source["link"]
            hrefs.append(link if link and _plain_web_link(link) else web_link(link))
        links = md_link_destinations([href for href in hrefs if href])
        links.reverse()
        for (position, source, feed), title, href in zip(new, titles, hrefs, strict=True):
            if href:
                shown = f"[{feed[0] or 'link'}]({links.pop()})"
            else:
                shown = md_link(feed[2], source["link"])
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


def claim_sentences(
    found: dict[str, list[dict[str, Any]]],
    name: Callable[[str], str],
    refs: Callable[[list[str]], str],
    escape: Callable[[str], str] = clean,
) -> list[str]:
    """Claims and denials as attributed sentences, each ending with its sources.

    "Azerbaijan accused Armenia of violating the ceasefire in Tartar [4]; Armenia denied
    it [5]." A denial is told once, after the first claim against its party; a claim
    whose accuser is unknown is folded into an attributed claim of the same kind
    against the same party when every source of it is among that claim's (one report
    read twice); denials with no claim to answer come last, in one sentence. `name`
    gives a party's display text (safe for the output), `escape` makes place names so.
    """
    claims = _fold_unattributed(found["claims"])
    denials = {row["denier"]: row for row in found["denials"]}
    answered: set[str] = set()
    accused_before: set[str | None] = set()
    sentences = []
    for claim in claims:
        accuser = name(claim["accuser"]) if claim["accuser"] else None
        accused = name(claim["accused"]) if claim["accused"] else None
        kind = claim["kind"] or ""
        where = (
            f" in {escape(_join(claim['places']))}"
            if claim["places"] and kind in CLAIM_KINDS
            else ""
        )
        if accuser and accused:
            text = f"{accuser} accused {accused} of {_ACTS.get(kind, 'violating the ceasefire')}"
        elif accuser:
            text = f"{accuser} reported {_NOUNS.get(kind, 'a violation')}"
        else:
            also = " also" if claim["accused"] in accused_before else ""
            text = f"{accused} was{also} accused of {_ACTS.get(kind, 'violating the ceasefire')}"
        accused_before.add(claim["accused"])
        text += where + refs(claim["sources"])
        denial = denials.get(claim["accused"]) if claim["accused"] else None
        if denial is not None and claim["accused"] not in answered:
            text += f"; {accused} denied it" + refs(denial["sources"])
            answered.add(claim["accused"])
        sentences.append(text + ".")
    others = [(denier, row) for denier, row in denials.items() if denier not in answered]
    if len(others) == 1:
        denier, row = others[0]
        sentences.append(f"{name(denier)} denied the accusations{refs(row['sources'])}.")
    elif others:
        who = _join([name(denier) + refs(row["sources"]) for denier, row in others])
        sentences.append(f"{who} denied the accusations.")
    return sentences


def _fold_unattributed(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims with an unknown accuser folded into an attributed one they repeat."""
    folded: list[dict[str, Any]] = []
    for claim in claims:
        if claim["accuser"] is None and claim["accused"] is not None:
            target = next(
                (
                    other
                    for other in claims
                    if other["accuser"] is not None
                    and other["accused"] == claim["accused"]
                    and other["kind"] == claim["kind"]
                    and set(claim["sources"]) <= set(other["sources"])
                ),
                None,
            )
            if target is not None:
                continue  # its sources and places are the attributed claim's already
        folded.append(claim)
    return folded


_ACTS = {
    "violation_claim": "violating the ceasefire",
    "attack": "attacking",
    "territorial_change": "seizing territory",
    "humanitarian": "harming civilians",
    "casualties": "causing casualties",
}
_NOUNS = {
    "violation_claim": "a ceasefire violation",
    "attack": "an attack",
    "territorial_change": "a change of control",
    "humanitarian": "harm to civilians",
    "casualties": "casualties",
}


def merge_casualties(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Casualty figures without the ones that repeat a fuller figure from the same reports.

    A report that says "16 servicemen were killed, the defence army said" gives the
    figure twice (with and without its claimant): the figure with fewer details (no
    claimant, or no group) is dropped when a figure with the same count and outcome
    says more and cites every source it cites.
    """
    kept = []
    for figure in figures:
        fuller = any(
            other is not figure
            and other["count"] == figure["count"]
            and other["what"] == figure["what"]
            and other["approximate"] == figure["approximate"]
            and set(figure["sources"]) <= set(other["sources"])
            and _detail(other) > _detail(figure)
            and all(figure[key] in (None, other[key]) for key in ("group", "claimed_by"))
            for other in figures
        )
        if not fuller:
            kept.append(figure)
    return kept


def _detail(figure: dict[str, Any]) -> int:
    return (figure["group"] is not None) + (figure["claimed_by"] is not None)


# (singular, plural) of who a casualty figure counts, by the tagger's groups
_GROUP_NOUNS = {
    None: ("person", "people"),
    "civilian": ("civilian", "civilians"),
    "civilians": ("civilian", "civilians"),
    "military": ("soldier", "soldiers"),
    "soldier": ("soldier", "soldiers"),
    "soldiers": ("soldier", "soldiers"),
}


def casualty_text(
    row: Mapping[str, Any],
    name: Callable[[str], str],
    escape: Callable[[str], str] = clean,
) -> str:
    """One casualty figure in words: "1 civilian killed according to Azerbaijan".

    The noun agrees with the count (1 civilian, 2 civilians, 1 person, 5 people);
    an approximate figure reads "about 600" ("at least 1" for one). `name` gives a
    party's display text and `escape` makes feed text safe for the output.
    """
    count = row.get("count")
    number = count if isinstance(count, int | float) and not isinstance(count, bool) else None
    if number is not None:
        shown = str(int(number)) if number == int(number) else str(number)
        if row.get("approximate"):
            shown = f"at least {shown}" if number == 1 else f"about {shown}"
    elif count in (None, ""):
        shown = "an unknown number of"
    else:
        shown = escape(str(count))
    one = number == 1
    group = row.get("group")
    what = row.get("what")
    if not what or what == "casualties":
        adjective = {"civilian": "civilian", "civilians": "civilian", "military": "military"}
        group_word = adjective.get(group, escape(str(group)) if group else "")
        noun = "casualty" if one else "casualties"
        text = " ".join(part for part in (shown, group_word, noun) if part)
    else:
        nouns = _GROUP_NOUNS.get(group if group is None else str(group).lower())
        noun = (nouns[0] if one else nouns[1]) if nouns is not None else escape(str(group))
        text = f"{shown} {noun} {escape(str(what))}"
    claimed_by = row.get("claimed_by")
    if claimed_by:
        return f"{text} according to {name(str(claimed_by))}"
    return f"{text} (unattributed)"


# ---- JSON ---------------------------------------------------------------------------


def write_json(
    store: Any,
    entry_filter: EntryFilter | None = None,
    path_or_stream: str | os.PathLike[str] | IO[str] = "-",
    *,
    generated: datetime | str | int | float | None = None,
    party_names: Mapping[str, str] | None = None,
    jobs: int | None = None,
) -> int:
    """Write the filtered timeline as JSON (see `tui/schemas/timeline.schema.json`).

    One entry per line inside the `entries` array, so exports diff well and stream.
    Returns the number of entries. `jobs` as in `write_markdown`.
    """
    entry_filter = _oldest_first(entry_filter or EntryFilter())
    namer = party_namer(party_names)
    summary = store.entries_summary(entry_filter)
    header = {
        "format": JSON_FORMAT_NAME,
        "version": JSON_FORMAT_VERSION,
        "generated": generated_time(generated),
        "filter": {
            "since": entry_filter.since,
            "until": entry_filter.until,
            "kinds": list(entry_filter.kinds),
            "party": entry_filter.party,
            "side": entry_filter.side,
            "text": entry_filter.text,
            "include_hidden": entry_filter.include_hidden,
        },
        "coverage": {
            "first": summary["first"],
            "last": summary["last"],
            "entries": summary["entries"],
            "sources": summary["sources"],
        },
    }

    def write_part(
        part_store: Any, part: EntryFilter, earlier: EntryFilter | None, stream: IO[str]
    ) -> tuple[int, dict[str, str]]:
        # every part but the first follows an entry: it starts with a separator
        return _json_entries(part_store, part, stream, namer, first=earlier is None)

    with _opened(path_or_stream) as stream:
        head = json.dumps(header, ensure_ascii=False, indent=2)
        stream.write(head[: head.rfind("}")].rstrip() + ',\n  "entries": [')
        stream.flush()  # the header is in the output before any part is appended
        # the parent appends the children's parts: it takes a bit less
        results = _split(store, entry_filter, path_or_stream, stream, write_part, jobs, 0.95)
        if results is None:
            results = [write_part(store, entry_filter, None, stream)]
        count = sum(part_count for part_count, _ in results)
        parties: dict[str, str] = {}
        for _, part_parties in results:
            parties.update(part_parties)
        stream.write("\n  ],\n" if count else "],\n")
        # Display names of every party id used above (after the entries: they stream).
        names = json.dumps(dict(sorted(parties.items())), ensure_ascii=False, indent=2)
        stream.write('  "party_names": ' + names.replace("\n", "\n  ") + "\n}\n")
        stream.flush()
    return count


def _json_entries(
    store: Any,
    entry_filter: EntryFilter,
    stream: IO[str],
    namer: Callable[[str], str],
    *,
    first: bool,
) -> tuple[int, dict[str, str]]:
    """The matching entries, one per line; returns how many and the parties they name."""
    dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    source_text = _JsonSources(dumps).source
    out = _Buffered(stream)
    parties: dict[str, str] = {}
    count = 0
    for entry in iter_export_entries(store, entry_filter):
        record = json_entry(entry, with_sources=False)
        for party in _entry_parties(record):
            if party not in parties:
                parties[party] = namer(party)
        head = dumps(record)  # ends with the "sources" key's place: "...}" -> add it
        sources = ", ".join([source_text(source) for source in entry["sources"]])
        out.write(
            ("\n    " if first and not count else ",\n    ")
            + f'{head[:-1]}, "sources": [{sources}]}}'
        )
        count += 1
    out.flush()
    return count, parties


def json_entry(entry: dict[str, Any], *, with_sources: bool = True) -> dict[str, Any]:
    """One entry as the JSON export writes it (key order fixed; `sources` last)."""
    found = entry_claims(entry)
    record = {
        "id": entry["id"],
        "date": entry["date"],
        "kind": entry["kind"],
        "title": clean(entry["title"]),
        "parties": [p for p in entry.get("parties") or [] if isinstance(p, str)],
        "places": [clean(p) for p in entry.get("places") or [] if isinstance(p, str)],
        "origin": entry.get("origin") or "auto",
        "hidden": bool(entry.get("hidden")),
        "title_manual": bool(entry.get("title_manual")),
        "source_count": entry.get("source_count") or 0,
        "sides": side_counts(entry["sources"]),
        "claims": found["claims"],
        "denials": found["denials"],
        "casualties": found["casualties"],
        "details": entry.get("details") if isinstance(entry.get("details"), dict) else {},
    }
    if with_sources:
        record["sources"] = [_json_source(source) for source in entry["sources"]]
    return record


def _json_source(source: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": source["id"],
        "feed_url": source["feed_url"],
        "outlet": clean(source["feed_name"]) or None,
        "side": source["side"] or "other",
        "link": web_link(source["link"]),
        "title": clean(source["title"]),
        "published": source["published"],
        "date_guessed": bool(source["date_guessed"]),
        "duplicate_of": source["duplicate_of"],
        "origin": source["origin"] or "auto",
        "tags": [_json_tag(tag) for tag in source["tags"]] if source["tags"] else [],
    }


class _JsonSources:
    """Sources as JSON text, field by field: the bytes `dumps(_json_source(source))`
    gives, for half the time (200,000 sources is the hot path of a large export).

    Strings go through the encoder's own string function, so escaping is identical;
    a feed's three fields are encoded once per feed.
    """

    def __init__(self, dumps: Callable[[Any], str]) -> None:
        self.dumps = dumps
        self.feeds: dict[tuple[Any, Any, Any], str] = {}
        self.memo: dict[str, str] = {}

    def value(self, value: Any) -> str:
        if value.__class__ is str:
            return _encode_string(value)
        return "null" if value is None else self.dumps(value)

    def strings(self, values: Any) -> str:
        """A list of strings (non-strings dropped, as `_strings` does)."""
        if not values or values.__class__ is not list:
            return "[]"
        return "[" + ", ".join([_encode_string(v) for v in values if isinstance(v, str)]) + "]"

    def source(self, source: dict[str, Any]) -> str:
        value, enc = self.value, _encode_string
        key = (source["feed_url"], source["feed_name"], source["side"])
        feed = self.feeds.get(key)
        if feed is None:
            feed = self.feeds[key] = (
                f'"feed_url": {value(key[0])}, "outlet": {value(clean(key[1]) or None)}, '
                f'"side": {value(key[2] or "other")}'
            )
        item_id, link, title = source["id"], source["link"], source["title"]
        published, duplicate = source["published"], source["duplicate_of"]
        origin = source["origin"] or "auto"
        href = link if link and _plain_web_link(link) else web_link(link)
        if not (
            title
            and title.isprintable()
            and "  " not in title
            and title[0] != " "
            and title[-1] != " "
        ):
            title = clean(title)  # the fast path above is `clean`'s own
        tags = source["tags"]
        tag_text = ", ".join([self.tag(tag) for tag in tags]) if tags else ""
        return (
            f'{{"id": {enc(item_id) if item_id.__class__ is str else value(item_id)}, {feed}, '
            f'"link": {enc(href) if href else "null"}, "title": {enc(title)}, '
            f'"published": {enc(published) if published.__class__ is str else value(published)}, '
            f'"date_guessed": {"true" if source["date_guessed"] else "false"}, '
            f'"duplicate_of": {"null" if duplicate is None else value(duplicate)}, '
            f'"origin": {self.memo.get(origin) or self.small(origin)}, "tags": [{tag_text}]}}'
        )

    def small(self, value: Any) -> str:
        """A value that repeats (kinds, rules, dates, party ids): strings encoded once.

        Callers try `memo.get(value)` first: only strings are ever keys, so a number or
        a bool can never hit a string's entry.
        """
        if value.__class__ is not str:
            return self.value(value)
        if len(self.memo) > 50_000:
            self.memo.clear()
        encoded = self.memo[value] = _encode_string(value)
        return encoded

    def tag(self, tag: dict[str, Any]) -> str:
        memo, small, strings = self.memo, self.small, self.strings
        kind, rule, day, basis = tag["kind"], tag["rule"], tag["event_date"], tag["date_basis"]
        accuser, accused, denier = tag["accuser"], tag["accused"], tag["denier"]
        parties, places, casualties = tag["parties"], tag["places"], tag["casualties"]
        figures = [_figure(c) for c in casualties if isinstance(c, Mapping)] if casualties else ()
        evidence = tag["evidence"]
        if (
            evidence
            and evidence.isprintable()
            and "  " not in evidence
            and evidence[0] != " "
            and evidence[-1] != " "
        ):
            evidence_text = _encode_string(evidence)  # `clean`'s own fast path
        else:
            evidence_text = self.value(clean(evidence) or None)
        return (
            f'{{"kind": {memo.get(kind) or small(kind)}, '
            f'"rule": {memo.get(rule) or small(rule)}, "evidence": {evidence_text}, '
            f'"accuser": {"null" if accuser is None else memo.get(accuser) or small(accuser)}, '
            f'"accused": {"null" if accused is None else memo.get(accused) or small(accused)}, '
            f'"denier": {"null" if denier is None else memo.get(denier) or small(denier)}, '
            f'"parties": {strings(parties) if parties else "[]"}, '
            f'"places": {strings(places) if places else "[]"}, '
            f'"event_date": {"null" if day is None else memo.get(day) or small(day)}, '
            f'"date_basis": {"null" if basis is None else memo.get(basis) or small(basis)}, '
            f'"casualties": {self.dumps(figures) if figures else "[]"}}}'
        )


def _json_tag(tag: dict[str, Any]) -> dict[str, Any]:
    parties, places, casualties = tag["parties"], tag["places"], tag["casualties"]
    return {
        "kind": tag["kind"],
        "rule": tag["rule"],
        "evidence": clean(tag["evidence"]) or None,
        "accuser": tag["accuser"],
        "accused": tag["accused"],
        "denier": tag["denier"],
        "parties": _strings(parties) if parties else [],
        "places": _strings(places) if places else [],
        "event_date": tag["event_date"],
        "date_basis": tag["date_basis"],
        "casualties": [_figure(c) for c in casualties if isinstance(c, Mapping)]
        if casualties
        else [],
    }


def _strings(values: Any) -> list[str]:
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _figure(figure: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "count": figure.get("count"),
        "what": figure.get("what"),
        "group": figure.get("group"),
        "claimed_by": figure.get("claimed_by"),
        "approximate": bool(figure.get("approximate")),
    }


def _entry_parties(record: dict[str, Any]) -> list[str]:
    found = list(record["parties"])
    for claim in record["claims"]:
        found += [claim["accuser"], claim["accused"]]
    found += [d["denier"] for d in record["denials"]]
    found += [c["claimed_by"] for c in record["casualties"]]
    return [p for p in found if isinstance(p, str)]


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

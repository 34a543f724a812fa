"""The timeline as Markdown or JSON: what users paste into a report, a wiki or a briefing.

Pure over the store: entries are read page by page (`Store.iter_entries`) with their
sources fetched in bulk (`Store.entries_sources`), so memory stays flat and a year of
timeline exports in a second or two. The output depends only on the database, the
filter and the `generated` time, so the same database gives the same bytes.

Feed text is hostile: every string that came from a feed (titles, outlet names, places)
is escaped for Markdown and HTML, no raw HTML is ever written, only http(s) URLs become
links, and link destinations are percent-encoded so spaces and parentheses stay valid.

Markdown layout (CommonMark; renders the same on GitHub):

    # Timeline
    Coverage line: dates, filters, entries, sources, generation time.
    ## YYYY-MM-DD                      one section per day, in date order
    ### Kind: title                    one block per entry
    - Parties / Places / Claims / Casualties
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
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from tui.errors import ConflictTuiError
from tui.sanitize import clean_line, safe_link
from tui.timeline_store import EntryFilter

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
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    for char in _MD_SPECIAL[1:]:  # str.replace per char: 4x faster than translate
        if char in text:
            text = text.replace(char, "\\" + char)
    return text


# Characters kept as they are in a link destination; everything else is %-encoded, so
# spaces, parentheses, angle brackets, quotes, backslashes and non-ASCII never break
# the `(...)` of a CommonMark link. `%` stays so already-encoded URLs are not doubled.
_URL_SAFE = "!#$%&'*+,/:;=?@-._~[]"
_URL_UNSAFE = re.compile(r"[^A-Za-z0-9!#$%&'*+,/:;=?@\-._~\[\]]")


_URL_ESCAPES = [(c, f"%{ord(c):02X}") for c in '"()<>\\`{}|^ '] + [
    (chr(n), f"%{n:02X}") for n in range(32)
]


def md_link_destination(url: str) -> str:
    """A safe http(s) URL as a CommonMark link destination."""
    if _URL_UNSAFE.search(url) is None:
        return url
    if url.isascii():
        for char, code in _URL_ESCAPES:
            if char in url:
                url = url.replace(char, code)
        return url
    return quote(url, safe=_URL_SAFE)


def web_link(url: str | None) -> str | None:
    """`safe_link` with a fast path for a plain http(s) URL."""
    if not url:
        return None
    # What safe_link accepts, decided without urlsplit: one clean line (no controls,
    # no runs of spaces) starting with http(s):// and a host, no IPv6 brackets.
    if (
        url.startswith(("https://", "http://"))
        and url.isprintable()
        and "[" not in url
        and "  " not in url
        and url[-1] != " "
    ):
        rest = url[url.index("//") + 2 :]
        if rest and rest[0] not in "/?# ":
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


def _published(value: str | None) -> str:
    """`2020-10-10T09:30:00Z` -> `2020-10-10 09:30 UTC` (Markdown-safe)."""
    if value and _ISO_TIME.match(value):
        return f"{value[:10]} {value[11:16]} UTC"
    return md_escape(value) or "undated"


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---- reading entries ----------------------------------------------------------------


def iter_export_entries(
    store: Any, entry_filter: EntryFilter | None = None
) -> Iterator[dict[str, Any]]:
    """Matching entries, oldest first, each with `sources` (and their `tags`).

    Reads through `Store.iter_entries_with_sources` (two streaming queries); a store
    without it (an older or a fake one) is read page by page with `entries_sources`.
    """
    entry_filter = _oldest_first(entry_filter or EntryFilter())
    streaming = getattr(store, "iter_entries_with_sources", None)
    if streaming is not None:
        yield from streaming(entry_filter)
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
        for tag in source.get("tags", []):
            if tag.get("event_date") not in (None, "", day):
                continue
            kind = tag.get("kind")
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
        os.replace(temp, path)
    except OSError as exc:
        _unlink(temp)
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _unlink(temp)
        raise


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
    title: str = "Timeline",
    party_names: Mapping[str, str] | None = None,
) -> int:
    """Write the filtered timeline as a Markdown document; returns the number of entries.

    `path_or_stream` is a path (written atomically), `"-"` for stdout, or a text stream.
    `generated` fixes the generation time shown (default: now, or SOURCE_DATE_EPOCH).
    """
    entry_filter = entry_filter or EntryFilter()
    namer = party_namer(party_names)
    summary = store.entries_summary(entry_filter)
    stamp = generated_time(generated)
    with _opened(path_or_stream) as stream:
        out = _Buffered(stream)
        out.write(f"# {md_escape(title) or 'Timeline'}\n\n")
        out.write(_coverage_line(summary, entry_filter, namer, stamp) + "\n")
        numbers: dict[str, int] = {}
        day = None
        count = 0
        for entry in iter_export_entries(store, entry_filter):
            if entry["date"] != day:
                day = entry["date"]
                out.write(f"\n## {md_escape(day)}\n")
            out.write(_entry_block(entry, namer, numbers))
            count += 1
        if count == 0:
            out.write("\nNo entries match.\n")
        out.flush()
        stream.flush()
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


def _entry_block(
    entry: dict[str, Any], namer: Callable[[str], str], numbers: dict[str, int]
) -> str:
    # Number the sources first (in source order) so claims can cite them.
    for source in entry["sources"]:
        if source["id"] not in numbers:
            numbers[source["id"]] = -(len(numbers) + 1)  # negative: not yet listed
    lines = [f"\n### {md_escape(kind_label(entry['kind']))}: {md_escape(entry['title'])}\n\n"]
    marks = []
    if entry.get("hidden"):
        marks.append("hidden")
    if entry.get("origin") == "manual":
        marks.append("added by hand")
    if marks:
        lines.append(f"- Note: {', '.join(marks)}\n")
    parties = [namer(p) for p in entry.get("parties") or [] if isinstance(p, str)]
    if parties:
        lines.append(f"- Parties: {md_escape(', '.join(parties))}\n")
    places = [p for p in entry.get("places") or [] if isinstance(p, str)]
    if places:
        lines.append(f"- Places: {md_escape(', '.join(places))}\n")
    found = entry_claims(entry)

    def refs(ids: list[str]) -> str:
        return " [" + ", ".join(str(abs(numbers[i])) for i in ids) + "]" if ids else ""

    sentences = _claim_sentences(found, namer, refs)
    if sentences:
        lines.append(f"- Claims: {' '.join(sentences)}\n")
    figures = [_casualty_text(row, namer) + refs(row["sources"]) for row in found["casualties"]]
    if figures:
        lines.append(f"- Casualties: {'; '.join(figures)}.\n")
    if entry["sources"]:
        lines.append("- Sources:\n")
        for source in entry["sources"]:
            lines.append(f"  - {_source_line(source, numbers)}\n")
    else:
        lines.append("- Sources: none linked\n")
    return "".join(lines)


def _claim_sentences(
    found: dict[str, list[dict[str, Any]]],
    namer: Callable[[str], str],
    refs: Callable[[list[str]], str],
) -> list[str]:
    sentences = []
    denials = {row["denier"]: row for row in found["denials"]}
    used: set[str] = set()
    for claim in found["claims"]:
        accuser = md_escape(namer(claim["accuser"])) if claim["accuser"] else None
        accused = md_escape(namer(claim["accused"])) if claim["accused"] else None
        act = _ACTS.get(claim["kind"] or "", "violating the ceasefire")
        where = (
            f" in {md_escape(_join(claim['places']))}"
            if claim["places"] and claim["kind"] in CLAIM_KINDS
            else ""
        )
        if accuser and accused:
            text = f"{accuser} accused {accused} of {act}{where}"
        elif accuser:
            text = f"{accuser} reported {_NOUNS.get(claim['kind'] or '', 'a violation')}{where}"
        else:
            text = f"{accused} was accused of {act}{where}"
        text += refs(claim["sources"])
        denial = denials.get(claim["accused"]) if claim["accused"] else None
        if denial is not None:
            text += f"; {accused} denied it" + refs(denial["sources"])
            used.add(claim["accused"])
        sentences.append(text + ".")
    for denier, denial in denials.items():
        if denier not in used:
            sentences.append(
                f"{md_escape(namer(denier))} denied the accusations{refs(denial['sources'])}."
            )
    return sentences


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


def _casualty_text(row: dict[str, Any], namer: Callable[[str], str]) -> str:
    count = row["count"]
    words = []
    if row["approximate"]:
        words.append("about")
    words.append(str(count) if isinstance(count, int | float) else md_escape(str(count or "?")))
    if row["group"]:
        words.append(md_escape(str(row["group"])))
    words.append(md_escape(str(row["what"] or "casualties")))
    text = " ".join(words)
    if row["claimed_by"]:
        return f"{text} according to {md_escape(namer(str(row['claimed_by'])))}"
    return f"{text} (claimant not stated)"


@lru_cache(maxsize=4096)
def _escaped_name(text: str) -> str:
    """md_escape for the few strings that repeat on every line (outlets, sides)."""
    return md_escape(text)


def _source_line(source: dict[str, Any], numbers: dict[str, int]) -> str:
    number = numbers[source["id"]]
    outlet = source.get("feed_name") or source.get("feed_url") or "unknown outlet"
    if number > 0:
        return f"[{number}] {_escaped_name(outlet)} (listed above)"
    number = -number
    numbers[source["id"]] = number
    side = _escaped_name(source.get("side") or "other")
    href = web_link(source.get("link"))
    if href:
        link = f"[{_escaped_name(outlet) or 'link'}]({md_link_destination(href)})"
    else:
        link = md_link(outlet, source.get("link"))
    line = f"[{number}] {link} ({side}, {_published(source.get('published'))}"
    if source.get("date_guessed"):
        line += ", date guessed"
    duplicate = source.get("duplicate_of")
    if duplicate:
        original = numbers.get(duplicate)
        line += f", copy of [{abs(original)}]" if original else ", syndicated copy"
    line += ")"
    title = md_escape(source.get("title"))
    if title:
        line += f": {title}"
    return line


# ---- JSON ---------------------------------------------------------------------------


def write_json(
    store: Any,
    entry_filter: EntryFilter | None = None,
    path_or_stream: str | os.PathLike[str] | IO[str] = "-",
    *,
    generated: datetime | str | int | float | None = None,
    party_names: Mapping[str, str] | None = None,
) -> int:
    """Write the filtered timeline as JSON (see `tui/schemas/timeline.schema.json`).

    One entry per line inside the `entries` array, so exports diff well and stream.
    Returns the number of entries.
    """
    entry_filter = entry_filter or EntryFilter()
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
    dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    with _opened(path_or_stream) as stream:
        out = _Buffered(stream)
        head = json.dumps(header, ensure_ascii=False, indent=2)
        out.write(head[: head.rfind("}")].rstrip() + ',\n  "entries": [')
        parties: dict[str, str] = {}
        count = 0
        for entry in iter_export_entries(store, entry_filter):
            record = json_entry(entry)
            for party in _entry_parties(record):
                if party not in parties:
                    parties[party] = namer(party)
            out.write((",\n    " if count else "\n    ") + dumps(record))
            count += 1
        out.write("\n  ],\n" if count else "],\n")
        # Display names of every party id used above (after the entries: they stream).
        names = json.dumps(dict(sorted(parties.items())), ensure_ascii=False, indent=2)
        out.write('  "party_names": ' + names.replace("\n", "\n  ") + "\n}\n")
        out.flush()
        stream.flush()
    return count


def json_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """One entry as the JSON export writes it (key order fixed)."""
    found = entry_claims(entry)
    return {
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
        "sources": [_json_source(source) for source in entry["sources"]],
    }


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

"""The timeline as JSON (see `tui/schemas/timeline.schema.json`).

One entry per line inside the `entries` array, so exports diff well and stream. Sources
are the hot path of a large export (200,000 of them): `_JsonSources` writes the bytes
`json.dumps` would, field by field, for half the time. The output depends only on the
database, the filter and the `generated` time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from json.encoder import encode_basestring as _encode_string
from pathlib import Path
from typing import IO, Any

from tui.export.claims_text import details_of
from tui.export.entries import iter_export_entries, oldest_first, side_counts
from tui.export.escape import clean, plain_web_link, web_link
from tui.export.names import party_namer
from tui.export.output import Buffered, generated_time, opened, split_output
from tui.profile.sides import active
from tui.records import EntryFilter

JSON_FORMAT_NAME = "conflict-tui-timeline"
JSON_FORMAT_VERSION = 2
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "timeline.schema.json"


def write_json(
    store: Any,
    entry_filter: EntryFilter | None = None,
    path_or_stream: str | os.PathLike[str] | IO[str] = "-",
    *,
    generated: datetime | str | int | float | None = None,
    party_names: Mapping[str, str] | None = None,
    jobs: int | None = None,
    force: bool = False,
) -> int:
    """Write the filtered timeline as JSON (see `tui/schemas/timeline.schema.json`).

    One entry per line inside the `entries` array, so exports diff well and stream.
    Returns the number of entries. `jobs` and `force` as in `write_markdown`.
    """
    entry_filter = oldest_first(entry_filter or EntryFilter())
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
            "key_events": entry_filter.key_events,
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

    with opened(path_or_stream, force=force) as stream:
        head = json.dumps(header, ensure_ascii=False, indent=2)
        stream.write(head[: head.rfind("}")].rstrip() + ',\n  "entries": [')
        stream.flush()  # the header is in the output before any part is appended
        # the parent appends the children's parts: it takes a bit less
        results = split_output(store, entry_filter, path_or_stream, stream, write_part, jobs, 0.95)
        if results is None:
            results = [write_part(store, entry_filter, None, stream)]
        count = sum(part_count for part_count, _ in results)
        parties: dict[str, str] = {}
        for _, part_parties in results:
            parties.update(part_parties)
        stream.write("\n  ],\n" if count else "],\n")
        # Display names of every party id used above (after the entries: they stream).
        names = json.dumps(dict(sorted(parties.items())), ensure_ascii=False, indent=2)
        stream.write('  "party_names": ' + names.replace("\n", "\n  ") + ",\n")
        # Code and colour of every side of the profile, in its order (`thai` -> `TH`).
        side_table = {
            side.name: {"code": side.code, "colour": side.colour} for side in active().sides
        }
        sides_text = json.dumps(side_table, ensure_ascii=False, indent=2)
        stream.write('  "sides": ' + sides_text.replace("\n", "\n  ") + "\n}\n")
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
    out = Buffered(stream)
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
    found = details_of(entry)
    record = {
        "id": entry["id"],
        "date": entry["date"],
        "kind": entry["kind"],
        "kinds": [k for k in entry.get("kinds") or [entry["kind"]] if isinstance(k, str)],
        "weight": float(entry.get("weight") or 0),
        "title": clean(entry["title"]),
        "parties": [p for p in entry.get("parties") or [] if isinstance(p, str)],
        "places": [clean(p) for p in entry.get("places") or [] if isinstance(p, str)],
        "origin": entry.get("origin") or "auto",
        "hidden": bool(entry.get("hidden")),
        "title_manual": bool(entry.get("title_manual")),
        "source_count": entry.get("source_count") or 0,
        "sides": side_counts(entry["sources"]),
        "claims": [_claim(row) for row in found["claims"]],
        "denials": [_denial(row, entry["date"]) for row in found["denials"]],
        "casualties": [_cited_figure(row) for row in found["casualties"]],
    }
    if with_sources:
        record["sources"] = [_json_source(source) for source in entry["sources"]]
    return record


def public_feed_url(url: Any) -> Any:
    """A feed's address as an export may show it: an http(s) URL as it is; a local file
    (a path or a file:// URL, as the demo's feeds are) only by its file name, so that no
    export carries the writer's directories."""
    if not isinstance(url, str) or url.lower().startswith(("http://", "https://")):
        return url
    name = url.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or None


def _claim(row: dict[str, Any]) -> dict[str, Any]:
    """A claim of `details` as the schema has it (its reports as `sources`)."""
    return {
        "kind": row.get("kind") or "violation_claim",
        "accuser": row.get("accuser"),
        "accused": row.get("accused"),
        "places": [clean(p) for p in row.get("places") or () if isinstance(p, str)],
        "sources": row["item_ids"],
    }


def _denial(row: dict[str, Any], day: str) -> dict[str, Any]:
    return {"denier": row.get("denier"), "date": row.get("date") or day, "sources": row["item_ids"]}


def _cited_figure(row: dict[str, Any]) -> dict[str, Any]:
    return {**_figure(row), "sources": row["item_ids"]}


def _json_source(source: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": source["id"],
        "feed_url": public_feed_url(source["feed_url"]),
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
                f'"feed_url": {value(public_feed_url(key[0]))}, '
                f'"outlet": {value(clean(key[1]) or None)}, '
                f'"side": {value(key[2] or "other")}'
            )
        item_id, link, title = source["id"], source["link"], source["title"]
        published, duplicate = source["published"], source["duplicate_of"]
        origin = source["origin"] or "auto"
        href = link if link and plain_web_link(link) else web_link(link)
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

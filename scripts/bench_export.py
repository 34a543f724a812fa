"""Benchmark the timeline export: 20,000 entries with 200,000 sources, Markdown and JSON.

Usage (from the repository root):

    .venv/bin/python scripts/bench_export.py                 # build a temp DB, time both
    .venv/bin/python scripts/bench_export.py --db bench.db   # keep (or reuse) the DB
    .venv/bin/python scripts/bench_export.py --entries 2000 --sources-per-entry 10
    .venv/bin/python scripts/bench_export.py --runs 5             # median of 5 (default 3)

It builds the database with bulk SQL inserts (100 feeds, one item per source, one tag
per item; one entry in five a violation claim with denials, one in five with casualty
figures, each entry's details as the builder stores them; every URL has spaces and
parentheses and every title Markdown and HTML specials, so the escaping takes its slow
paths), then runs
`write_markdown` and `write_json` over every entry to a temporary file, --runs times
each (split across processes, one per core: `--jobs`), and prints the median wall time
(and the parent's CPU time: on a busy machine the wall time varies more) and output size
of each, then the time of one run in a single process and whether its bytes are the same
(and, with --memory, peak traced memory), after the time to read the entries and sources
alone (all tags, and only the claim tags the Markdown export reads). Target: a median
under 2 s each.
Exits 1 when a target is missed (so CI can run it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.config import SIDES, FeedConfig
from tui.export import write_json, write_markdown
from tui.records import EntryFilter
from tui.store import Store

KINDS = ("truce_agreed", "violation_claim", "diplomatic_call", "attack", "casualties")
PARTIES = ("armenia", "azerbaijan", "russia", "turkey", "france")
TARGET_SECONDS = 2.0
START = date(2020, 9, 27)


def build(store: Store, entries: int, per_entry: int, feeds: int = 100) -> None:
    """Fill an empty store with `entries` entries of `per_entry` sources each."""
    feed_rows = [
        FeedConfig(f"Outlet {n} <{n}>", f"https://outlet{n}.example/rss", SIDES[n % len(SIDES)])
        for n in range(feeds)
    ]
    store.sync_feeds(feed_rows)
    db = store.db
    db.execute("DROP TRIGGER IF EXISTS items_ai")  # FTS is not what is measured here
    with db.conn:
        item_rows = []
        tag_rows = []
        link_rows = []
        entry_rows = []
        number = 0
        for entry_id in range(1, entries + 1):
            day = (START + timedelta(days=entry_id * 800 // entries)).isoformat()
            kind = KINDS[entry_id % len(KINDS)]
            a, b = PARTIES[entry_id % 2], PARTIES[1 - entry_id % 2]
            details: dict = {"claims": [], "denials": [], "casualties": []}
            entry_rows.append(
                (
                    entry_id,
                    f"bench:{entry_id}",
                    day,
                    kind,
                    f"Entry {entry_id}: {a} and {b} [{kind}] *report*",
                    json.dumps([a, b]),
                    json.dumps(["Tartar", "Stepanakert"]),
                    details,  # filled below, then written as JSON
                    per_entry,
                )
            )
            for _ in range(per_entry):
                number += 1
                item_id = f"i{number:09d}"
                feed = feed_rows[number % feeds]
                item_rows.append(
                    (
                        item_id,
                        feed.url,
                        f"guid-{number}",
                        f"https://outlet{number % feeds}.example/news/{number} (x)",
                        f"Report {number}: shelling near Tartar <b>despite</b> the truce",
                        "text",
                        f"{day}T{number % 24:02d}:00:00Z",
                        "2020-12-01T00:00:00Z",
                    )
                )
                link_rows.append((entry_id, item_id))
                if kind == "violation_claim" and number % 2:
                    tag = (item_id, "denial", None, None, b, day, "[]")
                    _cite(details["denials"], {"denier": b, "date": day, "answers": None}, item_id)
                elif kind == "violation_claim":
                    tag = (item_id, kind, a, b, None, day, "[]")
                    claim = {"accuser": a, "accused": b, "places": ["Tartar"], "kind": kind}
                    _cite(details["claims"], claim, item_id)
                elif kind == "casualties":
                    figure = {"count": number % 90, "what": "killed", "group": "civilians"}
                    figure.update({"claimed_by": a, "approximate": False})
                    tag = (item_id, kind, None, None, None, day, json.dumps([figure]))
                    _cite(details["casualties"], figure, item_id)
                else:
                    tag = (item_id, kind, None, None, None, day, "[]")
                tag_rows.append(tag)
        db.conn.executemany(
            "INSERT INTO items (id, feed_url, guid, link, title, text, published, "
            "date_guessed, fetched, read, starred) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0)",
            item_rows,
        )
        db.conn.executemany(
            "INSERT INTO tags (item_id, kind, rule, evidence, accuser, accused, denier, "
            "event_date, casualties, parties, places) "
            "VALUES (?, ?, 'bench', 'A sentence.', ?, ?, ?, ?, ?, '[]', '[\"Tartar\"]')",
            tag_rows,
        )
        db.conn.executemany(
            "INSERT INTO entries (id, key, date, kind, title, parties, places, origin, hidden, "
            "title_manual, details, source_count) VALUES (?, ?, ?, ?, ?, ?, ?, 'auto', 0, 0, "
            "?, ?)",
            [(*row[:7], json.dumps(row[7], sort_keys=True), row[8]) for row in entry_rows],
        )
        db.conn.executemany(
            "INSERT INTO entry_items (entry_id, item_id, origin) VALUES (?, ?, 'auto')",
            link_rows,
        )
    db.execute("ANALYZE")


def _cite(rows: list[dict], row: dict, item_id: str) -> None:
    """Add `row` to an entry's details (as the builder stores them), or cite the item
    in the same row already there."""
    for found in rows:
        if all(found[key] == value for key, value in row.items()):
            found["item_ids"].append(item_id)
            return
    rows.append({**row, "item_ids": [item_id]})


def timed(label: str, writer, store: Store, out: Path) -> float:
    tracemalloc.start()
    start = time.perf_counter()
    count = writer(store, EntryFilter(), out, generated="2020-12-01T00:00:00Z")
    seconds = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = out.stat().st_size / 1e6
    print(
        f"{label:8} {count:>7,} entries  {seconds:6.2f} s  {size:7.1f} MB  "
        f"peak traced memory {peak / 1e6:5.1f} MB"
    )
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database to build or reuse (default: a temp file)")
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--sources-per-entry", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3, help="runs per format (median)")
    parser.add_argument(
        "--jobs", type=int, default=None, help="processes per export (default: one per core)"
    )
    parser.add_argument(
        "--memory", action="store_true", help="also measure peak memory (tracemalloc, slow)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        db_path = Path(args.db) if args.db else Path(temp) / "bench.db"
        with Store(db_path) as store:
            if store.count_entries() == 0:
                start = time.perf_counter()
                build(store, args.entries, args.sources_per_entry)
                print(f"built {db_path} in {time.perf_counter() - start:.1f} s")
            summary = store.entries_summary()
            print(f"{summary['entries']:,} entries, {summary['sources']:,} sources")
            for tags in ("all", "claims"):
                start = time.perf_counter()
                count = sum(len(e["sources"]) for e in store.iter_entries_with_sources(tags=tags))
                seconds = time.perf_counter() - start
                print(f"reading  {seconds:6.2f} s ({count:,} sources, {tags} tags, no output)")
            results = {}
            for label, writer, name in (
                ("markdown", write_markdown, "timeline.md"),
                ("json", write_json, "timeline.json"),
            ):
                out = Path(temp) / name
                walls, cpus = [], []
                for _ in range(max(1, args.runs)):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    writer(
                        store, EntryFilter(), out, generated="2020-12-01T00:00:00Z", jobs=args.jobs
                    )
                    walls.append(time.perf_counter() - start)
                    cpus.append(time.process_time() - start_cpu)
                results[label] = statistics.median(walls)
                size = out.stat().st_size / 1e6
                print(
                    f"{label:8} {results[label]:6.2f} s median of {len(walls)} "
                    f"(min {min(walls):.2f} s, CPU {statistics.median(cpus):.2f} s; {size:.1f} MB)"
                )
                if args.jobs != 1:  # one process, for comparison, and the same bytes
                    single = Path(temp) / f"single-{name}"
                    start = time.perf_counter()
                    writer(store, EntryFilter(), single, generated="2020-12-01T00:00:00Z", jobs=1)
                    seconds = time.perf_counter() - start
                    same = single.read_bytes() == out.read_bytes()
                    print(f"{'':8} {seconds:6.2f} s in one process (same bytes: {same})")
                    if not same:
                        results[label] = float("inf")
                if args.memory:  # tracemalloc slows Python down several times
                    timed(label, writer, store, out)
    missed = [label for label, seconds in results.items() if seconds >= TARGET_SECONDS]
    if missed:
        print(f"target of {TARGET_SECONDS} s missed: {', '.join(missed)}")
        return 1
    print(f"target of {TARGET_SECONDS} s met")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark `retag` on a large database: throughput, and memory that must stay flat.

Usage (from the repository root):

    .venv/bin/python scripts/bench_retag.py --items 200000
    .venv/bin/python scripts/bench_retag.py --items 20000 --workers 1

It builds a database of N items whose texts are the demo corpus's reports, each copy
with its own id and a shifted date (so the timeline has many days), then runs
`tui.pipeline.retag_all` and prints items per second and the process's peak resident
memory sampled during the run (workers included), at 10 %, 50 % and 100 % of the items:
if memory grew with the count, the later samples would be larger. The timeline rebuild
that follows the tagging gets its own peak, with the largest day's size: the builder holds
one day (and the day before) at a time, so that day, not the count, sets the rebuild's peak.

`--rebuild-only` with `--db` of an already retagged database times the rebuild alone.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sqlite3
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser

from tui.config import DEFAULT_PROFILE, DEMO_DIR, FeedConfig
from tui.parse import parse_feed
from tui.pipeline import profile_for, rebuild_timeline, retag_all
from tui.store import TAG_DAY_SQL, Store


def rss_kib() -> dict[str, int]:
    """Resident memory of this process and of all its children (KiB), right now."""
    own = int(Path("/proc/self/statm").read_text().split()[1]) * 4
    children = 0
    for child in Path("/proc/self/task").glob("*/children"):
        for pid in child.read_text().split():
            with contextlib.suppress(OSError):
                children += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * 4
    return {"self": own, "children": children}


def build(path: Path, count: int) -> None:
    reports = []
    for feed in sorted(DEMO_DIR.glob("*.xml")):
        reports += parse_feed(feed.read_bytes()).items
    reports = [r for r in reports if r.published]
    feeds = [FeedConfig(f"Bench {n}", f"https://bench{n}.example/rss", "other") for n in range(8)]
    with Store(path) as store:
        store.sync_feeds(feeds)
        conn: sqlite3.Connection = store.db.conn
        rows = []
        for n in range(count):
            report = reports[n % len(reports)]
            shift = timedelta(days=(n // len(reports)) % 3650)
            published = datetime.fromisoformat(report.published.replace("Z", "+00:00")) + shift
            stamp = published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append(
                (
                    f"b{n}",
                    feeds[n % 8].url,
                    f"g{n}",
                    f"https://b.example/{n}",
                    report.title,
                    report.text,
                    stamp,
                    stamp,
                )
            )
            if len(rows) == 20_000:
                _insert(conn, rows)
                rows = []
        if rows:
            _insert(conn, rows)


def _insert(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    with conn:
        conn.executemany(
            "INSERT INTO items (id, feed_url, guid, link, title, text, published, fetched, "
            "read, starred, date_guessed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
            rows,
        )


def largest_day(conn: sqlite3.Connection) -> tuple[int, int]:
    """Tags and reports of the busiest day, which bounds what the rebuild holds at once.

    Copies shifted months later still say "October 10" (the Moscow truce), which the
    tagger dates to the last October 10 before each copy: in this corpus that one day
    grows with the count (1,889 tags of 939 reports at 100,000 items).
    """
    day = TAG_DAY_SQL
    row = conn.execute(
        f"SELECT count(*), count(DISTINCT tags.item_id) FROM tags JOIN items ON "
        f"items.id = tags.item_id WHERE {day} IS NOT NULL GROUP BY {day} "
        "ORDER BY 1 DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else (0, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--db", type=Path, help="keep the database here")
    parser.add_argument(
        "--rebuild-only", action="store_true", help="only rebuild the timeline of --db"
    )
    args = parser.parse_args()
    if args.rebuild_only and not (args.db and args.db.exists()):
        parser.error("--rebuild-only needs --db of an existing, retagged database")
    assert feedparser  # the corpus is parsed with the real parser
    folder = Path(tempfile.mkdtemp(prefix="bench-retag-"))
    path = args.db or folder / "retag.db"
    started = time.perf_counter()
    if not path.exists():
        build(path, args.items)
    print(f"database with {args.items:,} items ready in {time.perf_counter() - started:.1f} s")

    samples: dict[int, dict[str, int]] = {}
    peak = {"self": 0, "children": 0}
    rebuild_peak = {"self": 0}
    rebuilding = threading.Event()
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.2):
            now = rss_kib()
            for key in peak:
                peak[key] = max(peak[key], now[key])
            if rebuilding.is_set():
                rebuild_peak["self"] = max(rebuild_peak["self"], now["self"])

    def progress(done: int, total: int) -> None:
        for mark in (10, 50, 100):
            if mark not in samples and done * 100 >= total * mark:
                samples[mark] = dict(peak)
        if done >= total:  # retag_all rebuilds the timeline next
            rebuilding.set()

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    with Store(path) as store:
        started = time.perf_counter()
        if args.rebuild_only:
            rebuilding.set()
            rebuild_timeline(store, profile_for(DEFAULT_PROFILE), None)
            items = tags = 0
        else:
            items, tags = retag_all(store, DEFAULT_PROFILE, workers=args.workers, progress=progress)
        tag_seconds = time.perf_counter() - started
        entries = store.count_entries()
        day_tags, day_items = largest_day(store.db.conn)
    stop.set()
    if args.rebuild_only:
        print(f"rebuild: {entries:,} entries in {tag_seconds:.1f} s")
    else:
        print(
            f"retag: {items:,} items, {tags:,} tags, {entries:,} entries in {tag_seconds:.1f} s "
            f"({items / tag_seconds:,.0f} items/s including the timeline rebuild)"
        )
    for mark, seen in sorted(samples.items()):
        print(
            f"  peak RSS by {mark:>3} % of items: main {seen['self'] / 1024:.0f} MiB, "
            f"workers {seen['children'] / 1024:.0f} MiB"
        )
    print(
        f"  peak RSS during the timeline rebuild: main {rebuild_peak['self'] / 1024:.0f} MiB "
        f"(largest day: {day_tags:,} tags of {day_items:,} reports)"
    )
    print(
        f"  max RSS of this process (getrusage): "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()

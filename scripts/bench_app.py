"""Benchmark the app on a big database: first frame, G (jump to end), page down, search.

    python scripts/bench_app.py --items 200000 --entries 20000

Generates a database with that many items (over 100 feeds on every side) and timeline
entries (each with a few sources), unless `--db` names one that exists already, then
drives the app headless with `App.run_test()` and prints the timings and the peak RSS.
The issue's target: first frame under 0.5 s with 200,000 items and 20,000 entries.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.config import SIDES, Config, FeedConfig, Settings
from tui.store import Store

_VOCABULARY = (
    "ceasefire truce shelling Stepanakert Shusha Ganja Tartar Hadrut Fuzuli Jabrayil "
    "Armenia Azerbaijan Russia Turkey Iran ministry defence civilians killed wounded "
    "drone artillery talks Moscow Minsk Group statement violation denied accused "
    "peacekeepers humanitarian corridor refugees village front line offensive"
)
_SYLLABLES = [
    "ka",
    "ra",
    "ba",
    "an",
    "ar",
    "tu",
    "mi",
    "so",
    "le",
    "ne",
    "da",
    "gi",
    "vo",
    "ze",
    "ho",
    "pu",
    "li",
    "ta",
    "me",
    "no",
]


def _vocabulary(size: int = 4000, seed: int = 3) -> list[str]:
    """Made-up words with the domain words spread among the common ones (news-like FTS)."""
    rng = random.Random(seed)
    made: set[str] = set()
    while len(made) < size:
        made.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    words = sorted(made)
    rng.shuffle(words)
    for position, word in enumerate(_VOCABULARY.split()):
        words.insert(3 + position * 11, word)
    return words


WORDS = _vocabulary()
KINDS = ("violation_claim", "ceasefire", "denial", "casualties", "diplomacy", "statement")
PARTIES = ("armenia", "azerbaijan", "russia", "turkey", "iran")


def make_config(feed_count: int) -> Config:
    feeds = tuple(
        FeedConfig(
            name=f"Outlet {n:03d}",
            url=f"https://outlet{n:03d}.example/rss",
            side=SIDES[n % len(SIDES)],
        )
        for n in range(feed_count)
    )
    return Config(path=None, settings=Settings(), feeds=feeds)


def sentence(rng: random.Random, words: int) -> str:
    # Zipf-like: a few words are everywhere, most are rare.
    picks = (WORDS[min(int(rng.paretovariate(0.6)) - 1, len(WORDS) - 1)] for _ in range(words))
    return " ".join(picks).capitalize()


def generate(path: Path, items: int, entries: int, feeds: int, seed: int = 7) -> float:
    """Fill a new database fast: executemany in one transaction per table."""
    started = time.perf_counter()
    rng = random.Random(seed)
    config = make_config(feeds)
    with Store(path) as store:
        store.sync_feeds(list(config.feeds))
        base = 1_577_836_800  # 2020-01-01
        rows = []
        for n in range(items):
            stamp = time.strftime(
                "%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + n * (3 * 365 * 86400 // items))
            )
            feed = config.feeds[n % feeds].url
            rows.append(
                (
                    f"i{n:08d}",
                    feed,
                    f"g{n}",
                    f"https://example.org/{n}",
                    sentence(rng, 8),
                    sentence(rng, 40),
                    stamp,
                    stamp,
                    int(rng.random() < 0.7),
                    f"h{n}",
                )
            )
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT INTO items (id, feed_url, guid, link, title, text, published, "
                "date_guessed, fetched, read, starred, content_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?)",
                rows,
            )
            store.db.execute(
                "UPDATE feeds SET item_count = (SELECT count(*) FROM items "
                "WHERE items.feed_url = feeds.url), last_status = 'ok', "
                "last_polled = '2023-01-01T00:00:00Z'"
            )
        del rows
        entry_rows, link_rows = [], []
        for n in range(entries):
            day = time.strftime("%Y-%m-%d", time.gmtime(base + n * (3 * 365 * 86400 // entries)))
            parties = rng.sample(PARTIES, 2)
            entry_rows.append(
                (
                    n + 1,
                    f"bench:{n}",
                    day,
                    rng.choice(KINDS),
                    sentence(rng, 7),
                    json.dumps(parties),
                    json.dumps([rng.choice(WORDS)]),
                )
            )
            centre = n * items // max(entries, 1)
            for k in range(rng.randint(2, 8)):
                link_rows.append((n + 1, f"i{min(items - 1, centre + k * 3):08d}"))
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT INTO entries (id, key, date, kind, title, parties, places, origin, "
                "hidden, title_manual, details, source_count, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'auto', 0, 0, '{}', 0, '2023-01-01T00:00:00Z')",
                entry_rows,
            )
            store.db.conn.executemany(
                "INSERT OR IGNORE INTO entry_items (entry_id, item_id, origin) "
                "VALUES (?, ?, 'auto')",
                link_rows,
            )
            store.db.execute(
                "UPDATE entries SET source_count = (SELECT count(*) FROM entry_items "
                "WHERE entry_items.entry_id = entries.id)"
            )
        store.db.execute("ANALYZE")
    return time.perf_counter() - started


async def measure(path: Path, feeds: int, size: tuple[int, int]) -> dict[str, float]:
    from tui.app import ConflictApp
    from tui.screens.search import SearchScreen
    from tui.widgets.timeline_list import TimelineList

    figures: dict[str, float] = {}
    first_row: list[float] = []
    original = TimelineList.render_line

    def spy(self: TimelineList, y: int):  # the moment the first timeline row is drawn
        if not first_row:
            first_row.append(time.perf_counter())
        return original(self, y)

    TimelineList.render_line = spy  # type: ignore[method-assign]
    started = time.perf_counter()
    app = ConflictApp(db_path=path, config=make_config(feeds))
    async with app.run_test(size=size) as pilot:
        figures["app ready (mounted)"] = time.perf_counter() - started
        await pilot.pause()
        figures["first frame (first timeline row drawn)"] = first_row[0] - started
        figures["settled (first pause done)"] = time.perf_counter() - started
        TimelineList.render_line = original  # type: ignore[method-assign]

        async def timed(name: str, *keys: str) -> None:
            t0 = time.perf_counter()
            await pilot.press(*keys)
            await pilot.pause()
            figures[name] = time.perf_counter() - t0

        # Pilot waits for the app to go idle after every key: this is its own cost.
        await timed("baseline: 50 unbound key presses (Pilot cost)", *["z"] * 50)
        await timed("timeline: G (jump to end)", "G")
        await timed("timeline: page down x10", *["pagedown"] * 10)
        await timed("timeline: g (back to top)", "g")
        await timed("timeline: n (next unread)", "n")
        await timed("items: open screen", "2")
        await timed("items: G (jump to end)", "G")
        await timed("items: page up x10", *["pageup"] * 10)
        await timed("items: j x50", *["j"] * 50)
        await timed("search: open screen", "slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        for query in ("ceasefire", "Stepanakert shelling", "dro", "zzzz"):
            screen.query_one("Input").value = query
            await pilot.pause()
            if screen._timer is not None:  # the input's own debounced search: not timed
                screen._timer.stop()
            t0 = time.perf_counter()
            await screen.search_worker(query).wait()  # what a keystroke starts
            await pilot.pause()
            figures[f"search: {query!r} ({len(screen.results)} shown)"] = time.perf_counter() - t0
        await timed("search: open a result", "down", "enter")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--size", default="200x50", help="terminal size, e.g. 80x24")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            seconds = generate(path, args.items, args.entries, args.feeds)
            print(
                f"generated {args.items:,} items and {args.entries:,} entries in {seconds:.1f} s"
                f" ({path.stat().st_size / 1e6:.0f} MB)"
            )
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures = asyncio.run(measure(path, args.feeds, size))  # type: ignore[arg-type]
        for name, seconds in figures.items():
            print(f"{name:<48} {seconds * 1000:8.1f} ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MB (before the app: {rss_before:.0f} MB)")
        first = figures["first frame (first timeline row drawn)"]
        print("first frame under 0.5 s:", "yes" if first < 0.5 else "NO")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A poll written in many short transactions stores exactly what a full retag computes.

The write path is split for speed and short locks (per-feed savepoints in timed
batches, the timeline rebuilt day by day in its own short transactions, unchanged
entries left alone); none of that may change a tag or an entry. These tests compare
every tag, entry and entry link after a poll with what `retag_all` (every item tagged
again, every day rebuilt at once) leaves, on the demo and on the 5,000-item corpus of
`scripts/bench_poll.py` served from 127.0.0.1.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.feedserver import FeedServer, Reply
from tui import polling
from tui.config import DEMO_DIR, load_config
from tui.pipeline import retag_all
from tui.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEMO = load_config(DEMO_DIR / "feeds.toml")


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Tags, automatic entries and their links, by content (row ids left out)."""
    db = store.db
    return {
        "tags": sorted(
            db.execute(
                "SELECT item_id, kind, rule, evidence, accuser, accused, denier, parties, "
                "places, event_date, date_basis, casualties FROM tags"
            ).fetchall(),
            key=repr,
        ),
        "entries": sorted(
            db.execute(
                "SELECT key, date, kind, kinds, weight, title, parties, places, details, "
                "source_count, origin, hidden, title_manual FROM entries"
            ).fetchall()
        ),
        "links": sorted(
            db.execute(
                "SELECT e.key, ei.item_id, ei.origin, ei.duplicate_of FROM entry_items AS ei "
                "JOIN entries AS e ON e.id = ei.entry_id"
            ).fetchall(),
            key=repr,
        ),
    }


def assert_same(polled: dict[str, list], retagged: dict[str, list]) -> None:
    for table in ("tags", "entries", "links"):
        assert len(polled[table]) == len(retagged[table]), table
        assert polled[table] == retagged[table], table


@pytest.fixture
def tiny_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commit after every feed and write the timeline a day at a time."""
    monkeypatch.setattr(polling, "COMMIT_EVERY", 0.0)


def test_demo_poll_in_small_transactions_equals_a_retag(db_path, tiny_batches):
    with Store(db_path) as store:
        poll_report = polling.poll(DEMO, store, parallel=False)
        assert poll_report.new == 201
        polled = snapshot(store)
        retag_all(store, DEMO.settings.profile, workers=1)
        assert_same(polled, snapshot(store))
        assert polled["entries"]


def _bench_module() -> Any:
    spec = importlib.util.spec_from_file_location("bench_poll", ROOT / "scripts/bench_poll.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_poll", module)
    spec.loader.exec_module(module)
    return module


def test_bench_corpus_polled_in_two_parts_equals_a_retag(tmp_path, write_feeds):
    """100 feeds x 50 items, polled as two polls (the second rebuilds only its days)."""
    bench = _bench_module()
    with FeedServer() as server:
        feeds = []
        for number in range(100):
            body = bench.make_feed(number, 50, 2020)
            url = server.add(f"/feed-{number:03d}.xml", Reply(body=body))
            feeds.append((f"Bench Wire {number:03d}", url, "armenian"))
        words = ", ".join(f'"{w}"' for w in bench.TOPIC_WORDS)
        config = write_feeds(feeds, f"timeout = 30\nmatch = [{words}]\n")
        with Store(tmp_path / "bench.db") as store:
            first = polling.poll(config, store, feeds=list(config.feeds[:60]))
            second = polling.poll(config, store, feeds=list(config.feeds[60:]))
            assert first.new + second.new == 5_000
            # each transaction is short (was 3-9 s for the timeline alone); loose for load
            assert max(first.longest_write, second.longest_write) < 1.0
            polled = snapshot(store)
            retag_all(store, config.settings.profile)
            assert_same(polled, snapshot(store))
            assert len(polled["tags"]) > 5_000

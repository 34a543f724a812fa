"""A big rebuild in two processes (a forked child makes each day's events, the parent their
entries) writes exactly what one process writes, and falls back to one process when the
child fails. (The 5,000-item bench corpus of test_ingest_equivalence takes this path on
a machine of two cores or more.)"""

from __future__ import annotations

import os
from typing import Any

import pytest

from tests.core.test_ingest_equivalence import DEMO, assert_same, snapshot
from tui import pipeline, polling, timeline
from tui import rebuild_in_two as split_build
from tui.pipeline import retag_all
from tui.store import Store
from tui.timeline import build_entries


@pytest.fixture
def two_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rebuild of given days takes the two-process path, whatever the machine."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_TAGS", 0)
    monkeypatch.setattr(pipeline, "_cores", lambda: 2)


def _demo_items(db_path: Any) -> tuple[list[Any], Any]:
    with Store(db_path) as store:
        polling.poll(DEMO, store, parallel=False)
        items = list(store.iter_tagged_items(None))
    return items, pipeline.profile_for(DEMO.settings.profile)


def test_two_processes_build_what_one_builds(db_path, monkeypatch) -> None:
    items, profile = _demo_items(db_path)
    alone = list(build_entries(items, profile, ordered=True))
    assert alone

    def no_fallback(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("built in one process")

    monkeypatch.setattr(timeline, "build_entries", no_fallback)
    assert split_build.build_in_two(items, profile) == alone


def test_a_child_that_dies_leaves_the_build_to_the_parent(db_path, monkeypatch) -> None:
    items, profile = _demo_items(db_path)

    def die(sender: Any, *_args: Any) -> None:
        sender.close()
        os._exit(3)

    monkeypatch.setattr(split_build, "_send_events", die)
    assert split_build.build_in_two(items, profile) == list(
        build_entries(items, profile, ordered=True)
    )


def test_demo_poll_rebuilt_in_two_processes_equals_a_retag(db_path, two_processes) -> None:
    with Store(db_path) as store:
        polling.poll(DEMO, store, parallel=False)
        polled = snapshot(store)
        retag_all(store, DEMO.settings.profile, workers=1)
        assert_same(polled, snapshot(store))
        assert polled["entries"]

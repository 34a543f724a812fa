"""Tagging stored items and rebuilding the timeline: the glue between the pure core and I/O.

The tagger and the timeline builder take records and return records; this module feeds
them from the store and writes back what they return. The poller calls it for new and
changed items, `conflict-tui retag` for every item.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.lifecycle import die_with_parent
from tui.profile import Profile, load_profile
from tui.records import ParsedItem, Tag
from tui.store import Store, utc_now

if TYPE_CHECKING:  # imported where first used: a poll where nothing changed needs neither
    from tui.tagger import Tagger

_PROFILES: dict[str, Profile] = {}
_TAGGERS: dict[str, Tagger] = {}


def profile_for(profile_path: Path | str) -> Profile:
    """One loaded, validated profile per path and process."""
    key = str(profile_path)
    profile = _PROFILES.get(key)
    if profile is None:
        profile = _PROFILES[key] = load_profile(profile_path)
    return profile


def keep_profile(profile_path: Path | str, profile: Profile) -> None:
    """Remember a profile loaded elsewhere (a poll's checker process) as this path's."""
    _PROFILES.setdefault(str(profile_path), profile)


def tagger_for(profile_path: Path | str) -> Tagger:
    """One compiled tagger per profile and process (worker processes reuse theirs).

    Built on first use, so a poll where nothing changed never pays for compiling it.
    """
    from tui.tagger import Tagger

    key = str(profile_path)
    tagger = _TAGGERS.get(key)
    if tagger is None:
        tagger = _TAGGERS[key] = Tagger(profile_for(profile_path))
    return tagger


def tag_parsed_items(tagger: Tagger, items: Sequence[ParsedItem]) -> list[list[Tag]]:
    """The tags of each item, in the order of `items` (pure: no I/O).

    An undated report places an event only by a date it states itself.
    """
    return [tagger.tag(item.title, item.text, item.published) for item in items]


def retag_all(
    store: Store,
    profile_path: Path | str,
    *,
    batch: int = 1_000,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Re-run the tagger over every stored item, then rebuild the whole timeline.

    Items are read in rowid order one batch at a time and tagged in worker processes
    (every core), with at most two batches per worker in flight, so memory stays flat
    however many items there are. Manual timeline edits are kept. Returns (items, tags
    written).
    """
    tagger = tagger_for(profile_path)  # compiled before the workers fork: they share it
    total = store.count_items()
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    done = written = 0

    def batches() -> Iterator[list[tuple[str, str, str, str | None]]]:
        last_rowid = 0
        while rows := store.items_after_rowid(last_rowid, batch):
            last_rowid = rows[-1]["rowid"]
            yield [(row["id"], row["title"], row["text"], _known(row)) for row in rows]

    def save(pairs: list[tuple[str, list[Tag]]]) -> None:
        nonlocal done, written
        written += store.replace_tags(pairs)
        done += len(pairs)
        if progress is not None:
            progress(done, total)

    if workers <= 1 or total <= batch:
        for chunk in batches():
            save(_tag_batch(str(profile_path), chunk))
    else:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=die_with_parent,  # no orphan, whatever kills this process
            initargs=(os.getpid(),),
        ) as pool:
            in_flight: deque[Future[list[tuple[str, list[Tag]]]]] = deque()
            for chunk in batches():
                in_flight.append(pool.submit(_tag_batch, str(profile_path), chunk))
                if len(in_flight) >= workers * 2:
                    save(in_flight.popleft().result())
            while in_flight:
                save(in_flight.popleft().result())
    rebuild_timeline(store, tagger.profile, None)
    return done, written


def _tag_batch(
    profile_path: str, rows: list[tuple[str, str, str, str | None]]
) -> list[tuple[str, list[Tag]]]:
    """Tag rows by item id (runs in a worker process during retag)."""
    tagger = tagger_for(profile_path)
    return [(item, tagger.tag(title, text, published)) for item, title, text, published in rows]


def _known(row: dict[str, Any]) -> str | None:
    """The publication date the tagger may use: none when the store had to guess it."""
    return None if row["date_guessed"] else row["published"]


# A touched day's entries change, and so do those of the days around it: a denial may
# answer the day before's claim, a truce announced on the eve joins the day it takes
# effect, a truce retold up to three days on joins the day it was signed
# (`spans.STORY_REACH`), and an entry may be the aside of a story up to `asides.REACH`
# days away, a story that may itself have moved by those days. So the days written are
# the touched days and REACH + STORY_REACH each side, and they are built with as many
# more days of context each side; a poll's rebuild then writes what a full rebuild would
# (tests/core/test_review_findings.py's poll cases and a fuzz of random reports).
# (Worked out in `rebuild_timeline`: the timeline package is imported only to build.)


def rebuild_timeline(store: Store, profile: Profile, dates: Iterable[str] | None) -> int:
    """Rebuild the automatic entries of the given days (None: every day).

    Each touched day brings its neighbours along (see above). Returns the number of
    entries written.
    """
    from tui.rebuild_in_two import build_in_two
    from tui.timeline import build_entries
    from tui.timeline.asides import REACH as ASIDE_REACH
    from tui.timeline.spans import STORY_REACH

    write_around = ASIDE_REACH + STORY_REACH
    read_around = write_around + ASIDE_REACH + STORY_REACH

    if dates is None:
        entries = build_entries(store.iter_tagged_items(None), profile, ordered=True)
        written, _removed = store.write_auto_entries(None, entries, now=utc_now())
        return written
    dates = list(dates)
    day_list = _with_neighbours(dates, write_around)
    if not day_list:
        return 0
    context = _with_neighbours(dates, read_around)
    writing = set(day_list)
    # built first (reading only), then written a few days per short transaction
    with _collector_paused():
        if _in_two_processes(store, context):
            entries = build_in_two(list(store.iter_tagged_items(context)), profile)
        else:
            entries = build_entries(store.iter_tagged_items(context), profile, ordered=True)
        rows = [e for e in entries if e.date in writing]
        written, _removed = store.write_auto_days(day_list, rows, now=utc_now())
    return written


# A rebuild whose days hold this many dated tags is built in two processes when there
# are two cores: a forked child makes each day's events, this process their entries (at
# 200,000 items stored, a poll of 500 new items over 51 days builds 75 days of ~380 tags,
# ~3 s in one process). Below it, one process: the fork and the events sent over a pipe
# cost more than they save.
PARALLEL_MIN_TAGS = 5000


def _in_two_processes(store: Store, days: Sequence[str]) -> bool:
    if _cores() < 2:
        return False
    return sum(store.tag_counts_by_day(days).values()) >= PARALLEL_MIN_TAGS


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a poll's touched days are built and written:
    the builder makes ~1 million short-lived objects and no cycles (records, tuples,
    sets), so the collections they set off (130 at 200,000 items stored, ~0.09 s of a
    1.2 s rebuild, one a full pass over the tagger and the HTTP client) freed nothing.
    The days are a poll's few, so what is held meanwhile is bounded."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _with_neighbours(dates: Iterable[str], reach: int) -> list[str]:
    days: set[str] = set()
    for value in dates:
        try:
            day = date.fromisoformat(value[:10])
        except (TypeError, ValueError):
            continue
        days.update((day + timedelta(days=delta)).isoformat() for delta in range(-reach, reach + 1))
    return sorted(days)

"""A large export written by several processes at once, one date range each.

An export is mostly per-source Python work (scripts/bench_export.py: 20,000 entries,
200,000 sources), so one process keeps one core busy and the others idle. Split, the
entries are cut at day boundaries into ranges of about equal size; the calling process
writes the first range straight to the output while forked children write the others to
temporary files, which are then appended in order. The bytes are those a single process
writes: each range starts on a new day, JSON entries do not depend on each other, and a
Markdown part first numbers the sources of the ranges before it (`earlier`), in the
order the whole export would meet them, so footnote numbers and "listed above" agree.

Splitting happens only where it is safe and pays: a database file (children open their
own connection), no other thread running (forking a threaded process is unsafe, so the
app, which exports in a worker thread, writes in one process), the `fork` start method,
an output that can be rewound, and at least MIN_SOURCES sources. The ranges are read in
separate transactions: if another connection committed meanwhile (a poll), the output is
rewound and the caller writes it again in one process, so a part never mixes snapshots.
"""

from __future__ import annotations

import codecs
import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from tui.errors import ConflictTuiError
from tui.lifecycle import signals_deferred
from tui.records import EntryFilter

MIN_SOURCES = 20_000  # below this, forking costs more than it saves
MAX_AUTO_JOBS = 4
# Temporary files beside the output: the parts, and the output itself until renamed.
PART_PREFIX, PART_SUFFIX = ".conflict-tui-export-", ".part"

# write_part(store, part filter, filter of every earlier range or None, text stream)
PartWriter = Callable[[Any, EntryFilter, EntryFilter | None, IO[str]], Any]


class SplitExportError(ConflictTuiError):
    """A child process could not write its part (full disk, database error)."""

    exit_code = 1


def auto_jobs(jobs: int | None) -> int:
    """`jobs` as asked, or (None, 0) one per core, at most MAX_AUTO_JOBS."""
    if jobs:
        return max(1, int(jobs))
    try:
        cores = len(os.sched_getaffinity(0))  # the cores this process may use
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_AUTO_JOBS))


def can_split(store: Any, stream: IO[str], jobs: int) -> bool:
    """Whether forking is safe and possible here (see the module docstring)."""
    path = getattr(store, "path", None)
    if jobs < 2 or path is None or str(path) == ":memory:" or not Path(path).is_file():
        return False
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    if threading.active_count() != 1:
        return False
    if store.in_transaction:
        return False  # children would not see its uncommitted writes
    try:
        return bool(stream.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def plan_ranges(
    store: Any,
    entry_filter: EntryFilter,
    jobs: int,
    min_sources: int | None = None,
    first_share: float = 1.0,
) -> list[tuple[str, str]]:
    """Up to `jobs` (first day, last day) ranges of about equal work, in date order.

    Work is counted as sources plus one per entry; the first range is `first_share`
    of the others (the parent appends the parts; a Markdown child numbers the sources
    before its range first). Fewer ranges (or one) when there are fewer days, or when
    the whole export is below `min_sources` sources.
    """
    days = store.entry_day_work(entry_filter)
    if not days:
        return []
    sources = sum(row[2] for row in days)
    if min_sources is None:
        min_sources = MIN_SOURCES
    if jobs < 2 or len(days) < 2 or sources < min_sources:
        return [(days[0][0], days[-1][0])]
    total = sum(row[1] + row[2] for row in days)
    ranges: list[tuple[str, str]] = []
    first = days[0][0]
    done = 0
    for index, (day, entries, day_sources) in enumerate(days):
        done += entries + day_sources
        left = len(days) - index - 1  # days after this one
        wanted = len(ranges) + 1  # the range this day closes, if it closes one
        if left and wanted < jobs and done >= total * _cut(wanted, jobs, first_share):
            ranges.append((first, day))
            first = days[index + 1][0]
    ranges.append((first, days[-1][0]))
    return ranges


def _cut(ranges_done: int, jobs: int, first_share: float) -> float:
    """Where the `ranges_done`-th range ends, as a share of all the work: the first
    range (the parent's) is `first_share` of a child's, the others equal."""
    child = 1 / (jobs - 1 + first_share)
    return first_share * child + (ranges_done - 1) * child


def write_split(
    store: Any,
    entry_filter: EntryFilter,
    stream: IO[str],
    write_part: PartWriter,
    jobs: int | None = None,
    *,
    min_sources: int | None = None,
    part_dir: str | os.PathLike[str] | None = None,
    binary: bool = False,
    first_share: float = 1.0,
) -> list[Any] | None:
    """Write the entries through `write_part`, one date range per process.

    Returns the parts' results in date order, or None when nothing was split (too
    small, unsafe here, or the database changed meanwhile): then nothing was written
    and the caller writes the export itself. Everything before the entries must
    already be flushed to `stream`. The children's parts are written in `part_dir`
    (the output's directory, so a full disk is the output's; default: the temp dir).
    `binary`: the stream writes UTF-8 and "\n" as they are, so the parts' bytes may be
    copied to its buffer; otherwise they go through the stream as text.
    """
    jobs = auto_jobs(jobs)
    if not can_split(store, stream, jobs):
        return None
    # read before planning: a commit from now on sends the export back to one process
    version = store.data_version()
    ranges = plan_ranges(store, entry_filter, jobs, min_sources, first_share)
    if len(ranges) < 2:
        return None
    # the planned days only cut the range: the first part keeps the filter's own start
    # and the last its own end, so entries a commit adds outside them are not dropped
    parts = [
        replace(
            entry_filter,
            since=entry_filter.since if index == 0 else first,
            until=entry_filter.until if index == len(ranges) - 1 else last,
        )
        for index, (first, last) in enumerate(ranges)
    ]
    earlier: list[EntryFilter | None] = [None] + [
        replace(entry_filter, until=last) for _, last in ranges[:-1]
    ]
    start = stream.tell()
    context = multiprocessing.get_context("fork")
    children = []
    try:
        for part, before in zip(parts[1:], earlier[1:], strict=True):
            # a SIGTERM comes once the child and its part are on the list `finally` cleans
            with signals_deferred():
                handle, temp = tempfile.mkstemp(
                    prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=part_dir
                )
                os.close(handle)
                receiver, sender = context.Pipe(duplex=False)
                process = context.Process(
                    target=_child,
                    args=(sender, str(store.path), write_part, part, before, temp, os.getpid()),
                    daemon=True,
                )
                process.start()
                children.append((process, receiver, temp))
            sender.close()
        results = [write_part(store, parts[0], None, stream)]
        stream.flush()
        for process, receiver, _ in children:
            results.append(_collect(process, receiver))
        if store.data_version() != version:
            stream.seek(start)
            stream.truncate()
            return None
        for _, _, temp in children:
            _append(temp, stream, binary)
        return results
    finally:
        for process, receiver, temp in children:
            if process.is_alive():
                process.kill()
            process.join()
            receiver.close()
            _unlink(temp)


def _child(
    sender: Any,
    db_path: str,
    write_part: PartWriter,
    part: EntryFilter,
    before: EntryFilter | None,
    temp: str,
    parent_pid: int,
) -> None:
    """In a forked child: write one part to `temp`, send back its result or error.

    Ctrl-C is the parent's to handle (it stops the children), not each child's. The
    child dies with its parent however the parent ends (SIGKILL too), and a SIGTERM or
    SIGHUP (its parent's death, or a closed terminal) removes its part before it exits.
    """
    from tui.lifecycle import die_with_parent
    from tui.store import Store

    def stop(signum: int, _frame: object = None) -> None:
        _unlink(temp)
        os._exit(128 + signum)

    die_with_parent(parent_pid, sig=signal.SIGTERM, on_parent_death=lambda: _unlink(temp))
    signal.signal(signal.SIGTERM, stop)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, stop)

    try:
        with (
            Store(db_path, read_only=True) as store,
            open(temp, "w", encoding="utf-8", newline="\n") as stream,
        ):
            result = write_part(store, part, before, stream)
        sender.send(("ok", result))
    except OSError as exc:
        sender.send(("error", f"{temp}: cannot write: {exc.strerror or exc}"))
    except Exception as exc:  # reported to the parent, which raises it as an error
        sender.send(("error", str(exc) or type(exc).__name__))
    finally:
        sender.close()


def _collect(process: Any, receiver: Any) -> Any:
    try:
        status, value = receiver.recv()
    except EOFError:
        process.join()
        raise SplitExportError(
            f"an export process stopped without writing its part (exit code {process.exitcode})"
        ) from None
    process.join()
    if status != "ok":
        raise SplitExportError(f"an export process failed: {value}")
    return value


def _append(temp: str, stream: IO[str], binary: bool = False) -> None:
    """Copy a part's file to the end of the output: as bytes when the caller says the
    stream writes UTF-8 without newline translation, else as text (its own encoding,
    error handler and newlines)."""
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None) or ""
    if binary and buffer is not None and encoding and codecs.lookup(encoding).name == "utf-8":
        with open(temp, "rb") as part:
            shutil.copyfileobj(part, buffer, 1 << 20)
        buffer.flush()
        return
    with open(temp, encoding="utf-8", newline="") as part:
        shutil.copyfileobj(part, stream, 1 << 20)


def _unlink(path: str) -> None:
    with suppress(OSError):
        os.unlink(path)

"""A timeline build in two processes: a forked child makes each day's events, this
process their entries, side by side (`tui.pipeline.rebuild_timeline` uses it for a big
rebuild on two cores). The same entries as one process makes; if the child fails, they
are built here."""

from __future__ import annotations

import gc
import io
import multiprocessing
import os
import pickle
from collections.abc import Iterator
from typing import IO, Any

from tui.lifecycle import die_with_parent, signals_deferred
from tui.profile import Profile
from tui.records import AutoEntry, TaggedItem


class _ChildFailed(Exception):
    """The child building events stopped or failed: this process builds them itself."""


def build_in_two(items: list[TaggedItem], profile: Profile) -> list[AutoEntry]:
    """`build_entries(items, ordered=True)` in two processes: the forked child makes each
    day's events (`build_events`, from the items it inherits: it opens no database) and
    sends them one day at a time; this process turns them into entries as they come
    (`entries_of_events`), so the two halves run side by side. The same entries as one
    process makes (a test compares them); if the child fails, they are built here."""
    from tui.timeline import build_entries
    from tui.timeline.builder import entries_of_events

    context = multiprocessing.get_context("fork")
    try:
        receiver, sender = context.Pipe(duplex=False)
    except OSError:
        return list(build_entries(items, profile, ordered=True))
    process = None
    try:
        try:
            # a SIGTERM comes once the child is known to the `finally` that stops it
            with signals_deferred():
                process = context.Process(
                    target=_send_events,
                    args=(sender, items, profile, os.getpid()),
                    daemon=True,
                )
                process.start()
        finally:
            sender.close()
        return list(entries_of_events(_received_days(receiver, items), profile))
    except (_ChildFailed, OSError):
        return list(build_entries(items, profile, ordered=True))
    finally:
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join()
        receiver.close()


def _send_events(sender: Any, items: list[TaggedItem], profile: Profile, parent: int) -> None:
    """In the forked child: each day's events to the parent, then the end (or an error:
    the parent then builds everything itself, raising it where it is handled)."""
    die_with_parent(parent)
    gc.disable()  # as in the parent (`_collector_paused`): the builder makes no cycles
    from tui.timeline.builder import build_events

    try:
        known = _ReferencePickler.references(items)
        for events in build_events(items, profile, ordered=True):
            buffer = io.BytesIO()
            buffer.write(b"d")
            _ReferencePickler(buffer, known).dump(events)
            sender.send_bytes(buffer.getbuffer())
        sender.send_bytes(b"e")
    except Exception as exc:
        sender.send_bytes(b"x" + repr(exc).encode())
    finally:
        sender.close()


def _received_days(receiver: Any, items: list[TaggedItem]) -> Iterator[list[Any]]:
    while True:
        try:
            message = receiver.recv_bytes()
        except (EOFError, OSError):
            raise _ChildFailed("the timeline's child process stopped") from None
        if message[:1] == b"e":
            return
        if message[:1] != b"d":
            raise _ChildFailed(message[1:].decode(errors="replace"))
        yield _ReferenceUnpickler(io.BytesIO(message[1:]), items).load()


class _ReferencePickler(pickle.Pickler):
    """Events pickled with their reports and tags as references into the item list both
    processes hold (the child inherited it): 0.6 MB instead of 11 MB for 75 days, and
    the parent's events hold its own item and tag objects, as in one process."""

    def __init__(self, file: IO[bytes], known: dict[int, tuple[int, int]]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.known = known

    @staticmethod
    def references(items: list[TaggedItem]) -> dict[int, tuple[int, int]]:
        """id() of each item -> (its index, -1), of each of its tags -> (index, tag's)."""
        known: dict[int, tuple[int, int]] = {}
        for index, item in enumerate(items):
            known[id(item)] = (index, -1)
            for number, tag in enumerate(item.tags):
                known[id(tag)] = (index, number)
        return known

    def persistent_id(self, obj: Any) -> tuple[int, int] | None:
        return self.known.get(id(obj))


class _ReferenceUnpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], items: list[TaggedItem]) -> None:
        super().__init__(file)
        self.items = items

    def persistent_load(self, pid: Any) -> Any:
        index, number = pid
        item = self.items[index]
        return item if number < 0 else item.tags[number]

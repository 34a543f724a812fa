"""Messages that cross screens: poll progress from the background worker, and jumps."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class PollProgress(Message):
    """One feed finished polling (posted from the worker thread)."""

    feed: str
    status: str  # ok | not_modified | error
    error: str | None
    new: int
    done: int
    total: int


@dataclass
class OpenItem(Message):
    """Open an item in the reader (from any list)."""

    item_id: str


@dataclass
class JumpToEntry(Message):
    """Show an entry in the timeline (from the reader)."""

    entry_id: int


@dataclass
class ShowFeedItems(Message):
    """Show the items of one feed (from the feeds screen)."""

    feed_url: str


@dataclass
class ChangeSaved(Message):
    """A queued change was saved, or refused (posted from the writer thread)."""

    change: object  # tui.writer.Change
    result: object = None
    error: BaseException | None = None


@dataclass
class SavingState(Message):
    """How many changes wait to be saved, and why (posted from the writer thread)."""

    waiting: int
    reason: str

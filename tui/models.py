"""Small records that cross module boundaries: parse -> store, store -> views."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One feed entry, already made safe: plain text, no control characters, http(s) link.

    `published` is UTC ISO 8601 (`2020-10-10T09:30:00Z`) or None when the feed gave no
    date; the store then uses the fetch time and sets `date_guessed`.
    """

    guid: str | None
    link: str | None
    title: str
    text: str
    published: str | None
    content_hash: str


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed body yielded, and what went wrong on the way."""

    title: str
    items: tuple[ParsedItem, ...]
    skipped_entries: int = 0
    problem: str | None = None  # feedparser's bozo reason when entries were still found

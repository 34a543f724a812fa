"""Fetching every feed concurrently and ingesting what changed.

Fetching is async (httpx), parsing is CPU-bound and runs in worker processes when there
is enough of it, and writes happen in this thread in one transaction per feed, so one
feed's failure never touches another's items.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import socket
import ssl
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from tui import __version__
from tui.config import Config, FeedConfig, Settings
from tui.errors import StoreError
from tui.parse import NotAFeedError, parse_feed
from tui.pipeline import profile_for, rebuild_timeline, tag_parsed_items, tagger_for
from tui.records import ParsedFeed, ParsedItem, Tag
from tui.store import Store, utc_now

USER_AGENT = f"conflict-tui/{__version__} (terminal feed reader; +python-httpx)"

try:  # httpcore tries `import sniffio` on every request; when it is not installed each try
    import sniffio  # noqa: F401  searches sys.path again (~70 us, ~7 tries per feed)
except ImportError:
    sys.modules["sniffio"] = None  # type: ignore[assignment]  # now it fails at once

MAX_REDIRECTS = 5
COMMIT_EVERY = 0.25  # seconds: the poll's writes go in one transaction per interval


@dataclass(slots=True)
class FeedOutcome:
    """How one feed's poll went: what the progress line and the summary print."""

    feed: FeedConfig
    status: str = "ok"  # ok | not_modified | error (the feeds.last_status values)
    error: str | None = None
    problem: str | None = None  # a malformed feed that still yielded entries
    http_status: int | None = None
    new: int = 0
    updated: int = 0
    skipped_topic: int = 0
    skipped_entries: int = 0
    duplicates: int = 0
    new_ids: tuple[str, ...] = ()
    changed_ids: tuple[str, ...] = ()
    seconds: float = 0.0


@dataclass(slots=True)
class PollReport:
    """The whole run: one outcome per feed, and the time it took."""

    outcomes: list[FeedOutcome] = field(default_factory=list)
    seconds: float = 0.0
    entries: int = 0  # timeline entries written for the days this poll touched

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def new(self) -> int:
        return sum(o.new for o in self.outcomes)

    @property
    def updated(self) -> int:
        return sum(o.updated for o in self.outcomes)

    @property
    def skipped_topic(self) -> int:
        return sum(o.skipped_topic for o in self.outcomes)

    @property
    def all_failed(self) -> bool:
        return bool(self.outcomes) and all(o.status == "error" for o in self.outcomes)

    @property
    def changed_ids(self) -> list[str]:
        return [i for o in self.outcomes for i in (*o.new_ids, *o.changed_ids)]


@dataclass(slots=True)
class _Fetched:
    status: str  # "ok" (a body to parse) | "not_modified" | "error"
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    http_status: int | None = None
    error: str | None = None


class FeedTooLarge(Exception):
    """The body grew past the size cap while streaming."""


ProgressCallback = Callable[[FeedOutcome, int, int], None]


def poll(
    config: Config,
    store: Store,
    *,
    on_feed: ProgressCallback | None = None,
    parallel: bool | None = None,
    feeds: list[FeedConfig] | None = None,
) -> PollReport:
    """Poll the configured feeds once (blocking); see `poll_async`."""
    return asyncio.run(poll_async(config, store, on_feed=on_feed, parallel=parallel, feeds=feeds))


async def poll_async(
    config: Config,
    store: Store,
    *,
    on_feed: ProgressCallback | None = None,
    parallel: bool | None = None,
    feeds: list[FeedConfig] | None = None,
) -> PollReport:
    """Fetch, parse and ingest every feed; failures are recorded per feed, never raised.

    `parallel` parses in worker processes (default: when there are several feeds and
    more than one core). Only a database failure stops the run, as a StoreError.
    """
    started = time.perf_counter()
    settings = config.settings
    targets = list(feeds if feeds is not None else config.feeds)
    store.sync_feeds(list(config.feeds))
    report = PollReport()
    if not targets:
        return report
    profile_path = str(settings.profile)
    profile = profile_for(profile_path)  # a bad profile fails here, before any fetching
    if parallel is None:
        parallel = len(targets) > 2 and (os.cpu_count() or 1) > 1
    executor: Executor | None = None
    if parallel:
        import multiprocessing

        executor = ProcessPoolExecutor(
            max_workers=min(os.cpu_count() or 1, 4),
            mp_context=multiprocessing.get_context("fork"),
        )
    semaphore = asyncio.Semaphore(settings.concurrency)
    loop = asyncio.get_running_loop()
    tag_dates: set[str] = set()
    limits = httpx.Limits(max_connections=settings.concurrency * 2)
    async with httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.timeout),
        limits=limits,
    ) as client:

        async def one(feed: FeedConfig) -> FeedOutcome:
            feed_started = time.perf_counter()
            async with semaphore:
                state = store.feed_state(feed.url) or {}
                fetched = await _fetch(client, feed, state, settings)
            outcome = FeedOutcome(feed=feed, http_status=fetched.http_status)
            polled = utc_now()
            if fetched.status == "ok":
                body_hash = hashlib.sha256(fetched.body).hexdigest()
                if body_hash == state.get("body_hash"):
                    fetched.status = "not_modified"  # same bytes again: skip parsing
                else:
                    words = feed.topic_words(settings)
                    try:
                        work = (
                            fetched.body,
                            fetched.content_type,
                            words,
                            profile_path,
                        )
                        if executor is not None:
                            parsed, skipped, tags = await loop.run_in_executor(
                                executor, _parse_filter_and_tag, *work
                            )
                        else:
                            parsed, skipped, tags = _parse_filter_and_tag(*work)
                    except NotAFeedError as exc:
                        fetched.status, fetched.error = "error", str(exc)
                    except Exception as exc:  # a parser crash is this feed's problem only
                        fetched.status = "error"
                        fetched.error = f"could not parse: {type(exc).__name__}: {exc}"[:300]
                    else:
                        result = store.ingest(
                            feed.url,
                            parsed.items,
                            fetched=polled,
                            status="ok",
                            error=parsed.problem,
                            etag=fetched.etag,
                            last_modified=fetched.last_modified,
                            body_hash=body_hash,
                            tags=tags,
                        )
                        tag_dates.update(result.tag_dates)
                        outcome.new = len(result.new_ids)
                        outcome.updated = len(result.updated_ids)
                        outcome.new_ids = result.new_ids
                        outcome.changed_ids = result.updated_ids
                        outcome.duplicates = result.duplicate_guids
                        outcome.skipped_topic = skipped
                        outcome.skipped_entries = parsed.skipped_entries
                        outcome.problem = parsed.problem
            if fetched.status == "not_modified":
                outcome.status = "not_modified"
                store.record_poll(
                    feed.url,
                    status="not_modified",
                    etag=fetched.etag,
                    last_modified=fetched.last_modified,
                    polled=polled,
                )
            elif fetched.status == "error":
                outcome.status = "error"
                outcome.error = fetched.error
                store.record_poll(feed.url, status="error", error=fetched.error, polled=polled)
            outcome.seconds = time.perf_counter() - feed_started
            report.outcomes.append(outcome)
            if on_feed is not None:
                on_feed(outcome, len(report.outcomes), len(targets))
            return outcome

        tasks = [asyncio.ensure_future(one(feed)) for feed in targets]
        batch = _WriteBatch(store, loop)
        try:
            await asyncio.gather(*tasks)
        except StoreError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            batch.close(commit=False)
            raise
        finally:
            batch.close()  # commits what the finished feeds wrote (no-op after a rollback)
            if executor is not None:
                executor.shutdown(wait=False, cancel_futures=True)
    report.entries = rebuild_timeline(store, profile, tag_dates)
    report.seconds = time.perf_counter() - started
    return report


class _WriteBatch:
    """Groups the poll's writes into one transaction per COMMIT_EVERY seconds.

    `Store.ingest` and `Store.record_poll` nest inside it as savepoints, so each feed's
    writes still land or roll back whole; a hundred feeds cost a few commits (and FTS
    segment merges) instead of a hundred. Commits run between event-loop steps, never
    inside a feed's write.
    """

    def __init__(self, store: Store, loop: asyncio.AbstractEventLoop) -> None:
        self.store, self.loop = store, loop
        self.error: StoreError | None = None
        self.timer: asyncio.TimerHandle | None = None
        self._end(commit=True, begin=True)

    def _cycle(self) -> None:
        self._end(commit=True, begin=True)

    def _end(self, *, commit: bool, begin: bool) -> None:
        error = self.store.end_batch(commit=commit, begin=begin)
        if error is not None:
            self.error = error
        elif begin:
            self.timer = self.loop.call_later(COMMIT_EVERY, self._cycle)

    def close(self, *, commit: bool = True) -> None:
        """Commit (or roll back) what is pending; raise a failed commit as a StoreError."""
        if self.timer is not None:
            self.timer.cancel()
        self._end(commit=commit and self.error is None, begin=False)
        error, self.error = self.error, None
        if error is not None and commit:
            raise error


_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)


def _parse_filter_and_tag(
    body: bytes,
    content_type: str | None,
    words: tuple[str, ...],
    profile_path: str,
) -> tuple[ParsedFeed, int, list[list[Tag]]]:
    """Parse a body, drop off-topic items and tag the rest: the CPU work, run in a worker."""
    parsed = parse_feed(body, content_type=content_type)
    skipped = 0
    if words:
        pattern = topic_pattern(words)
        kept = tuple(item for item in parsed.items if _matches(pattern, item))
        skipped = len(parsed.items) - len(kept)
        parsed = ParsedFeed(parsed.title, kept, parsed.skipped_entries, parsed.problem)
    tags = tag_parsed_items(tagger_for(profile_path), parsed.items)
    return parsed, skipped, tags


def topic_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Case-insensitive match at a word start: "Armenia" also keeps "Armenian"."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def _matches(pattern: re.Pattern[str], item: ParsedItem) -> bool:
    return bool(pattern.search(item.title) or pattern.search(item.text))


async def _fetch(
    client: httpx.AsyncClient, feed: FeedConfig, state: dict, settings: Settings
) -> _Fetched:
    """Fetch one feed's body, turning every failure into a one-line reason."""
    try:
        async with asyncio.timeout(settings.timeout):
            if feed.url.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
                return await _fetch_http(client, feed.url, state, settings.max_bytes)
            return await asyncio.to_thread(_read_local, feed.url, settings.max_bytes)
    except TimeoutError:
        return _Fetched("error", error=f"timed out after {settings.timeout:g} s")
    except FeedTooLarge:
        return _Fetched("error", error=f"larger than the {_megabytes(settings.max_bytes)} cap")
    except httpx.TooManyRedirects:
        return _Fetched("error", error=f"more than {MAX_REDIRECTS} redirects")
    except httpx.ConnectError as exc:
        return _Fetched("error", error=_connect_reason(exc))
    except httpx.TimeoutException:
        return _Fetched("error", error=f"timed out after {settings.timeout:g} s")
    except httpx.HTTPError as exc:
        return _Fetched("error", error=f"network error: {type(exc).__name__}: {exc}"[:300])
    except OSError as exc:
        return _Fetched("error", error=f"cannot read {feed.url}: {exc.strerror or exc}")


async def _fetch_http(client: httpx.AsyncClient, url: str, state: dict, max_bytes: int) -> _Fetched:
    headers = {}
    if state.get("etag"):
        headers["If-None-Match"] = state["etag"]
    if state.get("last_modified"):
        headers["If-Modified-Since"] = state["last_modified"]
    async with client.stream("GET", url, headers=headers) as response:
        if response.status_code == 304:
            return _Fetched(
                "not_modified",
                http_status=304,
                etag=response.headers.get("etag") or state.get("etag"),
                last_modified=response.headers.get("last-modified") or state.get("last_modified"),
            )
        if response.status_code >= 400:
            reason = response.reason_phrase or ""
            return _Fetched(
                "error",
                http_status=response.status_code,
                error=f"HTTP {response.status_code} {reason}".strip(),
            )
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FeedTooLarge
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise FeedTooLarge
            chunks.append(chunk)
        return _Fetched(
            "ok",
            body=b"".join(chunks),
            content_type=response.headers.get("content-type"),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
            http_status=response.status_code,
        )


def _read_local(url: str, max_bytes: int) -> _Fetched:
    """A `file://` URL or a path: read from disk with the same size cap."""
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else Path(url)
    with path.open("rb") as handle:
        body = handle.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise FeedTooLarge
    return _Fetched("ok", body=body)


def _connect_reason(exc: httpx.ConnectError) -> str:
    """Walk the exception chain for the cause a person recognises."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused (is the server up?)"
        if isinstance(cause, socket.gaierror):
            return "host not found (DNS lookup failed)"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: {cause}"[:300]
        cause = cause.__cause__ or cause.__context__
    return f"cannot connect: {exc}"[:300]


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"

"""A poll: every feed fetched (tui.poller), parsed, filtered, tagged and stored in short
transactions, then the timeline of the touched days rebuilt (tui.pipeline).

The loop that was in poller.py: the poller now only fetches.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TypedDict, TypeVar, Unpack

import httpx

from tui import fulltext, poller
from tui.config import Config, FeedConfig, Settings
from tui.errors import StoreError
from tui.lifecycle import die_with_parent
from tui.parse import NotAFeedError, parse_feed
from tui.pipeline import (
    keep_profile,
    profile_for,
    rebuild_timeline,
    tag_parsed_items,
    tagger_for,
)
from tui.poller import (
    _ACCEPT,
    MAX_REDIRECTS,
    USER_AGENT,
    _deferred,
    _fetch,
    feed_headers,
)
from tui.profile import Profile
from tui.records import ParsedFeed, ParsedItem, Tag
from tui.store import Store, utc_now
from tui.store.db import is_busy, is_disk_trouble, sqlite_cause

ProgressCallback = Callable[["FeedOutcome", int, int], None]
COMMIT_EVERY = 0.1  # seconds: the most a batch holds the write lock (plus one feed's write)
LOCK_WAIT_S = 300.0  # how long a poll waits for another writer before it gives up
NOTICE_AFTER_S = 2.0  # ... and when it says that it is waiting


@dataclass(slots=True)
class FeedOutcome:
    """How one feed's poll went: what the progress line and the summary print."""

    feed: FeedConfig
    status: str = "ok"  # ok | not_modified | error (the feeds.last_status values) | deferred
    # (deferred: not fetched, the server's Retry-After has not passed; `error` says until when)
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
    full_texts: int = 0  # article pages fetched and stored (full_text feeds)
    full_text_failures: int = 0  # article pages that failed: the summary stays


@dataclass(slots=True)
class PollReport:
    """The whole run: one outcome per feed, and the time it took."""

    outcomes: list[FeedOutcome] = field(default_factory=list)
    seconds: float = 0.0
    entries: int = 0  # timeline entries written for the days this poll touched
    longest_write: float = 0.0  # seconds: the longest any write transaction held the lock

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


NoticeCallback = Callable[[str], None]


T = TypeVar("T")


class PollOptions(TypedDict, total=False):
    """The keyword options of `poll_async`, for `poll` to pass on unchanged."""

    on_feed: ProgressCallback | None
    parallel: bool | None
    feeds: list[FeedConfig] | None
    on_notice: NoticeCallback | None


def poll(config: Config, store: Store, **options: Unpack[PollOptions]) -> PollReport:
    """Poll the configured feeds once (blocking); see `poll_async`."""
    return asyncio.run(poll_async(config, store, **options))


async def poll_async(
    config: Config,
    store: Store,
    *,
    on_feed: ProgressCallback | None = None,
    parallel: bool | None = None,
    feeds: list[FeedConfig] | None = None,
    on_notice: NoticeCallback | None = None,
) -> PollReport:
    """Fetch, parse and ingest every feed; failures are recorded per feed, never raised.

    `parallel` parses in worker processes (default: when there are several feeds and
    more than one core). `on_feed` hears of each feed once its writes are committed;
    `on_notice` of waits for another writer. Only a database failure other than a full
    disk stops the run, as a StoreError (a lock held longer than LOCK_WAIT_S included).
    """
    started = time.perf_counter()
    store.longest_write = 0.0
    settings = config.settings
    targets = list(feeds if feeds is not None else config.feeds)
    notice = on_notice or (lambda _message: None)
    _retry_busy(store, lambda: store.sync_feeds(list(config.feeds)), notice)
    report = PollReport()
    if not targets:
        return report
    profile_path = str(settings.profile)
    loop = asyncio.get_running_loop()
    # The profile is checked (loaded: every pattern compiled once) before any feed writes,
    # so a bad profile stops the poll before anything of it is stored; a feed awaits
    # `profile_checked`. Only a poll that tags or rebuilds needs the Profile itself.
    profile_checked: asyncio.Future[None] = loop.create_future()

    def check_here() -> None:
        """Load the profile in this process (raising its error in every feed awaiting it)."""
        if not profile_checked.done():
            try:
                profile_for(profile_path)
            except Exception as exc:  # a bad profile: every feed that awaits it fails
                profile_checked.set_exception(exc)
            else:
                profile_checked.set_result(None)

    if parallel is None:
        parallel = len(targets) > 2 and (os.cpu_count() or 1) > 1
    executor: Executor | None = None
    checker: Executor | None = None
    if parallel:
        import multiprocessing

        # With a second core the check runs there, in a forked process of its own, while
        # this one sends the requests and reads the answers (0.1-0.4 s of CPU that a warm
        # poll spent in this thread, holding up every answer). It sends the loaded profile
        # back (unpickled in ~1 ms), for the tagger and the rebuild; a profile it could not
        # load is loaded here, which raises the same error as before.
        checker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
        checking = loop.run_in_executor(checker, _load_profile_or_none, profile_path)

        def checked(done: asyncio.Future[Profile | None]) -> None:
            loaded = None if done.cancelled() or done.exception() else done.result()
            if loaded is None:
                check_here()
            else:
                keep_profile(profile_path, loaded)
                if not profile_checked.done():
                    profile_checked.set_result(None)

        checking.add_done_callback(checked)
        executor = ProcessPoolExecutor(
            max_workers=min(os.cpu_count() or 1, 4),
            mp_context=multiprocessing.get_context("fork"),
            initializer=die_with_parent,  # no orphan, whatever kills this process
            initargs=(os.getpid(),),
        )
    # The tagger is compiled here once, in a thread, before the first body goes to the
    # pool: the workers fork at that first submit and inherit it (each compiling its own
    # cost ~0.3 s of CPU); a poll where nothing changed never compiles it.
    compiled: asyncio.Future[object] | None = None

    async def tagger_ready() -> None:
        nonlocal compiled
        if compiled is None:
            await profile_checked  # then the tagger's thread finds the profile loaded
            if compiled is None:
                compiled = asyncio.ensure_future(asyncio.to_thread(tagger_for, profile_path))
        await compiled

    semaphore = asyncio.Semaphore(settings.concurrency)
    per_origin = min(settings.concurrency, poller.PER_ORIGIN)
    feed_origins: dict[tuple[str, str, int | None], asyncio.Semaphore] = {}
    tag_dates: set[str] = set()
    hosts = fulltext.HostLimits()
    limits = httpx.Limits(max_connections=settings.concurrency * 2)
    async with httpx.AsyncClient(
        verify=poller.tls_verify(),
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.timeout),
        limits=limits,
    ) as client:

        async def one(feed: FeedConfig) -> FeedOutcome:
            feed_started = time.perf_counter()
            waiting = store.retry_after(feed.url)
            if waiting and waiting > utc_now():
                outcome = FeedOutcome(feed=feed, status="deferred", error=_deferred(waiting))
                report.outcomes.append(outcome)
                if on_feed is not None:
                    on_feed(outcome, len(report.outcomes), len(targets))
                return outcome
            key = poller.origin(feed.url)
            gate = feed_origins.get(key)
            if gate is None:
                gate = feed_origins[key] = asyncio.Semaphore(per_origin)
            async with gate, semaphore:  # the origin's turn first: no global slot held waiting
                state = store.feed_state(feed.url) or {}
                fetched = await _fetch(client, feed, state, settings)
            await profile_checked  # raises a bad profile's error in every feed: nothing written
            outcome = FeedOutcome(feed=feed, http_status=fetched.http_status)
            polled = utc_now()
            to_store: tuple[ParsedFeed, int, list[list[Tag]], str] | None = None
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
                            await tagger_ready()
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
                        to_store = (parsed, skipped, tags, body_hash)

            def write() -> None:
                """This feed's writes (again alone if its batch is lost to a full disk)."""
                if fetched.retry_after or waiting:
                    store.set_retry_after(feed.url, fetched.retry_after)
                if to_store is not None:
                    parsed, skipped, tags, body_hash = to_store
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
                elif fetched.status == "not_modified":
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

            await batch.ready()  # the write lock (waits while another program writes)
            redo: Callable[[], None] | None = write
            try:
                write()
            except StoreError as exc:
                if not is_disk_trouble(exc):
                    raise
                batch.failed(exc)  # a full disk: the rest of its batch is tried alone
                not_stored(outcome, exc)
                redo = None
            if feed.full_text and redo is not None and (outcome.new_ids or outcome.changed_ids):
                # the article pages of the new items, fetched once each and tagged; a busy
                # or full database keeps the summaries (the pages are tried next poll)
                try:
                    tag_dates.update(
                        await _add_full_texts(
                            client, store, feed, settings, hosts, profile_path, outcome, executor
                        )
                    )
                except StoreError as exc:
                    if not (is_busy(exc) or is_disk_trouble(exc)):
                        raise
                    outcome.full_texts = 0
                    outcome.problem = f"full texts not stored: {exc}"
            outcome.seconds = time.perf_counter() - feed_started
            batch.add(outcome, redo)
            return outcome

        def deliver(outcome: FeedOutcome) -> None:
            """A feed's outcome, once what it wrote is committed (or known lost)."""
            report.outcomes.append(outcome)
            if on_feed is not None:
                on_feed(outcome, len(report.outcomes), len(targets))

        batch = _WriteBatch(store, loop, deliver, notice)
        tasks = [asyncio.ensure_future(one(feed)) for feed in targets]
        if checker is None:
            # Once the first requests are out, in this thread while they wait for their
            # answers: in a thread of its own it took the GIL from the first request's
            # set-up (httpcore imports its anyio backend there, ~0.1 s), then from the
            # answers, and the first round took twice as long.
            loop.call_soon(check_here)  # after each feed's first step: its request is out
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
                # waits for a parse already running, then for the workers to exit: an
                # unjoined pool's exit hook can fail at interpreter exit (EBADF traceback
                # after a SIGTERM) and its workers would outlive the poll briefly
                executor.shutdown(wait=True, cancel_futures=True)
            if checker is not None:
                checker.shutdown(wait=True, cancel_futures=True)
    await profile_checked
    if tag_dates:  # a poll that stored no tag rebuilds nothing: no profile, no timeline import
        profile = profile_for(profile_path)
        report.entries = _retry_busy(
            store, lambda: rebuild_timeline(store, profile, tag_dates), notice
        )
    report.seconds = time.perf_counter() - started
    report.longest_write = store.longest_write
    return report


def _load_profile_or_none(profile_path: str) -> Profile | None:
    """In the checker process: the loaded profile, or None if it does not load (the poll
    then loads it itself, raising the error where the user sees it)."""
    try:
        return profile_for(profile_path)
    except Exception:
        return None


def not_stored(outcome: FeedOutcome, error: BaseException) -> None:
    """Turn an outcome into a failure: its items were fetched but could not be stored."""
    cause = sqlite_cause(error)
    reason = str(cause) if cause is not None else str(error)
    outcome.status = "error"
    outcome.error = f"not stored: {reason}"
    outcome.new = outcome.updated = 0
    outcome.new_ids = outcome.changed_ids = ()


def _retry_busy(store: Store, write: Callable[[], T], notice: NoticeCallback) -> T:
    """Run a write (its own transaction), again while another program holds the lock."""
    waited, delay, told = 0.0, 0.05, False
    started = time.monotonic()
    while True:
        try:
            with store.busy_timeout(500):
                return write()
        except StoreError as exc:
            waited = time.monotonic() - started
            if not is_busy(exc) or waited >= LOCK_WAIT_S:
                raise
        if waited >= NOTICE_AFTER_S and not told:
            notice("the database is busy (another poll or program is writing); waiting")
            told = True
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


class _WriteBatch:
    """Groups the poll's writes into short transactions of at most COMMIT_EVERY seconds.

    `Store.ingest` and `Store.record_poll` nest inside as savepoints, so each feed's
    writes still land or roll back whole; a hundred feeds cost a few commits (and FTS
    segment merges) instead of a hundred. A batch begins only when a feed has something
    to write, taking the write lock first (so no other writer's commit can make it fail),
    and ends COMMIT_EVERY seconds later, between event-loop steps: another poll gets the
    lock in between. Outcomes are delivered when their batch is committed.
    """

    def __init__(
        self,
        store: Store,
        loop: asyncio.AbstractEventLoop,
        deliver: Callable[[FeedOutcome], None],
        notice: NoticeCallback,
    ) -> None:
        self.store, self.loop, self.deliver, self.notice = store, loop, deliver, notice
        self.timer: asyncio.TimerHandle | None = None
        self.pending: list[tuple[FeedOutcome, Callable[[], None]]] = []
        self.error: StoreError | None = None  # a failed commit, raised by close()
        self.lock_waits: list[float] = []  # seconds each wait for the lock took

    async def ready(self) -> None:
        """Hold the write lock for this batch, waiting (bounded) while another writer has it."""
        if self.store.in_transaction:
            return
        waited, delay, told = 0.0, 0.02, False
        started = time.monotonic()
        while (error := self.store.begin_batch(busy_timeout_ms=100)) is not None:
            waited = time.monotonic() - started
            if not is_busy(error):
                raise error
            if waited >= LOCK_WAIT_S:
                raise StoreError(
                    f"{error}; the write lock stayed taken for {LOCK_WAIT_S:.0f} s"
                ) from error
            if waited >= NOTICE_AFTER_S and not told:
                self.notice("the database is busy (another poll or program is writing); waiting")
                told = True
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)
            if self.store.in_transaction:  # another feed's wait ended first: its batch
                return
        self.lock_waits.append(time.monotonic() - started)
        self.timer = self.loop.call_later(COMMIT_EVERY, self.commit)

    def add(self, outcome: FeedOutcome, write: Callable[[], None] | None) -> None:
        """An outcome whose writes (`write`) are in the open batch, or that wrote nothing."""
        if self.store.in_transaction and write is not None:
            self.pending.append((outcome, write))
            # The timer runs late when the event loop is busy, and a reader would wait for
            # every feed written meanwhile: past COMMIT_EVERY the batch ends here, so the
            # lock is held about COMMIT_EVERY plus one feed's write.
            if self.store.write_held() >= COMMIT_EVERY:
                self.commit()
        else:
            self.deliver(outcome)

    def failed(self, error: BaseException) -> None:
        """A write failed on a full or failing disk: if SQLite rolled the whole batch back,
        the batch's other feeds are written again one by one."""
        if not self.store.in_transaction:
            self._end(error)

    def commit(self) -> None:
        """End the batch: commit, then deliver its outcomes (as failures if it failed).

        Called by the timer between event-loop steps: a failure other than a full disk
        is kept for `close` to raise.
        """
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        error = self.store.end_batch(commit=True, begin=False)
        self._end(error)
        if error is not None and not is_disk_trouble(error) and self.error is None:
            self.error = error

    def close(self, *, commit: bool = True) -> None:
        """Commit (or roll back) what is pending; raise a failed commit as a StoreError."""
        if commit:
            self.commit()
            error, self.error = self.error, None
            if error is not None:
                raise error
            return
        if self.timer is not None:
            self.timer.cancel()
        self.store.end_batch(commit=False, begin=False)
        self.pending = []

    def _end(self, error: BaseException | None) -> None:
        """Deliver the batch's outcomes; after a failed batch, each feed is written again
        in a transaction of its own (what fits on the disk is kept), else not stored."""
        pending, self.pending = self.pending, []
        for outcome, write in pending:
            if error is not None:
                try:
                    write()
                except StoreError as again:
                    if not is_disk_trouble(again):
                        raise
                    not_stored(outcome, again)
            self.deliver(outcome)


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


async def _add_full_texts(
    client: httpx.AsyncClient,
    store: Store,
    feed: FeedConfig,
    settings: Settings,
    hosts: fulltext.HostLimits,
    profile_path: str,
    outcome: FeedOutcome,
    executor: Executor | None,
) -> frozenset[str]:
    """Fetch the article pages of a full-text feed's new items, once each; tag the text.

    Changed items that already have a full text are tagged from it again (their
    summary's tags, just written, would otherwise replace the article's). Returns the
    event dates whose timeline must be rebuilt.
    """
    wanted = store.full_text_wanted(list(outcome.new_ids))
    headers = feed_headers(feed)
    results = await asyncio.gather(
        *(
            fulltext.fetch_full_text(
                client,
                item_id,
                link,
                hosts=hosts,
                timeout=settings.timeout,
                max_bytes=settings.max_bytes,
                headers=headers,
            )
            for item_id, link in wanted
        )
    )
    fetched = utc_now()
    dates = store.save_full_texts(results, {}, fetched=fetched)
    outcome.full_texts = sum(1 for r in results if r.text)
    outcome.full_text_failures = len(results) - outcome.full_texts
    to_tag = [r.item_id for r in results if r.text] + list(outcome.changed_ids)
    rows = store.full_text_rows(to_tag)
    if not rows:
        return dates
    loop = asyncio.get_running_loop()
    try:
        tags = await loop.run_in_executor(executor, fulltext.tag_full_texts, profile_path, rows)
    except Exception as exc:  # a tagger crash on an article is this feed's problem only
        outcome.problem = f"full texts not tagged: {type(exc).__name__}: {exc}"[:300]
        return dates
    return dates | store.save_full_texts([], tags, fetched=fetched)

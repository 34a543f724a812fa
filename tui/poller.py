"""Fetching every feed concurrently and ingesting what changed.

Fetching is async (httpx), parsing is CPU-bound and runs in worker processes when there
is enough of it, and writes happen in this thread, each feed's in a savepoint of a short
batch transaction, so one feed's failure never touches another's items.

Another poll (or any program) may be writing the same database: a batch takes the write
lock when it begins and keeps it at most COMMIT_EVERY seconds; while another holds it the
poll waits between event-loop steps (fetching goes on) for up to LOCK_WAIT_S, saying so
after NOTICE_AFTER_S. A feed is reported (progress line, summary) only once its batch is
committed; a full disk turns the feeds of a failed batch into "not stored" failures.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from tui import __version__
from tui.config import FeedConfig, Settings
from tui.download import read_capped

USER_AGENT = f"conflict-tui/{__version__} (terminal feed reader; +python-httpx)"

try:  # httpcore tries `import sniffio` on every request; when it is not installed each try
    import sniffio  # noqa: F401  searches sys.path again (~70 us, ~7 tries per feed)
except ImportError:
    sys.modules["sniffio"] = None  # type: ignore[assignment]  # now it fails at once


def _build_tls_context() -> Future[ssl.SSLContext]:
    """httpx's verifying TLS context (certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR),
    built in a thread from the moment this module is imported.

    Loading the roots takes 30-100 ms, in OpenSSL with the GIL released, so it overlaps
    the rest of start-up (imports, feeds.toml, the database) instead of stalling the
    poll's first request when the client is made.
    """
    future: Future[ssl.SSLContext] = Future()

    def build() -> None:
        try:
            future.set_result(httpx.create_ssl_context())
        except BaseException as exc:  # the client then builds its own, raising its own error
            future.set_exception(exc)

    # not a daemon: a short command (`init`, `feeds`) would end while OpenSSL still
    # loads the roots in it, and the interpreter crashes tearing it down
    threading.Thread(target=build, name="tls-context", daemon=False).start()
    return future


_TLS_CONTEXT = _build_tls_context()


def tls_verify() -> ssl.SSLContext | bool:
    """What the poll's client verifies certificates with: the context built at import, or
    True (httpx builds the same itself) if building it failed."""
    try:
        return _TLS_CONTEXT.result()
    except Exception:
        return True


MAX_REDIRECTS = 5
RETRY_BACKOFF = 0.5  # seconds before the one retry of a reset connection or a 5xx
MAX_RETRY_AFTER = timedelta(days=1)  # a longer Retry-After is read as one day
# Sent once after a 403: some CDNs refuse any agent they do not know.
BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
# At most this many feed requests in flight to one origin (scheme, host, port: what an
# HTTP connection pool, httpx's included, keys its connections by), under the global cap
# `concurrency` (64 by default): with answers taking ~100 ms, 100 feeds from many sites
# take two rounds, and no site gets more than a browser-tab's worth of parallel requests.
PER_ORIGIN = 16
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int | None]:
    """The (scheme, host, port) a request to `url` goes to: the per-origin limit's key.

    Host lower-cased and the default port filled in, so `HTTP://Example.org/a` and
    `http://example.org:80/b` share one limit; a local path is ("", "", None).
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # a malformed port: the fetch fails with its own reason
        port = None
    return scheme, (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(scheme)


@dataclass(slots=True)
class _Fetched:
    status: str  # "ok" (a body to parse) | "not_modified" | "error"
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    http_status: int | None = None
    error: str | None = None
    retry_after: str | None = None  # UTC ISO 8601: a 429/503 asked us to wait until then


class FeedTooLarge(Exception):
    """The body grew past the size cap while streaming."""


_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)


async def _fetch(
    client: httpx.AsyncClient, feed: FeedConfig, state: dict, settings: Settings
) -> _Fetched:
    """Fetch one feed's body, turning every failure into a one-line reason."""
    try:
        async with asyncio.timeout(settings.timeout):
            if feed.url.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
                return await _fetch_politely(client, feed, state, settings.max_bytes)
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


def feed_headers(feed: FeedConfig) -> dict[str, str]:
    """The feed's own request headers (`headers`, then `user_agent`) over the defaults."""
    headers = dict(feed.headers)
    if feed.user_agent:
        headers["User-Agent"] = feed.user_agent
    return headers


async def _fetch_politely(
    client: httpx.AsyncClient, feed: FeedConfig, state: dict, max_bytes: int
) -> _Fetched:
    """One fetch with the feed's headers, and the second chances a polite client gives.

    A reset or refused connection and a 5xx (without Retry-After) are tried once more
    after RETRY_BACKOFF seconds; a 403 once more with a plain browser User-Agent; a
    429 or 503 with Retry-After is not retried but remembered (`_Fetched.retry_after`).
    The feed's timeout covers both tries.
    """
    headers = feed_headers(feed)
    try:
        fetched = await _fetch_http(client, feed.url, state, max_bytes, headers)
    except (httpx.ConnectError, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError):
        await asyncio.sleep(RETRY_BACKOFF)
        return await _fetch_http(client, feed.url, state, max_bytes, headers)
    status = fetched.http_status or 0
    if status >= 500 and not fetched.retry_after:
        await asyncio.sleep(RETRY_BACKOFF)
        return await _fetch_http(client, feed.url, state, max_bytes, headers)
    if status == 403:
        browser = {**headers, "User-Agent": BROWSER_USER_AGENT}
        return await _fetch_http(client, feed.url, state, max_bytes, browser)
    return fetched


def retry_after_time(value: str | None, now: datetime | None = None) -> str | None:
    """A Retry-After header (seconds or an HTTP date) as UTC ISO 8601, at most a day ahead."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    value = value.strip()
    if value.isdigit():
        until = now + min(timedelta(seconds=int(value)), MAX_RETRY_AFTER)
    else:
        try:
            until = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if until.tzinfo is None:
            until = until.replace(tzinfo=UTC)
        until = min(until, now + MAX_RETRY_AFTER)
    if until <= now:
        return None
    return until.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _deferred(until: str) -> str:
    return f"skipped until {until[:16].replace('T', ' ')} UTC (the server asked: Retry-After)"


async def _fetch_http(
    client: httpx.AsyncClient,
    url: str,
    state: dict,
    max_bytes: int,
    extra_headers: dict[str, str] | None = None,
) -> _Fetched:
    headers = dict(extra_headers or {})
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
            error = f"HTTP {response.status_code} {reason}".strip()
            retry_after = None
            if response.status_code in (429, 503):
                retry_after = retry_after_time(response.headers.get("retry-after"))
                if retry_after:
                    error += "; " + _deferred(retry_after)
            return _Fetched(
                "error", http_status=response.status_code, error=error, retry_after=retry_after
            )
        body = await read_capped(response, max_bytes, FeedTooLarge)
        return _Fetched(
            "ok",
            body=body,
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

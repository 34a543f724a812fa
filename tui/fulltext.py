"""Full text of summary-only feeds: each new item's article page, its main text only.

A feed with `full_text = true` gives one or two sentences per item; the tagger, search
and the reader then see only that. For each new item of such a feed the poller fetches
the article page once, under the feed's own limits (http(s) only, the size cap and the
timeout of feeds, at most `PER_HOST` requests at a time to one host), and trafilatura
keeps the article's main text: menus, cookie notices, footers and related links stay out.
A failure keeps the summary and says why, in `items.full_text_error`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

import httpx

from tui.download import read_capped
from tui.records import Tag
from tui.sanitize import clean_line, clean_text
from tui.store import FullTextResult

PER_HOST = 2
MAX_TEXT_CHARS = 100_000  # as a feed item's text (tui.parse)
MIN_TEXT_CHARS = 80  # less than this is a teaser or an error page, not an article
ARTICLE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


class PageTooLarge(Exception):
    """The page grew past the size cap while streaming."""


class HostLimits:
    """At most `per_host` requests at a time to one host, for one poll."""

    def __init__(self, per_host: int = PER_HOST) -> None:
        self.per_host = per_host
        self._slots: dict[str, asyncio.Semaphore] = {}

    def slot(self, host: str) -> asyncio.Semaphore:
        found = self._slots.get(host)
        if found is None:
            found = self._slots[host] = asyncio.Semaphore(self.per_host)
        return found


async def fetch_full_text(
    client: httpx.AsyncClient,
    item_id: str,
    link: str | None,
    *,
    hosts: HostLimits,
    timeout: float,
    max_bytes: int,
    headers: Mapping[str, str] | None = None,
) -> FullTextResult:
    """Fetch one article page and extract its main text; every failure becomes a reason."""
    parts = urlsplit(link or "")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return FullTextResult(item_id, error="no http(s) link to an article page")
    async with hosts.slot(parts.netloc.lower()):
        try:
            async with asyncio.timeout(timeout):
                status, reason, kind, body = await _download(
                    client, link or "", max_bytes, headers or {}
                )
        except TimeoutError:
            return FullTextResult(item_id, error=f"timed out after {timeout:g} s")
        except PageTooLarge:
            return FullTextResult(
                item_id, error=f"larger than the {max_bytes / 1_000_000:g} MB cap"
            )
        except httpx.TooManyRedirects:
            return FullTextResult(item_id, error="too many redirects")
        except httpx.TimeoutException:
            return FullTextResult(item_id, error=f"timed out after {timeout:g} s")
        except httpx.HTTPError as exc:
            message = f"network error: {type(exc).__name__}: {exc}"
            return FullTextResult(item_id, error=clean_line(message)[:300])
    if status >= 400:
        return FullTextResult(item_id, error=f"HTTP {status} {reason}".strip())
    if kind and "html" not in kind and "xml" not in kind:
        return FullTextResult(item_id, error=f"not an HTML page ({clean_line(kind)[:60]})")
    text = await asyncio.to_thread(extract_main_text, body)
    if len(text) < MIN_TEXT_CHARS:
        return FullTextResult(item_id, error="no article text found on the page")
    return FullTextResult(item_id, text=text)


async def _download(
    client: httpx.AsyncClient, url: str, max_bytes: int, headers: Mapping[str, str]
) -> tuple[int, str, str, bytes]:
    request_headers = {"Accept": ARTICLE_ACCEPT, **headers}
    async with client.stream("GET", url, headers=request_headers) as response:
        if response.status_code >= 400:
            return response.status_code, response.reason_phrase or "", "", b""
        body = await read_capped(response, max_bytes, PageTooLarge)
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        return response.status_code, response.reason_phrase or "", kind, body


def extract_main_text(page: bytes | str) -> str:
    """The article's main text as plain paragraphs ('' when there is none).

    trafilatura drops navigation, cookie notices, footers, comments and tables; the
    text is cleaned like feed text (no control or bidi characters) and capped.
    """
    import trafilatura  # ~0.15 s to import: only polls of full-text feeds pay for it

    try:
        text = trafilatura.extract(
            page,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            favor_precision=True,
        )
    except Exception:  # a page that breaks the extractor is a page without text
        return ""
    return clean_text(text)[:MAX_TEXT_CHARS]


def tag_full_texts(
    profile_path: str, rows: Sequence[tuple[str, str, str, str | None]]
) -> dict[str, list[Tag]]:
    """Tag (id, title, full text, known date) rows: the tagger reads the whole article."""
    from tui.pipeline import tagger_for

    tagger = tagger_for(profile_path)
    return {item: tagger.tag(title, text, published) for item, title, text, published in rows}

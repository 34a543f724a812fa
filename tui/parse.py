"""Feed bytes -> safe `ParsedItem` records, through feedparser.

HTML is turned into plain text here rather than sanitised, because nothing downstream
ever renders HTML; skipping feedparser's sanitiser is also what makes a cold poll fast.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import time
from typing import Any
from xml.sax import expatreader

import feedparser
import feedparser.api
from feedparser.datetimes import _parse_date

from tui import zones
from tui.records import ParsedFeed, ParsedItem
from tui.sanitize import clean_line, html_to_text, safe_link, stored_line, stored_text

zones.register()  # EEST, MSK, AZT, ... read as their offsets, not as UTC


class _BufferedExpatReader(expatreader.ExpatParser):
    """Python's expat SAX reader with `buffer_text` on, as feedparser's XML reader.

    Unbuffered, expat hands feedparser a text node in pieces, one at every entity (an
    escaped HTML description, ``&lt;p&gt;...``, comes as dozens of calls, each through
    feedparser's Python handlers); buffered, as one. feedparser joins the pieces all the
    same, so its result is unchanged (a test compares both readers on every fixture and
    demo feed), and parsing costs ~12 % less.
    """

    def reset(self) -> None:
        super().reset()
        self._parser.buffer_text = True


def create_parser(*args: Any, **kwargs: Any) -> expatreader.ExpatParser:
    """The SAX driver entry point: `xml.sax.make_parser` imports this module by name (it
    is first in feedparser's list of drivers) and calls it for each parse."""
    return _BufferedExpatReader(*args, **kwargs)


XML_DRIVER = __name__
if XML_DRIVER not in feedparser.api.PREFERRED_XML_PARSERS:
    feedparser.api.PREFERRED_XML_PARSERS.insert(0, XML_DRIVER)

MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 100_000


class NotAFeedError(ValueError):
    """The body parsed to nothing a feed reader can use."""


def parse_feed(data: bytes, *, content_type: str | None = None) -> ParsedFeed:
    """Parse one feed body; a bad entry is skipped and counted, a non-feed raises.

    A "bozo" feed (malformed XML) that still yields entries is used, and its problem
    is returned so the poller can record it.
    """
    if _looks_like_json_feed(data, content_type):
        return parse_json_feed(data)
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(
        data, sanitize_html=False, resolve_relative_uris=False, response_headers=headers
    )
    entries = parsed.get("entries") or []
    problem = None
    if parsed.get("bozo"):
        problem = _bozo_reason(parsed.get("bozo_exception"))
    if not entries and not parsed.get("version"):
        raise NotAFeedError(_not_a_feed_reason(data, problem))
    items: list[ParsedItem] = []
    skipped = 0
    for entry in entries:
        try:
            item = parse_entry(entry)
        except Exception:  # one malformed entry must not cost the rest of the feed
            skipped += 1
            continue
        if item is None:
            skipped += 1
        else:
            items.append(item)
    title = clean_line(html_to_text(parsed.get("feed", {}).get("title", "")))[:MAX_TITLE_CHARS]
    return ParsedFeed(title=title, items=tuple(items), skipped_entries=skipped, problem=problem)


def parse_entry(entry: Any) -> ParsedItem | None:
    """One feedparser entry -> ParsedItem, or None when it has nothing to show."""
    # stored_*: no markup survives even nested CDATA or double escaping (issue 16), and
    # the tagger sees the text exactly as the store keeps it
    title = stored_line(entry.get("title", ""))[:MAX_TITLE_CHARS]
    text = stored_text(_best_text(entry))[:MAX_TEXT_CHARS]
    link = safe_link(entry.get("link"))
    guid = clean_line(entry.get("id") or "")[:2_000] or None
    if not title and not text:
        return None
    if not title:
        title = clean_line(text[:120])
    published = _utc_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    digest = hashlib.sha1(
        "\0".join((title, text, link or "", published or "")).encode("utf-8", "surrogatepass")
    ).hexdigest()
    return ParsedItem(
        guid=guid, link=link, title=title, text=text, published=published, content_hash=digest
    )


def _looks_like_json_feed(data: bytes, content_type: str | None) -> bool:
    """A JSON Feed by its media type, or by a body that starts as a JSON object."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("application/feed+json", "application/json"):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org" in data[:4096]


def parse_json_feed(data: bytes) -> ParsedFeed:
    """A JSON Feed (https://jsonfeed.org/version/1.1, and 1.0) -> the same records as RSS.

    `content_html` or `content_text` (the longer) is the text, else `summary`; `id` is the
    guid; `date_published`, else `date_modified`, the date.
    """
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotAFeedError(f"not a JSON Feed: {clean_line(str(exc))[:200]}") from None
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise NotAFeedError("not a JSON Feed (no items list)")
    items: list[ParsedItem] = []
    skipped = 0
    for raw in document["items"]:
        try:
            item = _json_item(raw)
        except Exception:  # one malformed item must not cost the rest of the feed
            item = None
        if item is None:
            skipped += 1
        else:
            items.append(item)
    title = document.get("title")
    title = clean_line(html_to_text(title if isinstance(title, str) else ""))[:MAX_TITLE_CHARS]
    return ParsedFeed(title=title, items=tuple(items), skipped_entries=skipped)


def _json_item(raw: Any) -> ParsedItem | None:
    if not isinstance(raw, dict):
        return None

    def text_of(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) else ""

    body = max((text_of("content_html"), text_of("content_text")), key=len)
    entry = {
        "title": text_of("title"),
        "summary": body or text_of("summary"),
        "link": text_of("url") or text_of("external_url") or None,
        "id": str(raw["id"]) if isinstance(raw.get("id"), str | int) else None,
        "published_parsed": _parse_date(text_of("date_published") or text_of("date_modified")),
    }
    return parse_entry(entry)


def item_id(feed_url: str, guid: str | None, link: str | None, title: str, published: str) -> str:
    """A stable id for an item: (feed, guid), else (feed, link), else (feed, title, date).

    Stable across polls so that read and starred marks stick to the same row. The one
    definition: the store keys rows by it, and nothing else computes it.
    """
    if guid:
        basis = f"guid\0{feed_url}\0{guid}"
    elif link:
        basis = f"link\0{feed_url}\0{link}"
    else:
        basis = f"title\0{feed_url}\0{title}\0{published}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def parsed_item_id(feed_url: str, item: ParsedItem) -> str:
    """The id a parsed item of this feed is stored under."""
    return item_id(feed_url, item.guid, item.link, item.title, item.published or "")


def _best_text(entry: Any) -> str:
    """The fullest text the entry offers: content beats summary when it is longer."""
    summary = entry.get("summary") or ""
    contents = entry.get("content") or []
    best = summary
    for content in contents:
        value = content.get("value") or ""
        if len(value) > len(best):
            best = value
    return best


def _utc_iso(parsed_time: time.struct_time | None) -> str | None:
    if not parsed_time:
        return None
    try:
        seconds = calendar.timegm(parsed_time)
    except (TypeError, ValueError, OverflowError):
        return None
    if not 0 <= seconds < 4_102_444_800:  # 1970 .. 2100: anything else is a broken date
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _bozo_reason(exc: Any) -> str:
    if exc is None:
        return "malformed feed"
    message = clean_line(str(exc)) or type(exc).__name__
    return f"malformed feed: {message}"[:300]


def _not_a_feed_reason(data: bytes, problem: str | None) -> str:
    head = data[:2048].lstrip().lower()
    if not head:
        return "empty response, not a feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page, not a feed (is the URL the site's RSS/Atom address?)"
    return f"not an RSS or Atom feed ({problem or 'no entries found'})"

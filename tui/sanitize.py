"""Make hostile feed text safe to store, show and export.

Feeds carry terminal escape sequences, bidi overrides and `javascript:` links; all of it
is removed at ingest and again before rendering, so a bad row written by an older
version (or by hand) is still harmless on screen.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# ESC-introduced sequences (CSI, OSC, DCS, ...) first, so their payload goes with them.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks, clipboard writes
    r"|[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|[@-Z\\-_])"  # two-character sequences
)
# C0 except tab and newline, DEL, C1, and the bidi/format controls that reorder text.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

SAFE_SCHEMES = frozenset({"http", "https"})


def strip_controls(text: str) -> str:
    """Remove escape sequences and control/bidi characters, keeping tabs and newlines."""
    if not text:
        return ""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def clean_line(text: str | None) -> str:
    """One safe line: controls removed and all whitespace folded to single spaces."""
    if not text:
        return ""
    return " ".join(strip_controls(text).split())


def clean_text(text: str | None) -> str:
    """Safe multi-line text: controls removed, spaces folded, at most one blank line."""
    if not text:
        return ""
    text = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def safe_link(url: str | None) -> str | None:
    """The URL if it is an http(s) link with a host, else None (never `javascript:`)."""
    if not url:
        return None
    url = clean_line(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url


class _TextExtractor(HTMLParser):
    """Collects the text of an HTML fragment, turning block elements into line breaks."""

    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "tr",
            "table",
            "section",
            "article",
            "figure",
            "figcaption",
            "pre",
        }
    )
    _SKIP = frozenset({"script", "style", "template", "noscript", "iframe", "object", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


_LOOKS_LIKE_HTML = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z0-9]+;")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML fragment (feed descriptions), safe to store and show."""
    if not fragment:
        return ""
    if not _LOOKS_LIKE_HTML.search(fragment):
        return clean_text(fragment)
    parser = _TextExtractor()
    try:
        parser.feed(fragment)
        parser.close()
    except Exception:  # HTMLParser is lenient; this guards against the odd pathological input
        return clean_text(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    return clean_text("".join(parser.parts))


def stored_text(text: str | None) -> str:
    """Text as the store keeps it: plain, whatever layers of escaping the feed used.

    A description may hold HTML escaped twice, or CDATA nested in CDATA, so one pass of
    `html_to_text` can leave `<script>` as literal text. Passes repeat until nothing
    changes (at most four); on plain text this is `clean_text`, so it is idempotent.
    """
    if not text:
        return ""
    for _ in range(4):
        cleaned = html_to_text(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def stored_line(text: str | None) -> str:
    """One line as the store keeps it (titles, evidence): `stored_text`, folded."""
    return clean_line(stored_text(text))

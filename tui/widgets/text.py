"""Turning stored rows into display text that is only ever text.

Everything from a feed is hostile: it may hold Rich markup (`[bold]`, `[/`, `[link=...]`),
escape sequences or bidi overrides. These helpers build `rich.text.Text` objects (never
markup strings) and run `clean_line` / `clean_text` again at render time, so a bad row
written by an older version or by hand is still harmless on screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.text import Text

from tui.profile.sides import active
from tui.sanitize import clean_line, clean_text

KIND_SHORT = {
    "violation_claim": "violation",
    "truce_agreed": "truce",
    "diplomatic_call": "diplomacy",
    "territorial_change": "territory",
    "peacekeeping": "peacekeeping",
    "humanitarian": "humanitarian",
    "casualties": "casualties",
    "denial": "denial",
    "attack": "attack",
    "exchange": "exchange",
}
# Colours that read on both the dark and the light built-in themes.
KIND_STYLES = {
    "violation_claim": "bold #d04f5f",
    "attack": "bold #c0504d",
    "casualties": "bold #c0504d",
    "denial": "bold #b8962e",
    "truce_agreed": "bold #3aa37a",
    "peacekeeping": "bold #3aa37a",
    "diplomatic_call": "bold #3a8fd6",
    "exchange": "bold #2e9fa8",
    "territorial_change": "bold #b05fd0",
    "humanitarian": "bold #e0703a",
}
BADGE_WIDTH = 12  # the longest label, "peacekeeping" and "humanitarian", whole


def line(value: Any) -> str:
    """One safe line of text from anything stored."""
    return clean_line(value if isinstance(value, str) else ("" if value is None else str(value)))


def side_code(side: str | None) -> str:
    """A side's code from the active profile (`TH`)."""
    return line(active().code(side))


def side_text(side: str | None) -> Text:
    """A side as its code, in its colour."""
    sides = active()
    return Text(line(sides.code(side)), style=sides.colour(side))


def sides_summary(sides: Mapping[str, int] | None, *, compact: bool = False) -> Text:
    """`TH 3 · KH 2` (compact: `TH3 KH2`): sources per side in the profile's order, each
    code in its colour."""
    out = Text()
    if not sides:
        return out
    side_set = active()
    for position, (side, count) in enumerate(side_set.order(sides)):
        if position:
            out.append(" " if compact else " · ", style="dim")
        out.append(line(side_set.code(side)), style=side_set.colour(side))
        out.append(f"{count}" if compact else f" {count}")
    return out


def kind_badge(kind: str | None, width: int = BADGE_WIDTH) -> Text:
    """A fixed-width badge for an entry's kind."""
    raw = line(kind) or "event"
    label = KIND_SHORT.get(raw, raw.replace("_", " "))[:width]
    return Text(label.ljust(width), style=KIND_STYLES.get(raw, "bold"))


def kind_name(kind: str | None) -> str:
    return (line(kind) or "event").replace("_", " ")


def day(value: Any) -> str:
    """YYYY-MM-DD from a stored date or timestamp."""
    return line(value)[:10]


def stamp(value: Any) -> str:
    """`2020-10-10T09:30:00Z` -> `2020-10-10 09:30`."""
    text = line(value)
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]}"
    return text


def published_text(row: Mapping[str, Any], width: int | None = None, style: str = "") -> Text:
    """An item's publication time (cut and padded to `width`), or a dim `undated`.

    A guessed date (`date_guessed`: the feed gave none) is only the fetch time, so it is
    never shown as if the item had been published then.
    """
    if row.get("date_guessed"):
        label, style = "undated", "dim italic"
    else:
        label = stamp(row.get("published"))
    if width is not None:
        label = label[:width].ljust(width)
    return Text(label, style=style)


def snippet_text(snippet: Any, base_style: str = "", match_style: str = "bold reverse") -> Text:
    """An FTS snippet whose char(2)/char(3) markers become styled spans (never markup).

    The markers are split out before the text is cleaned, because cleaning strips
    control characters, the markers among them.
    """
    out = Text(style=base_style)
    raw = snippet if isinstance(snippet, str) else ""
    inside = False
    for chunk in _split_markers(raw):
        if chunk == "\x02":
            inside = True
        elif chunk == "\x03":
            inside = False
        else:
            cleaned = " ".join(clean_text(chunk).split()) if chunk.strip() else chunk
            if cleaned and chunk[:1].isspace() and not cleaned[:1].isspace():
                cleaned = " " + cleaned
            if cleaned and chunk[-1:].isspace() and not cleaned[-1:].isspace():
                cleaned += " "
            out.append(cleaned, style=match_style if inside else "")
    return out


def _split_markers(raw: str) -> Iterable[str]:
    start = 0
    for position, char in enumerate(raw):
        if char in "\x02\x03":
            if position > start:
                yield raw[start:position]
            yield char
            start = position + 1
    if start < len(raw):
        yield raw[start:]


def highlight_sentences(text: str, sentences: Iterable[str], style: str) -> Text:
    """Body text with every evidence sentence found in it highlighted."""
    body = Text(text)
    for sentence in sentences:
        needle = " ".join(line(sentence).split())
        if len(needle) < 4:
            continue
        start = text.find(needle)
        while start >= 0:
            body.stylize(style, start, start + len(needle))
            start = text.find(needle, start + len(needle))
    return body

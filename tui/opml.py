"""Feeds to and from OPML, so people move between this, Newsboat, reader or any feed reader.

Import reads an OPML file (1.0 or 2.0; flat like Newsboat's export or in folders like
most readers'), and appends the feeds that are new to a feeds.toml through tomlkit, so
the user's comments and layout stay as they were. A feed's side comes from, in order:
a `side` attribute (any namespace, e.g. `conflict:side`), a `category` naming a side (OPML 2.0:
comma-separated, slash-delimited, e.g. `/armenian` or `news/azerbaijani`), a folder
whose title is a side, the caller's default (`--side`), else `other`. A side is one of the
profile's [sides] (that of the feeds.toml imported into), named by its name or its code.

Export writes OPML 2.0 with a `category` attribute holding the side, so a round trip
through this program keeps it; other readers show it as a tag.

OPML files are untrusted: DOCTYPE and entity declarations are refused (no XML bombs),
the size is capped, and only http(s) feed URLs are imported.
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Array, Comment, Table, Whitespace

from tui.config import DEFAULT_PROFILE, FeedConfig, parse_config
from tui.errors import ConfigError, ConflictTuiError
from tui.profile.sides import SideSet, active
from tui.profile.validate import load_sides
from tui.sanitize import clean_line, safe_link

MAX_OPML_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed outline: its name, URL and the side it names (None: it does not say)."""

    name: str
    url: str
    side: str | None
    folder: str | None = None


@dataclass(slots=True)
class ImportReport:
    """What an import did: feeds added (with their side), and what it skipped and why."""

    path: Path
    added: list[FeedConfig] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    created: bool = False
    sides: SideSet = field(default_factory=active)  # the sides the feeds were checked against


# ---- reading ------------------------------------------------------------------------


def read_opml(path: str | os.PathLike[str], sides: SideSet | None = None) -> list[OpmlFeed]:
    """The feed outlines of an OPML file, in document order; ConfigError if unusable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_OPML_BYTES:
            raise ConfigError(str(path), f"OPML file too large ({size} bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "OPML file not found") from None
    except IsADirectoryError:
        raise ConfigError(str(path), "is a directory, not an OPML file") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read: {exc.strerror or exc}") from None
    return parse_opml(data, str(path), sides)


def parse_opml(
    data: bytes | str, where: str = "<opml>", sides: SideSet | None = None
) -> list[OpmlFeed]:
    """Parse OPML text; raise ConfigError naming `where` when it is not usable OPML.

    Sides are those of `sides` (default: the active profile's)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    head = raw[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in raw.lower():
        raise ConfigError(where, "not accepted: OPML with a DOCTYPE or entity declarations")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ConfigError(where, f"not valid XML: {exc}", line=line) from None
    if _local(root.tag) != "opml":
        raise ConfigError(where, f"not an OPML file (root element <{_local(root.tag)}>)")
    body = next((child for child in root if _local(child.tag) == "body"), None)
    if body is None:
        raise ConfigError(where, "not an OPML file: no <body>")
    feeds: list[OpmlFeed] = []
    _walk(body, [], feeds, sides or active())
    return feeds


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _attr(element: ET.Element, name: str) -> str | None:
    """An attribute, matched case-insensitively (`xmlUrl`, `xmlurl`, `XMLURL`)."""
    for key, value in element.attrib.items():
        if key.lower() == name.lower():
            return value
    return None


def _walk(element: ET.Element, folders: list[str], feeds: list[OpmlFeed], sides: SideSet) -> None:
    for child in element:
        if _local(child.tag) != "outline":
            continue
        url = _attr(child, "xmlUrl") or _attr(child, "url")
        name = clean_line(_attr(child, "title") or _attr(child, "text"))
        if url and (_attr(child, "xmlUrl") or (_attr(child, "type") or "").lower() == "rss"):
            url = clean_line(url)
            feeds.append(
                OpmlFeed(
                    name=name or url,
                    url=url,
                    side=_side_of(child, folders, sides),
                    folder=folders[-1] if folders else None,
                )
            )
        _walk(child, [*folders, name] if name else folders, feeds, sides)


def _side_of(outline: ET.Element, folders: list[str], sides: SideSet) -> str | None:
    """The side an outline names (a side's name or code), or None."""
    for key, value in outline.attrib.items():
        if _local(key.split(":")[-1]) == "side" and sides.resolve(value):
            return sides.resolve(value)
    category = _attr(outline, "category") or ""
    for part in category.split(","):
        for word in reversed(part.strip().strip("/").split("/")):
            if word.strip() and sides.resolve(word):
                return sides.resolve(word)
    for folder in reversed(folders):
        if folder.strip() and sides.resolve(folder):
            return sides.resolve(folder)
    return None


# ---- importing into feeds.toml ------------------------------------------------------


def import_opml(
    opml_path: str | os.PathLike[str],
    feeds_toml: str | os.PathLike[str],
    *,
    default_side: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Append the OPML file's new feeds to `feeds_toml`, keeping its comments and layout.

    URLs already in feeds.toml (or twice in the OPML) are skipped, as are non-http(s)
    ones. The file is rewritten atomically and only when something was added.
    """
    target = Path(feeds_toml)
    if target.exists():
        try:
            text = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(str(target), f"cannot read: {exc}") from None
        config = parse_config(text, target)  # a broken feeds.toml is reported, not touched
        report = ImportReport(path=target, sides=config.sides)
        known = {feed.url for feed in config.feeds}
        document = tomlkit.parse(text)
    else:
        report = ImportReport(path=target, created=True, sides=SideSet(load_sides(DEFAULT_PROFILE)))
        known = set()
        document = tomlkit.document()
        document.add(tomlkit.comment("conflict-tui feeds; see docs/feeds.md for the format"))
    if default_side is not None:
        side = report.sides.resolve(default_side)
        if side is None:
            raise ConfigError(
                "--side",
                f"{default_side!r} is not a side of the profile; its sides: "
                + report.sides.choices(),
            )
        default_side = side
    outlines = read_opml(opml_path, report.sides)
    for outline in outlines:
        url = safe_link(outline.url)
        if url is None:
            report.skipped.append((outline.url, "not an http(s) URL"))
            continue
        if url in known:
            report.skipped.append((url, "already in feeds.toml"))
            continue
        known.add(url)
        side = outline.side or default_side or "other"
        report.added.append(FeedConfig(name=outline.name or url, url=url, side=side))
    if report.added and not dry_run:
        note = f"imported from {clean_line(Path(opml_path).name)}"
        _append_feeds(document, report.added, note)
        new_text = tomlkit.dumps(document)
        parse_config(new_text, target)  # never write a feeds.toml we would refuse to load
        _write_atomically(target, new_text)
    return report


def _append_feeds(document: Any, feeds: Sequence[FeedConfig], note: str) -> None:
    """Append `[[feeds]]` tables, each after a blank line, the first under a `# note`."""
    tables = [_feed_table(feed) for feed in feeds]
    tables[0].trivia.indent = f"\n# {note}\n"
    existing = document.get("feeds")
    if existing is None:
        aot = tomlkit.aot()
        for table in tables:
            aot.append(table)
        document.append("feeds", aot)
        return
    if isinstance(existing, AoT):
        # Comments and blank lines at the end of the last table belong to what follows
        # it (a `[settings]` below, say): keep them after the new tables.
        last = existing[-1] if len(existing) else None
        moved: list[Any] = []
        if last is not None:
            body = last.value.body
            while body and body[-1][0] is None and isinstance(body[-1][1], Whitespace | Comment):
                moved.insert(0, body.pop()[1])
        for table in tables:
            existing.append(table)
        if moved and any(isinstance(item, Comment) for item in moved):
            for item in moved:
                tables[-1].value.body.append((None, item))
        elif moved:
            last.value.body.extend((None, item) for item in moved)
        return
    if isinstance(existing, Array):
        for feed in feeds:
            inline = tomlkit.inline_table()
            inline.update({"name": feed.name, "url": feed.url, "side": feed.side})
            existing.append(inline)
        return
    raise ConfigError("feeds.toml", "key 'feeds' must be an array of tables: [[feeds]]")


def _feed_table(feed: FeedConfig) -> Table:
    table = tomlkit.table()
    table.trivia.indent = "\n"
    table.add("name", feed.name)
    table.add("url", feed.url)
    table.add("side", feed.side)
    return table


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file beside it (never half a file)."""
    _write_atomically(path, text)


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with open(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
            if path.exists():
                os.chmod(temp, path.stat().st_mode & 0o777)
            os.replace(temp, path)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise ConflictTuiError(f"{path}: cannot write: {exc.strerror or exc}") from None


# ---- exporting ----------------------------------------------------------------------


def opml_text(
    feeds: Sequence[FeedConfig], title: str = "conflict-tui feeds", sides: SideSet | None = None
) -> tuple[str, int]:
    """OPML 2.0 for the feeds (http(s) only); returns (text, number of feeds skipped).

    Each outline carries `text`, `title`, `type="rss"`, `xmlUrl` and `category` (the
    side's name and code, from `sides`, default the active profile's). No dates are
    written, so the same feeds.toml gives the same bytes.
    """
    side_set = sides or active()
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = clean_line(title)
    ET.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = ET.SubElement(root, "body")
    skipped = 0
    for feed in feeds:
        url = safe_link(feed.url)
        if url is None:
            skipped += 1
            continue
        name = clean_line(feed.name) or url
        # two tags: the side's name and its code, `thai,TH` (import reads either back)
        category = f"{feed.side},{side_set.code(feed.side)}"
        ET.SubElement(
            body,
            "outline",
            {"text": name, "title": name, "type": "rss", "xmlUrl": url, "category": category},
        )
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", skipped


def write_opml(
    feeds: Sequence[FeedConfig],
    path_or_stream: Any,
    title: str = "conflict-tui feeds",
    sides: SideSet | None = None,
) -> tuple[int, int]:
    """Write OPML for the feeds to a path or stream; returns (written, skipped)."""
    text, skipped = opml_text(feeds, title, sides)
    if isinstance(path_or_stream, str | os.PathLike):
        if str(path_or_stream) == "-":
            import sys

            sys.stdout.write(text)
        else:
            _write_atomically(Path(path_or_stream), text)
    else:
        path_or_stream.write(text)
    return len(feeds) - skipped, skipped

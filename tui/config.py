"""Loading and validating feeds.toml into frozen dataclasses, with errors that point home.

The feeds.toml format is a contract (users' scripts and other tools write it):

    [settings]                 # optional
    concurrency = 64           # feeds fetched at once (at most 16 from one origin)
    timeout = 20               # seconds per feed
    match = ["Karabakh", ...]  # topic filter for general feeds
    profile = "path.toml"      # optional: tagging profile (default: the bundled karabakh)
    refresh_minutes = 0        # optional: the app polls on this interval (0 = never)
    max_bytes = 10_000_000     # optional: size cap per feed body
    browser = "firefox"        # optional: what `o` opens links with (a name Python's
                               # webbrowser knows, or a command with %s for the link)

    [[feeds]]
    name = "Outlet name"
    url = "https://..."        # http(s) URL, file:// URL or a local path
    side = "armenian"          # a side of the profile's [sides] (always: "other")
    match = [...]              # optional: overrides settings.match; [] keeps every item
    full_text = false          # optional: fetch each new item's article page for its text
    user_agent = "..."         # optional: the User-Agent sent for this feed (and its pages)
    headers = { "Cookie" = "consent=1" }   # optional: extra request headers
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from tui.errors import ConfigError
from tui.profile.sides import SideSet, default_sides
from tui.profile.validate import load_sides
from tui.sanitize import clean_line
from tui.tomllines import TomlLines, load_toml, read_toml_text

APP_NAME = "conflict-tui"
# The bundled karabakh profile's sides, for scripts and tests that build feeds by hand.
# feeds.toml is validated against the active profile's [sides] (Config.sides), not these.
SIDES = ("armenian", "azerbaijani", "russian", "turkish", "western", "iranian", "other")
SIDE_CODES = {
    "armenian": "AM",
    "azerbaijani": "AZ",
    "russian": "RU",
    "turkish": "TR",
    "western": "WE",
    "iranian": "IR",
    "other": "OT",
}
PACKAGE_DIR = Path(__file__).resolve().parent
DEMO_DIR = PACKAGE_DIR / "demo"
# The default outlets, shipped inside the package (an installed tool has no checkout); the
# checkout's top-level feeds.toml is the same file (tests/e2e/test_install.py keeps them equal).
BUNDLED_FEEDS = PACKAGE_DIR / "data" / "feeds.toml"
DEFAULT_PROFILE = PACKAGE_DIR / "profile" / "bundled" / "karabakh.toml"

_SETTINGS_KEYS = {
    "concurrency",
    "timeout",
    "match",
    "profile",
    "refresh_minutes",
    "max_bytes",
    "keymap",
    "browser",
    "key_events",
}
_FEED_KEYS = {"name", "url", "side", "match", "full_text", "user_agent", "headers"}
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an HTTP token (RFC 9110)
_HEADERS_SET_BY_US = {"host", "content-length", "transfer-encoding", "connection"}


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One outlet's feed as the user listed it."""

    name: str
    url: str
    side: str
    match: tuple[str, ...] | None = None  # None: use settings.match
    full_text: bool = False  # fetch each new item's article page (tui.fulltext)
    user_agent: str | None = None  # None: the app's own User-Agent
    headers: tuple[tuple[str, str], ...] = ()  # extra request headers, in the file's order

    def topic_words(self, settings: Settings) -> tuple[str, ...]:
        """The words an item must contain to be kept; empty means keep everything."""
        return settings.match if self.match is None else self.match


@dataclass(frozen=True, slots=True)
class Settings:
    """The `[settings]` table, with defaults for what the user left out."""

    # 64: at ~100 ms an answer, 100 feeds in two rounds (Newsboat's reload-threads default
    # is 8); the per-origin limit (poller.PER_ORIGIN, 16) keeps each site's share polite
    concurrency: int = 64
    timeout: float = 20.0
    match: tuple[str, ...] = ()
    profile: Path = DEFAULT_PROFILE
    refresh_minutes: float = 0.0
    max_bytes: int = 10_000_000
    keymap: dict[str, str] = field(default_factory=dict)
    browser: str = ""  # "": the system's default browser
    key_events: int = 3  # entries a day in the key-events view


@dataclass(frozen=True, slots=True)
class Config:
    """A whole feeds.toml: where it came from, its settings and its feeds."""

    path: Path | None
    settings: Settings
    feeds: tuple[FeedConfig, ...]
    sides: SideSet = field(default_factory=default_sides)  # the profile's outlet sides


def user_config_dir() -> Path:
    """Where a user's own feeds.toml lives (tests patch this one function)."""
    return Path(platformdirs.user_config_dir(APP_NAME))


def user_data_dir() -> Path:
    """Where the default database lives."""
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_export_dir() -> Path:
    """Where the app's export goes by default: the user's documents dir if there is one,
    else the data dir (never the directory the app was started from)."""
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else user_data_dir()


def default_db_path() -> Path:
    """The user's database unless `--db` says otherwise."""
    return user_data_dir() / "conflict.db"


def user_feeds_path() -> Path:
    """The user's own feeds.toml (what `conflict-tui init` writes)."""
    return user_config_dir() / "feeds.toml"


def find_feeds_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The feeds.toml to use: `--feeds`, else the user's own, else ./feeds.toml, else the
    one bundled in the package."""
    if explicit is not None:
        return Path(explicit)
    for candidate in (user_feeds_path(), Path.cwd() / "feeds.toml"):
        if candidate.is_file():
            return candidate
    return BUNDLED_FEEDS


def init_feeds_text() -> str:
    """The feeds.toml `conflict-tui init` writes: the bundled outlets under a header that
    says what the file is and how to change it."""
    header = f"""\
# Your conflict-tui feeds.toml, written by `conflict-tui init` from the bundled default.
# conflict-tui reads this file (and not the bundled one) from now on: edit it freely.
#
# [settings] (every key optional): concurrency (feeds fetched at once), timeout (seconds
# per feed), match (topic words: an item is kept if its title or text has one), max_bytes,
# refresh_minutes (the app polls on this interval; 0 = never), keymap, and profile (the
# tagging profile, a .toml path; default: the bundled 2020 Nagorno-Karabakh profile).
#
# Each [[feeds]] entry: name, url (http(s), file:// or a local path), side (one of the
# profile's [sides]: armenian, azerbaijani, russian, turkish, western, iranian, other in
# the default profile), and optionally match (overrides [settings] match; [] keeps all).
# Add feeds from another reader with `{APP_NAME} feeds import FILE.opml`.

"""
    return header + BUNDLED_FEEDS.read_text(encoding="utf-8")


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and validate a feeds.toml; raise ConfigError naming file, feed, key and line."""
    path = Path(path)
    raw_text = read_toml_text(path, not_found="file not found (use --feeds PATH)")
    return parse_config(raw_text, path)


def parse_config(raw_text: str, path: Path | None = None) -> Config:
    """Validate feeds.toml text (split from `load_config` so tests need no files)."""
    where = str(path) if path else "<feeds.toml>"
    data = load_toml(raw_text, where)
    lines = TomlLines(raw_text)
    unknown_top = set(data) - {"settings", "feeds"}
    if unknown_top:
        key = sorted(unknown_top)[0]
        raise ConfigError(
            where,
            "unknown top-level key (expected [settings] and [[feeds]])",
            key=key,
            line=lines.top_level(key),
        )
    settings = _parse_settings(data.get("settings", {}), where, lines, path)
    sides = _profile_sides(settings.profile)
    raw_feeds = data.get("feeds", [])
    if not isinstance(raw_feeds, list):
        raise ConfigError(where, "must be an array of tables: [[feeds]]", key="feeds")
    feeds: list[FeedConfig] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raw_feeds, start=1):
        feed = _parse_feed(raw, index, where, lines, path, (sides, settings.profile))
        if feed.url in seen:
            raise ConfigError(
                where,
                f"same url as feed {seen[feed.url]}",
                entry=_feed_label(index, raw),
                key="url",
                line=lines.entry_key("feeds", index, "url"),
            )
        seen[feed.url] = index
        feeds.append(feed)
    return Config(path=path, settings=settings, feeds=tuple(feeds), sides=sides)


def _profile_sides(profile: Path) -> SideSet:
    """The sides feeds are checked against: the profile's. A profile that is not there
    is reported where it is used (poll, retag; the app falls back to party ids), so its
    feeds are checked against the bundled default's sides meanwhile."""
    if not profile.is_file():
        return default_sides()
    return SideSet(load_sides(profile))


def _parse_settings(raw: Any, where: str, lines: TomlLines, path: Path | None) -> Settings:
    if not isinstance(raw, dict):
        raise ConfigError(where, "must be a table: [settings]", key="settings")

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(
            where, message, entry="[settings]", key=key, line=lines.table_key("settings", key)
        )

    for key in raw:
        if key not in _SETTINGS_KEYS:
            raise fail(key, f"unknown key (known: {', '.join(sorted(_SETTINGS_KEYS))})")
    values: dict[str, Any] = {}
    if "concurrency" in raw:
        value = raw["concurrency"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 256:
            raise fail("concurrency", "must be a whole number from 1 to 256")
        values["concurrency"] = value
    if "key_events" in raw:
        value = raw["key_events"]
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 50:
            raise fail("key_events", "must be a whole number of entries a day from 1 to 50")
        values["key_events"] = value
    if "timeout" in raw:
        value = raw["timeout"]
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 600:
            raise fail("timeout", "must be a number of seconds above 0 and at most 600")
        values["timeout"] = float(value)
    if "max_bytes" in raw:
        value = raw["max_bytes"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 1024:
            raise fail("max_bytes", "must be a whole number of bytes, at least 1024")
        values["max_bytes"] = value
    if "refresh_minutes" in raw:
        value = raw["refresh_minutes"]
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise fail("refresh_minutes", "must be a number of minutes, 0 for never")
        values["refresh_minutes"] = float(value)
    if "match" in raw:
        values["match"] = _parse_words(raw["match"], lambda m: fail("match", m))
    if "profile" in raw:
        value = raw["profile"]
        if not isinstance(value, str) or not value.strip():
            raise fail("profile", "must be a path to a profile .toml file")
        profile = Path(value).expanduser()
        if not profile.is_absolute() and path is not None:
            profile = path.parent / profile
        values["profile"] = profile
    if "keymap" in raw:
        value = raw["keymap"]
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise fail("keymap", 'must be a table of binding id = "keys"')
        values["keymap"] = dict(value)
    if "browser" in raw:
        value = raw["browser"]
        if not isinstance(value, str):
            raise fail("browser", 'must be a browser name or a command, e.g. "firefox %s"')
        values["browser"] = value.strip()
    return Settings(**values)


def _parse_feed(
    raw: Any,
    index: int,
    where: str,
    lines: TomlLines,
    path: Path | None,
    profile_sides: tuple[SideSet, Path],
) -> FeedConfig:
    sides, profile = profile_sides
    label = _feed_label(index, raw)
    if not isinstance(raw, dict):
        raise ConfigError(where, "must be a table", entry=label, line=lines.entry("feeds", index))

    def fail(key: str, message: str) -> ConfigError:
        line = lines.entry_key("feeds", index, key) or lines.entry("feeds", index)
        return ConfigError(where, message, entry=label, key=key, line=line)

    for key in raw:
        if key not in _FEED_KEYS:
            raise fail(key, f"unknown key (known: {', '.join(sorted(_FEED_KEYS))})")
    url = raw.get("url")
    if url is None:
        raise fail("url", "missing: every feed needs a url")
    if not isinstance(url, str) or not url.strip():
        raise fail("url", "must be a non-empty string")
    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        if not urlsplit(url).netloc:
            raise fail("url", f"has no host: {url!r}")
    elif scheme == "file":
        pass
    elif len(scheme) > 1:  # one letter is a Windows drive, anything longer a real scheme
        raise fail("url", f"scheme {scheme!r} not allowed: use http(s), file:// or a path")
    else:
        local = Path(url).expanduser()
        if not local.is_absolute() and path is not None:
            local = path.parent / local
        url = str(local.resolve())
    name = raw.get("name", "")
    if not isinstance(name, str):
        raise fail("name", "must be a string")
    side = raw.get("side")
    if side is None:
        raise fail("side", f"missing: one of the profile's sides: {', '.join(sides.names)}")
    if not isinstance(side, str) or side not in sides:
        raise fail(
            "side",
            f"{side!r} is not a side of the profile {profile.name}"
            + ("" if profile.is_file() else " (not found: the bundled default's sides)")
            + f" (its sides: {', '.join(sides.names)}; add it to the profile's [sides])",
        )
    match = None
    if "match" in raw:
        match = _parse_words(raw["match"], lambda m: fail("match", m))
    # Names reach the database, the terminal and exports: no escapes or bidi overrides.
    return FeedConfig(
        name=clean_line(name) or url,
        url=url,
        side=side,
        match=match,
        **_parse_fetch_keys(raw, fail),
    )


def _parse_fetch_keys(raw: dict[str, Any], fail: Any) -> dict[str, Any]:
    """`full_text`, `user_agent` and `headers`: how this feed is fetched."""
    values: dict[str, Any] = {}
    if "full_text" in raw:
        if not isinstance(raw["full_text"], bool):
            raise fail("full_text", "must be true or false")
        values["full_text"] = raw["full_text"]
    if "user_agent" in raw:
        agent = raw["user_agent"]
        if not isinstance(agent, str) or not agent.strip() or clean_line(agent) != agent.strip():
            raise fail("user_agent", "must be a non-empty string on one line")
        values["user_agent"] = agent.strip()
    if "headers" in raw:
        table = raw["headers"]
        if not isinstance(table, dict):
            raise fail("headers", 'must be a table of "Header-Name" = "value"')
        pairs: list[tuple[str, str]] = []
        for name, value in table.items():
            if not _HEADER_NAME.match(name):
                raise fail("headers", f"{name!r} is not a valid header name")
            if name.lower() in _HEADERS_SET_BY_US:
                raise fail("headers", f"{name!r} is set by the HTTP client, not by feeds.toml")
            if not isinstance(value, str) or clean_line(value) != value.strip():
                raise fail("headers", f"the value of {name!r} must be a string on one line")
            pairs.append((name, value.strip()))
        values["headers"] = tuple(pairs)
    return values


def _parse_words(value: Any, fail: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise fail("must be a list of non-empty strings")
    return tuple(w.strip() for w in value)


def _feed_label(index: int, raw: Any) -> str:
    name = raw.get("name") if isinstance(raw, dict) else None
    return f'feed {index} ("{name}")' if isinstance(name, str) and name else f"feed {index}"

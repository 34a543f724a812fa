"""Reading TOML for validators, and line numbers for its keys: tomllib keeps no positions.

Shared by every validator of a TOML file: feeds.toml in `tui.config`; the profile may adopt
`TomlLines` in place of its own finder, and `read_toml_text`/`load_toml` for its reading.
Lines are 1-based; None means "not found", and a caller that wants the table's header
instead writes `lines.entry_key(...) or lines.entry(...)`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from tui.errors import ConfigError

_TABLE_START = re.compile(r"^\s*\[")


def read_toml_text(path: Path, *, not_found: str, cannot_read: str = "cannot read") -> str:
    """A TOML file's text; a missing or unreadable file is a ConfigError naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), not_found) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"{cannot_read}: {exc}") from None


def load_toml(text: str, where: str) -> dict[str, Any]:
    """Parsed TOML; a syntax error is a ConfigError with the line tomllib names."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        raise ConfigError(where, f"TOML syntax error: {exc}", line=line) from None


class TomlLines:
    """Finds the line of a `[table]`, the n-th `[[array]]` entry, or a key in either."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _nth(self, pattern: re.Pattern[str], nth: int = 1) -> int | None:
        seen = 0
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                seen += 1
                if seen == nth:
                    return number
        return None

    def table(self, name: str) -> int | None:
        """The line of the header `[name]` (the first, if repeated)."""
        return self._nth(re.compile(rf"^\s*\[\s*{re.escape(name)}\s*\]"))

    def entry(self, name: str, index: int) -> int | None:
        """The line of the `index`-th (from 1) `[[name]]` header."""
        return self._nth(re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]"), index)

    def key_after(self, header: int | None, key: str) -> int | None:
        """The line of `key = ...` (bare or quoted) in the table whose header is `header`."""
        if header is None:
            return None
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(header + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if _TABLE_START.match(line):
                return None
            if pattern.match(line):
                return number
        return None

    def table_key(self, name: str, key: str) -> int | None:
        """The line of `key` in `[name]`."""
        return self.key_after(self.table(name), key)

    def entry_key(self, name: str, index: int, key: str) -> int | None:
        """The line of `key` in the `index`-th `[[name]]` entry."""
        return self.key_after(self.entry(name, index), key)

    def top_level(self, key: str) -> int | None:
        """The first line that starts a top-level key: `key = `, `key.x = `, `[key]`, `[[key]]`."""
        pattern = re.compile(rf"^\s*\[*\s*{re.escape(key)}\b")
        return self._nth(pattern)

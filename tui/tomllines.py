"""Line numbers for keys of a TOML file, for error messages: tomllib keeps no positions.

Shared by every validator of a TOML file (feeds.toml in `tui.config`; the profile may adopt
it in place of its own finder). Lines are 1-based; None means "not found", and a caller
that wants the table's header instead writes `lines.entry_key(...) or lines.entry(...)`.
"""

from __future__ import annotations

import re

_TABLE_START = re.compile(r"^\s*\[")


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

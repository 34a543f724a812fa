"""Errors a person can act on: each names the file, the entry and the key at fault."""

from __future__ import annotations


class ConflictTuiError(Exception):
    """Base for errors the command line reports without a traceback."""

    exit_code = 1


class ConfigError(ConflictTuiError):
    """A feeds.toml, profile or keymap that cannot be used.

    The message is built from where the problem is so that a user can go straight to it:
    ``feeds.toml:14: feed 3 ("Demo Baku Daily"): key 'side': must be one of ...``.
    """

    exit_code = 2

    def __init__(
        self,
        path: str,
        message: str,
        *,
        entry: str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> None:
        self.path = str(path)
        self.entry = entry
        self.key = key
        self.line = line
        self.reason = message
        where = self.path if line is None else f"{self.path}:{line}"
        parts = [where]
        if entry:
            parts.append(entry)
        if key:
            parts.append(f"key '{key}'")
        super().__init__(": ".join([*parts, message]))


class StoreError(ConflictTuiError):
    """The database could not be opened or written (locked, full disk, not a database)."""

    exit_code = 1

"""The default grammar word lists, read from data (tui/profile/language/en.toml).

The lists are data, not code, so that a profile may replace any of them and another
language is a new file; the tagger reads them from here and never the other way round.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

LANGUAGE_DIR = Path(__file__).resolve().parent / "language"


def load_language(code: str) -> dict[str, tuple[str, ...]]:
    """A language file's word lists, in file order (order matters to some regexes)."""
    data = tomllib.loads((LANGUAGE_DIR / f"{code}.toml").read_text(encoding="utf-8"))
    return {key: tuple(values) for key, values in data.items()}


DEFAULT_LANGUAGE: dict[str, tuple[str, ...]] = load_language("en")

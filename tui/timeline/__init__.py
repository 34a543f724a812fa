"""The timeline builder: tagged items in, dated entries out (pure, no I/O).

`builder` groups a day's tags into entries, `claims` works out who accused and who
denied, `titles` writes the titles, `neardup` finds syndicated copies.
"""

from __future__ import annotations

from tui.timeline.builder import build_entries, entry_digest
from tui.timeline.neardup import near_duplicate

__all__ = ["build_entries", "entry_digest", "near_duplicate"]

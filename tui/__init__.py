"""conflict-tui: many outlets' feeds about a war, one dated, source-linked timeline."""

import sys

__version__ = "0.1.0"

# httpx's package imports its command-line client (click, rich's progress bars: ~20 ms of
# every poll's start-up) and falls back to a stub when that import fails; we never run
# it. Here, because this runs before any module of ours imports httpx.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

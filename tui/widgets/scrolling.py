"""One line of scrolling for the j/k keys of the full-screen text views (help, details)."""

from __future__ import annotations

from textual.containers import VerticalScroll


def scroll_line(scroll: VerticalScroll, direction: str) -> None:
    """Scroll one line down or up at once: a held key sends presses faster than the
    screen refreshes, and a deferred scroll would start every press from the same place."""
    if direction == "down":
        scroll.scroll_down(animate=False, immediate=True)
    else:
        scroll.scroll_up(animate=False, immediate=True)

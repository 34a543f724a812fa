"""Shared by the tagger's tests: two small readers of a list of tags."""

from __future__ import annotations

from tui.records import Tag


def kinds(tags: list[Tag]) -> set[str]:
    return {t.kind for t in tags}


def first(tags: list[Tag], kind: str) -> Tag:
    return next(t for t in tags if t.kind == kind)

"""Shared by the tagger's and the profile's tests: a two-party profile, and two small
readers of a list of tags."""

from __future__ import annotations

from tui.records import Tag

# a profile of two warring parties and one place, in TOML: the smallest a test starts from
TWO_PARTIES = """
[conflict]
name = "Test war"

[sides]
north = "north"

[[parties]]
id = "north"
name = "North"
code = "N"
role = "belligerent"
camp = "n"
names = ["Northland"]

[[parties]]
id = "south"
name = "South"
code = "S"
role = "belligerent"
camp = "s"
names = ["Southland"]
adjectives = ["Southern"]

[[places]]
name = "Rivertown"
spellings = ["Riverton"]
"""


def kinds(tags: list[Tag]) -> set[str]:
    return {t.kind for t in tags}


def first(tags: list[Tag], kind: str) -> Tag:
    return next(t for t in tags if t.kind == kind)

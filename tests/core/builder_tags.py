"""The tags each report of the builder tests carries, written out by hand as records.

The builder is tested on these, not on the tagger's output, so a change to the tagger
never breaks a builder test. They are data (tests/fixtures/timeline/builder-tags.jsonl,
one report a line: title, text, published, and its tags with the fields that differ
from `Tag`'s defaults); a new report in a test needs its line there, written as what the
report says.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tui.records import Casualty, Tag

DATA = Path(__file__).resolve().parents[1] / "fixtures" / "timeline" / "builder-tags.jsonl"


def _tag(fields: dict[str, Any]) -> Tag:
    values = dict(fields)
    for name in ("parties", "places"):
        values[name] = tuple(values.get(name, ()))
    values["casualties"] = tuple(Casualty(**c) for c in values.get("casualties", ()))
    return Tag(**values)


def _load() -> dict[tuple[str, str, str], tuple[Tag, ...]]:
    tags: dict[tuple[str, str, str], tuple[Tag, ...]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        key = (report["title"], report["text"], report["published"])
        tags[key] = tuple(_tag(fields) for fields in report["tags"])
    return tags


TAGS = _load()

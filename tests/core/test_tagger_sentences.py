"""The tagger on sentences of our own, one case a line: tests/core/sentences/*.toml.

Each file holds `[[test]]` tables: a `name` (what the sentences show), optional `title`
(the headline; default none) and `date` (the report's publication date; default none),
what every case expects, and `cases`: each a sentence, or an inline table with its own
`text` and expectations. Expectations:

- `kinds = [...]`: kinds the tagger must find; `not_kinds = [...]`: kinds it must not;
- a kind as a key, e.g. `violation_claim = { accuser = "azerbaijan", accused = "none",
  places = ["Tartar"] }`: the first tag of that kind must exist and have these roles
  ("none": no party named) and name these places.

Sentences are written in our own words after the grammar of real reports (docs/wording.md).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.core.tagger_helpers import kinds
from tui.tagger import Tagger

SENTENCES = Path(__file__).parent / "sentences"
ROLES = ("accuser", "accused", "denier")


def _cases() -> list[Any]:
    params = []
    for path in sorted(SENTENCES.glob("*.toml")):
        for test in tomllib.loads(path.read_text(encoding="utf-8"))["test"]:
            shared = {k: v for k, v in test.items() if k not in ("name", "cases")}
            for number, case in enumerate(test["cases"], start=1):
                own = {"text": case} if isinstance(case, str) else case
                name = f"{path.stem}: {test['name']} [{number}]"
                params.append(pytest.param({**shared, **own}, id=name))
    return params


@pytest.mark.parametrize("case", _cases())
def test_sentence(tagger: Tagger, case: dict[str, Any]) -> None:
    tags = tagger.tag(case.get("title", ""), case["text"], case.get("date"))
    found = kinds(tags)
    for kind in case.get("kinds", []):
        assert kind in found, f"no {kind} in {case['text']!r} (found {sorted(found)})"
    for kind in case.get("not_kinds", []):
        assert kind not in found, f"{kind} wrongly found in {case['text']!r}"
    for kind, expected in case.items():
        if not isinstance(expected, dict):
            continue
        tag = next((t for t in tags if t.kind == kind), None)
        assert tag is not None, f"no {kind} in {case['text']!r} (found {sorted(found)})"
        for role in ROLES:
            if role in expected:
                want = None if expected[role] == "none" else expected[role]
                assert getattr(tag, role) == want, f"{kind}.{role} of {case['text']!r}"
        for place in expected.get("places", []):
            assert place in tag.places, f"{place} not among {kind}'s places {tag.places}"

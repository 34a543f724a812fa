"""The tagger on sentences of our own, one case a line: tests/core/sentences/*.toml.

Each file holds `[[test]]` tables: a `name` (what the sentences show), optional `title`
(the headline; default none) and `date` (the report's publication date; default none),
what every case expects, and `cases`: each a sentence, or an inline table with its own
`text` and expectations. Expectations:

- `kinds = [...]`: kinds the tagger must find; `not_kinds = [...]`: kinds it must not;
- a kind as a key, e.g. `violation_claim = { accuser = "azerbaijan", accused = "none",
  places = ["Tartar"] }`: the first tag of that kind must exist, with these values
  ("none": no value), these places among its places and `not_places` not among them;
  `first_tag = {...}` the same of the first tag whatever its kind (e.g. `event_date`);
- `claims = [[accuser, accused], ...]`: the set of (accuser, accused) over every claim
  is exactly this; `claims_include`: these pairs are among them;
- `deniers = [...]`: the set of deniers over every denial is exactly this;
- `dates = { kind = [...] }`: the set of event dates of that kind's tags is exactly this;
- `figures = [{ count = 21, what = "killed", group = "civilian", ... }, ...]`: each is a
  figure of the first casualties tag (the fields given must match); `only_figures = true`:
  and it has no other.

Sentences are written in our own words after the grammar of real reports (docs/wording.md).
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from tests.core.tagger_helpers import kinds
from tui.records import Tag
from tui.tagger import Tagger

SENTENCES = Path(__file__).parent / "sentences"


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


def _value(value: Any) -> Any:
    """TOML has no null: "none" stands for None, and [a, b] for a pair."""
    if value == "none":
        return None
    return tuple(_value(v) for v in value) if isinstance(value, list) else value


def _check_tag(tag: Tag | None, what: str, expected: dict[str, Any], text: str) -> None:
    assert tag is not None, f"no {what} in {text!r}"
    for field, want in expected.items():
        if field == "places":
            for place in want:
                assert place in tag.places, f"{place} not among {what}'s places {tag.places}"
        elif field == "not_places":
            for place in want:
                assert place not in tag.places, f"{place} wrongly among {what}'s places"
        else:
            assert getattr(tag, field) == _value(want), f"{what}.{field} of {text!r}"


def _check_sets(tags: list[Tag], case: dict[str, Any]) -> None:
    text = case["text"]
    pairs = {(t.accuser, t.accused) for t in tags if t.kind == "violation_claim"}
    if "claims" in case:
        assert pairs == {_value(p) for p in case["claims"]}, f"claims of {text!r}: {pairs}"
    for pair in case.get("claims_include", []):
        assert _value(pair) in pairs, f"no claim {pair} in {text!r}: {pairs}"
    if "deniers" in case:
        deniers = {t.denier for t in tags if t.kind == "denial"}
        assert deniers == set(case["deniers"]), f"deniers of {text!r}: {deniers}"
    for kind, dates in case.get("dates", {}).items():
        found = {t.event_date for t in tags if t.kind == kind}
        assert found == {_value(d) for d in dates}, f"{kind} dates of {text!r}: {found}"


def _check_figures(tags: list[Tag], case: dict[str, Any]) -> None:
    if "figures" not in case:
        return
    tag = next((t for t in tags if t.kind == "casualties"), None)
    assert tag is not None, f"no casualties in {case['text']!r}"
    figures = [asdict(c) for c in tag.casualties]
    for want in case["figures"]:
        wanted = {k: _value(v) for k, v in want.items()}
        assert any(wanted.items() <= f.items() for f in figures), f"no {want} in {figures}"
    if case.get("only_figures"):
        assert len(figures) == len(case["figures"]), f"other figures too: {figures}"


@pytest.mark.parametrize("case", _cases())
def test_sentence(tagger: Tagger, case: dict[str, Any]) -> None:
    text = case["text"]
    tags = tagger.tag(case.get("title", ""), text, case.get("date"))
    found = kinds(tags)
    for kind in case.get("kinds", []):
        assert kind in found, f"no {kind} in {text!r} (found {sorted(found)})"
    for kind in case.get("not_kinds", []):
        assert kind not in found, f"{kind} wrongly found in {text!r}"
    if "first_tag" in case:
        _check_tag(tags[0] if tags else None, "first tag", case["first_tag"], text)
    for kind, expected in case.items():
        if isinstance(expected, dict) and kind not in ("dates", "first_tag"):
            _check_tag(next((t for t in tags if t.kind == kind), None), kind, expected, text)
    _check_sets(tags, case)
    _check_figures(tags, case)

"""The JSON export: golden file, schema, and the fast writer's bytes."""

from __future__ import annotations

import json

import jsonschema

from tests.export.helpers import FIXTURES, HOSTILE_TITLE, NAMES, check_golden, export_bytes
from tui.cli import main
from tui.export import (
    SCHEMA_PATH,
    write_json,
)
from tui.records import EntryFilter


def test_json_matches_the_golden_file(fixed):
    store, _ = fixed
    check_golden("timeline.json", export_bytes(store, write_json))


def test_cli_json_to_stdout_with_source_date_epoch(fixed, capsys, monkeypatch):
    store, _ = fixed
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1604232000")  # 2020-11-01T12:00:00Z
    monkeypatch.setattr("tui.export.load_party_names", lambda path: NAMES)
    assert main(["--db", str(store.path), "export", "--format", "json", "--out", "-"]) == 0
    assert capsys.readouterr().out.encode() == (FIXTURES / "timeline.json").read_bytes()


def test_json_validates_against_its_schema(fixed):
    store, _ = fixed
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for entry_filter in (
        EntryFilter(),
        EntryFilter(include_hidden=True),
        EntryFilter(since="2030-01-01"),
    ):
        data = json.loads(export_bytes(store, write_json, entry_filter))
        validator.validate(data)
    data = json.loads(export_bytes(store, write_json, EntryFilter(include_hidden=True)))
    claim = next(e for e in data["entries"] if e["kind"] == "violation_claim")
    assert {(c["accuser"], c["accused"]) for c in claim["claims"]} == {
        ("azerbaijan", "armenia"),
        ("armenia", "azerbaijan"),
    }
    assert claim["denials"][0]["denier"] == "armenia"
    hostile = next(s for s in claim["sources"] if s["side"] == "western")
    assert hostile["link"] is None and hostile["title"] == HOSTILE_TITLE
    assert data["party_names"]["nagorno_karabakh"] == "Nagorno Karabakh"


def test_schema_rejects_what_it_does_not_describe(fixed):
    store, _ = fixed
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text()))
    data = json.loads(export_bytes(store, write_json))
    data["entries"][0]["sources"][0]["link"] = "javascript:alert(1)"
    assert not validator.is_valid(data)


def test_sources_written_as_text_are_the_bytes_json_dumps_gives():
    """`_JsonSources` (the fast path) against `json.dumps` of `_json_source` (the plain
    one), over sources with every odd value a database could hold: hostile text, None,
    numbers and bools where strings belong, lists that are not lists of strings."""
    import random

    from tui.export.json_export import _json_source, _JsonSources

    pieces = ["a", " ", "  ", "\t", "\n", "\x00", "\x7f", "\u202e", "\U0001f600", '"', "\\"]
    pieces += ["\u2028", "é", "https://", "[", "]", "javascript:", "\u3000", "Tartar"]
    rnd = random.Random(7)

    def text():
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))

    def scalar():
        return rnd.choice([None, 0, 1, 2.5, True, False, "", text(), text()])

    def tag():
        figure = {"count": scalar(), "what": scalar(), "claimed_by": scalar()}
        return {
            "kind": scalar(),
            "rule": scalar(),
            "evidence": rnd.choice([None, text()]),
            "accuser": scalar(),
            "accused": scalar(),
            "denier": scalar(),
            "parties": rnd.choice([None, [], [text(), 3, None], "not a list"]),
            "places": rnd.choice([None, [], [text()]]),
            "event_date": scalar(),
            "date_basis": scalar(),
            "casualties": rnd.choice([None, [], [figure], [figure, 5]]),
        }

    dumps = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    fast = _JsonSources(dumps)  # one instance: its caches are shared across sources
    for _ in range(3000):
        source = {
            "id": scalar(),
            "feed_url": rnd.choice(["https://a.example/rss", None, "u"]),
            "feed_name": rnd.choice(["A", None, " A", "\x00B"]),
            "side": rnd.choice(["armenian", None, ""]),
            "link": rnd.choice([None, "", text(), "https://x.example/" + text()]),
            "title": rnd.choice([None, text()]),
            "published": scalar(),
            "date_guessed": scalar(),
            "duplicate_of": scalar(),
            "origin": rnd.choice([None, "auto", "manual"]),
            "tags": rnd.choice([None, [], [tag() for _ in range(rnd.randint(1, 3))]]),
        }
        assert fast.source(source) == dumps(_json_source(source)), source

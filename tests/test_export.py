"""Export of the timeline to Markdown and JSON: golden files, structure, hostile text.

The database is built here through the Store API, with fixed times, so the export is
byte for byte the same on every run. When the format changes on purpose, regenerate the
golden files and review the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export.py

(writes tests/fixtures/export/timeline.md and timeline.json).
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from markdown_it import MarkdownIt

from tui.cli import build_parser, entry_filter_from_args, main
from tui.config import DEFAULT_PROFILE, FeedConfig
from tui.export import (
    SCHEMA_PATH,
    ExportError,
    casualty_text,
    claim_sentences,
    entry_claims,
    generated_time,
    load_conflict_name,
    markdown_text,
    md_escape,
    md_escape_many,
    md_link,
    md_link_destination,
    md_link_destinations,
    merge_casualties,
    party_namer,
    write_json,
    write_markdown,
)
from tui.records import ParsedItem
from tui.store import Store
from tui.timeline_store import CLAIM_TAG, AutoEntryRow, EntryFilter

FIXTURES = Path(__file__).parent / "fixtures" / "export"
GENERATED = "2020-11-01T12:00:00Z"
NOW = "2020-10-13T00:00:00Z"
NAMES = {"armenia": "Armenia", "azerbaijan": "Azerbaijan", "russia": "Russia"}
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

HOSTILE_TITLE = (
    "[bold]Red[/bold] <script>alert(1)</script> *x* _y_ `z` ](javascript:alert(1)) "
    "&amp; # | ~~s~~ $m$ <b>"
)
HOSTILE_OUTLET = "Hostile <i>Feed</i> *Outlet* [x](javascript:1)"
SPACEY_URL = "https://asbarez.example/news/truce (moscow) talks?q=a b"

FEEDS = [
    FeedConfig("TASS", "https://tass.example/rss", "russian"),
    FeedConfig("Asbarez", "https://asbarez.example/feed", "armenian"),
    FeedConfig("Azertac", "https://azertac.example/rss", "azerbaijani"),
    FeedConfig(HOSTILE_OUTLET, "https://hostile.example/rss", "western"),
    FeedConfig("Wire Copy", "https://wire.example/rss", "western"),
]


def item(guid: str, link: str | None, title: str, published: str | None) -> ParsedItem:
    return ParsedItem(guid, link, title, f"{title}. Karabakh.", published, f"hash-{guid}")


def tag(kind: str, day: str, evidence: str, **fields) -> dict:
    return {
        "kind": kind,
        "rule": f"{kind}.fixture",
        "evidence": evidence,
        "event_date": day,
        "date_basis": "published",
        **fields,
    }


def casualty(count: int, what: str, group: str, claimed_by: str, *, approximate: bool) -> dict:
    return {
        "count": count,
        "what": what,
        "group": group,
        "claimed_by": claimed_by,
        "approximate": approximate,
    }


def build_store(path: Path) -> tuple[Store, dict[str, str]]:
    """A small fixed timeline: a truce, a claim and its denial, hostile text, edits."""
    store = Store(path)
    store.sync_feeds(FEEDS)
    tass, asb, azt = "https://tass.example", "https://asbarez.example", "https://azertac.example"
    ingest = {
        f"{tass}/rss": [
            item("tass1", f"{tass}/world/1", "Truce agreed in Moscow", "2020-10-10T03:00:00Z"),
            item("tass2", f"{tass}/world/2", "Lavrov urges restraint", "2020-10-12T09:00:00Z"),
        ],
        f"{asb}/feed": [
            item("asb1", SPACEY_URL, "Truce agreed after hours of talks", "2020-10-10T06:00:00Z"),
            item(
                "asb2", f"{asb}/news/denial", "Armenia denies a violation", "2020-10-11T10:00:00Z"
            ),
            item("asb3", f"{asb}/news/exchange", "Bodies exchanged", None),
        ],
        f"{azt}/rss": [
            item("azt1", f"{azt}/news/tartar", "Shelling of Tartar", "2020-10-11T08:00:00Z"),
        ],
        "https://hostile.example/rss": [
            item("bad1", "javascript:alert(1)", HOSTILE_TITLE, "2020-10-11T12:00:00Z"),
        ],
        "https://wire.example/rss": [
            item("wire1", f"{tass}/world/1", "Truce agreed (wire)", "2020-10-10T04:00:00Z"),
        ],
    }
    for feed_url, items in ingest.items():
        store.ingest(feed_url, items, fetched=NOW)
    ids = {
        row["guid"]: row["id"] for row in store.db.query("SELECT guid, id FROM items ORDER BY guid")
    }
    one_civilian = casualty(1, "killed", "civilians", "azerbaijan", approximate=False)
    many_soldiers = casualty(600, "killed", "military", "nagorno_karabakh", approximate=True)
    store.replace_tags(
        [
            (
                ids["tass1"],
                [
                    tag(
                        "truce_agreed",
                        "2020-10-10",
                        "A truce was agreed in Moscow.",
                        parties=["armenia", "azerbaijan", "russia"],
                        places=["Moscow"],
                        date_basis="relative",
                    )
                ],
            ),
            (
                ids["azt1"],
                [
                    tag(
                        "violation_claim",
                        "2020-10-11",
                        "The ministry said Armenian forces shelled Tartar despite the truce.",
                        accuser="azerbaijan",
                        accused="armenia",
                        places=["Tartar"],
                        casualties=[one_civilian],
                    )
                ],
            ),
            (
                ids["asb2"],
                [
                    tag("denial", "2020-10-11", "Armenia denied the claim.", denier="armenia"),
                    tag(
                        "violation_claim",
                        "2020-10-11",
                        "Yerevan accused Baku of shelling Martakert.",
                        accuser="armenia",
                        accused="azerbaijan",
                        places=["Martakert"],
                        casualties=[many_soldiers],
                    ),
                ],
            ),
            (
                ids["bad1"],
                [
                    tag(
                        "violation_claim",
                        "2020-10-11",
                        HOSTILE_TITLE,
                        accuser="azerbaijan",
                        accused="armenia",
                        places=["<Tartar>"],
                    )
                ],
            ),
            (ids["tass2"], [tag("diplomatic_call", "2020-10-12", "Lavrov urged restraint.")]),
        ]
    )
    store.write_auto_entries(
        None,
        [
            AutoEntryRow(
                "truce_agreed:2020-10-10",
                "2020-10-10",
                "truce_agreed",
                "Humanitarian truce agreed in Moscow (Armenia, Azerbaijan; Russia mediating)",
                ("armenia", "azerbaijan", "russia"),
                ("Moscow",),
                {"note": "fixture"},
                ((ids["tass1"], None), (ids["asb1"], None), (ids["wire1"], ids["tass1"])),
            ),
            AutoEntryRow(
                "violation_claim:2020-10-11",
                "2020-10-11",
                "violation_claim",
                "Azerbaijan accuses Armenia of shelling Tartar despite truce; Armenia denies",
                ("armenia", "azerbaijan"),
                ("Tartar", "Martakert"),
                {},
                ((ids["azt1"], None), (ids["asb2"], None), (ids["bad1"], None)),
            ),
            AutoEntryRow(
                "attack:2020-10-11",
                "2020-10-11",
                "attack",
                HOSTILE_TITLE,
                ("armenia",),
                ("<Tartar>",),
                {},
                ((ids["bad1"], None), (ids["azt1"], None)),
            ),
            AutoEntryRow(
                "diplomatic_call:2020-10-12",
                "2020-10-12",
                "diplomatic_call",
                "Lavrov urges restraint",
                ("russia",),
                (),
                {},
                ((ids["tass2"], None),),
            ),
        ],
        now=NOW,
    )
    hidden = store.db.execute(
        "SELECT id FROM entries WHERE key = 'diplomatic_call:2020-10-12'"
    ).fetchone()[0]
    store.set_entry_hidden(hidden)
    store.create_entry(
        "2020-10-12",
        "exchange",
        "Bodies exchanged through the ICRC",
        [ids["asb3"]],
        parties=["armenia", "azerbaijan", "icrc"],
    )
    store.create_entry("2020-10-13", "peacekeeping", "Monitors proposed (no source yet)")
    return store, ids


@pytest.fixture
def fixed(tmp_path: Path):
    store, ids = build_store(tmp_path / "fixed.db")
    yield store, ids
    store.close()


def check_golden(name: str, data: bytes) -> None:
    path = FIXTURES / name
    if UPDATE:
        path.write_bytes(data)
    assert path.exists(), f"{path} missing: run UPDATE_GOLDEN=1 pytest {__file__}"
    assert data == path.read_bytes(), f"{name} changed (UPDATE_GOLDEN=1 to accept)"


def export_bytes(store: Store, writer, entry_filter: EntryFilter | None = None) -> bytes:
    buffer = io.StringIO()
    writer(store, entry_filter, buffer, generated=GENERATED, party_names=NAMES)
    return buffer.getvalue().encode("utf-8")


# ---- golden files ---------------------------------------------------------------------


def test_markdown_matches_the_golden_file(fixed):
    store, _ = fixed
    check_golden("timeline.md", export_bytes(store, write_markdown))


def test_json_matches_the_golden_file(fixed):
    store, _ = fixed
    check_golden("timeline.json", export_bytes(store, write_json))


def test_same_database_gives_the_same_bytes(tmp_path):
    first, _ = build_store(tmp_path / "a.db")
    second, _ = build_store(tmp_path / "b.db")
    with first, second:
        for writer in (write_markdown, write_json):
            assert export_bytes(first, writer) == export_bytes(second, writer)
            assert export_bytes(first, writer) == export_bytes(first, writer)


def test_cli_writes_the_golden_file(fixed, tmp_path, monkeypatch):
    store, _ = fixed
    out = tmp_path / "out" / "timeline.md"
    monkeypatch.setattr("tui.export.load_party_names", lambda path: NAMES)
    code = main(["--db", str(store.path), "export", "--out", str(out), "--generated", GENERATED])
    assert code == 0
    # Without --title the document is titled with the profile's conflict name.
    conflict = load_conflict_name(DEFAULT_PROFILE)
    assert conflict
    golden = (FIXTURES / "timeline.md").read_bytes()
    assert golden.startswith(b"# Timeline\n")
    expected = f"# {md_escape(conflict)}\n".encode() + golden.removeprefix(b"# Timeline\n")
    assert out.read_bytes() == expected
    argv = ["--db", str(store.path), "export", "--out", str(out), "--generated", GENERATED]
    assert main([*argv, "--title", "Timeline"]) == 0
    assert out.read_bytes() == golden


def test_title_falls_back_when_the_profile_has_no_name(monkeypatch, tmp_path):
    assert load_conflict_name(None) is None
    assert load_conflict_name(tmp_path / "missing.toml") is None
    buffer = io.StringIO()
    write_markdown(Store(":memory:"), None, buffer, generated=GENERATED, title="")
    assert buffer.getvalue().startswith("# Timeline\n")


def test_cli_json_to_stdout_with_source_date_epoch(fixed, capsys, monkeypatch):
    store, _ = fixed
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1604232000")  # 2020-11-01T12:00:00Z
    monkeypatch.setattr("tui.export.load_party_names", lambda path: NAMES)
    assert main(["--db", str(store.path), "export", "--format", "json", "--out", "-"]) == 0
    assert capsys.readouterr().out.encode() == (FIXTURES / "timeline.json").read_bytes()


# ---- Markdown structure ------------------------------------------------------------------


def tokens_of(text: str):
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(text)
    flat = []
    for token in tokens:
        flat.append(token)
        flat.extend(token.children or [])
    return tokens, flat


def inline_text(token) -> str:
    return "".join(child.content for child in token.children or [] if child.type == "text")


def test_markdown_structure(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    tokens, flat = tokens_of(text)
    assert not [t for t in flat if t.type in ("html_block", "html_inline")]
    headings = [
        (tokens[i].tag, inline_text(tokens[i + 1]))
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    assert headings[0] == ("h1", "Timeline")
    days = [content for tag, content in headings if tag == "h2"]
    assert days == ["2020-10-10", "2020-10-11", "2020-10-12", "2020-10-13"]
    assert "Lavrov" not in text  # the hidden entry is left out
    assert days == sorted(days)
    entry_titles = [content for tag, content in headings if tag == "h3"]
    assert entry_titles[2] == f"Attack: {HOSTILE_TITLE}"  # escaped text reads back exactly
    hrefs = [t.attrs["href"] for t in flat if t.type == "link_open"]
    assert hrefs and all(str(h).startswith(("https://", "http://")) for h in hrefs)
    assert "javascript" not in " ".join(str(h) for h in hrefs)
    assert len(hrefs) == len(set(hrefs)) + 1  # the wire copy shares TASS's link
    # the URL with spaces and parentheses is one whole link
    assert SPACEY_URL in [unquote(str(h)) for h in hrefs]
    # no emphasis, code or strikethrough came from feed text
    assert not [t for t in flat if t.type in ("em_open", "strong_open", "code_inline", "s_open")]
    html = MarkdownIt("commonmark").render(text)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html


def test_every_source_is_numbered_once(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    _, flat = tokens_of(text)
    link_texts = [flat[i + 1].content for i, t in enumerate(flat) if t.type == "link_open"]
    assert sorted(link_texts) == sorted(
        ["TASS", "Wire Copy", "Asbarez", "Asbarez", "Azertac", "Asbarez"]
    )
    assert text.count("(listed above)") == 2  # two sources shared between entries
    listed = [
        int(line[5 : line.index("]")])
        for line in text.splitlines()
        if line.startswith("  - [") and not line.endswith("(listed above)")
    ]
    assert listed == list(range(1, 8))


def test_claims_read_as_attributed_sentences(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "Azerbaijan accused Armenia of violating the ceasefire in Tartar" in text
    assert "; Armenia denied it [" in text
    assert "Armenia accused Azerbaijan of violating the ceasefire in Martakert" in text
    assert "about 600 soldiers killed according to Nagorno Karabakh" in text
    assert "1 civilian killed according to Azerbaijan" in text
    assert "civilians killed" not in text


@pytest.mark.parametrize(
    ("figure", "text"),
    [
        ({"count": 1, "what": "killed", "group": "civilian"}, "1 civilian killed"),
        ({"count": 2, "what": "killed", "group": "civilian"}, "2 civilians killed"),
        ({"count": 1, "what": "killed", "group": "civilians"}, "1 civilian killed"),
        ({"count": 1, "what": "wounded", "group": None}, "1 person wounded"),
        ({"count": 5, "what": "killed", "group": None}, "5 people killed"),
        ({"count": 1, "what": "missing", "group": "military"}, "1 soldier missing"),
        ({"count": 16, "what": "killed", "group": "military"}, "16 soldiers killed"),
        ({"count": 600, "what": "killed", "approximate": True}, "about 600 people killed"),
        ({"count": 1, "what": "killed", "approximate": True}, "at least 1 person killed"),
        (
            {"count": None, "what": "killed", "group": "civilian"},
            "an unknown number of civilians killed",
        ),
        ({"count": 3, "what": None, "group": "civilian"}, "3 civilian casualties"),
        ({"count": 1, "what": None, "group": None}, "1 casualty"),
        ({"count": 4, "what": "killed", "group": "journalists"}, "4 journalists killed"),
    ],
)
def test_casualty_figures_agree_in_number(figure, text):
    row = {"claimed_by": None, "approximate": False, **figure}
    assert casualty_text(row, str) == f"{text} (unattributed)"
    row["claimed_by"] = "azerbaijan"
    assert casualty_text(row, str.capitalize) == f"{text} according to Azerbaijan"


def claim(accuser, accused, sources, places=(), kind="violation_claim"):
    return {
        "kind": kind,
        "accuser": accuser,
        "accused": accused,
        "places": list(places),
        "sources": sources,
    }


def test_claim_sentences_tell_each_denial_once_and_fold_repeats():
    found = {
        "claims": [
            claim("azerbaijan", "armenia", ["a", "b"], ["Tartar"]),
            claim(None, "armenia", ["b"], ["Tartar"]),  # the same report, read twice
            claim("armenia", "azerbaijan", ["c"]),
            claim(None, "armenia", ["d"], ["Ganja"]),  # another report: kept
        ],
        "denials": [
            {"denier": "armenia", "sources": ["c"]},
            {"denier": "turkey", "sources": ["d"]},
            {"denier": "russia", "sources": ["a"]},
        ],
        "casualties": [],
    }
    numbers = {"a": 1, "b": 2, "c": 3, "d": 4}

    def refs(ids):
        return " [" + ", ".join(str(numbers[i]) for i in ids) + "]"

    assert claim_sentences(found, str.capitalize, refs) == [
        "Azerbaijan accused Armenia of violating the ceasefire in Tartar [1, 2]; "
        "Armenia denied it [3].",
        "Armenia accused Azerbaijan of violating the ceasefire [3].",
        "Armenia was also accused of violating the ceasefire in Ganja [4].",
        "Turkey [4] and Russia [1] denied the accusations.",
    ]


def test_repeated_casualty_figures_keep_the_fuller_one():
    def figure(group, claimed_by, sources, count=16):
        return {
            "count": count,
            "what": "killed",
            "group": group,
            "claimed_by": claimed_by,
            "approximate": False,
            "sources": sources,
        }

    full = figure("military", "nagorno_karabakh", ["a", "b"])
    figures = [
        figure("military", None, ["a"]),  # the same report without its claimant
        full,
        figure(None, "nagorno_karabakh", ["c"]),  # another report: kept
        figure("civilian", None, ["a"]),  # says something else: kept
        figure("military", None, ["a"], count=84),
    ]
    assert merge_casualties(figures) == [full, *figures[2:]]


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["plain", "also plain"],
        [HOSTILE_TITLE, None, "", "a\\b", "  spaced\tout  ", "bidi\u202eflip", "<b>x</b>"],
    ],
)
def test_escaping_many_is_escaping_each(texts):
    assert md_escape_many(texts) == [md_escape(text) for text in texts]


@pytest.mark.parametrize(
    "urls",
    [
        ["https://a.example/x", "https://b.example/y"],
        [SPACEY_URL, "https://a.example/(x)", "https://b.example/plain"],
        ["https://a.example/ü (x)", SPACEY_URL],
        ["https://a.example/a\x7fb", "https://a.example/`{|}^\\"],
    ],
)
def test_link_destinations_in_bulk_match_one_by_one(urls):
    assert md_link_destinations(urls) == [md_link_destination(url) for url in urls]


def test_claim_tags_only_reads_fewer_tags_and_the_same_sources(fixed):
    store, _ = fixed
    every = list(store.iter_entries_with_sources(EntryFilter(include_hidden=True)))
    claims = list(store.iter_entries_with_sources(EntryFilter(include_hidden=True), tags="claims"))
    assert [[s["id"] for s in e["sources"]] for e in every] == [
        [s["id"] for s in e["sources"]] for e in claims
    ]
    kept = [t for e in claims for s in e["sources"] for t in s["tags"]]
    assert kept and all(
        t["accuser"] or t["accused"] or t["denier"] or t["casualties"] for t in kept
    )
    assert len(kept) < sum(len(s["tags"]) for e in every for s in e["sources"])
    assert {entry_id: entry_claims(e) for entry_id, e in enumerate(every)} == {
        entry_id: entry_claims(e) for entry_id, e in enumerate(claims)
    }
    with pytest.raises(ValueError):
        list(store.iter_entries_with_sources(EntryFilter(), tags="some"))
    plan = " ".join(
        str(row)
        for row in store.db.execute(
            "EXPLAIN QUERY PLAN SELECT tags.kind FROM items LEFT JOIN tags ON "
            f"tags.item_id = items.id AND {CLAIM_TAG}"
        )
    )
    assert "idx_tags_claims" in plan


def test_hostile_link_and_outlet_are_text(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "(link not shown: javascript:alert\\(1\\))" not in text  # parens need no escape
    assert "link not shown: javascript:alert(1)" in text
    assert "Hostile \\<i\\>Feed\\</i\\> \\*Outlet\\* \\[x\\](javascript:1)" in text


# ---- filters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry_filter", "count"),
    [
        (EntryFilter(), 5),
        (EntryFilter(include_hidden=True), 6),
        (EntryFilter(kinds=("attack", "violation_claim")), 2),
        (EntryFilter(party="russia"), 1),
        (EntryFilter(side="azerbaijani"), 2),
        (EntryFilter(since="2020-10-11", until="2020-10-11"), 2),
        (EntryFilter(since="2021-01-01"), 0),
    ],
)
def test_filters_choose_entries(fixed, entry_filter, count):
    store, _ = fixed
    assert write_markdown(store, entry_filter, io.StringIO(), generated=GENERATED) == count
    data = json.loads(export_bytes(store, write_json, entry_filter))
    assert len(data["entries"]) == data["coverage"]["entries"] == count


def test_empty_export_says_so(fixed):
    store, _ = fixed
    text = markdown_text(store, EntryFilter(since="2021-01-01"), generated=GENERATED)
    assert "Covers no dates (since 2021-01-01): 0 entries, 0 sources." in text
    assert text.endswith("No entries match.\n")


def test_hidden_entries_are_marked_when_included(fixed):
    store, _ = fixed
    text = markdown_text(store, EntryFilter(include_hidden=True), generated=GENERATED)
    assert "- Note: hidden\n" in text
    assert "hidden entries included" in text


def test_filter_options_parse_into_an_entry_filter():
    args = build_parser().parse_args(
        [
            *("export", "--kind", "truce_agreed,attack", "--kind", "attack"),
            *("--party", "armenia", "--side", "russian", "--since", "2020-10-01"),
            *("--until", "2020-10-31", "--include-hidden"),
        ]
    )
    assert entry_filter_from_args(args) == EntryFilter(
        kinds=("truce_agreed", "attack"),
        party="armenia",
        side="russian",
        since="2020-10-01",
        until="2020-10-31",
        include_hidden=True,
    )


def test_since_after_until_is_a_usage_error(fixed, capsys):
    store, _ = fixed
    code = main(
        ["--db", str(store.path), "export", "--since", "2020-11-01", "--until", "2020-10-01"]
    )
    assert code == 2
    assert "--since" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["export", "--format", "pdf"], ["export", "--since", "10/10/2020"], ["export", "--side", "x"]],
)
def test_bad_options_exit_2(argv, tmp_path):
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(tmp_path / "x.db"), *argv])
    assert raised.value.code == 2


def test_missing_or_broken_database_exits_1(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "export"]) == 1
    assert "no database" in capsys.readouterr().err
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not sqlite" * 100)
    assert main(["--db", str(broken), "export"]) == 1


def test_unwritable_output_is_a_failure(fixed, tmp_path):
    store, _ = fixed
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        write_markdown(store, None, blocker / "timeline.md", generated=GENERATED)
    assert main(["--db", str(store.path), "export", "--out", str(blocker / "t.md")]) == 1


# ---- JSON -----------------------------------------------------------------------------------


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


# ---- helpers --------------------------------------------------------------------------------


def test_md_escape_and_links():
    assert md_escape("a *b* [c](d) <e> & f_g `h` # ~i~ | $j$ \\") == (
        "a \\*b\\* \\[c\\](d) \\<e\\> \\& f\\_g \\`h\\` \\# \\~i\\~ \\| \\$j\\$ \\\\"
    )
    assert md_escape("line\nbreak\x1b[31m red") == "line break red"
    assert md_link("Out", "https://x.example/a b(c)") == "[Out](https://x.example/a%20b%28c%29)"
    assert md_link("Out", "file:///etc/passwd") == "Out (link not shown: file:///etc/passwd)"
    assert md_link("Out", None) == "Out"


def test_party_namer_falls_back_to_the_id():
    name = party_namer({"armenia": "Republic of Armenia"})
    assert name("armenia") == "Republic of Armenia"
    assert name("nagorno_karabakh") == "Nagorno Karabakh"
    assert name("un") == "UN"


def test_generated_time_forms(monkeypatch):
    assert generated_time("2020-11-01T12:00:00+02:00") == "2020-11-01T10:00:00Z"
    assert generated_time(0) == "1970-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert generated_time() == "1970-01-02T00:00:00Z"
    with pytest.raises(ExportError):
        generated_time("yesterday")


def test_streamed_sources_match_entry_and_merges_are_followed(fixed):
    store, _ = fixed
    streamed = {e["id"]: e for e in store.iter_entries_with_sources(EntryFilter())}
    for entry_id, entry in streamed.items():
        one = store.entry(entry_id)
        assert [s["id"] for s in entry["sources"]] == [s["id"] for s in one["sources"]]
        assert [[t["id"] for t in s["tags"]] for s in entry["sources"]] == [
            [t["id"] for t in s["tags"]] for s in one["sources"]
        ]
    truce = next(i for i, e in streamed.items() if e["kind"] == "truce_agreed")
    manual = next(i for i, e in streamed.items() if e["kind"] == "exchange")
    store.merge_entries(truce, manual)
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "Bodies exchanged through the ICRC" not in text  # merged away
    truce_block = text.split("## 2020-10-11")[0]
    assert "[Asbarez](https://asbarez.example/news/exchange)" in truce_block


def test_party_names_come_from_the_profile(monkeypatch, tmp_path):
    import sys
    import types

    from tui.export import load_party_names

    class Party:
        def __init__(self, id: str, name: str) -> None:
            self.id, self.name = id, name

    fake = types.ModuleType("tui.profile")
    fake.load_profile = lambda path: types.SimpleNamespace(
        parties=(Party("armenia", "Armenia"), Party("minsk_group", "OSCE Minsk Group"))
    )
    monkeypatch.setitem(sys.modules, "tui.profile", fake)
    assert load_party_names(tmp_path / "p.toml") == {
        "armenia": "Armenia",
        "minsk_group": "OSCE Minsk Group",
    }
    fake.load_profile = lambda path: (_ for _ in ()).throw(ValueError("bad profile"))
    assert load_party_names(tmp_path / "p.toml") == {}


def test_an_exported_file_is_readable_by_others(tmp_path):
    import stat

    from tui.export import write_markdown
    from tui.store import Store

    target = tmp_path / "shared.md"
    with Store(tmp_path / "e.db") as store:
        write_markdown(store, EntryFilter(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


# ---- JSON sources written as text ---------------------------------------------------------


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

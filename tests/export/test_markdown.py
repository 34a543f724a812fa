"""The Markdown export: golden file, structure, numbering, filters."""

from __future__ import annotations

import io
import json
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt

from tests.export.helpers import (
    GENERATED,
    HOSTILE_TITLE,
    NAMES,
    SPACEY_URL,
    build_store,
    check_golden,
    export_bytes,
    inline_text,
    tokens_of,
)
from tui.export import (
    details_of,
    markdown_text,
    write_json,
    write_markdown,
)
from tui.records import EntryFilter
from tui.store import CLAIM_TAG


def test_markdown_matches_the_golden_file(fixed):
    store, _ = fixed
    check_golden("timeline.md", export_bytes(store, write_markdown))


def test_same_database_gives_the_same_bytes(tmp_path):
    first, _ = build_store(tmp_path / "a.db")
    second, _ = build_store(tmp_path / "b.db")
    with first, second:
        for writer in (write_markdown, write_json):
            assert export_bytes(first, writer) == export_bytes(second, writer)
            assert export_bytes(first, writer) == export_bytes(first, writer)


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
    # every entry links each of its sources: TASS's wire copy shares its link, and the
    # Azertac report shared between entries is linked again where it is listed above
    assert len(hrefs) == len(set(hrefs)) + 2
    # the URL with spaces and parentheses is one whole link
    assert SPACEY_URL in [unquote(str(h)) for h in hrefs]
    # no emphasis, code or strikethrough came from feed text
    assert not [t for t in flat if t.type in ("em_open", "strong_open", "code_inline", "s_open")]
    html = MarkdownIt("commonmark").render(text)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html


def test_every_source_is_numbered_once_and_linked_in_each_entry(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    _, flat = tokens_of(text)
    link_texts = [flat[i + 1].content for i, t in enumerate(flat) if t.type == "link_open"]
    # the Azertac report is listed (and linked) again in a second entry; the hostile
    # outlet's javascript: link is never a link
    assert sorted(link_texts) == sorted(
        ["TASS", "Wire Copy", "Asbarez", "Asbarez", "Azertac", "Asbarez", "Azertac"]
    )
    assert text.count("(listed above)") == 2  # two sources shared between entries
    assert "javascript:alert(1)) (listed above)" in text  # shown as text, not linked
    listed = [
        int(line[5 : line.index("]")])
        for line in text.splitlines()
        if line.startswith("  - [") and not line.endswith("(listed above)")
    ]
    assert listed == list(range(1, 8))


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
    assert {entry_id: details_of(e) for entry_id, e in enumerate(every)} == {
        entry_id: details_of(e) for entry_id, e in enumerate(claims)
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


def test_filters_in_words_for_the_screen_header_and_the_coverage_line():
    from tui.export.names import describe_filter

    every = EntryFilter(
        since="2020-10-01",
        until="2020-10-12",
        kinds=("violation_claim", "attack"),
        party="armenia",
        side="armenian",
        text="Tartar",
        include_hidden=True,
    )
    assert describe_filter(EntryFilter()) == []
    assert describe_filter(EntryFilter(), prose=True) == []
    assert describe_filter(every, str.upper) == [
        "kind: violation claim, attack",
        "party: ARMENIA",
        "side: AM",
        "dates: 2020-10-01 – 2020-10-12",
        "text: “Tartar”",
        "showing hidden",
    ]
    assert describe_filter(EntryFilter(until="2020-10-12")) == ["dates: … – 2020-10-12"]
    assert describe_filter(every, str.upper, prose=True) == [
        "since 2020-10-01",
        "until 2020-10-12",
        "kind violation claim or attack",
        "party ARMENIA",
        "reported by the armenian (AM) side",
        'matching "Tartar"',
        "hidden entries included",
    ]

"""scripts/score_timeline.py counts right: entries per event, found, split, the mean.

These tests check the counting, not the builder's quality: once with entries made by hand
(so every figure is known in advance), once with the entries today's builder really makes
from a tiny reports file, recounted here independently.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "score_timeline.py"
_spec = importlib.util.spec_from_file_location("score_timeline", SCRIPT)
assert _spec is not None and _spec.loader is not None
score_timeline = importlib.util.module_from_spec(_spec)
sys.modules["score_timeline"] = score_timeline  # dataclasses look their module up
_spec.loader.exec_module(score_timeline)
Entry = score_timeline.Entry

# Three events, six reports in our own words; the last one only recaps, so it has no event.
REPORTS = [
    {
        "id": "r1",
        "outlet": "North Wire",
        "outlet_side": "armenian",
        "published": "2020-10-10",
        "headline_own_words": "Armenia and Azerbaijan agree humanitarian truce in Moscow",
        "summary": "Lavrov says Armenia and Azerbaijan agreed a humanitarian truce from noon.",
        "event": "truce",
    },
    {
        "id": "r2",
        "outlet": "South Daily",
        "outlet_side": "azerbaijani",
        "published": "2020-10-10",
        "headline_own_words": "Baku confirms truce agreed overnight in Moscow",
        "summary": "Azerbaijan's foreign ministry says a humanitarian ceasefire starts at noon.",
        "event": "truce",
    },
    {
        "id": "r3",
        "outlet": "South Daily",
        "outlet_side": "azerbaijani",
        "published": "2020-10-11",
        "event_date": "2020-10-11",
        "headline_own_words": "Missile hits flats in Ganja, Baku says",
        "summary": "Azerbaijan's prosecutor says an Armenian missile killed nine people in Ganja.",
        "event": "ganja",
    },
    {
        "id": "r4",
        "outlet": "North Wire",
        "outlet_side": "armenian",
        "published": "2020-10-11",
        "headline_own_words": "Yerevan denies firing at Ganja",
        "summary": "Armenia's defence ministry denies that its forces fired a missile at Ganja.",
        "event": ["ganja"],
    },
    {
        "id": "r5",
        "outlet": "Lake Bulletin",
        "outlet_side": "iranian",
        "published": "2020-10-12",
        "headline_own_words": "Tehran urges both sides to respect the truce",
        "summary": "Iran's foreign ministry calls on Armenia and Azerbaijan to keep the truce.",
        "event": "appeal",
    },
    {
        "id": "r6",
        "outlet": "Lake Bulletin",
        "outlet_side": "iranian",
        "published": "2020-10-20",
        "headline_own_words": "Three weeks of war in the Caucasus",
        "summary": "A look back at the fighting since late September.",
        "event": None,
    },
]


@pytest.fixture
def reports_file(tmp_path: Path) -> Path:
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in REPORTS), encoding="utf-8")
    return path


def run(monkeypatch, capsys, args: list[str], entries=None) -> tuple[dict, list]:
    """Run the script's main with --json; with `entries`, instead of today's builder."""
    seen: list = []
    real = score_timeline.build_timeline

    def spy(db_path, reports, profile=None):
        if entries is None:
            built, stored = real(db_path, reports, profile)
        else:
            built, stored = entries, frozenset(r["id"] for r in REPORTS)
        seen.extend(built)
        return built, stored

    monkeypatch.setattr(score_timeline, "build_timeline", spy)
    assert score_timeline.main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out), seen


def by_event(figures: dict) -> dict[str, int]:
    return {p["event"]: p["entries"] for p in figures["per_event"]}


def test_hand_made_entries_give_known_figures(monkeypatch, capsys, reports_file):
    entries = [
        Entry(1, "2020-10-10", "truce_agreed", "Truce agreed", frozenset({"r1"})),
        Entry(2, "2020-10-10", "truce_agreed", "Truce agreed in Moscow", frozenset({"r2"})),
        Entry(3, "2020-10-11", "attack", "Attacks reported", frozenset({"r3", "r4", "r5"})),
        Entry(4, "2020-10-20", "attack", "Attacks reported", frozenset({"r6"})),
    ]
    figures, _ = run(monkeypatch, capsys, [str(reports_file)], entries)
    assert figures["reports"] == 6
    assert figures["events"] == 3
    assert figures["entries"] == 4
    assert figures["entries_per_report"] == pytest.approx(4 / 6, abs=0.001)
    # the truce's two reports in two entries count 2; r5 shares entry 3 with the Ganja strike
    assert by_event(figures) == {"truce": 2, "ganja": 1, "appeal": 1}
    assert figures["events_found"] == 3
    assert figures["found_share"] == 1.0
    assert figures["mean_entries_per_event"] == pytest.approx(4 / 3, abs=0.001)
    assert figures["events_split"] == 1
    assert (figures["busiest_day"], figures["busiest_day_entries"]) == ("2020-10-10", 2)
    assert figures["generic_titles"] == 3  # "Truce agreed" and twice "Attacks reported"


def test_an_event_in_no_entry_is_not_found_and_not_in_the_mean(monkeypatch, capsys, reports_file):
    entries = [Entry(1, "2020-10-10", "truce_agreed", "Truce", frozenset({"r1", "r2"}))]
    figures, _ = run(monkeypatch, capsys, [str(reports_file)], entries)
    assert by_event(figures) == {"truce": 1, "ganja": 0, "appeal": 0}
    assert figures["events_found"] == 1
    assert figures["found_share"] == pytest.approx(1 / 3, abs=0.001)
    assert figures["mean_entries_per_event"] == 1.0
    assert figures["events_split"] == 0


def test_an_events_file_gives_the_same_figures_as_event_fields(
    monkeypatch, capsys, reports_file, tmp_path
):
    events = tmp_path / "events.jsonl"
    events.write_text(
        "".join(
            json.dumps({"event": e, "date": d, "kind": k, "title": e, "reports": r}) + "\n"
            for e, d, k, r in [
                ("truce", "2020-10-10", "truce_agreed", ["r1", "r2"]),
                ("ganja", "2020-10-11", "attack", ["r3", "r4"]),
                ("appeal", "2020-10-12", "diplomatic_call", ["r5"]),
            ]
        ),
        encoding="utf-8",
    )
    entries = [
        Entry(1, "2020-10-10", "truce_agreed", "Truce", frozenset({"r1"})),
        Entry(2, "2020-10-10", "truce_agreed", "Truce", frozenset({"r2", "r3"})),
    ]
    from_fields, _ = run(monkeypatch, capsys, [str(reports_file)], entries)
    from_file, _ = run(monkeypatch, capsys, [str(reports_file), "--events", str(events)], entries)
    assert from_fields == from_file
    assert by_event(from_file) == {"truce": 2, "ganja": 1, "appeal": 0}


def test_todays_builder_output_is_counted_right(monkeypatch, capsys, reports_file):
    figures, entries = run(monkeypatch, capsys, [str(reports_file)])
    assert entries, "the builder made no entries from six tagged reports"
    assert figures["reports"] == 6
    assert figures["events"] == 3
    assert figures["entries"] == len(entries)
    members = {"truce": {"r1", "r2"}, "ganja": {"r3", "r4"}, "appeal": {"r5"}}
    expected = {e: sum(1 for x in entries if x.reports & ids) for e, ids in members.items()}
    assert by_event(figures) == expected
    assert figures["events_split"] == sum(1 for n in expected.values() if n > 1)
    assert figures["events_found"] == sum(1 for n in expected.values() if n > 0)


def test_the_text_report_prints_each_event_with_its_count(monkeypatch, capsys, reports_file):
    entries = [
        Entry(1, "2020-10-10", "truce_agreed", "Truce", frozenset({"r1"})),
        Entry(2, "2020-10-10", "truce_agreed", "Truce", frozenset({"r2"})),
    ]

    def fake(db, reports, profile=None):
        return entries, frozenset({"r1"})

    monkeypatch.setattr(score_timeline, "build_timeline", fake)
    assert score_timeline.main([str(reports_file)]) == 0
    out = capsys.readouterr().out
    assert "events split (>1 entry): 1" in out
    assert "  2  2020-10-10  truce: truce" in out
    assert "  0  2020-10-11  ganja: ganja" in out


def test_a_recap_labelled_with_no_kind_is_no_news_event_and_counts_if_it_makes_an_entry(
    monkeypatch, capsys, tmp_path
):
    rows = [dict(row, labels=["truce_agreed"]) for row in REPORTS[:2]]
    rows.append(dict(REPORTS[5], event="recap", labels=[]))
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    entries = [
        Entry(1, "2020-10-10", "truce_agreed", "Truce agreed", frozenset({"r1", "r2"})),
        Entry(2, "2020-10-20", "attack", "Fighting", frozenset({"r6"})),
    ]
    figures, _ = run(monkeypatch, capsys, [str(path)], entries)
    assert figures["events"] == 2 and figures["events_found"] == 2
    assert (figures["news_events"], figures["news_events_found"]) == (1, 1)
    assert figures["mean_entries_per_news_event"] == 1.0
    assert figures["recaps_in_entries"] == 1  # the recap made an entry: a false alarm
    figures, _ = run(monkeypatch, capsys, [str(path)], entries[:1])
    assert figures["found_share"] == 0.5 and figures["news_found_share"] == 1.0
    assert figures["recaps_in_entries"] == 0

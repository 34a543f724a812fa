"""The tagger's per-sentence cache changes no tag: every report of the demo and of the
labelled sets is tagged with a cold cache and again, in another order and context, with a
warm one (the comparison holds whatever the rules say, so rule edits need no new golden)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.config import DEMO_DIR
from tui.evaluate import read_reports, report_text
from tui.parse import parse_feed
from tui.profile import load_profile
from tui.records import Tag
from tui.tagger import Tagger
from tui.tagger import core as tagger_core

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BUNDLED = Path(tagger_core.__file__).resolve().parent.parent / "profile" / "bundled"

# (title, text, published) of one corpus
Report = tuple[str, str, str | None]


def _demo() -> list[Report]:
    reports = []
    for path in sorted(DEMO_DIR.glob("*.xml")):
        for item in parse_feed(path.read_bytes()).items:
            reports.append((item.title, item.text, item.published))
    return reports


def _labelled(*paths: Path) -> list[Report]:
    reports: list[Report] = []
    for path in paths:
        for r in read_reports(path):
            title = r.get("headline_own_words", "")
            published = r.get("published") or r.get("event_date")
            reports.append((title, report_text(r), published))
            # another context for the same sentences: no date, the headline as the body
            reports.append((title, f"{title}. {r.get('summary') or ''}", None))
    return reports


def _cold(tagger: Tagger, reports: list[Report]) -> list[list[Tag]]:
    out = []
    for title, text, published in reports:
        tagger._analysed.clear()
        out.append(tagger.tag(title, text, published))
    return out


def _warm(tagger: Tagger, reports: list[Report]) -> list[list[Tag]]:
    tagger._analysed.clear()
    for title, text, published in reports:
        tagger.tag(title, text, published)
    # every sentence is cached now: tag again, last report first
    out = [tagger.tag(*report) for report in reversed(reports)]
    return out[::-1]


@pytest.mark.parametrize(
    ("profile", "corpus"),
    [
        (None, "demo"),
        (None, "karabakh"),
        ("lebanon", "lebanon"),
        ("thai_cambodia", "thai_cambodia"),
        ("india_pakistan", "india_pakistan"),
        ("israel_iran", "israel_iran"),
        ("ethiopia_tigray", "ethiopia_tigray"),
    ],
)
def test_cached_sentences_give_the_same_tags(profile, corpus):
    tagger = Tagger(load_profile(BUNDLED / f"{profile}.toml") if profile else load_profile())
    if corpus == "demo":
        reports = _demo()
    elif corpus == "karabakh":
        reports = _labelled(
            FIXTURES / "dev" / "karabakh-real.jsonl",
            FIXTURES / "dev" / "karabakh-real-2.jsonl",
            FIXTURES / "dev" / "karabakh-real-3.jsonl",
            FIXTURES / "dev" / "karabakh-real-4.jsonl",
            *sorted((FIXTURES / "regression").glob("*.jsonl")),
        )
    else:
        # the conflict's dev set and its later rounds (corpus-2, -3, ...), as many as exist
        reports = _labelled(*sorted((FIXTURES / "dev").glob(f"{corpus}*.jsonl")))
    assert reports
    cold = _cold(tagger, reports)
    assert any(cold), "the corpus makes tags"
    assert _warm(tagger, reports) == cold


def test_sentence_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(tagger_core, "_ANALYSED_MAX", 3)
    tagger = Tagger(load_profile())
    text = "Armenia said Azerbaijan shelled Tartar. Baku denied it. Talks went on. Rain fell."
    first = tagger.tag("Shelling reported", text, "2020-10-13")
    assert len(tagger._analysed) <= 3
    assert tagger.tag("Shelling reported", text, "2020-10-13") == first

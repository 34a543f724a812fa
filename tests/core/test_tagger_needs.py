"""The words test before an unless or requires search (`tui.tagger.needs`) never skips a
clause the pattern matches: every match of every such pattern of every bundled profile,
over the lowered text of every labelled report and the demo, holds a word of each set
the test asks for; and the parse reads optional parts, branches and flags as `re` does.
Likewise every match starts with one of the first characters read from the pattern (the
lookbehind a search drops for `re`'s own scan is checked in Python, `cues._bounded`), and
an `unless_near` pattern searched on lowered text finds what its case-blind search finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.config import DEMO_DIR
from tui.evaluate import read_reports, report_text
from tui.parse import parse_feed
from tui.profile import load_profile
from tui.tagger.cues import (
    _EXTRA_FOLDS_RE,
    _LEADING_BOUNDARY,
    _case_blind_needs,
    _holds_words,
    _nearable,
)
from tui.tagger.needs import first_chars_of, needed, shared_start, starts_with_letters
from tui.tagger.text import case_blind, split_sentences

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
BUNDLED = ROOT / "tui" / "profile" / "bundled"


def _texts(lowered: bool = True) -> list[str]:
    """The lowered reports of the dev sets and the demo, each distinct sentence once."""
    texts = []
    for path in sorted((FIXTURES / "dev").glob("*.jsonl")):
        for r in read_reports(path):
            texts += [r.get("headline_own_words", ""), report_text(r)]
    for path in sorted(DEMO_DIR.glob("*.xml")):
        texts += [t for i in parse_feed(path.read_bytes()).items for t in (i.title, i.text)]
    sentences = (s for text in texts for s in split_sentences(text))
    return list(dict.fromkeys(s.lower() if lowered else s for s in sentences))


def _bundled_patterns(*fields: str) -> list[str]:
    """The patterns of these rule fields in every bundled profile (the shared rules once)."""
    return sorted(
        {
            p
            for path in BUNDLED.glob("*.toml")
            for rule in load_profile(path).rules
            for field in fields
            for p in getattr(rule, field)
        }
    )


def test_every_match_holds_the_words_tested():
    # every unless and requires pattern of every bundled profile (the shared rules once)
    patterns = _bundled_patterns("unless", "requires")
    corpus = "\n".join(_texts())
    tested = matched = 0
    for pattern in patterns:
        words = needed(pattern)
        low = case_blind(pattern)[1]  # the search on lowered text, the one the words guard
        if words is None or low is None:
            continue
        for boundary in _LEADING_BOUNDARY:  # (a look-behind needs no word: without it the
            if pattern.startswith(boundary):  # pattern matches more, and faster)
                low = re.compile(pattern[len(boundary) :])
        tested += 1
        for m in low.finditer(corpus):
            matched += 1
            assert _holds_words(m.group(), words), (pattern, m.group(), words)
    assert tested > 200 and matched > 1000, (tested, matched)


def test_every_match_of_a_pattern_naming_capitals_holds_the_words_tested():
    # a pattern with a case-sensitive part ("(?-i:January|...)") is searched case-blind in
    # the original text, where ASCII clauses lack none of its (lowered) words
    patterns = [
        p
        for p in _bundled_patterns("unless", "requires")
        if case_blind(p)[1] is None and needed(p) is not None
    ]
    corpus = "\n".join(_texts(lowered=False))
    matched = 0
    for pattern in patterns:
        words = tuple(tuple(w.lower() for w in ws) for ws in needed(pattern))
        for m in re.compile(pattern, re.IGNORECASE).finditer(corpus):
            if m.group().isascii():
                matched += 1
                assert _holds_words(m.group().lower(), words), (pattern, m.group(), words)
    assert len(patterns) >= 5 and matched > 20, (len(patterns), matched)


def test_every_case_blind_match_holds_the_words_read_with_its_case_sensitive_parts():
    # a pattern searched case-blind only (it names capitals: "(?-i:Monday|...)"), whether
    # unless, requires or unless_near, is searched where lowered ASCII text holds a word of
    # each set `_case_blind_needs` reads, its case-sensitive parts' words among them
    patterns = [
        p
        for p in _bundled_patterns("unless", "requires", "unless_near")
        if case_blind(p)[1] is None
    ]
    corpus = "\n".join(_texts(lowered=False))
    corpus += "\nstruck on Monday's clashes after Monday's strike in January attacks"
    tested = matched = 0
    for pattern in patterns:
        words = _case_blind_needs(pattern)
        if words is None:
            continue
        tested += 1
        for m in re.compile(pattern, re.IGNORECASE).finditer(corpus):
            if m.group().isascii():
                matched += 1
                assert _holds_words(m.group().lower(), words), (pattern, m.group(), words)
    assert tested >= 8 and matched > 20, (tested, matched)
    # the month names of "(?-i:January|...)" are words of their own
    assert _case_blind_needs(r"(?-i:January|February|April)\s+attacks") == (
        ("attacks",),
        ("april", "february", "january"),
    )


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<![\w-])visit\w*\s+(?:to\s+)?embass(?:y|ies)\b", (("embass",), ("visit",))),
        (r"(?:both\s+)?(?:in|at)\s+the\s+talks\b", (("talks",), ("the",), ("at", "in"))),
        (r"(?:many|a\s+number\s+of)\s+times", (("times",), ("many", "number"))),
        (
            r"battlefield\s+and\s+table|table\s+and\s+(?:on|in)\s+the\s+battlefield",
            (("battlefield",),),  # each branch's rarest word
        ),
        (r"(?:talks\s+){0,2}stalled", (("stalled",),)),  # a part that may repeat no time
        (r"(?i)truce", None),  # case-blind: the words may be written in capitals
        (r"(?i:truce)\s+held", (("held",),)),
        (r"(?<=truce\s)held", (("held",),)),  # a look-behind matches no text of its own
        (r"\w+", None),
    ],
)
def test_the_words_read_from_a_pattern(pattern, words):
    assert needed(pattern) == words
    if words is not None:
        for text in ("the truce held; many times a number of times talks talks stalled",):
            for m in re.finditer(pattern, text):
                assert _holds_words(m.group(), words)


# every pattern over every distinct dev sentence: ~90 s alone, more on a busy machine, and
# it grows with each dev set (a correctness check, not a speed one)
@pytest.mark.timeout(600)
def test_every_match_starts_with_a_first_character():
    patterns = _bundled_patterns("unless", "requires", "cues")
    corpus = "\n".join(_texts())
    tested = matched = 0
    for pattern in patterns:
        chars = first_chars_of(pattern)
        if chars is None:
            continue
        tested += 1
        for m in re.compile(pattern, re.IGNORECASE).finditer(corpus):
            if m.group():
                matched += 1
                assert m.group()[0] in chars, (pattern, m.group(), sorted(chars))
    assert tested > 200 and matched > 1000, (tested, matched)


@pytest.mark.parametrize(
    ("pattern", "chars", "scanned"),
    [
        (r"(?:both\s+)?(?:in|at)\s+the", "aAbBiI", False),  # an optional start: no scan
        (r"(?:talks|met)\b", "mMtT", True),
        (r"[a-c]x", "aAbBcC", True),
        (r"(?<=truce\s)held", "hH", False),  # a look-behind first: `re` scans for nothing
        (r"\w+", None, False),
        (r"x?", None, False),  # may match no text
        (r"[^a]b", None, False),
    ],
)
def test_the_first_characters_of_a_pattern(pattern, chars, scanned):
    found = first_chars_of(pattern)
    assert (None if found is None else "".join(sorted(found))) == (
        None if chars is None else "".join(sorted(chars))
    )
    assert starts_with_letters(pattern) is scanned


@pytest.mark.parametrize(
    ("patterns", "start"),
    [
        ((r"claims?(?=.{0,9}?no)\s+a", r"claims?(?=.{0,9}?no)\s+b"), r"claims?(?=.{0,9}?no)\s+"),
        ((r"ab", r"ab?"), "a"),  # "b" is no whole piece of the second
        ((r"a\s+b", r"a\s+?b"), "a"),
        ((r"a|b", r"a|c"), None),  # a top-level branch: no shared start
        ((r"ab",), None),
        ((r"x", r"y"), None),
    ],
)
def test_the_shared_start_of_cues(patterns, start):
    assert shared_start(patterns) == start


def test_an_unless_near_pattern_finds_on_lowered_text_what_it_finds_case_blind():
    # where lowering is all a case-blind match does (no "ſ", no dotless "ı"), the same
    # matches at the same offsets, each holding the words a clause is tested for first
    sentences = [s for s in _texts(lowered=False) if len(s.lower()) == len(s)]
    patterns = _bundled_patterns("unless_near")
    compared = matched = 0
    for pattern in patterns:
        blind, low, words = _nearable(pattern)
        if low is None:
            continue
        compared += 1
        for s in sentences:
            lowered = s.lower()
            if not lowered.isascii() and _EXTRA_FOLDS_RE.search(lowered):
                continue  # (searched case-blind there)
            spans = [m.span() for m in blind.finditer(s)]
            assert spans == [m.span() for m in low.finditer(lowered)], (pattern, s)
            if spans and words is not None:
                matched += 1
                assert _holds_words(lowered, words), (pattern, s)
    assert compared >= 5 and matched > 0, (compared, matched)


def test_a_sentence_with_a_letter_lowering_does_not_fold_is_searched_case_blind():
    # "ſ" is "s" to a case-blind match but stays "ſ" lowered: such text keeps the old path
    assert _EXTRA_FOLDS_RE.search("the ſhelling") and _EXTRA_FOLDS_RE.search("ı")
    assert not _EXTRA_FOLDS_RE.search("the shelling of ganja’s centre, “again”")

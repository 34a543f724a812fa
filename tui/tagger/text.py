"""Step 1, text: a report's sentences and each sentence's clauses, and the small helpers
(word regexes, the per-document state) that every other step shares."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tui.profile import Rule, trie_regex
from tui.records import Tag

WORD_RE = re.compile(r"[\w'’-]+")

# Clause boundaries: semicolons, dashes, and commas before a conjunction or relative.
_CLAUSE_RE = re.compile(
    r"(?=[;—–,\s])(?:;\s*|\s[—–]\s|\s-\s|,\s+(?=(?:while|whereas|but|and|as|which|who|with|after|although"
    r"|though|even\s+as|amid|saying|adding|before)\b)|\s+(?=(?:while|whereas)\b)"
    r"|(?<!such)(?<!well)(?<!\bso)\s+(?=as\s+(?:[A-Z]|the\b|its\b|his\b|both\b|their\b)))"
)

_SENTENCE_END_RE = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "sgt",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "a.m",
        "p.m",
        "no",
        "vs",
        "etc",
        "prof",
        "gov",
        "sen",
        "rep",
        "maj",
        "capt",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "e.g",
        "i.e",
        "approx",
        "est",
        "fig",
        "lt.-gen",
        "maj.-gen",
    ]
)


# a place found in a sentence: start, end, canonical name, the text as written
PlaceHit = tuple[int, int, str, str]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    party: str


@dataclass(slots=True)
class Frame:
    verb_start: int
    verb_end: int
    verb: str
    speaker: str | None
    trailing: bool = False  # "..., X said": the content is before the verb


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    frames: list[Frame]
    speaker: str | None  # the first frame's speaker (or inherited)


@dataclass(slots=True)
class Hit:
    rule: Rule
    start: int
    end: int
    clause: int


@dataclass(slots=True)
class DocState:
    last_speaker: str | None = None
    truce_sentences: list[str] = field(default_factory=list)
    # sentences without a cue whose speech frames are read only if a later one needs them
    pending: list[tuple[str, bool, list[Mention]]] = field(default_factory=list)
    pub_minutes: int | None = None
    # the party last told to have struck ("An Israeli drone hit a car"), for a later "the
    # strike came despite the truce" that names no one
    last_attacker: str | None = None
    # round 9q: the report has a headline (its sentence 0), so the lede is sentence 1
    has_title: bool = False


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, in one pass; abbreviations ("Oct.", "U.S.") do not end one."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        start = 0
        for m in _SENTENCE_END_RE.finditer(paragraph):
            word_start = paragraph.rfind(" ", start, m.start()) + 1
            word = paragraph[word_start : m.start()].lower().lstrip("(\"'“‘")
            if word in _ABBREVIATIONS or (
                len(word) == 1
                and word.isalpha()
                # "wrote on X." names the platform, no initial: the sentence ends there
                and not (word == "x" and paragraph.endswith("on ", start, word_start))
            ):
                continue
            sentence = paragraph[start : m.end()].strip()
            if sentence:
                out.append(sentence)
            start = m.end()
        rest = paragraph[start:].strip()
        if rest:
            out.append(rest)
    return out


def clause_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty clause of a sentence."""
    bounds = [0]
    for m in _CLAUSE_RE.finditer(s):
        if m.start() > bounds[-1]:
            bounds.append(m.end() if m.group().strip() in (";", "—", "–", "-") else m.start())
    bounds.append(len(s))
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def unique_in_order(values: Iterable[Any]) -> list[Any]:
    """Values without repeats, in first-seen order (stable output, whatever the hash seed)."""
    seen: set[Any] = set()
    out = []
    for value in values:
        if value not in seen:
            seen.add(value)
            out.append(value)
    return out


def replace_tag(tag: Tag, **changes: Any) -> Tag:
    values = {name: getattr(tag, name) for name in Tag.__slots__}
    values.update(changes)
    return Tag(**values)


def lacks_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether ASCII `text` holds none of the lower-case `words` in any case: then a
    case-blind pattern whose every match holds one of them cannot match it (for ASCII
    text, lowering is exactly what IGNORECASE does). False for other text: not told."""
    if not text.isascii():
        return False
    low = text.lower()
    return not any(word in low for word in words)


def last_words(text: str, n: int) -> str:
    # rsplit with a limit splits only the tail: cheap however long the text before is
    return " ".join(text.rsplit(None, n)[-n:])


def words_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Whole words or phrases (any spacing inside), as a trie: one step per letter."""
    phrases = {" ".join(w.split()) for w in words if w.split()}
    body = trie_regex(phrases).replace(re.escape(" "), r"\s+")
    return re.compile(first_chars(phrases) + r"(?<![\w'’-])(?:" + body + r")(?![\w'’-])", flags)


def first_chars(keys: Iterable[str]) -> str:
    """A lookahead for the first letters of `keys`: one class test skips a position
    where no key can start, before the lookbehind and the trie are tried."""
    chars = sorted({k[0] for k in keys if k})
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


class CaseBlind:
    """A pattern's case-blind compilation, made on first use.

    A pattern that has a compilation for lowered text is searched case-blind only in a
    sentence whose lowering changes its length (a rare letter such as "İ"), so most of
    these are never used; compiling them all took ~0.4 s of the ~1.4 s a poll's tagger
    spends compiling before the first report can be tagged. The same pattern and flags as
    `re.compile` would be given, so every match is the same.
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:  # (two threads may both compile: the same result)
            self._compiled = re.compile(self.pattern, re.IGNORECASE)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)


def case_blind(pattern: str) -> tuple[re.Pattern[str] | CaseBlind, re.Pattern[str] | None]:
    """A profile pattern compiled case-blind, and, when it names no capital letter (nor a
    case-sensitive part), compiled plain for lowered text: same matches, no IGNORECASE
    (which costs at every position). The case-blind one is then compiled on first use
    (`CaseBlind`): the lowered one serves nearly every sentence."""
    literal = re.sub(r"\\.|\(\?P[<=]\w+>?|\{\d*,?\d*\}", "", pattern)
    if "(?-i" in pattern or "(?i" in pattern or any(c.isupper() for c in literal):
        return re.compile(pattern, re.IGNORECASE), None
    low = re.compile(pattern)  # (first: a bad pattern raises as before)
    return CaseBlind(pattern), low

"""Literal text a pattern cannot match without: a cheap test before a regex search.

A rule's unless patterns are searched in every clause where one of its cues matched (89
of them for the shared talks rule), and most of them fail. A search is needed only where
the clause holds a piece of literal text that every match of the pattern contains: one of
a few words ("visit" for ``visit\\w*\\s+...``, "times" or "since" for patterns whose start
is optional). `needed` reads it from `re`'s own parse of the pattern, so the test is
exact: a clause without any of the words cannot hold a match, and the search it skips
would have found nothing.

From the same parse: the characters a match can start with (`first_chars_of`) and whether
`re` compiles a fast scan for them (`starts_with_letters`), so that a search may drop its
leading lookbehind and check it in Python; and the start several cues share as whole
pieces (`shared_start`), so that an expensive shared lookahead is tested once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# the pieces of a parsed pattern that must match at least once, as their parts do
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@lru_cache(maxsize=4)
def _parse(pattern: str) -> Any:
    """`re`'s parse of a pattern, for the tests below that read the same one in a row (a
    pattern's first letters, then whether `re` scans for them), never changing it. Only
    the last few are kept: all of them held at once were 7 MiB more in a poll's every
    process. A pattern that does not parse raises each time (errors are not cached)."""
    return sre_parse.parse(pattern)


def needed(pattern: str, most: int = 3) -> tuple[tuple[str, ...], ...] | None:
    """Sets of words, each of which every match of `pattern` (case-sensitive) holds one
    of, or None when no such words can be told (then the pattern is always searched).

    At most `most` sets, those whose shortest word is the longest first: the rarer the
    words, the more searches a test spares; a second set spares what the first lets
    through ("attack" a rule's own cue, "truce" further on)."""
    try:
        parsed = _parse(pattern)
    except (re.error, RecursionError):  # (compiled elsewhere, it raises there)
        return None
    if parsed.state.flags & ~(sre.SRE_FLAG_UNICODE):
        return None  # a global flag (case, verbose): the words may be written otherwise
    found = _candidates(list(parsed))
    found.sort(key=_rarity, reverse=True)
    return tuple(tuple(sorted(words)) for words in found[:most]) or None


def _rarity(words: frozenset[str]) -> tuple[int, int]:
    """Longer words and fewer of them are found in fewer clauses."""
    return min(map(len, words)), -len(words)


def _candidates(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """The word sets of a sequence, each needed: any run of literal characters it must
    match, and the best word set of any part it must match at least once."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if len(run) >= 2:
            candidates.append(frozenset(("".join(run),)))
        run = []
        part = _item(op, av)
        if part is not None:
            candidates.append(part)
    if len(run) >= 2:
        candidates.append(frozenset(("".join(run),)))
    return candidates


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best word set of a sequence (None: it needs no word we can tell)."""
    candidates = _candidates(items)
    return max(candidates, key=_rarity) if candidates else None


def _item(op: Any, av: Any) -> frozenset[str] | None:
    """The word set of one piece of a sequence (None: it needs no word we can tell)."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None  # "(?i:...)": written in other letters than the pattern's
        return _sequence(list(inner))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in _REPEATS:
        low, _high, inner = av
        return _sequence(list(inner)) if low >= 1 else None
    if op is sre.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if found is None:
                return None  # a branch without a word of its own: any text may match
            words |= found
        return frozenset(words)
    return None  # a class, an assertion (lookarounds match no text), a back-reference


def first_chars_of(pattern: str) -> frozenset[str] | None:
    """The characters, in both cases, one of which every match of `pattern` starts with,
    or None when they cannot be told (a class of words, any character, a match that may
    be empty): where none of them stands, the pattern cannot match."""
    try:
        parsed = _parse(pattern)
    except (re.error, RecursionError):
        return None
    found = _first_of_sequence(list(parsed))
    if found is None or found[1]:
        return None
    return frozenset(found[0])


# zero-width pieces: a match's first character is that of what follows them
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _first_of_sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The first characters of a sequence, and whether it may match no text."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        found = _first_of_item(op, av)
        if found is None:
            return None
        out |= found[0]
        if not found[1]:
            return out, False
    return out, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool] | None:
    """The first characters of one piece, and whether it may match no text."""
    if op is sre.LITERAL:
        char = chr(av)
        return {char.lower(), char.upper()}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars |= {chr(value).lower(), chr(value).upper()}
            elif kind is sre.RANGE and value[1] - value[0] <= 64:
                for code in range(value[0], value[1] + 1):
                    chars |= {chr(code).lower(), chr(code).upper()}
            else:
                return None  # a negated set, a category (\w, \d)
        return chars, False
    if op is sre.SUBPATTERN:
        return _first_of_sequence(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _first_of_sequence(list(av))
    if op in _REPEATS:
        low, _high, inner = av
        found = _first_of_sequence(list(inner))
        return None if found is None else (found[0], found[1] or low == 0)
    if op is sre.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            found = _first_of_sequence(list(branch))
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    return None  # any character, a back-reference, a conditional


def starts_with_letters(pattern: str) -> bool:
    """Whether `pattern` (without case-blindness) begins with what `re` compiles into a
    fast scan of a search: a literal, a set of literals, or a group whose every branch
    begins with a literal (see `re._compiler._compile_info`)."""
    try:
        items = list(_parse(pattern))
    except (re.error, RecursionError):
        return False
    while items:
        op, av = items[0]
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            items = list(av[3])
            continue
        if op is sre.LITERAL:
            return True
        if op is sre.IN:
            return all(kind is sre.LITERAL or kind is sre.RANGE for kind, _v in av)
        if op is sre.BRANCH:
            return all(len(branch) and branch[0][0] is sre.LITERAL for branch in av[1])
        return False
    return False


def shared_start(patterns: tuple[str, ...]) -> str | None:
    """The longest text that begins every pattern and is a whole regex of its own, the
    same first pieces of each as `re` parses them (so a match of each pattern begins with
    a match of it); None when there is none, or for a single pattern."""
    if len(patterns) < 2 or any("|" in _top_level_text(p) for p in patterns):
        return None
    try:
        parsed = [list(sre_parse.parse(p)) for p in patterns]
    except (re.error, RecursionError):
        return None
    common = patterns[0]
    for pattern in patterns[1:]:
        end = 0
        while end < min(len(common), len(pattern)) and common[end] == pattern[end]:
            end += 1
        common = common[:end]
    for end in range(len(common), 0, -1):
        head = common[:end]
        try:
            items = list(sre_parse.parse(head))
        except (re.error, RecursionError, OverflowError):
            continue
        shape = repr(items)
        if items and all(len(p) > len(items) and repr(p[: len(items)]) == shape for p in parsed):
            return head
    return None


def _top_level_text(pattern: str) -> str:
    """`pattern` without its parenthesised groups and classes (to find a top-level "|")."""
    out, depth, escaped, in_class = [], 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)

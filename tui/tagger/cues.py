"""Step 4, cues: the profile's rules compiled once, and where in a sentence each may match.

Only rules whose trigger words occur are tried, and only where those words start: one
pass of the triggers' trie over the lowered sentence finds them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from re import _casefix  # type: ignore[attr-defined]

from tui.profile import Profile, Rule, trie_regex
from tui.tagger.needs import first_chars_of, needed, shared_start, starts_with_letters
from tui.tagger.text import CaseBlind, Hit, Mention, PlaceHit, case_blind, first_chars

# a leading "not after a word character" (as most patterns begin): searched for without it
# and checked in Python, so that the regex engine's fast scan for a literal start works
_LEADING_BOUNDARY = ("(?<![\\w-])", "(?<![\\w])")

# whether a pattern occurs in text[a:b]: the compiled pattern's own `search` where it can
Search = Callable[[str, int, int], object]


def _searchable(pattern: str) -> Searchable:
    """A rule's unless or requires pattern as search functions (case-blind, and for lowered
    text when it can be), with the words one of which every match holds (see
    `tui.tagger.needs`): a clause without any of them is not searched. Literal words are
    substring tests; a leading boundary lookbehind before a literal letter is checked in
    Python (see `_bounded`); the case-blind search of a pattern whose every match starts
    with one of a few literal words runs only where one of them occurs (see `_starts`)."""
    blind, low = _searchable_regex(pattern)
    starts = _starts(pattern)
    words = (needed(pattern) or ((starts,) if starts else None)) if low is not None else None
    if low is None and not starts:
        return _with_words(blind, _case_blind_needs(pattern)), low, words
    if not starts:
        return blind, low, words

    def search_if_started(text: str, a: int, b: int) -> object:
        part = text[a:b].lower()
        for start in starts:
            if start in part:
                return blind(text, a, b)
        return False

    return search_if_started, low, words


def _case_blind_needs(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """The word sets (lowered) every case-blind match of `pattern` holds one of, for a test
    on lowered ASCII text: a case-sensitive part counts too ("(?-i:January|...)": a match
    holds "January" as written, so the lowered text holds "january")."""
    needs = needed(pattern.replace("(?-i:", "(?:"))
    if needs is None:
        return None
    return tuple(tuple(sorted({w.lower() for w in words})) for words in needs)


def _with_words(blind: Search, lowered: tuple[tuple[str, ...], ...] | None) -> Search:
    """The case-blind search of a pattern that names capitals (and so has no search of
    lowered text, as "(?-i:January|...)\\s+attacks"), run only where the clause holds a
    word of each set its matches need (`_case_blind_needs`); tested on ASCII text alone,
    where lowering is exactly what the case-blind match does (no "K" Kelvin sign, no long
    s)."""
    if lowered is None:
        return blind

    def search_if_words(text: str, a: int, b: int) -> object:
        part = text[a:b]
        if part.isascii():
            part = part.lower()
            for words in lowered:
                for word in words:
                    if word in part:
                        break
                else:
                    return False  # no word of this set: no match possible
        return blind(text, a, b)

    return search_if_words


def _starts(pattern: str) -> tuple[str, ...]:
    """Literal lower-case beginnings one of which every match of `pattern` starts with
    (empty when they cannot be told): cheap substring tests before a regex scan."""
    for prefix in _LEADING_BOUNDARY:
        if pattern.startswith(prefix):
            pattern = pattern[len(prefix) :]
    found = _alternative_starts(pattern, 0)
    return tuple(sorted(set(found))) if found else ()


def _alternative_starts(pattern: str, depth: int) -> list[str] | None:
    """The literal starts of each top-level alternative of `pattern`, or None."""
    if depth > 4:
        return None
    starts: list[str] = []
    for alternative in _split_top(pattern):
        for prefix in _LEADING_BOUNDARY:
            if alternative.startswith(prefix):
                alternative = alternative[len(prefix) :]
        if alternative.startswith("(?:"):
            close = _group_end(alternative)
            if close is None or alternative[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            inner = _alternative_starts(alternative[3:close], depth + 1)
            if inner is None:
                return None
            starts.extend(inner)
            continue
        literal = []
        for i, ch in enumerate(alternative):
            if not (ch.isalnum() or ch in " '-"):
                break
            if alternative[i + 1 : i + 2] in ("?", "*", "{"):
                break
            literal.append(ch)
        word = "".join(literal)
        if len(word) < 2 or not word.islower():
            return None
        starts.append(word)
    return starts


def _split_top(pattern: str) -> list[str]:
    """`pattern` cut at its top-level "|"."""
    parts, depth, escaped, current = [], 0, False, []
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _group_end(pattern: str) -> int | None:
    """The index of the parenthesis that closes the group opening `pattern`."""
    depth, escaped = 0, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _searchable_regex(pattern: str) -> tuple[Search, Search | None]:
    """`_searchable` without the literal-start guard."""
    if re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", pattern):
        words = tuple(pattern.split("|"))

        def has_word(text: str, a: int, b: int) -> bool:
            part = text[a:b].lower()
            return any(word in part for word in words)

        def has_word_low(text: str, a: int, b: int) -> bool:  # text already lowered
            part = text[a:b]
            return any(word in part for word in words)

        return has_word, has_word_low
    for prefix in _LEADING_BOUNDARY:
        rest = pattern[len(prefix) :]
        if (
            pattern.startswith(prefix)
            and "|" not in _top_level(rest)
            and (rest[:1].isalpha() or _literal_first(rest))
        ):
            blind, low = case_blind(rest)
            if low is None and not rest[:1].isalpha():
                break  # searched case-blind, `re` scans for no letter: keep the lookbehind
            hyphen = "-" in prefix
            return _bounded(blind, hyphen), _bounded(low, hyphen) if low is not None else None
    blind, low = case_blind(pattern)
    return blind.search, low.search if low is not None else None


def _literal_first(pattern: str) -> bool:
    """Whether `pattern` begins with a few literal letters that `re` itself scans for
    (a letter, a class of letters, words in a group): with the leading lookbehind
    dropped, a search skips to them instead of trying the lookbehind everywhere."""
    if not starts_with_letters(pattern):
        return False
    chars = first_chars_of(pattern)
    return chars is not None and len(chars) <= 20


def _bounded(regex: re.Pattern[str] | CaseBlind, hyphen: bool) -> Search:
    """`regex` searched for where no word character (nor a hyphen) comes before it."""

    def search(text: str, a: int, b: int) -> bool:
        pos = a
        while (m := regex.search(text, pos, b)) is not None:
            start = m.start()
            before = text[start - 1] if start else " "
            if not (before.isalnum() or before == "_" or (hyphen and before == "-")):
                return True
            pos = start + 1
        return False

    return search


def _anchored(rule: Rule) -> tuple[str, ...]:
    """A triggered rule's cues without the leading "not after a word or a hyphen" each
    repeats: they are only tried where a trigger word starts, and `hits` skips the
    positions after a hyphen (one test, not one lookbehind per branch)."""
    prefix = _LEADING_BOUNDARY[0]
    if rule.triggers and all(c.startswith(prefix) for c in rule.cues):
        return tuple(c[len(prefix) :] for c in rule.cues)
    return rule.cues


def _alternation(cues: tuple[str, ...]) -> str:
    """A rule's cues as one alternation; when they all begin with the same lookahead
    ("claims?(?=[^.;]{0,200}?...)"), that shared start is tested once before them, not
    once per cue (it fails at most positions, after scanning ahead)."""
    body = "|".join(f"(?:{c})" for c in cues)
    common = min(cues, default="")
    for cue in cues:
        while not cue.startswith(common):
            common = common[:-1]
    if "(?=" not in common and "(?!" not in common:
        return body  # a shared start begins every cue: it would hold no lookahead either
    shared = shared_start(cues)
    if shared is None or not any(op in shared for op in ("(?=", "(?!")):
        return body
    return f"(?={shared})(?:{body})"


def _top_level(pattern: str) -> str:
    """The pattern with every parenthesised group removed (to find a top-level "|")."""
    depth, out, escaped = 0, [], False
    for ch in pattern:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


# a pattern's case-blind search, its search of lowered text (when it can be) and sets of
# words, one of each of which a match holds in lowered text (None: searched wherever)
Searchable = tuple[Search, Search | None, tuple[tuple[str, ...], ...] | None]
# a rule with its compiled cues, unless and requires patterns
Searches = list[Searchable]
# an `unless_near` pattern: case-blind, for lowered text (when it can be), and the word
# sets every match holds in lowered text (see `_nearable`)
Nearable = tuple[
    re.Pattern[str] | CaseBlind, re.Pattern[str] | None, tuple[tuple[str, ...], ...] | None
]
Compiled = tuple[
    Rule,
    re.Pattern[str] | CaseBlind,
    re.Pattern[str] | None,
    Searches,
    Searches,
    tuple[Nearable, ...],
]

# characters a case-blind match takes for others besides their lower case (re._casefix:
# "ſ" for "s", "ı" for "i", Greek and Cyrillic variants): text holding none, once lowered,
# matches a lowered pattern where the case-blind pattern matches the text
_EXTRA_FOLDS_RE = re.compile(
    "["
    + "".join(
        sorted(
            {chr(k) for k in _casefix._EXTRA_CASES if k > 127}
            | {chr(v) for vs in _casefix._EXTRA_CASES.values() for v in vs if v > 127}
        )
    )
    + "]"
)

# how far before a cue match an `unless_near` match may end and still veto it ("routinely
# killed in shelling": the habit word stands just before the act's words)
NEAR_BEFORE = 30


class Cues:
    """The rules of a profile, compiled, with the index of their trigger words."""

    def __init__(self, profile: Profile) -> None:
        # rules: compiled cues, and the trigger index
        self._rules: list[Compiled] = []
        self._always: list[int] = []
        self._trigger_rules: dict[str, list[int]] = {}
        self._place_rules: list[int] = []
        self._party_rules: list[int] = []
        for index, rule in enumerate(profile.rules):
            # one alternation per rule: one attempt per position, not one per cue
            blind, low = case_blind(_alternation(_anchored(rule)))
            self._rules.append(
                (
                    rule,
                    blind,
                    low,
                    [_searchable(c) for c in rule.unless],
                    [_searchable(c) for c in rule.requires],
                    tuple(_nearable(c) for c in rule.unless_near),
                )
            )
            if not rule.triggers:
                self._always.append(index)
            for trigger in rule.triggers:
                if trigger == "{place}":
                    self._place_rules.append(index)
                elif trigger == "{party}":
                    self._party_rules.append(index)
                else:
                    self._trigger_rules.setdefault(trigger, []).append(index)
        self._mention_rules = frozenset(self._place_rules) | frozenset(self._party_rules)
        self._trigger_lengths = sorted({len(t) for t in self._trigger_rules})
        self._word_rules: dict[str, tuple[int, ...]] = {}
        # a trigger after a hyphen is never a cue's start ("pre-war"): not found at all;
        # a first-letter test pays only when the triggers begin with few of the letters
        firsts = {t[0] for t in self._trigger_rules}
        lead = first_chars(self._trigger_rules) if len(firsts) <= 12 else ""
        self._trigger_re = re.compile(
            lead + r"(?<![\w-])(?:" + trie_regex(self._trigger_rules) + r")[\w'-]*",
            re.IGNORECASE,
        )
        self._trigger_low_re = re.compile(self._trigger_re.pattern)  # for lowered text

    def triggered(
        self, s: str, low: str, mentions: list[Mention], places: list[PlaceHit]
    ) -> dict[int, list[int]]:
        """Rule index -> the positions where a cue may start (-1: search everywhere); empty
        when no rule can match (no trigger word, place or party: the sentence is skipped).

        One pass of the triggers' trie over the lowered sentence; each word found is
        looked up in a cache of word -> rules (the rules of every trigger it begins
        with)."""
        found: dict[int, list[int]] = {i: [-1] for i in self._always}
        cache = self._word_rules
        if len(low) == len(s):  # the trie on the lowered sentence: no IGNORECASE, faster
            for m in self._trigger_low_re.finditer(low):
                rules = cache.get(m.group())
                if rules is None:
                    rules = self._cached_rules(m.group())
                start = m.start()
                for rule in rules:
                    if rule in found:
                        found[rule].append(start)
                    else:
                        found[rule] = [start]
        else:  # lowering changed offsets (rare letters)
            for m in self._trigger_re.finditer(s):
                for rule in self._cached_rules(m.group().lower()):
                    found.setdefault(rule, []).append(m.start())
        # names after a hyphen start no cue (as triggers, see `_trigger_re`); a rule with
        # no position is left out, so that a sentence with none is not read further
        if places and self._place_rules:
            starts = [p[0] for p in places if not p[0] or s[p[0] - 1] != "-"]
            if starts:
                for rule in self._place_rules:
                    found.setdefault(rule, []).extend(starts)
        if mentions and self._party_rules:
            starts = [m.start for m in mentions if not m.start or s[m.start - 1] != "-"]
            if starts:
                for rule in self._party_rules:
                    found.setdefault(rule, []).extend(starts)
        return found

    def _cached_rules(self, word: str) -> tuple[int, ...]:
        """The rules of a trigger word, cached (bounded)."""
        cache = self._word_rules
        rules = cache.get(word)
        if rules is None:
            rules = self._rules_for_word(word)
            if len(cache) > 100_000:
                cache.clear()
            cache[word] = rules
        return rules

    def _rules_for_word(self, word: str) -> tuple[int, ...]:
        """The rules of every trigger that `word` begins with."""
        rules: set[int] = set()
        for length in self._trigger_lengths:
            if length > len(word):
                break
            rules.update(self._trigger_rules.get(word[:length], ()))
        return tuple(sorted(rules))

    def hits(
        self, s: str, low: str, anchors: dict[int, list[int]], spans: list[tuple[int, int]]
    ) -> list[Hit]:
        """Every cue match of the triggered rules that its clause does not veto."""
        clause_starts = [a for a, _b in spans]
        hits: list[Hit] = []
        compiled = self._rules
        same = len(low) == len(s)  # offsets in the lowered sentence are the sentence's
        text = low if same else s
        for rule_index in sorted(anchors):
            positions = anchors[rule_index]
            if not positions:
                continue
            rule, cue_blind, cue_low, unless, requires, unless_near = compiled[rule_index]
            if (
                requires
                and rule_index in self._mention_rules
                and not _all_found(requires, s, low, same)
            ):
                continue  # tried at every name: what the rule requires is cheaper to test first
            cue = cue_low if cue_low is not None and same else cue_blind
            on = text if cue_low is not None and same else s
            if positions[0] == -1:
                matches = list(cue.finditer(on))
            elif len(positions) == 1:
                m = cue.match(on, positions[0])
                if m is None:
                    continue
                matches = [m]
            else:
                match = cue.match
                matches = [m for p in sorted(set(positions)) if (m := match(on, p))]
            # the rule's other conditions only once a cue has matched (cheaper)
            if not matches:
                continue
            if (
                requires
                and rule_index not in self._mention_rules  # those were tested first
                and not _all_found(requires, s, low, same)
            ):
                continue
            vetoed: dict[int, bool] = {}  # clause -> an unless pattern found there
            for m in matches:
                ci = bisect.bisect_right(clause_starts, m.start()) - 1
                if unless:
                    veto = vetoed.get(ci)
                    if veto is None:
                        a, b = spans[ci]
                        veto = vetoed[ci] = _any_found(unless, s, low, same, a, b)
                    if veto:
                        continue
                if unless_near and _near_found(unless_near, s, low, same, spans[ci], m):
                    continue
                hits.append(Hit(rule, m.start(), m.end(), ci))
        return hits


def _nearable(pattern: str) -> Nearable:
    """An `unless_near` pattern compiled case-blind and, when it names no capital, for
    lowered text, with the words its matches need (`needed`): its matches' offsets are
    read, so it is searched in full where it is searched at all, but a clause without
    those words is not searched, and lowered text is searched without IGNORECASE."""
    blind, low = case_blind(pattern)  # (the case-blind one compiled on first use)
    if low is None:  # (its words are tested on lowered ASCII text only, in `_near_found`)
        return blind, low, _case_blind_needs(pattern)
    return blind, low, needed(pattern)


def _near_found(
    patterns: tuple[Nearable, ...],
    s: str,
    low: str,
    same: bool,
    span: tuple[int, int],
    m: re.Match[str],
) -> bool:
    """Whether an `unless_near` pattern matches, in the clause, over the cue match's own
    words or ending just before them: a background phrase vetoes the act it tells, not
    another act of the clause ("shelled Stepanakert on Thursday after Wednesday's strike
    on Ganja": the strike is Wednesday's, the shelling is told).

    Lowered text is searched only where lowering is all the case-blind match does (no
    "ſ" or dotless "ı", which it takes for "s" and "i"): then it finds the same matches
    at the same offsets, and a clause lacking a word they need holds none."""
    a, b = span
    lo = max(a, m.start() - NEAR_BEFORE)
    plain = same and (low.isascii() or not _EXTRA_FOLDS_RE.search(low))
    part = low[a:b] if plain else ""
    ascii_part: str | None = None  # s[a:b] lowered when ASCII, else "" (computed once)
    for blind, search_low, words in patterns:
        if plain and search_low is not None:
            if words is not None:  # (inline, as in `_any_found`)
                missing = False
                for needs in words:
                    for word in needs:
                        if word in part:
                            break
                    else:
                        missing = True  # no word of this set: no match in the clause
                        break
                if missing:
                    continue
            found_all = search_low.finditer(low, a, b)
        else:
            if words is not None:  # the words a case-blind match needs, on ASCII text
                if ascii_part is None:
                    ascii_part = s[a:b].lower() if s[a:b].isascii() else ""
                if ascii_part and not _holds_words(ascii_part, words):
                    continue
            found_all = blind.finditer(s, a, b)
        for found in found_all:
            if found.start() >= m.end():
                break
            if found.end() > lo:
                return True
    return False


def _any_found(patterns: Searches, s: str, low: str, same: bool, a: int, b: int) -> bool:
    """Whether one of the patterns occurs in s[a:b]; on lowered text a pattern is searched
    only where one of the words its matches hold occurs (one slice for all of them)."""
    part = low[a:b] if same else ""
    for search, search_low, words in patterns:
        if search_low is None or not same:
            if search(s, a, b):
                return True
            continue
        if words is not None:  # (inline: called ~40 times a sentence)
            missing = False
            for needs in words:
                for word in needs:
                    if word in part:
                        break
                else:
                    missing = True  # no word of this set: no match possible
                    break
            if missing:
                continue
        if search_low(low, a, b):
            return True
    return False


def _holds_words(part: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `part` holds a word of each set (the test `_any_found` inlines)."""
    return all(any(word in part for word in words) for words in needs)


def _all_found(requires: Searches, s: str, low: str, same: bool) -> bool:
    """Whether every pattern a rule requires occurs in the sentence (as `_any_found` tests
    one, without a list and a generator per pattern: tested for every sentence that names
    a party, where the words test alone decides)."""
    for search, search_low, words in requires:
        if search_low is None or not same:
            if not search(s, 0, len(s)):
                return False
            continue
        if words is not None:
            for needs in words:
                for word in needs:
                    if word in low:
                        break
                else:
                    return False  # no word of this set: no match possible
        if not search_low(low, 0, len(low)):
            return False
    return True

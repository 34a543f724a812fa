"""Step 4, cues: the profile's rules compiled once, and where in a sentence each may match.

Only rules whose trigger words occur are tried, and only where those words start: one
pass of the triggers' trie over the lowered sentence finds them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from tui.profile import Profile, Rule, trie_regex
from tui.tagger.text import Hit, Mention, PlaceHit, case_blind, first_chars

# a leading "not after a word character" (as most patterns begin): searched for without it
# and checked in Python, so that the regex engine's fast scan for a literal start works
_LEADING_BOUNDARY = ("(?<![\\w-])", "(?<![\\w])")

# whether a pattern occurs in text[a:b]: the compiled pattern's own `search` where it can
Search = Callable[[str, int, int], object]


def _searchable(pattern: str) -> tuple[Search, Search | None]:
    """A rule's unless or requires pattern as search functions (case-blind, and for lowered
    text when it can be): literal words are substring tests; a leading boundary
    lookbehind before a literal letter is checked in Python (see `_bounded`)."""
    if re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", pattern):
        words = tuple(pattern.split("|"))

        def has_word(text: str, a: int, b: int) -> bool:
            part = text[a:b].lower()
            return any(word in part for word in words)

        return has_word, has_word
    for prefix in _LEADING_BOUNDARY:
        rest = pattern[len(prefix) :]
        if pattern.startswith(prefix) and rest[:1].isalpha() and "|" not in _top_level(rest):
            blind, low = case_blind(rest)
            hyphen = "-" in prefix
            return _bounded(blind, hyphen), _bounded(low, hyphen) if low is not None else None
    blind, low = case_blind(pattern)
    return blind.search, low.search if low is not None else None


def _bounded(regex: re.Pattern[str], hyphen: bool) -> Search:
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


# a rule with its compiled cues, unless and requires patterns (each case-blind, and plain
# for lowered text when it can be)
Blind = tuple[re.Pattern[str], re.Pattern[str] | None]
Searches = list[tuple[Search, Search | None]]
Compiled = tuple[Rule, list[Blind], Searches, Searches]


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
            self._rules.append(
                (
                    rule,
                    # one alternation per rule: one attempt per position, not one per cue
                    [case_blind("|".join(f"(?:{c})" for c in rule.cues))],
                    [_searchable(c) for c in rule.unless],
                    [_searchable(c) for c in rule.requires],
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
        self._trigger_re = re.compile(
            first_chars(self._trigger_rules)
            + r"(?<!\w)(?:"
            + trie_regex(self._trigger_rules)
            + r")[\w'-]*",
            re.IGNORECASE,
        )
        self._trigger_low_re = re.compile(self._trigger_re.pattern)  # for lowered text

    def triggered(
        self, s: str, low: str, mentions: list[Mention], places: list[PlaceHit]
    ) -> dict[int, list[int]]:
        """Rule index -> the positions where a cue may start (-1: search everywhere).

        One pass of the triggers' trie over the lowered sentence; each word found is
        looked up in a cache of word -> rules (the rules of every trigger it begins
        with)."""
        found: dict[int, list[int]] = {i: [-1] for i in self._always}
        if len(low) == len(s):  # the trie on the lowered sentence: no IGNORECASE, faster
            words = [(m.start(), m.group()) for m in self._trigger_low_re.finditer(low)]
        else:  # lowering changed offsets (rare letters)
            words = [(m.start(), m.group().lower()) for m in self._trigger_re.finditer(s)]
        cache = self._word_rules
        for start, word in words:
            rules = cache.get(word)
            if rules is None:
                rules = self._cached_rules(word)
            for rule in rules:
                found.setdefault(rule, []).append(start)
        for rule in self._place_rules:
            found.setdefault(rule, []).extend(p[0] for p in places)
        for rule in self._party_rules:
            found.setdefault(rule, []).extend(m.start for m in mentions)
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
        for rule_index in sorted(anchors):
            rule, cues, unless, requires = compiled[rule_index]
            positions = anchors[rule_index]
            if not positions:
                continue
            if len(positions) > 1:
                positions = sorted(set(positions))
            if (
                requires
                and rule_index in self._mention_rules
                and not all(
                    r_low(low, 0, len(low)) if r_low is not None and same else r(s, 0, len(s))
                    for r, r_low in requires
                )
            ):
                continue  # tried at every name: what the rule requires is cheaper to test first
            for cue_blind, cue_low in cues:
                cue, text = (cue_low, low) if cue_low is not None and same else (cue_blind, s)
                if positions[0] == -1:
                    matches = list(cue.finditer(text))
                else:
                    match = cue.match
                    matches = [m for p in positions if (m := match(text, p))]
                # the rule's other conditions only once a cue has matched (cheaper)
                if (
                    matches
                    and requires
                    and not all(
                        r_low(low, 0, len(low)) if r_low is not None and same else r(s, 0, len(s))
                        for r, r_low in requires
                    )
                ):
                    break
                vetoed: dict[int, bool] = {}  # clause -> an unless pattern found there
                for m in matches:
                    ci = bisect.bisect_right(clause_starts, m.start()) - 1
                    if unless:
                        veto = vetoed.get(ci)
                        if veto is None:
                            a, b = spans[ci]
                            veto = vetoed[ci] = any(
                                (u_low(low, a, b) if u_low is not None and same else u(s, a, b))
                                for u, u_low in unless
                            )
                        if veto:
                            continue
                    hits.append(Hit(rule, m.start(), m.end(), ci))
        return hits

"""Step 2, mentions: the parties a sentence names (aliases, adjectives, capitals,
institutions, officials) and its places (every spelling, one canonical name)."""

from __future__ import annotations

import re

from tui.profile import Profile, trie_regex
from tui.tagger.text import Clause, Mention, PlaceHit, first_chars, unique_in_order

# a place or party name used as a modifier ("the third Karabakh truce") names no speaker
_MODIFIED_NOUN_RE = re.compile(
    r"\s+(?:truces?|cease-?fires?|conflict|war|region|talks|peace|settlement|front|fighting"
    r"|enclave|issue|crisis|dispute|zone|line|problem|deal|statement|clashes|question)\b"
)


class Mentions:
    """The profile's parties and places, compiled once; finds them in a sentence."""

    def __init__(self, profile: Profile) -> None:
        self._party_of: dict[str, str] = {}
        for party in profile.parties:
            for alias in party.aliases:
                self._party_of.setdefault(alias, party.id)
        self._party_re = _names_regex(self._party_of)
        self._place_of: dict[str, str] = {}
        for place in profile.places:
            for spelling in (place.name, *place.spellings):
                self._place_of.setdefault(spelling, place.name)
        self._place_re = _names_regex(self._place_of)
        self._capital_like = {alias for alias in self._place_of if alias in self._party_of}
        self.venues = frozenset(p.name for p in profile.places if p.venue)
        self.regions = frozenset(p.name for p in profile.places if p.region)
        self._locative_re = re.compile(
            r"(?:\b(?:in|near|at|to|on|over|into|from|towards?|around|outside|of|inside|"
            r"across|via|through)\s+(?:the\s+)?)$"
        )

    def find(self, s: str) -> tuple[list[Mention], list[tuple[int, int, str, str]]]:
        """The party mentions and the places (start, end, name, text) of a sentence."""
        mentions = [
            Mention(m.start(), m.end(), self._party_of[m.group()])
            for m in self._party_re.finditer(s)
            if not (
                m.group() in self._capital_like and _MODIFIED_NOUN_RE.match(s, m.end())
            )  # "the third Karabakh truce": a place as a modifier, no party
        ]
        places = [
            (m.start(), m.end(), self._place_of[m.group()], m.group())
            for m in self._place_re.finditer(s)
        ]
        if places and mentions:
            # a place inside a longer party name ("Minsk" in "the Minsk Group") is no place
            places = [
                p
                for p in places
                if not any(
                    x.start <= p[0] and p[1] <= x.end and x.end - x.start > p[1] - p[0]
                    for x in mentions
                )
            ]
        return mentions, places

    def is_place(self, s: str, m: Mention) -> bool:
        """A capital named as a location ("talks in Moscow"), not as a speaker."""
        text = s[m.start : m.end]
        if text not in self._capital_like:
            return False
        return bool(self._locative_re.search(s[max(0, m.start - 12) : m.start]))

    def places(self, s: str, places: list[PlaceHit], clause: Clause) -> list[str]:
        """The canonical places of a clause (of the sentence when the clause names none);
        a capital counts only where it is named as a location."""
        found = []
        for start, _end, name, text in places:
            if not clause.start <= start < clause.end:
                continue
            if text in self._capital_like and not self._locative_re.search(
                s[max(0, start - 12) : start]
            ):
                continue
            found.append(name)
        if not found:
            for start, _end, name, text in places:
                if text in self._capital_like and not self._locative_re.search(
                    s[max(0, start - 12) : start]
                ):
                    continue
                found.append(name)
        return unique_in_order(found)

    def cached_is_place(self, s: str, m: Mention, cache: dict[int, bool]) -> bool:
        """`is_place`, remembered per mention start within one sentence."""
        found = cache.get(m.start)
        if found is None:
            found = cache[m.start] = self.is_place(s, m)
        return found


def _names_regex(names: dict[str, str]) -> re.Pattern[str]:
    """Any of `names` as whole words (case-sensitive), as a trie behind a first-letter test."""
    return re.compile(first_chars(names) + r"(?<![\w-])(?:" + trie_regex(names) + r")(?![\w])")

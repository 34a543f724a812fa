"""Step 2, mentions: the parties a sentence names (aliases, adjectives, capitals,
institutions, officials) and its places (every spelling, one canonical name).

A place is an event's site only where the sentence puts the event there: not the town the
wounded were taken to ("taken to hospital in X"), not where a speaker sits ("the ministry
in X said", "said in X"), not where talks are held (for anything but talks and truces),
not an origin ("refugees from X", "fire from positions near X"), and, for a violation
claim, not a place named in the other camp's claim ("A said B shelled X; B said A broke
the truce": X is no site of B's claim).
A capture names the town or district taken (`captured`): a capture verb whose object is
heights, positions, territory, people or equipment, a whole region, or a place reached
through a preposition ("taken to X") is no capture."""

from __future__ import annotations

import re

from tui.profile import Profile, trie_regex
from tui.tagger.text import (
    Clause,
    Mention,
    PlaceHit,
    first_chars,
    last_words,
    unique_in_order,
)

# a place or party name used as a modifier ("the third Karabakh truce") names no speaker
_MODIFIED_NOUN_RE = re.compile(
    r"\s+(?:truces?|cease-?fires?|conflict|war|region|talks|peace|settlement|front|fighting"
    r"|enclave|issue|crisis|dispute|zone|line|problem|deal|statement|clashes|question)\b"
)
# A venue that names a party's format of talks ("Minsk", of the Minsk Group) before a word
# for talks ("the Minsk talks", "the Minsk process", "a return to the Minsk talks") names
# the format, not where the day's talks are held: no place unless a locative puts the
# venue itself there ("talks in Minsk"). "The Geneva talks" stay Geneva's.
_FORMAT_NOUN_RE = re.compile(r"\s+(?:talks|process|format|framework|platform)\b")
# what a compound of both camps' names sets the scene of ("the Thai-Cambodian border"),
# unlike their talks or truce ("Armenia-Azerbaijan talks" name the two sides)
_WAR_SETTING_RE = re.compile(
    r"\s+(?:border|frontier|fighting|clashes|conflict|war|hostilities|front|tensions?"
    r"|dispute|line of contact)\b"
)
# A country or people named in an outlet's name ("France 24", "the Armenian Weekly",
# "Azerbaijan Press Agency"): the outlet speaks, not the state (names are capitalised).
_OUTLET_NAME_RE = re.compile(
    r"\s+(?:24|Weekly|Daily|Times|News|Press|Post|Herald|Mirror|Voice|TV|Radio|Online"
    r"|Today|Observer|Agency|Gazette|Tribune|Journal|Insider|Review)\b"
)
# A patron in a compound that names another actor ("the Iran-backed group", "Russia-allied
# forces"): the group acts or speaks, not its patron.
_PATRON_COMPOUND_RE = re.compile(
    r"-(?:backed|allied|aligned|supported|sponsored|funded|armed|trained|controlled)\b",
    re.IGNORECASE,
)


# Text just before a place that makes it something other than the event's site.
_WORD = r"[\w'’-]+"
_ORIGIN_RE = re.compile(
    # an origin: "refugees from X", "fired from positions near X"
    r"\bfrom\s+(?:(?:the|a|an|its|their|his|her|enemy|positions?|territory|direction|"
    r"areas?|side|outskirts|villages?|town|city|district|region|of|near|in|around|"
    r"[A-Z][\w'’-]*)\s+){0,5}$"
)
_TREATED_RE = re.compile(
    # where the wounded were taken or treated: "taken to hospital in X", "treated in X"
    r"\b(?:taken|brought|rushed|carried|transported|evacuated|flown|airlifted|admitted|"
    r"moved|transferred|"
    r"treated|hospitali[sz]ed|receiving\s+(?:medical\s+)?(?:treatment|care))\s+"
    rf"(?:{_WORD}\s+){{0,2}}?(?:to|into|in|at)\s+(?:(?:the|a|an|{_WORD})\s+){{0,3}}?$"
)
_SPOKEN_IN_RE = re.compile(
    # where a speaker speaks: "said in X", "told reporters in X", "an address at ... in X"
    r"\b(?:said|says|say|announced|announces|told(?:\s+[\w'’-]+){0,2}?|stated|"
    r"declared|wrote|speaking|spoke|briefing|conference|interview|address|speech)\s+"
    r"(?:(?:the|a|an|of|at|on|[A-Z][\w'’-]*)\s+){0,5}?(?:in|from|at)\s+(?:the\s+)?$"
)

# "the ministry in X said": a speaker's office, when a reporting verb follows the place
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:ministry|ministries|officials?|authorities|governments?|spokes(?:man|woman|person)|"
    r"sources?|presidency|embassy|office|headquarters|correspondents?|press\s+service|"
    r"leaderships?|command)\s+(?:in|from|at)\s+$"
)
# "the authorities in Yerevan and Stepanakert": the second seat of a pair of speakers
_OFFICE_PAIR_RE = re.compile(
    r"\b(?:ministries|officials|authorities|governments|leaderships)\s+(?:in|of)\s+"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+$"
)
_OFFICE_AFTER_RE = re.compile(
    r"(?:\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:\s+(?:also|likewise|again|both|too|all))?"
    r"(?:\s+(?:on\s+)?\w+day|\s+(?:today|yesterday))?,?\s+(?:said|says|say|told|tells|"
    r"announced|announces|reported|reports|stated|states|claimed|claims|added|adds|wrote|"
    r"writes|insisted|accused|accuses|denied|denies|rejected|rejects|confirmed|confirms|"
    r"warned|warns|called|calls|urged|urges)\b"
)

# where talks are held: the site of talks and truces only
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:talks|meetings?|negotiations|summit|consultations|met|meet|meets)\s+"
    r"(?:(?!shell|fight|attack|strik|bomb|clash|battl|rocket|missile|drone)[\w'’-]+\s+){0,4}?"
    r"(?:in|at)\s+(?:the\s+)?$"
)

_SITE_OF_TALKS = frozenset({"diplomatic_call", "truce_agreed"})

# the words each pattern above begins with: a place with none of them among the words
# just before it is a site, with no pattern tried (most places, most of the time)
_ORIGIN_HEADS = frozenset({"from"})
_TREATED_HEADS = frozenset(
    [
        "taken",
        "brought",
        "rushed",
        "carried",
        "transported",
        "evacuated",
        "flown",
        "airlifted",
        "admitted",
        "treated",
        "hospitalized",
        "hospitalised",
        "receiving",
        "moved",
        "transferred",
    ]
)
# units moved to a place are there; the wounded moved to a place were not hit there
_MOVED_HEADS = frozenset({"moved", "transferred"})
_SPOKEN_HEADS = frozenset(
    [
        "said",
        "says",
        "say",
        "announced",
        "announces",
        "told",
        "stated",
        "declared",
        "wrote",
        "speaking",
        "spoke",
        "briefing",
        "conference",
        "interview",
        "address",
        "speech",
    ]
)
_VENUE_HEADS = frozenset(
    [
        "talks",
        "meeting",
        "meetings",
        "negotiations",
        "summit",
        "consultations",
        "met",
        "meet",
        "meets",
    ]
)
_OFFICE_HEADS = frozenset(
    [
        "ministry",
        "ministries",
        "official",
        "officials",
        "authorities",
        "government",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "source",
        "sources",
        "presidency",
        "embassy",
        "office",
        "headquarters",
        "correspondent",
        "correspondents",
        "service",
        "leadership",
        "command",
        "governments",
        "leaderships",
    ]
)
# a past attack named after its place, as the reason or the time of what is told: "in
# answer to the X attack", "since the X massacre", "after the X terror attack"
_NAMED_BEFORE_RE = re.compile(r"\b(?:after|since|following|before|for|over|to)\s+the\s+$")
_NAMED_AFTER_RE = re.compile(
    r"\s+(?:(?:terror|terrorist|militant|deadly|suicide)\s+)?"
    r"(?:attack|massacre|bombing|killings|shooting|tragedy|carnage)s?\b",
    re.IGNORECASE,
)
_NAMED_HEADS = frozenset({"after", "since", "following", "before", "for", "over", "to"})
# the same name as the object of any preposition: "a part in the X attack", "the probe
# into the X bombing", "anger over the X massacre"
_NAMED_OBJECT_RE = re.compile(
    r"\b(?:after|since|following|before|for|over|to|in|into|of|on|about|behind|with)\s+the\s+$",
    re.IGNORECASE,
)
# a border named as a landmark: "shot down near the border with X" did not happen in X
# ("the border of X" is X's own edge, inside it)
_BORDER_HEADS = frozenset({"border", "frontier", "boundary"})
_BORDER_RE = re.compile(
    r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$",
    re.I,
)
# a place named as the one who speaks: "Baku said", "while Yerevan says" (not "claimed"
# or "reported": "the shelling of X claimed two lives", "strikes on X reported by TV"),
# itself the subject (not "the UN force in southern Lebanon said": the force speaks there)
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:said|says|announced|insisted|added)\b(?!\s+(?:to|by|hit)\b)")
_CLAUSE_OPENERS = frozenset({"while", "and", "but", "as", "whereas"})


def _opens_clause(s: str, start: int) -> bool:
    """Whether the word at `start` opens its sentence or clause (so may be its subject)."""
    head = s[:start].rstrip()
    if not head or head.endswith((",", ";", ":", "\u2013", "\u2014", "-", '"', "\u201d")):
        return True
    return head.rsplit(None, 1)[-1].lower() in _CLAUSE_OPENERS


# "on" after blame names whom it falls on: "put the blame on Yerevan" (not "pressure on
# Shusha", which is often an army's on a town)
_BLAME_ON_RE = re.compile(
    r"\b(?:blame|blamed|responsibility|onus|sanctions|demands?)\s+"
    r"(?:(?:squarely|firmly|solely|entirely)\s+)?on\s*$",
    re.IGNORECASE,
)

_NOT_SITE_HEADS = (
    _ORIGIN_HEADS
    | _TREATED_HEADS
    | _SPOKEN_HEADS
    | _VENUE_HEADS
    | _OFFICE_HEADS
    | _NAMED_HEADS
    | _BORDER_HEADS
)
_AT = frozenset({"in", "from", "at"})
_PUNCTUATION = ",.;:!?\"'“”‘’()[]"

# A capture's object: a town, village or district, named or not ...
_SETTLEMENT_RE = re.compile(r"\b(?:villages?|towns?|city|cities|settlements?|districts?)\b", re.I)
# ... never one of these (heights and positions, land at large, people, things)
_NOT_TAKEN_RE = re.compile(
    r"\b(?:heights?|hills?|hilltops?|peaks?|ridges?|positions?|posts?|territor(?:y|ies)|"
    r"strongholds?|ground|lands?|soldiers?|troops|servicem[ae]n|fighters?|militants?|"
    r"mercenar(?:y|ies)|prisoners?|captives?|pows?|hostages?|people|civilians?|residents|"
    r"families|children|wounded|injured|dead|bodies|lives|equipment|tanks?|weapons?|"
    r"vehicles?|drones?|arms|trophies|memorandum|centre|center|monitoring|contact|note|"
    r"photos?|pictures?|images?|footage|videos?|hospitals?|where|who|which|whose)\b",
    re.I,
)
# a town's name used of a building in it: "the agency's X office", "X airport"
_BUILDING_AFTER_RE = re.compile(
    r"\s+(?:offices?|compounds?|premises|headquarters|branch(?:es)?|bureaus?|airports?|"
    r"air\s?bases?|warehouses?|buildings?|stations?)\b",
    re.I,
)
# between a town and its passive capture verb, words that make someone else the subject
_NOT_SUBJECT_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many|some|"
    r"say|says|said|claims?|claimed|reports?|reported|Armenians|Azerbaijanis|Azeris)\b",
    re.I,
)
# a place reached through a preposition is not what was taken ("taken to X", "lost in X")
_PREPOSITION_RE = re.compile(
    r"\b(?:to|in|into|at|near|from|by|for|with|on|after|during|under|between|around|"
    r"towards?|through|across|outside|inside|against|(?<!control\s)over)\b",
    re.I,
)
# between a capture's object and the next place it names: "the city of X", "X and Y"
_OBJECT_LINK_RE = re.compile(
    r"^(?:\s*,\s*|\s+(?:and|or|of|the|city|town|village|district|districts)\s+|\s+)*$", re.I
)
# "X city liberated": a town named just before the settlement word of the cue
_NAME_BEFORE_RE = re.compile(
    r"^(?:\s+(?:city|town|village|settlement|district)s?)?"
    r"(?:\s+and\s+(?:the\s+)?(?:nearby\s+|surrounding\s+|several\s+|some\s+)?)?\s*$",
    re.I,
)
# "the town" named again: the place the sentence named before it
_THE_TOWN_RE = re.compile(r"\bthe\s+(?:town|city|village|settlement)\b", re.I)
_OF_RE = re.compile(r"\s+of\b")
# "X is completely out of our control": the subject before a cue that names no object
_SUBJECT_LINK_RE = re.compile(
    r"^\s*(?:is|was|were|are|has\s+been|had\s+been|remains?|remained)?\s*"
    r"(?:(?:now|completely|fully|entirely|already|also)\s+)*$",
    re.I,
)


class Mentions:
    """The profile's parties and places, compiled once; finds them in a sentence."""

    def __init__(self, profile: Profile) -> None:
        self._party_of: dict[str, str] = {}
        for party in profile.parties:
            for alias in party.aliases:
                self._party_of.setdefault(alias, party.id)
        # a name written with its article ("the Iran-backed group") opens a sentence too
        for alias, party_id in list(self._party_of.items()):
            if alias.startswith("the "):
                self._party_of.setdefault("The" + alias[3:], party_id)
        self._party_re = _names_regex(self._party_of)
        self._place_of: dict[str, str] = {}
        for place in profile.places:
            for spelling in (place.name, *place.spellings):
                self._place_of.setdefault(spelling, place.name)
        self._place_re = _names_regex(self._place_of)
        self._capital_like = {alias for alias in self._place_of if alias in self._party_of}
        self._camp = {party.id: party.camp for party in profile.parties if party.camp}
        self.venues = frozenset(p.name for p in profile.places if p.venue)
        self.regions = frozenset(p.name for p in profile.places if p.region)
        # venues that also name a party's format of talks ("Minsk" in "the OSCE Minsk
        # Group"): "the Minsk talks" are that format's, where "the Geneva talks" are Geneva's
        aliases = [a for party in profile.parties for a in party.aliases]
        self._format_venues = frozenset(
            v for v in self.venues if any(v in a and v != a for a in aliases)
        )
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
            and not _OUTLET_NAME_RE.match(s, m.end())  # "France 24 said": an outlet
            and not _PATRON_COMPOUND_RE.match(s, m.end())  # "the Iran-backed group"
            and not self._pair_compound(s, m)  # "the Thai-Cambodian border"
        ]
        places = [
            (m.start(), m.end(), self._place_of[m.group()], m.group())
            for m in self._place_re.finditer(s)
            if not (
                self._place_of[m.group()] in self._format_venues
                and _FORMAT_NOUN_RE.match(s, m.end())
                and (
                    s[: m.start()].endswith(("the ", "The ")) or not self.is_place_at(s, m.start())
                )
            )
        ]
        if places and mentions:
            # a place inside a longer party name ("Minsk" in "the Minsk Group") is no
            # place, nor one that names the party after it ("the Minsk co-chairs")
            places = [
                p
                for p in places
                if not any(
                    (x.start <= p[0] and p[1] <= x.end and x.end - x.start > p[1] - p[0])
                    or (x.start == p[1] + 1 and s[p[1]] == " ")
                    for x in mentions
                )
            ]
        return mentions, places

    def _pair_compound(self, s: str, m: re.Match[str]) -> bool:
        """Whether the name `m` opens a compound with the other camp's name before a
        word of the war's setting ("the Thai-Cambodian border", "Armenian-Azerbaijani
        fighting"): the pair names where, no actor (never the one accused of renewed
        fighting)."""
        if not s.startswith("-", m.end()) or not s[m.end() + 1 : m.end() + 2].isupper():
            return False
        other = self._party_re.match(s[m.end() + 1 : m.end() + 60])
        if other is None:
            return False
        mine = self._camp.get(self._party_of[m.group()])
        theirs = self._camp.get(self._party_of[other.group()])
        setting = _WAR_SETTING_RE.match(s, m.end() + 1 + other.end())
        return bool(mine and theirs and mine != theirs and setting)

    def is_place(self, s: str, m: Mention) -> bool:
        """A capital named as a location ("talks in Moscow"), not as a speaker."""
        text = s[m.start : m.end]
        if text not in self._capital_like:
            return False
        return self.is_place_at(s, m.start)

    def is_place_at(self, s: str, start: int) -> bool:
        """Whether the words before `start` name a location ("in", "near", "to", ...)."""
        return bool(self._locative_re.search(s[max(0, start - 12) : start]))

    def places(
        self,
        s: str,
        places: list[PlaceHit],
        clause: Clause,
        clauses: list[Clause] | None = None,
        kind: str = "",
    ) -> list[str]:
        """The sites a clause names for an event of `kind` (else those of the sentence's
        other clauses, for a claim only those of its own camp); a capital counts only
        where it is named as a location, and no place counts that the sentence does not
        put the event at."""
        found = [
            name
            for start, end, name, text in places
            if clause.start <= start < clause.end
            and self._named_as_place(s, start, text)
            and self.is_site(s, start, end, kind)
        ]
        if not found:
            # a claim's site is never a place of the other camp's claim
            found = [
                name
                for start, end, name, text in places
                if not clause.start <= start < clause.end
                and self._named_as_place(s, start, text)
                and (kind != "violation_claim" or self._same_side(start, clause, clauses))
                and self.is_site(s, start, end, kind)
            ]
        return unique_in_order(found)

    def _named_as_place(self, s: str, start: int, text: str) -> bool:
        """A capital counts as a place only where it is named as a location."""
        return text not in self._capital_like or self.is_place_at(s, start)

    def _same_side(self, start: int, clause: Clause, clauses: list[Clause] | None) -> bool:
        """Whether the place at `start` may be in a clause of the same side as `clause`: a
        place of the other camp's claim is never this claim's site ("A said B shelled X;
        B said A shelled its positions": X is A's claim only)."""
        camp = self._camp.get(clause.speaker or "")
        if not clauses or camp is None:
            return True
        for other in clauses:
            if other.start <= start < other.end:
                other_camp = self._camp.get(other.speaker or "")
                return other_camp is None or other_camp == camp
        return True

    def is_site(self, s: str, start: int, end: int, kind: str = "") -> bool:
        """Whether the place at s[start:end] may be where the event happened: not an
        origin, not where the wounded went, not a past attack's name, not a border named
        as a landmark, not a speaker's or (but for talks) a venue."""
        before = s[max(0, start - 70) : start]
        words = [w.strip(_PUNCTUATION) for w in before.lower().rsplit(None, 11)[-11:]]
        if words[-2:] == ["according", "to"] or (
            _SPEAKS_AFTER_RE.match(s, end) and _opens_clause(s, start)
        ):
            return False  # "according to Yerevan", "Baku said": a capital speaking
        if words[-1:] == ["on"] and _BLAME_ON_RE.search(before):
            return False  # "put the blame on Yerevan": the one blamed, no site
        heads = _NOT_SITE_HEADS.intersection(words)
        if not heads:
            return True
        # "said in X", "the ministry in X", "talks in X": only after "in", "from", "at"
        at = bool(words) and (
            words[-1] in _AT
            or (words[-1] == "the" and len(words) > 1 and words[-2] in _AT)
            or (words[-1] == "and" and bool(_OFFICE_PAIR_RE.search(before)))
        )
        # each pattern is tried only when a word it begins with is there
        if "from" in heads and _ORIGIN_RE.search(before):
            return False
        if (
            words[-1:] == ["the"]
            and not heads.isdisjoint(_NAMED_HEADS)
            and _NAMED_BEFORE_RE.search(before)
            and _NAMED_AFTER_RE.match(s, end)
        ):
            return False  # "after the X attack": a past event's name, not this one's site
        if (
            not heads.isdisjoint(_TREATED_HEADS)
            and _TREATED_RE.search(before)
            and not (kind == "peacekeeping" and heads & _TREATED_HEADS <= _MOVED_HEADS)
        ):
            return False  # peacekeepers "moved to X" are at X
        if not heads.isdisjoint(_BORDER_HEADS) and _BORDER_RE.search(before):
            return False
        if kind in _SITE_OF_TALKS:
            return True  # talks and truces happen where they are announced
        if at and not heads.isdisjoint(_SPOKEN_HEADS) and _SPOKEN_IN_RE.search(before):
            return False
        if at and not heads.isdisjoint(_VENUE_HEADS) and _VENUE_BEFORE_RE.search(before):
            return False
        return not (
            at
            and not heads.isdisjoint(_OFFICE_HEADS)
            and (_OFFICE_BEFORE_RE.search(before) or _OFFICE_PAIR_RE.search(before))
            and _OFFICE_AFTER_RE.match(s, end)
        )

    def names_past_attack(self, s: str, places: list[PlaceHit], start: int, end: int) -> bool:
        """Whether the attack word at s[start:end] ends a past attack's name after its place
        ("after the X attack", "a part in the X bombing"): the name of an event the reader
        knows, told as a reason or a topic, not a report of it."""
        for p_start, p_end, _name, _text in places:
            if not p_end <= start <= p_end + 30:
                continue
            after = _NAMED_AFTER_RE.match(s, p_end)
            if (
                after is not None
                and after.end() >= end
                and _NAMED_OBJECT_RE.search(s, max(0, p_start - 20), p_start)
            ):
                return True
        return False

    def captured(
        self, s: str, places: list[PlaceHit], start: int, end: int, clause: Clause
    ) -> list[str] | None:
        """The towns a capture cue at s[start:end] names as taken, or None when what it
        names is no town or district (heights, territory, people, a region, a place
        reached through a preposition). An unnamed village names no town: its district
        is where it lies, not what was taken."""
        inside = [p for p in places if p[0] < end and p[1] > start]  # "Jabrayil city"
        text = s[start:end]
        if not inside and not _SETTLEMENT_RE.search(text):
            # "X city liberated": a town named just before the settlement word of the cue
            # "X is completely out of our control": the object is the subject before it
            before = [p for p in places if clause.start <= p[1] <= start]
            if not before or not _SUBJECT_LINK_RE.match(s[before[-1][1] : start]):
                return None
            inside, text = [before[-1]], s[before[-1][0] : start] + text
            start = before[-1][0]
        rest = text
        for p_start, p_end, _name, _text in inside:
            rest = rest.replace(s[max(p_start, start) : p_end], " ")
        if _NOT_TAKEN_RE.search(rest) or _PREPOSITION_RE.search(rest):
            return None
        if inside and _BUILDING_AFTER_RE.match(s, inside[-1][1]):
            return None  # "entered the agency's X office": a building in X, not X
        if (
            inside
            and inside[0][0] <= start
            and (
                _PREPOSITION_RE.search(last_words(s[max(0, start - 30) : start], 1))
                or _NOT_SUBJECT_RE.search(rest)
            )
        ):
            # "refugees from X were taken in", "the mayors of X say 10 Armenians were
            # captured": X is not what was taken
            return None
        named = [p for p in inside if p[2] not in self.regions and p[2] not in self.venues]
        if inside and not named and not _SETTLEMENT_RE.search(rest):
            return None  # a whole region (or a venue) is not a town taken
        # the town names that follow the object: "the city of X", "X and Y"
        taken = [p[2] for p in named]
        if not inside:
            # "X city liberated", "X settlement and nearby villages taken": named before
            before = [p for p in places if clause.start <= p[1] <= start]
            if before and _NAME_BEFORE_RE.match(s[before[-1][1] : start]):
                taken.append(before[-1][2])
        tail = max(end, *(p[1] for p in inside)) if inside else end
        for p_start, p_end, name, text in places:
            if p_start < tail or (text in self._capital_like and not self.is_place_at(s, p_start)):
                continue
            link = s[tail:p_start]
            if _OBJECT_LINK_RE.match(link):
                if name not in self.regions and name not in self.venues:
                    taken.append(name)
                tail = p_end
                continue
            break
        if (
            not taken
            and _THE_TOWN_RE.search(s, max(0, start - 4), end)
            and not _OF_RE.match(s, end)
        ):
            # "battles went on near X, and Baku said the town had been captured": X
            earlier = [
                p
                for p in places
                if p[1] <= start
                and p[2] not in self.regions
                and p[2] not in self.venues
                and (p[3] not in self._capital_like or self.is_place_at(s, p[0]))
            ]
            if earlier:
                taken.append(earlier[-1][2])
        return unique_in_order(taken)

    def cached_is_place(self, s: str, m: Mention, cache: dict[int, bool]) -> bool:
        """`is_place`, remembered per mention start within one sentence."""
        found = cache.get(m.start)
        if found is None:
            found = cache[m.start] = self.is_place(s, m)
        return found


def _names_regex(names: dict[str, str]) -> re.Pattern[str]:
    """Any of `names` as whole words (case-sensitive), as a trie behind a first-letter test."""
    return re.compile(first_chars(names) + r"(?<![\w-])(?:" + trie_regex(names) + r")(?![\w])")

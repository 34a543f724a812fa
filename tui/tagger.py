"""The event tagger: a report's title and text in, tags with their evidence out.

Pure: no I/O. A `Tagger` is built once from a `Profile` (every regular expression is
compiled up front) and then reads reports sentence by sentence, as the taxonomy
describes:

1. split the text into sentences (the headline is one of its own) and each sentence
   into clauses (at ``;``, dashes, ", while", ", as", ", which", ", and", ...);
2. find party mentions (aliases, adjectives, capitals, institutions, officials) and
   places (every spelling, one canonical name);
3. find speech frames: a reporting verb and the party of its subject ("X said",
   "X accused Y of", "according to X", "..., X said", a headline "X: ..."); a subject
   with no party of its own ("it", "its ministry", "and denied") inherits the last
   speaker;
4. find the event cues of the profile's rules (only rules whose trigger words occur);
5. decide roles: the accuser of a violation claim is the speaker; the accused is the
   object of "accused Y of", the agent of a passive ("shelled by Y"), the subject of an
   act verb ("Y's forces shelled"), or the only party of the other camp named; a
   denial's denier is the subject of the denying verb;
6. reject what is not news: negation ("did not", "no", "halt to"), hedges and
   conditionals ("if", "would", "urged ... to"), subordinate clauses for rules that ask
   for a main clause ("after the truce took effect"), recaps (past perfect outside
   reported speech, "since ...", "... ago", explicit dates well before publication),
   and a truce that is only the object of a violation.

Dates are resolved against the publication date ("yesterday", weekday names, "early
hours of Saturday", "on 10 October", "Oct. 10"); with nothing better the publication
date is used and the tag says so (``date_basis = "published"``).

Benchmark: ``python -m tui.tagger --bench 5000`` prints items per second.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tui.profile import Profile, Rule, load_profile, trie_regex
from tui.records import Casualty, Tag

# English grammar word lists; a profile's [language] table may replace any of them.
DEFAULT_LANGUAGE: dict[str, tuple[str, ...]] = {
    # verbs that open reported speech (case-sensitive, lower case mid-sentence)
    "reporting_verbs": (
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "accuse",
        "accuses",
        "accused",
        "accusing",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "report",
        "reports",
        "reported",
        "reporting",
        "stated",
        "announce",
        "announces",
        "announced",
        "announcing",
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "rejecting",
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "insist",
        "insists",
        "insisted",
        "adds",
        "added",
        "confirm",
        "confirms",
        "confirmed",
        "declares",
        "declared",
        "blame",
        "blames",
        "blamed",
        "blaming",
        "allege",
        "alleges",
        "alleged",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "admit",
        "admits",
        "admitted",
        "stressed",
        "stresses",
        "responded",
        "replied",
        "complained",
        "argued",
        "countered",
        "noted",
        "notes",
        "asserted",
        "maintained",
        "maintains",
        "charged",
        "relays",
        "relayed",
    ),
    # reporting verbs that deny: what follows them is not asserted by their subject
    "denial_verbs": (
        "deny",
        "denies",
        "denied",
        "denying",
        "reject",
        "rejects",
        "rejected",
        "rejecting",
        "dismiss",
        "dismisses",
        "dismissed",
        "dismissing",
        "refute",
        "refutes",
        "refuted",
        "rebuff",
        "rebuffed",
        "rebuffs",
        "dispute",
        "disputes",
        "disputed",
    ),
    # verbs whose object is the accused ("accused Azerbaijan of")
    "accuse_verbs": (
        "accuse",
        "accuses",
        "accused",
        "accusing",
        "blame",
        "blames",
        "blamed",
        "blaming",
    ),
    # words that negate a cue a few words later
    "negations": (
        "not",
        "n't",
        "never",
        "no",
        "without",
        "neither",
        "nor",
        "none",
        "nothing",
        "failed to",
        "fail to",
        "fails to",
        "refused to",
        "refuses to",
        "refuse to",
        "no longer",
        "halt to",
        "halt in",
        "halt of",
        "stop",
        "stopping",
        "end to",
        "ending",
        "cessation of",
        "cease",
        "suspend",
        "suspension of",
        "pause in",
        "freeze",
        "denied",
        "denies",
        "deny",
        "denying",
        "rejected",
        "rejects",
    ),
    # words that make a cue hypothetical, planned or hoped for
    "hedges": (
        "if",
        "If",
        "unless",
        "Unless",
        "whether",
        "would",
        "could",
        "might",
        "may",
        "should",
        "will",
        "shall",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "urge",
        "urges",
        "urged",
        "urging",
        "call for",
        "calls for",
        "called for",
        "calling for",
        "called on",
        "calls on",
        "calling on",
        "ready to",
        "willing to",
        "prepared to",
        "propose",
        "proposes",
        "proposed",
        "proposal",
        "proposing",
        "offer",
        "offers",
        "offered",
        "plan",
        "plans",
        "planned",
        "expected",
        "expects",
        "expect",
        "aim",
        "aims",
        "seek",
        "seeks",
        "sought",
        "try",
        "tries",
        "tried to",
        "attempt to",
        "want",
        "wants",
        "wanted",
        "demand",
        "demands",
        "demanded",
        "warn",
        "warns",
        "warned",
        "warning",
        "threaten",
        "threatens",
        "threatened",
        "possible",
        "possibility",
        "prospect",
        "prospects",
        "chance",
        "in case",
        "in the event",
        "intend",
        "intends",
        "due to be",
        "set to",
    ),
    # words opening a subordinate clause (for rules with main_clause = true)
    "subordinators": (
        "after",
        "After",
        "since",
        "Since",
        "before",
        "Before",
        "when",
        "When",
        "as",
        "As",
        "while",
        "While",
        "until",
        "once",
        "Once",
        "following",
        "Following",
        "ahead of",
        "despite",
        "Despite",
        "although",
        "though",
        "because",
        "which",
        "whereas",
        "amid",
        "Amid",
    ),
    # verbs of the acts a party is accused of; the party before them is the agent
    "act_verbs": (
        "shell",
        "shells",
        "shelled",
        "shelling",
        "attack",
        "attacks",
        "attacked",
        "attacking",
        "fire",
        "fired",
        "fires",
        "firing",
        "strike",
        "strikes",
        "struck",
        "striking",
        "bomb",
        "bombed",
        "bombing",
        "bombs",
        "violate",
        "violates",
        "violated",
        "violating",
        "breach",
        "breached",
        "breaches",
        "breaching",
        "break",
        "breaks",
        "broke",
        "breaking",
        "ignore",
        "ignored",
        "ignores",
        "ignoring",
        "launch",
        "launched",
        "launches",
        "launching",
        "resume",
        "resumed",
        "resumes",
        "resuming",
        "continue",
        "continued",
        "continues",
        "continuing",
        "kept",
        "keeps",
        "renewed",
        "target",
        "targeted",
        "targets",
        "targeting",
        "hit",
        "hits",
        "pounded",
        "used",
        "uses",
        "using",
        "shot",
        "downed",
        "opened fire",
        "carried out",
        "committed",
        "provoked",
        "undermined",
        "wrecked",
        "tried",
        "attempted",
        "advanced",
        "pushed",
        "deployed",
        "destroyed",
        "killed",
        "flouted",
        "sabotaged",
    ),
    # words naming the other camp without naming it
    "enemy_words": ("the enemy", "the adversary", "the opposing side", "the other side"),
    # words that make a claim mutual (no single accuser)
    "mutual_words": (
        "each other",
        "one another",
        "both sides",
        "both parties",
        "mutual",
        "trade accusations",
        "traded accusations",
        "trade blame",
        "traded blame",
        "trading accusations",
        "trading blame",
    ),
}

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE_RE = re.compile(
    # the lookahead lets the engine skip, with one class test, every word that cannot
    # begin a date (a digit, a month, a weekday, yesterday, today, last, next, this, the)
    r"(?<![\w-])(?=[0-9jfmasondytlw])(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<dm>(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH_RE.replace("(", "(?P<m1>", 1)
    + r"\.?(?:,?\s+(?P<y1>\d{4}))?)"
    r"|(?P<md>"
    + _MONTH_RE.replace("(", "(?P<m2>", 1)
    + r"\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y2>\d{4}))?)"
    r"|(?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening"
    r"|last\s+night|the\s+day\s+before|tomorrow)"
    r"|(?P<wd>(?:(?P<wdq>last|next|this)\s+)?(?P<wday>Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)(?:['’]s)?)"
    r")(?![\w])",
    re.IGNORECASE,
)
# the same on a lowered sentence (offsets unchanged), without the cost of IGNORECASE
_DATE_LOW_RE = re.compile(_DATE_RE.pattern.lower().replace("(?p<", "(?P<"))
_FUTURE_RE = re.compile(r"\b(?:will|from|starting|due|scheduled|until|next|set\s+to)\b")
# when a truce takes effect: "from 12:00 on 10 October", "would take effect at 08:00 local
# time on Monday", "starting at midnight", "ending the war from 01:00"
_EFFECT_RE = re.compile(
    r"\b(?P<verb>from|starting(?:\s+(?:at|from))?|beginning(?:\s+at)?|begins?\s+at|began\s+at"
    r"|starts?\s+at|started\s+at|effective(?:\s+from)?|as\s+of"
    r"|(?:take|takes|took|taking|come|comes|came|go|goes|went|enters?|entered)\s+(?:into\s+)?"
    r"(?:effect|force)(?:\s+(?:at|from|on))?)\s+(?P<time>midnight|noon|\d{1,2}[:.]\d{2}"
    r"|\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?))?",
    re.IGNORECASE,
)
_EFFECT_PAST_RE = re.compile(r"^(?:took|came|went|entered|began|started)\b", re.IGNORECASE)
_EFFECT_FUTURE_RE = re.compile(r"\b(?:will|would|to|is\s+to|due\s+to|set\s+to)\s+\S*\s*$")
# a place or party name used as a modifier ("the third Karabakh truce") names no speaker
_MODIFIED_NOUN_RE = re.compile(
    r"\s+(?:truces?|cease-?fires?|conflict|war|region|talks|peace|settlement|front|fighting"
    r"|enclave|issue|crisis|dispute|zone|line|problem|deal|statement|clashes|question)\b"
)
# a verb coordinated with an earlier one: "... and says", "... but added"
_COORDINATED_RE = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$")
_PRONOUN_OPENING_RE = re.compile(
    r"\s*(?:it|he|she|they|the\s+(?:ministry|spokes\w+|army|military|government|office))\b",
    re.IGNORECASE,
)
_NEGATION_INSIDE_RE = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n['’]t\b")
# a date that belongs to a truce named in passing ("the truce agreed on Saturday")
_TRUCE_ATTACHED_RE = re.compile(
    r"(?:agreed|signed|brokered|reached|announced|declared|began|started|took\s+effect|"
    r"came\s+into\s+(?:force|effect))\s+(?:in\s+\w+\s+)?(?:on\s+|last\s+|early\s+on\s+)?$"
)
_PAST_PERFECT_RE = re.compile(
    r"\bhad\s+(?:(?:already|previously|earlier|not|been|just|also|first|only)\s+){0,2}\w+"
)
_SINCE_RE = re.compile(r"\b(?:since|Since)\b")
_AGO_RE = re.compile(
    r"\b(?:ago|last\s+(?:week|month|year)|earlier\s+(?:this|in\s+the|that)\s+(?:week|month)"
    r"|previous\s+(?:week|month))\b"
)
_AGO_HINT_RE = re.compile(r"ago|last|earlier|previous")
_COLON_HEADLINE_RE = re.compile(r"^([^:]{2,80}?):\s+\S")
_ACCORDING_RE = re.compile(r"\b(?:according\s+to|citing|quoting|cited\s+by)\s+", re.IGNORECASE)
_PASSIVE_RE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?$", re.IGNORECASE)
_BY_RE = re.compile(r"\bby\s+(?:the\s+)?$")
_WORD_RE = re.compile(r"[\w'’-]+")
# between two coordinated subjects: "Armenia and Karabakh", "Armenia's defence ministry
# and Karabakh's army", "Yerevan, Stepanakert and"
_SUBJECT_TAIL = (
    r"(?:['’]s)?(?:\s+(?:defen[cs]e|foreign|ministry|ministries|army|armed|forces|military|"
    r"government|authorities|officials|side|leadership|president|presidential|office|"
    r"spokes(?:man|woman|person)))*"
)
# the link next to the denier must be "and" ("A and B denied"); further left a list may
# use commas ("A, B and C denied"); "Responding to A, B denied" joins nothing
_AND_SUBJECTS_RE = re.compile(_SUBJECT_TAIL + r"\s*,?\s+and\s+(?:the\s+)?")
_LIST_SUBJECTS_RE = re.compile(_SUBJECT_TAIL + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# a mention that is the object of a preposition is no subject ("in a call with A, B ...")
_AFTER_PREPOSITION_RE = re.compile(
    r"\b(?:with|to|from|by|unlike|than|between|of|about|against|for|on|at|in|according\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?")
_CLAIM_OF_RE = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+)?(?:claims?|reports?|statements?|accusations?|allegations?)\b"
)
_PASSIVE_BETWEEN_RE = re.compile(r"\b(?:was|were|been|being|is|are)\b")
_DENIAL_VERB_STARTS = (
    "den",
    "reject",
    "dismiss",
    "refut",
    "rebuff",
    "rebut",
    "disput",
    "call",
    "describ",
    "brand",
    "term",
    "label",
)


def _without_nameless_denial(tags: list[Tag]) -> list[Tag]:
    """A sentence's denial naming no denier, dropped when the sentence names one ("The
    reports are not true, and Armenia denied them"): its places go to the first named."""
    named = [t for t in tags if t.kind == "denial" and t.denier]
    nameless = [t for t in tags if t.kind == "denial" and not t.denier]
    if not named or not nameless:
        return tags
    places = unique_in_order([*named[0].places, *(p for t in nameless for p in t.places)])
    widened = _replace(named[0], places=tuple(places))
    return [widened if t is named[0] else t for t in tags if t not in nameless]


def _cue_is_verb(s: str, hit: Any) -> bool:
    """Whether a denial cue starts with a verb of denying ("rejected the claims"), not
    with the claim ("the claims are untrue")."""
    return s[hit.start : hit.end].split()[0].lower().startswith(_DENIAL_VERB_STARTS)


_PRONOUN_SUBJECT_RE = re.compile(
    r"(?:^|\b)(?:it|he|she|they|its|his|her|their|the\s+(?:ministry|spokes\w+|official|"
    r"officials|leader|president|minister|aide|army|military|government|office|side|"
    r"authorities|statement|source|sources|command)|and|but|also)\b",
    re.IGNORECASE,
)

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

# Casualty figures.
_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a dozen": 12,
    "a hundred": 100,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "a thousand": 1000,
}
_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands"})
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|a\s+dozen|a\s+hundred|a\s+thousand|dozens|scores|"
    r"hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)"
)
_APPROX = (
    r"(?P<approx>(?:about|around|almost|nearly|at\s+least|more\s+than|over|some|up\s+to|"
    r"roughly|approximately|an\s+estimated|close\s+to|fewer\s+than|less\s+than|as\s+many\s+as"
    r"|upwards\s+of)\s+)?"
)
_WHAT = (
    r"(?P<what>killed|dead|died|die|deaths?|wounded|injured|injuries|hurt|missing|casualties|"
    r"fatalities|lost\s+their\s+lives|losses)"
)
_CAS_NUM_FIRST = re.compile(
    r"(?<![\w,.-])" + _APPROX + _NUM + r"(?P<fill>(?:\s+[\w'’-]+){0,4}?)\s+"
    r"(?:(?:were|was|have\s+been|had\s+been|are|is|been|being|reportedly|reported)\s+)*"
    + _WHAT
    + r"\b",
    re.IGNORECASE,
)
_CAS_VERB_FIRST = re.compile(
    r"\b(?P<what>killing|killed|kills|kill|wounding|wounded|wounds|injuring|injured|injures)"
    r"\s+" + _APPROX + _NUM + r"(?P<fill>(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
_CAS_TOLL = re.compile(
    r"\b(?P<fill>(?:[\w'’-]+\s+){0,2})(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:rose|rises|risen|reached|reaches|climbed|climbs|stands|stood|hit|hits|of|to|at|is|was)"
    r"\s+(?:to\s+|at\s+)?" + _APPROX + _NUM + r"\b",
    re.IGNORECASE,
)
_CIVILIAN = re.compile(
    r"\b(?:civilians?|residents?|children|child|women|journalists?|reporters?|inhabitants|"
    r"non-combatants?)\b",
    re.IGNORECASE,
)
_MILITARY = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|troops|fighters?|combatants?|military|personnel|crew|"
    r"officers?|militants?|mercenaries|enemy|army|conscripts?|service\s+members)\b",
    re.IGNORECASE,
)

# the casualty patterns for lowered text (no upper-case letter in them: same matches)
_CAS_LOW = tuple(re.compile(r.pattern) for r in (_CAS_NUM_FIRST, _CAS_VERB_FIRST, _CAS_TOLL))


def _words_regex(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Whole words or phrases (any spacing inside), as a trie: one step per letter."""
    phrases = {" ".join(w.split()) for w in words if w.split()}
    body = trie_regex(phrases).replace(re.escape(" "), r"\s+")
    return re.compile(_first_chars(phrases) + r"(?<![\w'’-])(?:" + body + r")(?![\w'’-])", flags)


def _first_chars(keys: Iterable[str]) -> str:
    """A lookahead for the first letters of `keys`: one class test skips a position
    where no key can start, before the lookbehind and the trie are tried."""
    chars = sorted({k[0] for k in keys if k})
    if not chars:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in chars) + "])"


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    party: str


@dataclass(slots=True)
class _Frame:
    verb_start: int
    verb_end: int
    verb: str
    speaker: str | None
    trailing: bool = False  # "..., X said": the content is before the verb


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    frames: list[_Frame]
    speaker: str | None  # the first frame's speaker (or inherited)


@dataclass(slots=True)
class _Hit:
    rule: Rule
    start: int
    end: int
    clause: int


class Tagger:
    """Reads reports with one profile's parties, places and rules (compiled once)."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        lang = {**DEFAULT_LANGUAGE, **profile.language}
        self._party_of: dict[str, str] = {}
        self._roles = {p.id: p.role for p in profile.parties}
        self._camps = {p.id: p.camp for p in profile.parties}
        for party in profile.parties:
            for alias in party.aliases:
                self._party_of.setdefault(alias, party.id)
        self._party_re = re.compile(
            _first_chars(self._party_of)
            + r"(?<![\w-])(?:"
            + trie_regex(self._party_of)
            + r")(?![\w])"
        )
        self._place_of: dict[str, str] = {}
        for place in profile.places:
            for spelling in (place.name, *place.spellings):
                self._place_of.setdefault(spelling, place.name)
        self._place_re = re.compile(
            _first_chars(self._place_of)
            + r"(?<![\w-])(?:"
            + trie_regex(self._place_of)
            + r")(?![\w])"
        )
        self._capital_like = {alias for alias in self._place_of if alias in self._party_of}
        self._venues = frozenset(p.name for p in profile.places if p.venue)
        self._regions = frozenset(p.name for p in profile.places if p.region)
        self._utc_offset = profile.utc_offset
        self._reporting_re = _words_regex(lang["reporting_verbs"])
        self._denial_verbs = frozenset(lang["denial_verbs"])
        self._accuse_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(map(re.escape, lang["accuse_verbs"])) + r")\s+(?:the\s+)?$"
        )
        self._accuse_words = frozenset(w.lower() for w in lang["accuse_verbs"])
        self._negation_re = _words_regex(lang["negations"], re.IGNORECASE)
        self._negation_low_re = _words_regex([w.lower() for w in lang["negations"]])
        self._hedge_re = _words_regex(lang["hedges"])
        self._subordinator_re = _words_regex(lang["subordinators"])
        self._act_re = _words_regex(lang["act_verbs"], re.IGNORECASE)
        self._act_low_re = _words_regex([v.lower() for v in lang["act_verbs"]])
        self._enemy_re = _words_regex(lang["enemy_words"], re.IGNORECASE)
        self._mutual_re = _words_regex(lang["mutual_words"], re.IGNORECASE)
        self._plain_speech = frozenset(lang["reporting_verbs"]) - self._denial_verbs
        self._locative_re = re.compile(
            r"(?:\b(?:in|near|at|to|on|over|into|from|towards?|around|outside|of|inside|"
            r"across|via|through)\s+(?:the\s+)?)$"
        )
        # rules: compiled cues, and the trigger index
        self._rules: list[
            tuple[Rule, list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]]]
        ] = []
        self._always: list[int] = []
        self._trigger_rules: dict[str, list[int]] = {}
        self._place_rules: list[int] = []
        self._party_rules: list[int] = []
        for index, rule in enumerate(profile.rules):
            self._rules.append(
                (
                    rule,
                    # one alternation per rule: one attempt per position, not one per cue
                    [_case_blind("|".join(f"(?:{c})" for c in rule.cues))],
                    [_case_blind(c) for c in rule.unless],
                    [_case_blind(c) for c in rule.requires],
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
        self._trigger_lengths = sorted({len(t) for t in self._trigger_rules})
        self._word_rules: dict[str, tuple[int, ...]] = {}
        self._trigger_re = re.compile(
            _first_chars(self._trigger_rules)
            + r"(?<!\w)(?:"
            + trie_regex(self._trigger_rules)
            + r")[\w'-]*",
            re.IGNORECASE,
        )
        self._trigger_low_re = re.compile(self._trigger_re.pattern)  # for lowered text
        self._other_camp_default: dict[str, str] = {}
        for party in profile.parties:
            if party.role == "belligerent" and party.camp:
                self._other_camp_default.setdefault(party.camp, party.id)

    # ---- the public entry point ------------------------------------------------------

    def tag(self, title: str, text: str, published: str | None = None) -> list[Tag]:
        """Every event kind the report asserts as news, in reading order."""
        pub, pub_minutes = _parse_local(published, self._utc_offset)
        sentences: list[tuple[str, bool]] = []
        title = " ".join((title or "").split())
        if title:
            sentences.append((title, True))
        sentences.extend((s, False) for s in split_sentences(text or ""))
        state = _DocState(pub_minutes=pub_minutes)
        tags: list[Tag] = []
        attack_claims: list[tuple[int, str, str, str, tuple[str, ...], str | None, str]] = []
        for index, (sentence, headline) in enumerate(sentences):
            tags.extend(self._sentence(sentence, headline, pub, state, index, attack_claims))
        tags = self._finish(tags, attack_claims)
        if state.truce_sentences and pub is not None:
            tags = self._date_truces(tags, state.truce_sentences, pub, pub_minutes)
        return tags

    def _date_truces(self, tags, sentences, pub, pub_minutes) -> list[Tag]:
        """A truce is an event of the day it takes effect ("agreed on Saturday to take
        effect at midnight" is news of Sunday): the report's announcement-day truce tags
        move to the effect date that one of its truce sentences states."""
        effect = None
        for s in sentences:
            effect = self._effect_date(s, pub, pub_minutes)
            if effect:
                break
        if effect is None:
            return tags
        when, basis = effect
        out = []
        for tag in tags:
            if tag.kind == "truce_agreed" and tag.event_date:
                day = dt.date.fromisoformat(tag.event_date)
                if 0 < (when - day).days <= 2 and (day == pub or tag.date_basis == "published"):
                    tag = _replace(tag, event_date=when.isoformat(), date_basis=basis)
            out.append(tag)
        return out

    @staticmethod
    def _effect_date(s, pub, pub_minutes) -> tuple[dt.date, str] | None:
        for m in _EFFECT_RE.finditer(s):
            after = s[m.end() : m.end() + 70]
            date = next(iter(_DATE_RE.finditer(after)), None)
            if date is not None and date.start() <= 45:
                resolved = _resolve_date(date, pub, True)
                if resolved:
                    return resolved
            clock = (m.group("time") or "").lower()
            if not clock:
                continue
            verb = m.group("verb")
            future = not _EFFECT_PAST_RE.match(verb) and (
                verb.lower().split()[0] in ("from", "starting", "beginning", "effective", "as")
                or bool(_EFFECT_FUTURE_RE.search(s[max(0, m.start() - 20) : m.start()]))
            )
            if not future:
                return pub, "published"
            if clock == "midnight" or clock.startswith(("00:", "00.", "0:", "24")):
                late = pub_minutes is None or pub_minutes >= 12 * 60
                return (pub + dt.timedelta(days=1), "relative") if late else (pub, "relative")
            minutes = _clock_minutes(clock)
            if minutes is not None and pub_minutes is not None and minutes < pub_minutes - 120:
                return pub + dt.timedelta(days=1), "relative"
            return pub, "relative"
        return None

    # ---- one sentence ------------------------------------------------------------------

    def _sentence(self, s, headline, pub, state, s_index, attack_claims) -> list[Tag]:
        mentions = [
            _Mention(m.start(), m.end(), self._party_of[m.group()])
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
        low = s.lower()
        anchors = self._triggered(s, low, mentions, places)
        if not anchors:
            state.pending.append((s, headline, mentions))
            return []
        spans = _clause_spans(s)
        clause_starts = [a for a, _b in spans]
        hits: list[_Hit] = []
        compiled = self._rules
        same = len(low) == len(s)  # offsets in the lowered sentence are the sentence's
        for rule_index in sorted(anchors):
            rule, cues, unless, requires = compiled[rule_index]
            positions = anchors[rule_index]
            if not positions:
                continue
            if len(positions) > 1:
                positions = sorted(set(positions))
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
                        (r_low.search(low) if r_low is not None and same else r.search(s))
                        for r, r_low in requires
                    )
                ):
                    break
                for m in matches:
                    ci = bisect.bisect_right(clause_starts, m.start()) - 1
                    a, b = spans[ci]
                    if unless and any(
                        (
                            u_low.search(low, a, b)
                            if u_low is not None and same
                            else u.search(s, a, b)
                        )
                        for u, u_low in unless
                    ):
                        continue
                    hits.append(_Hit(rule, m.start(), m.end(), ci))
        if not hits:
            state.pending.append((s, headline, mentions))
            return []
        # speech frames: the sentences before that had no cue first (the last speaker)
        for p_s, p_headline, p_mentions in state.pending:
            self._clauses(p_s, p_headline, p_mentions, state, _clause_spans(p_s))
        state.pending.clear()
        clauses = self._clauses(s, headline, mentions, state, spans)
        if any(h.rule.kind == "truce_agreed" for h in hits):
            state.truce_sentences.append(s)
        dates: list[re.Match[str]] | None = None  # read at the first hit that is news
        place_like: dict[int, bool] = {}  # mention start -> a capital named as a place
        by_clause: dict[int, list[_Mention]] = {}  # clause -> its party mentions
        violation_clauses = {h.clause for h in hits if h.rule.kind == "violation_claim"}
        tags: list[Tag] = []
        seen_kinds: dict[str, int] = {}
        done: set[tuple[str, int]] = set()
        for hit in sorted(hits, key=lambda h: h.start):
            rule = hit.rule
            if (rule.kind, hit.clause) in done and rule.kind != "denial":
                continue  # one reading per kind and clause (each denier its own)
            clause = clauses[hit.clause]
            frame = self._governing_frame(clause, hit.start)
            if not self._is_news(s, hit, clause, frame, rule, violation_clauses):
                continue
            if dates is None:
                same = len(low) == len(s)
                dates = list(_DATE_LOW_RE.finditer(low) if same else _DATE_RE.finditer(s))
            when, basis = self._event_date(s, dates, clause, hit, pub)
            if rule.kind == "truce_agreed" and pub is not None:
                # "agreed a truce from midnight": the day it takes effect, said in the clause
                effect = self._effect_date(s[clause.start : clause.end], pub, state.pub_minutes)
                if effect is not None and effect[1] != "published":
                    when, basis = effect
            if rule.same_day and pub and when and when != pub:
                continue
            if rule.news_only and pub and when and basis != "published":
                delta = (pub - when).days
                if delta > self.profile.recap_days:
                    continue
            if when and pub and (when - pub).days > 7 and rule.kind != "truce_agreed":
                when, basis = pub, "published"
            clause_mentions = by_clause.get(hit.clause)
            if clause_mentions is None:
                clause_mentions = by_clause[hit.clause] = [
                    m for m in mentions if clause.start <= m.start < clause.end
                ]
            speaker = self._speaker(s, clause, frame, clause_mentions, hit)
            accuser = accused = denier = None
            deniers: list[str] = []
            casualties: tuple[Casualty, ...] = ()
            if rule.kind == "violation_claim":
                roles = self._claim_roles(s, clause, frame, clause_mentions, speaker, hit)
                if roles is None:
                    continue
                accuser, accused = roles
            elif rule.kind == "denial":
                deniers = self._deniers(s, clause, frame, clause_mentions, hit, state)
                if not deniers and (rule.kind, hit.clause) in done:
                    continue  # a second cue of a denial already read, naming nobody new
                denier = deniers[0] if deniers else None
            elif rule.kind == "casualties":
                casualties = self._casualties(s[clause.start : clause.end], speaker)
                if not casualties:
                    continue
            elif rule.kind == "attack":
                agent = self._act_agent(s, clause, frame, clause_mentions, speaker)
                if frame and self._passive_accusation(s, clause, frame):
                    agent = None  # the subject is accused, not speaking
                if speaker and agent:
                    attack_claims.append((s_index, speaker, agent, s, (), None, rule.full_id))
            tag_places = self._places(s, places, clause)
            if rule.kind == "territorial_change" and self._regions:
                # a town or village changes hands, never a whole region
                tag_places = [p for p in tag_places if p not in self._regions]
            if rule.kind == "territorial_change" and len(tag_places) > 1:
                # the town taken is the one the cue names, not where it was announced
                near = {
                    name: min(abs(start - hit.start), abs(start - hit.end))
                    for start, _end, name, _text in places
                }
                tag_places.sort(key=lambda name: near.get(name, len(s)))
            if self._venues and rule.kind not in ("truce_agreed", "diplomatic_call"):
                # Moscow, Geneva: where talks are held, never the site of an attack
                tag_places = [p for p in tag_places if p not in self._venues]
            parties = unique_in_order(
                [p for p in (accuser, accused, denier) if p]
                + [m.party for m in clause_mentions if not _cached_is_place(self, s, m, place_like)]
            )
            date_text = when.isoformat() if when else None
            if rule.kind == "violation_claim":
                key = f"{rule.kind}:{accuser}:{accused}"
            elif rule.kind == "denial":
                key = f"{rule.kind}:{denier}"
            else:
                key = rule.kind
            if key in seen_kinds:
                # one tag per kind and sentence: widen the first with this hit's places
                first = tags[seen_kinds[key]]
                merged_places = unique_in_order([*first.places, *tag_places])
                merged_cas = first.casualties + tuple(
                    c for c in casualties if c not in first.casualties
                )
                done.add((rule.kind, hit.clause))
                tags[seen_kinds[key]] = _replace(
                    first, places=tuple(merged_places), casualties=merged_cas
                )
                self._add_deniers(tags, seen_kinds, tags[seen_kinds[key]], deniers[1:], parties)
                continue
            seen_kinds[key] = len(tags)
            done.add((rule.kind, hit.clause))
            if attack_claims and rule.kind == "attack" and attack_claims[-1][0] == s_index:
                last = attack_claims[-1]
                attack_claims[-1] = (
                    last[0],
                    last[1],
                    last[2],
                    last[3],
                    tuple(tag_places),
                    date_text,
                    basis,
                )
            tags.append(
                Tag(
                    kind=rule.kind,
                    rule=rule.full_id,
                    evidence=s,
                    accuser=accuser,
                    accused=accused,
                    denier=denier,
                    parties=tuple(parties),
                    places=tuple(tag_places),
                    event_date=date_text,
                    date_basis=basis if date_text else "published",
                    casualties=casualties,
                )
            )
            self._add_deniers(tags, seen_kinds, tags[-1], deniers[1:], parties)
        if "denial:None" in seen_kinds and len(seen_kinds) > 1:
            tags = _without_nameless_denial(tags)
        return tags

    @staticmethod
    def _add_deniers(tags, seen_kinds, template: Tag, extras: list[str], parties) -> None:
        """One denial tag for each further denier ("Armenia and Karabakh denied it")."""
        for extra in extras:
            if f"denial:{extra}" not in seen_kinds:
                seen_kinds[f"denial:{extra}"] = len(tags)
                extra_parties = tuple(unique_in_order([extra, *parties]))
                tags.append(_replace(template, denier=extra, parties=extra_parties))

    def _triggered(self, s: str, low: str, mentions, places) -> dict[int, list[int]]:
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
        cache = self._word_rules
        rules = cache.get(word)
        if rules is None:
            rules = self._rules_for_word(word)
            if len(cache) > 100_000:
                cache.clear()
            cache[word] = rules
        return rules

    def _rules_for_word(self, word: str) -> tuple[int, ...]:
        rules: set[int] = set()
        for length in self._trigger_lengths:
            if length > len(word):
                break
            rules.update(self._trigger_rules.get(word[:length], ()))
        return tuple(sorted(rules))

    # ---- clauses and speech frames ---------------------------------------------------

    def _clauses(self, s, headline, mentions, state, spans) -> list[_Clause]:
        starts = [m.start for m in mentions]
        clauses: list[_Clause] = []
        colon = _COLON_HEADLINE_RE.match(s) if headline else None
        verbs = list(self._reporting_re.finditer(s))
        according = (
            list(_ACCORDING_RE.finditer(s))
            if ("ccording" in s or "iting" in s or "uoting" in s or "ited by" in s)
            else []
        )
        for a, b in spans:
            frames: list[_Frame] = []
            if colon and a == 0:
                head = [m for m in mentions if m.end <= colon.end(1)]
                if head:
                    frames.append(_Frame(colon.end(1), colon.end(1) + 1, ":", head[0].party))
            for m in verbs:
                if not a <= m.start() < b:
                    continue
                speaker, trailing = self._frame_speaker(s, a, b, m, mentions, starts, state)
                frames.append(_Frame(m.start(), m.end(), m.group(), speaker, trailing))
            for m in according:
                if not a <= m.start() < b:
                    continue
                after = [x for x in mentions if m.end() <= x.start < min(b, m.end() + 60)]
                if after:
                    frames.append(
                        _Frame(
                            m.start(),
                            m.end(),
                            "according to",
                            after[0].party,
                            trailing=m.start() > a + 10,
                        )
                    )
            frames.sort(key=lambda f: f.verb_start)
            speaker = next((f.speaker for f in frames if f.speaker), None)
            if speaker:
                state.last_speaker = speaker
            clauses.append(_Clause(a, b, frames, speaker))
        return clauses

    def _frame_speaker(self, s, a, b, verb, mentions, starts, state) -> tuple[str | None, bool]:
        participle = verb.group().lower() in ("saying", "adding") and not s[a : verb.start()].strip(
            " ,"
        )
        if participle or _COORDINATED_RE.search(s, max(a, verb.start() - 16), verb.start()):
            # "X calls A untrue and says ...": a coordinated verb shares the subject of
            # the first verb, the party that opens the clause (not the nearest mention);
            # so does a participle that opens a clause ("X condemned ..., saying ..."),
            # with the party that opens the sentence
            opening = 0 if participle else a
            for m in mentions:
                if m.start >= verb.start():
                    break
                if m.start < opening:
                    continue
                lead = s[opening : m.start].split()
                opens = all(w[:1].isupper() or w.lower() in ("the", "a", "an") for w in lead)
                if opens and not self._mention_is_place(s, m):
                    return m.party, False
                break
            if _PRONOUN_OPENING_RE.match(s, a):
                return state.last_speaker, False
        # the subject: the nearest party mention before the verb, a few words back
        i = bisect.bisect_left(starts, verb.start()) - 1
        window_start = max(a, verb.start() - 90)
        while i >= 0 and mentions[i].start >= window_start:
            m = mentions[i]
            between = s[m.end : verb.start()]
            near = (
                "," not in between
                or len(_WORD_RE.findall(between)) <= 2
                or bool(_APPOSITIVE_RE.fullmatch(between))  # "X, spokesman of Y, said"
            )
            if near and not self._mention_is_place(s, m):
                return m.party, False
            i -= 1
        # "..., said Armenia's defence ministry" / "..., the ministry said" at clause end
        after = [m for m in mentions if verb.end() <= m.start < min(b, verb.end() + 40)]
        tail = s[verb.end() : b].strip(" .,;")
        if (
            after
            and s[max(a, verb.start() - 3) : verb.start()].strip() == ","
            and len(_WORD_RE.findall(tail)) <= 8
        ):
            # (not "X, spokesman of Y, said Z's claim was untrue": a clause follows)
            return after[0].party, True
        if len(_WORD_RE.findall(tail)) <= 3 and verb.start() > a + 20:
            before = s[max(a, verb.start() - 60) : verb.start()]
            if "," in before:
                seg_start = max(a, verb.start() - 60) + before.rfind(",")
                near = [m for m in mentions if seg_start <= m.start < verb.start()]
                if near:
                    return near[-1].party, True
        subject = s[max(a, verb.start() - 40) : verb.start()]
        if not subject.strip() or _PRONOUN_SUBJECT_RE.search(subject):
            return state.last_speaker, False
        return None, False

    @staticmethod
    def _governing_frame(clause: _Clause, pos: int) -> _Frame | None:
        governing = None
        for frame in clause.frames:
            if frame.verb_end <= pos and not frame.trailing:
                governing = frame
        if governing is None:
            for frame in clause.frames:
                if frame.trailing and frame.verb_start >= pos:
                    return frame
            for frame in clause.frames:
                if frame.verb == "according to":
                    return frame
        return governing

    def _speaker(self, s, clause, frame, clause_mentions, hit) -> str | None:
        if frame and frame.speaker:
            return frame.speaker
        return clause.speaker

    # ---- news or not -----------------------------------------------------------------

    def _is_news(self, s, hit, clause, frame, rule, violation_clauses) -> bool:
        scope_start = clause.start
        if frame and not frame.trailing and frame.verb_end <= hit.start:
            scope_start = max(scope_start, frame.verb_end)
        before = s[scope_start : hit.start]
        tail = before.rsplit(None, 8)[-8:]  # the last eight words, split once
        near = " ".join(tail[-6:])
        match_text = s[hit.start : hit.end]
        if rule.negatable and self._negation_low_re.search(near.lower()):
            return False
        if rule.negatable and _NEGATION_INSIDE_RE.search(match_text):
            return False  # "agreed humanitarian steps, not a ceasefire"
        if rule.factual:
            hedge_scope = s[clause.start : hit.start]
            if frame and frame.verb in self._plain_speech and frame.verb_end <= hit.start:
                hedge_scope = s[frame.verb_end : hit.start]
            if self._hedge_re.search(_last_words(hedge_scope, 12)) or self._hedge_re.search(
                match_text
            ):
                return False
            if tail and tail[-1].lower() == "to":  # an infinitive: "ready to sign"
                return False
        if rule.main_clause:
            sub_scope = s[clause.start : hit.start]
            if frame and frame.verb_end <= hit.start and not frame.trailing:
                sub_scope = s[frame.verb_end : hit.start]
            if self._subordinator_re.search(sub_scope):
                return False
        if rule.kind == "truce_agreed" and hit.clause in violation_clauses:
            return False  # "violating the truce agreed on Saturday" is no new truce
        if (
            frame
            and frame.verb in self._denial_verbs
            and rule.kind
            in (
                "truce_agreed",
                "exchange",
                "peacekeeping",
                "diplomatic_call",
                "territorial_change",
            )
        ):
            return False
        if rule.news_only:
            reported = frame is not None and frame.verb_end <= hit.start
            recent = " ".join(tail)
            if (
                not reported
                and "had " in s
                and _PAST_PERFECT_RE.search(" ".join(tail[-4:]) + " " + match_text)
            ):
                return False
            since = "ince" in recent and _SINCE_RE.search(recent)
            if since and not match_text.lower().startswith("since"):
                return False
            after = s[hit.end : min(clause.end, hit.end + 60)]
            hinted = _ago_hint(after) or _ago_hint(recent[-40:])
            if hinted and (_AGO_RE.search(after) or _AGO_RE.search(" ".join(tail[-5:]))):
                return False
        return True

    # ---- roles -------------------------------------------------------------------------

    def _camp_ok(self, accuser: str | None, accused: str | None) -> bool:
        if accused is None or accused == accuser:
            return False
        if self._roles.get(accused) == "mediator":
            return False
        if accuser is None:
            return True
        ca, cb = self._camps.get(accuser), self._camps.get(accused)
        return not (ca and cb and ca == cb)

    def _claim_roles(self, s, clause, frame, clause_mentions, speaker, hit):
        ctext = s[clause.start : clause.end]
        if self._mutual_re.search(ctext):
            return (None, None)
        if frame and frame.verb in self._denial_verbs and frame.verb_end <= hit.start:
            # "B denied A's claims that its forces broke the truce": A accuses B
            for m in clause_mentions:
                if (
                    frame.verb_end <= m.start < hit.start
                    and re.match(
                        r"[’']s\s+(?:\w+\s+)?(?:claims?|accusations?|allegations?|charges?|reports?)"
                        r"|\s+(?:claims?|accusations?|allegations?|charges?)",
                        s[m.end :],
                    )
                    and self._camp_ok(m.party, frame.speaker)
                ):
                    return (m.party, frame.speaker)
            return None
        if frame and frame.verb_end <= hit.start and self._passive_accusation(s, clause, frame):
            # "Armenia was accused of ...": the subject is the accused; "by X" accuses
            agent = next(
                (
                    m.party
                    for m in clause_mentions
                    if frame.verb_end <= m.start < hit.start
                    and _BY_RE.search(s[max(frame.verb_end, m.start - 8) : m.start])
                ),
                None,
            )
            if agent is None or self._camp_ok(agent, frame.speaker):
                return (agent, frame.speaker)
        accuser = speaker
        accused = self._act_agent(s, clause, frame, clause_mentions, accuser, hit)
        if accuser is not None and self._roles.get(accuser) == "mediator":
            # a mediator reporting a breach is no party's claim
            pass
        return (accuser, accused)

    def _passive_accusation(self, s, clause, frame) -> bool:
        """ "Armenia was accused of ...": the frame's subject is the accused."""
        return bool(
            frame.speaker
            and frame.verb.lower() in self._accuse_words
            and _PASSIVE_RE.search(s, max(clause.start, frame.verb_start - 12), frame.verb_start)
        )

    def _act_agent(self, s, clause, frame, clause_mentions, accuser, hit=None) -> str | None:
        """The party said to have done the act: accused object, passive agent, subject."""
        lo = clause.start
        if frame and not frame.trailing and (hit is None or frame.verb_end <= hit.start):
            lo = frame.verb_end
        hi = clause.end
        if frame and frame.trailing:
            hi = frame.verb_start
        content = [m for m in clause_mentions if lo <= m.start < hi]
        # 1. "accused Y of", "blamed Y"
        for m in content:
            if self._accuse_re.search(s[max(lo, m.start - 25) : m.start]) and self._camp_ok(
                accuser, m.party
            ):
                return m.party
        # 2. passive agent: "was shelled by Azerbaijani forces"
        for m in content:
            if _BY_RE.search(s[max(lo, m.start - 8) : m.start]) and self._camp_ok(accuser, m.party):
                return m.party
        # 3. the subject of an act verb: the nearest mention a few words before it
        low = s.lower()
        acts = (
            self._act_low_re.finditer(low, lo, hi)
            if len(low) == len(s)
            else self._act_re.finditer(s, lo, hi)
        )
        for act in acts:
            candidates = [m for m in content if m.end <= act.start()]
            if not candidates:
                continue
            m = candidates[-1]
            between = s[m.end : act.start()]
            close = len(_WORD_RE.findall(between)) <= 5 and ";" not in between
            if close and self._camp_ok(accuser, m.party) and not self._mention_is_place(s, m):
                return m.party
        # 4. "the enemy"
        if accuser and self._enemy_re.search(s, lo, hi):
            camp = self._camps.get(accuser)
            for other_camp, party in self._other_camp_default.items():
                if camp and other_camp != camp:
                    return party
        # 5. the only belligerent of the other camp named
        others = unique_in_order(
            m.party
            for m in content
            if self._roles.get(m.party) == "belligerent" and self._camp_ok(accuser, m.party)
        )
        if len(others) == 1 and accuser is not None:
            return others[0]
        return None

    def _deniers(self, s, clause, frame, clause_mentions, hit, state) -> list[str]:
        """Who denies: the denier, then the parties coordinated with it as subjects
        ("Armenia's defence ministry and Karabakh's army denied it")."""
        denier = self._denier(s, clause, frame, clause_mentions, hit, state)
        if denier is None:
            return []
        before = [m for m in clause_mentions if m.end <= hit.start]
        if not _cue_is_verb(s, hit) and any(
            m.party == denier and _CLAIM_OF_RE.match(s, m.end) for m in before
        ):
            return []  # "Baku's claims ... are not true": whose claim it is never denies it
        if not before or before[-1].party != denier:
            return [denier]
        if _PASSIVE_BETWEEN_RE.search(s, before[-1].end, hit.start):
            return [denier]  # "claims about A and B were denied": A and B deny nothing
        found = [denier]
        index = len(before) - 1
        link = _AND_SUBJECTS_RE
        while index > 0 and link.fullmatch(s, before[index - 1].end, before[index].start):
            index -= 1
            start = before[index].start
            if _AFTER_PREPOSITION_RE.search(s, max(0, start - 24), start):
                break  # "talks with A and B": objects of a preposition deny nothing
            if before[index].party not in found:
                found.append(before[index].party)
            link = _LIST_SUBJECTS_RE
        return found

    def _denier(self, s, clause, frame, clause_mentions, hit, state) -> str | None:
        by = _BY_AGENT_RE.match(s, hit.end)
        if (
            by is not None
            and " " not in s[hit.start : hit.end]
            and _PASSIVE_RE.search(s, max(clause.start, hit.start - 16), hit.start)
        ):  # a passive: "the claims were denied by Moscow" (not "the claims by X")
            agent = next((m for m in clause_mentions if m.start == by.end()), None)
            if agent is not None:
                return agent.party
        verb_like = _cue_is_verb(s, hit)
        if verb_like:
            before = [m for m in clause_mentions if m.end <= hit.start]
            if before:
                m = before[-1]
                between = s[m.end : hit.start]
                if len(_WORD_RE.findall(between)) <= 6 and not self._reporting_re.search(between):
                    return m.party
        if frame and frame.speaker and (frame.verb_end <= hit.start or frame.trailing):
            return frame.speaker
        if frame and not frame.speaker and frame.verb_end <= hit.start:
            # "an official said Azerbaijan's claim ... was untrue": whose claim it is
            # never denies it; the denier is who spoke before (or unknown)
            inside = next((f for f in clause.frames if f.verb_start >= hit.start), None)
            if inside is not None and inside.speaker == clause.speaker:
                return state.last_speaker if state.last_speaker != inside.speaker else None
        if verb_like:
            subject = s[max(clause.start, hit.start - 40) : hit.start]
            if not subject.strip() or _PRONOUN_SUBJECT_RE.search(subject):
                return state.last_speaker
        return clause.speaker

    # ---- places, dates, casualties --------------------------------------------------

    def _mention_is_place(self, s: str, m: _Mention) -> bool:
        """A capital named as a location ("talks in Moscow"), not as a speaker."""
        text = s[m.start : m.end]
        if text not in self._capital_like:
            return False
        return bool(self._locative_re.search(s[max(0, m.start - 12) : m.start]))

    def _places(self, s, places, clause) -> list[str]:
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

    def _event_date(self, s, dates, clause, hit, pub) -> tuple[dt.date | None, str]:
        if not dates:
            return pub, "published"
        best = None
        best_distance = None
        lo, hi = (clause.start, clause.end) if clause is not None else (0, len(s))
        for m in dates:
            if not lo <= m.start() < hi:
                continue
            if hit.rule.kind != "truce_agreed" and _TRUCE_ATTACHED_RE.search(
                s[max(0, m.start() - 45) : m.start()]
            ):
                continue
            distance = hit.start - m.end() if m.start() < hit.start else m.start() - hit.end
            distance = max(distance, 0)
            if best_distance is None or distance < best_distance:
                best, best_distance = m, distance
        if best is None and clause is not None:
            # no date in the clause: a date elsewhere in the sentence still dates it
            return self._event_date(s, dates, None, hit, pub)
        if best is None:
            return pub, "published"
        future = bool(_FUTURE_RE.search(s[lo:hi]))
        key = (best.group(), pub, future)
        resolved = _RESOLVED.get(key, _MISSING)
        if resolved is _MISSING:
            if len(_RESOLVED) > 10_000:
                _RESOLVED.clear()
            resolved = _RESOLVED[key] = _resolve_date(best, pub, future)
        if resolved is None:
            return pub, "published"
        return resolved

    def _casualties(self, text: str, speaker: str | None) -> tuple[Casualty, ...]:
        found: list[tuple[int, Casualty]] = []
        taken: list[tuple[int, int]] = []
        regexes = (_CAS_NUM_FIRST, _CAS_VERB_FIRST, _CAS_TOLL)
        low = text.lower()
        if len(low) == len(text):  # the same patterns, case-blind by lowering (faster)
            text, regexes = low, _CAS_LOW
        for regex in regexes:
            for m in regex.finditer(text):
                span = m.span("num")
                if any(a <= span[0] < b for a, b in taken):
                    continue
                count, vague = _number(m.group("num"))
                if count is None or (1900 <= count <= 2100 and "," not in m.group("num")):
                    continue
                what_word = (m.groupdict().get("what") or "killed").lower()
                what = (
                    "wounded"
                    if what_word.startswith(("wound", "injur", "hurt"))
                    else "missing"
                    if what_word == "missing"
                    else "killed"
                )
                fill = m.group("fill") or ""
                context = text[max(0, m.start() - 25) : m.end()]
                group = (
                    "civilian"
                    if _CIVILIAN.search(fill)
                    else "military"
                    if _MILITARY.search(fill) or (regex is regexes[2] and _MILITARY.search(context))
                    else None
                )
                taken.append(span)
                found.append(
                    (
                        m.start(),
                        Casualty(
                            count=count,
                            what=what,
                            group=group,
                            claimed_by=speaker,
                            approximate=bool(m.group("approx")) or vague,
                        ),
                    )
                )
        # "22 civilians killed and 95 hurt": the second figure shares the first's group
        found.sort(key=lambda x: x[0])
        out: list[Casualty] = []
        for _pos, cas in found:
            if cas.group is None and out and out[-1].group and out[-1].what != cas.what:
                cas = Casualty(cas.count, cas.what, out[-1].group, cas.claimed_by, cas.approximate)
            out.append(cas)
        return tuple(out)

    # ---- the whole item ----------------------------------------------------------------

    def _finish(self, tags: list[Tag], attack_claims) -> list[Tag]:
        # the headline and the body tell one event: a tag dated only by publication takes
        # the date that another tag of its kind in the same report states
        stated: dict[str, tuple[str, str]] = {}
        for tag in tags:
            if tag.event_date and tag.date_basis != "published":
                stated.setdefault(tag.kind, (tag.event_date, tag.date_basis))
        if stated:
            tags = [
                _replace(t, event_date=stated[t.kind][0], date_basis=stated[t.kind][1])
                if t.date_basis == "published" and t.kind in stated
                else t
                for t in tags
            ]
        claims = [t for t in tags if t.kind == "violation_claim"]
        if not claims:
            return tags
        pairs = {(t.accuser, t.accused) for t in claims}
        # a claim without an accuser takes the first attack allegation of its sentence
        for i, tag in enumerate(tags):
            if tag.kind == "violation_claim" and tag.accuser is None and tag.accused is None:
                if self._mutual_re.search(tag.evidence):
                    continue
                for _si, speaker, agent, sentence, _pl, _d, _r in attack_claims:
                    if sentence == tag.evidence and (speaker, agent) not in pairs:
                        tags[i] = _replace(
                            tag,
                            accuser=speaker,
                            accused=agent,
                            parties=tuple(unique_in_order([speaker, agent, *tag.parties])),
                        )
                        pairs.add((speaker, agent))
                        break
        # counter-claims: in a report about a broken truce, "B said A resumed its offensive"
        for _si, speaker, agent, sentence, places, date, basis in attack_claims:
            if (speaker, agent) in pairs:
                continue
            if self._roles.get(speaker) != "belligerent" or not self._camp_ok(speaker, agent):
                continue
            pairs.add((speaker, agent))
            tags.append(
                Tag(
                    kind="violation_claim",
                    rule="violation_claim/counter-claim",
                    evidence=sentence,
                    accuser=speaker,
                    accused=agent,
                    parties=(speaker, agent),
                    places=places,
                    event_date=date,
                    date_basis=basis if date else "published",
                )
            )
        return tags


@dataclass(slots=True)
class _DocState:
    last_speaker: str | None = None
    truce_sentences: list[str] = field(default_factory=list)
    # sentences without a cue whose speech frames are read only if a later one needs them
    pending: list[tuple[str, bool, list[_Mention]]] = field(default_factory=list)
    pub_minutes: int | None = None


def _cached_is_place(tagger: Tagger, s: str, m: _Mention, cache: dict[int, bool]) -> bool:
    found = cache.get(m.start)
    if found is None:
        found = cache[m.start] = tagger._mention_is_place(s, m)
    return found


def _case_blind(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A profile pattern compiled case-blind, and, when it names no capital letter (nor a
    case-sensitive part), compiled plain for lowered text: same matches, no IGNORECASE
    (which costs at every position)."""
    blind = re.compile(pattern, re.IGNORECASE)
    literal = re.sub(r"\\.|\(\?P[<=]\w+>?|\{\d*,?\d*\}", "", pattern)
    if "(?-i" in pattern or "(?i" in pattern or any(c.isupper() for c in literal):
        return blind, None
    return blind, re.compile(pattern)


# a date expression resolves the same way against the same publication date: cached
_RESOLVED: dict[tuple[str, dt.date | None, bool], Any] = {}
_MISSING = object()


def _ago_hint(text: str) -> bool:
    """What _AGO_HINT_RE finds, by substring tests (cheaper than a regex search)."""
    return "ago" in text or "last" in text or "earlier" in text or "previous" in text


# an appositive between a speaker and its verb: ", spokesman of the Artsakh president, "
_APPOSITIVE_RE = re.compile(r"\s*,\s+[^,;:.]{1,60},\s*")


def _clause_spans(s: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty clause of a sentence."""
    bounds = [0]
    for m in _CLAUSE_RE.finditer(s):
        if m.start() > bounds[-1]:
            bounds.append(m.end() if m.group().strip() in (";", "—", "–", "-") else m.start())
    bounds.append(len(s))
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _replace(tag: Tag, **changes: Any) -> Tag:
    values = {name: getattr(tag, name) for name in Tag.__slots__}
    values.update(changes)
    return Tag(**values)


def unique_in_order(values: Iterable[Any]) -> list[Any]:
    """Values without repeats, in first-seen order (stable output, whatever the hash seed)."""
    seen: set[Any] = set()
    out = []
    for value in values:
        if value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _last_words(text: str, n: int) -> str:
    # rsplit with a limit splits only the tail: cheap however long the text before is
    return " ".join(text.rsplit(None, n)[-n:])


def _number(text: str) -> tuple[int | None, bool]:
    t = " ".join(text.lower().split())
    if t in _NUM_WORDS:
        return _NUM_WORDS[t], t in _VAGUE
    try:
        return int(t.replace(",", "")), False
    except ValueError:
        return None, False


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
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            sentence = paragraph[start : m.end()].strip()
            if sentence:
                out.append(sentence)
            start = m.end()
        rest = paragraph[start:].strip()
        if rest:
            out.append(rest)
    return out


def _parse_local(value: str | None, offset: int | None) -> tuple[dt.date | None, int | None]:
    """The publication day (and minute of the day) in the conflict's local time."""
    if not value:
        return None, None
    if offset is not None and len(value) > 10:
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            stamp = None
        if stamp is not None:
            if stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=dt.UTC)
            local = stamp.astimezone(dt.timezone(dt.timedelta(minutes=offset)))
            return local.date(), local.hour * 60 + local.minute
    day = _parse_date(value)
    if day is not None and len(value) > 10:
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            return day, stamp.hour * 60 + stamp.minute
        except ValueError:
            pass
    return day, None


def _clock_minutes(text: str) -> int | None:
    text = text.lower().replace(".", ":").replace(" ", "")
    if text == "noon":
        return 12 * 60
    m = re.match(r"(\d{1,2})(?::(\d{2}))?(am|pm|a:m:?|p:m:?)?", text)
    if not m:
        return None
    hour = int(m.group(1)) % 24
    if m.group(3) and m.group(3).startswith("p") and hour < 12:
        hour += 12
    return hour * 60 + int(m.group(2) or 0)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None


def _resolve_date(m: re.Match[str], pub: dt.date | None, future: bool):
    """A date expression against the publication date: (date, basis) or None."""
    g = m.groupdict()
    try:
        if g["iso"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), "explicit"
        if g["dm"] or g["md"]:
            day = int(g["d1"] or g["d2"])
            month = _MONTHS[(g["m1"] or g["m2"])[:3].lower()]
            year_text = g["y1"] or g["y2"]
            if year_text:
                return dt.date(int(year_text), month, day), "explicit"
            if pub is None:
                return None
            when = dt.date(pub.year, month, day)
            if (when - pub).days > 180:
                when = dt.date(pub.year - 1, month, day)
            elif (pub - when).days > 180:
                when = dt.date(pub.year + 1, month, day)
            return when, "explicit"
    except ValueError:
        return None
    if pub is None:
        return None
    if g["rel"]:
        rel = " ".join(g["rel"].lower().split())
        offset = {"yesterday": -1, "last night": -1, "the day before": -1, "tomorrow": 1}.get(
            rel, 0
        )
        return pub + dt.timedelta(days=offset), "relative"
    if g["wday"]:
        target = _WEEKDAYS.index(g["wday"].lower())
        qualifier = (g["wdq"] or "").lower()
        back = (pub.weekday() - target) % 7
        if qualifier == "next" or (future and qualifier != "last"):
            ahead = (target - pub.weekday()) % 7
            return pub + dt.timedelta(days=ahead), "weekday"
        if qualifier == "last" and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), "weekday"
    return None


# ---- benchmark ------------------------------------------------------------------------

_BENCH_TEXTS = (
    (
        "Azerbaijan accuses Armenia of shelling Tartar despite truce",
        "Azerbaijan's defence ministry said on Monday that Armenian forces shelled the Tartar "
        "and Aghdam districts overnight, in breach of the humanitarian truce agreed in Moscow "
        "on Saturday. Armenia's defence ministry spokeswoman Shushan Stepanyan denied the "
        "claim and said Azerbaijani troops had resumed their offensive in the south. "
        "Azerbaijan's prosecutor said two civilians were killed and five wounded in Tartar.",
    ),
    (
        "Lavrov urges restraint in calls with Armenian and Azerbaijani ministers",
        "Russian Foreign Minister Sergei Lavrov spoke by phone with his Armenian and "
        "Azerbaijani counterparts on Tuesday, urging both sides to respect the ceasefire and "
        "return to talks under the OSCE Minsk Group. The Kremlin said Putin was ready to "
        "host a new meeting in Moscow. Shelling of Stepanakert continued, local officials "
        "said, and the Red Cross called for access to civilians sheltering in basements.",
    ),
)


def bench(n: int, profile: Profile | None = None, jobs: int = 1) -> tuple[float, float]:
    """Tag `n` items of about 500 characters; returns items per second (wall, CPU).

    CPU time is the fairer figure on a shared machine; wall time is what a user waits.
    With `jobs` > 1 the items are tagged in that many forked processes, in batches of
    250, as `poll` and `retag` do (CPU time is then the parent's, so only wall counts).
    """
    tagger = Tagger(profile or load_profile())
    items = [_BENCH_TEXTS[i % len(_BENCH_TEXTS)] for i in range(n)]
    # vary the text a little so that nothing can be cached
    varied = [(title, text + f" Report {i}.") for i, (title, text) in enumerate(items)]
    wall, cpu = time.perf_counter(), time.process_time()
    if jobs <= 1:
        for title, text in varied:
            tagger.tag(title, text, "2020-10-13")
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _BENCH_TAGGER
        _BENCH_TAGGER = tagger  # compiled once, shared by the forked workers
        batches = [varied[i : i + 250] for i in range(0, len(varied), 250)]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            tagged = sum(pool.map(_bench_batch, batches))
        assert tagged == n
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return (n / wall if wall else float("inf"), n / cpu if cpu else float("inf"))


_BENCH_TAGGER: Tagger | None = None


def _bench_batch(items: list[tuple[str, str]]) -> int:
    """Tag one batch in a benchmark worker; returns how many items it tagged."""
    tagger = _BENCH_TAGGER or Tagger(load_profile())
    for title, text in items:
        tagger.tag(title, text, "2020-10-13")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tui.tagger", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--bench", type=int, metavar="N", help="tag N items and print items/s")
    parser.add_argument(
        "--jobs", type=int, default=1, help="with --bench: processes to tag in (default 1)"
    )
    parser.add_argument("--profile", help="profile TOML (default: the bundled karabakh)")
    parser.add_argument("--published", help="publication date for --text")
    parser.add_argument("--text", help="tag this text (the first sentence is the title)")
    args = parser.parse_args(argv)
    profile = load_profile(args.profile) if args.profile else load_profile()
    if args.bench:
        wall, cpu = bench(args.bench, profile, args.jobs)
        avg = sum(len(t) + len(x) for t, x in _BENCH_TEXTS) / len(_BENCH_TEXTS)
        if args.jobs > 1:
            print(
                f"{args.bench} items of ~{avg:.0f} characters in {args.jobs} processes: "
                f"{wall:,.0f} items/second (wall clock)"
            )
        else:
            print(
                f"{args.bench} items of ~{avg:.0f} characters: {wall:,.0f} items/second "
                f"(wall clock), {cpu:,.0f} items/second of CPU time"
            )
        return 0
    if args.text:
        sentences = split_sentences(args.text)
        title, rest = (sentences[0], " ".join(sentences[1:])) if sentences else ("", "")
        for tag in Tagger(profile).tag(title, rest, args.published):
            print(json.dumps(tag.to_row(), ensure_ascii=False))
        return 0
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Step 6, casualties: the figures a clause gives ("two civilians were killed", "the toll
rose to 40"), with what happened, to whom, and who claims it."""

from __future__ import annotations

import re

from tui.records import Casualty

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


def casualties(text: str, speaker: str | None) -> tuple[Casualty, ...]:
    """The casualty figures of a clause, in reading order, claimed by its speaker."""
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


def _number(text: str) -> tuple[int | None, bool]:
    t = " ".join(text.lower().split())
    if t in _NUM_WORDS:
        return _NUM_WORDS[t], t in _VAGUE
    try:
        return int(t.replace(",", "")), False
    except ValueError:
        return None, False

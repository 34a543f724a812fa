"""Step 6, casualties: the figures a clause gives ("two civilians were killed", "the toll
rose to 40"), with what happened, to whom, and who claims it.

A figure is only ever a number the text states: "dozens", "scores", "hundreds" or
"thousands" give none (a made-up "about 24" would be a false fact), and "about 20" is a
stated number marked approximate."""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.records import Casualty, Tag
from tui.tagger.text import replace_tag

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
    "a": 1,
    "an": 1,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
}

# words of quantity that state no number: matched so that their phrase yields no figure
# (rather than a number further on being read as its count)
_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})

_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|a\s+dozen|a\s+hundred|a\s+thousand|dozens|scores|"
    r"hundreds|thousands|tens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety"
    # "killing a civilian": one death, as stated; with an age or a villager too: "a
    # 63-year-old villager was killed" (round 8c)
    r"|an?(?=\s+(?:\d{1,3}-year-old\s+)?(?:civilian|soldier|serviceman|servicewoman|woman|man|"
    r"child|boy|girl|resident|journalist|reporter|person|policeman|medic|doctor|teenager|"
    r"villager|farmer|shepherd|worker|driver|student)\b))"
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
    r"(?<![\w,.-])" + _APPROX + _NUM + r"(?P<fill>(?:\s+[\w'’-]+){0,4}?)"
    # an aside about who they were: "nine civilians, among them a boy, were killed"
    r"(?:,\s+(?:among|most|many|some|several|including|half|all|mostly|one|two|three|four"
    r"|five|\d+)\b[^,;.]{0,60},)?\s+"
    r"(?:(?:were|was|have\s+been|had\s+been|are|is|been|being|reportedly|reported)\s+)*"
    + _WHAT
    + r"\b",
    re.IGNORECASE,
)

_CAS_VERB_FIRST = re.compile(
    # the lookahead: one class test skips every position where none of the verbs starts
    r"(?=[kwi])\b(?P<what>killing|killed|kills|kill|wounding|wounded|wounds|injuring|injured|injures)"
    r"\s+" + _APPROX + _NUM + r"(?P<fill>(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)

_CAS_TOLL = re.compile(
    r"\b(?P<fill>(?:[\w'’-]+\s+){0,2})(?:death\s+)?toll\s+"
    r"(?:from\s+(?:[\w'’-]+\s+){0,5}?(?=(?:rose|rises|risen|reached|reaches|climbed|climbs)\b)"
    r"|(?!on\b)(?:[\w'’-]+\s+){0,4}?)"
    r"(?:rose|rises|risen|reached|reaches|climbed|climbs|stands|stood|hit|hits|of|to|at|is|was|"
    r"pass(?:es|ed)|surpass(?:es|ed)|tops|topped|exceed(?:s|ed)|crosse[sd])"
    r"\s+(?:to\s+|at\s+)?" + _APPROX + _NUM + r"\b",
    re.IGNORECASE,
)

# more people after the first: "a woman and her son", "a man, a boy"
_MORE_PEOPLE_RE = re.compile(
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:\band|,|\bwith)\s+"
    r"(?:an?|her|his|their|the|other|two|three|four|five|\d+)\b",
    re.IGNORECASE,
)

_CIVILIAN = re.compile(
    r"\b(?:civilians?|residents?|children|child|women|woman|boys?|girls?|teenagers?|"
    r"journalists?|reporters?|inhabitants|"
    r"non-combatants?)\b",
    re.IGNORECASE,
)

_MILITARY = re.compile(
    r"\b(?:soldiers?|servicem[ae]n|troops|fighters?|combatants?|military|personnel|crew|"
    r"officers?|militants?|mercenaries|enemy|army|conscripts?|service\s+members)\b",
    re.IGNORECASE,
)

# a figure the armed forces own: "the Armenian armed forces have 16 dead", "the army
# has lost 12" (soldiers, though the figure names no group)
_FORCES_OWN = re.compile(
    r"\b(?:forces|army|troops|military)\s+(?:have|has|had)\s+(?:lost\s+)?$", re.IGNORECASE
)

# a number's words ending in a conjunction lead to the next clause's verb ("eight people
# and wounded"): that verb is not the number's
_CONJOINED = re.compile(r"\s(?:and|or)$", re.IGNORECASE)

# a number that is a share, not a head count: "90 percent of", "40% of"
_SHARE_RE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)

# round 9e: the dead dug out of the rubble, counted by their bodies: "recovered the bodies of
# 16 people from the rubble", "nine bodies were pulled out" (read only where the clause says
# rubble, debris or ruins: bodies handed over are an exchange, not a toll)
_CAS_BODIES = re.compile(
    r"(?<![\w,.-])" + _APPROX + _NUM + r"(?P<fill>(?:\s+more)?)\s+bodies\b"
    r"|\bbodies\s+of\s+(?:at\s+least\s+|some\s+|about\s+|more\s+than\s+)?"
    r"(?P<num2>\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
    r"\s+(?:people|persons|victims|civilians|men|women|children|residents)\b",
    re.IGNORECASE,
)
_RUBBLE_RE = re.compile(r"\b(?:rubble|debris|ruins)\b")

# round 9g: soldiers lost, counted, are the dead: "they have lost around 700 fighters" (only
# people of an armed force: "lost 3 positions" or "lost 40 tanks" are no toll)
_CAS_LOST = re.compile(
    r"\b(?P<what>lost|losing|lose|loses)\s+" + _APPROX + _NUM + r"(?P<fill>(?:\s+of)?"
    r"(?:\s+(?:their|its|his|her))?\s+(?:fighters|soldiers|troops|men|servicem[ae]n|personnel))\b",
    re.IGNORECASE,
)

# the casualty patterns for lowered text (no upper-case letter in them: same matches)
_CAS_LOW = tuple(
    re.compile(r.pattern) for r in (_CAS_NUM_FIRST, _CAS_VERB_FIRST, _CAS_TOLL, _CAS_LOST)
)


def casualties(text: str, speaker: str | None) -> tuple[Casualty, ...]:
    """The casualty figures of a clause, in reading order, claimed by its speaker."""
    found: list[tuple[int, Casualty]] = []
    taken: list[tuple[int, int]] = []
    regexes = (_CAS_NUM_FIRST, _CAS_VERB_FIRST, _CAS_TOLL, _CAS_LOST)
    low = text.lower()
    if len(low) == len(text):  # the same patterns, case-blind by lowering (faster)
        text, regexes = low, _CAS_LOW
    for regex in regexes:
        if regex is regexes[2] and "toll" not in low:
            continue  # the toll pattern scans every word: only where "toll" is written
        if regex is regexes[3] and "los" not in low:
            continue  # (round 9g) soldiers lost: only where "lost" or "losing" is written
        for m in regex.finditer(text):
            span = m.span("num")
            if any(a <= span[0] < b for a, b in taken):
                continue
            if regex is regexes[0] and _CONJOINED.search(m.group("fill") or ""):
                continue  # "killed eight people and wounded 35": eight is the verb's before
            count = _number(m.group("num"))
            if count is None or _SHARE_RE.match(text, span[1]):
                # "dozens of soldiers killed", "90 percent of the casualties were
                # civilians": no figure at all (a share is no head count)
                taken.append(span)
                continue
            if 1900 <= count <= 2100 and "," not in m.group("num"):
                continue
            count += _named_before_others(text, span)
            what_word = (m.groupdict().get("what") or "killed").lower()
            what = (
                "wounded"
                if what_word.startswith(("wound", "injur", "hurt"))
                else "missing"
                if what_word == "missing"
                else "killed"
            )
            fill = m.group("fill") or ""
            if m.group("num").lower() in ("a", "an") and (
                what != "killed" or _MORE_PEOPLE_RE.match(text, span[1], span[1] + 40)
            ):
                # "a child hurt" is no count of the wounded; "a woman and a child were
                # killed" is not one death
                continue
            context = text[max(0, m.start() - 25) : m.end()]
            civilian = _CIVILIAN.search(fill)
            military = (
                _MILITARY.search(fill)
                or (regex is regexes[2] and _MILITARY.search(context))
                or _FORCES_OWN.search(text, max(0, span[0] - 40), span[0])
            )
            # "20 soldiers and civilians": a figure of both groups belongs to neither
            group = (
                None
                if civilian and military
                else "civilian"
                if civilian
                else ("military" if military else None)
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
                        approximate=bool(m.group("approx")),
                    ),
                )
            )
    if not found and "bodies" in low and _RUBBLE_RE.search(low):
        for m in _CAS_BODIES.finditer(low):
            number = m.group("num") or m.group("num2")
            count = _number(number)
            if count is not None:
                civilian = m.group("num2") is not None and bool(_CIVILIAN.search(m.group(0)))
                group = "civilian" if civilian else None
                approx = bool(m.group("approx"))
                found.append((m.start(), Casualty(count, "killed", group, speaker, approx)))
    # "22 civilians killed and 95 hurt": the second figure shares the first's group
    found.sort(key=lambda x: x[0])
    out: list[Casualty] = []
    for _pos, cas in found:
        if cas.group is None and out and out[-1].group and out[-1].what != cas.what:
            cas = Casualty(cas.count, cas.what, out[-1].group, cas.claimed_by, cas.approximate)
        out.append(cas)
    return tuple(out)


# "a major general, a colonel and five other servicemen": the people named one by one
# before "N other(s)" are among the dead too
_OTHERS_AFTER_RE = re.compile(r"\s+others?\b")
_NAMED_LIST_RE = re.compile(
    r"((?:\b(?:an?|the)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s*,\s*)*"
    r"\b(?:an?|the)\s+[a-z-]+(?:\s+[a-z-]+){0,2}\s*,?\s+and\s+)$",
    re.IGNORECASE,
)
_ONE_NAMED_RE = re.compile(r"\b(?:an?|the)\s+", re.IGNORECASE)


_NOT_A_NAMED_PERSON_RE = re.compile(
    r"\b(?:was|were|is|are|has|had|killed|died|wounded|injured|hurt|dead)\b", re.IGNORECASE
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:on|in|at|of|from|to|into|near|by|for|with)\s+$", re.IGNORECASE
)


def _named_before_others(text: str, span: tuple[int, int]) -> int:
    """How many people a comma list names one by one before "N other(s)" (0 when none):
    a list with a verb in it ("a major was killed and two others") or after a preposition
    ("the strike on the market and three others") names no one."""
    if not _OTHERS_AFTER_RE.match(text, span[1]):
        return 0
    listed = _NAMED_LIST_RE.search(text, max(0, span[0] - 90), span[0])
    if listed is None or "," not in listed.group(1):
        return 0
    if _NOT_A_NAMED_PERSON_RE.search(listed.group(1)):
        return 0
    if _PREPOSITION_BEFORE_RE.search(text, max(0, listed.start() - 12), listed.start()):
        return 0
    return len(_ONE_NAMED_RE.findall(listed.group(1)))


def _number(text: str) -> int | None:
    """The number a figure states, or None for a word of quantity with no number."""
    t = " ".join(text.lower().split())
    if t in _VAGUE:
        return None
    if t in _NUM_WORDS:
        return _NUM_WORDS[t]
    try:
        return int(t.replace(",", ""))
    except ValueError:
        return None


def attribute_figures(
    tags: list[Tag], camp_of: Callable[[str | None], str | None] = lambda party: party
) -> list[Tag]:
    """A figure given without its source (a headline's "21 civilians killed") takes the
    source that the same report gives for the same figure ("..., the prosecutor said"):
    one report, one figure, one claimant. A figure two sides give alike stays unclaimed.
    So with whose dead they are: "16 killed" over "the armed forces have 16 dead" is a
    toll of soldiers, when the same camp (or no one named) gives both."""
    claimants: dict[tuple[int, str], set[str]] = {}
    groups: dict[tuple[int, str], set[tuple[str, str | None]]] = {}
    for tag in tags:
        for c in tag.casualties:
            if c.claimed_by:
                claimants.setdefault((c.count, c.what), set()).add(c.claimed_by)
            if c.group:
                groups.setdefault((c.count, c.what), set()).add((c.group, c.claimed_by))
    if not claimants and not groups:
        return tags
    out = []
    for tag in tags:
        if any(c.claimed_by is None or c.group is None for c in tag.casualties):
            figures = []
            for c in tag.casualties:
                found = claimants.get((c.count, c.what), set())
                kinds = {  # whose dead, as the same claimant (or an unnamed one) says
                    group
                    for group, who in groups.get((c.count, c.what), set())
                    if who is None or c.claimed_by is None or camp_of(who) == camp_of(c.claimed_by)
                }
                claimed_by = next(iter(found)) if c.claimed_by is None and len(found) == 1 else None
                group = next(iter(kinds)) if c.group is None and len(kinds) == 1 else None
                if claimed_by or group:
                    c = Casualty(
                        c.count, c.what, group or c.group, claimed_by or c.claimed_by, c.approximate
                    )
                figures.append(c)
            tag = replace_tag(tag, casualties=tuple(figures))
        out.append(tag)
    return out

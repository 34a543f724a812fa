"""Step 5, dates: an event's day from the sentence, resolved against the publication date
("yesterday", weekday names, "on 10 October", "Oct. 10", "from midnight"); with nothing
better the publication date, and the tag says so (``date_basis = "published"``).

An event is never dated after the report's own local day: a weekday is the latest such
day on or before it (a week later only for a truce said to start then), a date after it
falls back to the publication date, and "tonight" in a report of the small hours is the
night that began the day before. Only a truce may be dated by when it takes effect."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tui.tagger.text import Clause, Hit
from tui.zones import in_local_time

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

DATE_RE = re.compile(
    # the lookahead lets the engine skip, with one class test, every word that cannot
    # begin a date (a digit, a month, a weekday, yesterday, today, last, next, this, the);
    # tested before the lookbehind, which most positions would pass (a quarter faster)
    r"(?=[0-9jfmasondytlwi])(?<![\w-])(?:"
    r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    r"|(?P<dm>(?P<d1>\d{1,2})(?:\s*[-–]\s*(?P<d1e>\d{1,2}))?(?:st|nd|rd|th)?\s+"
    + _MONTH_RE.replace("(", "(?P<m1>", 1)
    + r"\.?(?:,?\s+(?P<y1>\d{4}))?)"
    r"|(?P<md>"
    + _MONTH_RE.replace("(", "(?P<m2>", 1)
    + r"\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y2>\d{4}))?)"
    r"|(?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening"
    r"|last\s+night|the\s+day\s+before|a\s+day\s+earlier(?!\s+than)"
    r"|the\s+(?:previous|preceding)\s+day"
    r"|tomorrow)"
    r"|(?P<wd>(?:(?P<wdq>last|next|this)\s+)?(?P<wday>Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)(?:['’]s)?)"
    # the two days named for the turn of the year: "freed on New Year's Eve"
    r"|(?P<ny>(?<!khmer\s)(?<!thai\s)(?<!lunar\s)(?<!chinese\s)(?<!orthodox\s)"
    r"new\s+year['’]s\s+(?P<nyd>eve|day))"
    # a month or a year with no day: "signed a truce in October", "back in 1994"; round 9k:
    # "last May", the one before the report's month whatever how far back
    r"|(?P<bm>(?:in|(?P<bml>last))\s+(?:(?:early|late|mid)[\s-]+)?(?P<bmon>January|February|March|April|May"
    r"|June|July|August|September|October|November|December)(?:\s+(?P<bmy>\d{4}))?"
    r"(?!\s*\d))"
    # round 9g: a decade told as history is the same: "a war in the early 1990s"
    r"|(?P<byr>in\s+(?:the\s+(?:(?:early|late|mid)[\s-]+)?(?=(?:19|20)\d0s))?(?P<byy>(?:19|20)\d{2})(?P<bys>s)?)"
    r")(?![\w])",
    re.IGNORECASE,
)

# the same on a lowered sentence (offsets unchanged), without the cost of IGNORECASE
DATE_LOW_RE = re.compile(DATE_RE.pattern.lower().replace("(?p<", "(?P<"))

_FUTURE_RE = re.compile(r"\b(?:will|from|starting|due|scheduled|until|next|set\s+to)\b")

# a clause that plainly looks ahead ("will host them on Friday"): its weekday is still to
# come, so the event of the report is the announcement, dated by the report itself
_AHEAD_RE = re.compile(
    r"\b(?:will|shall|next|scheduled|planned|due\s+to|set\s+to|expected\s+to|(?:is|are)\s+to)\b"
)

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

# between an effect phrase and a date: the date is another clause's (a speech's day)
_SPOKEN_RE = re.compile(r"[,;]|\b(?:said|says|told|announced|added|stated)\b")

_EFFECT_PAST_RE = re.compile(r"^(?:took|came|went|entered|began|started)\b", re.IGNORECASE)

_EFFECT_FUTURE_RE = re.compile(r"\b(?:will|would|to|is\s+to|due\s+to|set\s+to)\s+\S*\s*$")

# a start told as a past intention: "the truce that was meant to start at midnight on
# Saturday" (in Tuesday's paper: the Saturday gone, not the next); "was due to" is also
# how wire copy tells a start still to come, so it looks back only past a few days ahead
_EFFECT_WAS_MEANT_RE = re.compile(
    r"\b(?:(?:was|were)\s+(?:meant|supposed)|had\s+been\s+(?:\w+\s+)?)\s*to\s+$", re.IGNORECASE
)
_EFFECT_WAS_DUE_RE = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|set|scheduled|expected|planned)\s+)?to\s+$", re.IGNORECASE
)

# a date that belongs to a truce named in passing ("the truce agreed on Saturday")
_TRUCE_ATTACHED_RE = re.compile(
    r"(?:truces?|cease-?fires?|armistices?|deals?|agreements?|accords?|statements?|declarations?"
    r"|it)\b[^.;]{0,40}?\b"
    r"(?:agreed|signed|brokered|reached|announced|declared|began|started|"
    r"took\s+(?:effect|hold|force)|(?:came|entered)\s+into\s+(?:force|effect))\s+"
    # round 9c: its signers too ("the declaration signed by the two prime ministers on")
    r"(?:by\s+(?:the\s+)?(?:[\w.’\x27-]+\s+){1,5}?(?=in\s|at\s|on\s|last\s|early\s))?"
    # (round 9i: a place of two or three words, "signed in Kuala Lumpur on October 26")
    r"(?:in\s+\w+(?:\s+\w+){0,2}?\s+)?"
    # (round 9k: its two sides, "the ceasefire reached between A and B last November")
    r"(?:between\s+(?:the\s+)?[\w.’\x27-]+(?:\s+[\w.’\x27-]+)?\s+and\s+(?:the\s+)?"
    r"[\w.’\x27-]+(?:\s+[\w.’\x27-]+)?\s+)?"
    r"(?:(?:at|from)\s+(?:noon|midnight|midday|\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?)"
    r"(?:\s+local\s+time)?\s+)?(?:on\s+|last\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)  # "the truce (that) came into force at noon on Saturday", "the ceasefire declared from 12:00
# on October 10": the truce's day, not the act's

# a truce named by its date ("despite the fragile ceasefire of November 27", "the truce of
# 10 October"): the date is the truce's name, not the day of the act told beside it
_TRUCE_OF_DATE_RE = re.compile(
    r"(?:truce|cease-?fire|armistice|agreement|accord|declaration)\s+(?:of|dated)\s+$",
    re.IGNORECASE,
)

# a second truce's date coordinated with the first: "the truces agreed on October 10 at
# Moscow's initiative and on October 17 at Paris's" (both days are the truces')
_TRUCE_ATTACHED_AND_RE = re.compile(
    r"(?:truces|cease-?fires|agreements|deals|accords)\b[^.;]{0,20}?\b"
    r"(?:agreed|signed|brokered|reached|announced|declared)\s+(?:in\s+\w+\s+)?on\s+"
    r"[^.;]{1,70}?\band\s+(?:on\s+)?$",
    re.IGNORECASE,
)

# a date that names a truce by its day ("despite Monday's truce", "Saturday's ceasefire"):
# the weekday's match ends with its "'s"
_TRUCE_POSSESSIVE_RE = re.compile(
    r"(?<=['\u2019]s)\s+(?:(?:new|fresh|latest|second|third|humanitarian|brokered)\s+){0,2}"
    r"(?:truce|cease-?fire|armistice|deal|agreement|accord)\b",
    re.IGNORECASE,
)

# a date that names another kind of event by its day ("talks on easing the tension left by
# Wednesday's clash", "a day after Thursday's talks"): the fight's or the meeting's day,
# never the day of a hit of the other family
_FIGHT_POSSESSIVE_RE = re.compile(
    r"(?<=['\u2019]s)\s+(?:(?:deadly|fatal|brief|heavy|border|armed|cross-border|fresh)\s+){0,2}"
    r"(?:clash(?:es)?|attacks?|shelling|fighting|strikes?|skirmish(?:es)?|exchange\s+of\s+fire|"
    r"gunfight|firefight|incident|blast|explosion|raids?|shooting|assault|bombardment)\b",
    re.IGNORECASE,
)
_TALKS_POSSESSIVE_RE = re.compile(
    r"(?<=['\u2019]s)\s+(?:(?:phone|telephone|video|emergency|high-level|bilateral)\s+){0,2}"
    r"(?:talks|meeting|call|visit|summit|session)\b",
    re.IGNORECASE,
)
_FIGHT_KINDS = frozenset({"attack", "casualties", "humanitarian"})


def _other_family_day(m: re.Match[str], s: str, kind: str) -> bool:
    """Whether a weekday names an event of another family by its day: a fight's day for
    a call, a meeting's day for a fight."""
    if kind == "diplomatic_call":
        return bool(_FIGHT_POSSESSIVE_RE.match(s, m.end()))
    if kind in _FIGHT_KINDS:
        return bool(_TALKS_POSSESSIVE_RE.match(s, m.end()))
    return False


# a date that names the truce an act breaks by standing before it ("attacked Barda
# despite the 26 October ceasefire", "in breach of the October 10 truce"): the truce's
# day, not the act's. (Named so in a recap, "the 10 October truce is in place although
# fighting goes on", the date still marks the sentence as the truce's background.)
_TRUCE_ATTRIBUTIVE_RE = re.compile(
    r"\s+(?:(?:new|fresh|latest|second|third|humanitarian|brokered|fragile)\s+){0,2}"
    r"(?:truce|cease-?fire|armistice|deal|agreement|accord|declaration)s?\b",
    re.IGNORECASE,
)
_BEFORE_ATTRIBUTIVE_RE = re.compile(
    r"\b(?:despite|(?:in\s+)?(?:breach|violation)\s+of|breaking|broke|violat\w+)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# days from the publication date of a relative expression ("a day earlier": the day before)
_REL_OFFSETS = {
    "yesterday": -1,
    "last night": -1,
    "the day before": -1,
    "a day earlier": -1,
    "the previous day": -1,
    "the preceding day": -1,
    "tomorrow": 1,
}

# a date expression resolves the same way against the same publication date: cached
_RESOLVED: dict[tuple[str, dt.date | None, bool, bool, int | None], Any] = {}

_MISSING = object()


def effect_date(s: str, pub: dt.date, pub_minutes: int | None) -> tuple[dt.date, str] | None:
    """When a truce stated in `s` takes effect ("from midnight", "at 08:00 on Monday")."""
    for m in _EFFECT_RE.finditer(s):
        verb = m.group("verb")
        after = s[m.end() : m.end() + 70]
        date = next(iter(DATE_RE.finditer(after)), None)
        said_on = None
        if date is not None and _SPOKEN_RE.search(after, 0, date.start()):
            # "from midnight, Anwar said on Monday": the day it was said, not the truce's
            said = resolve_date(date, pub, False)
            said_on = said[0] if said and said[0] < pub else None
            date = None
        if date is not None and date.start() <= 45:
            # "came into effect at noon on Saturday": the Saturday before, not the next
            resolved = resolve_date(date, pub, not _EFFECT_PAST_RE.match(verb))
            if resolved and _past_intention(s, m.start(), resolved[0], pub):
                resolved = resolve_date(date, pub, False)
            if resolved:
                return _midnight_between(m, date, resolved)
        clock = (m.group("time") or "").lower()
        if not clock:
            continue
        future = not _EFFECT_PAST_RE.match(verb) and (
            verb.lower().split()[0] in ("from", "starting", "beginning", "effective", "as")
            or bool(_EFFECT_FUTURE_RE.search(s[max(0, m.start() - 20) : m.start()]))
        )
        if not future:
            return pub, "published"
        midnight = clock == "midnight" or clock.startswith(("00:", "00.", "0:", "24"))
        if said_on is None:
            said_on = _agreed_on(s[max(0, m.start() - _AGREED_REACH) : m.start()], pub)
        if said_on is not None:  # the hour counts from the day it was said or agreed
            return said_on + dt.timedelta(days=int(midnight)), "relative"
        if midnight:
            late = pub_minutes is None or pub_minutes >= 12 * 60
            return (pub + dt.timedelta(days=1), "relative") if late else (pub, "relative")
        minutes = _clock_minutes(clock)
        if minutes is not None and pub_minutes is not None and minutes < pub_minutes - 120:
            return pub + dt.timedelta(days=1), "relative"
        return pub, "relative"
    return None


def _past_intention(s: str, start: int, ahead: dt.date, pub: dt.date) -> bool:
    """Whether a truce's start read ahead is one told as meant and gone: "was meant to
    start on Saturday" always; "was due to take effect on Saturday" only when that
    Saturday would be more than a few days after the report."""
    before = s[max(0, start - 40) : start]
    if _EFFECT_WAS_MEANT_RE.search(before):
        return ahead > pub
    return bool(_EFFECT_WAS_DUE_RE.search(before)) and (ahead - pub).days > _AHEAD_DAYS


# the second day of a midnight named by its two days: "February 24-25", "24/25" (never "and
# 18 soldiers were freed" after "midnight on October 17")
_MIDNIGHT_END_RE = re.compile(r"\s*[-\u2013/]\s*(\d{1,2})(?![\d\w])")


def _midnight_between(
    effect: re.Match[str], date: re.Match[str], resolved: tuple[dt.date, str]
) -> tuple[dt.date, str]:
    """A truce "from midnight of February 24-25" (or "midnight 24/25 Feb") starts on the
    second day, the morning that midnight opens, not on the first."""
    if (effect.group("time") or "").lower() != "midnight":
        return resolved
    end = _second_day(date, _MIDNIGHT_END_RE)
    day = resolved[0]
    return (day + dt.timedelta(days=1), resolved[1]) if end == day.day + 1 else resolved


# how far before a truce's hour the day it was agreed may be stated ("agreed in Moscow
# on October 10 to stop firing from noon")
_AGREED_REACH = 100


# the meeting a possessive day names ("Saturday's special border committee meeting")
_MEETING_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,5}?(?:meeting|talks|summit|session|conference|call)\b", re.IGNORECASE
)
_AGREED_VERB_RE = re.compile(r"\b(?:agreed|signed|reached|brokered|struck)\b", re.IGNORECASE)
_ON_DAY_RE = re.compile(r"\bon\s+(?:the\s+(?:night|evening|morning)\s+of\s+)?$", re.IGNORECASE)


def _agreed_on(before: str, pub: dt.date) -> dt.date | None:
    """The day a truce was agreed, stated just before its hour ("agreed in Moscow on
    October 10 to stop firing from noon"), if earlier than the report: the hour counts
    from it, not from the day the report was filed. Only a day "on" which it was agreed,
    or the day's meeting that agreed it ("Saturday's meeting, at which ..."): "the
    ceasefire agreed in May will start at midnight" starts tonight."""
    found = list(DATE_RE.finditer(before))
    if not found or not _AGREED_VERB_RE.search(before):
        return None
    date = found[-1]
    # "Saturday's meeting, at which the two sides agreed to a ceasefire from noon": the
    # meeting's day is the day of the agreement
    possessive = date.group(0).endswith(("'s", "\u2019s")) and bool(
        _MEETING_AFTER_RE.match(before, date.end())
    )
    if not possessive and not _ON_DAY_RE.search(before, 0, date.start()):
        return None
    resolved = resolve_date(date, pub, False)
    return resolved[0] if resolved and resolved[0] < pub else None


# how far ahead a truce's bare weekday may reach ("from Monday" said on Friday)
_AHEAD_DAYS = 3

# before this minute of the local day a report is still in the night before it
_SMALL_HOURS = 6 * 60


def event_date(
    s: str,
    dates: list[re.Match[str]],
    clause: Clause | None,
    hit: Hit,
    pub: dt.date | None,
    pub_minutes: int | None = None,
) -> tuple[dt.date | None, str]:
    """The date of the hit: the nearest date of its clause (else of the sentence), else the
    publication date; never after the publication day unless a truce starts then."""
    when, basis = _nearest_date(s, dates, clause, hit, pub, pub_minutes)
    if basis == "published" and hit.rule.kind == "violation_claim" and clause is not None:
        when, basis = _old_truce_broken(s, dates, clause, hit, pub) or (when, basis)
    return not_after_report(when, basis, pub, hit.rule.kind)


# a breach told in the past: "was not respected", "broke down", "had been violated"
_PAST_BREACH_RE = re.compile(
    r"\b(?:was|were|had|broke|collapsed|failed|crumbled|unravell?ed|faltered)\b", re.IGNORECASE
)

# how old a truce's own date makes a breach told of it in the past a recap
_OLD_TRUCE_DAYS = 7


def _old_truce_broken(
    s: str, dates: list[re.Match[str]], clause: Clause, hit: Hit, pub: dt.date | None
) -> tuple[dt.date, str] | None:
    """ "The truce reached in Moscow on October 10 was not respected", a week or more
    later and with no date of its own: the breach is that truce's story, dated with it."""
    if pub is None:
        return None
    for m in dates:
        if not clause.start <= m.start() < hit.start:
            continue
        if not _PAST_BREACH_RE.search(s, m.end(), hit.end):
            continue
        resolved = resolve_date(m, pub, False)
        if not resolved or (pub - resolved[0]).days < _OLD_TRUCE_DAYS:
            continue
        if _TRUCE_ATTACHED_RE.search(s[max(0, m.start() - 90) : m.start()]):
            return resolved
    return None


# a dateline: the place a report was filed and its day, before its first words
# ("New Delhi/Islamabad, May 11: Misri confirmed on Saturday ...", "BEIRUT, Nov. 27
# (Reuters) - ..."): the day of the filing, not of what the sentence tells
_DATELINE_BEFORE_RE = re.compile(r"^\s*[A-Z][\w.'’/ -]{0,40},\s*$")
_DATELINE_AFTER_RE = re.compile(r"\s*(?:\([\w .-]{1,20}\)\s*)?[:—–-]")


def without_dateline(s: str, dates: list[re.Match[str]]) -> list[re.Match[str]]:
    """The sentence's dates but the dateline's, which dates the filing alone, when the
    sentence says another day ("..., May 11: Misri confirmed on Saturday"); alone, the
    dateline is the best day the sentence gives."""
    kept = [m for m in dates if not is_dateline(s, m)]
    return kept if kept else dates


def is_dateline(s: str, m: re.Match[str]) -> bool:
    """Whether a date is the dateline that opens the sentence ("MOSCOW, April 5 --")."""
    return (
        m.start() <= 45
        and bool(_DATELINE_BEFORE_RE.match(s[: m.start()]))
        and bool(_DATELINE_AFTER_RE.match(s, m.end()))
    )


def not_after_report(
    when: dt.date | None, basis: str, pub: dt.date | None, kind: str
) -> tuple[dt.date | None, str]:
    """An event of the report cannot be later than the report (only a truce announced to
    start on a later day is dated then): a later date gives way to the publication day."""
    if when is None or pub is None or when <= pub:
        return when, basis
    if kind == "truce_agreed" and (when - pub).days <= 7:
        return when, basis
    return pub, "published"


# a date that starts a span, not a day something happened: "the worst since 4 October"
_SINCE_RE = re.compile(r"\b(?:since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# the perfect progressive of a span that goes on: "have been firing since Monday"
_ONGOING_RE = re.compile(r"\b(?:have|has)\s+been\s+\w+ing\b", re.IGNORECASE)
# the perfect of what has gone on since that day, told before it: "have deliberately
# targeted civilians since 27 September", "has killed dozens since the war began"
_PERFECT_SPAN_RE = re.compile(
    r"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+\w+|\w+ed|struck|hit|shot|fought|lost)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
_PERFECT_REACH = 120
# two days joined ("violations on Wednesday and Thursday", "from Monday to Wednesday"):
# what they tell ran to the later one, the day it is news of
# ... but talks or a truce over two days are news of the first ("talks on Sunday and Monday")
_FIRST_DAY_KINDS = frozenset({"diplomatic_call", "truce_agreed"})
_PAIR_JOIN_RE = re.compile(r"\s+(?:and|to|through|till|until)\s+(?:on\s+)?", re.IGNORECASE)
# a document's own date: "a letter dated July 25", "in a note dated 3 May"
_DOCUMENT_DAY_RE = re.compile(r"\bdated\s+(?:on\s+)?$", re.IGNORECASE)
# a reporting verb right before a date: "told AFP on Tuesday", "said on Monday"
_SPEECH_DAY_RE = re.compile(
    r"\b(?:said|says|told|tells|announced|added|stated|reported|wrote)\b"
    r"(?:\s+[\w.'’-]+){0,2}?\s+(?:on|late\s+on|early\s+on)\s+$"
)


# a reaction that names an earlier act as its object: "condemned on Saturday an air raid
# that ...", "on Saturday denounced the shelling of ..."
_REACTION_VERB = (
    r"(?:condemn|denounc|deplor|decri|criticis|criticiz|slamm|mourn|protest)(?:ed|es|s|e)?"
)
_REACTION_AFTER_DAY_RE = re.compile(r"\s+(?:also\s+|strongly\s+)?" + _REACTION_VERB + r"\b", re.I)
_REACTION_BEFORE_DAY_RE = re.compile(
    r"\b" + _REACTION_VERB + r"\b(?:\s+[\w.'\u2019-]+){0,2}?\s+(?:on|late\s+on|early\s+on)\s+$",
    re.I,
)
_REACTED_KINDS = frozenset({"attack", "casualties", "humanitarian"})


def _reaction_day(s: str, m: re.Match[str], hit: Hit) -> bool:
    """Whether a day dates a reaction whose object is the hit: the act condemned is
    older than the condemning, and has no day of its own in the sentence."""
    if hit.rule.kind not in _REACTED_KINDS or not m.group("wday"):
        return False
    after = _REACTION_AFTER_DAY_RE.match(s, m.end())
    if after is not None:
        return hit.start >= after.end()
    before = _REACTION_BEFORE_DAY_RE.search(s, max(0, m.start() - 60), m.start())
    return before is not None and hit.start >= m.end()


def _closest(
    s: str, inside: list[re.Match[str]], skipped: set[int], hit: Hit
) -> re.Match[str] | None:
    """The date nearest the hit among `inside`, but those at `skipped` and those that are
    a truce's, or an aside's month."""
    best = None
    best_distance = None
    starts = {m.start() for m in inside}
    for m in inside:
        if m.start() in skipped:
            continue
        joined = _PAIR_JOIN_RE.match(s, m.end())
        if joined and joined.end() in starts and hit.rule.kind not in _FIRST_DAY_KINDS:
            continue  # "on Wednesday and Thursday": two days told together, the later one's
        if (
            hit.rule.kind != "truce_agreed"
            and _SINCE_RE.search(s, max(0, m.start() - 12), m.start())
            and (
                _ONGOING_RE.search(s)
                or _PERFECT_SPAN_RE.search(s, max(0, m.start() - _PERFECT_REACH), m.start())
            )
        ):
            continue  # "have been firing rockets since Monday": a span up to now (round 8c)
        if hit.rule.kind != "truce_agreed" and (
            _truce_attached(s[max(0, m.start() - 90) : m.start()])
            or _TRUCE_POSSESSIVE_RE.match(s, m.end())
            or _other_family_day(m, s, hit.rule.kind)
            or (
                _TRUCE_ATTRIBUTIVE_RE.match(s, m.end())
                and _BEFORE_ATTRIBUTIVE_RE.search(s, max(0, m.start() - 30), m.start())
            )
        ):
            continue
        if (
            m.start() >= hit.end
            and (m.group("bm") or m.group("byr"))
            and _ASIDE_BEFORE_MONTH_RE.search(s, hit.end, m.start())
        ):
            continue  # "freed 18 soldiers captured in July": the capture's month, not the act's
        if m.start() >= hit.end and _relative_aside(s, hit.end, m.start()):
            continue  # "ignored a ban that the army imposed on Saturday": the ban's day
        distance = hit.start - m.end() if m.start() < hit.start else m.start() - hit.end
        # a date inside a long hit is an aside's ("the constable, detained on April 23, was
        # handed back on Wednesday"): it counts only when no date lies outside
        distance = max(distance, 0) if m.start() < hit.start or m.end() > hit.end else 10_000
        if best_distance is None or distance < best_distance:
            best, best_distance = m, distance
    return best


def _said_on(s: str, m: re.Match[str], hit: Hit) -> bool:
    """Whether a reporting verb right before the date makes it the day of a saying; a
    truce's own verb is no saying (round 9x: "the ceasefire was announced on Saturday,
    after talks late on Friday night" is Saturday's truce, not a Friday one)."""
    said = _SPEECH_DAY_RE.search(s, max(0, m.start() - 40), m.start())
    if said is None:
        return False
    return not (hit.rule.kind == "truce_agreed" and hit.start <= said.start() < hit.end)


def _nearest_date(
    s: str,
    dates: list[re.Match[str]],
    clause: Clause | None,
    hit: Hit,
    pub: dt.date | None,
    pub_minutes: int | None,
) -> tuple[dt.date | None, str]:
    """The date nearest the hit in its clause (else in the sentence) as written."""
    if not dates:
        return pub, "published"
    lo, hi = (clause.start, clause.end) if clause is not None else (0, len(s))
    inside = [m for m in dates if lo <= m.start() < hi]
    if clause is None and hit.rule.kind == "truce_agreed":
        # round 9x: a truce's clause with no date of its own is not dated by a span another
        # clause opens ("the city the army had held since 28 November, and the government
        # declared a truce": that day starts the holding, not the truce), nor by a day told
        # past a semicolon ("orders troops to hold fire from the feast; B to reply on Monday")
        inside = [
            m
            for m in inside
            if not _SINCE_RE.search(s, max(0, m.start() - 12), m.start())
            and ";" not in s[min(hit.end, m.end()) : max(hit.start, m.start())]
        ]
    # "killed on Monday ..., aid workers told AFP on Tuesday": the day a thing was said
    # dates the saying, not the event, when the sentence gives the event a day of its own
    spoken = {
        m.start()
        for m in inside
        if _said_on(s, m, hit)
        or (
            # "in a letter dated July 25, ... opened fire on July 24": the letter's day
            # dates the letter (a call), not the acts it tells
            hit.rule.kind != "diplomatic_call"
            and _DOCUMENT_DAY_RE.search(s, max(0, m.start() - 12), m.start())
        )
    }
    if not any(
        m.start() not in spoken and not _SINCE_RE.search(s, max(0, m.start() - 12), m.start())
        for m in inside
    ):
        spoken = set()  # no other day the event happened on ("since 4 October" is none)
    best = _closest(s, inside, spoken, hit)
    if best is None and spoken:  # no other day that dates the event: the saying's, then
        best = _closest(s, inside, set(), hit)
    if best is None and clause is not None:
        # no date in the clause: a date elsewhere in the sentence still dates it
        return _nearest_date(s, dates, None, hit, pub, pub_minutes)
    if best is None:
        return pub, "published"
    if (
        pub is not None
        and _reaction_day(s, best, hit)
        and resolve_date(best, pub, False)
        == (
            pub,
            "weekday",
        )
    ):
        # "UNICEF on Saturday condemned an air raid that hit a kindergarten", filed on
        # Saturday: the day is the condemnation's; the raid it names has none of its own
        return pub, "published"
    if is_dateline(s, best):
        # the filing's day, as the publication's is: another line of the report that
        # says the day ("on Monday") dates its story, not the dateline
        resolved = resolve_date(best, pub, False)
        return (resolved[0], "dateline") if resolved else (pub, "published")
    anchored = _day_before_stated(s, dates, best, pub)
    if anchored is not None:
        return anchored
    # only a truce is news before it happens ("a truce from Monday"): for any other
    # kind, "from", "until" or "will" in the clause never moves a weekday a week ahead
    if hit.rule.kind == "truce_agreed":
        # the words that govern the date look ahead ("from Monday", "will take effect on
        # Monday"), not any word of the clause: "with effect from midnight, Anwar said on
        # Monday" is last Monday's statement
        future = bool(_FUTURE_RE.search(s, max(lo, best.start() - 30), best.start()))
    else:
        future = False
        if best.group("wday") and _AHEAD_RE.search(s, lo, hi):
            return pub, "published"
    small_hours = pub_minutes is not None and pub_minutes < _SMALL_HOURS
    key = (best.group(), pub, future, small_hours, _night_end(best))
    resolved = _RESOLVED.get(key, _MISSING)
    if resolved is _MISSING:
        if len(_RESOLVED) > 10_000:
            _RESOLVED.clear()
        resolved = _RESOLVED[key] = resolve_date(best, pub, future, small_hours)
    if resolved is None:
        return pub, "published"
    return resolved


# "a day earlier" told beside another day: the day before that one
_DAY_BEFORE = frozenset(
    {"a day earlier", "the previous day", "the preceding day", "the day before"}
)


def _day_before_stated(
    s: str, dates: list[re.Match[str]], best: re.Match[str], pub: dt.date | None
) -> tuple[dt.date, str] | None:
    """ "Said on Monday that X had shelled Y a day earlier": Sunday, not the day before
    the report; None when the date is no such phrase or the sentence states no other day."""
    if not best.group("rel") or " ".join(best.group("rel").lower().split()) not in _DAY_BEFORE:
        return None
    for other in dates:
        if other is best or other.group("rel"):
            continue
        resolved = resolve_date(other, pub, False)
        if resolved:
            return resolved[0] - dt.timedelta(days=1), "relative"
    return None


# the words before a date, read once per text: a sentence's hits share its dates
_ATTACHED: dict[str, bool] = {}


def _truce_attached(before: str) -> bool:
    """Whether the date after `before` is a truce's named in passing (see the regexes)."""
    found = _ATTACHED.get(before)
    if found is None:
        if len(_ATTACHED) > 10_000:
            _ATTACHED.clear()
        found = _ATTACHED[before] = bool(
            _TRUCE_ATTACHED_RE.search(before)
            or _TRUCE_OF_DATE_RE.search(before)
            or _TRUCE_ATTACHED_AND_RE.search(before)
        )
    return found


def parse_local(value: str | None, offset: int | None) -> tuple[dt.date | None, int | None]:
    """The publication day (and minute of the day) in the conflict's local time."""
    if not value:
        return None, None
    local = in_local_time(value, offset)
    if local is not None:
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


# "on the night of 12-13 September", "overnight on 5-6 May": what a night brought is
# news of the morning it ended in (a range of days that is no night starts on its first)
_NIGHT_BEFORE_RE = re.compile(r"\b(?:night\s+of\s+(?:the\s+)?|overnight\s+(?:on\s+)?)$", re.I)
_NIGHT_END_RE = re.compile(r"\s*(?:-|–|to|and)\s*(\d{1,2})(?!\d)", re.I)


def _night_end(m: re.Match[str]) -> int | None:
    """The day a night named by its two days ends on, or None for any other date."""
    if not _NIGHT_BEFORE_RE.search(m.string, max(0, m.start() - 25), m.start()):
        return None
    return _second_day(m, _NIGHT_END_RE)


def _second_day(m: re.Match[str], end_re: re.Pattern[str]) -> int | None:
    """The second day of a date told as two days ("12-13 September", or "September 12"
    followed by what `end_re` reads as its end), or None."""
    if m.group("d1e"):
        return int(m.group("d1e"))
    end = end_re.match(m.string, m.end()) if m.group("md") else None
    return int(end.group(1)) if end else None


def resolve_date(
    m: re.Match[str], pub: dt.date | None, future: bool, small_hours: bool = False
) -> tuple[dt.date, str] | None:
    """A date expression against the publication date: (date, basis) or None.

    `future`: the clause looks ahead (a truce "from Monday"); `small_hours`: the report is
    of the first hours of its day, when "tonight" is the night that began the day before."""
    g = m.groupdict()
    try:
        if g["iso"]:
            return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), "explicit"
        if g["dm"] or g["md"]:
            day = _night_end(m) or int(g["d1"] or g["d2"])
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
    if g["bm"] or g["byr"]:
        return _bare_month_or_year(g, pub)
    if g["ny"]:
        return _turn_of_year(g["nyd"].lower() == "eve", pub), "explicit"
    if g["rel"]:
        rel = " ".join(g["rel"].lower().split())
        offset = _REL_OFFSETS.get(rel, 0)
        if small_hours and rel in ("tonight", "this evening"):
            offset = -1
        return pub + dt.timedelta(days=offset), "relative"
    if g["wday"]:
        target = _WEEKDAYS.index(g["wday"].lower())
        qualifier = (g["wdq"] or "").lower()
        back = (pub.weekday() - target) % 7
        ahead = (target - pub.weekday()) % 7
        # a bare weekday looks ahead, but not a week ahead to the day just gone: "a truce
        # from 4 a.m. Wednesday" in Thursday's paper is the Wednesday just gone
        if qualifier == "next" or (
            future and qualifier != "last" and (ahead <= _AHEAD_DAYS or back > 1)
        ):
            return pub + dt.timedelta(days=ahead), "weekday"
        if qualifier == "last" and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), "weekday"
    return None


def _turn_of_year(eve: bool, pub: dt.date) -> dt.date:
    """New Year's Eve or Day nearest the report: in a paper of 1 January, the night
    before; in one of 30 December, the coming one."""
    days = [
        dt.date(year, 12, 31) if eve else dt.date(year, 1, 1)
        for year in (pub.year - 1, pub.year, pub.year + 1)
    ]
    return min(days, key=lambda day: abs((day - pub).days))


# a bare month after these words dates their aside: "soldiers captured in the clashes in July"
_ASIDE_BEFORE_MONTH_RE = re.compile(
    r"\b(?:captured|detained|held|arrested|seized|taken|abducted|jailed|which|that|who|during)\b"
)

# a relative clause with a subject of its own opened after the act ("a ban that the
# army imposed on Saturday"): a day written in it dates that clause
_RELATIVE_AFTER_RE = re.compile(r"\b(?:that|which)\s+(?:the|its|their|his|her)\b")


def _relative_aside(s: str, start: int, end: int) -> bool:
    """Whether a relative clause about another noun than the act opens between the act
    and a date: "a ban that the army imposed on Saturday" dates the ban, while "the talks,
    which began on December 24" (the clause right after the act) dates the talks."""
    rel = _RELATIVE_AFTER_RE.search(s, start, end)
    return rel is not None and bool(s[start : rel.start()].strip(" ,"))


# how far back "in <month>" reaches: a later month is the next one ("talks in January",
# said in December), not a recap
_BARE_MONTH_BACK = 6


def _bare_month_or_year(g: dict[str, Any], pub: dt.date) -> tuple[dt.date, str] | None:
    """ "in October", "in July 2025", "in 1994": the last day of that month or year when it
    lies before the report's own month (a recap then, whatever the event); else nothing."""
    if g["byr"]:
        year = int(g["byy"]) + (9 if g["bys"] else 0)  # a decade ends in its ninth year
        return (dt.date(year, 12, 31), "explicit") if year < pub.year else None
    month = _MONTHS[g["bmon"][:3].lower()]
    if g["bmy"]:
        year = int(g["bmy"])
    elif g["bml"]:
        year = pub.year if month < pub.month else pub.year - 1
    else:
        back = (pub.month - month) % 12
        if not 1 <= back <= _BARE_MONTH_BACK:
            return None
        year = pub.year if month < pub.month else pub.year - 1
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    last = first_next - dt.timedelta(days=1)
    return (last, "explicit") if last < pub else None

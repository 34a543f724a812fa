"""A call's cue whose other end is no diplomacy: a phone interview, an appeal for money.

One class of the blind errors (docs/wording.md section 19, C5: 15 false calls in 9 sets)
is a meeting, an appeal or a phone line with no diplomacy at its other end. Two of its
shapes are read here from their parts:

- an interview by phone: a speech verb, a listener that names no party, "by phone" ("a
  woman told the broadcaster by phone", "speaking to reporters by phone", or no listener
  after "said": "the mayor said by telephone"); a party at the other end ("Putin told
  Aliyev by phone") or no listener after "spoke" ("A and B spoke by phone") is a call;
- an appeal for money: the appeal's object is a sum or funds ("appealed for 1.5 million
  euros", "appeals for donations"), a charity's work, not a call for a ceasefire.
"""

from __future__ import annotations

import re

from tui.tagger.text import Mention

# a speech verb, up to four words of listener, then "by phone": the cue sits on "phone"
_INTERVIEW_RE = re.compile(
    r"(?<![\w-])(?:told|tells|telling|said|says|saying|speaking|spoke|talking|talked)\s+"
    r"(?:to\s+|with\s+)?(?P<listener>(?:[^\s,;]+\s+){0,4}?)(?:by|over\s+the|on\s+the)\s+"
    r"(?:tele)?phone\b",
    re.IGNORECASE,
)
# an appeal whose object is money
_FOR_MONEY_RE = re.compile(
    r"\s+(?:(?:for|to\s+raise)\s+)?(?:(?:about|some|nearly|almost|over|more\s+than|up\s+to)\s+)?"
    r"(?:[$€£]|\d|(?:a|one|two|three|four|five|ten|several)\s+(?:million|billion|hundred)|"
    r"(?:funds|funding|donations|money|contributions|cash)\b)",
    re.IGNORECASE,
)


def phone_interview(s: str, cue_start: int, cue_end: int, mentions: list[Mention]) -> bool:
    """Whether the phone cue at s[cue_start:cue_end] is an interview: a speech verb and a
    listener that names no party before "by phone"."""
    for m in _INTERVIEW_RE.finditer(s, max(0, cue_start - 80), min(len(s), cue_end + 20)):
        if not (m.start() <= cue_start < m.end() or cue_start <= m.start() < cue_end):
            continue
        lo, hi = m.span("listener")
        if lo == hi and not m.group(0).lower().startswith("sa"):
            continue  # "A and B spoke by phone": the two ends are the subject's
        if not any(lo <= x.start < hi for x in mentions):
            return True
    return False


def appeal_for_money(s: str, cue_end: int) -> bool:
    """Whether the appeal that ends at `cue_end` asks for money ("appealed for 1.5 million
    euros", "appeals for donations")."""
    return _FOR_MONEY_RE.match(s, cue_end) is not None

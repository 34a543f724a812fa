"""Diplomacy named only as the time of an act of war is that act's anchor, not a call.

One class of the blind errors (docs/wording.md section 19: calls recalled as background,
18 false calls in 11 sets) names a meeting or a call only to date something else: "the
shelling came a day after the envoy met both ministers", "after the Geneva meeting, B's
forces launched a new offensive", "a missile hit the city right after the Washington
meetings". The sentence's news is the act of war; the meeting is its yardstick, told
before and told elsewhere as news on its own day.

The test reads two parts: the call's cue inside a phrase of time ("after", "since",
"following", "in the wake of", with an optional span: "a day after", "hours after") that no
clause break closes before the cue, and an act of war (an attack or a violation claim) the
same sentence tells outside that phrase.
"""

from __future__ import annotations

import re

# the phrase of time that opens before the cue: "(a day | hours | right) after ..."
_ANCHOR_RE = re.compile(
    r"(?<![\w-])(?:(?:(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+"
    r"(?:days?|weeks?|hours?)|hours|days|weeks|shortly|soon|right|just|only|barely)\s+)?"
    r"(?:after|since|following|in\s+the\s+wake\s+of)\s+",
    re.IGNORECASE,
)
# what closes the phrase before the cue: a clause break
_BREAK_RE = re.compile(r"[,;:—–]|\s-\s")
_MAX_WORDS = 10  # words from the anchor to the cue


def anchor_start(s: str, cue_start: int) -> int | None:
    """Where the phrase of time that holds the cue at `cue_start` opens, or None."""
    lo = max(0, cue_start - 120)
    found = None
    for m in _ANCHOR_RE.finditer(s, lo, cue_start):
        between = s[m.end() : cue_start]
        if _BREAK_RE.search(between) is None and len(between.split()) <= _MAX_WORDS:
            found = m.start()
            break  # the first anchor that reaches the cue unbroken
    return found


def dates_other_act(s: str, cue_start: int, cue_end: int, acts: list[tuple[int, int]]) -> bool:
    """Whether the cue at s[cue_start:cue_end] only dates an act of war the sentence tells
    outside its phrase of time (`acts`: the spans of the sentence's attack and violation
    cues)."""
    start = anchor_start(s, cue_start)
    if start is None:
        return False
    close = _BREAK_RE.search(s, cue_end)
    end = close.start() if close else len(s)  # the phrase runs to the next clause break
    return any(b <= start or a >= end for a, b in acts)

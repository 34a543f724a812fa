"""A meeting that made a pact is the pact's story, not a diplomatic call of its own.

The blind errors of twenty rounds (docs/wording.md section 19) share one false call above
all: the venue or the talks of a truce or a deal that the same sentence tells as made.
"Signed the deal at a meeting of the border committee", "agreed to a truce after talks in
the capital", "the agreement came out of the committee's meeting", "the meeting, which
adopted the joint statement", "their commander met ours and agreed to a truce". The pact is
the news (`truce_agreed` when it is a truce); the meeting is where or how it was made.

Earlier rounds wrote one `unless` pattern per sentence of this kind; this module reads the
shape from its parts instead: a verb that makes a pact (`pact_verbs`), a pact
(`pact_nouns`) and a meeting (`meeting_nouns`, `meeting_verbs`) joined by a preposition of
place or time, a relative clause, or "met ... and agreed". The word lists are the language
file's (tui/profile/language/en.toml), so another language brings its own.
"""

from __future__ import annotations

import re

from tui.profile.model import trie_regex

# a word of the gap between the parts: no semicolon and no sentence end (a comma may end it)
_GAP = r"(?:[^\s;]+\s+)"
# where or when a pact is made by a meeting: "at the meeting", "after talks"
_PREP = r"(?:at|during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of)"
# a meeting that produced the pact: "the meeting, which adopted the statement"
_PRODUCED = r"(?:adopted|produced|approved|agreed|signed|endorsed|yielded|ended\s+with)"
# a pact that came out of a meeting: "the agreement came out of the committee's meeting"
_CAME_FROM = (
    r"(?:came\s+out\s+of|comes\s+out\s+of|emerged\s+from|resulted\s+from|grew\s+out\s+of"
    r"|was\s+(?:the\s+)?(?:outcome|result|fruit)\s+of|was\s+reached\s+at|followed)"
)


def _alternation(words: tuple[str, ...]) -> str:
    """Whole words of a list, one alternation (a trie, longest first)."""
    body = trie_regex(sorted(set(words))).replace(re.escape(" "), r"\s+")
    return r"(?<![\w'’-])(?:" + body + r")(?![\w'’-])"


class PactMeetings:
    """Finds the meetings a sentence tells as the making of a pact."""

    def __init__(self, lang: dict[str, tuple[str, ...]]) -> None:
        pact = _alternation(lang["pact_nouns"])
        verb = _alternation(lang["pact_verbs"])
        agree = _alternation(lang["agree_verbs"] + lang["pact_verbs"])
        meeting = _alternation(lang["meeting_nouns"])
        met = _alternation(lang["meeting_verbs"])
        flags = re.IGNORECASE
        self._patterns = (
            # the pact made, then where: "signed the deal at the committee's meeting",
            # "agreed to an immediate truce after week-long talks", "agreed on a truce and
            # a set of steps, according to a statement issued after the meeting"
            re.compile(
                rf"{verb}\s+(?:to\s+|on\s+|upon\s+|that\s+)?{_GAP}{{0,10}}?{pact}[,\s]+"
                rf"{_GAP}{{0,16}}?{_PREP}\s+{_GAP}{{0,7}}?(?P<m>{meeting})",
                flags,
            ),
            # the pact first, made by a passive or a participle: "the document was signed
            # by the two ministers at the committee's meeting", "a joint declaration signed
            # by the defence ministers at a meeting of the committee"
            re.compile(
                rf"{pact}[,\s]+{_GAP}{{0,10}}?{verb}\s+{_GAP}{{0,14}}?{_PREP}\s+"
                rf"{_GAP}{{0,7}}?(?P<m>{meeting})",
                flags,
            ),
            # the meeting first, then the pact made: "at the meeting, the two ministers
            # signed a joint statement" (not "after talks, the two agreed a truce": talks that
            # lead to a truce are diplomacy of their own, as the labelled sets read them)
            re.compile(
                rf"(?<![\w-])(?:at|during)\s+{_GAP}{{0,6}}?(?P<m>{meeting})"
                rf"[,\s]+{_GAP}{{0,10}}?{verb}\s+(?:to\s+|on\s+|upon\s+|that\s+)?"
                rf"{_GAP}{{0,5}}?{pact}",
                flags,
            ),
            # the meeting that produced it: "the meeting held this morning, which adopted
            # the joint statement", "the meeting adopted a statement"
            re.compile(
                rf"(?P<m>{meeting})[,\s]+{_GAP}{{0,6}}?(?:which|that)\s+(?:\w+\s+)?"
                rf"(?:{_PRODUCED}|{agree})\s+{_GAP}{{0,4}}?{pact}",
                flags,
            ),
            re.compile(
                rf"(?P<m>{meeting})\s+(?:[\w-]+\s+){{0,2}}?{_PRODUCED}\s+{_GAP}{{0,4}}?{pact}",
                flags,
            ),
            # the pact that came out of it: "the agreement came out of the committee meeting"
            re.compile(rf"{pact}\s+{_CAME_FROM}\s+{_GAP}{{0,8}}?(?P<m>{meeting})", flags),
            # met and agreed, one subject: "their commander met ours and agreed to a truce"
            re.compile(
                rf"(?P<m>{met})\s+{_GAP}{{0,8}}?and\s+(?:then\s+|also\s+)?{agree}\s+"
                rf"(?:to\s+|on\s+|upon\s+)?{_GAP}{{0,4}}?{pact}",
                flags,
            ),
        )

    def spans(self, s: str) -> list[tuple[int, int]]:
        """The spans of the meeting words that `s` tells as a pact's making."""
        found = []
        for pattern in self._patterns:
            found.extend(m.span("m") for m in pattern.finditer(s))
        return found

    def made_pact(self, s: str, start: int, end: int) -> bool:
        """Whether a cue at s[start:end] names a meeting the sentence tells as the place
        or the way a pact was made."""
        return any(a < end and start < b for a, b in self.spans(s))

"""Before step 1, topic: a report about something else entirely (stock markets, sport,
culture) makes no tag, however many of its words a cue could read ("markets", "hosts",
"struck a chord"). A report is off topic when it speaks of such things and names nothing
of a war: no fighting, weapons, troops, truce, casualties, refugees or diplomacy."""

from __future__ import annotations

import re

# subjects that are never the conflict's events (unambiguous words and phrases only)
_OFF_TOPIC_RE = re.compile(
    r"\b(?:stock\s+(?:markets?|exchanges?|prices?)|stocks|share\s+prices?|bourse|oil\s+prices?|"
    r"currenc(?:y|ies)|exchange\s+rates?|investors|football|soccer|league|tournament|"
    r"championships?|olympiad|olympics|chess|festival|concert|opera|exhibition|films?|movies?|"
    r"theatre|theater|album|box\s+office|fashion)\b"
)

# words of the war itself: one of them and the report is read as usual
_CONFLICT_RE = re.compile(
    r"\b(?:wars?|warfare|fight\w*|fought|clash\w*|battl\w*|shell\w*|attack\w*|strikes?|"
    r"struck|bomb\w*|missiles?|rockets?|drones?|artillery|troops|soldiers|servicem[ae]n|"
    r"army|armies|military|front|offensive|truces?|cease-?fires?|hostilities|conflict|"
    r"peace\w*|kill\w*|wounded|injured|dead|deaths?|casualt\w*|refugees?|displaced|"
    r"prisoners?|captur\w*|occupation|occupied|liberat\w*|mobili[sz]ation|martial|"
    r"aggression|escalat\w*|violat\w*|sanctions?|mediat\w*|negotiat\w*|talks|diplomat\w*|"
    r"humanitarian)\b"
)


def off_topic(title: str, text: str) -> bool:
    """Whether the report is about something else entirely (and so makes no tag)."""
    low = f"{title}\n{text}".lower()
    return bool(_OFF_TOPIC_RE.search(low)) and not _CONFLICT_RE.search(low)

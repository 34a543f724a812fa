"""Before step 1, topic: a report about something else entirely (stock markets, sport,
culture) makes no tag, however many of its words a cue could read ("markets", "hosts",
"struck a chord"). A report is off topic when it speaks of such things and names nothing
of a war: no fighting, weapons, troops, truce, casualties, refugees or diplomacy."""

from __future__ import annotations

import re

from tui.profile import trie_regex
from tui.tagger.text import first_chars, lacks_words, words_regex

# subjects that are never the conflict's events (unambiguous words and phrases only)
_OFF_TOPIC_RE = words_regex(
    [
        *("stock market", "stock markets", "stock exchange", "stock exchanges", "stocks"),
        *("stock prices", "share prices", "bourse", "oil prices", "oil price", "currency"),
        *("currencies", "exchange rate", "exchange rates", "investors", "football"),
        *("soccer", "league", "tournament", "championship", "championships", "olympiad"),
        *("olympics", "chess", "festival", "concert", "opera", "exhibition", "film", "films"),
        *("movie", "movies", "theatre", "theater", "album", "box office", "fashion"),
    ]
)

# words of the war itself: one of them and the report is read as usual. Whole words ...
_CONFLICT_WORDS = (
    *("war", "wars", "warfare", "fought", "strike", "strikes", "struck", "missile"),
    *("missiles", "rocket", "rockets", "drone", "drones", "artillery", "troops", "soldiers"),
    *("serviceman", "servicemen", "army", "armies", "military", "front", "offensive"),
    *("truce", "truces", "ceasefire", "ceasefires", "cease-fire", "hostilities", "conflict"),
    *("wounded", "injured", "dead", "death", "deaths", "refugee", "refugees", "displaced"),
    *("prisoner", "prisoners", "occupation", "occupied", "martial", "aggression", "talks"),
    *("sanction", "sanctions", "humanitarian", "restraint"),
)
# ... and stems, whatever their ending ("shelled", "negotiations")
_CONFLICT_STEMS = (
    *("fight", "clash", "battl", "shell", "attack", "bomb", "peace", "kill", "casualt"),
    *("captur", "liberat", "mobilis", "mobiliz", "escalat", "violat", "mediat", "negotiat"),
    "diplomat",
)
_CONFLICT_RE = re.compile(
    first_chars([*_CONFLICT_WORDS, *_CONFLICT_STEMS])
    + r"(?<![\w'’-])(?:(?:"
    + trie_regex(_CONFLICT_WORDS)
    + r")(?![\w'’-])|"
    + trie_regex(_CONFLICT_STEMS)
    + ")"
)


def off_topic(title: str, text: str) -> bool:
    """Whether the report is about something else entirely (and so makes no tag)."""
    low = f"{title}\n{text}".lower()
    # a war word comes early in a war report: looked for first, the scan ends there
    return not _CONFLICT_RE.search(low) and bool(_OFF_TOPIC_RE.search(low))


# a headline that the guns are silent: "Calm returns to the border", "a first quiet night
# in days", "the front stays calm", "a lull holds"
_CALM_HEADLINE_RE = re.compile(
    r"\b(?:calm\s+(?:returns?|prevails?|holds?)|(?:first|a)\s+(?:calm|quiet|peaceful)\s+night"
    r"|(?:front|border|frontier|line|region|city|town)s?\s+(?:stays?|remains?|was|is)\s+"
    r"(?:largely\s+)?(?:calm|quiet)|lull\s+holds?|guns\s+(?:fall|fell|are|were)\s+silent)\b",
    re.IGNORECASE,
)
# a word every match of it holds: a headline without one is not searched
_CALM_WORDS = ("calm", "quiet", "peaceful", "lull", "silent")
# calm that the headline then breaks or doubts: "Calm holds in the north, but artillery
# pounds Martuni", "a quiet night shattered as shells hit", "hopes for calm dashed"
_CALM_BROKEN_RE = re.compile(
    r"\b(?:but|yet|though|although|while|despite|until|shatter\w*|broken|breaks?|dashed|"
    r"hopes?|fragile|ends?|ended)\b",
    re.IGNORECASE,
)


# calm that is over or only the setting: "shelling resumes after a first quiet night"
_CALM_ENDED_RE = re.compile(
    r"\b(?:after|following|despite|end\w*|broke\w*|break\w*|shatter\w*|disrupt\w*)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)


def calm_headline(title: str) -> bool:
    """Whether the headline tells that the fighting has stopped: the damage and shelling
    its body counts then are the days before's, not an attack of its own day ("over 200
    homes destroyed by shelling", told under "Calm returns to the border")."""
    if lacks_words(title, _CALM_WORDS):
        return False
    m = _CALM_HEADLINE_RE.search(title)
    return (
        bool(m)
        and not _CALM_ENDED_RE.search(title, 0, m.start())
        and not _CALM_BROKEN_RE.search(title)
    )

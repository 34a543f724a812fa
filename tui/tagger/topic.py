"""Before step 1, topic: a report about something else entirely (stock markets, sport,
culture) makes no tag, however many of its words a cue could read ("markets", "hosts",
"struck a chord"). A report is off topic when it speaks of such things and names nothing
of a war: no fighting, weapons, troops, truce, casualties, refugees or diplomacy."""

from __future__ import annotations

import re

from tui.profile import trie_regex
from tui.tagger.text import first_chars, words_regex

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

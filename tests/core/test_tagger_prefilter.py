"""The cue prefilter derives from the rules data: a rule added in a profile or in the
shared language rules is tried where its trigger words (or places, or parties) occur, a
sentence with none of them is skipped, and every cue can only start where its rule's
triggers let it be tried (else that branch of the cue never fires)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.tagger_helpers import TWO_PARTIES
from tui.profile import DEFAULT_PROFILE_PATH, load_profile, parse_profile
from tui.profile import validate as profile_validate
from tui.tagger import Tagger
from tui.tagger.cues import _starts

BARE = TWO_PARTIES

# a made-up act and word, unlike any trigger of the shared rules
TORPEDO_RULE = """
[[rules]]
kind = "attack"
id = "torpedo"
cues = ['(?<![\\w-])torpedo(?:ed|es)\\s+(?:a|the)\\s+\\w+']
triggers = ["torpedo"]
"""

PLACE_RULE = """
[[rules]]
kind = "attack"
id = "flooded-place"
cues = ['(?:{place})\\s+was\\s+flooded']
triggers = ["{place}"]
"""


def _rules_of(tags: list) -> list[str]:
    return [t.rule for t in tags]


def test_a_profile_rule_with_a_new_trigger_word_fires() -> None:
    tagger = Tagger(parse_profile(BARE + TORPEDO_RULE, "own.toml"))
    tags = tagger.tag("", "Unknown boats torpedoed the ferry on Monday.", "2020-10-13")
    assert _rules_of(tags) == ["attack/torpedo"]
    # the same sentence without the rule has no cue at all
    assert (
        Tagger(parse_profile(BARE, "bare.toml")).tag(
            "", "Unknown boats torpedoed the ferry on Monday.", "2020-10-13"
        )
        == []
    )


def test_a_profile_rule_triggered_by_a_place_fires() -> None:
    tagger = Tagger(parse_profile(BARE + PLACE_RULE, "own.toml"))
    tags = tagger.tag("", "Riverton was flooded on Monday.", "2020-10-13")
    assert "attack/flooded-place" in _rules_of(tags)
    assert tags[0].places == ("Rivertown",)


def test_a_shared_language_rule_added_fires(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = profile_validate._shared_rules_text()
    monkeypatch.setattr(profile_validate, "_SHARED_TEXT", [shared + TORPEDO_RULE])
    tagger = Tagger(parse_profile(BARE, "bare.toml"))
    tags = tagger.tag("", "Unknown boats torpedoed the ferry on Monday.", "2020-10-13")
    assert _rules_of(tags) == ["attack/torpedo"]


def test_a_sentence_with_nothing_to_trigger_is_skipped() -> None:
    tagger = Tagger(parse_profile(BARE + TORPEDO_RULE, "own.toml"))
    s = "Zqbb Zqcc."
    mentions, places = tagger.mentions.find(s)
    assert tagger.cues.triggered(s, s.lower(), mentions, places) == {}
    assert tagger.tag("", s, "2020-10-13") == []
    assert tagger._analysed[s].spans is None  # not even split into clauses


# Cue branches that begin with a word none of their rule's triggers begins: such a branch
# can never fire. Four rules gained "halt" and "pause" ("the pause in the fighting
# collapsed", "the halt to the fighting did not last"); truce-violations keeps the gap, as
# "halt to the fighting violations" is no English compound ("truce violations" is). The
# list keeps any new gap from passing silently.
KNOWN_GAPS = {
    ("violation_claim/truce-violations", "halt"),
    ("violation_claim/truce-violations", "pause"),
}


def _untriggered_starts(path: Path | None) -> set[tuple[str, str]]:
    """(rule, word) for each literal word a cue may start with that no trigger fits."""
    gaps = set()
    for rule in (load_profile(path) if path else load_profile()).rules:
        words = [t for t in rule.triggers if not t.startswith("{")]
        if not rule.triggers:
            continue  # no trigger: tried everywhere
        for cue in rule.cues:
            for start in _starts(cue):  # empty when the literal start cannot be told
                token = start.split(" ")[0]
                if not any(token.startswith(w) or w.startswith(token) for w in words):
                    gaps.add((rule.full_id, token))
    return gaps


@pytest.mark.parametrize(
    "path",
    [None, *sorted(DEFAULT_PROFILE_PATH.parent.glob("*.toml"))],
    ids=lambda p: p.name if p else "default",
)
def test_every_cue_starts_where_its_rule_is_tried(path: Path | None) -> None:
    assert _untriggered_starts(path) == KNOWN_GAPS


def test_the_start_check_finds_a_missing_trigger() -> None:
    """The check above can fail: a cue whose first word is not among the triggers."""
    rule = TORPEDO_RULE.replace('triggers = ["torpedo"]', 'triggers = ["boat"]')
    profile = parse_profile(BARE + rule, "own.toml")
    cue = next(r for r in profile.rules if r.full_id == "attack/torpedo").cues[0]
    assert _starts(cue) == ("torpedo",)
    tags = Tagger(profile).tag("", "Unknown ships torpedoed the ferry on Monday.", "2020-10-13")
    assert tags == []  # tried only where "boat..." starts: never where the cue does

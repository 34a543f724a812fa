"""Profiles: the bundled one loads; bad ones fail with errors naming file, entry, key, line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.tagger_helpers import TWO_PARTIES
from tui.errors import ConfigError
from tui.profile import DEFAULT_PROFILE_PATH, KINDS, load_profile, parse_profile

GOOD = (
    TWO_PARTIES
    + """[vocab]
truce = 'ceasefire|truce'

[[rules]]
kind = "violation_claim"
id = "violated"
cues = ['violat\\w*\\s+(?:\\w+\\s+){0,3}?(?:{truce})']
triggers = ["violat"]
"""
)


def test_bundled_profile_loads() -> None:
    profile = load_profile(DEFAULT_PROFILE_PATH)
    ids = {p.id for p in profile.parties}
    assert {"armenia", "azerbaijan", "nagorno_karabakh", "russia", "turkey"} <= ids
    assert {r.kind for r in profile.rules} == set(KINDS)
    assert profile.party("armenia").code == "AM"
    shushi = next(p for p in profile.places if p.name == "Shushi")
    assert "Shusha" in shushi.spellings


def test_small_profile_works_for_another_conflict() -> None:
    from tui.tagger import Tagger

    profile = parse_profile(GOOD, "test.toml")
    tags = Tagger(profile).tag("", "Northland said Southern troops violated the truce.", None)
    assert [(t.kind, t.accuser, t.accused) for t in tags] == [("violation_claim", "north", "south")]


def _error(text: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_profile(text, "bad.toml")
    return info.value


def test_unknown_key_names_entry_key_and_line() -> None:
    err = _error(GOOD.replace('code = "S"', 'code = "S"\ncolour = "red"'))
    assert err.key == "colour"
    assert err.entry and "parties[2]" in err.entry and "south" in err.entry
    assert err.line is not None
    assert "bad.toml" in str(err)
    assert (
        GOOD.replace('code = "S"', 'code = "S"\ncolour = "red"')
        .splitlines()[err.line - 1]
        .startswith("colour")
    )


def test_bad_regex_names_rule_and_key() -> None:
    err = _error(GOOD.replace('triggers = ["violat"]', "triggers = [\"violat\"]\nunless = ['(']"))
    assert err.key == "unless"
    assert "violation_claim/violated" in (err.entry or "")
    assert "regular expression" in err.reason


def test_unknown_party_in_sides() -> None:
    err = _error(GOOD.replace('north = "north"', 'north = "atlantis"'))
    assert err.entry == "[sides]" and err.key == "north"


def test_unknown_vocab_name() -> None:
    err = _error(GOOD.replace("{truce}", "{armistice}"))
    assert err.key == "cues" and "armistice" in err.reason


def test_wrong_types() -> None:
    assert _error(GOOD.replace('names = ["Northland"]', 'names = "Northland"')).key == "names"
    assert _error(GOOD.replace('role = "belligerent"\ncamp = "n"', 'role = "king"')).key == "role"
    assert _error(GOOD.replace('kind = "violation_claim"', 'kind = "parade"')).key == "kind"
    assert _error(GOOD.replace('name = "Test war"', "name = 3")).key == "name"


def test_duplicate_party_and_toml_syntax() -> None:
    assert _error(GOOD.replace('id = "south"', 'id = "north"')).key == "id"
    err = _error(GOOD + "\n[[rules]\n")
    assert "TOML" in err.reason


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path / "nope.toml")
    assert "nope.toml" in str(info.value)


# ---- the shared rules of English news, and a profile's own ----------------------------

BARE = GOOD.split("[vocab]")[0]  # conflict, sides, parties and places only
BUNDLED = DEFAULT_PROFILE_PATH.parent


def test_profile_without_rules_uses_the_shared_rules() -> None:
    profile = parse_profile(BARE, "bare.toml")
    assert {r.kind for r in profile.rules} == set(KINDS)


def test_profile_rule_overrides_shared_rule_by_kind_and_id() -> None:
    shared = parse_profile(BARE, "bare.toml")
    own = parse_profile(GOOD, "good.toml")
    ids = [r.full_id for r in own.rules]
    assert ids == [r.full_id for r in shared.rules]  # replaced in place, nothing added
    violated = next(r for r in own.rules if r.full_id == "violation_claim/violated")
    assert violated.triggers == ("violat",)


def test_profile_may_add_and_switch_off_rules() -> None:
    text = (
        BARE
        + """
[[rules]]
kind = "denial"
id = "denied"
enabled = false

[[rules]]
kind = "attack"
id = "ambush"
phrases = ["laid an ambush"]
"""
    )
    profile = parse_profile(text, "own.toml")
    ids = [r.full_id for r in profile.rules]
    assert "denial/denied" not in ids and ids[-1] == "attack/ambush"


@pytest.mark.parametrize(
    "name",
    [
        "lebanon.toml",
        "thai_cambodia.toml",
        "india_pakistan.toml",
        "israel_iran.toml",
        "ethiopia_tigray.toml",
    ],
)
def test_bundled_profiles_of_parties_places_and_sides_load(name: str) -> None:
    profile = load_profile(BUNDLED / name)
    assert {r.kind for r in profile.rules} == set(KINDS)
    assert profile.sides and all(
        v in {p.id for p in profile.parties} for v in profile.sides.values()
    )


def test_shared_rules_name_no_conflict() -> None:
    from tui.profile.validate import SHARED_RULES_PATH

    for path in (SHARED_RULES_PATH, SHARED_RULES_PATH.with_name("en.toml")):
        text = path.read_text(encoding="utf-8")
        for word in (
            "Karabakh", "Armenia", "Azerbaijan", "Stepanakert", "Baku", "Yerevan", "Ganja",
            "Moscow", "Hezbollah", "Israel", "Lebanon", "Thai", "Cambodia",
        ):  # fmt: skip
            assert word not in text, (path.name, word)


def _with_cue(cue: str, vocab: str = "") -> str:
    """GOOD with one more rule of this cue (and these extra [vocab] lines)."""
    text = GOOD.replace("[vocab]\n", "[vocab]\n" + vocab)
    return (
        text
        + f"""
[[rules]]
kind = "violation_claim"
id = "extra"
cues = ['{cue}']
triggers = ["violat"]
"""
    )


def test_patterns_are_checked_as_they_will_be_compiled() -> None:
    """A rule's patterns are checked with stand-ins for the vocab entries (a warm poll
    no longer compiles every expanded pattern), so what `re` checks across an entry
    must still be refused exactly when the expanded pattern would fail."""
    # a look-behind over a vocab entry: refused when the entry's words differ in length
    err = _error(_with_cue("(?<={truce} )violated"))
    assert err.key == "cues" and "regular expression" in err.reason
    fixed = parse_profile(_with_cue("(?<={act} )violated", "act = 'hit|won'\n"), "ok.toml")
    assert "extra" in {r.id for r in fixed.rules}
    # a back-reference to a group inside an entry, and to one that is not there
    group = "side = '(north|south)'\n"
    parse_profile(_with_cue("{side} said {side}? \\1 violated", group), "ok.toml")
    assert _error(_with_cue("{truce} \\2 violated", group)).key == "cues"
    # an entry that sets a global flag cannot be embedded in a pattern
    assert _error(_with_cue("{loud} violated", "loud = '(?i)truce'\n")).key == "cues"
    # a place's spellings inside a look-behind: the trie is as wide as its spellings
    assert _error(_with_cue("(?<={place} )violated")).key == "cues"

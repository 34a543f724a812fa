"""Reading and validating a profile file; errors name file, entry, key and line."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from tui.errors import ConfigError
from tui.profile.grammar import DEFAULT_LANGUAGE
from tui.profile.model import (
    ALIAS_KEYS,
    KINDS,
    OTHER_SIDE,
    ROLES,
    SIDE_PALETTE,
    Party,
    Place,
    Profile,
    Rule,
    Side,
    trie_regex,
)
from tui.tomllines import load_toml

DEFAULT_PROFILE_PATH = Path(__file__).resolve().parent / "bundled" / "karabakh.toml"
# the event vocabulary and rules of English news, which every profile uses
SHARED_RULES_PATH = Path(__file__).resolve().parent / "language" / "en-rules.toml"

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_CODE = re.compile(r"^[A-Z0-9]{1,4}$")
_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_MACRO = re.compile(r"\{([a-z_][a-z0-9_]*)\}")

_TOP_KEYS = {"conflict", "sides", "parties", "places", "vocab", "rules", "language"}
_CONFLICT_KEYS = {"name", "recap_days", "utc_offset"}
_PARTY_KEYS = {"id", "name", "code", "role", "camp", "plural", *ALIAS_KEYS}
_PLACE_KEYS = {"name", "spellings", "venue", "region"}
_SIDE_KEYS = {"party", "code", "colour"}
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
# a rule's true/false options (see the format above)
_RULE_FLAGS = (
    "factual",
    "news_only",
    "main_clause",
    "negatable",
    "same_day",
    "in_force",
    "answers_charge",
    "enabled",
)
# builds the error for one key of one table or entry (see _Validator._checker)
Fail = Callable[[str, str], ConfigError]
_RULE_KEYS = {
    "kind",
    "id",
    "cues",
    "phrases",
    "triggers",
    "unless",
    "unless_near",
    "requires",
    *_RULE_FLAGS,
}


def load_profile(path: str | os.PathLike[str] | None = None) -> Profile:
    """Read and validate a profile; raise ConfigError naming file, entry, key and line."""
    path = Path(path) if path is not None else DEFAULT_PROFILE_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), "profile not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read profile: {exc}") from None
    return parse_profile(text, str(path))


def parse_profile(text: str, where: str = "<profile>") -> Profile:
    """Validate profile text (split from `load_profile` so tests need no files)."""
    data = load_toml(text, where)
    shared_text = _shared_rules_text()
    shared = _Validator(shared_text, str(SHARED_RULES_PATH))
    return _Validator(text, where).profile(data, shared, load_toml(shared_text, shared.where))


_SHARED_TEXT: list[str] = []


def _shared_rules_text() -> str:
    """The shared rules file's text, read once."""
    if not _SHARED_TEXT:
        _SHARED_TEXT.append(SHARED_RULES_PATH.read_text(encoding="utf-8"))
    return _SHARED_TEXT[0]


_SIDES_CACHE: dict[tuple[str, int, int], tuple[Side, ...]] = {}


def load_sides(path: str | os.PathLike[str] | None = None) -> tuple[Side, ...]:
    """The outlet sides of a profile (``other`` last if not declared), read and checked
    without compiling its rules: feeds.toml is validated against them on every load."""
    path = Path(path) if path is not None else DEFAULT_PROFILE_PATH
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        if key in _SIDES_CACHE:
            return _SIDES_CACHE[key]
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(str(path), "profile not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read profile: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise ConfigError(str(path), f"TOML syntax error: {exc}", line=line) from None
    validator = _Validator(text, str(path))
    parties = validator._parties(validator._entries(data, "parties"))
    sides = validator._outlet_sides(validator._table(data, "sides"), parties)
    _SIDES_CACHE[key] = sides
    return sides


class _Lines:
    """Finds the line of a table, an array-of-tables entry or a key, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _header(self, pattern: str, nth: int = 1) -> int | None:
        regex = re.compile(pattern)
        seen = 0
        for number, line in enumerate(self.lines, start=1):
            if regex.match(line.strip()):
                seen += 1
                if seen == nth:
                    return number
        return None

    def _key_after(self, start: int | None, key: str) -> int | None:
        if start is None:
            return None
        regex = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1].strip()
            if line.startswith("["):
                break
            if regex.match(line):
                return number
        return start

    def table_key(self, table: str, key: str | None = None) -> int | None:
        start = self._header(rf"^\[{re.escape(table)}\]")
        return start if key is None else self._key_after(start, key)

    def sub_key(self, table: str, sub: str, key: str | None = None) -> int | None:
        """The line of `[table.sub]` (or of a key in it), else of `sub = ` in `[table]`."""
        start = self._header(rf"^\[\s*{re.escape(table)}\s*\.\s*{re.escape(sub)}\s*\]")
        if start is None:
            return self.table_key(table, sub)
        return start if key is None else self._key_after(start, key)

    def entry_key(self, table: str, index: int, key: str | None = None) -> int | None:
        start = self._header(rf"^\[\[{re.escape(table)}\]\]", index)
        return start if key is None else self._key_after(start, key)

    def top(self, key: str) -> int | None:
        regex = re.compile(rf"^(\[+\s*{re.escape(key)}\s*\]+|{re.escape(key)}\s*=)")
        for number, line in enumerate(self.lines, start=1):
            if regex.match(line.strip()):
                return number
        return None


class _Validator:
    def __init__(self, text: str, where: str) -> None:
        self.where = where
        self.lines = _Lines(text)

    # -- helpers ----------------------------------------------------------------------

    def fail(
        self,
        message: str,
        *,
        entry: str | None = None,
        key: str | None = None,
        line: int | None = None,
    ) -> ConfigError:
        return ConfigError(self.where, message, entry=entry, key=key, line=line)

    def _checker(
        self, raw: dict, known: Iterable[str], entry: str, table: str, index: int | None = None
    ) -> Fail:
        """The one validation helper every table and entry shares: rejects unknown keys
        and returns the `fail(key, message)` that names this entry, the key and its line."""

        def fail(key: str, message: str) -> ConfigError:
            if index is None:
                line = self.lines.table_key(table, key)
            else:
                line = self.lines.entry_key(table, index, key)
            return self.fail(message, entry=entry, key=key, line=line)

        for key in raw:
            if key not in known:
                raise fail(key, _unknown(known))
        return fail

    def _table(self, data: dict, name: str, required: bool = False) -> dict:
        value = data.get(name, {} if not required else None)
        if value is None:
            raise self.fail(f"missing [{name}] table", key=name)
        if not isinstance(value, dict):
            raise self.fail(f"must be a table: [{name}]", key=name, line=self.lines.top(name))
        return value

    def _entries(self, data: dict, name: str) -> list:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(
                f"must be an array of tables: [[{name}]]", key=name, line=self.lines.top(name)
            )
        return value

    @staticmethod
    def _str_list(value: Any) -> tuple[str, ...] | None:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return None
        return tuple(v.strip() for v in value)

    # -- the whole file ---------------------------------------------------------------

    def profile(self, data: dict, shared: _Validator, shared_data: dict) -> Profile:
        """The whole profile; `shared` reads the shared rules file, which the profile's own
        [vocab] and [[rules]] extend or override by name and by kind/id."""
        for key in data:
            if key not in _TOP_KEYS:
                raise self.fail(
                    f"unknown top-level key (known: {', '.join(sorted(_TOP_KEYS))})",
                    key=key,
                    line=self.lines.top(key),
                )
        conflict = self._table(data, "conflict", required=True)
        name, recap_days, utc_offset = self._conflict(conflict)
        parties = self._parties(self._entries(data, "parties"))
        if not parties:
            raise self.fail("at least one [[parties]] entry is needed", key="parties")
        party_ids = {p.id for p in parties}
        places = self._places(self._entries(data, "places"))
        sides = self._sides(self._table(data, "sides"), party_ids)
        vocab = self._vocab(
            self._table(data, "vocab"), parties, places, shared, shared._table(shared_data, "vocab")
        )
        stand_ins = _stand_in_vocab(vocab, places, parties)
        rules = _merge_rules(
            shared._rules(shared._entries(shared_data, "rules"), vocab, stand_ins),
            self._rules(self._entries(data, "rules"), vocab, stand_ins),
        )
        language = self._language(self._table(data, "language"))
        return Profile(
            path=self.where,
            name=name,
            parties=tuple(parties),
            places=tuple(places),
            rules=tuple(rules),
            sides=sides,
            outlet_sides=self._outlet_sides(self._table(data, "sides"), parties),
            language=language,
            recap_days=recap_days,
            utc_offset=utc_offset,
        )

    def _conflict(self, raw: dict) -> tuple[str, int, int | None]:
        fail = self._checker(raw, _CONFLICT_KEYS, "[conflict]", "conflict")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise fail("name", "must be a non-empty string")
        recap = raw.get("recap_days", 2)
        if not isinstance(recap, int) or isinstance(recap, bool) or not 0 <= recap <= 60:
            raise fail("recap_days", "must be a whole number of days from 0 to 60")
        offset = raw.get("utc_offset")
        minutes = None
        if offset is not None:
            m = _OFFSET.match(offset) if isinstance(offset, str) else None
            if m is None or int(m.group(3)) >= 60 or int(m.group(2)) > 14:
                raise fail("utc_offset", 'must be an offset from UTC such as "+04:00" or "-05:00"')
            minutes = (int(m.group(2)) * 60 + int(m.group(3))) * (-1 if m.group(1) == "-" else 1)
        return name.strip(), recap, minutes

    def _parties(self, raw_list: list) -> list[Party]:
        parties: list[Party] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_list, start=1):
            label = f"parties[{index}]" + (
                f' ("{raw["id"]}")' if isinstance(raw.get("id"), str) else ""
            )
            fail = self._checker(raw, _PARTY_KEYS, label, "parties", index)
            pid = raw.get("id")
            if not isinstance(pid, str) or not _ID.match(pid):
                raise fail("id", "must be a lower-case id such as 'armenia' ([a-z][a-z0-9_]*)")
            if pid in seen:
                raise fail("id", "duplicate party id")
            seen.add(pid)
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise fail("name", "must be a non-empty string")
            code = raw.get("code")
            if not isinstance(code, str) or not _CODE.match(code):
                raise fail("code", "must be 1 to 4 capital letters or digits, such as 'AM'")
            role = raw.get("role", "other")
            if role not in ROLES:
                raise fail("role", f"must be one of {', '.join(ROLES)}")
            camp = raw.get("camp")
            if camp is not None and (not isinstance(camp, str) or not camp.strip()):
                raise fail("camp", "must be a non-empty string")
            aliases: dict[str, tuple[str, ...]] = {}
            for key in ALIAS_KEYS:
                if key in raw:
                    values = self._str_list(raw[key])
                    if values is None:
                        raise fail(key, "must be a list of non-empty strings")
                    aliases[key] = values
            if not any(aliases.values()):
                raise fail("names", "a party needs at least one alias (names, adjectives, ...)")
            plural = raw.get("plural", False)
            if not isinstance(plural, bool):
                raise fail("plural", "must be true or false")
            parties.append(
                Party(
                    id=pid,
                    name=name.strip(),
                    code=code,
                    role=role,
                    camp=camp,
                    plural=plural,
                    **aliases,
                )
            )
        return parties

    def _places(self, raw_list: list) -> list[Place]:
        places: list[Place] = []
        seen: dict[str, int] = {}
        for index, raw in enumerate(raw_list, start=1):
            label = f"places[{index}]" + (
                f' ("{raw["name"]}")' if isinstance(raw.get("name"), str) else ""
            )
            fail = self._checker(raw, _PLACE_KEYS, label, "places", index)
            name = raw.get("name")
            if not isinstance(name, str) or not name.strip():
                raise fail("name", "must be a non-empty string")
            spellings = self._str_list(raw.get("spellings", []))
            if spellings is None:
                raise fail("spellings", "must be a list of non-empty strings")
            for spelling in (name.strip(), *spellings):
                if spelling in seen and seen[spelling] != index:
                    raise fail("spellings", f"'{spelling}' already names places[{seen[spelling]}]")
                seen[spelling] = index
            venue = raw.get("venue", False)
            if not isinstance(venue, bool):
                raise fail("venue", "must be true or false")
            region = raw.get("region", False)
            if not isinstance(region, bool):
                raise fail("region", "must be true or false")
            places.append(Place(name=name.strip(), spellings=spellings, venue=venue, region=region))
        return places

    def _sides(self, raw: dict, party_ids: set[str]) -> dict[str, str]:
        """Side -> party for the sides that carry a party's voice (all sides are checked
        here; `_outlet_sides` gives each its code and colour)."""
        return {name: party for name, _, party in self._side_entries(raw, party_ids) if party}

    def _side_fail(self, side: str, message: str, key: str | None = None) -> ConfigError:
        line = self.lines.sub_key("sides", side, key)
        return self.fail(message, entry="[sides]", key=f"{side}.{key}" if key else side, line=line)

    def _side_entries(self, raw: dict, party_ids: set[str]) -> list[tuple[str, dict, str | None]]:
        """(name, table, party) per side: `name = "party id"` or a table [sides.name] with
        optional `party`, `code` and `colour`."""
        fail = self._side_fail
        out: list[tuple[str, dict, str | None]] = []
        for name, value in raw.items():
            if not _ID.match(name):
                raise fail(name, "a side is a lower-case name such as 'thai' ([a-z][a-z0-9_]*)")
            table = {"party": value} if isinstance(value, str) else value
            if not isinstance(table, dict):
                raise fail(name, 'must be a party id ("thailand") or a table [sides.NAME]')
            for key in table:
                if key not in _SIDE_KEYS:
                    raise fail(name, f"unknown key (known: {', '.join(sorted(_SIDE_KEYS))})", key)
            party = table.get("party")
            if party is not None and (not isinstance(party, str) or party not in party_ids):
                known = f"must name a party id (known: {', '.join(sorted(party_ids))})"
                raise fail(name, known, None if isinstance(value, str) else "party")
            out.append((name, table, party))
        return out

    def _outlet_sides(self, raw: dict, parties: list[Party]) -> tuple[Side, ...]:
        """Every outlet side in the file's order, `other` last unless declared: its code
        (else the party's, else the name's first two letters) and colour (else one of
        SIDE_PALETTE by position)."""
        fail = self._side_fail
        codes = {p.id: p.code for p in parties}
        out: list[Side] = []
        seen_codes: dict[str, str] = {}
        for position, (name, table, party) in enumerate(self._side_entries(raw, set(codes))):
            default = OTHER_SIDE.code if name == "other" else name[:2].upper()
            code = table.get("code", codes[party] if party else default)
            if not isinstance(code, str) or not _CODE.match(code):
                raise fail(name, "must be 1 to 4 capital letters or digits, such as 'TH'", "code")
            if code in seen_codes:
                raise fail(name, f"code {code!r} already names side {seen_codes[code]!r}", "code")
            seen_codes[code] = name
            palette = SIDE_PALETTE[position % len(SIDE_PALETTE)]
            colour = table.get("colour", OTHER_SIDE.colour if name == "other" else palette)
            if not isinstance(colour, str) or not _COLOUR.match(colour):
                raise fail(name, 'must be a colour such as "#3a8fd6"', "colour")
            out.append(Side(name=name, code=code, colour=colour.lower(), party=party))
        if "other" not in raw:
            if OTHER_SIDE.code in seen_codes:
                raise fail(seen_codes["OT"], "code 'OT' is kept for the side 'other'", "code")
            out.append(OTHER_SIDE)
        return tuple(out)

    def _vocab(
        self,
        raw: dict,
        parties: list[Party],
        places: list[Place],
        shared: _Validator,
        shared_raw: dict,
    ) -> dict[str, str]:
        """The shared vocabulary with the profile's entries added or replacing by name."""
        vocab: dict[str, str] = {}
        fails: dict[str, Fail] = {}
        for validator, table in ((shared, shared_raw), (self, raw)):
            fail = validator._checker(table, table, "[vocab]", "vocab")  # any key
            for key, value in table.items():
                if key in ("place", "party"):
                    raise fail(key, "is built in and cannot be redefined")
                if not isinstance(value, str) or not value:
                    raise fail(key, "must be a regular expression string")
                vocab[key] = value
                fails[key] = fail
        # Macros may use earlier-defined macros; expand until stable (bounded).
        for key in list(vocab):
            for _ in range(5):
                expanded = _MACRO.sub(lambda m: vocab.get(m.group(1), m.group(0)), vocab[key])
                if expanded == vocab[key]:
                    break
                vocab[key] = expanded
            try:
                re.compile(vocab[key].replace("{place}", "x").replace("{party}", "x"))
            except re.error as exc:
                raise fails[key](key, f"bad regular expression: {exc}") from None
        spellings = sorted(
            {s for place in places for s in (place.name, *place.spellings)}, key=len, reverse=True
        )
        aliases = sorted({a for party in parties for a in party.aliases}, key=len, reverse=True)
        # as tries: one branch per letter, so a cue tries a place in one step, not 100
        vocab["place"] = "(?-i:" + trie_regex(spellings) + ")"
        vocab["party"] = "(?-i:" + trie_regex(aliases) + ")"
        return vocab

    def _rules(
        self, raw_list: list, vocab: dict[str, str], stand_ins: dict[str, str]
    ) -> list[Rule]:
        """The rules, each pattern checked by compiling it with `stand_ins` for the
        vocabulary (see `_stand_in_vocab`) and kept expanded with `vocab`."""
        rules: list[Rule] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_list, start=1):
            label = f"rules[{index}]"
            if isinstance(raw.get("kind"), str) and isinstance(raw.get("id"), str):
                label += f' ("{raw["kind"]}/{raw["id"]}")'

            fail = self._checker(raw, _RULE_KEYS, label, "rules", index)
            kind = raw.get("kind")
            if kind not in KINDS:
                raise fail("kind", f"must be one of {', '.join(KINDS)}")
            rid = raw.get("id")
            if not isinstance(rid, str) or not _RULE_ID.match(rid):
                raise fail("id", "must be a short id such as 'despite-truce' ([a-z0-9_-])")
            if f"{kind}/{rid}" in seen:
                raise fail("id", f"duplicate rule id '{kind}/{rid}'")
            seen.add(f"{kind}/{rid}")
            lists: dict[str, tuple[str, ...]] = {}
            for key in ("cues", "phrases", "triggers", "unless", "unless_near", "requires"):
                values = self._str_list(raw.get(key, []))
                if values is None:
                    raise fail(key, "must be a list of non-empty strings")
                lists[key] = values
            cues = [*lists["cues"], *(_phrase_regex(p) for p in lists["phrases"])]
            if raw.get("enabled", True) is False and not cues:
                # switching a shared rule off needs only its kind and id
                rules.append(Rule(kind=kind, id=rid, cues=(), enabled=False))
                continue
            if not cues:
                raise fail("cues", "a rule needs at least one cue or phrase")
            expanded_cues = []
            extra: dict[str, tuple[str, ...]] = {}
            for key, patterns in (
                ("cues", cues),
                ("unless", lists["unless"]),
                ("unless_near", lists["unless_near"]),
                ("requires", lists["requires"]),
            ):
                out = []
                for pattern in patterns:
                    expanded = self._expand(pattern, vocab, fail, key)
                    try:
                        re.compile(self._expand(pattern, stand_ins, fail, key), re.IGNORECASE)
                    except re.error as exc:
                        raise fail(key, f"bad regular expression {pattern!r}: {exc}") from None
                    out.append(expanded)
                if key == "cues":
                    expanded_cues = out
                else:
                    extra[key] = tuple(out)
            flags: dict[str, bool] = {}
            for key in _RULE_FLAGS:
                if key in raw:
                    if not isinstance(raw[key], bool):
                        raise fail(key, "must be true or false")
                    flags[key] = raw[key]
            triggers = tuple(t.lower() for t in lists["triggers"])
            for trigger in triggers:
                if trigger in ("{place}", "{party}"):
                    continue
                if not re.fullmatch(r"[a-z0-9][a-z0-9'-]*", trigger):
                    raise fail("triggers", f"'{trigger}' is not a word beginning ([a-z0-9'-])")
            rules.append(
                Rule(
                    kind=kind,
                    id=rid,
                    cues=tuple(expanded_cues),
                    triggers=triggers,
                    unless=extra["unless"],
                    unless_near=extra["unless_near"],
                    requires=extra["requires"],
                    **flags,
                )
            )
        return rules

    @staticmethod
    def _expand(pattern: str, vocab: dict[str, str], fail: Fail, key: str) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in vocab:
                raise fail(key, f"unknown vocab name {{{name}}} in {pattern!r}")
            return "(?:" + vocab[name] + ")"

        for _ in range(6):  # macros may hold macros ({place} inside a vocab entry)
            expanded = _MACRO.sub(replace, pattern)
            if expanded == pattern:
                break
            pattern = expanded
        return pattern

    def _language(self, raw: dict) -> dict[str, tuple[str, ...]]:
        fail = self._checker({}, (), "[language]", "language")
        out: dict[str, tuple[str, ...]] = {}
        for key, value in raw.items():  # key by key, as the file reads
            if key not in DEFAULT_LANGUAGE:
                raise fail(key, _unknown(DEFAULT_LANGUAGE))
            values = self._str_list(value)
            if values is None:
                raise fail(key, "must be a list of non-empty strings")
            out[key] = values
        return out


def _unknown(known: Iterable[str]) -> str:
    """The message for a key that is not one of `known`."""
    return f"unknown key (known: {', '.join(sorted(known))})"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _stand_in_vocab(
    vocab: dict[str, str], places: list[Place], parties: list[Party]
) -> dict[str, str]:
    """`vocab` with each entry that holds no capturing group and no global flag replaced
    by `x{min,max}` of the same width bounds, `{place}` and `{party}` (tries of every
    spelling, several KB each) included.

    Checking a rule's patterns compiled them with every entry inside: ~0.1 s of a poll
    where nothing is new, so nothing is tagged and nothing else compiles them. Each
    entry is checked on its own (`_vocab`; a trie is escaped literals), so a pattern
    compiles with it exactly when it compiles with a stand-in that has the same groups
    (none) and the same width (the one property `re` checks on a piece: a look-behind
    must be fixed-width). Any other entry is kept whole, and so is every entry the
    parser cannot read (the rule's own check then says why, as before).
    """
    from re import _parser  # the stdlib's regex parser: groups and width of a piece

    def stand_in(low: int, high: int) -> str:
        return f"(?-i:x{{{low},{high}}})" if high < _parser.MAXREPEAT - 1 else f"x{{{low},}}"

    spellings = [len(s) for place in places for s in (place.name, *place.spellings)]
    aliases = [len(a) for party in parties for a in party.aliases]
    # no words: the trie is "(?!x)x", one character wide
    out = {
        "place": stand_in(min(spellings or [1]), max(spellings or [1])),
        "party": stand_in(min(aliases or [1]), max(aliases or [1])),
    }
    for key, value in vocab.items():
        if key in out:
            continue
        concrete = value.replace("{place}", out["place"]).replace("{party}", out["party"])
        try:
            piece = _parser.parse(concrete, re.IGNORECASE)
        except re.error:
            piece = None
        if (
            piece is None
            or piece.state.groups > 1  # a capturing group a pattern may refer to
            or _GLOBAL_FLAGS.search(value)
            or _MACRO.search(concrete)  # an unknown name: `_expand` says so
        ):
            out[key] = value
        else:
            out[key] = stand_in(*piece.getwidth())
    return out


def _merge_rules(shared: list[Rule], own: list[Rule]) -> list[Rule]:
    """The shared rules in their order, each replaced by the profile's rule of the same
    kind/id; the profile's other rules after them; rules with ``enabled = false`` dropped."""
    own_by_id = {rule.full_id: rule for rule in own}
    merged = [own_by_id.pop(rule.full_id, rule) for rule in shared]
    merged.extend(rule for rule in own if rule.full_id in own_by_id)
    return [rule for rule in merged if rule.enabled]


def _phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: whole words, any run of spaces between them."""
    words = [re.escape(w) for w in phrase.split()]
    return r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])"

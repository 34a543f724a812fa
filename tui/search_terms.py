"""What a search query means in FTS5: place names with all their spellings, whole words.

A place the active profile knows is searched under every spelling it lists ("Shusha"
also finds "Shushi", "Tartar" finds "Terter"), and as whole words: "Shusha" does not
find "Shushan". A word ending in `*` asks for a prefix (`Shush*` finds all three). The
app's search-as-you-type also treats the last word as a prefix while it is being typed,
unless it already is a whole place name.

The spellings come from the active profile: the app registers them at start
(`use_profile`), tests pass them explicitly. Pure: no SQL and no I/O beyond reading the
profile, so the store and the views can both use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

_WORD = re.compile(r"\w+")
_MAX_NAME_WORDS = 4

PlaceGroups = Sequence[Sequence[str]]

_active: dict[str, tuple[str, ...]] = {}


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation as spaces: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain))


def spelling_index(groups: PlaceGroups) -> dict[str, tuple[str, ...]]:
    """Each folded spelling -> every folded spelling of its place (possessives dropped)."""
    index: dict[str, tuple[str, ...]] = {}
    for group in groups:
        names: list[str] = []
        for name in group:
            folded = fold(name)
            if folded.endswith(" s") and folded[:-2] in (fold(n) for n in group):
                continue  # "Shushi's": the tokenizer already finds it as "Shushi"
            if folded and folded not in names:
                names.append(folded)
        for name in names:
            index.setdefault(name, tuple(names))
    return index


def place_groups(profile_path: str | Path) -> list[tuple[str, ...]]:
    """(name, *spellings) of each place of a profile."""
    from tui.profile import load_profile

    return [(p.name, *p.spellings) for p in load_profile(profile_path).places]


def use_places(groups: PlaceGroups) -> None:
    """Make these the spellings every search uses (the active profile's)."""
    global _active
    _active = spelling_index(groups)


def use_profile(profile_path: str | Path) -> None:
    """Make the places of this profile the ones every search knows."""
    use_places(place_groups(profile_path))


def active_index() -> dict[str, tuple[str, ...]]:
    return _active


def fts_match(
    query: str,
    *,
    prefix_last: bool = False,
    places: PlaceGroups | None = None,
) -> str | None:
    """The FTS5 MATCH expression of what the user typed, or None when there is nothing.

    Every word is quoted, so FTS syntax typed by the user is never an error; words
    that spell a known place (up to four words: "Nagorno Karabakh") become an OR of the
    place's spellings.
    """
    index = spelling_index(places) if places is not None else _active
    words = [w for w in query.split() if w.strip('"*')]
    parts: list[str] = []
    i = 0
    while i < len(words):
        matched = 0
        if not words[i].endswith("*"):
            for size in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
                span = words[i : i + size]
                if any(w.endswith("*") for w in span):
                    continue
                spellings = index.get(fold(" ".join(span)))
                if spellings:
                    parts.append("(" + " OR ".join(_quote(s) for s in spellings) + ")")
                    matched = size
                    break
        if matched:
            i += matched
            continue
        word = words[i]
        last = i == len(words) - 1
        if word.endswith("*"):
            parts.append(_quote(word.rstrip("*")) + "*")
        elif prefix_last and last:
            parts.append(_quote(word) + "*")
        else:
            parts.append(_quote(word))
        i += 1
    return " AND ".join(parts) or None


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'

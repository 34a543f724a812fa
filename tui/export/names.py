"""Names shown in exports: parties, the conflict, event kinds and the active filter.

Party and conflict names come from the profile (`tui.profile.load_profile`); an export
never fails because the profile cannot be read, it falls back to names made from ids.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from tui.profile.sides import active
from tui.records import EntryFilter
from tui.sanitize import clean_line


def party_namer(names: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """A function from a party id to its display name: from `names`, else from the id.

    Short ids are acronyms (`un` -> `UN`, `usa` -> `USA`); others are title-cased
    (`nagorno_karabakh` -> `Nagorno Karabakh`).
    """
    names = dict(names or {})

    def name(party: str) -> str:
        if names.get(party):
            return clean_line(names[party])
        if len(party) <= 3:
            return party.upper()
        return " ".join(part.capitalize() for part in party.replace("-", "_").split("_"))

    return name


def _profile(profile_path: str | os.PathLike[str] | None) -> Any:
    """The profile at `profile_path` (`tui.profile.load_profile`), or None if unreadable.

    Imported when asked: the profile module loads the tagger's language, which an export
    to a file given its names does not need; and an export never fails for its profile.
    """
    if profile_path is None:
        return None
    try:
        from tui.profile import load_profile

        return load_profile(profile_path)
    except Exception:
        return None


def load_party_names(profile_path: str | os.PathLike[str] | None) -> dict[str, str]:
    """Display names of the profile's parties (`Party.id` -> `Party.name`), or {} when no
    profile can be read."""
    profile = _profile(profile_path)
    found: dict[str, str] = {}
    for party in getattr(profile, "parties", None) or ():
        key, display = getattr(party, "id", None), getattr(party, "name", None)
        if isinstance(key, str) and isinstance(display, str) and display.strip():
            found[key] = display.strip()
    return found


def load_conflict_name(profile_path: str | os.PathLike[str] | None) -> str | None:
    """The profile's conflict name (`[conflict] name`), the default document title.

    None when no profile can be read or it names no conflict; never fails the export.
    """
    name = getattr(_profile(profile_path), "name", None)
    return clean_line(name) or None if isinstance(name, str) else None


def kind_label(kind: str) -> str:
    return clean_line(kind).replace("_", " ").capitalize() or "Event"


def _same(party: str) -> str:
    return party


def describe_filter(
    entry_filter: EntryFilter, name: Callable[[str], str] = _same, *, prose: bool = False
) -> list[str]:
    """The active filters in words (empty: no filter); `name` gives a party's display name.

    Short phrases for the timeline screen's header ("kind: attack", "side: AM",
    "dates: 2020-10-01 – …"), or with `prose` the words of an export's coverage line
    ("kind attack", "reported by the armenian side", "since 2020-10-01"). One function
    for both, so a new filter field is told in both places.
    """
    f = entry_filter
    if prose:
        phrases = [
            f.since and f"since {f.since}",
            f.until and f"until {f.until}",
            f.kinds and "kind " + " or ".join(kind_label(k).lower() for k in f.kinds),
            f.party and f"party {name(f.party)}",
            f.side and f"reported by the {active().label(f.side)} side",
            f.text and f'matching "{clean_line(f.text)}"',
            f.include_hidden and "hidden entries included",
            f.key_events and f"key events only ({f.key_events} a day at most)",
        ]
    else:
        phrases = [
            f.kinds and "kind: " + ", ".join(_kind_name(k) for k in f.kinds),
            f.party and f"party: {name(clean_line(f.party))}",
            f.side and f"side: {clean_line(active().code(f.side))}",
            (f.since or f.until) and f"dates: {f.since or '…'} – {f.until or '…'}",
            f.text and f"text: “{clean_line(f.text)}”",
            f.include_hidden and "showing hidden",
            f.key_events and f"key events ({f.key_events} a day)",
        ]
    return [phrase for phrase in phrases if phrase]


def _kind_name(kind: str) -> str:
    """A kind as the timeline screen writes it: `violation_claim` -> `violation claim`."""
    return (clean_line(kind) or "event").replace("_", " ")

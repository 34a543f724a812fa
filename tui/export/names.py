"""Names shown in exports: parties, the conflict, event kinds and the active filter.

Party and conflict names come from the profile (`tui.profile.load_profile`); an export
never fails because the profile cannot be read, it falls back to names made from ids.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from tui.sanitize import clean_line
from tui.timeline_store import EntryFilter


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


def describe_filter(entry_filter: EntryFilter, namer: Callable[[str], str]) -> list[str]:
    """The filters in words, for the coverage line (empty: no filter)."""
    parts = []
    if entry_filter.since:
        parts.append(f"since {entry_filter.since}")
    if entry_filter.until:
        parts.append(f"until {entry_filter.until}")
    if entry_filter.kinds:
        parts.append("kind " + " or ".join(kind_label(k).lower() for k in entry_filter.kinds))
    if entry_filter.party:
        parts.append(f"party {namer(entry_filter.party)}")
    if entry_filter.side:
        parts.append(f"reported by the {entry_filter.side} side")
    if entry_filter.text:
        parts.append(f'matching "{clean_line(entry_filter.text)}"')
    if entry_filter.include_hidden:
        parts.append("hidden entries included")
    return parts

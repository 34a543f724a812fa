"""Names shown in exports: parties, the conflict, event kinds and the active filter.

Party and conflict names come from the profile (`tui.profile.load_profile`); an export
never fails because the profile cannot be read, it falls back to names made from ids.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

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


def load_party_names(profile_path: str | os.PathLike[str] | None) -> dict[str, str]:
    """Display names of the profile's parties, or {} when no profile can be read.

    Uses `tui.profile.load_profile` when it exists; the export never fails because of it.
    """
    if profile_path is None:
        return {}
    try:
        from tui.profile import load_profile  # type: ignore[import-not-found]

        profile = load_profile(profile_path)
    except Exception:
        return {}
    parties = getattr(profile, "parties", None)
    if parties is None and isinstance(profile, Mapping):
        parties = profile.get("parties")
    found: dict[str, str] = {}
    if isinstance(parties, Mapping):
        items = parties.items()
    elif isinstance(parties, list | tuple):
        items = ((getattr(p, "id", None), p) for p in parties)
    else:
        return {}
    for key, party in items:
        if isinstance(party, str):
            display = party
        elif isinstance(party, Mapping):
            display = party.get("name") or party.get("display")
            key = key or party.get("id")
        else:
            display = getattr(party, "name", None) or getattr(party, "display", None)
        if isinstance(key, str) and isinstance(display, str) and display.strip():
            found[key] = display.strip()
    return found


def load_conflict_name(profile_path: str | os.PathLike[str] | None) -> str | None:
    """The profile's conflict name (`[conflict] name`), the default document title.

    None when no profile can be read or it names no conflict; never fails the export.
    """
    if profile_path is None:
        return None
    try:
        from tui.profile import load_profile  # type: ignore[import-not-found]

        profile = load_profile(profile_path)
    except Exception:
        return None
    name = getattr(profile, "name", None)
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

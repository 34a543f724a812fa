"""The outlet sides in use: names, codes and colours from the active profile's [sides].

A feeds.toml names each outlet's side; the profile says which sides exist and how they
look (`thai` -> `TH` in its colour). The CLI and the app activate the sides of the
config they loaded (`activate`); display helpers everywhere ask `active()`, so a widget
or an export needs no profile of its own. Before anything is activated, the bundled
default profile's sides are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from tui.profile.model import OTHER_SIDE, Side

UNKNOWN_COLOUR = "#8a8a8a"


@dataclass(frozen=True)
class SideSet:
    """The sides of one profile, looked up by name or code."""

    sides: tuple[Side, ...]
    _by_name: dict[str, Side] = field(init=False, repr=False, compare=False)
    _by_code: dict[str, Side] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sides = (
            self.sides
            if any(s.name == "other" for s in self.sides)
            else (
                *self.sides,
                OTHER_SIDE,
            )
        )
        object.__setattr__(self, "sides", tuple(sides))
        object.__setattr__(self, "_by_name", {s.name: s for s in sides})
        object.__setattr__(self, "_by_code", {s.code: s for s in sides})

    @property
    def names(self) -> tuple[str, ...]:
        """Side names in display order (`other` last unless the profile placed it)."""
        return tuple(s.name for s in self.sides)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def get(self, name: str | None) -> Side | None:
        return self._by_name.get(name or "other")

    def code(self, name: str | None) -> str:
        """A side's code; a side the profile does not know (an old row) gets its first
        two letters, never another side's code."""
        side = self.get(name)
        if side is not None:
            return side.code
        return (name or "other")[:2].upper() or "OT"

    def colour(self, name: str | None) -> str:
        side = self.get(name)
        return side.colour if side is not None else UNKNOWN_COLOUR

    def label(self, name: str | None) -> str:
        """`thai (TH)`: a side as prose writes it."""
        return f"{name or 'other'} ({self.code(name)})"

    def resolve(self, value: str) -> str | None:
        """The side a user typed: its name (any case) or its code; None if neither."""
        text = value.strip()
        if text.lower() in self._by_name:
            return text.lower()
        side = self._by_code.get(text.upper())
        return side.name if side is not None else None

    def choices(self) -> str:
        """`thai (TH), cambodian (KH), ...` for help and error messages."""
        return ", ".join(f"{s.name} ({s.code})" for s in self.sides)

    def order(self, counts: Mapping[str, int]) -> list[tuple[str, int]]:
        """Counts per side in display order; sides the profile lacks come last by name."""
        rank = {name: index for index, name in enumerate(self.names)}
        items = [(side, int(n)) for side, n in counts.items() if n]
        return sorted(items, key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))

    def summary(self, counts: Mapping[str, int] | None) -> str:
        """`TH 3 · KH 2`: sources per side, in the profile's order."""
        if not counts:
            return ""
        return " · ".join(f"{self.code(side)} {n}" for side, n in self.order(counts))


_ACTIVE: list[SideSet] = []


def default_sides() -> SideSet:
    """The bundled default profile's sides."""
    from tui.profile.validate import load_sides

    return SideSet(load_sides())


def active() -> SideSet:
    """The sides of the config in use (the default profile's until one is activated)."""
    if not _ACTIVE:
        _ACTIVE.append(default_sides())
    return _ACTIVE[0]


def activate(sides: SideSet | Iterable[Side]) -> SideSet:
    """Make these the sides every display helper uses; returns them."""
    side_set = sides if isinstance(sides, SideSet) else SideSet(tuple(sides))
    _ACTIVE[:] = [side_set]
    return side_set

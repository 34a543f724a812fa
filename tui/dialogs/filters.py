"""The filter dialogs: the timeline's (kind, party, side, dates) and the item list's."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from tui.profile.sides import active
from tui.records import EntryFilter, ItemFilter
from tui.widgets.text import kind_name, line

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _value(select: Select[Any]) -> Any:
    return None if select.value is Select.NULL else select.value


def side_options() -> list[tuple[Text, str]]:
    """The active profile's sides, each as `TH  thai` in its colour."""
    options = []
    for side in active().sides:
        label = Text(side.code, style=side.colour)
        label.append(f"  {side.name}")
        options.append((label, side.name))
    return options


class _Check(Checkbox, inherit_bindings=False):
    """A checkbox that Space toggles; Enter is left to the dialog, which applies."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_button", "Toggle", show=False),
    ]


class _FilterDialog(ModalScreen[Any]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="filter.cancel"),
        Binding("enter", "apply", "Apply", id="filter.apply"),
    ]

    HINT = "Enter applies · Esc cancels"  # one line at 80 columns

    def heading(self, title: str) -> Text:
        text = Text(title, style="bold")
        text.append(f"  {self.HINT}", style="dim")
        return text

    def action_apply(self) -> None:
        self.apply()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def buttons(self) -> ComposeResult:
        with Horizontal(classes="dialog-buttons"):
            yield Button("Apply", variant="primary", id="filter-apply")
            yield Button("Clear", id="filter-clear")
            yield Button("Cancel", id="filter-cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "filter-apply":
            self.apply()
        elif event.button.id == "filter-clear":
            self.dismiss(self.cleared())
        else:
            self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def cleared(self) -> Any:
        raise NotImplementedError


class TimelineFilterDialog(_FilterDialog):
    """Kind, party, side and date range for the timeline; dismisses with an EntryFilter."""

    def __init__(self, current: EntryFilter, kinds: list[str], parties: dict[str, str]) -> None:
        super().__init__(classes="dialog-screen")
        self.current = current
        self.kinds = kinds
        self.parties = parties

    def compose(self) -> ComposeResult:
        current = self.current
        kind = current.kinds[0] if current.kinds else Select.NULL
        kinds = [(Text(kind_name(k)), k) for k in self.kinds]
        if kind is not Select.NULL and kind not in self.kinds:
            kinds.append((Text(kind_name(kind)), kind))
        party_values = dict(self.parties)
        if current.party and current.party not in party_values:
            party_values[current.party] = current.party
        with Vertical(classes="dialog"):
            yield Static(self.heading("Filter the timeline"), markup=False)
            yield Label("Kind")
            yield Select(kinds, prompt="any kind", value=kind, id="filter-kind")
            yield Label("Party")
            if party_values:
                yield Select(
                    [(Text(line(name)), pid) for pid, name in party_values.items()],
                    prompt="any party",
                    value=current.party or Select.NULL,
                    id="filter-party",
                )
            else:
                yield Input(current.party or "", placeholder="party id", id="filter-party")
            yield Label("Reported by side")
            yield Select(
                side_options(),
                prompt="any side",
                value=current.side or Select.NULL,
                id="filter-side",
            )
            yield Label("From (YYYY-MM-DD)")
            yield Input(current.since or "", placeholder="(empty: any date)", id="filter-since")
            yield Label("To (YYYY-MM-DD)")
            yield Input(current.until or "", placeholder="(empty: any date)", id="filter-until")
            yield Static("", id="filter-error", markup=False)
            yield from self.buttons()

    def apply(self) -> None:
        since = self.query_one("#filter-since", Input).value.strip() or None
        until = self.query_one("#filter-until", Input).value.strip() or None
        for value in (since, until):
            if value and not _DATE.match(value):
                self.query_one("#filter-error", Static).update(
                    Text(f"not a date (YYYY-MM-DD): {line(value)}", style="bold red")
                )
                return
        party_widget = self.query_one("#filter-party")
        if isinstance(party_widget, Select):
            party = _value(party_widget)
        else:
            party = party_widget.value.strip() or None  # type: ignore[attr-defined]
        kind = _value(self.query_one("#filter-kind", Select))
        self.dismiss(
            replace(
                self.current,
                kinds=(kind,) if kind else (),
                party=party,
                side=_value(self.query_one("#filter-side", Select)),
                since=since,
                until=until,
            )
        )

    def cleared(self) -> EntryFilter:
        return replace(
            self.current, kinds=(), party=None, side=None, since=None, until=None, text=None
        )


class ItemFilterDialog(_FilterDialog):
    """Unread only, starred only, one feed, one tag kind; dismisses with an ItemFilter."""

    def __init__(self, current: ItemFilter, feeds: list[dict[str, Any]], kinds: list[str]) -> None:
        super().__init__(classes="dialog-screen")
        self.current = current
        self.feeds = feeds
        self.kinds = kinds

    def compose(self) -> ComposeResult:
        current = self.current
        with Vertical(classes="dialog"):
            yield Static(self.heading("Filter the items"), markup=False)
            yield _Check("Unread only", current.unread_only, id="filter-unread")
            yield _Check("Starred only", current.starred_only, id="filter-starred")
            yield Label("Feed")
            yield Select(
                [(Text(line(f["name"]) or line(f["url"])), f["url"]) for f in self.feeds],
                prompt="any feed",
                value=current.feed_url or Select.NULL,
                id="filter-feed",
            )
            yield Label("Tagged as")
            yield Select(
                [(Text(kind_name(k)), k) for k in self.kinds],
                prompt="any kind",
                value=current.kind if current.kind in self.kinds else Select.NULL,
                id="filter-kind",
            )
            yield from self.buttons()

    def apply(self) -> None:
        self.dismiss(
            ItemFilter(
                unread_only=self.query_one("#filter-unread", Checkbox).value,
                starred_only=self.query_one("#filter-starred", Checkbox).value,
                feed_url=_value(self.query_one("#filter-feed", Select)),
                kind=_value(self.query_one("#filter-kind", Select)),
                side=self.current.side,
            )
        )

    def cleared(self) -> ItemFilter:
        return ItemFilter()

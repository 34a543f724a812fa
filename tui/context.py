"""What a screen may use of the running app, as a protocol: screens never import `tui.app`.

`ConflictApp` implements `AppContext`; a screen reaches it as `self.ctx` (the `HasContext`
mixin). Anything that changes screens goes the other way, as a message (`tui.messages`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

from textual.notifications import SeverityLevel

from tui.config import Config
from tui.records import EntryFilter
from tui.store import Store
from tui.writer import Writer


class AppContext(Protocol):
    """The state every screen shares, and the app's safe output."""

    config: Config
    entry_filter: EntryFilter
    """The timeline's filter, kept by the app so that it outlives the timeline screen."""
    party_names: dict[str, str]
    party_name: Callable[[str], str]
    data_version: int
    """Bumped when a poll stored something (a reactive: screens watch it)."""
    writer: Writer
    """The one writer: `writer.value` / `writer.overlay` show marks still waiting to be saved."""

    def save(
        self,
        what: str,
        apply: Callable[[Store], Any],
        after: Callable[[Any], None] | None = None,
        *,
        marks: Mapping[str, Mapping[str, int]] | None = None,
    ) -> bool: ...

    def say(
        self, message: str, *, severity: SeverityLevel = "information", title: str = ""
    ) -> None: ...

    def open_link(self, url: str | None) -> None: ...

    def copy_link(self, url: str | None) -> None: ...


class HasContext:
    """Mixin for screens: `self.ctx` is the running app seen as an `AppContext`."""

    @property
    def ctx(self) -> AppContext:
        """The app, typed by the protocol only (so no screen imports the app class)."""
        return cast(AppContext, self.app)  # type: ignore[attr-defined]

    def flip_mark(self, item_id: str, column: str, shown: int, changed: Callable[[], None]) -> None:
        """Flip an item's `read` or `starred` through the one writer: `changed` redraws at
        once (the writer's overlay shows the new value), the save follows in order."""
        value = int(not self.ctx.writer.value(item_id, column, shown))

        def apply(store: Store) -> Any:
            if column == "read":
                return store.set_read([item_id], bool(value))
            return store.set_starred(item_id, bool(value))

        what = "saving a read mark" if column == "read" else "saving a star"
        self.ctx.save(what, apply, lambda _: changed(), marks={item_id: {column: value}})
        changed()

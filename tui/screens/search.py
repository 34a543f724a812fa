"""Full-text search over items as you type; matches highlighted, results open the reader."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui import bindings
from tui.messages import OpenItem
from tui.store import Store
from tui.widgets.status_line import StatusLine
from tui.widgets.text import line, published_text, side_text, snippet_text

LIMIT = 200
DEBOUNCE = 0.12


class SearchResults(OptionList):
    """Search hits: a title line, then the snippet with the matches highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SEARCH_RESULTS


class SearchScreen(Screen[None]):
    """Type to search (FTS5: the last word a prefix, places under every spelling, `word*` a
    prefix anywhere); Enter or ↓ to the results."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SEARCH

    def __init__(self, store: Store, query: str = "") -> None:
        super().__init__()
        self.store = store
        self.initial = query
        self.title = "Search"
        self._timer: Timer | None = None
        self._keep_highlight: int | None = None
        self.results: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(self.initial, placeholder="search titles and text…", id="search-input")
        yield Static("", id="search-summary", classes="filter-line", markup=False)
        yield SearchResults(id="search-results")
        yield StatusLine()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.run_search()

    def on_screen_resume(self) -> None:
        # Back from the reader: search again so read marks show, keeping the cursor.
        if self.is_mounted and self.results:
            self._keep_highlight = self.query_one(SearchResults).highlighted
            self.run_search()

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE, self.run_search)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.run_search()
        self.action_focus_results()

    class Results(Message):
        """Hits for a query, from the search worker."""

        def __init__(self, query: str, rows: list[dict[str, Any]]) -> None:
            super().__init__()
            self.query = query
            self.rows = rows

    def run_search(self) -> None:
        """Search for what the input holds, in a thread: typing never waits for SQLite."""
        query = self.query_one(Input).value
        if not query.strip():
            self.workers.cancel_group(self, "search")
            self.show_results(query, [])
            return
        self.search_worker(query)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search_worker(self, query: str) -> None:
        # A connection of its own: sqlite3 connections stay in the thread that made them.
        with Store(self.store.path, migrate=False) as store:
            rows = store.search_items(query, limit=LIMIT)
        if not get_current_worker().is_cancelled:
            self.post_message(self.Results(query, rows))

    @on(Results)
    def _results(self, message: Results) -> None:
        if message.query == self.query_one(Input).value:
            self.show_results(message.query, message.rows)

    def show_results(self, query: str, rows: list[dict[str, Any]]) -> None:
        self.results = rows
        options = self.query_one(SearchResults)
        options.clear_options()
        options.add_options([Option(self.prompt(row), id=row["id"]) for row in rows])
        keep, self._keep_highlight = self._keep_highlight, None
        if rows and keep is not None:
            options.highlighted = min(keep, len(rows) - 1)
        elif rows and self.focused is options:
            options.highlighted = 0
        summary = Text(no_wrap=True, overflow="ellipsis")
        if not query.strip():
            summary.append("Type to search every item's title and text.", style="italic")
        else:
            count = len(rows)
            summary.append(
                f"{count}{'+' if count >= LIMIT else ''} match{'es' if count != 1 else ''}",
                style="bold",
            )
            summary.append(" for “")
            summary.append(line(query))
            summary.append("” · Enter opens · Esc back")
        self.query_one("#search-summary", Static).update(summary)

    @staticmethod
    def prompt(row: dict[str, Any]) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("●" if not row.get("read") else " ", style="bold #3a8fd6")
        text.append(" ")
        published = published_text(row, 10, "dim")
        text.append(published.plain + " ", style=published.style)
        text.append_text(side_text(row.get("side")))
        text.append(" ")
        text.append(line(row.get("title")) or "(untitled)", style="bold")
        text.append("\n   ")
        text.append_text(snippet_text(row.get("snippet"), base_style="dim"))
        return text

    def action_focus_results(self) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    def action_focus_input(self) -> None:
        self.query_one(Input).focus()

    @on(OptionList.OptionSelected, "#search-results")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(OpenItem(event.option.id))

"""The Textual app (a first, minimal screen: the newest items)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

from tui.config import Config
from tui.store import Store


class ConflictApp(App[int]):
    """conflict-tui: the newest items from the database."""

    TITLE = "conflict-tui"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db_path: Path, config: Config) -> None:
        super().__init__()
        self.db_path = db_path
        self.config = config

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("published", "side", "title")
        with Store(self.db_path) as store:
            for row in store.newest_items(500):
                table.add_row(row["published"][:10], row["side"] or "", Text(row["title"]))

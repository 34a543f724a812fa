"""Shared fixtures: a real loopback feed server, a temporary database, a feeds.toml writer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.feedserver import FeedServer
from tui.config import Config, load_config
from tui.store import Store


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "conflict.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened


@pytest.fixture
def write_feeds(tmp_path: Path) -> Callable[..., Config]:
    """Write a feeds.toml from (name, url, side) tuples and load it."""

    def write(feeds: list[tuple[str, str, str]], settings: str = "timeout = 3\n") -> Config:
        lines = ["[settings]", settings]
        for name, url, side in feeds:
            lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"', f'side = "{side}"', ""]
        path = tmp_path / "feeds.toml"
        path.write_text("\n".join(lines), encoding="utf-8")
        return load_config(path)

    return write

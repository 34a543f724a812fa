"""The fixed export database, shared by the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export.helpers import build_store


@pytest.fixture
def fixed(tmp_path: Path):
    store, ids = build_store(tmp_path / "fixed.db")
    yield store, ids
    store.close()

"""Fixtures of the core's tests: one tagger for the Karabakh profile, made once."""

from __future__ import annotations

import pytest

from tui.profile import load_profile
from tui.tagger import Tagger


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    """The tagger of the bundled Karabakh profile (it keeps no state between reports)."""
    return Tagger(load_profile())

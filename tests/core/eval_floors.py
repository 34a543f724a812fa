"""A blind round's floors: what the rules written against its sets won, kept.

Each round's test module lists (set, profile, micro F1 floor, roles right at least) and
calls `assert_keeps_floor`, so that a later rule change cannot quietly lose what a round
won.
"""

from __future__ import annotations

from pathlib import Path

from tui.evaluate import evaluate, read_reports
from tui.profile import load_profile
from tui.tagger import Tagger

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures" / "dev"
BUNDLED = ROOT / "tui" / "profile" / "bundled"


def assert_keeps_floor(
    name: str, profile: str, f1: float, accuser: int, accused: int, denier: int = 0
) -> None:
    """The dev set `name`, tagged with the bundled `profile`, reaches the floors."""
    reports = read_reports(DEV / f"{name}.jsonl")
    result = evaluate(reports, Tagger(load_profile(BUNDLED / f"{profile}.toml")))
    assert result["micro"]["f1"] >= f1, (name, result["micro"], result["errors"])
    assert result["roles"]["accuser"][0] >= accuser, (name, result["errors"])
    assert result["roles"]["accused"][0] >= accused, (name, result["errors"])
    assert result["roles"]["denier"][0] >= denier, (name, result["errors"])

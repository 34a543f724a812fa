"""Smoke test: `conflict-tui --demo` in a real terminal (tmux), keys in, screen out."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _executable() -> str:
    local = Path(sys.executable).parent / "conflict-tui"
    return str(local) if local.exists() else shutil.which("conflict-tui") or "conflict-tui"


def _capture(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True, check=False
    ).stdout


def _wait(session: str, predicate: Callable[[str], bool], what: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _capture(session)
        if predicate(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")


def _keys(session: str, *keys: str) -> None:
    for key in keys:
        subprocess.run(["tmux", "send-keys", "-t", session, key], check=True)
        time.sleep(0.15)


def test_demo_in_tmux(tmp_path: Path) -> None:
    session = f"conflict-tui-smoke-{os.getpid()}"
    command = shlex.join([_executable(), "--demo", "--db", str(tmp_path / "demo.db")])
    env_command = f"TERM=xterm-256color {command}; echo EXITED $?; sleep 30"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "35", env_command],
        check=True,
    )
    try:
        screen = _wait(session, lambda s: "newest first" in s, "the timeline")
        assert "Timeline" in screen
        _keys(session, "2")
        screen = _wait(session, lambda s: "items · newest first" in s, "the item list")
        _keys(session, "Enter")
        screen = _wait(session, lambda s: "Published" in s, "the reader")
        _keys(session, "q", "3")
        screen = _wait(session, lambda s: "Last poll" in s, "the feeds screen")
        _keys(session, "?")
        screen = _wait(session, lambda s: "Everywhere" in s, "the help screen")
        # After each Escape, wait for its screen to close before the next key: an ESC read
        # together with the next key is taken as alt+key, and a busy machine joins them.
        _keys(session, "Escape")
        _wait(session, lambda s: "Everywhere" not in s, "the help screen to close")
        _keys(session, "/", *"cease")
        screen = _wait(session, lambda s: "for “cease”" in s, "search results")
        _keys(session, "Escape")
        screen = _wait(session, lambda s: "Enter opens" not in s, "the search to close")
        _keys(session, "q")  # from the feeds screen back to the timeline
        _wait(session, lambda s: "newest first" in s and "Last poll" not in s, "the timeline")
        _keys(session, "q")
        screen = _wait(session, lambda s: "EXITED 0" in s, "a clean exit")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)

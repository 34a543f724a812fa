"""A short command ends cleanly: nothing started at import may outlive it and crash the
interpreter on the way out (a daemon thread still inside OpenSSL once did, in most runs
of `conflict-tui init`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("command", [["init"], ["feeds"]])
def test_a_short_command_exits_cleanly_every_time(tmp_path: Path, command: list[str]) -> None:
    for run in range(6):
        home = tmp_path / f"home-{run}"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": "", "XDG_DATA_HOME": ""}
        done = subprocess.run(
            [sys.executable, "-m", "tui", *command],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, (run, done.returncode, done.stderr[-500:])

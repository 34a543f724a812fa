"""Issue 16, point 3 (export side): SIGTERM, SIGHUP and SIGKILL during a split export.

A real `conflict-tui export` process splits a (slowed) export across forked children;
the test signals it for real and looks at the processes and files left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.export.helpers import build_store
from tests.procs import children_of, kill_all, wait_for, wait_gone

ROOT = Path(__file__).resolve().parents[2]

# The export of the fixture database, split into 3 processes whatever its size, each
# part slowed down so that the children are still writing when the signal comes.
DRIVER = """
import sys, time
import tui.export.split as split
import tui.export.markdown as markdown
split.MIN_SOURCES = 0
real = markdown._markdown_entries
def slow(*args, **kwargs):
    time.sleep(30)
    return real(*args, **kwargs)
markdown._markdown_entries = slow
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start_export(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    db = tmp_path / "big.db"
    if not db.exists():
        build_store(db)[0].close()
    out_dir = tmp_path / "out"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / "timeline.md"
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            DRIVER,
            "--db",
            str(db),
            "export",
            "--jobs",
            "3",
            "--out",
            str(out),
            "--generated",
            "2020-11-01T00:00:00Z",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return process, out


def parts(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".conflict-tui-"))


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_or_sighup_ends_an_export_like_ctrl_c(tmp_path, sig, code):
    process, out = start_export(tmp_path)
    children: set[int] = set()
    try:
        # the parent's temporary output and two children's parts
        assert wait_for(lambda: len(parts(out.parent)) == 3), parts(out.parent)
        assert wait_for(lambda: len(children_of(process.pid)) >= 2)
        children = children_of(process.pid)
        process.send_signal(sig)
        _, err = process.communicate(timeout=20)
    finally:
        kill_all({process.pid, *children} if process.poll() is None else children)
    assert process.returncode == code
    assert err.strip().splitlines() == [
        f"{signal.Signals(sig).name}: stopped; nothing half-written was kept"
    ]
    assert not wait_gone(children)
    assert parts(out.parent) == []
    assert not out.exists()


def test_sigkill_of_the_parent_takes_its_children_and_their_parts(tmp_path):
    process, out = start_export(tmp_path)
    children: set[int] = set()
    try:
        assert wait_for(lambda: len(parts(out.parent)) == 3)
        assert wait_for(lambda: len(children_of(process.pid)) >= 2)
        children = children_of(process.pid)
        process.kill()
        process.wait(10)
        left = wait_gone(children, 5.0)
    finally:
        kill_all(children)
    assert left == set()
    # the children removed their own parts; only the parent's own temporary file stays
    leftover = parts(out.parent)
    assert len(leftover) == 1
    assert not out.exists()


def test_stale_parts_are_removed_by_the_next_export(tmp_path):
    from tui.cli import main

    db = tmp_path / "e.db"
    build_store(db)[0].close()
    stale = tmp_path / ".conflict-tui-export-abc123.part"
    fresh = tmp_path / ".conflict-tui-export-def456.part"
    mine = tmp_path / ".conflict-tui-notes.part"  # not ours by name: never touched
    for path in (stale, fresh, mine):
        path.write_text("half an export")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(mine, (two_hours_ago, two_hours_ago))
    out = tmp_path / "timeline.md"
    assert main(["--db", str(db), "export", "--out", str(out), "--jobs", "1"]) == 0
    assert not stale.exists()
    assert fresh.exists()  # perhaps a running export's: left alone
    assert mine.exists()
    assert out.exists()

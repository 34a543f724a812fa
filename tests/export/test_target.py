"""Issue 16, point 4: an export replaces its target atomically and carefully.

It keeps the target's mode, refuses a symlink or a read-only file without --force, and
never creates a missing directory (status 2, naming the directory).
"""

from __future__ import annotations

import stat

import pytest

from tui.cli import main


@pytest.fixture
def db(fixed):
    store, _ = fixed
    return str(store.path)


def export(db: str, out, *extra: str) -> int:
    return main(["--db", db, "export", "--out", str(out), "--jobs", "1", *extra])


def test_keeps_the_mode_of_the_file_it_replaces(db, tmp_path):
    out = tmp_path / "private.md"
    out.write_text("old")
    out.chmod(0o600)
    assert export(db, out) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().startswith("# ")
    out.chmod(0o664)
    assert export(db, out, "--format", "json") == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o664


def test_refuses_a_symlink_unless_forced(db, tmp_path, capsys):
    real = tmp_path / "real.md"
    real.write_text("precious")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert export(db, link) == 2
    err = capsys.readouterr().err
    assert "symbolic link" in err and "--force" in err and str(link) in err
    assert link.is_symlink() and real.read_text() == "precious"
    assert export(db, link, "--force") == 0
    # the link itself is replaced; the file it pointed to is untouched
    assert not link.is_symlink() and link.read_text().startswith("# ")
    assert real.read_text() == "precious"


def test_refuses_a_read_only_file_unless_forced(db, tmp_path, capsys):
    """Read-only by its mode (so even root, who may write it, is refused)."""
    out = tmp_path / "frozen.md"
    out.write_text("keep me")
    out.chmod(0o444)
    assert export(db, out) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "--force" in err
    assert out.read_text() == "keep me"
    assert export(db, out, "--force") == 0
    assert out.read_text().startswith("# ")
    assert stat.S_IMODE(out.stat().st_mode) == 0o444  # forced, and still read-only


def test_never_creates_a_missing_directory(db, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "dir" / "timeline.md"
    assert export(db, out) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'no'}: no such directory" in err
    assert not (tmp_path / "no").exists()


def test_a_failed_export_leaves_the_old_file_and_no_debris(db, tmp_path, monkeypatch):
    out = tmp_path / "timeline.md"
    out.write_text("the old export")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tui.export.markdown._markdown_entries", broken)
    assert export(db, out) == 1
    assert out.read_text() == "the old export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

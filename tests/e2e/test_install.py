"""Install as a tool: the default feeds.toml ships in the package, `init` writes the user's
own, commands without one use the bundled file and say so once; and a wheel installed in a
fresh virtual environment with an empty home works (`feeds`, `--demo`, `init`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest

from tui import cli
from tui.cli import main
from tui.config import (
    BUNDLED_FEEDS,
    find_feeds_path,
    init_feeds_text,
    load_config,
    user_feeds_path,
)
from tui.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_user_file(tmp_path, monkeypatch):
    """An empty config dir and a working directory with no feeds.toml."""
    config_dir = tmp_path / "config"
    monkeypatch.setattr("tui.config.user_config_dir", lambda: config_dir)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(cli, "_NOTED", [])
    return config_dir


def test_the_packaged_feeds_toml_is_the_checkouts():
    """The design card keeps feeds.toml at the top; the package ships the same bytes."""
    assert BUNDLED_FEEDS.read_bytes() == (ROOT / "feeds.toml").read_bytes(), (
        "tui/data/feeds.toml and feeds.toml differ: copy feeds.toml to tui/data/feeds.toml"
    )
    assert "data/*.toml" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_with_no_user_file_the_bundled_one_is_used_and_said_once(no_user_file, tmp_path, capsys):
    assert find_feeds_path() == BUNDLED_FEEDS
    db = str(tmp_path / "x.db")
    Store(db).close()  # an empty database: `--db` must name one that exists
    assert main(["feeds", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "Asbarez  [AM armenian]" in captured.out  # the bundled outlets, on stdout
    assert captured.err.count("using the bundled outlets") == 1
    assert str(no_user_file / "feeds.toml") in captured.err and "init" in captured.err
    assert main(["feeds", "--db", db]) == 0  # once per run, not per command call
    assert "bundled" not in capsys.readouterr().err


def test_init_writes_a_commented_feeds_toml_says_where_and_refuses_to_overwrite(
    no_user_file, tmp_path, capsys
):
    target = no_user_file / "feeds.toml"
    assert main(["init"]) == 0
    assert f"wrote {target}: 13 feeds" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert text == init_feeds_text() and text.startswith("# Your conflict-tui feeds.toml")
    assert load_config(target).feeds == load_config(BUNDLED_FEEDS).feeds
    assert find_feeds_path() == target == user_feeds_path()
    target.write_text(text + "\n# my edit\n", encoding="utf-8")
    assert main(["init"]) == 2
    assert "already exists; `init --force` overwrites it" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8").endswith("# my edit\n")
    assert main(["init", "--force"]) == 0
    assert target.read_text(encoding="utf-8") == text
    # the user's own file is used from now on, without the note
    Store(tmp_path / "x.db").close()
    assert main(["feeds", "--db", str(tmp_path / "x.db")]) == 0
    assert "bundled" not in capsys.readouterr().err
    other = tmp_path / "elsewhere" / "feeds.toml"
    assert main(["init", "--feeds", str(other)]) == 0 and other.is_file()


def test_import_with_no_user_file_writes_the_users_not_the_package(no_user_file, capsys):
    before = BUNDLED_FEEDS.read_bytes()
    opml = ROOT / "tests" / "fixtures" / "export" / "newsboat.opml"
    assert main(["feeds", "import", str(opml)]) == 0
    assert (no_user_file / "feeds.toml").is_file()
    assert BUNDLED_FEEDS.read_bytes() == before


# ---- from a wheel, in a fresh virtual environment, with an empty home ------------------


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_wheel_in_a_fresh_venv_with_an_empty_home_works(tmp_path):
    """pipx's way: build the wheel, install it alone into a new environment, run it from an
    empty directory with an empty HOME. The wheel is installed without dependencies and
    the test environment's site-packages lends them (appended after the new environment's
    own, so `tui` is the wheel's): no network beyond the build backend."""
    started = time.monotonic()
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "tui", source / "tui", ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), "."],
        dict(os.environ),
        source,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("conflict_tui-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    installed = _run(
        [*pip, "install", "-q", "--no-deps", "--no-index", str(wheel)],
        dict(os.environ),
        tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        {"PATH": os.environ.get("PATH", "")},
        tmp_path,
    ).stdout.strip()
    (Path(purelib) / "_lent_dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )

    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "empty"
    work.mkdir()
    env = {"HOME": str(home), "PATH": f"{venv / 'bin'}:{os.environ.get('PATH', '')}"}
    tool = str(venv / "bin" / "conflict-tui")

    where = _run([str(python), "-c", "import tui; print(tui.__file__)"], env, work)
    assert where.stdout.startswith(purelib), where.stdout  # the wheel's code, not the checkout's

    feeds = _run([tool, "feeds"], env, work)
    assert feeds.returncode == 0, feeds.stderr
    assert "Asbarez  [AM armenian]  never polled" in feeds.stdout
    assert feeds.stdout.count("never polled") == 13
    assert "using the bundled outlets" in feeds.stderr

    demo = _run([tool, "--demo", "poll", "-q"], env, work)
    assert demo.returncode == 0, demo.stderr
    assert "feeds: 8 ok" in demo.stdout
    timeline = _run([tool, "--demo", "timeline"], env, work)
    assert timeline.returncode == 0 and "truce_agreed" in timeline.stdout

    init = _run([tool, "init"], env, work)
    assert init.returncode == 0, init.stderr
    written = home / ".config" / "conflict-tui" / "feeds.toml"
    assert f"wrote {written}" in init.stdout and written.is_file()
    again = _run([tool, "feeds"], env, work)
    assert again.returncode == 0 and "bundled" not in again.stderr
    assert _run([tool, "init"], env, work).returncode == 2
    assert time.monotonic() - started < 120

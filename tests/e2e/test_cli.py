"""The command line end to end: `poll` on the demo corpus, `feeds`, exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.config import DEMO_DIR

DEMO_FEEDS = str(DEMO_DIR / "feeds.toml")


def test_poll_on_the_demo_corpus_end_to_end(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["poll", "--feeds", DEMO_FEEDS, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("feeds: ")
    assert " 0 failed" in summary
    with sqlite3.connect(db) as conn:
        items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        sides = {row[0] for row in conn.execute("SELECT DISTINCT side FROM feeds")}
        undated = conn.execute("SELECT count(*) FROM items WHERE date_guessed = 1").fetchone()[0]
        copies = conn.execute(
            "SELECT count(*) FROM items WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
    assert 150 <= items <= 300
    assert {"armenian", "azerbaijani", "russian", "turkish", "western"} <= sides
    assert undated >= 1  # the demo has an item with no date, as real feeds do
    assert copies >= 1  # and a wire story carried by two feeds

    assert main(["poll", "--feeds", DEMO_FEEDS, "--db", str(db)]) == 0
    again = capsys.readouterr().out.strip().splitlines()[-1]
    assert "items: 0 new, 0 updated" in again


def test_demo_flag_uses_its_own_database_never_the_users(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("tui.cli.demo_db_path", lambda: tmp_path / "cache" / "demo.db")
    monkeypatch.setattr("tui.config.user_data_dir", lambda: tmp_path / "data")
    assert main(["poll", "--demo", "-q"]) == 0
    assert (tmp_path / "cache" / "demo.db").exists()
    assert not (tmp_path / "data").exists()


def test_feeds_command_prints_status_and_errors(tmp_path, capsys, write_feeds):
    config = write_feeds([("Down", "http://127.0.0.1:9/rss", "western")])
    db = str(tmp_path / "x.db")
    assert main(["poll", "--feeds", str(config.path), "--db", db]) == 1  # nothing could be polled
    capsys.readouterr()
    assert main(["feeds", "--feeds", str(config.path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Down" in out and "error" in out and "connection refused" in out


def test_an_unusable_database_exits_1_with_the_path(tmp_path, capsys):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"garbage" * 200)
    assert main(["feeds", "--feeds", DEMO_FEEDS, "--db", str(bogus)]) == 1
    assert str(bogus) in capsys.readouterr().err


def test_python_dash_m_tui_is_the_same_command(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent.parent,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("conflict-tui ")


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path):
    """`conflict-tui timeline | head -1`: status 0 and no traceback."""
    db = tmp_path / "demo.db"
    code = "import sys; from tui.cli import main; sys.exit(main(sys.argv[1:]))"
    base = [sys.executable, "-c", code, "--demo", "--db", str(db)]
    assert subprocess.run([*base, "poll", "-q"], capture_output=True).returncode == 0
    for args in (["timeline"], ["export", "--format", "json"]):
        proc = subprocess.Popen([*base, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None
        proc.stdout.readline()
        proc.stdout.close()  # the reader goes away after one line
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_did_you_mean_for_commands_and_options(capsys):
    import pytest

    for argv, hint in (
        (["pol"], "did you mean 'poll' (not 'pol')?"),
        (["timeline", "--sinse", "2020-10-01"], "did you mean '--since' (not '--sinse')?"),
    ):
        with pytest.raises(SystemExit) as raised:
            main(argv)
        assert raised.value.code == 2
        assert hint in capsys.readouterr().err


def test_format_md_and_kind_party_help(tmp_path, capsys):
    import pytest

    db = tmp_path / "demo.db"
    assert (
        main(["--demo", "--db", str(db), "export", "--format", "md", "--kind", "truce_agreed"]) == 0
    )
    assert capsys.readouterr().out.startswith("# ")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "comma-separated): truce_agreed, violation_claim," in help_text
    assert "(the bundled profile's: armenia, azerbaijan," in help_text


def test_demo_timeline_and_export_poll_the_demo_first(tmp_path, capsys):
    """Before the demo was polled, `--demo timeline` / `--demo export` poll it first
    (offline) instead of printing an empty timeline or writing an empty document."""
    db = tmp_path / "never-polled.db"
    assert main(["--demo", "--db", str(db), "timeline"]) == 0
    captured = capsys.readouterr()
    assert "polling the bundled demo corpus first" in captured.err
    assert "2020-10-10" in captured.out and "run `conflict-tui poll`" not in captured.out
    db2 = tmp_path / "never-polled-2.db"
    assert main(["--demo", "--db", str(db2), "export", "--format", "json"]) == 0
    assert '"truce_agreed"' in capsys.readouterr().out


def test_json_export_carries_no_local_paths(tmp_path, capsys):
    """The demo's feeds are local files: the JSON names them by file name only."""
    import json

    db = tmp_path / "demo.db"
    assert main(["--demo", "--db", str(db), "poll", "-q"]) == 0
    capsys.readouterr()
    assert main(["--demo", "--db", str(db), "export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert str(DEMO_DIR) not in out and "/tui/demo/" not in out
    urls = {s["feed_url"] for e in json.loads(out)["entries"] for s in e["sources"]}
    assert urls and all("/" not in url and url.endswith(".xml") for url in urls)


def test_feeds_import_dry_run_wording(tmp_path, capsys):
    from tui.cli import import_summary

    assert import_summary(0, 0, True) == "no feeds would be added"
    assert import_summary(1, 2, True) == "would add 1 feed, skip 2 feeds"
    assert import_summary(3, 0, False) == "added 3 feeds"


def test_timeline_and_export_key_give_each_days_few_heaviest(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["poll", "-q", "--feeds", DEMO_FEEDS, "--db", str(db)]) == 0
    capsys.readouterr()
    base = ["--feeds", DEMO_FEEDS, "--db", str(db)]
    assert main(["timeline", *base]) == 0
    every = capsys.readouterr().out.splitlines()
    assert main(["timeline", "--key", *base]) == 0
    key = capsys.readouterr().out.splitlines()
    assert main(["timeline", "--key", "1", *base]) == 0
    one = capsys.readouterr().out.splitlines()
    assert main(["timeline", "--key", "2", *base]) == 0
    two = capsys.readouterr().out.splitlines()
    days = {line[:10] for line in every}
    assert len(one) == len(days) < len(two) < len(every)
    assert set(two) <= set(key) <= set(every)
    for day in days:
        assert sum(line.startswith(day) for line in key) <= 3
        assert sum(line.startswith(day) for line in two) <= 2
    assert next(line for line in one if line.startswith("2020-10-10")).split()[1] == (
        "truce_agreed"
    )
    out = tmp_path / "key.md"
    assert main(["export", "--key", "1", "--out", str(out), *base]) == 0
    text = out.read_text(encoding="utf-8")
    assert "key events only (1 a day at most)" in text
    assert text.count("\n### ") == len(one)
    with pytest.raises(SystemExit) as usage:
        main(["timeline", "--key", "0", *base])
    assert usage.value.code == 2  # a usage error, as argparse reports one


def test_feeds_before_any_poll_lists_the_feeds_and_creates_no_database(
    tmp_path, capsys, monkeypatch
):
    db = tmp_path / "data" / "conflict.db"
    monkeypatch.setattr("tui.cli.default_db_path", lambda: db)
    assert main(["feeds", "--feeds", DEMO_FEEDS]) == 0
    out = capsys.readouterr().out
    assert "never polled" in out and "nothing polled so far" in out
    assert not db.exists() and not db.parent.exists()


def test_each_installed_copy_has_its_own_demo_database(monkeypatch, tmp_path):
    """The demo's feeds are keyed by their file path: two copies sharing one database
    would store every report twice."""
    from tui import cli

    first = cli.demo_db_path()
    monkeypatch.setattr(cli, "DEMO_DIR", tmp_path / "elsewhere" / "demo")
    second = cli.demo_db_path()
    assert first != second and first.parent == second.parent
    assert first.name.startswith("demo-") and first.suffix == ".db"


def test_the_demo_database_changes_with_the_rules(monkeypatch):
    """After an upgrade that changes the tagger, the builder or the rules, the demo opens
    a fresh database (tagged by this release), not the old release's timeline."""
    from tui import cli

    before = cli.demo_db_path()
    monkeypatch.setattr(cli, "_tagging_fingerprint", lambda: "rules of another release")
    assert cli.demo_db_path() != before

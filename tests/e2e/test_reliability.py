"""Issue 16 end to end: real polls as processes, a real HTTP server on 127.0.0.1, real signals.

Two polls at once must both store everything they fetched and exit 0; a poll stopped by
SIGTERM, SIGHUP or SIGKILL must leave no worker process behind and an intact database.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.feedserver import Reply, rss, simple_items
from tests.procs import children_of, kill_all, wait_for, wait_gone
from tui.store import Store

ROOT = Path(__file__).resolve().parents[2]


def feeds_toml(path: Path, feeds: list[tuple[str, str]]) -> Path:
    lines = ["[settings]", "timeout = 30", "match = []", ""]
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"', 'side = "western"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def start_poll(feeds: Path, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "--feeds", str(feeds), "--db", str(db), "poll", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def growing_feed(server, path: str, prefix: str, per_round: int, delay: float) -> str:
    """A feed that carries `per_round` more items at every request."""
    hits = {"n": 0}

    def route(_headers):
        hits["n"] += 1
        return Reply(body=rss(simple_items(per_round * hits["n"], prefix)), delay=delay)

    return server.add(path, route)


def count_items(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM items").fetchone()[0]


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_two_polls_at_once_both_store_everything(feed_server, tmp_path):
    db = tmp_path / "shared.db"
    per_round, rounds, feeds_each = 40, 3, 5
    first = [
        (f"A{n}", growing_feed(feed_server, f"/a{n}", f"Alpha {n}", per_round, 0.1 * n))
        for n in range(feeds_each)
    ]
    second = [
        (f"B{n}", growing_feed(feed_server, f"/b{n}", f"Beta {n}", per_round, 0.1 * n))
        for n in range(feeds_each)
    ]
    toml_a = feeds_toml(tmp_path / "a.toml", first)
    toml_b = feeds_toml(tmp_path / "b.toml", second)
    # the database exists before the race (as it does under cron)
    Store(db).close()
    for round_ in range(rounds):
        # in the second round a third program (as `sqlite3` would) holds the write lock
        # for 5 s as the polls start: they wait, say so, and store everything after
        locker = None
        if round_ == 1:
            locker = sqlite3.connect(str(db), isolation_level=None)
            locker.execute("BEGIN IMMEDIATE")
        polls = [start_poll(toml_a, db), start_poll(toml_b, db)]
        if locker is not None:
            time.sleep(5.0)
            locker.rollback()
            locker.close()
        results = [p.communicate(timeout=120) for p in polls]
        for process, (out, err) in zip(polls, results, strict=True):
            assert process.returncode == 0, (out, err)
            assert "locked" not in out + err
        if round_ == 1:
            assert any("database is busy" in err for _, err in results)
    assert count_items(db) == 2 * feeds_each * per_round * rounds
    assert integrity(db) == "ok"


def slow_poll_setup(feed_server, tmp_path: Path) -> tuple[Path, Path]:
    """Three quick feeds (their parsing starts the worker processes) and a slow one."""
    feeds = [
        (f"Quick {n}", feed_server.add(f"/q{n}", Reply(body=rss(simple_items(30, f"Q{n}")))))
        for n in range(3)
    ]
    feeds.append(("Slow", feed_server.add("/slow", Reply(body=rss(simple_items(5)), delay=60))))
    return feeds_toml(tmp_path / "feeds.toml", feeds), tmp_path / "poll.db"


def wait_for_workers(process: subprocess.Popen, db: Path) -> set[int]:
    assert wait_for(lambda: db.exists() and len(children_of(process.pid)) >= 2, 30)
    # the quick feeds are stored: the poll now waits for the slow one
    assert wait_for(lambda: _stored(db) >= 90, 30)
    return children_of(process.pid)


def _stored(db: Path) -> int:
    try:
        return count_items(db)
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_or_sighup_ends_a_poll_like_ctrl_c(feed_server, tmp_path, sig, code):
    toml, db = slow_poll_setup(feed_server, tmp_path)
    process = start_poll(toml, db)
    workers: set[int] = set()
    try:
        workers = wait_for_workers(process, db)
        process.send_signal(sig)
        _out, err = process.communicate(timeout=20)
    finally:
        kill_all({process.pid, *workers} if process.poll() is None else workers)
    assert process.returncode == code
    assert f"{signal.Signals(sig).name}: stopped" in err
    assert "Traceback" not in err
    assert not wait_gone(workers, 5.0)
    assert integrity(db) == "ok"
    assert count_items(db) == 90  # what the finished feeds fetched was kept


def test_a_killed_poll_leaves_no_worker_behind(feed_server, tmp_path):
    toml, db = slow_poll_setup(feed_server, tmp_path)
    process = start_poll(toml, db)
    workers: set[int] = set()
    try:
        workers = wait_for_workers(process, db)
        assert workers
        process.kill()
        process.wait(10)
        left = wait_gone(workers, 5.0)
    finally:
        kill_all(workers)
    assert left == set()
    assert integrity(db) == "ok"
    time.sleep(0)  # nothing else to wait for


# ---- read-only commands (point 5) ------------------------------------------------------


def _chattr(flag: str, *paths: Path) -> bool:
    """`chattr +i` makes a file or folder read-only even for root (who ignores modes)."""
    try:
        done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


@pytest.fixture
def read_only_db(tmp_path):
    """A polled database, then its file and folder made read-only (for root too)."""
    from tests.export.helpers import build_store

    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "conflict.db"
    build_store(db)[0].close()
    assert sorted(p.name for p in folder.iterdir()) == ["conflict.db"]
    db.chmod(0o444)
    folder.chmod(0o555)
    immutable = os.geteuid() == 0 and _chattr("+i", db, folder)
    if os.geteuid() == 0 and not immutable:
        pytest.skip("running as root without chattr: a read-only folder cannot be made")
    yield db
    if immutable:
        _chattr("-i", folder, db)
    folder.chmod(0o755)
    db.chmod(0o644)


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["export", "--format", "json"], ["export"], ["feeds"]],
    ids=["timeline", "export-json", "export-md", "feeds"],
)
def test_read_only_commands_work_on_a_read_only_database_and_folder(
    read_only_db, tmp_path, capsys, command
):
    from tui.cli import main

    feeds = feeds_toml(tmp_path / "feeds.toml", [("Tass", "https://tass.example/rss")])
    before = sorted(p.name for p in read_only_db.parent.iterdir())
    code = main(["--db", str(read_only_db), "--feeds", str(feeds), *command])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip()
    assert sorted(p.name for p in read_only_db.parent.iterdir()) == before


@pytest.mark.parametrize("command", [["timeline"], ["export"], ["export", "--format", "json"]])
def test_a_missing_database_is_an_error_naming_it_and_never_created(tmp_path, capsys, command):
    from tui.cli import main

    missing = tmp_path / "mistyped.db"
    feeds = feeds_toml(tmp_path / "feeds.toml", [("Tass", "https://tass.example/rss")])
    assert main(["--db", str(missing), "--feeds", str(feeds), *command]) == 1
    err = capsys.readouterr().err
    assert str(missing) in err and "no database" in err
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.toml"]


# ---- a full disk (point 6) ----------------------------------------------------------------


def test_a_full_disk_counts_only_what_was_committed(feed_server, tmp_path, write_feeds):
    from io import StringIO

    from rich.console import Console

    from tui.cli import run_poll

    small = feed_server.add("/small", Reply(body=rss(simple_items(3, "Small"))))
    big_items = simple_items(400, "Big")
    for row in big_items:
        row["description"] = "Armenia and Azerbaijan. " * 200
    big = feed_server.add("/big", Reply(body=rss(big_items), delay=0.5))
    config = write_feeds([("Small", small, "western"), ("Big", big, "western")])
    db = tmp_path / "full.db"
    with Store(db) as store:
        store.sync_feeds(list(config.feeds))
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for Small only
        out = StringIO()
        report = run_poll(config, store, Console(file=out, width=200), quiet=False)
    text = out.getvalue()
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT feed_url, count(*) FROM items GROUP BY feed_url"))
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stored == {small: 3}, text
    assert report.new == 3  # the summary counts only what was committed
    assert "items: 3 new" in text
    assert "Big" in text and "not stored" in text and "full" in text
    assert "400 new" not in text


# ---- network strings are cleaned before they are stored (point 7) -----------------------


def test_a_reason_phrase_with_escapes_is_stored_clean(feed_server, tmp_path, write_feeds):
    from tui.polling import poll

    url = feed_server.add(
        "/evil", Reply(status=503, body=b"no", reason="Busy \x1b[31mred\x1b]0;owned title\x07 now")
    )
    config = write_feeds([("Evil", url, "western")])
    with Store(tmp_path / "r.db") as store:
        poll(config, store)
        error = store.feeds()[0]["last_error"]
    assert error.startswith("HTTP 503")
    assert not any(0x80 <= ord(ch) <= 0x9F or ord(ch) < 0x20 for ch in error), repr(error)
    assert error == "HTTP 503 Busy red now"


NESTED_CDATA = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
    b"<title>Truce broken</title><guid>n1</guid><pubDate>Sat, 10 Oct 2020 09:00:00 +0000"
    b"</pubDate><description><![CDATA[<p>Azerbaijan accused Armenia of violating the "
    b"ceasefire <script><![CDATA[grab()]]></script> near Tartar.</p>]]></description>"
    b"</item></channel></rss>"
)


def test_nested_cdata_script_never_reaches_the_store_or_the_json_export(
    feed_server, tmp_path, write_feeds
):
    import json

    from tui.export import write_json
    from tui.polling import poll
    from tui.records import EntryFilter

    url = feed_server.add("/cdata", Reply(body=NESTED_CDATA))
    config = write_feeds([("Wire", url, "western")])
    db = tmp_path / "c.db"
    with Store(db) as store:
        poll(config, store, parallel=False)
        out = tmp_path / "t.json"
        write_json(store, EntryFilter(), out, jobs=1)
    with sqlite3.connect(db) as conn:
        stored = " ".join(
            str(value) for row in conn.execute("SELECT title, text FROM items") for value in row
        )
        evidence = " ".join(row[0] or "" for row in conn.execute("SELECT evidence FROM tags"))
    exported = out.read_text()
    for text in (stored, evidence, exported):
        assert "<script" not in text and "CDATA" not in text and "grab()" not in text
    assert json.loads(exported)


def test_a_killed_retag_leaves_no_worker_behind(tmp_path):
    from tui.records import ParsedItem

    db = tmp_path / "retag.db"
    text = "Azerbaijan accused Armenia of shelling Tartar despite the truce on Saturday. " * 8
    items = [
        ParsedItem(f"g{n}", f"https://news.example/{n}", f"Report {n}", text, None, f"h{n}")
        for n in range(6000)
    ]
    feeds = feeds_toml(tmp_path / "feeds.toml", [("Wire", "https://news.example/rss")])
    with Store(db) as store:
        store.ingest("https://news.example/rss", items, fetched="2020-10-10T10:00:00Z")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "--feeds", str(feeds), "--db", str(db), "retag", "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers: set[int] = set()
    try:
        assert wait_for(lambda: len(children_of(process.pid)) >= 2, 60)
        workers = children_of(process.pid)
        process.kill()
        process.wait(10)
        left = wait_gone(workers, 5.0)
    finally:
        kill_all(workers)
    assert left == set()
    assert integrity(db) == "ok"


def test_feeds_before_the_first_poll_lists_the_feeds_and_creates_nothing(
    tmp_path, capsys, monkeypatch
):
    """A fresh install (the default database not made yet) lists the configured feeds;
    a `--db` naming no database is an error (a typo). Neither creates anything."""
    from tui.cli import main

    default = tmp_path / "data" / "conflict.db"
    monkeypatch.setattr("tui.cli.default_db_path", lambda: default)
    feeds = feeds_toml(tmp_path / "feeds.toml", [("Tass", "https://tass.example/rss")])
    assert main(["--feeds", str(feeds), "feeds"]) == 0
    out = capsys.readouterr().out
    assert "Tass" in out and "never polled" in out and str(default) in out
    missing = tmp_path / "mistyped.db"
    assert main(["--db", str(missing), "--feeds", str(feeds), "feeds"]) == 1
    assert f"{missing}: no database" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.toml"]

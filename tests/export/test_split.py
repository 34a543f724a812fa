"""A large export split by date across processes writes the bytes one process writes.

The fixture database of tests/export/helpers.py is small, so the size threshold is lowered to
split it; entries on later days cite sources listed on earlier days, one entry has
another merged into it, and a syndicated copy points at an earlier original, so the
footnote numbering across the split is exercised.
"""

from __future__ import annotations

import io
import json
import sqlite3
import threading
from itertools import pairwise
from pathlib import Path

import pytest

import tui.export.split as export_split
from tests.export.helpers import GENERATED, NAMES, NOW, build_store, item
from tui.cli import main
from tui.export import write_json, write_markdown
from tui.export.split import SplitExportError, plan_ranges, write_split
from tui.records import EntryFilter
from tui.store import Store


@pytest.fixture
def split_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The export fixture, plus later entries that cite earlier days' sources."""
    monkeypatch.setattr(export_split, "MIN_SOURCES", 0)
    store, ids = build_store(tmp_path / "split.db")
    store.create_entry(
        "2020-10-13",
        "statement",
        "Both sides restate their positions",
        [ids["tass1"], ids["azt1"], ids["asb2"]],
        parties=["armenia", "azerbaijan"],
    )
    later = store.create_entry(
        "2020-10-14", "statement", "Lavrov repeats his call", [ids["tass2"], ids["wire1"]]
    )
    other = store.create_entry("2020-10-14", "statement", "A second call", [ids["asb1"]])
    store.merge_entries(later, other)
    # an entry with no sources of its own that another was merged into; a later day
    # cites one of its sources again
    store.ingest(
        "https://wire.example/rss",
        [
            item("new1", "https://wire.example/a", "New A", "2020-10-09T01:00:00Z"),
            item("new2", "https://wire.example/b", "New B", "2020-10-09T02:00:00Z"),
        ],
        fetched=NOW,
    )
    new = {row["guid"]: row["id"] for row in store.db.query("SELECT guid, id FROM items")}
    owner = store.create_entry("2020-10-09", "statement", "Empty owner", [])
    member = store.create_entry("2020-10-09", "statement", "Member", [new["new1"], new["new2"]])
    store.merge_entries(owner, member)
    store.create_entry("2020-10-14", "statement", "Cites again", [new["new1"], ids["wire1"]])
    yield store, ids
    store.close()


def export(store: Store, writer, path: Path, jobs: int, entry_filter=None) -> bytes:
    writer(store, entry_filter, path, generated=GENERATED, party_names=NAMES, jobs=jobs)
    return path.read_bytes()


FILTERS = [
    None,
    EntryFilter(include_hidden=True),
    EntryFilter(since="2020-10-11"),
    EntryFilter(kinds=("statement", "violation_claim")),
]


@pytest.mark.parametrize("writer", [write_markdown, write_json], ids=["markdown", "json"])
@pytest.mark.parametrize("jobs", [2, 3, 4])
@pytest.mark.parametrize("entry_filter", FILTERS, ids=["all", "hidden", "since", "kinds"])
def test_split_export_has_the_same_bytes(split_store, tmp_path, writer, jobs, entry_filter):
    store, _ = split_store
    assert len(plan_ranges(store, entry_filter or EntryFilter(), jobs)) >= 2
    one = export(store, writer, tmp_path / "one", 1, entry_filter)
    split = export(store, writer, tmp_path / "split", jobs, entry_filter)
    assert split == one


def test_later_days_refer_to_sources_listed_earlier(split_store, tmp_path):
    store, _ = split_store
    text = export(store, write_markdown, tmp_path / "out.md", 2).decode()
    later = text[text.index("## 2020-10-13") :]
    assert "(listed above)" in later
    assert "- [1] " in text and later.count("- [1] ") == 1  # a number is never listed twice


def test_ranges_start_on_a_new_day_and_cover_every_day(split_store):
    store, _ = split_store
    days = [row[0] for row in store.db.execute("SELECT DISTINCT date FROM entries ORDER BY 1")]
    ranges = plan_ranges(store, EntryFilter(include_hidden=True), 3)
    assert ranges[0][0] == days[0] and ranges[-1][1] == days[-1]
    for (_, last), (first, _) in pairwise(ranges):
        assert days.index(first) == days.index(last) + 1


def test_small_exports_are_not_split(split_store, monkeypatch):
    store, _ = split_store
    monkeypatch.setattr(export_split, "MIN_SOURCES", 10_000)
    assert len(plan_ranges(store, EntryFilter(), 4)) == 1
    assert write_split(store, EntryFilter(), io.StringIO(), _never, jobs=4) is None


def _never(*args):
    raise AssertionError("write_split should not have written anything")


def test_not_split_where_forking_is_unsafe(split_store, tmp_path):
    store, _ = split_store
    with Store(":memory:") as memory:
        assert write_split(memory, EntryFilter(), io.StringIO(), _never, jobs=2) is None
    assert write_split(store, EntryFilter(), io.StringIO(), _never, jobs=1) is None
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:  # the app exports from a worker thread: one process then
        assert write_split(store, EntryFilter(), io.StringIO(), _never, jobs=2) is None
    finally:
        release.set()
        worker.join()


def test_a_failing_part_is_a_clear_error_and_the_file_is_untouched(
    split_store, tmp_path, monkeypatch
):
    store, _ = split_store
    target = tmp_path / "timeline.md"
    target.write_text("the previous export\n")

    def fail_in_children(part_store, part, earlier, stream):
        if earlier is not None:
            raise OSError(28, "No space left on device")
        return 0

    with pytest.raises(SplitExportError, match="No space left on device"):
        write_split(store, EntryFilter(), io.StringIO(), fail_in_children, jobs=2)

    # Through write_markdown, the error keeps the old file as it was.
    def broken_source_ids(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    # Only the split children number earlier sources; they inherit the patch when forked.
    monkeypatch.setattr(Store, "iter_source_ids", broken_source_ids)
    with pytest.raises(SplitExportError, match="disk I/O error"):
        write_markdown(store, None, target, generated=GENERATED, jobs=2)
    assert target.read_text() == "the previous export\n"


def test_a_database_changed_meanwhile_is_written_again_in_one_process(
    split_store, tmp_path, monkeypatch
):
    store, ids = split_store
    stream = io.StringIO()
    stream.write("header\n")

    def commit_while_writing(part_store, part, earlier, out):
        out.write(f"part {part.since}\n")
        if earlier is None:  # the parent: another connection commits meanwhile
            with sqlite3.connect(store.path) as other:
                other.execute("UPDATE items SET read = 1 WHERE id = ?", (ids["tass1"],))
        return 1

    assert write_split(store, EntryFilter(), stream, commit_while_writing, jobs=2) is None
    assert stream.getvalue() == "header\n"  # rewound: the caller writes it all again

    # write_markdown does so: a child retitles an entry of the parent's range before it
    # reads, so the parent's part may be stale; the output must be the new title's.
    source_ids = Store.iter_source_ids
    first = store.db.execute("SELECT id FROM entries ORDER BY date, id LIMIT 1").fetchone()[0]

    def retitle_first(self, entry_filter):
        with sqlite3.connect(store.path) as other:
            other.execute(
                "UPDATE entries SET title = title || ' (retitled)' WHERE id = ?", (first,)
            )
        return source_ids(self, entry_filter)

    monkeypatch.setattr(Store, "iter_source_ids", retitle_first)
    split = export(store, write_markdown, tmp_path / "split.md", 2)
    monkeypatch.setattr(Store, "iter_source_ids", source_ids)
    assert split.count(b"(retitled)") == 1  # one child ran, once
    assert split == export(store, write_markdown, tmp_path / "one.md", 1)


@pytest.mark.parametrize("fmt", ["markdown", "json"])
def test_cli_jobs_option_gives_the_same_file(split_store, tmp_path, monkeypatch, fmt):
    store, _ = split_store
    monkeypatch.setattr("tui.export.load_party_names", lambda path: NAMES)
    argv = ["--db", str(store.path), "export", "--format", fmt, "--generated", GENERATED]
    assert main([*argv, "--out", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert main([*argv, "--out", str(tmp_path / "two"), "--jobs", "2"]) == 0
    assert (tmp_path / "two").read_bytes() == (tmp_path / "one").read_bytes()


@pytest.mark.parametrize("value", ["-1", "many"])
def test_cli_rejects_a_bad_jobs_count(split_store, capsys, value):
    store, _ = split_store
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(store.path), "export", "--jobs", value])
    assert stopped.value.code == 2
    assert "not a number of processes" in capsys.readouterr().err


def test_parts_are_written_beside_the_output_and_removed(split_store, tmp_path):
    store, _ = split_store
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    seen = []
    original = export_split._append

    def spy(temp, stream, binary=False):
        seen.append(Path(temp))
        original(temp, stream, binary)

    export_split._append = spy
    try:
        export(store, write_json, out_dir / "timeline.json", 3)
    finally:
        export_split._append = original
    assert seen and all(part.parent == out_dir for part in seen)
    assert [path.name for path in out_dir.iterdir()] == ["timeline.json"]


def test_parts_go_through_the_streams_own_encoding_and_newlines(split_store, tmp_path):
    """A stream that is not plain UTF-8 with "\n" gets the parts as text, like part 0."""
    store, _ = split_store
    outputs = []
    for jobs in (1, 2):
        path = tmp_path / f"out{jobs}.md"
        with open(path, "w", encoding="latin-1", errors="replace", newline="\r\n") as stream:
            write_markdown(store, None, stream, generated=GENERATED, party_names=NAMES, jobs=jobs)
        outputs.append(path.read_bytes())
    assert outputs[1] == outputs[0]
    assert b"\r\n" in outputs[0] and b"\n\n" not in outputs[0].replace(b"\r\n", b"")


def test_a_commit_before_planning_is_seen_and_nothing_is_dropped(split_store, tmp_path):
    """The data version is read before the ranges are planned: a commit that lands
    while planning sends the export back to one process, with every entry in it."""
    store, _ = split_store
    planned = export_split.plan_ranges

    def plan_then_commit(*args, **kwargs):
        ranges = planned(*args, **kwargs)
        with sqlite3.connect(store.path) as other:
            other.execute(
                "INSERT INTO entries (key, date, kind, title, parties, places, details, "
                "updated, origin, hidden, title_manual) VALUES ('late', '2020-10-20', "
                "'statement', 'Added while planning', '[]', '[]', '{}', '', 'manual', 0, 0)"
            )
        return ranges

    export_split.plan_ranges = plan_then_commit
    try:
        text = export(store, write_json, tmp_path / "out.json", 2)
    finally:
        export_split.plan_ranges = planned
    document = json.loads(text)
    assert "Added while planning" in [entry["title"] for entry in document["entries"]]

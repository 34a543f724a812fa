"""The export from the command line and its options: names, titles, files, errors."""

from __future__ import annotations

import io

import pytest

from tests.export.helpers import FIXTURES, GENERATED, NAMES
from tui.cli import build_parser, entry_filter_from_args, main
from tui.config import DEFAULT_PROFILE
from tui.export import (
    ExportError,
    generated_time,
    load_conflict_name,
    md_escape,
    party_namer,
    write_markdown,
)
from tui.records import EntryFilter
from tui.store import Store


def test_cli_writes_the_golden_file(fixed, tmp_path, monkeypatch):
    store, _ = fixed
    out = tmp_path / "out" / "timeline.md"
    out.parent.mkdir()  # export never creates directories (issue 16)
    monkeypatch.setattr("tui.export.load_party_names", lambda path: NAMES)
    code = main(["--db", str(store.path), "export", "--out", str(out), "--generated", GENERATED])
    assert code == 0
    # Without --title the document is titled with the profile's conflict name.
    conflict = load_conflict_name(DEFAULT_PROFILE)
    assert conflict
    golden = (FIXTURES / "timeline.md").read_bytes()
    assert golden.startswith(b"# Timeline\n")
    expected = f"# {md_escape(conflict)}\n".encode() + golden.removeprefix(b"# Timeline\n")
    assert out.read_bytes() == expected
    argv = ["--db", str(store.path), "export", "--out", str(out), "--generated", GENERATED]
    assert main([*argv, "--title", "Timeline"]) == 0
    assert out.read_bytes() == golden


def test_title_falls_back_when_the_profile_has_no_name(monkeypatch, tmp_path):
    assert load_conflict_name(None) is None
    assert load_conflict_name(tmp_path / "missing.toml") is None
    buffer = io.StringIO()
    write_markdown(Store(":memory:"), None, buffer, generated=GENERATED, title="")
    assert buffer.getvalue().startswith("# Timeline\n")


def test_filter_options_parse_into_an_entry_filter():
    args = build_parser().parse_args(
        [
            *("export", "--kind", "truce_agreed,attack", "--kind", "attack"),
            *("--party", "armenia", "--side", "russian", "--since", "2020-10-01"),
            *("--until", "2020-10-31", "--include-hidden"),
        ]
    )
    assert entry_filter_from_args(args) == EntryFilter(
        kinds=("truce_agreed", "attack"),
        party="armenia",
        side="russian",
        since="2020-10-01",
        until="2020-10-31",
        include_hidden=True,
    )


def test_since_after_until_is_a_usage_error(fixed, capsys):
    store, _ = fixed
    code = main(
        ["--db", str(store.path), "export", "--since", "2020-11-01", "--until", "2020-10-01"]
    )
    assert code == 2
    assert "--since" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "pdf"],
        ["export", "--since", "10/10/2020"],
        ["export", "--side", "x/"],
    ],
)
def test_bad_options_exit_2(argv, tmp_path):
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(tmp_path / "x.db"), *argv])
    assert raised.value.code == 2


def test_a_side_the_profile_lacks_exits_2_naming_its_sides(tmp_path, capsys):
    """`--side` is checked against the profile's [sides] once the config is loaded."""
    assert main(["--db", str(tmp_path / "x.db"), "export", "--side", "thai"]) == 2
    err = capsys.readouterr().err
    assert "unknown side 'thai'" in err and "armenian (AM)" in err


def test_missing_or_broken_database_exits_1(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "export"]) == 1
    assert "no database" in capsys.readouterr().err
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not sqlite" * 100)
    assert main(["--db", str(broken), "export"]) == 1


def test_unwritable_output_is_a_failure(fixed, tmp_path):
    store, _ = fixed
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError):
        write_markdown(store, None, blocker / "timeline.md", generated=GENERATED)
    # a path through a file names no directory: a usage error, like a missing one (issue 16)
    assert main(["--db", str(store.path), "export", "--out", str(blocker / "t.md")]) == 2


def test_party_namer_falls_back_to_the_id():
    name = party_namer({"armenia": "Republic of Armenia"})
    assert name("armenia") == "Republic of Armenia"
    assert name("nagorno_karabakh") == "Nagorno Karabakh"
    assert name("un") == "UN"


def test_generated_time_forms(monkeypatch):
    assert generated_time("2020-11-01T12:00:00+02:00") == "2020-11-01T10:00:00Z"
    assert generated_time(0) == "1970-01-01T00:00:00Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert generated_time() == "1970-01-02T00:00:00Z"
    with pytest.raises(ExportError):
        generated_time("yesterday")


def test_party_names_come_from_the_profile(monkeypatch, tmp_path):
    import sys
    import types

    from tui.export import load_party_names

    class Party:
        def __init__(self, id: str, name: str) -> None:
            self.id, self.name = id, name

    fake = types.ModuleType("tui.profile")
    fake.load_profile = lambda path: types.SimpleNamespace(
        parties=(Party("armenia", "Armenia"), Party("minsk_group", "OSCE Minsk Group"))
    )
    monkeypatch.setitem(sys.modules, "tui.profile", fake)
    assert load_party_names(tmp_path / "p.toml") == {
        "armenia": "Armenia",
        "minsk_group": "OSCE Minsk Group",
    }
    fake.load_profile = lambda path: (_ for _ in ()).throw(ValueError("bad profile"))
    assert load_party_names(tmp_path / "p.toml") == {}


def test_an_exported_file_is_readable_by_others(tmp_path):
    import stat

    from tui.export import write_markdown
    from tui.store import Store

    target = tmp_path / "shared.md"
    with Store(tmp_path / "e.db") as store:
        write_markdown(store, EntryFilter(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644

"""OPML import into feeds.toml (comments kept) and export as OPML 2.0, with round trips.

Samples in tests/fixtures/export/: `newsboat.opml` (flat, OPML 1.0, as `newsboat -e`
writes it) and `reader.opml` (OPML 2.0 with folders, `category` and a namespaced side).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tui.cli import main
from tui.config import FeedConfig, load_config
from tui.errors import ConfigError
from tui.opml import import_opml, opml_text, parse_opml, read_opml
from tui.store import Store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "export"

FEEDS_TOML = """\
# My feeds: keep this comment
[settings]
timeout = 5  # seconds

# --- Armenian outlets ---
[[feeds]]
name = "Already configured"
url = "https://already.example/feed"
side = "armenian"   # checked by hand
"""


@pytest.fixture
def feeds_toml(tmp_path: Path) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(FEEDS_TOML, encoding="utf-8")
    return path


def triples(feeds) -> list[tuple[str, str, str]]:
    return [(f.name, f.url, f.side) for f in feeds]


def test_newsboat_opml_is_read_flat():
    feeds = read_opml(FIXTURES / "newsboat.opml")
    assert [f.name for f in feeds] == [
        "Asbarez",
        "Caucasus & Central Asia <News>",
        "Already configured",
        "Not a feed URL",
        "TASS",
    ]
    assert feeds[1].url == "https://news.example/rss?topic=caucasus&lang=en"
    assert all(f.side is None for f in feeds)


def test_reader_opml_sides_from_attributes_and_folders():
    feeds = {f.name: f for f in read_opml(FIXTURES / "reader.opml")}
    assert feeds["Armenpress"].side == "armenian"  # folder title
    assert feeds["Azertac"].side == "azerbaijani"  # category path
    assert feeds["Daily Sabah"].side == "turkish"  # category list
    assert feeds["Tehran Times"].side == "iranian"  # namespaced side attribute
    assert feeds["Eurasianet"].side is None
    assert "A link, not a feed" not in feeds


def test_import_appends_new_feeds_and_keeps_comments(feeds_toml):
    report = import_opml(FIXTURES / "newsboat.opml", feeds_toml, default_side="western")
    assert triples(report.added) == [
        ("Asbarez", "https://asbarez.example/feed/", "western"),
        (
            "Caucasus & Central Asia <News>",
            "https://news.example/rss?topic=caucasus&lang=en",
            "western",
        ),
        ("TASS", "https://tass.example/rss/v2.xml", "western"),
    ]
    assert report.skipped == [
        ("https://already.example/feed", "already in feeds.toml"),
        ("javascript:alert(1)", "not an http(s) URL"),
    ]
    text = feeds_toml.read_text(encoding="utf-8")
    assert text.startswith(FEEDS_TOML)  # every byte of the user's file is kept
    config = load_config(feeds_toml)
    assert len(config.feeds) == 4
    assert config.settings.timeout == 5
    # importing again adds nothing and leaves the file alone
    again = import_opml(FIXTURES / "newsboat.opml", feeds_toml)
    assert again.added == []
    assert feeds_toml.read_text(encoding="utf-8") == text


def test_import_defaults_to_other_and_skips_duplicates_in_the_file(feeds_toml):
    report = import_opml(FIXTURES / "reader.opml", feeds_toml)
    assert triples(report.added) == [
        ("Armenpress", "https://armenpress.example/rss", "armenian"),
        ("Azertac", "https://azertac.example/rss", "azerbaijani"),
        ("Daily Sabah", "https://dailysabah.example/rss", "turkish"),
        ("Tehran Times", "https://tehrantimes.example/rss", "iranian"),
        ("Eurasianet", "https://eurasianet.example/rss", "other"),
    ]
    assert ("https://azertac.example/rss", "already in feeds.toml") in report.skipped
    assert len(load_config(feeds_toml).feeds) == 6


def test_import_creates_a_missing_feeds_toml(tmp_path):
    target = tmp_path / "config" / "feeds.toml"
    report = import_opml(FIXTURES / "reader.opml", target)
    assert report.created
    assert len(load_config(target).feeds) == 5


def test_dry_run_writes_nothing(feeds_toml):
    report = import_opml(FIXTURES / "reader.opml", feeds_toml, dry_run=True)
    assert len(report.added) == 5
    assert feeds_toml.read_text(encoding="utf-8") == FEEDS_TOML


def test_round_trip_keeps_names_urls_and_sides(tmp_path):
    feeds = [
        FeedConfig('Quotes "and" <tags> & more', "https://a.example/rss?x=1&y=2", "armenian"),
        FeedConfig("Азертадж", "https://b.example/rss", "azerbaijani"),
        FeedConfig("Local demo", "file:///tmp/demo.xml", "other"),
        FeedConfig("Western", "https://c.example/feed", "western"),
    ]
    text, skipped = opml_text(feeds)
    assert skipped == 1  # a local file is not a feed another reader can use
    root = ET.fromstring(text.encode("utf-8"))
    assert root.get("version") == "2.0"
    assert [o.get("category") for o in root.iter("outline")] == [
        "armenian,AM",  # the side's name and its code, as two tags
        "azerbaijani,AZ",
        "western,WE",
    ]
    opml = tmp_path / "out.opml"
    opml.write_text(text, encoding="utf-8")
    target = tmp_path / "feeds.toml"
    import_opml(opml, target)
    assert triples(load_config(target).feeds) == triples([feeds[0], feeds[1], feeds[3]])


def test_newsboat_round_trip_through_export(feeds_toml, tmp_path):
    import_opml(FIXTURES / "newsboat.opml", feeds_toml, default_side="russian")
    exported = tmp_path / "exported.opml"
    assert main(["--feeds", str(feeds_toml), "feeds", "export", "--out", str(exported)]) == 0
    fresh = tmp_path / "fresh.toml"
    import_opml(exported, fresh)
    assert triples(load_config(fresh).feeds) == triples(load_config(feeds_toml).feeds)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<opml><body><outline", "not valid XML"),
        ("<rss version='2.0'><channel/></rss>", "not an OPML file"),
        ("<opml version='2.0'><head/></opml>", "no <body>"),
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
            '"&lol;&lol;&lol;">]><opml><body><outline text="&lol2;"/></body></opml>',
            "DOCTYPE",
        ),
    ],
)
def test_bad_opml_is_a_clear_usage_error(tmp_path, feeds_toml, capsys, content, message):
    bad = tmp_path / "bad.opml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_opml(bad)
    assert message in str(raised.value) and str(bad) in str(raised.value)
    code = main(["--feeds", str(feeds_toml), "feeds", "import", str(bad)])
    assert code == 2
    err = capsys.readouterr().err
    assert "bad.opml" in err and message in err
    assert feeds_toml.read_text(encoding="utf-8") == FEEDS_TOML


def test_missing_opml_file_exits_2(tmp_path, feeds_toml, capsys):
    assert main(["--feeds", str(feeds_toml), "feeds", "import", str(tmp_path / "no.opml")]) == 2
    assert "no.opml" in capsys.readouterr().err


def test_broken_feeds_toml_is_not_touched(tmp_path, capsys):
    broken = tmp_path / "feeds.toml"
    broken.write_text("[[feeds]]\nname = 'x'\n", encoding="utf-8")
    code = main(["--feeds", str(broken), "feeds", "import", str(FIXTURES / "reader.opml")])
    assert code == 2
    assert broken.read_text(encoding="utf-8") == "[[feeds]]\nname = 'x'\n"


def test_cli_import_reports_what_it_added(feeds_toml, capsys):
    code = main(
        [
            "--feeds",
            str(feeds_toml),
            "feeds",
            "import",
            str(FIXTURES / "newsboat.opml"),
            "--side",
            "western",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "added: TASS  [WE western]  https://tass.example/rss/v2.xml" in out
    assert "added 3 feeds, skipped 2 feeds" in out
    assert "skipped: https://already.example/feed (already in feeds.toml)" in out


def test_cli_import_rejects_an_unknown_side(feeds_toml, capsys):
    opml = str(FIXTURES / "newsboat.opml")
    assert main(["--feeds", str(feeds_toml), "feeds", "import", opml, "--side", "martian"]) == 2
    assert "'martian' is not a side of the profile" in capsys.readouterr().err


def test_cli_export_to_stdout_and_feeds_status_still_works(feeds_toml, tmp_path, capsys):
    assert main(["--feeds", str(feeds_toml), "feeds", "export"]) == 0
    out = capsys.readouterr().out
    assert parse_opml(out)[0].url == "https://already.example/feed"
    db = tmp_path / "db.sqlite"
    # `feeds` only reads: it never creates a database (issue 16), a missing one is an error
    assert main(["--feeds", str(feeds_toml), "--db", str(db), "feeds"]) == 1
    assert f"{db}: no database" in capsys.readouterr().err
    Store(db).close()  # an empty database: every configured feed is listed, never polled
    assert main(["--feeds", str(feeds_toml), "--db", str(db), "feeds"]) == 0
    assert "Already configured  [AM armenian]  never polled" in capsys.readouterr().out


def test_hostile_names_are_escaped_in_opml():
    text, _ = opml_text([FeedConfig("</outline><script>x</script>", "https://x.example/", "other")])
    root = ET.fromstring(text)
    (outline,) = root.iter("outline")
    assert outline.get("text") == "</outline><script>x</script>"
    assert "<script>" not in text


def test_comments_before_a_later_table_stay_with_it(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nname = "A"\nurl = "https://already.example/feed"\nside = "armenian"\n'
        "\n# settings below\n[settings]\ntimeout = 5\n",
        encoding="utf-8",
    )
    import_opml(FIXTURES / "newsboat.opml", path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith('side = "other"\n\n# settings below\n[settings]\ntimeout = 5\n')
    assert "\n# imported from newsboat.opml\n[[feeds]]\n" in text
    config = load_config(path)
    assert len(config.feeds) == 4 and config.settings.timeout == 5

"""feeds.toml: what a good file gives, and how each mistake is reported (status 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.cli import main
from tui.config import DEFAULT_PROFILE, find_feeds_path, load_config
from tui.errors import ConfigError

GOOD = """\
[settings]
concurrency = 4
timeout = 7
match = ["Karabakh", "Artsakh"]

[[feeds]]
name = "Wire"
url = "https://wire.example/rss"
side = "western"

[[feeds]]
name = "Local"
url = "local.xml"
side = "armenian"
match = []
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_loads_with_defaults_and_relative_paths(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.settings.concurrency == 4
    assert config.settings.timeout == 7.0
    assert config.settings.profile == DEFAULT_PROFILE
    wire, local = config.feeds
    assert wire.topic_words(config.settings) == ("Karabakh", "Artsakh")
    assert local.topic_words(config.settings) == ()
    assert local.url == str(tmp_path / "local.xml")


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            'name = "Wire"\nurl = "https://wire.example/rss"\nside = "western"\ncolour = "red"',
            ['feed 1 ("Wire")', "key 'colour'", "unknown key", ":5:"],
        ),
        ('name = "Wire"\nside = "western"', ["key 'url'", "missing"]),
        (
            'name = "Wire"\nurl = "https://wire.example/rss"\nside = "martian"',
            ["key 'side'", "'martian' is not a side of the profile karabakh.toml", ":4:"],
        ),
        (
            'name = "Wire"\nurl = "ftp://wire.example/rss"\nside = "western"',
            ["key 'url'", "scheme 'ftp' not allowed"],
        ),
        (
            'name = "Wire"\nurl = "javascript:alert(1)"\nside = "western"',
            ["key 'url'", "not allowed"],
        ),
    ],
)
def test_each_feed_mistake_names_file_feed_and_key(tmp_path, broken, expected):
    path = write(tmp_path, f"[[feeds]]\n{broken}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    for fragment in expected:
        assert fragment in message


def test_settings_mistakes_name_the_key_and_line(tmp_path):
    path = write(tmp_path, "[settings]\nconcurrency = 0\n")
    with pytest.raises(ConfigError, match=r"feeds.toml:2: \[settings\]: key 'concurrency'"):
        load_config(path)


def test_key_events_is_a_small_whole_number(tmp_path):
    assert load_config(write(tmp_path, "[settings]\nkey_events = 2\n")).settings.key_events == 2
    assert load_config(write(tmp_path, "")).settings.key_events == 3
    with pytest.raises(ConfigError, match=r"feeds.toml:2: \[settings\]: key 'key_events'"):
        load_config(write(tmp_path, "[settings]\nkey_events = 0\n"))


def test_toml_syntax_error_reports_the_line(tmp_path):
    path = write(tmp_path, '[[feeds]]\nname = "Wire"\nurl = https://oops\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.line == 3
    assert "TOML syntax error" in str(caught.value)


def test_duplicate_urls_are_refused(tmp_path):
    feed = '[[feeds]]\nurl = "https://a.example/rss"\nside = "other"\n'
    with pytest.raises(ConfigError, match="same url as feed 1"):
        load_config(write(tmp_path, feed + feed))


@pytest.mark.parametrize("command", ["poll", "feeds"])
def test_cli_exits_2_on_a_bad_file_and_names_the_key(tmp_path, capsys, command):
    path = write(tmp_path, '[[feeds]]\nurl = "https://a.example/rss"\nside = "nobody"\n')
    status = main([command, "--feeds", str(path), "--db", str(tmp_path / "x.db")])
    assert status == 2
    err = capsys.readouterr().err
    assert "feeds.toml:3" in err and "key 'side'" in err


def test_cli_exits_2_when_the_file_is_missing(tmp_path, capsys):
    status = main(["poll", "--feeds", str(tmp_path / "nope.toml"), "--db", str(tmp_path / "x.db")])
    assert status == 2
    assert "file not found" in capsys.readouterr().err


def test_unknown_command_line_option_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["poll", "--no-such-flag"])
    assert caught.value.code == 2


def test_user_config_file_wins_over_the_bundled_one(tmp_path, monkeypatch):
    monkeypatch.setattr("tui.config.user_config_dir", lambda: tmp_path)
    own = write(tmp_path, GOOD)
    assert find_feeds_path() == own
    assert find_feeds_path(tmp_path / "other.toml") == tmp_path / "other.toml"


def test_the_bundled_feeds_toml_is_valid_and_covers_every_side():
    config = load_config(Path(__file__).parent.parent.parent / "feeds.toml")
    assert len(config.feeds) >= 12
    sides = {feed.side for feed in config.feeds}
    assert sides >= {"armenian", "azerbaijani", "russian", "turkish", "western", "other"}
    assert all(feed.url.startswith(("https://", "http://")) for feed in config.feeds)


def test_keymap_and_profile_settings(tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "mine.toml").write_bytes(DEFAULT_PROFILE.read_bytes())
    path = write(
        tmp_path,
        '[settings]\nprofile = "profiles/mine.toml"\nrefresh_minutes = 15\n'
        '[settings.keymap]\n"app.poll" = "ctrl+r"\n',
    )
    settings = load_config(path).settings
    assert settings.keymap == {"app.poll": "ctrl+r"}
    assert settings.profile == tmp_path / "profiles" / "mine.toml"
    assert settings.refresh_minutes == 15.0


def test_a_keymap_of_the_wrong_shape_is_refused(tmp_path):
    path = write(tmp_path, "[settings]\nkeymap = 3\n")
    with pytest.raises(ConfigError, match="key 'keymap'"):
        load_config(path)


def test_browser_setting(tmp_path):
    """`browser` (a contract key): what `o` opens links with; a non-string is refused."""
    assert load_config(write(tmp_path, '[settings]\nbrowser = "lynx %s"\n')).settings.browser == (
        "lynx %s"
    )
    assert load_config(write(tmp_path, "[settings]\n")).settings.browser == ""
    with pytest.raises(ConfigError, match="key 'browser'"):
        load_config(write(tmp_path, "[settings]\nbrowser = 3\n"))

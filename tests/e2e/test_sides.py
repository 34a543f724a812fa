"""Outlet sides come from the profile's [sides]: a Thai-Cambodian feeds.toml polls, and its
sides show as TH and KH in `timeline`, the app, the exports and OPML; a side the profile
lacks is refused with its line. (Reports below are our own words.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.app_fixtures import screen_text, write_rss
from tui.app import ConflictApp
from tui.cli import main
from tui.config import load_config
from tui.dialogs.filters import side_options
from tui.errors import ConfigError
from tui.profile import load_profile, parse_profile
from tui.profile.sides import SideSet, activate, default_sides
from tui.profile.validate import load_sides
from tui.widgets.text import side_text

BUNDLED = Path(__file__).resolve().parents[2] / "tui" / "profile" / "bundled"
THAI_CAMBODIA = BUNDLED / "thai_cambodia.toml"
# One truce rule of our own on top of the bundled profile, so the test does not depend on
# which shared rules the tagger has today (a profile may add rules of its own).
TEST_RULE = r"""
[[rules]]
kind = "truce_agreed"
id = "test-sides-agreed-ceasefire"
cues = ['agreed\s+to\s+an\s+immediate\s+(?:and\s+unconditional\s+)?ceasefire']
"""


def thai_cambodian_profile(directory: Path) -> Path:
    """The bundled Thai-Cambodian profile (its sides, parties, places) plus TEST_RULE."""
    path = directory / "thai_cambodia.toml"
    path.write_text(THAI_CAMBODIA.read_text(encoding="utf-8") + TEST_RULE, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _default_sides_after():
    """Each test activates its own sides; leave the default ones for the next test."""
    yield
    activate(default_sides())


def write_thai_cambodian(tmp_path: Path, *, extra_feed: str = "") -> Path:
    """A feeds.toml of two local feeds, one Thai and one Cambodian, on the same truce."""
    write_rss(
        tmp_path / "bangkok.xml",
        [
            (
                "bk-1",
                "Thailand and Cambodia agree to an immediate ceasefire",
                "Mon, 28 Jul 2025 12:00:00 +0000",
                "Thailand and Cambodia agreed to an immediate and unconditional ceasefire "
                "at talks in Putrajaya on Monday, Malaysia's prime minister said.",
            ),
            (
                "bk-2",
                "Army says Cambodian troops fired near Ta Muen Thom",
                "Tue, 29 Jul 2025 06:00:00 +0000",
                "The Thai army accused Cambodia of violating the ceasefire by firing at "
                "Thai positions near Ta Muen Thom on Tuesday.",
            ),
        ],
    )
    write_rss(
        tmp_path / "phnom-penh.xml",
        [
            (
                "pp-1",
                "Phnom Penh and Bangkok agree to a ceasefire in Malaysia",
                "Mon, 28 Jul 2025 13:00:00 +0000",
                "Cambodia and Thailand agreed to an immediate ceasefire at talks in "
                "Putrajaya on Monday, Prime Minister Hun Manet said.",
            ),
        ],
    )
    profile = thai_cambodian_profile(tmp_path)
    path = tmp_path / "feeds.toml"
    path.write_text(
        f'[settings]\nprofile = "{profile}"\n\n'
        '[[feeds]]\nname = "Bangkok Desk"\nurl = "bangkok.xml"\nside = "thai"\n\n'
        '[[feeds]]\nname = "Phnom Penh Wire"\nurl = "phnom-penh.xml"\nside = "cambodian"\n'
        + extra_feed,
        encoding="utf-8",
    )
    return path


# ---- the profile's [sides] ------------------------------------------------------------


def test_the_bundled_karabakh_profile_keeps_todays_seven_sides():
    sides = load_sides(BUNDLED / "karabakh.toml")
    assert [(s.name, s.code, s.colour) for s in sides] == [
        ("armenian", "AM", "#e0703a"),
        ("azerbaijani", "AZ", "#3a8fd6"),
        ("russian", "RU", "#b05fd0"),
        ("turkish", "TR", "#d04f5f"),
        ("western", "WE", "#3aa37a"),
        ("iranian", "IR", "#b8962e"),
        ("other", "OT", "#8a8a8a"),
    ]
    # the sides that carry a party's voice (the timeline builder reads these)
    assert load_profile(BUNDLED / "karabakh.toml").sides == {
        "armenian": "armenia",
        "azerbaijani": "azerbaijan",
        "russian": "russia",
        "turkish": "turkey",
        "iranian": "iran",
    }


PROFILE = """\
[conflict]
name = "Test"

[sides]
northern = "north"

[sides.southern]
party = "south"
code = "SO"
colour = "#123456"

[sides.wires]

[[parties]]
id = "north"
name = "Northland"
code = "NL"
names = ["Northland"]

[[parties]]
id = "south"
name = "Southland"
code = "SL"
names = ["Southland"]
"""


def test_old_form_table_form_and_sides_without_a_party():
    profile = parse_profile(PROFILE)
    by_name = {s.name: s for s in profile.outlet_sides}
    assert list(by_name) == ["northern", "southern", "wires", "other"]
    assert (by_name["northern"].code, by_name["northern"].party) == ("NL", "north")
    assert (by_name["southern"].code, by_name["southern"].colour) == ("SO", "#123456")
    assert (by_name["wires"].code, by_name["wires"].party) == ("WI", None)
    assert by_name["other"].code == "OT"
    assert profile.sides == {"northern": "north", "southern": "south"}


@pytest.mark.parametrize(
    ("change", "key", "line", "reason"),
    [
        (('party = "south"', 'party = "atlantis"'), "southern.party", 8, "must name a party id"),
        (('colour = "#123456"', 'colour = "blue"'), "southern.colour", 10, "must be a colour"),
        (('code = "SO"', 'code = "NL"'), "southern.code", 9, "already names side 'northern'"),
        (('code = "SO"', 'codes = "SO"'), "southern.codes", 9, "unknown key"),
        (("[sides.wires]", "[sides.Wires]"), "Wires", 12, "lower-case name"),
    ],
)
def test_side_mistakes_name_the_key_and_line(change, key, line, reason):
    with pytest.raises(ConfigError) as caught:
        parse_profile(PROFILE.replace(*change), "p.toml")
    err = caught.value
    assert (err.entry, err.key, err.line) == ("[sides]", key, line), str(err)
    assert reason in err.reason


# ---- feeds.toml -----------------------------------------------------------------------


def test_feeds_toml_sides_are_checked_against_the_profile(tmp_path):
    path = write_thai_cambodian(tmp_path)
    config = load_config(path)
    assert [f.side for f in config.feeds] == ["thai", "cambodian"]
    assert config.sides.summary({"thai": 3, "cambodian": 2}) == "TH 3 · KH 2"
    assert config.sides.resolve("kh") == "cambodian"


def test_an_unknown_side_is_refused_with_file_feed_key_and_line(tmp_path, capsys):
    path = write_thai_cambodian(
        tmp_path, extra_feed='\n[[feeds]]\nname = "Yerevan"\nurl = "y.xml"\nside = "armenian"\n'
    )
    assert main(["feeds", "--feeds", str(path), "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert f"{path}:17:" in err  # the line of its `side = `
    assert "feed 3 (\"Yerevan\"): key 'side'" in err
    assert "'armenian' is not a side of the profile thai_cambodia.toml" in err
    assert "thai, cambodian" in err


# ---- everywhere a side appears ------------------------------------------------------


@pytest.fixture
def polled(tmp_path):
    feeds = write_thai_cambodian(tmp_path)
    db = tmp_path / "tc.db"
    assert main(["poll", "-q", "--feeds", str(feeds), "--db", str(db)]) == 0
    return feeds, db


def test_cli_timeline_feeds_and_side_filter_show_the_profiles_codes(polled, capsys):
    feeds, db = polled
    capsys.readouterr()
    common = ["--feeds", str(feeds), "--db", str(db)]
    assert main(["timeline", *common]) == 0
    out = capsys.readouterr().out
    assert "truce_agreed" in out and "[TH 1 · KH 1]" in out
    assert main(["timeline", *common, "--side", "KH"]) == 0
    by_code = capsys.readouterr().out
    assert main(["timeline", *common, "--side", "cambodian"]) == 0
    assert capsys.readouterr().out == by_code and "KH 1" in by_code
    assert main(["timeline", *common, "--side", "armenian"]) == 2
    err = capsys.readouterr().err
    assert "unknown side 'armenian'" in err and "thai (TH), cambodian (KH)" in err
    assert main(["feeds", *common]) == 0
    out = capsys.readouterr().out
    assert "Bangkok Desk  [TH thai]" in out and "Phnom Penh Wire  [KH cambodian]" in out


def test_exports_show_the_profiles_codes(polled, tmp_path, capsys):
    feeds, db = polled
    common = ["--feeds", str(feeds), "--db", str(db), "--generated", "2025-08-01T00:00:00Z"]
    md = tmp_path / "t.md"
    assert main(["export", *common, "--out", str(md)]) == 0
    text = md.read_text(encoding="utf-8")
    assert "(TH thai, 2025-07-28 12:00 UTC)" in text
    assert "(KH cambodian, 2025-07-28 13:00 UTC)" in text
    out = tmp_path / "t.json"
    assert main(["export", *common, "--format", "json", "--out", str(out), "--side", "TH"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["filter"]["side"] == "thai"
    assert data["sides"]["thai"] == {"code": "TH", "colour": "#e0703a"}
    assert data["sides"]["cambodian"]["code"] == "KH"
    assert list(data["sides"])[-1] == "other"
    truce = next(e for e in data["entries"] if e["kind"] == "truce_agreed")
    assert truce["sides"] == {"cambodian": 1, "thai": 1}
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(
        (Path(__file__).resolve().parents[2] / "tui/schemas/timeline.schema.json").read_text()
    )
    jsonschema.validate(data, schema)


def test_opml_export_and_import_carry_the_profiles_sides(tmp_path, capsys):
    feeds = write_thai_cambodian(tmp_path)
    opml = tmp_path / "out.opml"
    assert main(["feeds", "export", "--feeds", str(feeds), "--out", str(opml)]) == 0
    assert main(["feeds", "export", "--feeds", str(feeds)]) == 0
    # local files are not exported; an http feed is, with its side's name and code
    text = feeds.read_text(encoding="utf-8") + (
        '\n[[feeds]]\nname = "Khmer Net"\nurl = "https://kh.example/rss"\nside = "cambodian"\n'
    )
    feeds.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["feeds", "export", "--feeds", str(feeds), "--out", str(opml)]) == 0
    assert 'category="cambodian,KH"' in opml.read_text(encoding="utf-8")
    # into a new feeds.toml of the same profile: the side comes back from the code
    target = tmp_path / "new" / "feeds.toml"
    target.parent.mkdir()
    target.write_text(f'[settings]\nprofile = "{THAI_CAMBODIA}"\n', encoding="utf-8")
    assert main(["feeds", "import", "--feeds", str(target), str(opml), "--side", "TH"]) == 0
    assert "added: Khmer Net  [KH cambodian]" in capsys.readouterr().out
    assert [f.side for f in load_config(target).feeds] == ["cambodian"]


async def test_the_app_shows_the_profiles_codes_and_colours(polled):
    feeds, db = polled
    config = load_config(feeds)
    app = ConflictApp(db_path=db, config=config)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        # spaced, or closed up (`TH1 KH1`) where a long title needs the room
        assert "TH 1 · KH 1" in text or "TH1 KH1" in text
        # each code in its profile colour (the app activated the config's sides)
        assert str(side_text("thai").style) == "#e0703a"
        assert str(side_text("cambodian").style) == "#3a8fd6"
        # the filter dialog offers the profile's sides, code first
        options = [(label.plain, value) for label, value in side_options()]
        assert options[:2] == [("TH  thai", "thai"), ("KH  cambodian", "cambodian")]
        assert options[-1] == ("OT  other", "other")
        await pilot.press("3")  # the feeds screen
        await pilot.pause()
        text = screen_text(app)
        assert "TH" in text and "KH" in text


def test_side_sets_fall_back_for_sides_the_profile_lacks():
    sides = SideSet(load_sides(THAI_CAMBODIA))
    assert sides.code("armenian") == "AR"  # an old row: its own letters, never another's
    assert sides.colour("armenian") == "#8a8a8a"
    assert sides.summary({"armenian": 1, "thai": 2}) == "TH 2 · AR 1"

"""TomlLines: the line of a table, an array entry or a key, for validators' error messages."""

from __future__ import annotations

from tui.tomllines import TomlLines

TEXT = """\
title = "x"
[settings]
timeout = 3
"match" = ["a"]

[settings.keymap]
"app.help" = "h"

[[feeds]]
name = "One"

[ [feeds] ]
[[ feeds ]]
url = "https://example.org/rss"
"""


def test_tables_entries_and_keys():
    lines = TomlLines(TEXT)
    assert lines.table("settings") == 2
    assert lines.table_key("settings", "timeout") == 3
    assert lines.table_key("settings", "match") == 4  # a quoted key
    assert lines.table_key("settings", "keymap") is None  # a sub-table, not a key
    assert lines.table_key("settings.keymap", "app.help") == 7
    assert lines.entry("feeds", 1) == 9
    assert lines.entry_key("feeds", 1, "name") == 10
    assert lines.entry("feeds", 2) == 13  # "[ [feeds] ]" is not an array header
    assert lines.entry_key("feeds", 2, "url") == 14
    assert lines.entry_key("feeds", 1, "url") is None  # stops at the next table
    assert lines.entry("feeds", 3) is None
    assert lines.entry_key("feeds", 3, "url") is None


def test_top_level_keys():
    lines = TomlLines(TEXT)
    assert lines.top_level("title") == 1
    assert lines.top_level("feeds") == 9
    assert lines.top_level("nothing") is None

"""Export escaping: feed text made literal for Markdown and HTML, links made safe."""

from __future__ import annotations

import pytest

from tests.export.helpers import GENERATED, HOSTILE_TITLE, NAMES, SPACEY_URL
from tui.export import (
    markdown_text,
    md_escape,
    md_escape_many,
    md_link,
    md_link_destination,
    md_link_destinations,
)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["plain", "also plain"],
        [HOSTILE_TITLE, None, "", "a\\b", "  spaced\tout  ", "bidi\u202eflip", "<b>x</b>"],
    ],
)
def test_escaping_many_is_escaping_each(texts):
    assert md_escape_many(texts) == [md_escape(text) for text in texts]


@pytest.mark.parametrize(
    "urls",
    [
        ["https://a.example/x", "https://b.example/y"],
        [SPACEY_URL, "https://a.example/(x)", "https://b.example/plain"],
        ["https://a.example/ü (x)", SPACEY_URL],
        ["https://a.example/a\x7fb", "https://a.example/`{|}^\\"],
    ],
)
def test_link_destinations_in_bulk_match_one_by_one(urls):
    assert md_link_destinations(urls) == [md_link_destination(url) for url in urls]


def test_hostile_link_and_outlet_are_text(fixed):
    store, _ = fixed
    text = markdown_text(store, generated=GENERATED, party_names=NAMES)
    assert "(link not shown: javascript:alert\\(1\\))" not in text  # parens need no escape
    assert "link not shown: javascript:alert(1)" in text
    assert "Hostile \\<i\\>Feed\\</i\\> \\*Outlet\\* \\[x\\](javascript:1)" in text


def test_md_escape_and_links():
    assert md_escape("a *b* [c](d) <e> & f_g `h` # ~i~ | $j$ \\") == (
        "a \\*b\\* \\[c\\](d) \\<e\\> \\& f\\_g \\`h\\` \\# \\~i\\~ \\| \\$j\\$ \\\\"
    )
    assert md_escape("line\nbreak\x1b[31m red") == "line break red"
    assert md_link("Out", "https://x.example/a b(c)") == "[Out](https://x.example/a%20b%28c%29)"
    assert md_link("Out", "file:///etc/passwd") == "Out (link not shown: file:///etc/passwd)"
    assert md_link("Out", None) == "Out"

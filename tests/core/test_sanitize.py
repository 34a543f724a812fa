"""Hostile feed text becomes plain, harmless text."""

from __future__ import annotations

import pytest

from tui.sanitize import clean_line, clean_text, html_to_text, safe_link


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        ("a\x1b[31mred\x1b[0m", "ared"),
        ("clip\x1b]52;c;SGVsbG8=\x07board", "clipboard"),
        ("title\x1b]0;pwned\x1b\\ bar", "title bar"),
        ("bidi \u202eevil\u202c text", "bidi evil text"),
        ("nul\x00 and bell\x07 and c1\x9b", "nul and bell and c1"),
        ("[bold]kept as text[/bold]", "[bold]kept as text[/bold]"),
        ("  spaced \n\t out  ", "spaced out"),
    ],
)
def test_clean_line_strips_controls_and_keeps_visible_text(raw, expected):
    assert clean_line(raw) == expected


def test_clean_text_keeps_paragraphs():
    assert clean_text("one\r\n\r\n\r\ntwo  words\n\x1b[2Jthree") == "one\n\ntwo words\nthree"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("http://news.example/", "http://news.example/"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("file:///etc/passwd", None),
        ("data:text/html,hi", None),
        ("//news.example/relative", None),
        ("https://", None),
        ("", None),
    ],
)
def test_only_http_links_survive(url, expected):
    assert safe_link(url) == expected


def test_html_becomes_text_without_scripts_or_styles():
    fragment = (
        "<p>First &amp; <b>bold</b></p><script>steal()</script><style>p{}</style>"
        "<ul><li>one</li><li>two</li></ul><img src=x onerror=alert(1)>"
    )
    assert html_to_text(fragment) == "First & bold\n\none\n\ntwo"


def test_stored_text_leaves_no_markup_from_nested_cdata_or_double_escaping():
    """Issue 16: a nested CDATA leaves `<script>` as text after one pass; not in the store."""
    from tui.sanitize import stored_line, stored_text

    residue = "<p>Baku says the truce was broken <script><![CDATA[steal()\n]]> at dawn"
    assert "<" not in stored_text(residue) and "steal" not in stored_text(residue)
    assert stored_text("&amp;lt;script&amp;gt;grab()&amp;lt;/script&amp;gt; Talks resumed") == (
        "Talks resumed"
    )
    assert stored_line("Fire \x1b[31mreported\x1b]0;owned\x07 near Tovuz") == (
        "Fire reported near Tovuz"
    )
    plain = "Casualties < 10 reported; AT&T and a<b unchanged"
    assert stored_text(plain) == plain
    assert stored_text(stored_text(residue)) == stored_text(residue)

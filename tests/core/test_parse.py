"""Golden feeds -> the exact records: RSS 2.0, Atom, RDF (RSS 1.0) and a broken feed.

The feeds in tests/fixtures/feeds/ are written for these tests. Each expected record is
spelled out whole, so any change in what the parser keeps (text, dates in UTC, links,
ids, the content hash that decides whether a stored item changed) shows here first.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from tui.parse import NotAFeedError, item_id, parse_feed, parsed_item_id
from tui.records import ParsedFeed, ParsedItem

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"


def parsed(name: str) -> ParsedFeed:
    return parse_feed((FEEDS / name).read_bytes())


def test_rss_2() -> None:
    assert parsed("rss2.xml") == ParsedFeed(
        title="Test Wire & Co",
        items=(
            ParsedItem(
                guid="wire-1",
                link="https://wire.example/news/1",
                title="Truce talks begin in Moscow",
                text="Foreign ministers met for talks late on Friday.",
                published="2020-10-09T15:30:00Z",  # +0300 made UTC
                content_hash="bef764d375517cc7739dff51d688b4d80987c1b4",
            ),
            ParsedItem(  # content:encoded is longer than the description: it wins
                guid=None,
                link="https://wire.example/news/2",
                title="Longer story in content",
                text="Short summary.\n\nA second paragraph says more.",
                published="2020-10-10T07:00:00Z",
                content_hash="c0805f05601bbe2c6710130675ea1465332b446d",
            ),
            ParsedItem(  # no title: the text's start; a javascript: link dropped; no date
                guid=None,
                link=None,
                title="An item with no title and no date, only a body.",
                text="An item with no title and no date, only a body.",
                published=None,
                content_hash="157cbc41a209f9d2b4fe4ee7c70ec22a18d5ab34",
            ),
        ),
        skipped_entries=1,  # the empty item
        problem=None,
    )


def test_atom() -> None:
    assert parsed("atom.xml") == ParsedFeed(
        title="Test Desk",
        items=(
            ParsedItem(  # an HTML title becomes plain text; published beats updated
                guid="urn:test:desk:1",
                link="https://desk.example/a/1",
                title="Shelling reported near Tartar",
                text="Officials said shells landed overnight.",
                published="2020-10-11T06:15:00Z",
                content_hash="ce0cc26bbdc8f9aa1ea9650176898b8b3b524e27",
            ),
            ParsedItem(  # only <updated>: that is the date
                guid="urn:test:desk:2",
                link="https://desk.example/a/2",
                title="Only an update time",
                text="Body from the content element.",
                published="2020-10-11T12:00:00Z",
                content_hash="9246a914b28dbbf3dea5e46a5aead6dcce215235",
            ),
        ),
    )


def test_rdf_rss_1() -> None:
    assert parsed("rdf.xml") == ParsedFeed(
        title="Test Bulletin",
        items=(
            ParsedItem(  # rdf:about is the id; dc:date the date
                guid="https://bulletin.example/b/1",
                link="https://bulletin.example/b/1",
                title="Prisoners exchanged",
                text="Both sides handed over prisoners on Monday.",
                published="2020-10-26T09:00:00Z",
                content_hash="10af1855c6a255d00303a6cbbf5d5297a46eb776",
            ),
        ),
    )


def test_a_broken_feed_keeps_what_it_could_read_and_says_why() -> None:
    feed = parsed("broken.xml")
    # the XML parser's own words (line and column) may vary between versions of expat
    assert feed.problem is not None and feed.problem.startswith("malformed feed: ")
    assert "not well-formed" in feed.problem
    assert dataclasses.replace(feed, problem=None) == ParsedFeed(
        title="Broken Feed",
        items=(
            ParsedItem(
                guid="broken-1",
                link="https://broken.example/1",
                title="First item survives",
                text="The markup after this item is cut off & unescaped.",
                published="2020-10-12T08:00:00Z",
                content_hash="4616e21ae11b1df0b8325676fb7a22d7ae42365a",
            ),
            ParsedItem(
                guid=None,
                link="https://broken.example/2",
                title="Second item cut short",
                text="",
                published=None,
                content_hash="cce52d3c42650b14fde21ece83887329ed8f2b17",
            ),
        ),
    )


def test_the_content_hash_covers_what_is_shown() -> None:
    [first, *_] = parsed("rss2.xml").items
    basis = "\0".join((first.title, first.text, first.link or "", first.published or ""))
    assert first.content_hash == hashlib.sha1(basis.encode()).hexdigest()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty response"),
        (b"<!doctype html><html><body>hello</body></html>", "an HTML page"),
    ],
)
def test_a_body_that_is_no_feed_raises(body: bytes, reason: str) -> None:
    with pytest.raises(NotAFeedError, match=reason):
        parse_feed(body)


def test_the_item_id_is_feed_and_guid_else_link_else_title_and_date() -> None:
    """Computed in one place (tui.parse), which the store keys its rows by."""
    feed = "https://wire.example/rss"
    [with_guid, with_link, bare] = parsed("rss2.xml").items
    assert parsed_item_id(feed, with_guid) == item_id(feed, "wire-1", "other", "x", "")
    assert parsed_item_id(feed, with_link) == item_id(
        feed, None, "https://wire.example/news/2", "any title", "any date"
    )
    assert parsed_item_id(feed, bare) == item_id(feed, None, None, bare.title, "")
    assert parsed_item_id(feed, with_guid) != parsed_item_id("https://other/rss", with_guid)
    assert len(parsed_item_id(feed, with_guid)) == 20


# Text that expat hands over in many pieces when unbuffered: entities, escaped HTML,
# character references, CDATA beside text, XHTML content, a long body past one buffer.
_PIECES_FEED = (
    """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Pieces &amp; Parts &#8212; a test</title><link>https://pieces.example/</link>
<item><guid>p-1</guid><link>https://pieces.example/1</link>
<title>Shelling &quot;reported&quot; near Tartar &#x2014; ministry</title>
<description>&lt;p&gt;Armenia&amp;rsquo;s ministry said &lt;b&gt;two&lt;/b&gt; villages were
hit.&lt;/p&gt;&lt;p&gt;Baku denied it &amp;amp; blamed Yerevan.&lt;/p&gt;</description>
<pubDate>Sat, 10 Oct 2020 08:00:00 +0300</pubDate></item>
<item><guid>p-2</guid><link>https://pieces.example/2</link>
<title>Talks <![CDATA[in]]> Moscow</title>
<description>Before <![CDATA[<p>Ministers &amp; aides met</p>]]>
after &lt;i&gt;it&lt;/i&gt;</description>
<content:encoded><![CDATA[<p>One</p>]]><![CDATA[<p>Two &amp; three</p>]]></content:encoded>
<pubDate>Sun, 11 Oct 2020 09:30:00 GMT</pubDate></item>
<item><guid>p-3</guid><link>https://pieces.example/3</link><title>Long</title>
<description>"""
    + "&lt;p&gt;Karabakh report &amp;middot; line&lt;/p&gt;\n" * 400
    + """</description><pubDate>Mon, 12 Oct 2020 10:00:00 GMT</pubDate></item>
</channel></rss>"""
)
_PIECES_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/">
<title type="html">Atom &amp;amp; pieces</title><id>urn:pieces</id>
<updated>2020-10-12T10:00:00Z</updated>
<entry><id>urn:a1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A
<b>bold</b> &amp; <i>plain</i> title</div></title><link href="a1"/>
<updated>2020-10-12T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Shelling &lt;near&gt;
Stepanakert &#169;</p><p>Second &amp; last</p></div></content></entry>
</feed>"""


def _all_feeds() -> list[bytes]:
    from tui.config import DEMO_DIR

    bodies = [p.read_bytes() for p in sorted(FEEDS.glob("*.xml"))]
    bodies += [p.read_bytes() for p in sorted(DEMO_DIR.glob("*.xml"))]
    return [*bodies, _PIECES_FEED.encode(), _PIECES_ATOM.encode()]


def test_the_buffered_xml_reader_changes_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """feedparser reads through expat with buffered text (fewer, larger text events):
    every fixture and demo feed, and feeds made of entities and CDATA, parse to the same
    records as with feedparser's own reader."""
    import xml.sax

    import feedparser.api

    drivers = feedparser.api.PREFERRED_XML_PARSERS
    assert type(xml.sax.make_parser(drivers)).__name__ == "_BufferedExpatReader"
    buffered = [parse_feed(body) for body in _all_feeds()]
    monkeypatch.setattr(feedparser.api, "PREFERRED_XML_PARSERS", ["drv_libxml2"])
    assert type(xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)).__name__ == (
        "ExpatParser"
    )
    plain = [parse_feed(body) for body in _all_feeds()]
    assert buffered == plain
    assert sum(len(feed.items) for feed in plain) > 20

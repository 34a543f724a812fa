"""JSON Feed 1.1 (and 1.0) read as well as RSS and Atom, directly and over HTTP."""

from __future__ import annotations

import json

import pytest

from tests.feedserver import Reply
from tui.config import load_config
from tui.parse import NotAFeedError, parse_feed
from tui.polling import poll


def json_feed(items: list[dict], version: str = "https://jsonfeed.org/version/1.1") -> bytes:
    return json.dumps({"version": version, "title": "Wire <b>JSON</b>", "items": items}).encode()


ITEMS = [
    {
        "id": "a1",
        "url": "https://news.example/a1",
        "title": "Truce talks in Moscow",
        "content_html": "<p>The foreign ministers <b>met</b> for talks.</p>",
        "summary": "Short.",
        "date_published": "2020-10-09T23:30:00+03:00",
    },
    {
        "id": 7,
        "title": "Shelling reported near Tartar",
        "content_text": "Plain text body about the shelling.",
        "date_modified": "2020-10-10T08:00:00Z",
    },
    {"id": "empty"},  # nothing to show: skipped and counted
    "not an object",
]


def test_json_feed_items_become_parsed_items():
    parsed = parse_feed(json_feed(ITEMS), content_type="application/feed+json")
    assert parsed.title == "Wire JSON"
    first, second = parsed.items
    assert (first.guid, first.link, first.title) == (
        "a1",
        "https://news.example/a1",
        "Truce talks in Moscow",
    )
    assert first.text == "The foreign ministers met for talks."
    assert first.published == "2020-10-09T20:30:00Z"
    assert (second.guid, second.link, second.published) == ("7", None, "2020-10-10T08:00:00Z")
    assert second.text == "Plain text body about the shelling."
    assert parsed.skipped_entries == 2


def test_json_feed_is_recognised_without_a_media_type():
    parsed = parse_feed(json_feed(ITEMS[:1], "https://jsonfeed.org/version/1"))
    assert [i.guid for i in parsed.items] == ["a1"]


def test_broken_json_is_not_a_feed():
    with pytest.raises(NotAFeedError):
        parse_feed(
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
            content_type="application/feed+json",
        )
    with pytest.raises(NotAFeedError):
        parse_feed(b'{"hello": 1}', content_type="application/json")


def test_a_json_feed_polled_over_http(feed_server, store, tmp_path):
    url = feed_server.add(
        "/feed.json",
        Reply(body=json_feed(ITEMS), headers={"Content-Type": "application/feed+json"}),
    )
    path = tmp_path / "feeds.toml"
    path.write_text(f'[[feeds]]\nname = "JSON wire"\nurl = "{url}"\nside = "western"\n')
    report = poll(load_config(path), store)
    assert (report.count("ok"), report.new) == (1, 2)
    titles = {row["title"] for row in store.newest_items(10)}
    assert titles == {"Truce talks in Moscow", "Shelling reported near Tartar"}

"""The feed keys `full_text`, `user_agent` and `headers`: read, defaulted, refused when wrong."""

from __future__ import annotations

import pytest

from tui.config import parse_config
from tui.errors import ConfigError

FEED = '[[feeds]]\nname = "Wire"\nurl = "https://wire.example/rss"\nside = "western"\n'


def test_defaults_when_left_out():
    feed = parse_config(FEED).feeds[0]
    assert (feed.full_text, feed.user_agent, feed.headers) == (False, None, ())


def test_the_keys_are_read():
    feed = parse_config(
        FEED + 'full_text = true\nuser_agent = " Reader/1 "\n'
        'headers = { "X-Api-Key" = "k1", Cookie = "consent=yes" }\n'
    ).feeds[0]
    assert feed.full_text is True
    assert feed.user_agent == "Reader/1"
    assert feed.headers == (("X-Api-Key", "k1"), ("Cookie", "consent=yes"))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('full_text = "yes"', "full_text': must be true or false"),
        ("user_agent = 3", "user_agent': must be a non-empty string"),
        ('user_agent = "a\\u001b[31m"', "user_agent': must be a non-empty string on one line"),
        ('headers = ["X"]', "headers': must be a table"),
        ('headers = { "Bad Name" = "x" }', "not a valid header name"),
        ('headers = { Host = "x" }', "set by the HTTP client"),
        ('headers = { X-A = "one\\ntwo" }', "must be a string on one line"),
        ("headers = { X-A = 1 }", "must be a string on one line"),
    ],
)
def test_wrong_values_are_refused_with_file_feed_key_and_line(extra, message):
    with pytest.raises(ConfigError) as caught:
        parse_config(FEED + extra + "\n")
    text = str(caught.value)
    assert message in text and "feed 1" in text and ":5:" in text

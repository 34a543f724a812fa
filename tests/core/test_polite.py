"""Polite, robust fetching against the loopback server: per-feed headers and agent, one
retry on a reset or a 5xx, Retry-After honoured on 429/503, a browser agent after a 403."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from tests.feedserver import Reply, rss, simple_items
from tui.cli import run_poll
from tui.config import Config, load_config
from tui.poller import BROWSER_USER_AGENT, retry_after_time
from tui.polling import poll


@pytest.fixture
def feeds_toml(tmp_path: Path):
    """A feeds.toml of one feed with extra lines under it."""

    def write(url: str, extra: str = "", settings: str = "timeout = 5") -> Config:
        path = tmp_path / "feeds.toml"
        path.write_text(
            f'[settings]\n{settings}\n[[feeds]]\nname = "Wire"\nurl = "{url}"\n'
            f'side = "western"\n{extra}\n',
            encoding="utf-8",
        )
        return load_config(path)

    return write


def test_per_feed_headers_and_user_agent_are_sent(feed_server, store, feeds_toml):
    url = feed_server.add("/feed", Reply(body=rss(simple_items(2))))
    config = feeds_toml(
        url, 'user_agent = "ExampleReader/2.0"\nheaders = { "X-Api-Key" = "k1", Cookie = "ok=1" }'
    )
    report = poll(config, store)
    assert report.count("ok") == 1
    sent = feed_server.requests[0][1]
    assert (sent["user-agent"], sent["x-api-key"], sent["cookie"]) == (
        "ExampleReader/2.0",
        "k1",
        "ok=1",
    )


def test_a_5xx_is_tried_once_more(feed_server, store, feeds_toml):
    answers = iter([Reply(502), Reply(body=rss(simple_items(3)))])
    url = feed_server.add("/flaky", lambda _h: next(answers))
    report = poll(feeds_toml(url), store)
    assert (report.count("ok"), report.new, feed_server.hits("/flaky")) == (1, 3, 2)


def test_a_5xx_twice_is_an_error_after_two_tries(feed_server, store, feeds_toml):
    url = feed_server.add("/down", Reply(500))
    report = poll(feeds_toml(url), store)
    assert report.outcomes[0].error == "HTTP 500 Internal Server Error"
    assert feed_server.hits("/down") == 2


def test_a_reset_connection_is_tried_once_more(feed_server, store, feeds_toml):
    answers = iter([Reply(reset=True), Reply(body=rss(simple_items(1)))])
    url = feed_server.add("/reset", lambda _h: next(answers))
    report = poll(feeds_toml(url), store)
    assert (report.count("ok"), feed_server.hits("/reset")) == (1, 2)


def test_a_404_is_not_retried(feed_server, store, feeds_toml):
    url = feed_server.add("/gone", Reply(404))
    poll(feeds_toml(url), store)
    assert feed_server.hits("/gone") == 1


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_skips_the_feed_until_then(feed_server, store, feeds_toml, status):
    url = feed_server.add("/busy", Reply(status, headers={"Retry-After": "600"}))
    config = feeds_toml(url)
    first = poll(config, store)
    outcome = first.outcomes[0]
    assert outcome.status == "error" and "skipped until" in outcome.error
    assert feed_server.hits("/busy") == 1  # no retry: the server said when
    until = store.retry_after(url)
    expected = datetime.now(UTC) + timedelta(seconds=600)
    assert abs(datetime.fromisoformat(until) - expected) < timedelta(seconds=5)

    console = Console(record=True, width=200)
    second = run_poll(config, store, console)
    assert second.outcomes[0].status == "deferred"
    assert not second.all_failed
    assert feed_server.hits("/busy") == 1  # not asked again
    printed = console.export_text()
    assert f"skipped until {until[:16].replace('T', ' ')} UTC" in printed
    assert "1 waiting (Retry-After)" in printed

    store.set_retry_after(url, "2000-01-01T00:00:00Z")  # the time has come
    feed_server.add("/busy", Reply(body=rss(simple_items(2))))
    third = poll(config, store)
    assert (third.count("ok"), store.retry_after(url)) == (1, None)


def test_retry_after_as_an_http_date(feed_server, store, feeds_toml):
    when = datetime.now(UTC) + timedelta(hours=2)
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    url = feed_server.add("/date", Reply(503, headers={"Retry-After": stamp}))
    poll(feeds_toml(url), store)
    assert store.retry_after(url) == when.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_retry_after_values():
    now = datetime(2020, 10, 10, 8, 0, tzinfo=UTC)
    assert retry_after_time("120", now) == "2020-10-10T08:02:00Z"
    assert retry_after_time("Sat, 10 Oct 2020 09:00:00 GMT", now) == "2020-10-10T09:00:00Z"
    assert retry_after_time("9999999", now) == "2020-10-11T08:00:00Z"  # a day at most
    assert retry_after_time("Sat, 10 Oct 2020 07:00:00 GMT", now) is None  # past
    assert retry_after_time("soon", now) is None
    assert retry_after_time(None, now) is None


def test_a_403_is_tried_once_with_a_browser_agent(feed_server, store, feeds_toml):
    def route(headers):
        if headers.get("user-agent", "").startswith("Mozilla/"):
            return Reply(body=rss(simple_items(2)))
        return Reply(403)

    url = feed_server.add("/cdn", route)
    report = poll(feeds_toml(url), store)
    assert (report.count("ok"), report.new) == (1, 2)
    agents = [h["user-agent"] for p, h in feed_server.requests if p == "/cdn"]
    assert agents[0].startswith("conflict-tui/") and agents[1] == BROWSER_USER_AGENT


def test_a_403_twice_is_an_error(feed_server, store, feeds_toml):
    url = feed_server.add("/deny", Reply(403))
    report = poll(feeds_toml(url), store)
    assert report.outcomes[0].error == "HTTP 403 Forbidden"
    assert feed_server.hits("/deny") == 2

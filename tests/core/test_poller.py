"""The poller against a real HTTP server on 127.0.0.1: every way a feed can behave."""

from __future__ import annotations

import time

from tests.feedserver import Reply, rss, simple_items
from tui.polling import poll
from tui.store import Store


def test_first_poll_stores_every_item_with_feed_status_ok(feed_server, store, write_feeds):
    url = feed_server.add("/feed", Reply(body=rss(simple_items(5))))
    config = write_feeds([("Wire", url, "western")])

    report = poll(config, store)

    assert (report.count("ok"), report.new) == (1, 5)
    feed = store.feeds()[0]
    assert (feed["last_status"], feed["item_count"], feed["last_error"]) == ("ok", 5, None)
    titles = {row["title"] for row in store.newest_items(10)}
    assert titles == {f"Karabakh report {n}" for n in range(5)}
    assert "conflict-tui" in feed_server.requests[0][1]["user-agent"]


def test_etag_gives_a_304_and_keeps_items(feed_server, store, write_feeds):
    def route(headers):
        if headers.get("if-none-match") == '"v1"':
            return Reply(304)
        return Reply(body=rss(simple_items(3)), headers={"ETag": '"v1"'})

    url = feed_server.add("/etag", route)
    config = write_feeds([("Wire", url, "western")])
    poll(config, store)
    report = poll(config, store)

    assert report.outcomes[0].status == "not_modified"
    assert report.outcomes[0].http_status == 304
    assert store.feeds()[0]["last_status"] == "not_modified"
    assert store.count_items() == 3


def test_last_modified_gives_a_304(feed_server, store, write_feeds):
    stamp = "Sat, 10 Oct 2020 08:00:00 GMT"

    def route(headers):
        if headers.get("if-modified-since") == stamp:
            return Reply(304)
        return Reply(body=rss(simple_items(2)), headers={"Last-Modified": stamp})

    config = write_feeds([("Wire", feed_server.add("/lm", route), "western")])
    poll(config, store)
    report = poll(config, store)

    assert report.outcomes[0].status == "not_modified"
    assert feed_server.requests[-1][1]["if-modified-since"] == stamp


def test_same_bytes_again_are_not_parsed_twice(feed_server, store, write_feeds):
    config = write_feeds(
        [("Wire", feed_server.add("/same", Reply(body=rss(simple_items(4)))), "western")]
    )
    poll(config, store)
    report = poll(config, store)
    assert report.outcomes[0].status == "not_modified"
    assert report.new == report.updated == 0


def test_permanent_and_temporary_redirects_are_followed(feed_server, store, write_feeds):
    feed_server.add("/real", Reply(body=rss(simple_items(2))))
    moved = feed_server.add("/moved", Reply(301, headers={"Location": "/real"}))
    found = feed_server.add("/found", Reply(302, headers={"Location": feed_server.url("/real")}))
    config = write_feeds([("Moved", moved, "western"), ("Found", found, "russian")])

    report = poll(config, store)

    assert [o.status for o in report.outcomes] == ["ok", "ok"]
    assert report.new == 4  # each feed keeps its own copy of the items


def test_redirect_loop_is_reported(feed_server, store, write_feeds):
    loop = feed_server.add("/loop", Reply(302, headers={"Location": "/loop"}))
    report = poll(write_feeds([("Loop", loop, "other")]), store)
    assert report.outcomes[0].error == "more than 5 redirects"


def test_http_errors_are_recorded_and_old_items_survive(feed_server, store, write_feeds):
    state = {"status": 200}

    def route(_headers):
        if state["status"] != 200:
            return Reply(state["status"], b"oops")
        return Reply(body=rss(simple_items(3)))

    config = write_feeds([("Flaky", feed_server.add("/flaky", route), "western")])
    poll(config, store)
    for status, reason in ((404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")):
        state["status"] = status
        report = poll(config, store)
        assert report.outcomes[0].error == reason
        feed = store.feeds()[0]
        assert (feed["last_status"], feed["last_error"]) == ("error", reason)
        assert store.count_items() == 3


def test_a_server_that_never_answers_times_out(feed_server, store, write_feeds):
    hang = feed_server.add("/hang", Reply(body=rss(simple_items(1)), delay=30))
    config = write_feeds([("Hang", hang, "western")], settings="timeout = 0.5")
    started = time.perf_counter()
    report = poll(config, store)
    assert time.perf_counter() - started < 5
    assert report.outcomes[0].error == "timed out after 0.5 s"


def test_body_over_the_size_cap_is_refused_while_streaming(feed_server, store, write_feeds):
    big = rss(simple_items(400))
    huge = feed_server.add("/huge", Reply(body=big))
    config = write_feeds([("Huge", huge, "western")], settings="max_bytes = 20000")
    report = poll(config, store)
    assert report.outcomes[0].error == "larger than the 0.02 MB cap"
    assert store.count_items() == 0


def test_gzip_bodies_are_decoded(feed_server, store, write_feeds):
    url = feed_server.add("/gz", Reply(body=rss(simple_items(3)), gzip=True))
    report = poll(write_feeds([("Gz", url, "western")]), store)
    assert report.new == 3
    assert "gzip" in feed_server.requests[0][1]["accept-encoding"]


def test_malformed_feed_still_yields_its_entries(feed_server, store, write_feeds):
    broken = rss(simple_items(2)).replace(b"</channel></rss>", b"<item><title>Karabakh & co")
    url = feed_server.add("/bozo", Reply(body=broken))
    report = poll(write_feeds([("Bozo", url, "western")]), store)
    outcome = report.outcomes[0]
    assert outcome.status == "ok" and outcome.new >= 2
    assert outcome.problem and outcome.problem.startswith("malformed feed")
    assert store.feeds()[0]["last_error"].startswith("malformed feed")


def test_an_html_page_is_not_a_feed(feed_server, store, write_feeds):
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    url = feed_server.add("/page", Reply(body=page, headers={"Content-Type": "text/html"}))
    report = poll(write_feeds([("Page", url, "western")]), store)
    assert report.outcomes[0].status == "error"
    assert "HTML page, not a feed" in report.outcomes[0].error


def test_duplicate_guids_keep_one_item(feed_server, store, write_feeds):
    items = simple_items(3)
    items.append(dict(items[0], title="Karabakh report 0 again"))
    url = feed_server.add("/dups", Reply(body=rss(items)))
    report = poll(write_feeds([("Dups", url, "western")]), store)
    assert report.new == 3
    assert report.outcomes[0].duplicates == 1


def test_hostile_text_is_stored_clean(feed_server, store, write_feeds):
    hostile = [
        {
            "title": "[bold]Karabakh[/bold] \x1b[31mred\x1b[0m \u202eevil",
            "link": "javascript:alert(1)",
            "guid": "h1",
            "description": "&lt;script&gt;x()&lt;/script&gt;"
            "&lt;p&gt;Armenia &lt;b&gt;said&lt;/b&gt;&lt;/p&gt;\x1b]52;c;SGVsbG8=\x07",
        }
    ]
    body = rss(hostile).replace(b"\x1b", b"&#27;")  # XML forbids a raw ESC; entities carry it
    url = feed_server.add("/hostile", Reply(body=body))
    poll(write_feeds([("Hostile", url, "western")]), store)
    row = store.newest_items(1)[0]
    assert row["title"] == "[bold]Karabakh[/bold] red evil"
    assert row["link"] is None
    assert row["text"] == "Armenia said"
    assert "\x1b" not in row["title"] + row["text"]


def test_read_and_starred_marks_survive_a_repoll_with_changes(feed_server, store, write_feeds):
    state = {"items": simple_items(3)}
    url = feed_server.add("/marks", lambda _h: Reply(body=rss(state["items"])))
    config = write_feeds([("Marks", url, "western")])
    poll(config, store)
    first = store.newest_items(10)
    store.set_read([first[0]["id"]])
    store.set_starred(first[1]["id"], True)

    changed = [dict(item, description="Updated text about Karabakh") for item in state["items"]]
    state["items"] = changed[1:] + simple_items(1, start=10)  # one dropped, one new
    report = poll(config, store)

    assert (report.new, report.updated) == (1, 2)
    rows = {row["id"]: row for row in store.newest_items(10)}
    assert len(rows) == 4  # the dropped item is kept
    assert rows[first[0]["id"]]["read"] == 1
    assert rows[first[1]["id"]]["starred"] == 1


def test_twenty_feeds_one_hanging_the_rest_finish(feed_server, store, write_feeds):
    feeds = []
    for n in range(20):
        delay = 30 if n == 7 else 0.05
        url = feed_server.add(
            f"/f{n}", Reply(body=rss(simple_items(3, prefix=f"Karabakh {n}")), delay=delay)
        )
        feeds.append((f"Feed {n}", url, "western"))
    config = write_feeds(feeds, settings="timeout = 1.5\nconcurrency = 8")
    started = time.perf_counter()
    report = poll(config, store)
    elapsed = time.perf_counter() - started

    assert report.count("ok") == 19
    assert [o.feed.name for o in report.outcomes if o.status == "error"] == ["Feed 7"]
    assert report.new == 57
    assert elapsed < 6


class InFlight:
    """Counts the requests a server is answering at once (now, and the most seen)."""

    def __init__(self) -> None:
        import threading

        self.lock = threading.Lock()
        self.now = self.most = 0

    def route(self, delay: float = 0.1, also: InFlight | None = None):
        """A slow route that counts itself here (and in `also`, e.g. a global count)."""

        def slow(_headers: dict[str, str]) -> Reply:
            for counter in (self, also):
                if counter is not None:
                    with counter.lock:
                        counter.now += 1
                        counter.most = max(counter.most, counter.now)
            time.sleep(delay)
            for counter in (self, also):
                if counter is not None:
                    with counter.lock:
                        counter.now -= 1
            return Reply(body=rss(simple_items(1, prefix="Karabakh")))

        return slow


def test_one_origin_gets_at_most_per_origin_requests_at_once(
    feed_server, store, write_feeds, monkeypatch
):
    """The global cap is `concurrency`; one site never sees more than PER_ORIGIN at once."""
    from tui import poller

    monkeypatch.setattr(poller, "PER_ORIGIN", 3)
    seen = InFlight()
    feeds = [(f"Feed {n}", feed_server.add(f"/h{n}", seen.route()), "western") for n in range(9)]
    config = write_feeds(feeds, settings="timeout = 5\nconcurrency = 32")
    report = poll(config, store)
    assert report.count("ok") == 9
    assert seen.most == 3


def test_each_origin_has_its_own_limit_under_the_global_cap(
    feed_server, store, write_feeds, monkeypatch
):
    """Two servers on 127.0.0.1 (two ports: two origins, as a connection pool counts them):
    each gets at most PER_ORIGIN at once, both are served at the same time, and all of
    them together never more than `concurrency`."""
    from tests.feedserver import FeedServer
    from tui import poller

    monkeypatch.setattr(poller, "PER_ORIGIN", 3)
    with FeedServer() as other:
        both = InFlight()
        first, second = InFlight(), InFlight()
        feeds = []
        for n in range(8):
            feeds.append((f"A{n}", feed_server.add(f"/a{n}", first.route(also=both)), "western"))
            # the same origin spelled differently still counts as that origin
            base = other.base.upper() if n % 2 else other.base
            other.add(f"/b{n}", second.route(also=both))
            feeds.append((f"B{n}", f"{base}/b{n}", "russian"))
        report = poll(write_feeds(feeds, settings="timeout = 5\nconcurrency = 32"), store)
        assert report.count("ok") == 16
        assert (first.most, second.most) == (3, 3)
        assert both.most == 6  # the two origins were fetched side by side

        together = InFlight()
        third = [(f"C{n}", other.add(f"/c{n}", together.route()), "other") for n in range(4)] + [
            (f"D{n}", feed_server.add(f"/d{n}", together.route()), "other") for n in range(4)
        ]
        report = poll(write_feeds(third, settings="timeout = 5\nconcurrency = 2"), store)
        assert report.count("ok") == 8
        assert together.most == 2  # the global cap holds across origins


def test_topic_filter_skips_and_counts_off_topic_items(feed_server, store, write_feeds):
    items = [
        *simple_items(2),
        {"title": "Football results", "guid": "x1", "description": "Nothing relevant"},
        {"title": "Markets", "guid": "x2", "description": "Stocks in Azerbaijani manat"},
    ]
    url = feed_server.add("/topic", Reply(body=rss(items)))
    config = write_feeds([("Topic", url, "western")], settings='match = ["Karabakh", "Azerbaijan"]')
    report = poll(config, store)
    assert (report.new, report.skipped_topic) == (3, 1)


def test_connection_refused_is_one_clear_line(store, write_feeds):
    report = poll(write_feeds([("Down", "http://127.0.0.1:9/feed", "western")]), store)
    assert report.outcomes[0].error == "connection refused (is the server up?)"
    assert report.all_failed


def test_the_same_link_in_two_feeds_is_marked_duplicate(feed_server, store, write_feeds):
    shared = simple_items(1)
    a = feed_server.add("/a", Reply(body=rss(shared)))
    b = feed_server.add("/b", Reply(body=rss([dict(shared[0], guid="other-guid")])))
    poll(write_feeds([("A", a, "russian"), ("B", b, "western")]), store, parallel=False)
    rows = store.newest_items(5)
    assert len(rows) == 2
    assert sorted(row["duplicate_of"] is None for row in rows) == [False, True]


def test_undated_item_keeps_its_first_guessed_date(feed_server, store, write_feeds, db_path):
    undated = [{"title": "Karabakh undated", "guid": "u1", "description": "Armenia"}]
    state = {"items": undated}
    url = feed_server.add("/undated", lambda _h: Reply(body=rss(state["items"])))
    config = write_feeds([("Undated", url, "western")])
    poll(config, store)
    first = store.newest_items(1)[0]
    assert first["date_guessed"] == 1
    time.sleep(1.1)
    state["items"] = [dict(undated[0], description="Armenia, updated")]
    poll(config, store)
    again = Store(db_path).newest_items(1)[0]
    assert again["text"] == "Armenia, updated"
    assert again["published"] == first["published"]


def test_the_tls_context_built_ahead_still_verifies_certificates():
    """Built in a thread at import (off the poll's path), it is httpx's own default:
    certificates and host names checked."""
    import ssl

    from tui import poller

    context = poller.tls_verify()
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0  # roots loaded

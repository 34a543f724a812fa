"""Full text of summary-only feeds, fetched from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from rich.console import Console

from tests.feedserver import Reply, rss
from tui.cli import run_poll
from tui.config import Config, load_config
from tui.fulltext import extract_main_text
from tui.polling import poll

# A news page as sites build them, written for this test: menus, a cookie notice, the
# article, related links and a footer.
ARTICLE = """<!doctype html><html><head><title>Moscow talks</title></head><body>
<nav class="menu"><ul><li><a href="/">Front page</a></li><li><a href="/politics">Politics
desk</a></li><li><a href="/sport">Sport results</a></li><li><a href="/weather">Weather
outlook</a></li></ul></nav>
<div id="cookie-consent" class="cookie-banner"><p>This website stores cookies on your
device. Press accept to continue browsing.</p><button>Accept all</button></div>
<main><article>
<h1>Talks in Moscow end after midnight</h1>
<p>Armenia and Azerbaijan agreed a humanitarian ceasefire from noon on Saturday, the
foreign ministers said after ten hours of talks in Moscow hosted by Russia.</p>
<p>The truce is meant to let both sides swap prisoners and recover the bodies of the
dead, with the Red Cross acting as go-between, according to a joint statement.</p>
<p>Further talks under the Minsk Group co-chairs are expected in the coming weeks, and
both delegations flew home before dawn.</p>
</article></main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Markets close lower
in quiet trading</a></li></ul></aside>
<footer><p>Copyright notice of the example newsroom. Contact the newsroom. Privacy
policy and terms of use.</p></footer>
</body></html>"""

BOILERPLATE = [
    "Front page",
    "Politics",
    "cookies",
    "Accept all",
    "Related stories",
    "Markets close",
    "Copyright",
    "Privacy",
]


def item(n: int, link: str | None, summary: str = "Ministers met for ten hours.") -> dict:
    entry = {
        "title": f"Talks in Moscow, report {n}",
        "description": summary,
        "guid": f"ft-{n}",
        "pubDate": "Sat, 10 Oct 2020 03:00:00 +0000",
    }
    if link:
        entry["link"] = link
    return entry


@pytest.fixture
def full_text_feed(feed_server, tmp_path: Path):
    """Serve a feed of these items with `full_text = true`; returns its Config."""

    body: dict[str, bytes] = {}

    def make(items: list[dict], settings: str = "timeout = 3", full_text: bool = True) -> Config:
        body["rss"] = rss(items)
        feed_server.add("/feed", lambda _h: Reply(body=body["rss"]))
        path = tmp_path / "feeds.toml"
        path.write_text(
            f'[settings]\n{settings}\n[[feeds]]\nname = "Wire"\n'
            f'url = "{feed_server.url("/feed")}"\nside = "western"\n'
            f"full_text = {'true' if full_text else 'false'}\n",
            encoding="utf-8",
        )
        return load_config(path)

    make.serve = lambda new_items: body.update(rss=rss(new_items))  # type: ignore[attr-defined]
    return make


def html(body: str = ARTICLE) -> Reply:
    return Reply(body=body.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def stored(store, guid: str) -> dict:
    row = next(r for r in store.newest_items(100) if r["guid"] == guid)
    return store.item(row["id"])


def test_the_article_body_is_stored_tagged_and_found_without_boilerplate(
    feed_server, store, full_text_feed
):
    link = feed_server.add("/article/1", html())
    report = poll(full_text_feed([item(1, link)]), store)

    assert report.outcomes[0].full_texts == 1
    row = stored(store, "ft-1")
    assert row["text"] == "Ministers met for ten hours."  # the summary stays beside it
    assert "agreed a humanitarian ceasefire from noon on Saturday" in row["full_text"]
    assert "go-between" in row["full_text"]
    for words in BOILERPLATE:
        assert words not in row["full_text"]
    assert row["full_text_error"] is None and row["full_text_fetched"]
    kinds = {t["kind"] for t in store.tags_for_item(row["id"])}
    assert {"truce_agreed", "exchange"} <= kinds  # only the body says so
    (hit,) = store.search_items("go-between")
    assert hit["id"] == row["id"] and "\x02go-between\x03" in hit["snippet"]  # from the article
    assert any(e["kind"] == "truce_agreed" for e in store.entries_page(0, 20))


def test_each_page_is_fetched_once_and_an_edit_keeps_the_full_text_tags(
    feed_server, store, full_text_feed
):
    link = feed_server.add("/article/1", html())
    config = full_text_feed([item(1, link)])
    poll(config, store)
    full_text_feed.serve([item(1, link, "Ministers met for eleven hours."), item(2, None)])
    report = poll(config, store)

    assert report.updated == 1 and report.new == 1
    assert feed_server.hits("/article/1") == 1
    row = stored(store, "ft-1")
    assert row["text"] == "Ministers met for eleven hours."
    assert "truce_agreed" in {t["kind"] for t in store.tags_for_item(row["id"])}
    assert store.item_versions(row["id"])[0]["text"] == "Ministers met for ten hours."


def test_failures_keep_the_summary_and_say_why(feed_server, store, full_text_feed):
    slow = feed_server.add("/slow", Reply(body=ARTICLE.encode(), delay=2.0))
    huge = feed_server.add("/huge", html(ARTICLE + "<p>" + "filler words " * 3000 + "</p>"))
    missing = feed_server.url("/missing")
    pdf = feed_server.add(
        "/paper.pdf", Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"})
    )
    empty = feed_server.add("/empty", html("<html><body><nav>Menu</nav></body></html>"))
    items = [
        item(1, slow),
        item(2, huge),
        item(3, missing),
        item(4, pdf),
        item(5, empty),
        item(6, None),
    ]
    console = Console(record=True, width=200)
    config = full_text_feed(items, settings="timeout = 1\nmax_bytes = 20_000")
    report = run_poll(config, store, console)
    assert "6 new, 0 updated, 0 full texts (6 pages failed)" in console.export_text()

    outcome = report.outcomes[0]
    assert (outcome.status, outcome.new, outcome.full_text_failures) == ("ok", 6, 6)
    reasons = {n: stored(store, f"ft-{n}")["full_text_error"] for n in range(1, 7)}
    assert reasons == {
        1: "timed out after 1 s",
        2: "larger than the 0.02 MB cap",
        3: "HTTP 404 Not Found",
        4: "not an HTML page (application/pdf)",
        5: "no article text found on the page",
        6: "no http(s) link to an article page",
    }
    for n in range(1, 7):
        row = stored(store, f"ft-{n}")
        assert row["full_text"] is None and row["text"] == "Ministers met for ten hours."
    assert {t["kind"] for t in store.tags_for_item(stored(store, "ft-1")["id"])} == {
        "diplomatic_call"
    }


def test_at_most_two_pages_at_a_time_per_host(feed_server, store, full_text_feed):
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def page(_headers):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        return html()

    links = [feed_server.add(f"/page/{n}", page) for n in range(6)]
    report = poll(full_text_feed([item(n, link) for n, link in enumerate(links)]), store)
    assert report.outcomes[0].full_texts == 6
    assert state["most"] == 2


def test_a_feed_without_the_key_fetches_no_pages(feed_server, store, full_text_feed):
    link = feed_server.add("/article/1", html())
    poll(full_text_feed([item(1, link)], full_text=False), store)
    assert feed_server.hits("/article/1") == 0
    assert stored(store, "ft-1")["full_text_fetched"] is None


def test_extraction_keeps_the_article_only():
    text = extract_main_text(ARTICLE.encode())
    assert text.startswith("Talks in Moscow end after midnight")
    assert "Minsk Group" in text and "\x1b" not in text
    assert not any(words in text for words in BOILERPLATE)
    assert extract_main_text(b"") == ""


def test_retag_reads_the_full_text(feed_server, store, full_text_feed):
    from tui.pipeline import retag_all

    link = feed_server.add("/article/1", html())
    config = full_text_feed([item(1, link)])
    poll(config, store)
    retag_all(store, config.settings.profile, workers=1)
    row = stored(store, "ft-1")
    assert "truce_agreed" in {t["kind"] for t in store.tags_for_item(row["id"])}


def test_a_tagger_crash_on_an_article_keeps_the_poll_and_the_summary(
    feed_server, store, full_text_feed, monkeypatch
):
    """Tagging an article page is that feed's problem only: the poll goes on, the items
    and their summaries' tags are stored, and the reason is said."""
    import tui.fulltext

    def crash(profile_path, rows):
        raise RuntimeError("tagger fell over")

    monkeypatch.setattr(tui.fulltext, "tag_full_texts", crash)
    link = feed_server.add("/article/1", html())
    report = poll(full_text_feed([item(1, link)]), store, parallel=False)

    [outcome] = report.outcomes
    assert outcome.status == "ok" and outcome.new == 1
    assert "full texts not tagged" in (outcome.problem or "")
    row = stored(store, "ft-1")
    assert row["text"] == "Ministers met for ten hours." and row["full_text"]

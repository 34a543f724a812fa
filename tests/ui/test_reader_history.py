"""The reader marks an edited item and shows what changed; it shows fetched full text."""

from __future__ import annotations

from tests.app_fixtures import assert_on_screen, open_reader, screen_text
from tui.records import ParsedItem
from tui.store import FullTextResult, Store


def edited_item(app) -> str:
    """An item whose headline and text changed once after it was first stored."""
    url = app.config.feeds[1].url

    def version(title: str, text: str) -> ParsedItem:
        return ParsedItem(
            guid="edited1",
            link="https://example.org/edited1",
            title=title,
            text=text,
            published="2020-11-11T08:00:00Z",
            content_hash=title + text,
        )

    with Store(app.db_path) as store:
        store.ingest(url, [version("Baku claims a strike", "Officials said a depot was hit.")])
        store.ingest(
            url, [version("Baku confirms a strike", "Officials said two depots were hit.")]
        )
        return next(r["id"] for r in store.newest_items(50) if r["title"].startswith("Baku conf"))


async def test_reader_marks_an_edited_item_and_shows_the_earlier_version(make_app):
    app = make_app()
    item = edited_item(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reader(app, pilot, item)
        assert_on_screen(
            app,
            "edited (1 earlier version)",
            "Edited: 1 earlier version",
            "title was: Baku claims a strike",
            "Officials said two depots were hit.",
        )
        history = app.screen.query_one("#reader-history").content
        struck = [history.plain[s.start : s.end] for s in history.spans if "strike" in str(s.style)]
        assert "Baku claims a strike" in struck
        assert "a depot was" in struck  # the words the edit replaced


async def test_reader_shows_full_text_and_a_failed_fetch(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        full, failed = app.ids["az3"], app.ids["ru3"]
        store.save_full_texts(
            [
                FullTextResult(full, text="The whole article body, fetched from its page."),
                FullTextResult(failed, error="timed out after 3 s"),
            ],
            {},
            fetched="2020-11-12T08:00:00Z",
        )
    async with app.run_test(size=(120, 40)) as pilot:
        await open_reader(app, pilot, full)
        text = assert_on_screen(
            app, "Full text from the article page", "The whole article body, fetched from its page."
        )
        assert "edited" not in text
        await pilot.press("escape")
        await open_reader(app, pilot, failed)
        assert "Summary only: the article page failed: timed out after 3 s" in screen_text(app)

"""The feeds screen: Enter shows a feed's items; feed names are cleaned."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.app_fixtures import press, screen_text, shown
from tui.config import load_config
from tui.screens.feeds import FeedsScreen
from tui.screens.items import ItemsScreen


async def test_enter_on_a_feed_shows_its_items(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await shown(pilot, FeedsScreen, "3")
        table = app.screen.query_one(DataTable)
        table.focus()
        await pilot.press("j", "enter")  # the second feed: Azertac
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        assert app.screen.item_filter.feed_url == app.config.feeds[1].url
        assert "feed: Azertac" in screen_text(app)


def test_feed_names_from_feeds_toml_are_cleaned(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nname = "[bold]Wire[/] \\u001b]52;c;aGk=\\u0007 \\u202eevil"\n'
        'url = "https://example.org/rss"\nside = "other"\n',
        encoding="utf-8",
    )
    name = load_config(path).feeds[0].name
    assert name == "[bold]Wire[/] evil"


LONG_ERROR = (
    "connection refused by the outlet's server after three attempts, which said it is "
    "down for maintenance until Monday"
)


async def test_statuses_in_words_and_errors_fit_80_columns(make_app):
    """`not modified`, not `not_modified`; at 80 columns the error is cut to the room left
    and shown whole under the table for the highlighted feed."""
    from tui.store import Store

    app = make_app()
    with Store(app.db_path) as store:
        store.record_poll(
            app.config.feeds[0].url, status="not_modified", polled="2020-11-12T09:00:00Z"
        )
        store.record_poll(
            app.config.feeds[1].url, status="error", error=LONG_ERROR, polled="2020-11-12T09:00:00Z"
        )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await press(pilot, "j")
        text = screen_text(app)
    assert "not modified" in text and "not_modified" not in text
    assert "failed" in text
    flat = " ".join(text.split())
    # the highlighted feed's error, whole, wrapped under the table
    assert "Azertac: connection refused by the outlet's server" in flat
    assert "down for maintenance until Monday" in flat

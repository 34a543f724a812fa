"""Regressions found in a review of the app by hand (tmux), each pinned by a Pilot test."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.app_fixtures import make_app_fixture, screen_text  # noqa: F401
from tui.screens.feeds import FeedsScreen
from tui.screens.items import ItemsScreen

SIZE = (140, 40)


async def test_enter_on_a_feed_shows_its_items(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, FeedsScreen)
        table = app.screen.query_one(DataTable)
        table.focus()
        await pilot.press("j", "enter")  # the second feed: Azertac
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ItemsScreen)
        assert app.screen.item_filter.feed_url == app.config.feeds[1].url
        assert "feed: Azertac" in screen_text(app)

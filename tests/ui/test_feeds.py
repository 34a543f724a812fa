"""The feeds screen: Enter shows a feed's items; feed names are cleaned."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.app_fixtures import screen_text
from tui.config import load_config
from tui.screens.feeds import FeedsScreen
from tui.screens.items import ItemsScreen


async def test_enter_on_a_feed_shows_its_items(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
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


def test_feed_names_from_feeds_toml_are_cleaned(tmp_path):
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nname = "[bold]Wire[/] \\u001b]52;c;aGk=\\u0007 \\u202eevil"\n'
        'url = "https://example.org/rss"\nside = "other"\n',
        encoding="utf-8",
    )
    name = load_config(path).feeds[0].name
    assert name == "[bold]Wire[/] evil"

"""The search screen: find and open, from any screen, snippets as spans, read marks
and undated items in the results."""

from __future__ import annotations

from tests.app_fixtures import UNDATED_TITLE, add_undated_item, press, screen_text, shown
from tui.screens.items import ItemsScreen
from tui.screens.reader import ReaderScreen
from tui.screens.search import SearchResults, SearchScreen
from tui.widgets.text import snippet_text

SIZE = (120, 36)


async def test_search_finds_and_opens(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2", "slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Ganja")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [r["id"] for r in app.screen.results] == [app.ids["az3"]]
        assert "1 match for “Ganja”" in screen_text(app)
        await pilot.press("enter")  # to the results
        await pilot.press("enter")  # open
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.item_id == app.ids["az3"]
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, ItemsScreen)


async def test_search_from_timeline_with_S(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "S")
        assert isinstance(app.screen, SearchScreen)


def test_snippet_markers_become_spans_not_markup():
    text = snippet_text("a \x02[bold]Ganja[/\x03 b \x1b[31m", match_style="reverse")
    assert text.plain == "a [bold]Ganja[/ b"
    assert [(text.plain[s.start : s.end], str(s.style)) for s in text.spans] == [
        ("[bold]Ganja[/", "reverse")
    ]


async def test_search_results_show_read_marks_made_in_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("S", *"Ganja")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        search = await shown(pilot, SearchScreen)
        assert search.results and not search.results[0]["read"]
        await shown(pilot, ReaderScreen, "enter", "enter")
        await pilot.press("q")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is search
        assert search.results[0]["read"] == 1
        assert search.query_one(SearchResults).highlighted == 0


async def test_search_results_show_undated(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("2", "slash", *"peacekeepers")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        text = screen_text(app)
        row = next(r for r in text.splitlines() if UNDATED_TITLE in r)
        assert "undated" in row
        assert "2026-11-28" not in text
        assert "2020-11-10" in text  # the dated peacekeepers item


async def test_search_finds_a_place_under_its_other_spellings(make_app, tmp_path):
    from tests.app_fixtures import write_feeds_toml
    from tui.config import DEFAULT_PROFILE
    from tui.records import ParsedItem
    from tui.store import Store

    titles = {
        "s1": "Shelling reported in Shushi overnight",
        "s2": "Spokeswoman Shushan Stepanyan briefs reporters",
    }
    app = make_app(config=write_feeds_toml(tmp_path, extra=f'profile = "{DEFAULT_PROFILE}"'))
    with Store(app.db_path) as store:
        store.ingest(
            app.config.feeds[0].url,
            [ParsedItem(k, None, t, "Body.", "2020-11-11T08:00:00Z", k) for k, t in titles.items()],
        )
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "2", "slash")
        await pilot.press(*"Shusha")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        found = [r["title"] for r in app.screen.results]
        assert found == [titles["s1"]]  # the profile's spelling, and not "Shushan"
        await pilot.press("asterisk")
        await pilot.pause(0.2)
        await app.workers.wait_for_complete()
        await pilot.pause()
        from textual.widgets import Input

        assert app.screen.query_one(Input).value == "Shusha*"
        assert [r["title"] for r in app.screen.results] == [titles["s2"]]  # a prefix, as asked

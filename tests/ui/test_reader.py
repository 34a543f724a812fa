"""The reader screen: tags with evidence, the one-line tag header, undated items,
scrolling and paging, and the jump from a tag's entry to the timeline."""

from __future__ import annotations

from textual.containers import VerticalScroll

from tests.app_fixtures import (
    add_undated_item,
    assert_on_screen,
    open_reader,
    press,
    screen_text,
    set_long_text,
    shown,
)
from tui.screens.reader import ReaderScreen
from tui.screens.timeline import TimelineScreen
from tui.store import Store

SIZE = (100, 34)


async def test_reader_shows_tags_with_evidence(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await open_reader(app, pilot, app.ids["az3"])
        assert_on_screen(
            app,
            "Armenia violated the truce, Baku says",
            "AZ Azertac (azerbaijani)",
            "Azerbaijan accuses Armenia",
            "9 civilians killed, according to Azerbaijan",
            "Truce violation claimed at Ganja",
        )
        body = app.screen.query_one("#reader-body").content
        spans = [body.plain[s.start : s.end] for s in body.spans]
        assert "Azerbaijan accused Armenia of violating the ceasefire in Ganja." in spans


async def test_reader_says_undated(make_app):
    app = make_app()
    undated = add_undated_item(app)
    async with app.run_test(size=(120, 34)) as pilot:
        await open_reader(app, pilot, undated)
        text = screen_text(app)
        assert "Published undated (no date in the feed; first seen 2026-11-28 04:34 UTC)" in text


async def open_reader_with_tag(app, pilot, rule: str, evidence: str) -> str:
    """Give the Russian peacekeeping item one tag with this rule, open it, return the screen."""
    with Store(app.db_path) as store:
        store.replace_tags(
            [
                (
                    app.ids["ru3"],
                    [
                        {
                            "kind": "peacekeeping",
                            "rule": rule,
                            "event_date": "2020-11-10",
                            "places": ["Lachin corridor", "Stepanakert"],
                            "parties": ["russia"],
                            "evidence": evidence,
                        }
                    ],
                )
            ]
        )
    await open_reader(app, pilot, app.ids["ru3"])
    return screen_text(app)


async def test_reader_rule_stays_on_the_tag_header_line(make_app):
    app = make_app()
    evidence = "Russia will deploy peacekeepers along the line of contact, the Kremlin said."
    async with app.run_test(size=SIZE) as pilot:
        text = await open_reader_with_tag(app, pilot, "peacekeeping/peacekeepers", evidence)
        lines = text.splitlines()
        header = [r for r in lines if "peacekeeping (" in r and "2020-11-10" in r]
        assert len(header) == 1, text
        assert "(peacekeeping/peacekeepers)" in header[0]
        assert "at Lachin corridor, Stepanakert" in header[0]
        # no line holds the rule alone
        assert not any(r.strip().startswith("(peacekeeping/") for r in lines), text


async def test_reader_long_rule_is_cut_with_an_ellipsis(make_app):
    app = make_app()
    rule = "peacekeeping/" + "very_long_rule_name_" * 6
    async with app.run_test(size=SIZE) as pilot:
        text = await open_reader_with_tag(app, pilot, rule, "Peacekeepers deploy to Lachin.")
        lines = text.splitlines()
        header = [r for r in lines if "peacekeeping (" in r and "2020-11-10" in r]
        assert len(header) == 1, text
        assert "(peacekeeping/very long" in header[0] and "…)" in header[0]
        assert header[0].rstrip().endswith("at Lachin corridor, Stepanakert")
        assert "Peacekeepers deploy to Lachin." in text


async def test_held_j_scrolls_the_reader_one_line_per_press(make_app):
    app = make_app()
    item = set_long_text(app, "we1")
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await open_reader(app, pilot, item)
        for _ in range(10):  # a held key: presses arrive faster than the screen refreshes
            reader.action_scroll_down()
        await pilot.pause()
        assert reader.query_one("#reader-scroll", VerticalScroll).scroll_y == 10


async def test_space_pages_down_in_the_reader(make_app):
    app = make_app()
    item = set_long_text(app, "we1")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reader(app, pilot, item)
        await shown(pilot, ReaderScreen, "space")  # no crash: still reading
        assert app.screen.query_one("#reader-scroll", VerticalScroll).scroll_y > 5


async def test_reader_jumps_to_entry(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await open_reader(app, pilot, app.ids["am3"])
        await shown(pilot, TimelineScreen, "tab", "enter")
        assert app.screen.entries.current["id"] == 3


async def test_n_in_the_reader_goes_to_the_next_unread_item(make_app):
    """Newsboat's n inside the reader: the next unread item of the list below, marked read."""
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await press(pilot, "2")
        items = app.screen.item_list
        rows = [items.row_at(i) for i in range(items.row_count)]
        unread = [r["id"] for r in rows if not r["read"]]
        await pilot.press("enter")  # the newest item
        await pilot.pause()
        first = app.screen.item_id
        await shown(pilot, ReaderScreen, "n")
        second = app.screen.item_id
        assert second != first and second in unread
        assert unread.index(second) == unread.index(first) + 1
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.item(second)["read"] == 1


async def test_n_in_the_reader_from_the_timeline_stays_in_the_entry_first(make_app):
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.screen.show_entry(3)  # Ganja: az3, am3, we2 all unread
        await pilot.pause(0.2)
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.screen.item_id == app.ids["az3"]
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.item_id == app.ids["am3"]

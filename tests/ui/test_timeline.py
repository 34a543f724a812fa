"""The timeline screen: rows, order, detail pane, text filter, read marks, edits, and
the cursor kept on its entry across hides, filters and order changes."""

from __future__ import annotations

from textual.widgets import Input, Select

from tests.app_fixtures import (
    UNDATED_TITLE,
    add_undated_item,
    assert_on_screen,
    press,
    screen_text,
    shown,
    timeline_titles,
    write_feeds_toml,
)
from tui.dialogs.confirm import Confirm
from tui.screens.reader import ReaderScreen
from tui.screens.timeline import TimelineScreen
from tui.store import ItemFilter, Store

SIZE = (140, 40)


def current_id(app) -> int:
    return app.screen.entries.current["id"]


def store_filter(unread: bool):

    return ItemFilter(unread_only=unread)


async def test_rows_newest_first_and_order_toggle(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        # newest day first; within a day the heavier entry (the statement ending the war,
        # four sources) above the protests (one)
        assert timeline_titles(app)[:2] == [
            "Trilateral statement ends the war",
            "Protests in Yerevan",
        ]
        text = assert_on_screen(app, "5 entries · newest first", "2020-11-10 diplomacy")
        # the title whole: its sides close up rather than cut it
        assert "Trilateral statement ends the war         AM1 AZ1 RU1 TR1" in text
        assert "AM 1 · AZ 1 · WE 1" in text
        await pilot.press("O")
        assert timeline_titles(app)[0] == "War breaks out: offensive and shelling claims"
        assert "oldest first" in screen_text(app)


async def test_detail_shows_claims_denials_casualties(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.show_entry(3)  # Truce violation claimed at Ganja
        await pilot.pause(0.2)
        assert_on_screen(
            app,
            "VIOLATION CLAIM  2020-10-11",
            "Azerbaijan accuses Armenia at Ganja",
            "Armenia denies",
            "9 civilians killed, according to Azerbaijan",
            "Reuters World",
        )


async def test_enter_on_source_opens_reader_and_marks_read(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.show_entry(3)
        await pilot.pause(0.2)
        await pilot.press("enter")  # into the sources pane
        source = app.screen.detail.current_source
        assert source is not None and not source["read"]
        await shown(pilot, ReaderScreen, "enter")
        assert app.screen.item_id == source["id"]
        with Store(app.db_path) as store:
            assert store.item(source["id"])["read"] == 1
        await pilot.press("q")
        assert isinstance(app.screen, TimelineScreen)


async def test_text_filter_and_clear(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "slash", *"Ganja")
        assert timeline_titles(app) == ["Truce violation claimed at Ganja"]
        assert "text: “Ganja”" in screen_text(app)
        await pilot.press("enter", "c")
        assert len(timeline_titles(app)) == 5


async def test_read_marks_next_unread_and_all_read(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("N")  # the top entry's sources become read
        with Store(app.db_path) as store:
            assert store.item(app.ids["am4"])["read"] == 1
            assert store.item(app.ids["we3"])["read"] == 0
        await pilot.press("n")
        assert screen.entries.cursor == 1
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)  # asks first
        await pilot.press("y")
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.count_items(store_filter(unread=True)) == 0
        await pilot.press("n")
        assert "No unread entries." in [n.message for n in app._notifications]


async def test_retitle_hide_merge_move(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("r")
        await pilot.pause()
        prompt = app.screen.query_one(Input)
        prompt.value = "Trilateral statement [bold]"
        await pilot.press("enter")
        await pilot.pause()
        with Store(app.db_path) as store:
            entry = store.entry(4)
            assert entry["title"] == "Trilateral statement [bold]" and entry["title_manual"] == 1
        assert "Trilateral statement [bold]" in screen_text(app)
        # hide the top entry, then show hidden ones again
        await pilot.press("x")
        await pilot.pause()
        assert len(timeline_titles(app)) == 4, screen_text(app)
        with Store(app.db_path) as store:
            assert store.entry(4)["hidden"] == 1
        await pilot.press("H")
        assert len(timeline_titles(app)) == 5
        await pilot.press("H")
        assert len(timeline_titles(app)) == 4
        # merge: mark the protests entry (now on top), merge it into the truce entry
        assert screen.entries.current["id"] == 5
        await pilot.press("m")
        assert "marked #5" in screen_text(app)
        screen.show_entry(2)
        await pilot.press("M")
        await pilot.pause(0.2)
        with Store(app.db_path) as store:
            assert store.entry(5)["merged_into"] == 2
            assert len(store.entry(2)["sources"]) == 5
        assert len(timeline_titles(app)) == 3
        # move a source from the truce entry to the Ganja entry
        screen.show_entry(3)
        await pilot.press("m")
        screen.show_entry(1)
        await pilot.pause(0.2)
        await pilot.press("enter")  # sources pane of the 2020-09-27 entry
        moved = screen.detail.current_source["id"]
        await pilot.press("v")
        await pilot.pause(0.2)
        with Store(app.db_path) as store:
            assert moved in {s["id"] for s in store.entry(3)["sources"]}
            assert moved not in {s["id"] for s in store.entry(1)["sources"]}


async def test_merge_without_mark_explains(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("M")
        assert any("Mark an entry" in n.message for n in app._notifications)


async def test_narrow_layout_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        text = screen_text(app)
        assert "Protests in Yerevan" in text and "Sources" in text


async def test_hide_then_show_hidden_keeps_the_hidden_entry_under_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await shown(pilot, TimelineScreen)
        await pilot.press("j", "j")
        assert current_id(app) == 3  # Truce violation claimed at Ganja, third row
        await pilot.press("x")
        await pilot.pause()
        assert current_id(app) == 2  # the next entry took its place
        await pilot.press("H")
        await pilot.pause()
        # "x again unhides": the cursor is on the entry just hidden, not the top row
        assert current_id(app) == 3
        await pilot.press("x")
        await pilot.pause()
        with Store(app.db_path) as store:
            assert store.entry(3)["hidden"] == 0
            assert store.entry(5)["hidden"] == 0
        assert current_id(app) == 3


async def test_show_hidden_keeps_the_current_entry(make_app):
    app = make_app()
    with Store(app.db_path) as store:
        store.set_entry_hidden(5, True)  # the newest entry, above the cursor
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("j", "j")
        assert current_id(app) == 2
        await pilot.press("H")
        await pilot.pause()
        assert app.screen.entries.row_count == 5
        assert current_id(app) == 2
        await pilot.press("H")
        await pilot.pause()
        assert current_id(app) == 2


async def test_clear_filters_and_order_keep_the_current_entry(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "slash", *"truce")
        await pilot.press("enter")
        ids = [app.screen.entries.row_at(i)["id"] for i in range(app.screen.entries.row_count)]
        assert len(ids) >= 2 and 5 not in ids
        app.screen.entries.move_cursor(len(ids) - 1)
        target = current_id(app)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.entries.row_count == 5
        assert current_id(app) == target
        await pilot.press("O")
        await pilot.pause()
        assert current_id(app) == target


async def test_applying_filters_keeps_the_entry_if_still_shown(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("G")
        assert current_id(app) == 1  # the oldest entry, a violation claim
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).value = "violation_claim"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.entries.row_count == 2
        assert current_id(app) == 1
        # a filter that drops the entry: the list starts at the top
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-kind", Select).value = "truce_agreed"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert app.screen.entries.cursor == 0
        assert current_id(app) == 2


async def test_timeline_sources_show_undated(make_app):
    app = make_app()
    add_undated_item(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        entry_id = max(
            app.screen.entries.row_at(i)["id"] for i in range(app.screen.entries.row_count)
        )
        assert app.screen.show_entry(entry_id)
        await pilot.pause(0.2)
        text = screen_text(app)
        assert UNDATED_TITLE in text
        assert "TASS · undated" in text
        assert "2026-11-28" not in text


async def test_timeline_shows_read_marks_made_in_the_reader(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        timeline = await shown(pilot, TimelineScreen)
        assert timeline.show_entry(3)  # Ganja: every source unread
        await pilot.pause(0.2)
        assert timeline.entries.current["unread"] == 3
        await pilot.press("enter", "enter")  # open the first source
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is timeline
        assert timeline.detail.current_source["read"] == 1
        assert timeline.entries.current["unread"] == 2


async def test_claims_visible_at_80x24_and_120x40(make_app):
    """Claims and denials are the point: the stacked layout shows them without a key."""
    for size in ((80, 24), (120, 40)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            assert app.screen.show_entry(3)  # Truce violation claimed at Ganja
            await pilot.pause(0.2)
            text = screen_text(app)
            assert "Azerbaijan accuses Armenia at Ganja" in text, size
            assert "Armenia denies" in text, size


async def test_d_opens_the_whole_entry(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.show_entry(3)
        await pilot.pause(0.2)
        await pilot.press("d")
        await pilot.pause()
        assert_on_screen(app, "9 civilians killed, according to Azerbaijan", "Places Ganja")
        await shown(pilot, TimelineScreen, "escape")


async def test_words_agree_and_kind_labels_are_whole(make_app):
    """`forces accuse` (plural), `authorities deny`; `peacekeeping` never cut short."""
    app = make_app()
    add_undated_item(app)  # an entry of kind peacekeeping
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        names = {"azerbaijan": "Azerbaijani forces", "armenia": "Nagorno-Karabakh authorities"}
        app.party_name = lambda party: names.get(party, party.title())
        app.screen.show_entry(3)
        app.screen.refresh_current()
        await pilot.pause(0.2)
        assert_on_screen(
            app,
            "Azerbaijani forces accuse Nagorno-Karabakh authorities at Ganja",
            "Nagorno-Karabakh authorities deny",
            " peacekeeping Peacekeepers deploy",
        )


async def test_titles_whole_at_200_columns(make_app):
    """At 200 columns a long title is shown whole: the sides close up before it is cut."""
    from tui.store import Store

    long_title = "Ceasefire agreed (Armenia, Azerbaijan, Nagorno-Karabakh authorities, Russia)"
    app = make_app()
    with Store(app.db_path) as store:
        entry = store.entries_page(0, 10, app.entry_filter)[1]
        store.retitle_entry(entry["id"], long_title)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        assert long_title in screen_text(app)


async def test_resize_keeps_the_cursor_row_visible(make_app):
    """Resized while the reader covers it, the timeline comes back with its row in view."""
    app = make_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await pilot.pause()
        entries = app.screen.entries
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("enter", "enter")  # into the sources, open the first
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.resize_terminal(80, 14)
        await press(pilot, "q")
        await pilot.pause()
        top = int(entries.scroll_y)
        assert top <= entries.cursor < top + entries.scrollable_content_region.height


async def test_resize_keeps_the_highlighted_source_visible(make_app):
    """The sources pane shrinks with the terminal: its highlighted source stays in view."""
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(150, 40)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("enter", "G")  # the first entry's last source
        await pilot.pause()
        sources = app.screen.query_one("#entry-sources", OptionList)
        assert sources.highlighted == 3
        await pilot.resize_terminal(80, 16)
        await pilot.pause()
        await pilot.pause()
        top = int(sources.scroll_y)
        height = sources.scrollable_content_region.height
        assert top <= 6 and top + height > 7  # its two lines (6 and 7) are shown
        assert "Turkey to monitor ceasefire with Russia" in screen_text(app)


async def test_quick_burst_j_tab_enter_keeps_the_enter(make_app, monkeypatch):
    """j, Tab and Enter typed at once open the new entry's first source (the detail
    pane's throttle, here made long, must not leave Tab and Enter on the old entry)."""
    monkeypatch.setattr("tui.screens.timeline.DETAIL_DELAY", 30.0)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await press(pilot, "j", "j", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.item_id == app.ids["az3"]


async def test_empty_states_tell_the_next_step(tmp_path):
    """A fresh database: poll (not "clear the filters"); no feeds: add one; filters: c."""
    from tests.app_fixtures import write_feeds_toml
    from tui.app import ConflictApp
    from tui.config import Config

    config = write_feeds_toml(tmp_path, extra='profile = "no-profile.toml"')
    app = ConflictApp(db_path=tmp_path / "fresh.db", config=config)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Nothing polled yet. Press R to fetch your 5 feeds." in text
        assert "clear the filters" not in text
        await pilot.press("2")
        await pilot.pause()
        assert "Nothing polled yet. Press R to fetch your 5 feeds." in screen_text(app)
    empty = Config(path=tmp_path / "feeds.toml", settings=config.settings, feeds=())
    app = ConflictApp(db_path=tmp_path / "fresh2.db", config=empty)
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        assert "No feeds configured: add [[feeds]] in" in screen_text(app)


async def test_filters_that_match_nothing_say_press_c(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await press(pilot, "slash", *"nomatchword", "enter")
        assert "No entries match these filters. Press c to clear them." in screen_text(app)


async def test_key_events_view_toggles_and_keeps_the_heaviest(make_app, tmp_path):
    # one key event a day: the day of the war's end keeps its statement, not the protests
    config = write_feeds_toml(tmp_path, extra='profile = "no-profile.toml"\nkey_events = 1')
    app = make_app(config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        every = timeline_titles(app)
        assert "Protests in Yerevan" in every
        await pilot.press("i")
        await pilot.pause()
        key = timeline_titles(app)
        assert "key events (1 a day)" in screen_text(app)
        assert key[0] == "Trilateral statement ends the war"
        assert "Protests in Yerevan" not in key and set(key) < set(every)
        await pilot.press("c")  # clearing filters keeps the view
        assert "key events" in screen_text(app)
        await pilot.press("i")
        await pilot.pause()
        assert timeline_titles(app) == every
        assert "key events" not in screen_text(app)


async def test_shift_tab_focuses_the_entry_text(make_app):
    """Shift+Tab (documented) puts the focus on the entry's text, where the arrows scroll."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "shift+tab")
        assert app.focused.id == "entry-info-scroll"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is app.screen.entries

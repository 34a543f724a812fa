"""The filter dialog: its fields filter the timeline, its buttons fit at 80x24."""

from __future__ import annotations

from textual.widgets import Input, Select

from tests.app_fixtures import press, screen_text, timeline_titles


async def test_filter_dialog_kind_side_dates(make_app):
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await press(pilot, "f")
        dialog = app.screen
        dialog.query_one("#filter-kind", Select).value = "violation_claim"
        dialog.query_one("#filter-since", Input).value = "2020-10-01"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert timeline_titles(app) == ["Truce violation claimed at Ganja"]
        assert "kind: violation claim" in screen_text(app)
        assert "dates: 2020-10-01 – …" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-side", Select).value = "turkish"
        app.screen.query_one("#filter-since", Input).value = "bad"
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert "not a date" in screen_text(app)
        app.screen.query_one("#filter-since", Input).value = ""
        app.screen.query_one("#filter-kind", Select).value = Select.NULL
        app.screen.query_one("#filter-apply").press()
        await pilot.pause()
        assert sorted(timeline_titles(app)) == [
            "Humanitarian truce agreed in Moscow",
            "Trilateral statement ends the war",
        ]


async def test_filter_dialog_buttons_reachable_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "f")
        apply = app.screen.query_one("#filter-apply")
        apply.focus()
        # focusing scrolls the button into view (an animated scroll): wait for it to be
        # drawn, bounded, rather than for a fixed number of frames
        for _ in range(100):
            await pilot.pause(0.02)
            if app.screen.region.contains_region(apply.region) and "Apply" in screen_text(app):
                break
        assert app.screen.region.contains_region(apply.region)
        assert "Apply" in screen_text(app)


async def test_enter_on_a_checkbox_applies_the_item_filter(make_app):
    """Enter applies the dialog (Space ticks a box), as in every other dialog."""
    from textual.widgets import Checkbox

    from tui.dialogs.filters import ItemFilterDialog

    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await press(pilot, "2", "f")
        assert isinstance(app.screen, ItemFilterDialog)
        app.screen.query_one("#filter-unread", Checkbox).focus()
        await pilot.press("space")
        await press(pilot, "enter")
        assert not isinstance(app.screen, ItemFilterDialog)
        assert app.screen.item_filter.unread_only is True


async def test_date_placeholders_are_not_dates(make_app):
    """An empty date field must not look filled in: its placeholder is no date."""
    import re

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await press(pilot, "f")
        for field in ("#filter-since", "#filter-until"):
            placeholder = app.screen.query_one(field, Input).placeholder
            assert not re.search(r"\d", placeholder), placeholder
        await pilot.press("enter")  # Enter on the kind select opens it; Esc closes it
        await pilot.press("escape")

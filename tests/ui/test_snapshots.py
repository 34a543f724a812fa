"""SVG snapshots of each screen on fixed data (no dates relative to today, no blinking).

Update after a deliberate change with `pytest tests/ui/test_snapshots.py --snapshot-update`
and look at the SVGs in `tests/ui/__snapshots__/`."""

from __future__ import annotations

from textual.widgets import Input

from tests.app_fixtures import open_reader

SIZE = (150, 34)


async def _settle(pilot) -> None:
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_timeline(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_settle)


def test_timeline_narrow_light(snap_compare, make_app):
    app = make_app()

    async def run_before(pilot) -> None:
        pilot.app.theme = "textual-light"
        pilot.app.screen.show_entry(3)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_items(snap_compare, make_app):
    assert snap_compare(make_app(), press=["2", "j"], terminal_size=(120, 30), run_before=_settle)


def test_reader(snap_compare, make_app):
    app = make_app()

    async def run_before(pilot) -> None:
        await open_reader(pilot.app, pilot, pilot.app.ids["az3"])
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(120, 34), run_before=run_before)


def test_search(snap_compare, make_app):
    async def run_before(pilot) -> None:
        await pilot.press("2", "slash", *"truce")
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 30), run_before=run_before)


def test_feeds(snap_compare, make_app):
    assert snap_compare(make_app(), press=["3"], terminal_size=(120, 20), run_before=_settle)


def test_help(snap_compare, make_app):
    assert snap_compare(
        make_app(), press=["question_mark"], terminal_size=(100, 40), run_before=_settle
    )


def test_hostile_timeline(snap_compare, make_app):
    async def run_before(pilot) -> None:
        pilot.app.screen.show_entry(6)
        await _settle(pilot)

    assert snap_compare(make_app(hostile=True), terminal_size=SIZE, run_before=run_before)


def _violation_entry():
    async def run_before(pilot) -> None:
        pilot.app.screen.show_entry(3)  # Truce violation claimed at Ganja: claims, a denial
        await _settle(pilot)

    return run_before


def test_timeline_claims_80x24(snap_compare, make_app):
    """The claims and the denial of a violation entry, visible at 80x24 without a key."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_violation_entry())


def test_timeline_claims_120x40(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_violation_entry())


def _reader_on_violation():
    async def run_before(pilot) -> None:
        await open_reader(pilot.app, pilot, pilot.app.ids["az3"])
        await _settle(pilot)

    return run_before


def test_reader_claims_80x24(snap_compare, make_app):
    """The reader on the report of the violation claim: its tag names accuser and accused."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_reader_on_violation())


def test_reader_claims_120x40(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_reader_on_violation())


def test_timeline_key_events(snap_compare, make_app):
    """The key-events view (`i`): each day's few heaviest entries, the truce first."""

    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("i")
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)

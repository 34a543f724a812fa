"""From feeds to timeline: poll fills entries, retag rebuilds them, manual edits survive."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tui.cli import main
from tui.config import DEMO_DIR, load_config
from tui.pipeline import retag_all
from tui.polling import poll
from tui.records import EntryFilter
from tui.store import Store

DEMO = load_config(DEMO_DIR / "feeds.toml")


@pytest.fixture
def demo_store(db_path):
    with Store(db_path) as store:
        poll(DEMO, store, parallel=False)
        yield store


def entries_of(store, kind):
    return list(store.iter_entries(EntryFilter(kinds=(kind,), include_hidden=True)))


def test_a_poll_alone_takes_the_user_from_feeds_to_entries(demo_store):
    assert demo_store.db.execute("SELECT count(*) FROM tags").fetchone()[0] > 200
    truces = entries_of(demo_store, "truce_agreed")
    assert truces
    assert "2020-10-10" in {entry["date"] for entry in truces}
    moscow = next(e for e in truces if e["date"] == "2020-10-10")
    assert sum(moscow["sides"].values()) >= 4  # one entry, many outlets
    assert len(moscow["sides"]) >= 3


def test_every_tag_keeps_its_evidence_and_rule(demo_store):
    rows = demo_store.db.execute(
        "SELECT count(*) FROM tags WHERE evidence IS NULL OR evidence = '' OR rule = ''"
    ).fetchone()[0]
    assert rows == 0


def test_claims_carry_accuser_and_accused(demo_store):
    claims = demo_store.db.execute(
        "SELECT accuser, accused FROM tags WHERE kind = 'violation_claim' "
        "AND accuser IS NOT NULL AND accused IS NOT NULL"
    ).fetchall()
    pairs = set(claims)
    assert ("azerbaijan", "armenia") in pairs
    assert ("armenia", "azerbaijan") in pairs


def test_retag_is_stable_and_keeps_manual_edits(demo_store):
    before = {e["key"]: e["id"] for e in demo_store.iter_entries(EntryFilter(include_hidden=True))}
    truce = entries_of(demo_store, "truce_agreed")[0]
    claims = entries_of(demo_store, "violation_claim")
    demo_store.retitle_entry(truce["id"], "My own words for this truce")
    demo_store.set_entry_hidden(claims[0]["id"])
    demo_store.merge_entries(claims[1]["id"], claims[2]["id"])
    moved_item = demo_store.entry(claims[3]["id"])["sources"][0]["id"]
    demo_store.move_item(moved_item, claims[3]["id"], truce["id"])
    handmade = demo_store.create_entry("2020-11-01", "diplomatic_call", "Call noted by hand")

    retag_all(demo_store, DEMO.settings.profile)

    after = {e["key"]: e for e in demo_store.iter_entries(EntryFilter(include_hidden=True))}
    assert {key: entry["id"] for key, entry in after.items() if key in before} == {
        key: value for key, value in before.items() if key in after
    }
    assert demo_store.entry(truce["id"])["title"] == "My own words for this truce"
    assert demo_store.entry(claims[0]["id"])["hidden"] == 1
    assert demo_store.entry(claims[2]["id"])["merged_into"] == claims[1]["id"]
    truce_sources = {s["id"] for s in demo_store.entry(truce["id"])["sources"]}
    assert moved_item in truce_sources
    assert moved_item not in {s["id"] for s in demo_store.entry(claims[3]["id"])["sources"]}
    assert demo_store.entry(handmade)["title"] == "Call noted by hand"


def test_a_repoll_keeps_edits_too(db_path):
    with Store(db_path) as store:
        poll(DEMO, store, parallel=False)
        truce = entries_of(store, "truce_agreed")[0]
        store.retitle_entry(truce["id"], "Kept across polls")
        store.db.execute("UPDATE feeds SET body_hash = NULL")  # force a full re-ingest
        store.db.execute("UPDATE items SET content_hash = 'stale'")
        report = poll(DEMO, store, parallel=False)
        assert report.updated > 100
        assert store.entry(truce["id"])["title"] == "Kept across polls"


def test_retag_and_timeline_commands(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    feeds = str(DEMO_DIR / "feeds.toml")
    assert main(["poll", "-q", "--feeds", feeds, "--db", db]) == 0
    assert main(["retag", "--feeds", feeds, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "retagged 201 items" in out
    assert (
        main(
            [
                "timeline",
                "--feeds",
                feeds,
                "--db",
                db,
                "--kind",
                "truce_agreed",
                "--since",
                "2020-10-10",
                "--until",
                "2020-10-10",
            ]
        )
        == 0
    )
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.startswith("2020-10-10  truce_agreed") for line in lines)
    assert "RU" in lines[0] and "AM" in lines[0]


def test_a_bad_profile_stops_poll_with_status_2(tmp_path, capsys):
    profile = tmp_path / "bad.toml"
    profile.write_text("[conflict\n", encoding="utf-8")
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[settings]\nprofile = "{profile}"\n[[feeds]]\nurl = "{DEMO_DIR / "baku-daily.xml"}"\n'
        'side = "azerbaijani"\n',
        encoding="utf-8",
    )
    assert main(["poll", "--feeds", str(feeds), "--db", str(tmp_path / "x.db")]) == 2
    assert "bad.toml" in capsys.readouterr().err
    # the profile is read with feeds.toml (its sides check the feeds): nothing is fetched
    # and no database is made before it is found sound
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("parallel", [False, True])
def test_a_profile_with_a_bad_pattern_stops_the_poll_before_anything_is_written(tmp_path, parallel):
    """Its TOML and sides are sound, so feeds.toml loads; the pattern fails when the poll
    checks the profile (in this process, or in the checker process on a second core),
    and no feed's poll is recorded, warm or cold."""
    from tui.config import DEFAULT_PROFILE
    from tui.errors import ConfigError

    profile = tmp_path / "broken.toml"
    profile.write_text(
        DEFAULT_PROFILE.read_text(encoding="utf-8")
        + '\n[[rules]]\nkind = "attack"\nid = "broken"\ncues = [\'shell(ed\']\n'
        'triggers = ["shell"]\n',
        encoding="utf-8",
    )
    names = ["baku-daily", "yerevan-wire", "moscow-agency"]
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        f'[settings]\nprofile = "{profile}"\n'
        + "".join(
            f'[[feeds]]\nname = "{n}"\nurl = "{DEMO_DIR / (n + ".xml")}"\nside = "other"\n'
            for n in names
        ),
        encoding="utf-8",
    )
    config = load_config(feeds)
    with Store(tmp_path / "x.db") as store:
        with pytest.raises(ConfigError, match="broken"):
            poll(config, store, parallel=parallel)
        assert store.count_items() == 0
        assert [f["last_status"] for f in store.feeds()] == [None, None, None]


@pytest.mark.parametrize("retag", [False, True])
def test_an_undated_report_puts_nothing_on_the_day_it_was_fetched(demo_store, retag):
    if retag:
        retag_all(demo_store, DEMO.settings.profile)
    fetched_days = {
        row[0]
        for row in demo_store.db.execute(
            "SELECT DISTINCT substr(published, 1, 10) FROM items WHERE date_guessed = 1"
        )
    }
    assert fetched_days  # the demo has an undated explainer
    dates = {e["date"] for e in demo_store.iter_entries(EntryFilter(include_hidden=True))}
    assert not dates & fetched_days
    assert max(dates) <= "2020-12-31"


def test_timeline_filters_refuse_unknown_values_and_accept_side_codes(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    feeds = str(DEMO_DIR / "feeds.toml")
    assert main(["poll", "-q", "--feeds", feeds, "--db", db]) == 0
    capsys.readouterr()
    assert main(["timeline", "--feeds", feeds, "--db", db, "--kind", "truce"]) == 2
    assert "the kinds are: truce_agreed" in capsys.readouterr().err
    assert main(["timeline", "--feeds", feeds, "--db", db, "--party", "armenians"]) == 2
    assert "unknown party 'armenians'" in capsys.readouterr().err
    assert main(["timeline", "--feeds", feeds, "--db", db, "--side", "RU"]) == 0
    by_code = capsys.readouterr().out
    assert main(["timeline", "--feeds", feeds, "--db", db, "--side", "russian"]) == 0
    assert capsys.readouterr().out == by_code
    assert "RU" in by_code


def test_retag_in_worker_processes_gives_the_same_tags_as_in_one(demo_store):
    def tags():
        return demo_store.db.execute(
            "SELECT item_id, kind, rule, accuser, accused, denier, event_date FROM tags "
            "ORDER BY item_id, id"
        ).fetchall()

    retag_all(demo_store, DEMO.settings.profile, workers=1)
    serial = tags()
    seen: list[int] = []
    items, _written = retag_all(
        demo_store,
        DEMO.settings.profile,
        workers=2,
        batch=40,
        progress=lambda done, total: seen.append(done),
    )
    assert items == 201
    assert seen == sorted(seen) and seen[-1] == 201 and len(seen) == 6
    assert tags() == serial


def test_a_poll_in_worker_processes_stores_what_one_process_does(demo_store, db_path, monkeypatch):
    """The workers fork at the first body sent to them, after the poll compiled the tagger
    (they inherit it); their tags are the ones a one-process poll stores."""
    from tui import pipeline

    def rows(store):
        return store.db.execute(
            "SELECT item_id, kind, rule, evidence, accuser, accused, denier, parties, places, "
            "event_date, date_basis, casualties FROM tags ORDER BY item_id, id"
        ).fetchall()

    monkeypatch.setattr(pipeline, "_TAGGERS", {})
    with Store(db_path.with_name("parallel.db")) as store:
        report = poll(DEMO, store, parallel=True)
        assert report.new == demo_store.count_items()
        assert list(pipeline._TAGGERS) == [str(DEMO.settings.profile)]  # compiled here
        assert rows(store) == rows(demo_store)


def test_retag_counts_each_entrys_sources_as_a_dated_rebuild_does(demo_store):
    """A full rebuild (retag) counts sources in one statement, a poll's rebuild by day:
    both count each report once (copies under their original), and merged entries
    count under the one they were merged into."""

    def counts():
        return dict(demo_store.db.execute("SELECT key, source_count FROM entries").fetchall())

    after_poll = counts()
    assert sum(after_poll.values()) > 100
    retag_all(demo_store, DEMO.settings.profile, workers=1)
    assert counts() == after_poll
    entries = list(demo_store.iter_entries(EntryFilter(include_hidden=True)))
    demo_store.merge_entries(entries[0]["id"], entries[1]["id"])
    retag_all(demo_store, DEMO.settings.profile, workers=1)
    expected = dict(
        demo_store.db.execute(
            "SELECT o.key, count(DISTINCT coalesce(ei.duplicate_of, ei.item_id)) "
            "FROM entry_items AS ei JOIN entries AS e ON e.id = ei.entry_id "
            "JOIN entries AS o ON o.id = coalesce(e.merged_into, e.id) GROUP BY o.key"
        ).fetchall()
    )
    found = counts()
    assert found[entries[1]["key"]] == 0  # merged: counted under its target
    assert found[entries[0]["key"]] > after_poll[entries[0]["key"]]
    assert {key: n for key, n in found.items() if n} == expected


def test_the_tagger_and_the_builder_make_one_truce_entry_of_six_outlets() -> None:
    """The builder's tests run on hand-made tags; this one checks the two stages together."""
    from tui.profile import load_profile
    from tui.records import TaggedItem
    from tui.tagger import Tagger
    from tui.timeline import build_entries

    profile = load_profile()
    tagger = Tagger(profile)
    reports = [
        ("Armenia and Azerbaijan agree truce after Moscow talks", "armenian"),
        ("Russia brokers Karabakh truce in Moscow", "russian"),
        ("Humanitarian ceasefire agreed in Moscow", "western"),
        ("Baku and Yerevan accept humanitarian truce in Moscow", "azerbaijani"),
        ("Armenia, Azerbaijan agree to cease fire after Moscow talks", "turkish"),
        ("Truce agreed in Moscow between Armenia and Azerbaijan", "iranian"),
    ]
    text = "Armenia and Azerbaijan agreed a humanitarian ceasefire in Moscow, Russia said."
    items = [
        TaggedItem(
            f"t{i}",
            side,
            f"Outlet {i}",
            f"https://example.org/t{i}",
            title,
            text,
            "2020-10-10",
            tuple(tagger.tag(title, text, "2020-10-10")),
        )
        for i, (title, side) in enumerate(reports)
    ]
    truces = [e for e in build_entries(items, profile) if e.kind == "truce_agreed"]
    assert len(truces) == 1
    assert truces[0].date == "2020-10-10"
    assert truces[0].source_count == 6
    assert "Moscow" in truces[0].title


def test_a_polls_rebuild_pauses_the_cycle_collector_and_turns_it_back_on(demo_store, monkeypatch):
    """A poll's rebuild of its days makes many short-lived objects and no cycles: the
    cycle collector, which freed nothing there and cost ~7 % of it, is off while the
    entries are built, and on again afterwards, after a failed write too."""
    import gc

    import tui.timeline
    from tui.errors import StoreError
    from tui.pipeline import profile_for, rebuild_timeline

    profile = profile_for(DEMO.settings.profile)
    days = [row[0] for row in demo_store.db.execute("SELECT DISTINCT date FROM entries")]
    real = tui.timeline.build_entries
    collector_on: list[bool] = []

    def watched(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for entry in real(*args, **kwargs):
            collector_on.append(gc.isenabled())
            yield entry

    monkeypatch.setattr(tui.timeline, "build_entries", watched)
    assert rebuild_timeline(demo_store, profile, days) > 50
    assert len(collector_on) > 50 and not any(collector_on)
    assert gc.isenabled()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StoreError("database or disk is full")

    monkeypatch.setattr(demo_store, "write_auto_days", full_disk)
    with pytest.raises(StoreError):
        rebuild_timeline(demo_store, profile, days)
    assert gc.isenabled()


def test_rebuilding_one_touched_day_writes_what_a_full_rebuild_writes(demo_store):
    """A poll rebuilds only the days it touched; the timeline a user then sees is the one
    a full retag would give (an aside or an echo decided by a day further on included)."""
    from tui.pipeline import profile_for, rebuild_timeline

    profile = profile_for(DEMO.settings.profile)

    def timeline() -> list[tuple[Any, ...]]:
        rows = demo_store.db.execute("SELECT date, key, title, kinds, details FROM entries")
        return sorted(tuple(row) for row in rows)

    rebuild_timeline(demo_store, profile, None)
    full = timeline()
    days = sorted({row[0] for row in full})
    assert len(days) > 30
    differing = []
    for day in days:
        rebuild_timeline(demo_store, profile, [day])
        if timeline() != full:
            differing.append(day)
            rebuild_timeline(demo_store, profile, None)
    assert differing == []

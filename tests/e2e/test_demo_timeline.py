"""The timeline of the bundled demo corpus: the four 2020 truces and the claims after them.

The expected outlets were counted by reading tui/demo/*.xml: an outlet counts for a truce
when one of its reports announces the truce, reports it taking effect, or reports it
agreed/signed overnight on its own day (reactions naming it as the news of the day count;
violation stories that mention it in passing, "shortly after the ceasefire took effect",
do not). Demo Geneva Desk's 10 October story is a syndicated copy of Demo Moscow Agency's
and counts once.
"""

from __future__ import annotations

import pytest

from tui.config import DEMO_DIR, load_config
from tui.polling import poll
from tui.records import EntryFilter
from tui.store import Store

# effect date -> outlets whose reports are about this truce (distinct, copies once)
TRUCES = {
    # Moscow humanitarian truce, agreed early on 10 Oct, in force at noon
    "2020-10-10": {
        "Demo Yerevan Wire",
        "Demo Moscow Agency",  # + Demo Geneva Desk's syndicated copy
        "Demo Baku Daily",
        "Demo Paris Observer",
        "Demo Stepanakert Voice",
        "Demo Tehran Bulletin",
        "Demo Ankara Report",
    },
    # agreed 17 Oct, in force from midnight, 18 Oct
    "2020-10-18": {
        "Demo Yerevan Wire",
        "Demo Baku Daily",
        "Demo Moscow Agency",
        "Demo Geneva Desk",
        "Demo Paris Observer",
        "Demo Tehran Bulletin",
    },
    # US-brokered: announced 25 Oct, in force 08:00 on 26 Oct
    "2020-10-26": {
        "Demo Geneva Desk",
        "Demo Paris Observer",
        "Demo Yerevan Wire",
        "Demo Baku Daily",
        "Demo Moscow Agency",
        "Demo Tehran Bulletin",
    },
    # trilateral statement signed late on 9 Nov, in force 10 Nov
    "2020-11-10": {
        "Demo Yerevan Wire",
        "Demo Moscow Agency",
        "Demo Baku Daily",
        "Demo Paris Observer",
        "Demo Geneva Desk",
        "Demo Tehran Bulletin",
        "Demo Stepanakert Voice",
        "Demo Ankara Report",
    },
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store(path) as store:
        poll(load_config(DEMO_DIR / "feeds.toml"), store, parallel=False)
        yield store


def _entries(store, kind):
    return list(store.iter_entries(EntryFilter(kinds=(kind,), include_hidden=True)))


def test_each_truce_is_one_entry_on_the_day_it_takes_effect(demo):
    truces = _entries(demo, "truce_agreed")
    dates = sorted(e["date"] for e in truces)
    assert dates == sorted(TRUCES)  # one entry each, no split, nothing spurious


@pytest.mark.parametrize("day", sorted(TRUCES))
def test_each_truce_links_every_outlet_that_reported_it(demo, day):
    entry = next(e for e in _entries(demo, "truce_agreed") if e["date"] == day)
    full = demo.entry(entry["id"])
    outlets = {s["feed_name"] for s in full["sources"] if s["duplicate_of"] is None}
    assert TRUCES[day] <= outlets
    assert full["source_count"] >= len(TRUCES[day])
    reports = [s for s in full["sources"] if s["duplicate_of"] is None]
    assert full["source_count"] == len(reports)  # copies counted once


def test_the_syndicated_copy_counts_once(demo):
    entry = next(e for e in _entries(demo, "truce_agreed") if e["date"] == "2020-10-10")
    sources = demo.entry(entry["id"])["sources"]
    copies = [s for s in sources if s["duplicate_of"]]
    assert [s["feed_name"] for s in copies] == ["Demo Geneva Desk"]
    assert entry["source_count"] == len(sources) - 1


def test_truce_titles_name_the_parties_and_the_venue(demo):
    titles = {e["date"]: e["title"] for e in _entries(demo, "truce_agreed")}
    # who brokered it, where, and from when (the day it takes effect)
    assert titles["2020-10-10"].startswith("Russia brokers humanitarian truce")
    assert "in Moscow from 12:00 on 10 October" in titles["2020-10-10"]
    assert titles["2020-10-26"].startswith("United States brokers humanitarian truce")
    assert "in Washington" in titles["2020-10-26"]
    for title in titles.values():
        assert "Armenia" in title and "Azerbaijan" in title
    assert titles["2020-11-10"].startswith("Russia brokers ceasefire")


@pytest.mark.parametrize("day", ["2020-10-10", "2020-10-18", "2020-10-26"])
def test_claims_after_each_truce_name_accuser_and_accused_both_ways(demo, day):
    claims = [e for e in _entries(demo, "violation_claim") if e["date"] == day]
    pairs = {
        (c["accuser"], c["accused"])
        for e in claims
        for c in e["details"]["claims"]
        if c["accuser"] and c["accused"]
    }
    assert ("azerbaijan", "armenia") in pairs
    assert ("armenia", "azerbaijan") in pairs


def test_a_claim_is_linked_to_the_other_sides_denial(demo):
    linked = []
    for entry in _entries(demo, "violation_claim"):
        # a dispute sets each side's claim and each denial side by side
        for claim in entry["details"]["claims"]:
            for denial in entry["details"]["denials"]:
                if denial["denier"] == claim["accused"]:
                    linked.append((entry["date"], claim["accuser"], claim["accused"]))
                    assert denial["answers"] == entry["key"]
                    assert entry["title"].endswith(("denies", "deny"))
    assert ("2020-10-11", "azerbaijan", "armenia") in linked  # the Ganja strike
    assert {d for d, _, _ in linked} >= {"2020-10-10", "2020-10-18", "2020-10-26"}


def test_no_claim_is_placed_at_a_venue_of_talks(demo):
    for kind in ("violation_claim", "attack", "denial"):
        for entry in _entries(demo, kind):
            # a truce entry holds its day's claims of breaking it: the truce was agreed
            # at a venue, its claims are placed where the fighting was
            places = (
                [p for c in entry["details"]["claims"] for p in c["places"]]
                if entry["kind"] == "truce_agreed"
                else entry["places"]
            )
            assert not {"Moscow", "Washington", "Geneva", "Paris"} & set(places)
            assert "unknown" not in entry["title"]


def test_the_busiest_day_is_short_and_the_key_view_shorter(demo):
    every = list(demo.iter_entries(EntryFilter()))
    per_day: dict[str, int] = {}
    for entry in every:
        per_day[entry["date"]] = per_day.get(entry["date"], 0) + 1
    assert max(per_day.values()) <= 12  # a day's events, not a dump of kind buckets
    key = list(demo.iter_entries(EntryFilter(key_events=3)))
    key_days: dict[str, list[dict]] = {}
    for entry in key:
        key_days.setdefault(entry["date"], []).append(entry)
    assert max(len(v) for v in key_days.values()) <= 3
    assert set(key_days) == set(per_day)  # every day keeps its key events


@pytest.mark.parametrize("day", sorted(TRUCES))
def test_each_truce_heads_its_day_in_both_views(demo, day):
    for view in (
        EntryFilter(since=day, until=day),
        EntryFilter(since=day, until=day, key_events=3),
    ):
        first = next(iter(demo.iter_entries(view)))
        assert "truce_agreed" in first["kinds"], (day, first["title"])


def test_the_markdown_of_the_demo_is_commonmark_with_every_source_linked(demo):
    from markdown_it import MarkdownIt

    from tui.export import markdown_text

    text = markdown_text(demo, generated="2020-12-01T00:00:00Z")
    tokens = MarkdownIt("commonmark").parse(text)
    flat = [child for t in tokens for child in (t.children or [t])]
    assert not [t for t in flat if t.type in ("html_block", "html_inline")]
    source_lines = [line for line in text.splitlines() if line.startswith("  - [")]
    assert source_lines
    # each entry lists each of its sources with its link: the demo's feeds are local
    # files, so every item link is an http(s) link of the outlet's site
    unlinked = [line for line in source_lines if "](http" not in line]
    assert not unlinked, unlinked[:3]
    hrefs = [t.attrs["href"] for t in flat if t.type == "link_open"]
    assert len(hrefs) >= len(source_lines)
    assert all(str(h).startswith(("http://", "https://")) for h in hrefs)

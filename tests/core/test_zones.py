"""Zone abbreviations in feed dates: one test per abbreviation, through the feed parser."""

from __future__ import annotations

import pytest

from tests.feedserver import Reply, rss
from tui.parse import parse_feed
from tui.polling import poll
from tui.zones import ZONES, parse_zoned_date


def published(date: str) -> str | None:
    body = rss([{"title": "Report", "description": "Text.", "guid": "g1", "pubDate": date}])
    return parse_feed(body).items[0].published


# 23:30 local on Friday 9 October 2020, in each zone, as UTC.
CASES = {
    "EEST": "2020-10-09T20:30:00Z",
    "EET": "2020-10-09T21:30:00Z",
    "MSK": "2020-10-09T20:30:00Z",
    "MSD": "2020-10-09T19:30:00Z",
    "AZT": "2020-10-09T19:30:00Z",
    "AZST": "2020-10-09T18:30:00Z",
    "AMT": "2020-10-09T19:30:00Z",
    "AMST": "2020-10-09T18:30:00Z",
    "GET": "2020-10-09T19:30:00Z",
    "TRT": "2020-10-09T20:30:00Z",
    "IRST": "2020-10-09T20:00:00Z",
    "IRDT": "2020-10-09T19:00:00Z",
    "GST": "2020-10-09T19:30:00Z",
    "IDT": "2020-10-09T20:30:00Z",
    "IST": "2020-10-09T18:00:00Z",
    "PKT": "2020-10-09T18:30:00Z",
    "CEST": "2020-10-09T21:30:00Z",
    "CET": "2020-10-09T22:30:00Z",
    "MET": "2020-10-09T22:30:00Z",
    "MEST": "2020-10-09T21:30:00Z",
    "WET": "2020-10-09T23:30:00Z",
    "WEST": "2020-10-09T22:30:00Z",
    "BST": "2020-10-09T22:30:00Z",
    "UTC": "2020-10-09T23:30:00Z",
    "UT": "2020-10-09T23:30:00Z",
    "GMT": "2020-10-09T23:30:00Z",
    "Z": "2020-10-09T23:30:00Z",
    "EST": "2020-10-10T04:30:00Z",
    "EDT": "2020-10-10T03:30:00Z",
    "CST": "2020-10-10T05:30:00Z",
    "CDT": "2020-10-10T04:30:00Z",
    "MST": "2020-10-10T06:30:00Z",
    "MDT": "2020-10-10T05:30:00Z",
    "PST": "2020-10-10T07:30:00Z",
    "PDT": "2020-10-10T06:30:00Z",
    "AST": "2020-10-10T03:30:00Z",
    "ADT": "2020-10-10T02:30:00Z",
}


def test_every_known_zone_has_a_case():
    assert set(CASES) == set(ZONES)


@pytest.mark.parametrize("zone", sorted(CASES))
def test_zone_abbreviation_is_read_as_its_offset(zone):
    assert published(f"Fri, 09 Oct 2020 23:30:00 {zone}") == CASES[zone]


def test_the_issue_examples():
    assert published("Fri, 09 Oct 2020 23:30:00 EEST") == "2020-10-09T20:30:00Z"
    assert published("Fri, 09 Oct 2020 23:30:00 MSK") == "2020-10-09T20:30:00Z"


def test_lower_case_no_weekday_and_iso_forms():
    assert published("09 Oct 2020 23:30:00 msk") == "2020-10-09T20:30:00Z"
    assert published("2020-10-09 23:30:00 AZT") == "2020-10-09T19:30:00Z"
    assert published("Fri, 09 Oct 2020 23:30 (EEST)") == "2020-10-09T20:30:00Z"


def test_numeric_offsets_and_unknown_zones_are_left_to_feedparser():
    assert published("Fri, 09 Oct 2020 23:30:00 +0300") == "2020-10-09T20:30:00Z"
    assert published("2020-10-09T23:30:00+04:00") == "2020-10-09T19:30:00Z"
    assert parse_zoned_date("Fri, 09 Oct 2020 23:30:00 XYZT") is None
    assert parse_zoned_date("no date here") is None


def test_a_polled_feed_stores_the_utc_time(feed_server, store, tmp_path):
    body = rss(
        [
            {
                "title": "Night report",
                "description": "Text.",
                "guid": "n1",
                "pubDate": "Fri, 09 Oct 2020 23:30:00 EEST",
            }
        ]
    )
    url = feed_server.add("/eest", Reply(body=body))
    path = tmp_path / "feeds.toml"
    path.write_text(f'[[feeds]]\nname = "Wire"\nurl = "{url}"\nside = "western"\n')
    from tui.config import load_config

    poll(load_config(path), store)
    assert store.newest_items(1)[0]["published"] == "2020-10-09T20:30:00Z"

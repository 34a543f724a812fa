"""Time-zone abbreviations in feed dates: the region's and the common ones, read right.

feedparser knows only the US zones and GMT/UT; any other abbreviation it reads as UTC,
which puts "23:30 EEST" three hours late and a night event on the next day. This
handler, registered in front of feedparser's own, turns a known abbreviation into its
offset and lets feedparser's RFC 822 reader do the rest.

Ambiguous abbreviations take the meaning of this app's region (the Caucasus, Turkey,
Iran, the Middle East) or, failing that, the one English-language outlets use most:

- `AMT` Armenia Time (+04:00), not Amazon Time (-04:00)
- `AMST` Armenia Summer Time (+05:00, used until 2011), not Amazon Summer Time
- `GST` Gulf Standard Time (+04:00), not South Georgia Time (-02:00)
- `IST` India Standard Time (+05:30), not Israel (+02:00) or Irish Summer Time (+01:00);
  Israeli outlets write `IDT` in summer, which is read as +03:00
- `BST` British Summer Time (+01:00), not Bangladesh Standard Time (+06:00)
- `AST` stays Atlantic Standard Time (-04:00) as feedparser reads it, not Arabia
  Standard Time (+03:00): feeds of the Gulf write `+03:00` or `GST`
- `CST` stays US Central (-06:00) as feedparser reads it, not China Standard Time
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone

from feedparser.datetimes import registerDateHandler
from feedparser.datetimes.rfc822 import _parse_date_rfc822

# Minutes east of UTC.
ZONES: dict[str, int] = {
    # the common ones
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5 * 60,
    "EDT": -4 * 60,
    "CST": -6 * 60,
    "CDT": -5 * 60,
    "MST": -7 * 60,
    "MDT": -6 * 60,
    "PST": -8 * 60,
    "PDT": -7 * 60,
    "AST": -4 * 60,
    "ADT": -3 * 60,
    # Europe
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "CET": 60,
    "CEST": 2 * 60,
    "MET": 60,
    "MEST": 2 * 60,
    "EET": 2 * 60,
    "EEST": 3 * 60,
    # the region
    "MSK": 3 * 60,
    "MSD": 4 * 60,  # Moscow summer time, until 2011
    "TRT": 3 * 60,
    "AZT": 4 * 60,
    "AZST": 5 * 60,  # Azerbaijan summer time, until 2016
    "AMT": 4 * 60,
    "AMST": 5 * 60,
    "GET": 4 * 60,  # Georgia
    "IRST": 3 * 60 + 30,
    "IRDT": 4 * 60 + 30,
    "GST": 4 * 60,
    "IDT": 3 * 60,
    "IST": 5 * 60 + 30,
    "PKT": 5 * 60,
}

_TRAILING_ZONE = re.compile(r"^(?P<rest>.*\d)\s*\(?(?P<zone>[A-Za-z]{1,5})\)?\s*$")


def parse_zoned_date(value: str) -> time.struct_time | None:
    """A date ending in a known zone abbreviation, as a UTC time tuple; None otherwise.

    None lets feedparser's other handlers try (numeric offsets, ISO 8601, ...).
    """
    found = _TRAILING_ZONE.match(value.strip())
    if found is None:
        return None
    offset = ZONES.get(found["zone"].upper())
    if offset is None:
        return None
    rest = found["rest"].strip()
    sign = "-" if offset < 0 else "+"
    numeric = f"{sign}{abs(offset) // 60:02d}{abs(offset) % 60:02d}"
    parsed = _parse_date_rfc822(f"{rest} {numeric}")
    if parsed is not None:
        return parsed
    try:  # "2020-10-09 23:30:00 EEST": ISO 8601 with the zone written as a name
        local = datetime.fromisoformat(rest.replace(" ", "T", 1))
    except ValueError:
        return None
    if local.tzinfo is not None:
        return None
    return (local - timedelta(minutes=offset)).timetuple()


_registered = False


def register() -> None:
    """Put the handler in front of feedparser's own (once per process)."""
    global _registered
    if not _registered:
        registerDateHandler(parse_zoned_date)
        _registered = True


def in_local_time(stamp: str | None, offset: int | None) -> datetime | None:
    """An ISO timestamp as the clock read in the conflict's zone (`offset` minutes east
    of UTC), or None when the stamp has no time or there is no zone: the one place the
    tagger and the timeline turn a report's time into the conflict's local day."""
    if not stamp or offset is None or len(stamp) <= 10:
        return None
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(timezone(timedelta(minutes=offset)))

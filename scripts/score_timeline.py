"""Score the timeline builder against a hand-made timeline: is one real event one entry?

The builder should give one entry per real-world event; when it scatters an event over
several entries a reader sees the same day twice. This script builds the timeline with the
project's own code (store, tagger, builder) into a temporary SQLite file and counts, for
each event of a ground truth, how many entries hold any of its reports. Usage (from the
repository root):

    .venv/bin/python scripts/score_timeline.py tests/fixtures/dev/reports.jsonl
    .venv/bin/python scripts/score_timeline.py /work/shared/data/dev-reports.jsonl \\
        --events tests/fixtures/timeline/dev-events.jsonl
    .venv/bin/python scripts/score_timeline.py --demo [--json]

A reports file has one JSON object a line (`id`, `outlet`, `outlet_side`, `published`,
optional `event_date`, `headline_own_words`, `summary`, optional `text` and `url`). Either
each report names its event(s) in an `event` field (a string, a list, or null), or
`--events` gives the ground truth: one line per event, `{"event", "date", "kind", "title",
"reports": [ids]}`. `--demo` polls the bundled demo feeds offline, as `conflict-tui --demo`
does, and scores them against tests/fixtures/timeline/demo-events.jsonl (reports are the
items' guids).

It prints the reports, the events, the entries a reader sees (not hidden, not merged),
entries per report, for each event the number of entries holding any of its reports, the
share of events found in at least one entry, the mean entries per found event, the events
split over more than one entry, the same for news events alone (an event whose every
report is labelled with no kind is a recap: never to be found, a false alarm if it is),
the busiest day and the count of generic titles ("Attacks reported"). `--json` prints
the same figures as JSON.

Everything that knows tui's modules is in `build_timeline`, so when modules move only that
function changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEMO_EVENTS = ROOT / "tests" / "fixtures" / "timeline" / "demo-events.jsonl"


@dataclass(frozen=True, slots=True)
class Report:
    """One report to store as one feed item."""

    id: str
    outlet: str
    side: str
    title: str
    text: str
    published: str | None  # YYYY-MM-DD
    link: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event of the ground truth and the reports that tell it as news."""

    event: str
    date: str
    kind: str
    title: str
    reports: tuple[str, ...]
    news: bool = True  # False: every report of it is labelled with no kind (a recap)


@dataclass(frozen=True, slots=True)
class Entry:
    """One timeline entry as built: the report ids (feed guids) it links."""

    id: int
    date: str
    kind: str
    title: str
    reports: frozenset[str]


def build_timeline(
    db_path: Path, reports: Sequence[Report] | None, profile: Path | None = None
) -> tuple[list[Entry], frozenset[str]]:
    """Store, tag and build with the project's code; the one place coupled to tui.

    `reports` None polls the bundled demo feeds (offline, files on disk). Otherwise each
    report becomes one item of a feed per outlet (with the outlet's side), and the items
    are tagged and the whole timeline rebuilt as `conflict-tui retag` does. Returns the
    entries a reader sees (not hidden, not merged), with the guids of their items, and the
    guids of every stored item.
    """
    from tui.config import DEFAULT_PROFILE, DEMO_DIR, FeedConfig, load_config
    from tui.pipeline import retag_all
    from tui.polling import poll
    from tui.records import EntryFilter, ParsedItem
    from tui.store import Store

    with Store(db_path) as store:
        if reports is None:
            poll(load_config(DEMO_DIR / "feeds.toml"), store, parallel=False)
        else:
            feeds: dict[str, FeedConfig] = {}
            for report in reports:
                if report.outlet not in feeds:
                    slug = re.sub(r"[^a-z0-9]+", "-", report.outlet.lower()).strip("-")
                    url = f"https://{slug or 'outlet'}-{len(feeds)}.score.invalid/feed"
                    feeds[report.outlet] = FeedConfig(report.outlet, url, report.side)
            store.sync_feeds(list(feeds.values()))
            for outlet, feed in feeds.items():
                items = [
                    ParsedItem(
                        guid=r.id,
                        link=r.link,
                        title=r.title,
                        text=r.text,
                        published=f"{r.published}T12:00:00Z" if r.published else None,
                        content_hash=hashlib.sha1(f"{r.title}\0{r.text}".encode()).hexdigest(),
                    )
                    for r in reports
                    if r.outlet == outlet
                ]
                store.ingest(feed.url, items)
            retag_all(store, profile or DEFAULT_PROFILE, workers=1)
        guids = {row[0]: row[1] for row in store.db.execute("SELECT id, guid FROM items")}
        entries = []
        for row in store.iter_entries(EntryFilter()):
            sources = store.entry_sources(row["id"])
            entries.append(
                Entry(
                    id=row["id"],
                    date=row["date"],
                    kind=row["kind"],
                    title=row["title"],
                    reports=frozenset(guids[s["id"]] or s["id"] for s in sources),
                )
            )
    return entries, frozenset(g or i for i, g in guids.items())


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The objects of a JSON-lines file, blank lines skipped."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def report_of(row: dict[str, Any]) -> Report:
    """A labelled report as the feed item a reader's feed would carry."""
    return Report(
        id=row["id"],
        outlet=row.get("outlet") or "unknown outlet",
        side=row.get("outlet_side") or "other",
        title=row.get("headline_own_words") or "",
        text=row.get("text") or row.get("summary") or "",
        published=row.get("published") or row.get("event_date"),
        link=row.get("url"),
    )


def events_of(rows: Iterable[dict[str, Any]]) -> list[Event]:
    """Ground-truth events from lines of an events file."""
    return [
        Event(
            event=row["event"],
            date=row.get("date") or "",
            kind=row.get("kind") or "",
            title=row.get("title") or row["event"],
            reports=tuple(row.get("reports") or ()),
        )
        for row in rows
    ]


def events_from_reports(rows: Sequence[dict[str, Any]]) -> list[Event]:
    """Ground-truth events from reports that name their event(s) in an `event` field.

    An event's date is the earliest of its reports' dates (event_date, else published),
    its kind the most common first label, its title its id.
    """
    members: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        names = row.get("event")
        for name in [names] if isinstance(names, str) else names or []:
            members.setdefault(name, []).append(row)
    events = []
    for name, group in members.items():
        dates = sorted(d for r in group if (d := r.get("event_date") or r.get("published")))
        kinds = [r["labels"][0] for r in group if r.get("labels")]
        kind = max(set(kinds), key=kinds.count) if kinds else ""
        events.append(
            Event(
                name,
                dates[0] if dates else "",
                kind,
                name,
                tuple(r["id"] for r in group),
                # labelled with no kind, every report of it: a recap (no labels: unknown)
                news=bool(kinds) or any("labels" not in r for r in group),
            )
        )
    return sorted(events, key=lambda e: (e.date, e.event))


def score(reports: int, events: Sequence[Event], entries: Sequence[Entry]) -> dict[str, Any]:
    """The figures: how many entries hold each event's reports, and the totals."""
    per_event = []
    for event in events:
        wanted = set(event.reports)
        holding = [e for e in entries if e.reports & wanted]
        per_event.append(
            {
                "event": event.event,
                "date": event.date,
                "title": event.title,
                "reports": len(wanted),
                "entries": len(holding),
                "entry_ids": [e.id for e in holding],
            }
        )
    found = [p for p in per_event if p["entries"] > 0]
    news = [p for p, e in zip(per_event, events, strict=True) if e.news]
    news_found = [p for p in news if p["entries"] > 0]
    recaps = [p for p, e in zip(per_event, events, strict=True) if not e.news]
    return {
        "reports": reports,
        "events": len(events),
        "entries": len(entries),
        "entries_per_report": round(len(entries) / reports, 3) if reports else 0.0,
        "events_found": len(found),
        "found_share": round(len(found) / len(events), 3) if events else 0.0,
        "mean_entries_per_event": (
            round(sum(p["entries"] for p in found) / len(found), 3) if found else 0.0
        ),
        "events_split": sum(1 for p in per_event if p["entries"] > 1),
        # events labelled with a kind (news) apart from recaps no report tells as news:
        # a recap is never to be found, and an entry made of one is a false alarm
        "news_events": len(news),
        "news_events_found": len(news_found),
        "news_found_share": round(len(news_found) / len(news), 3) if news else 0.0,
        "mean_entries_per_news_event": (
            round(sum(p["entries"] for p in news_found) / len(news_found), 3) if news_found else 0.0
        ),
        "recaps_in_entries": sum(1 for p in recaps if p["entries"] > 0),
        "per_event": per_event,
    }


def busiest_day(entries: Sequence[Entry]) -> tuple[str, int]:
    """The day with the most entries in the full view, and how many."""
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.date] = counts.get(entry.date, 0) + 1
    if not counts:
        return "", 0
    day = max(sorted(counts), key=lambda d: counts[d])
    return day, counts[day]


SPEECH = frozenset({"says", "say", "said", "claims", "claim", "denies", "deny", "accuses"})


def is_generic(title: str) -> bool:
    """A title that says only what kind of thing happened: no who, where or figure.

    "Attacks reported", "Appeal", "Civilian harm and humanitarian situation": after the
    first word there is no capitalised word (a party, place or person) and no digit, and
    the first word is not a speaker ("Azerbaijan says truce broken" names who).
    """
    words = title.split()
    if any(c.isdigit() for c in title) or (len(words) > 1 and words[1] in SPEECH):
        return False
    return not any(word[:1].isupper() for word in words[1:])


def generic_titles(entries: Sequence[Entry]) -> int:
    """How many entries have a generic title (see `is_generic`)."""
    return sum(1 for e in entries if is_generic(e.title))


def print_text(figures: dict[str, Any], *, totals_only: bool = False) -> None:
    """The figures for a reader: totals first, then one line per event (unless
    `totals_only`: a held-out set is scored by its totals, never read event by event)."""
    print(f"reports:                 {figures['reports']}")
    print(f"events:                  {figures['events']}")
    print(f"entries:                 {figures['entries']}")
    print(f"entries per report:      {figures['entries_per_report']:.3f}")
    print(
        f"events found:            {figures['events_found']} of {figures['events']} "
        f"({figures['found_share']:.1%})"
    )
    print(f"mean entries per event:  {figures['mean_entries_per_event']:.3f} (found events)")
    print(f"events split (>1 entry): {figures['events_split']}")
    print(
        f"news events found:       {figures['news_events_found']} of "
        f"{figures['news_events']} ({figures['news_found_share']:.1%}), "
        f"{figures['mean_entries_per_news_event']:.3f} entries each "
        f"(recaps, labelled with no kind, left out; {figures['recaps_in_entries']} in entries)"
    )
    print(f"busiest day:             {figures['busiest_day']} ({figures['busiest_day_entries']})")
    print(f"generic titles:          {figures['generic_titles']}")
    if totals_only:
        return
    print()
    for p in figures["per_event"]:
        print(f"{p['entries']:3d}  {p['date']}  {p['event']}: {p['title']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="?", type=Path, help="labelled reports (JSON lines)")
    parser.add_argument("--events", type=Path, help="ground-truth events (JSON lines)")
    parser.add_argument("--demo", action="store_true", help="score the bundled demo corpus")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--profile", type=Path, help="the war's profile (default: the Karabakh profile)"
    )
    parser.add_argument(
        "--totals", action="store_true", help="print only the totals, no line per event"
    )
    args = parser.parse_args(argv)
    if args.demo == bool(args.reports):
        parser.error("give a reports file or --demo")
    reports: list[Report] | None = None
    if args.demo:
        events = events_of(read_jsonl(args.events or DEMO_EVENTS))
    else:
        rows = read_jsonl(args.reports)
        reports = [report_of(row) for row in rows]
        events = events_of(read_jsonl(args.events)) if args.events else events_from_reports(rows)
    with tempfile.TemporaryDirectory(prefix="score-timeline-") as tmp:
        entries, stored = build_timeline(Path(tmp) / "timeline.db", reports, args.profile)
    figures = score(len(stored), events, entries)
    figures["busiest_day"], figures["busiest_day_entries"] = busiest_day(entries)
    figures["generic_titles"] = generic_titles(entries)
    if args.json:
        if args.totals:
            figures.pop("per_event", None)
        json.dump(figures, sys.stdout, indent=1)
        print()
    else:
        print_text(figures, totals_only=args.totals)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # a reader that stops early (| head): end quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(0) from None

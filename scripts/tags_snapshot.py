"""Every tag the tagger gives a fixed corpus, one JSON line each: for speed work, whose
changes must leave every tag as it was (run before and after, compare the files byte for
byte).

    .venv/bin/python -B scripts/tags_snapshot.py /tmp/before.txt
    ... change the tagger ...
    .venv/bin/python -B scripts/tags_snapshot.py /tmp/after.txt
    cmp /tmp/before.txt /tmp/after.txt

The corpus: every report of tests/fixtures/dev (with its set's bundled profile, as
`tui.evaluate` reads it) and tests/fixtures/regression (the default profile), each read
again without a date with the summary after its headline (other contexts for the same
sentences); the demo items under every bundled profile; and the 3,000 texts of
`python -m tui.tagger --bench 3000`, with and without --unique. Never the held-out set.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from tui.config import DEMO_DIR
from tui.evaluate import read_reports, report_text
from tui.parse import parse_feed
from tui.profile import Profile, load_profile
from tui.records import Tag
from tui.tagger import Tagger
from tui.tagger.bench import bench_texts

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "tui" / "profile" / "bundled"
FIXTURES = ROOT / "tests" / "fixtures"


def _write(out: TextIO, label: str, tags: Iterable[Tag]) -> int:
    """One line per tag (a report without one gets a line too); returns the tag count."""
    count = 0
    for tag in tags:
        out.write(f"{label}\t{json.dumps(dataclasses.asdict(tag), sort_keys=True)}\n")
        count += 1
    if not count:
        out.write(f"{label}\t-\n")
    return count


def _labelled(out: TextIO, path: Path, profile: Profile) -> int:
    tagger, count = Tagger(profile), 0
    reports = read_reports(path)
    for r in reports:
        published = r.get("published") or r.get("event_date")
        tags = tagger.tag(r.get("headline_own_words", ""), report_text(r), published)
        count += _write(out, f"{path.name}:{r.get('id')}", tags)
    for r in reports:  # the same sentences in another context: no date, headline as body
        title = r.get("headline_own_words", "")
        tags = tagger.tag(title, f"{title}. {r.get('summary') or ''}", None)
        count += _write(out, f"{path.name}:{r.get('id')}:other", tags)
    return count


def snapshot(out: TextIO) -> int:
    """Write every tag of the corpus to `out`; returns how many."""
    count = 0
    for path in sorted((FIXTURES / "dev").glob("*.jsonl")):
        base = re.sub(r"-\d+$", "", path.stem)
        profile = (
            load_profile()
            if base.startswith("karabakh")
            else load_profile(BUNDLED / f"{base}.toml")
        )
        count += _labelled(out, path, profile)
    for path in sorted((FIXTURES / "regression").glob("*.jsonl")):
        count += _labelled(out, path, load_profile())
    demo = [
        (f"{path.name}:{i}", item)
        for path in sorted(DEMO_DIR.glob("*.xml"))
        for i, item in enumerate(parse_feed(path.read_bytes()).items)
    ]
    for profile_path in sorted(BUNDLED.glob("*.toml")):  # the default (karabakh) among them
        tagger = Tagger(load_profile(profile_path))
        for label, item in demo:
            tags = tagger.tag(item.title, item.text, item.published)
            count += _write(out, f"demo@{profile_path.stem}:{label}", tags)
    for unique in (False, True):
        tagger = Tagger(load_profile())
        for i, (title, text) in enumerate(bench_texts(3000, unique)):
            count += _write(
                out,
                f"bench{'-unique' if unique else ''}:{i}",
                tagger.tag(title, text, "2020-10-13"),
            )
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="file to write the tags to")
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as out:
        count = snapshot(out)
    print(f"{count:,} tags written to {args.out}")


if __name__ == "__main__":
    main()

"""The tagger and the timeline builder give the same output whatever the hash seed.

Python randomises ``hash()`` of strings per process (PYTHONHASHSEED), so iterating a
set or frozenset of names can change order from run to run. Titles, places, parties and
entry keys must not depend on it: the demo corpus is tagged and built in two fresh
interpreters with different seeds, and their outputs must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

SCRIPT = r"""
from tui.config import DEFAULT_PROFILE, DEMO_DIR, load_config
from tui.parse import parse_feed
from tui.profile import load_profile
from tui.tagger import Tagger
from tui.records import TaggedItem
from tui.timeline import build_entries

config = load_config(DEMO_DIR / "feeds.toml")
profile = load_profile(DEFAULT_PROFILE)
tagger = Tagger(profile)
items = []
for feed in config.feeds:
    parsed = parse_feed((DEMO_DIR / feed.url).read_bytes())
    for i, it in enumerate(parsed.items):
        tags = tuple(tagger.tag(it.title, it.text, it.published))
        item_id = f"{feed.name}#{i}"
        items.append(
            TaggedItem(item_id, feed.side, feed.name, it.link, it.title, it.text,
                       it.published, tags)
        )
        for t in tags:
            print("tag", item_id, t.kind, t.rule, t.accuser, t.accused, t.denier,
                  t.parties, t.places, t.event_date, t.casualties)
for e in build_entries(items, profile):
    print("entry", e.key, e.kind, e.title, e.parties, e.places,
          [(c.accuser, c.accused, c.item_ids) for c in e.claims],
          [(d.denier, d.date, d.item_ids, d.answers) for d in e.denials],
          e.counter_claims, e.casualties, e.item_ids)
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def test_demo_tags_and_entries_do_not_depend_on_the_hash_seed():
    first, second = _run("1"), _run("2")
    assert first.count("\nentry ") > 50  # the demo corpus was read and built
    if first != second:
        a, b = first.splitlines(), second.splitlines()
        diff = [(x, y) for x, y in zip(a, b, strict=False) if x != y][:5]
        raise AssertionError(f"output depends on the hash seed: {diff}")

"""Near-duplicate reports: syndicated copies (same link, near-identical text) of one story.

A copy is listed as a source but points at its representative, so it is not counted twice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.records import Source, TaggedItem

_WORDS = re.compile(r"\w+")


def _shingles(text: str) -> frozenset[int]:
    words = _WORDS.findall(text.lower())
    if len(words) < 4:
        return frozenset({hash(" ".join(words))})
    # each word 3-gram as a tuple: hashed in C, no joined string per position
    return frozenset(map(hash, zip(words, words[1:], words[2:], strict=False)))


@lru_cache(maxsize=2048)  # a day's reports: enough to compute each once
def _item_shingles(item_id: str, title: str, text: str) -> tuple[frozenset[int], frozenset[int]]:
    """An item's shingles and their bottom-8 sketch, computed once per report.

    One report is a source of several entries; and two texts with a Jaccard similarity
    of 0.8 or more share most of their smallest shingles, so comparing the 8-element
    sketches first skips nearly every full comparison between unrelated reports.
    """
    shingles = _shingles(f"{title} {text}")
    return shingles, frozenset(sorted(shingles)[:8])


def near_duplicate(a: frozenset[int], b: frozenset[int], threshold: float = 0.8) -> bool:
    """Jaccard similarity of word 3-gram sets at or above `threshold`."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) / len(large) < threshold:
        return False
    inter = len(small & large)
    return inter / (len(a) + len(b) - inter) >= threshold


def _normal_link(link: str | None) -> str | None:
    if not link:
        return None
    link = link.strip().lower().split("#", 1)[0].rstrip("/")
    return re.sub(r"^https?://(www\.)?", "", link)


def mark_copies(items: list[TaggedItem]) -> tuple[Source, ...]:
    """Each item once; copies (same link or near-identical text) marked as duplicates."""
    unique: dict[str, TaggedItem] = {}
    for item in items:
        unique.setdefault(item.item_id, item)
    if len(unique) == 1:  # nothing to compare: no shingles to make
        (item,) = unique.values()
        return (Source(item.item_id, item.outlet, item.side, item.link, None),)
    # The earliest report is the original; a tie (a wire story carried at the same minute)
    # goes by side and outlet, never by item id, which depends on where a feed file lives.
    ordered = sorted(
        unique.values(),
        key=lambda i: (i.published or "9999", i.side or "", i.outlet or "", i.item_id),
    )
    reps: list[tuple[TaggedItem, frozenset[int], frozenset[int], str | None]] = []
    out: list[Source] = []
    for item in ordered:
        link = _normal_link(item.link)
        shingles, sketch = _item_shingles(item.item_id, item.title, item.text)
        duplicate_of = None
        for rep, rep_shingles, rep_sketch, rep_link in reps[:200]:
            if (link and link == rep_link) or (
                len(sketch & rep_sketch) >= 2 and near_duplicate(shingles, rep_shingles)
            ):
                duplicate_of = rep.item_id
                break
        if duplicate_of is None:
            reps.append((item, shingles, sketch, link))
        out.append(Source(item.item_id, item.outlet, item.side, item.link, duplicate_of))
    return tuple(out)

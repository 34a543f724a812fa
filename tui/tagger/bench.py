"""Tagging throughput: ``python -m tui.tagger --bench 5000 [--jobs 2]`` prints items per
second; ``--text`` tags one text and prints its tags as JSON."""

from __future__ import annotations

import dataclasses
import json
import time

from tui.profile import Profile, load_profile
from tui.tagger.core import Tagger
from tui.tagger.text import split_sentences

_BENCH_TEXTS = (
    (
        "Azerbaijan accuses Armenia of shelling Tartar despite truce",
        "Azerbaijan's defence ministry said on Monday that Armenian forces shelled the Tartar "
        "and Aghdam districts overnight, in breach of the humanitarian truce agreed in Moscow "
        "on Saturday. Armenia's defence ministry spokeswoman Shushan Stepanyan denied the "
        "claim and said Azerbaijani troops had resumed their offensive in the south. "
        "Azerbaijan's prosecutor said two civilians were killed and five wounded in Tartar.",
    ),
    (
        "Lavrov urges restraint in calls with Armenian and Azerbaijani ministers",
        "Russian Foreign Minister Sergei Lavrov spoke by phone with his Armenian and "
        "Azerbaijani counterparts on Tuesday, urging both sides to respect the ceasefire and "
        "return to talks under the OSCE Minsk Group. The Kremlin said Putin was ready to "
        "host a new meeting in Moscow. Shelling of Stepanakert continued, local officials "
        "said, and the Red Cross called for access to civilians sheltering in basements.",
    ),
)


def bench(
    n: int, profile: Profile | None = None, jobs: int = 1, unique: bool = False
) -> tuple[float, float]:
    """Tag `n` items of about 500 characters; returns items per second (wall, CPU).

    CPU time is the fairer figure on a shared machine; wall time is what a user waits.
    Each item ends in a sentence of its own, but its other sentences repeat (as headlines,
    wire copy and retags repeat), so the tagger's per-sentence cache serves them; with
    `unique` every sentence differs and nothing is served from that cache.
    With `jobs` > 1 the items are tagged in that many forked processes, in batches of
    250, as `poll` and `retag` do (CPU time is then the parent's, so only wall counts).
    """
    tagger = Tagger(profile or load_profile())
    varied = bench_texts(n, unique)
    wall, cpu = time.perf_counter(), time.process_time()
    if jobs <= 1:
        for title, text in varied:
            tagger.tag(title, text, "2020-10-13")
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _BENCH_TAGGER
        _BENCH_TAGGER = tagger  # compiled once, shared by the forked workers
        batches = [varied[i : i + 250] for i in range(0, len(varied), 250)]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            tagged = sum(pool.map(_bench_batch, batches))
        assert tagged == n
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return (n / wall if wall else float("inf"), n / cpu if cpu else float("inf"))


def bench_texts(n: int, unique: bool = False) -> list[tuple[str, str]]:
    """The `n` (title, text) items the benchmark tags (see `bench`)."""
    items = [_BENCH_TEXTS[i % len(_BENCH_TEXTS)] for i in range(n)]
    # vary the text a little so that no whole item repeats
    varied = [(title, text + f" Report {i}.") for i, (title, text) in enumerate(items)]
    if unique:  # a word of its own in every sentence (letters: no figure, no date)
        varied = [
            (f"{title} {_code(i)}", text.replace(". ", f" {_code(i)}. "))
            for i, (title, text) in enumerate(varied)
        ]
    return varied


_BENCH_TAGGER: Tagger | None = None


def _code(i: int) -> str:
    """A made-up word for item `i` ("Zqbbbc"), unlike any name or trigger."""
    letters = ""
    for _ in range(4):
        letters += "bcdfghjklmnpqrstvwxz"[i % 20]
        i //= 20
    return "Zq" + letters


def _bench_batch(items: list[tuple[str, str]]) -> int:
    """Tag one batch in a benchmark worker; returns how many items it tagged."""
    tagger = _BENCH_TAGGER or Tagger(load_profile())
    for title, text in items:
        tagger.tag(title, text, "2020-10-13")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m tui.tagger", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--bench", type=int, metavar="N", help="tag N items and print items/s")
    parser.add_argument(
        "--jobs", type=int, default=1, help="with --bench: processes to tag in (default 1)"
    )
    parser.add_argument(
        "--unique", action="store_true", help="with --bench: no sentence repeats across items"
    )
    parser.add_argument("--profile", help="profile TOML (default: the bundled karabakh)")
    parser.add_argument("--published", help="publication date for --text")
    parser.add_argument("--text", help="tag this text (the first sentence is the title)")
    args = parser.parse_args(argv)
    profile = load_profile(args.profile) if args.profile else load_profile()
    if args.bench:
        wall, cpu = bench(args.bench, profile, args.jobs, args.unique)
        avg = sum(len(t) + len(x) for t, x in _BENCH_TEXTS) / len(_BENCH_TEXTS)
        if args.jobs > 1:
            print(
                f"{args.bench} items of ~{avg:.0f} characters in {args.jobs} processes: "
                f"{wall:,.0f} items/second (wall clock)"
            )
        else:
            print(
                f"{args.bench} items of ~{avg:.0f} characters: {wall:,.0f} items/second "
                f"(wall clock), {cpu:,.0f} items/second of CPU time"
            )
        return 0
    if args.text:
        sentences = split_sentences(args.text)
        title, rest = (sentences[0], " ".join(sentences[1:])) if sentences else ("", "")
        for tag in Tagger(profile).tag(title, rest, args.published):
            print(json.dumps(dataclasses.asdict(tag), ensure_ascii=False))
        return 0
    parser.print_help()
    return 0

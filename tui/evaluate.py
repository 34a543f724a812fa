"""Measure the tagger against a labelled file of reports.

    python -m tui.evaluate FILE.jsonl [--profile P] [--show-errors]
    python -m tui.evaluate --bench [N]

FILE.jsonl holds one report a line, in the format of the shared development set:
``headline_own_words`` (the title), ``text`` (the body in wire-style wording) when the
report has one, else ``summary`` (an own-words summary), ``published`` (or, when it
is null, ``event_date``) as the publication date, ``labels`` (event kinds; background
recaps earn none), ``accuser`` / ``accused`` (of the violation claim) and ``denier``.

Printed: precision, recall and F1 per kind and micro-averaged over all kinds (a kind
counts once per report); accuracy of the accuser, accused and denier on the reports
whose labels name them (the tagger's answer is the first tag of that kind, in reading
order, that names one); and how often a labelled event date is among the tag dates.
``--show-errors`` lists every missed and spurious kind with the report and evidence.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tui.profile import KINDS, load_profile
from tui.records import Tag
from tui.tagger import Tagger, bench


def read_reports(path: str | Path) -> list[dict[str, Any]]:
    """The labelled reports of a JSONL file (blank lines skipped)."""
    reports = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line:
                continue
            try:
                reports.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON: {exc}") from None
    return reports


def report_text(report: dict[str, Any]) -> str:
    """The body the tagger reads: the real-wording ``text`` when present (it is what news
    looks like), else the own-words ``summary``."""
    return report.get("text") or report.get("summary") or ""


def _first(tags: list[Tag], kind: str, attr: str) -> str | None:
    for tag in tags:
        if tag.kind == kind and getattr(tag, attr):
            return getattr(tag, attr)
    return None


def evaluate(reports: list[dict[str, Any]], tagger: Tagger) -> dict[str, Any]:
    """Counts and scores for a list of labelled reports."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    roles = {name: [0, 0] for name in ("accuser", "accused", "denier")}
    dates = [0, 0]
    errors: list[str] = []
    for report in reports:
        published = report.get("published") or report.get("event_date")
        tags = tagger.tag(report.get("headline_own_words", ""), report_text(report), published)
        predicted = {t.kind for t in tags}
        gold = set(report.get("labels", []))
        for kind in KINDS:
            if kind in predicted and kind in gold:
                tp[kind] += 1
            elif kind in predicted:
                fp[kind] += 1
                evidence = next(t for t in tags if t.kind == kind)
                errors.append(
                    f"FP {kind:<18} {report.get('id')}: [{evidence.rule}] {evidence.evidence}"
                )
            elif kind in gold:
                fn[kind] += 1
                errors.append(
                    f"FN {kind:<18} {report.get('id')}: {report.get('headline_own_words')} | "
                    f"{report_text(report)}"
                )
        for name, kind in (
            ("accuser", "violation_claim"),
            ("accused", "violation_claim"),
            ("denier", "denial"),
        ):
            expected = report.get(name)
            if expected and kind in gold:
                got = _first(tags, kind, name)
                roles[name][1] += 1
                if got == expected:
                    roles[name][0] += 1
                else:
                    errors.append(
                        f"ROLE {name}: {report.get('id')}: expected {expected}, got {got}"
                    )
        if report.get("event_date") and report.get("published") and tags:
            dates[1] += 1
            if report["event_date"] in {t.event_date for t in tags}:
                dates[0] += 1
    per_kind = {}
    for kind in KINDS:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else None
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else None
        f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
        per_kind[kind] = {"tp": tp[kind], "fp": fp[kind], "fn": fn[kind], "p": p, "r": r, "f1": f}
    stp, sfp, sfn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    mp = stp / (stp + sfp) if stp + sfp else 0.0
    mr = stp / (stp + sfn) if stp + sfn else 0.0
    mf = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    return {
        "reports": len(reports),
        "per_kind": per_kind,
        "micro": {"p": mp, "r": mr, "f1": mf},
        "roles": roles,
        "dates": dates,
        "errors": errors,
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def print_report(result: dict[str, Any], out: Any = None) -> None:
    """The scores as a plain-text table (to `out`, default the current stdout)."""
    out = out or sys.stdout  # looked up now: callers (and tests) may redirect it
    print(f"{result['reports']} reports", file=out)
    print(f"{'kind':<20} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn", file=out)
    for kind, row in result["per_kind"].items():
        print(
            f"{kind:<20} {_fmt(row['p']):>5} {_fmt(row['r']):>5} {_fmt(row['f1']):>5}  "
            f"{row['tp']:3d} {row['fp']:3d} {row['fn']:3d}",
            file=out,
        )
    micro = result["micro"]
    print(f"{'micro':<20} {micro['p']:.2f}  {micro['r']:.2f}  {micro['f1']:.2f}", file=out)
    for name, (right, total) in result["roles"].items():
        share = f"{right / total:.2f}" if total else "-"
        print(f"{name} accuracy: {right}/{total} ({share})", file=out)
    right, total = result["dates"]
    if total:
        print(f"event date found (reports with a separate event date): {right}/{total}", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tui.evaluate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("file", nargs="?", help="labelled reports (JSON lines)")
    parser.add_argument("--profile", help="profile TOML (default: the bundled karabakh)")
    parser.add_argument("--show-errors", action="store_true", help="list misses and false alarms")
    parser.add_argument(
        "--bench",
        nargs="?",
        const=5000,
        type=int,
        metavar="N",
        help="tag N items of ~500 characters and print items/second",
    )
    args = parser.parse_args(argv)
    profile = load_profile(args.profile) if args.profile else load_profile()
    if args.bench:
        wall, cpu = bench(args.bench, profile)
        print(
            f"{wall:,.0f} items/second wall clock, {cpu:,.0f} per CPU second ({args.bench} items)"
        )
        if not args.file:
            return 0
    if not args.file:
        parser.print_help()
        return 0
    result = evaluate(read_reports(args.file), Tagger(profile))
    print_report(result)
    if args.show_errors:
        print()
        for line in result["errors"]:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

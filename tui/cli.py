"""The command line: no subcommand opens the app; `poll`, `feeds` and friends script it.

Exit codes (a contract): 0 it ran; 1 nothing could be polled or the database failed;
2 a usage or configuration error; 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP (stopped cleanly).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from rich.console import Console
from rich.text import Text

from tui.cli_args import (
    build_parser,
    check_party,
    entry_filter_from_args,
    with_side,
)
from tui.config import (
    APP_NAME,
    BUNDLED_FEEDS,
    DEMO_DIR,
    Config,
    default_db_path,
    find_feeds_path,
    init_feeds_text,
    load_config,
    user_feeds_path,
)
from tui.errors import ConfigError, ConflictTuiError
from tui.lifecycle import Terminated, signals_as_interrupts
from tui.polling import FeedOutcome, PollReport, poll
from tui.profile.sides import SideSet, activate
from tui.records import EntryFilter
from tui.sanitize import clean_line
from tui.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Output(Console):
    """stdout, where a reader that stops reading (`| head`) ends the command quietly
    with status 0 (rich's own handling exits 1)."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        # This process's own command line: the modules and objects loaded so far live as
        # long as it does, so the cycle collector need not walk them again (a full
        # collection of them cost a warm poll 30-150 ms; forked workers also keep
        # sharing their pages). Callers passing argv (tests, scripts) are left alone.
        gc.freeze()
    parser = build_parser()
    args = parser.parse_args(argv)
    console = _Output(highlight=False, soft_wrap=True)
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    handler: Callable[[argparse.Namespace, Console], int] = _COMMANDS[args.command or "app"]
    try:
        if handler is cmd_app:  # Textual handles the terminal's signals itself
            return handler(args, console)
        with signals_as_interrupts():
            return handler(args, console)
    except Terminated as exc:
        # SIGTERM (timeout, systemd) or SIGHUP (a closed terminal): unwound like Ctrl-C
        errors.print(Text(f"{exc.name}: stopped; nothing half-written was kept"))
        return exc.exit_code
    except ConfigError as exc:
        errors.print(Text(f"error: {exc}"))
        return EXIT_USAGE
    except ConflictTuiError as exc:
        errors.print(Text(f"error: {exc}"))
        return exc.exit_code
    except KeyboardInterrupt:
        errors.print(Text("interrupted"))
        return 130
    except BrokenPipeError:
        # the reader stopped reading (`conflict-tui export | head`): that is its choice,
        # not an error; point stdout at /dev/null so the exit-time flush stays quiet
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def demo_db_path() -> Path:
    """The demo's own database: never the user's, one per installed copy and release.

    The demo's feeds are files inside the package and a feed is keyed by its path, so a
    second checkout or a reinstall in another place polling into one shared database
    would store every report twice; the name carries a hash of where the demo lives. It
    also carries a hash of the tagger, builder and rules, so that after an upgrade the
    demo is tagged anew instead of showing the old release's timeline.
    """
    where = hashlib.sha1(str(DEMO_DIR).encode("utf-8", "surrogatepass"))
    where.update(_tagging_fingerprint().encode())
    return Path(platformdirs.user_cache_dir(APP_NAME)) / f"demo-{where.hexdigest()[:10]}.db"


def _tagging_fingerprint() -> str:
    """A hash of what makes tags and entries: the tagger's and builder's code, the shared
    language files and the bundled profiles (their bytes, in a fixed order)."""
    package = Path(__file__).parent
    digest = hashlib.sha1()
    for folder, pattern in (("tagger", "*.py"), ("timeline", "*.py"), ("profile", "*.toml")):
        for path in sorted((package / folder).rglob(pattern)):
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def resolve(args: argparse.Namespace) -> tuple[Config, Path]:
    """The feeds.toml and database a command works on."""
    if args.demo:
        feeds_path = Path(args.feeds) if args.feeds else DEMO_DIR / "feeds.toml"
        db_path = Path(args.db) if args.db else demo_db_path()
    else:
        feeds_path = find_feeds_path(args.feeds)
        db_path = Path(args.db) if args.db else default_db_path()
        if feeds_path == BUNDLED_FEEDS:
            _note_bundled_feeds()
    config = load_config(feeds_path)
    activate(config.sides)  # codes and colours of the profile's sides, in every line
    return config, db_path


_NOTED: list[bool] = []


def _note_bundled_feeds() -> None:
    """Say once per run (on stderr, so output stays clean) that no feeds.toml of the
    user's own was found and the bundled outlets are used."""
    if _NOTED:
        return
    _NOTED.append(True)
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        Text(
            f"note: no feeds.toml of your own ({user_feeds_path()}); using the bundled "
            f"outlets. `{APP_NAME} init` writes yours to edit.",
            style="dim",
        )
    )


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    """Write the user's own feeds.toml (or `--feeds PATH`): the bundled outlets, commented."""
    if args.demo:
        raise ConfigError("--demo", "the demo's feeds.toml is bundled; init writes your own")
    target = Path(args.feeds) if args.feeds else user_feeds_path()
    if target.exists() and not args.force:
        raise ConfigError(str(target), "already exists; `init --force` overwrites it")
    from tui.opml import write_text_atomically

    write_text_atomically(target, init_feeds_text())
    count = len(load_config(target).feeds)
    console.print(
        Text(
            f"wrote {target}: {count} feeds, commented; edit it to add or remove outlets "
            f"(`{APP_NAME} poll` reads it from now on)"
        )
    )
    return EXIT_OK


def cmd_poll(args: argparse.Namespace, console: Console) -> int:
    config, db_path = resolve(args)
    if not config.feeds:
        console.print(Text(f"{config.path}: no [[feeds]] to poll"))
        return EXIT_FAILED
    with Store(db_path) as store:
        report = run_poll(config, store, console, quiet=getattr(args, "quiet", False))
    return EXIT_FAILED if report.all_failed else EXIT_OK


def run_poll(config: Config, store: Store, console: Console, *, quiet: bool = False) -> PollReport:
    """Poll with one progress line per feed and a closing summary."""
    width = max((len(f.name) for f in config.feeds), default=10)
    width = min(width, 40)

    def on_feed(outcome: FeedOutcome, done: int, total: int) -> None:
        if not quiet:
            console.print(_progress_line(outcome, done, total, width))

    def on_notice(message: str) -> None:
        Console(stderr=True, highlight=False, soft_wrap=True).print(Text(message, style="dim"))

    report = poll(config, store, on_feed=on_feed, on_notice=on_notice)
    for line in summary_lines(report):
        console.print(line)
    return report


_MARKS = {
    "ok": ("ok", "green"),
    "not_modified": ("--", "dim"),
    "error": ("!!", "red"),
    "deferred": ("..", "yellow"),  # not fetched: the server's Retry-After has not passed
}


def _progress_line(outcome: FeedOutcome, done: int, total: int, width: int) -> Text:
    mark, style = _MARKS[outcome.status]
    line = Text(f"[{done:>{len(str(total))}}/{total}] ")
    line.append(mark, style=style)
    line.append(f" {clean_line(outcome.feed.name)[:width]:<{width}}  ")
    if outcome.status == "error":
        line.append(clean_line(outcome.error or "failed"), style="red")
    elif outcome.status == "deferred":
        line.append(clean_line(outcome.error or "skipped"), style="yellow")
    elif outcome.status == "not_modified":
        line.append("not modified", style="dim")
    else:
        line.append(f"{outcome.new} new, {outcome.updated} updated")
        if outcome.skipped_topic:
            line.append(f", {outcome.skipped_topic} off-topic skipped", style="dim")
        if outcome.full_texts or outcome.full_text_failures:
            line.append(f", {outcome.full_texts} full texts")
            if outcome.full_text_failures:
                line.append(f" ({outcome.full_text_failures} pages failed)", style="yellow")
        if outcome.problem:
            line.append(f"  ({clean_line(outcome.problem)})", style="yellow")
    line.append(f"  {outcome.seconds:.2f} s", style="dim")
    return line


def summary_lines(report: PollReport) -> list[Text]:
    """The closing summary: feeds by status, items by fate, failures with reasons."""
    deferred = report.count("deferred")
    waiting = f", {deferred} waiting (Retry-After)" if deferred else ""
    lines = [
        Text(
            f"feeds: {report.count('ok')} ok, {report.count('not_modified')} not modified, "
            f"{report.count('error')} failed{waiting}; items: {report.new} new, "
            f"{report.updated} updated, "
            f"{report.skipped_topic} skipped by the topic filter; {report.seconds:.2f} s "
            f"(longest write lock {report.longest_write:.2f} s)"
        )
    ]
    for outcome in report.outcomes:
        if outcome.status == "error":
            lines.append(
                Text(
                    f"  failed: {clean_line(outcome.feed.name)}: {clean_line(outcome.error)}",
                    style="red",
                )
            )
    return lines


def cmd_feeds(args: argparse.Namespace, console: Console) -> int:
    action = getattr(args, "feeds_action", None)
    if action == "import":
        return cmd_feeds_import(args, console)
    if action == "export":
        return cmd_feeds_export(args, console)
    config, db_path = resolve(args)
    if not args.db and not Path(db_path).exists():
        # a fresh install (the default database not made yet): list the configured feeds
        # and create nothing; a `--db` that names no database is an error (a typo)
        rows = configured_feeds(config, [])
        console.print(Text(f"no database yet at {db_path}: nothing polled so far"))
    else:
        with Store(db_path, read_only=True) as store:
            rows = configured_feeds(config, store.feeds())
    for row in rows:
        status = row["last_status"] or "never polled"
        line = Text(f"{clean_line(row['name'])}  [")
        line.append_text(_side_label(config.sides, row["side"]))
        line.append(f"]  {status}")
        line.append(f"  {row['item_count'] or 0} items, {row['unread_count']} unread")
        if row.get("last_polled"):
            line.append(f"  polled {row['last_polled']}", style="dim")
        line.append(f"\n    {clean_line(row['url'])}", style="dim")
        if row.get("last_error"):
            line.append(
                f"\n    last error: {clean_line(row['last_error'])}",
                style="red" if row["last_status"] == "error" else "yellow",
            )
        console.print(line)
    return EXIT_OK


def configured_feeds(config: Config, stored: list[dict]) -> list[dict]:
    """The configured feeds in feeds.toml order with what the database knows of each,
    then feeds no longer configured (read-only: nothing is written to list them)."""
    by_url = {row["url"]: row for row in stored}
    rows = []
    for feed in config.feeds:
        row = dict(by_url.pop(feed.url, None) or {"last_status": None, "item_count": 0})
        row.update(url=feed.url, name=feed.name, side=feed.side)
        row.setdefault("unread_count", 0)
        rows.append(row)
    return rows + list(by_url.values())


def cmd_feeds_import(args: argparse.Namespace, console: Console) -> int:
    from tui.opml import import_opml

    if args.demo and not args.feeds:
        raise ConfigError("--demo", "the demo's feeds.toml is bundled; import with --feeds PATH")
    target = find_feeds_path(args.feeds)
    if target == BUNDLED_FEEDS:  # never write into the installed package: the user's own
        target = user_feeds_path()
    report = import_opml(args.file, target, default_side=args.side, dry_run=args.dry_run)
    verb = "would add" if args.dry_run else "added"
    for feed in report.added:
        line = Text(f"{verb}: {clean_line(feed.name)}  [")
        line.append_text(_side_label(report.sides, feed.side))
        line.append(f"]  {feed.url}")
        console.print(line)
    for url, reason in report.skipped:
        console.print(Text(f"skipped: {clean_line(url)} ({reason})", style="dim"))
    where = f"{target} (new file)" if report.created and report.added else str(target)
    console.print(
        Text(
            import_summary(len(report.added), len(report.skipped), args.dry_run)
            + ("" if args.dry_run or not report.added else f"; wrote {where}")
        )
    )
    return EXIT_OK


def import_summary(added: int, skipped: int, dry_run: bool) -> str:
    """`would add 3 feeds, skip 1` / `no feeds would be added`: counts in plain words."""

    def feeds(count: int) -> str:
        return f"{count} feed{'' if count == 1 else 's'}"

    if dry_run:
        text = f"would add {feeds(added)}" if added else "no feeds would be added"
        return text + (f", skip {feeds(skipped)}" if skipped else "")
    text = f"added {feeds(added)}" if added else "no feeds added"
    return text + (f", skipped {feeds(skipped)}" if skipped else "")


def cmd_feeds_export(args: argparse.Namespace, console: Console) -> int:
    from tui.opml import write_opml

    config, _ = resolve(args)
    written, skipped = write_opml(list(config.feeds), args.out, sides=config.sides)
    if skipped or args.out != "-":
        errors = Console(stderr=True, highlight=False, soft_wrap=True)
        note = f"{written} feeds written to {args.out}" if args.out != "-" else ""
        if skipped:
            extra = f"{skipped} feeds skipped (not http(s) URLs)"
            note = f"{note}; {extra}" if note else extra
        errors.print(Text(note))
    return EXIT_OK


def poll_demo_if_empty(args: argparse.Namespace, config: Config, db_path: Path) -> None:
    """`--demo timeline` / `--demo export` before the demo was polled: poll the bundled
    corpus first (offline, a few seconds), so the demo never prints an empty timeline."""
    if not args.demo:
        return
    with Store(db_path) as store:
        if store.count_entries(EntryFilter(include_hidden=True)):
            return
        errors = Console(stderr=True, highlight=False, soft_wrap=True)
        errors.print(Text("the demo database is empty: polling the bundled demo corpus first"))
        report = poll(config, store)
    if report.all_failed:
        raise ConflictTuiError("the bundled demo corpus could not be read")


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from tui.export import export, load_conflict_name, load_party_names

    config, db_path = resolve(args)
    entry_filter = with_side(entry_filter_from_args(args, config.settings.key_events), config)
    check_party(args, config.settings.profile)
    poll_demo_if_empty(args, config, db_path)
    options: dict[str, object] = {
        "generated": args.generated,
        "party_names": load_party_names(config.settings.profile),
        "jobs": args.jobs,
        "force": args.force,
    }
    if args.format == "markdown":
        options["title"] = args.title or load_conflict_name(config.settings.profile)
    with Store(db_path, read_only=True) as store:
        count = export(store, entry_filter, args.out, format=args.format, **options)
    if args.out != "-":
        console.print(Text(f"{count} entries written to {args.out} ({args.format})"))
    return EXIT_OK


def cmd_app(args: argparse.Namespace, console: Console) -> int:
    config, db_path = resolve(args)
    from tui.app import ConflictApp

    if args.demo:
        with Store(db_path) as store:
            report = poll(config, store)
        if report.all_failed:
            console.print(Text("the demo corpus could not be read"))
            return EXIT_FAILED
    app = ConflictApp(db_path=db_path, config=config)
    app.run()
    return app.return_code or EXIT_OK


def cmd_retag(args: argparse.Namespace, console: Console) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from tui.pipeline import retag_all

    config, db_path = resolve(args)
    started = time.perf_counter()
    with Store(db_path) as store:
        quiet = getattr(args, "quiet", False) or not console.is_terminal
        with Progress(
            "retagging",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            disable=quiet,
            transient=True,
        ) as bar:
            task = bar.add_task("retag", total=None)
            items, tags = retag_all(
                store,
                config.settings.profile,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
        entries = store.count_entries()
    console.print(
        Text(
            f"retagged {items} items: {tags} tags, {entries} timeline entries; "
            f"{time.perf_counter() - started:.2f} s"
        )
    )
    return EXIT_OK


def _side_label(sides: SideSet, side: str | None) -> Text:
    """`TH thai`: a side's code in its colour, then its name."""
    label = Text(clean_line(sides.code(side)), style=sides.colour(side))
    label.append(f" {clean_line(side or 'other')}")
    return label


def side_counts(sides: dict[str, int]) -> Text:
    """`TH 3 · KH 2`: sources per side in the active profile's order, codes coloured."""
    from tui.widgets.text import sides_summary

    return sides_summary(sides)


def cmd_timeline(args: argparse.Namespace, console: Console) -> int:
    config, db_path = resolve(args)
    entry_filter = dataclasses.replace(
        entry_filter_from_args(args, config.settings.key_events),
        newest_first=bool(args.newest_first),
    )
    entry_filter = with_side(entry_filter, config)
    check_party(args, config.settings.profile)
    poll_demo_if_empty(args, config, db_path)
    with Store(db_path, read_only=True) as store:
        shown = 0
        for entry in store.iter_entries(entry_filter):
            line = Text(f"{entry['date']}  ")
            line.append(f"{entry['kind']:<18} ", style="bold")
            line.append(clean_line(entry["title"]))
            line.append("  [", style="dim")
            line.append_text(side_counts(entry["sides"]))
            line.append("]", style="dim")
            if entry["hidden"]:
                line.append("  (hidden)", style="dim")
            console.print(line)
            shown += 1
        if not shown:
            if store.count_entries(EntryFilter(include_hidden=True)):
                console.print(Text("no timeline entries match these filters"))
            else:
                console.print(Text("the timeline is empty (run `conflict-tui poll` first)"))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "init": cmd_init,
    "retag": cmd_retag,
    "timeline": cmd_timeline,
    "app": cmd_app,
    "poll": cmd_poll,
    "feeds": cmd_feeds,
    "export": cmd_export,
}

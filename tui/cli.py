"""The command line: no subcommand opens the app; `poll`, `feeds` and friends script it.

Exit codes (a contract): 0 it ran; 1 nothing could be polled or the database failed;
2 a usage or configuration error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs
from rich.console import Console
from rich.text import Text

from tui import __version__
from tui.config import APP_NAME, DEMO_DIR, Config, default_db_path, find_feeds_path, load_config
from tui.errors import ConfigError, ConflictTuiError
from tui.poller import FeedOutcome, PollReport, poll
from tui.sanitize import clean_line
from tui.store import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage status, 2, like every config error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _add_common(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """--db, --feeds and --demo work before or after the subcommand."""
    default = argparse.SUPPRESS if sub else None
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the SQLite database (default: in the user data dir)",
    )
    parser.add_argument(
        "--feeds",
        metavar="PATH",
        default=default,
        help="the feeds.toml to use (default: the user's own, else the bundled)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help="use the bundled offline demo corpus and a database of its own",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="A terminal timeline of a war from many outlets' feeds.",
        epilog="With no command, opens the app. Exit status: 0 ok, 1 failed, 2 usage/config.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, sub=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_common(sub, sub=True)
        return sub

    command("app", "open the app (the default)")
    sub = command("poll", "fetch every feed once and store new items")
    sub.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    command("feeds", "print each feed's status from the database")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    console = Console(highlight=False, soft_wrap=True)
    errors = Console(stderr=True, highlight=False, soft_wrap=True)
    handler: Callable[[argparse.Namespace, Console], int] = _COMMANDS[args.command or "app"]
    try:
        return handler(args, console)
    except ConfigError as exc:
        errors.print(Text(f"error: {exc}"))
        return EXIT_USAGE
    except ConflictTuiError as exc:
        errors.print(Text(f"error: {exc}"))
        return exc.exit_code
    except KeyboardInterrupt:
        errors.print(Text("interrupted"))
        return 130


def demo_db_path() -> Path:
    """The demo's own database: never the user's."""
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "demo.db"


def resolve(args: argparse.Namespace) -> tuple[Config, Path]:
    """The feeds.toml and database a command works on."""
    if args.demo:
        feeds_path = Path(args.feeds) if args.feeds else DEMO_DIR / "feeds.toml"
        db_path = Path(args.db) if args.db else demo_db_path()
    else:
        feeds_path = find_feeds_path(args.feeds)
        db_path = Path(args.db) if args.db else default_db_path()
    return load_config(feeds_path), db_path


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

    report = poll(config, store, on_feed=on_feed)
    for line in summary_lines(report):
        console.print(line)
    return report


_MARKS = {"ok": ("ok", "green"), "not_modified": ("--", "dim"), "error": ("!!", "red")}


def _progress_line(outcome: FeedOutcome, done: int, total: int, width: int) -> Text:
    mark, style = _MARKS[outcome.status]
    line = Text(f"[{done:>{len(str(total))}}/{total}] ")
    line.append(mark, style=style)
    line.append(f" {clean_line(outcome.feed.name)[:width]:<{width}}  ")
    if outcome.status == "error":
        line.append(clean_line(outcome.error or "failed"), style="red")
    elif outcome.status == "not_modified":
        line.append("not modified", style="dim")
    else:
        line.append(f"{outcome.new} new, {outcome.updated} updated")
        if outcome.skipped_topic:
            line.append(f", {outcome.skipped_topic} off-topic skipped", style="dim")
        if outcome.problem:
            line.append(f"  ({clean_line(outcome.problem)})", style="yellow")
    line.append(f"  {outcome.seconds:.2f} s", style="dim")
    return line


def summary_lines(report: PollReport) -> list[Text]:
    """The closing summary: feeds by status, items by fate, failures with reasons."""
    lines = [
        Text(
            f"feeds: {report.count('ok')} ok, {report.count('not_modified')} not modified, "
            f"{report.count('error')} failed; items: {report.new} new, {report.updated} updated, "
            f"{report.skipped_topic} skipped by the topic filter; {report.seconds:.2f} s"
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
    config, db_path = resolve(args)
    with Store(db_path) as store:
        store.sync_feeds(list(config.feeds))
        rows = store.feeds()
    for row in rows:
        status = row["last_status"] or "never polled"
        line = Text(f"{clean_line(row['name'])}  [{row['side']}]  {status}")
        line.append(f"  {row['item_count'] or 0} items, {row['unread_count']} unread")
        if row["last_polled"]:
            line.append(f"  polled {row['last_polled']}", style="dim")
        line.append(f"\n    {clean_line(row['url'])}", style="dim")
        if row["last_error"]:
            line.append(
                f"\n    last error: {clean_line(row['last_error'])}",
                style="red" if row["last_status"] == "error" else "yellow",
            )
        console.print(line)
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


_COMMANDS: dict[str, Callable[[argparse.Namespace, Console], int]] = {
    "app": cmd_app,
    "poll": cmd_poll,
    "feeds": cmd_feeds,
}

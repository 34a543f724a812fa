"""The command line's words: the parser, its options and what they mean (a filter, a side,
a day), with "did you mean" for typos. `tui.cli` runs the commands."""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import re
import sys
from datetime import date
from pathlib import Path

from tui import __version__
from tui.config import (
    APP_NAME,
    DEFAULT_PROFILE,
    Config,
)
from tui.errors import ConfigError
from tui.profile.sides import SideSet
from tui.records import EntryFilter

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that exits with our usage status, 2, like every config error, and says
    "did you mean" for a mistyped command or option."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        hint = did_you_mean(self, message)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n{hint}")


def _all_options(parser: argparse.ArgumentParser) -> tuple[list[str], list[str]]:
    """(commands, option strings) of a parser and every subparser below it."""
    commands: list[str] = []
    options: list[str] = []
    for action in parser._actions:
        options += [o for o in action.option_strings if o.startswith("--")]
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                commands.append(name)
                more_commands, more_options = _all_options(sub)
                commands += more_commands
                options += more_options
    return commands, options


def did_you_mean(parser: argparse.ArgumentParser, message: str) -> str:
    """`did you mean 'poll'?` for the mistyped word of an argparse error, or ""."""
    commands, options = _all_options(parser)
    hints = []
    choice = re.search(r"invalid choice: '([^']*)'", message)
    if choice:
        words, candidates = [choice.group(1)], sorted(set(commands))
    elif "unrecognized arguments:" in message:
        words = [w.split("=", 1)[0] for w in message.split(":", 1)[1].split()]
        words = [w for w in words if w.startswith("-")]
        candidates = sorted(set(options))
    else:
        return ""
    for word in words:
        close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
        if close:
            hints.append(f"did you mean {close[0]!r} (not {word!r})?")
    return "".join(f"{APP_NAME}: {hint}\n" for hint in hints)


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
        epilog="With no command, opens the app. Exit status: 0 ok, 1 failed, 2 usage/config, "
        "130 Ctrl-C, 143 SIGTERM, 129 SIGHUP.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, sub=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_common(sub, sub=True)
        return sub

    command("app", "open the app (the default)")
    sub = command("init", "write your own feeds.toml (the bundled outlets, commented) to edit")
    sub.add_argument("--force", action="store_true", help="overwrite a feeds.toml already there")
    sub = command("poll", "fetch every feed once and store new items")
    sub.add_argument("--quiet", "-q", action="store_true", help="print only the summary")
    sub = command("feeds", "print each feed's status; `feeds import FILE` / `feeds export` OPML")
    add_feeds_actions(sub)
    sub = command("export", "write the timeline as Markdown or JSON")
    add_export_options(sub)
    sub = command("retag", "re-run the tagger over every stored item and rebuild the timeline")
    sub.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    sub = command("timeline", "print the timeline: date, kind, title, sources per side")
    add_entry_filter_options(sub)
    sub.add_argument("--newest-first", action="store_true", help="newest entries first")
    return parser


def add_entry_filter_options(parser: argparse.ArgumentParser) -> None:
    """The timeline filters, shared by `export` and `timeline`."""
    parser.add_argument("--since", metavar="YYYY-MM-DD", type=_day, help="from this date on")
    parser.add_argument("--until", metavar="YYYY-MM-DD", type=_day, help="up to this date")
    from tui.profile import KINDS

    parser.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help=f"only this event kind (repeatable, or comma-separated): {', '.join(KINDS)}",
    )
    parties = default_party_ids()
    parser.add_argument(
        "--party",
        metavar="ID",
        help="only entries naming this party id of the profile"
        + (f" (the bundled profile's: {', '.join(parties)})" if parties else ""),
    )
    parser.add_argument(
        "--side",
        type=_side,
        metavar="SIDE",
        help="only entries with a source from this side's outlets: a side of the profile's "
        "[sides], by name or code (thai or TH)",
    )
    parser.add_argument(
        "--include-hidden", action="store_true", help="include entries hidden in the app"
    )
    parser.add_argument(
        "--key",
        nargs="?",
        const=-1,
        type=_key_count,
        metavar="N",
        help="key events only: each day's N heaviest entries (default: [settings] key_events, 3)",
    )


def default_party_ids() -> list[str]:
    """The bundled profile's party ids, read as plain TOML (no rules compiled) for --help."""
    import tomllib

    try:
        data = tomllib.loads(DEFAULT_PROFILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    return [p["id"] for p in data.get("parties", []) if isinstance(p, dict) and "id" in p]


def _format(value: str) -> str:
    """`md` is Markdown's usual short name."""
    return {"md": "markdown"}.get(value.strip().lower(), value.strip().lower())


def _key_count(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 50:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 50, not {value!r}")
    return int(value)


def entry_filter_from_args(args: argparse.Namespace, key_events: int = 3) -> EntryFilter:
    """The EntryFilter the options of `add_entry_filter_options` describe; `key_events` is
    the settings' count for a bare `--key`."""
    from tui.profile import KINDS

    kinds: list[str] = []
    for value in getattr(args, "kind", None) or []:
        kinds += [k.strip() for k in value.split(",") if k.strip() and k.strip() not in kinds]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ConfigError(
            "--kind", f"unknown kind {unknown[0]!r}; the kinds are: {', '.join(KINDS)}"
        )
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if since and until and since > until:
        raise ConfigError("--since/--until", f"--since {since} is after --until {until}")
    return EntryFilter(
        kinds=tuple(kinds),
        party=getattr(args, "party", None) or None,
        side=getattr(args, "side", None) or None,
        since=since,
        until=until,
        include_hidden=bool(getattr(args, "include_hidden", False)),
        key_events=_key_events(getattr(args, "key", None), key_events),
    )


def _key_events(value: int | None, default: int) -> int:
    if value is None:
        return 0
    return default if value < 0 else value


def check_party(args: argparse.Namespace, profile_path: Path) -> None:
    """`--party` must name a party of the profile: a typo would silently match nothing."""
    party = getattr(args, "party", None)
    if not party:
        return
    from tui.profile import load_profile

    ids = [p.id for p in load_profile(profile_path).parties]
    if party not in ids:
        raise ConfigError("--party", f"unknown party {party!r}; the profile has: {', '.join(ids)}")


def _side(value: str) -> str:
    """A side's name or code as typed; the profile's sides are checked once it is loaded."""
    text = value.strip()
    if not text or not text.replace("_", "").isalnum():
        raise argparse.ArgumentTypeError(f"not a side name or code: {value!r}")
    return text


def side_of(value: str | None, sides: SideSet, option: str = "--side") -> str | None:
    """The side a `--side` value names (name or code) in the profile; refuses others."""
    if value is None:
        return None
    side = sides.resolve(value)
    if side is None:
        raise ConfigError(
            option, f"unknown side {value!r}; the profile's sides are: {sides.choices()}"
        )
    return side


def with_side(entry_filter: EntryFilter, config: Config) -> EntryFilter:
    """The filter with its `--side` (name or code) resolved against the config's profile."""
    if entry_filter.side is None:
        return entry_filter
    return dataclasses.replace(entry_filter, side=side_of(entry_filter.side, config.sides))


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _job_count(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return jobs


def add_export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        type=_format,
        choices=("markdown", "json"),
        default="markdown",
        help="markdown (or md) or json; default: markdown",
    )
    parser.add_argument(
        "--out", "-o", metavar="FILE", default="-", help="where to write it (default -, stdout)"
    )
    parser.add_argument(
        "--title", help="the Markdown document's title (default: the profile's conflict name)"
    )
    parser.add_argument(
        "--jobs",
        type=_job_count,
        default=0,
        metavar="N",
        help="processes that write a large export at once (default 0: one per core)",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace a symlink (the link itself) or a read-only file at --out",
    )
    add_entry_filter_options(parser)
    # Fixes the generation time written in the document (tests, reproducible exports);
    # SOURCE_DATE_EPOCH does the same.
    parser.add_argument(
        "--generated",
        metavar="TIME",
        help="the generation time written in the document (ISO 8601 or epoch seconds)",
    )


def add_feeds_actions(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="feeds_action", metavar="ACTION", parser_class=_Parser)
    sub = actions.add_parser(
        "import",
        help="add the feeds of an OPML file to feeds.toml",
        description="Add the feeds of an OPML file to feeds.toml (comments and layout kept).",
    )
    _add_common(sub, sub=True)
    sub.add_argument("file", metavar="FILE.opml", help="the OPML file to import")
    sub.add_argument(
        "--side",
        type=_side,
        help="side (name or code) of feeds whose outline names none (default: other)",
    )
    sub.add_argument("--dry-run", action="store_true", help="show what would be added only")
    sub = actions.add_parser(
        "export",
        help="write the feeds of feeds.toml as OPML 2.0",
        description="Write the feeds of feeds.toml as OPML 2.0 (side in `category`).",
    )
    _add_common(sub, sub=True)
    sub.add_argument(
        "--out", "-o", metavar="FILE", default="-", help="where to write it (default -, stdout)"
    )

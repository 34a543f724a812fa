"""Benchmark `conflict-tui poll` against Newsboat on generated feeds served from 127.0.0.1.

Usage (from the repository root, with the project's virtual environment):

    .venv/bin/python scripts/bench_poll.py --feeds 100 --items 50 --delay 0.1
    .venv/bin/python scripts/bench_poll.py --feeds 100 --items 50 --delay 0
    .venv/bin/python scripts/bench_poll.py --delay 0.1 0          # both delays, one run

Options: --feeds N and --items M (default 100 x 50), --delay SECONDS (per request, one
or more values, default 0.1), --repeat R (default 3; the median is reported),
--concurrency C (our feeds.toml `concurrency`; default: not set, so the app's default
of 64 requests in flight, 16 to one origin; Newsboat keeps `reload-threads 8`),
--origins N (the feeds are served from N origins, one server on each of N ports of
127.0.0.1, feed i from origin i % N; default 20, 5 feeds a site as in a reader's list of
many outlets; `--origins 1` serves every feed from one origin, the set-up of the
benchmark's earlier figures, where the per-origin limit sets the pace),
--no-newsboat, --keep DIR (keep the generated files there), --command "CMD" (the
conflict-tui command line; default: the one next to this Python), --serve DIR
[--ignore-validators] (only generate and serve the feeds, writing DIR/feeds.toml,
until --max-seconds: for profiling `conflict-tui poll` by hand), --stored DB (each cold
poll starts from a copy of DB, e.g. one of 200,000 items made by
`scripts/bench_retag.py --items 200000 --db DB`; with `--items 5 --no-newsboat` this is
issue 14's "200,000 stored, 5 new items a feed" case: it prints the poll's time over the
same poll answered 304, i.e. what the new items cost beyond fetching).

What it does. It writes N RSS 2.0 feeds of M items each (titles and ~600-character
descriptions with some HTML, about the 2020 Armenia-Azerbaijan war, so the topic filter
keeps them; the words vary, so no two texts are the same), serves them from threaded
HTTP servers bound to 127.0.0.1 only (one per origin, on ports of their own), and times
three scenarios for each delay:

  cold       an empty database (ours) / an empty cache file (Newsboat)
  warm       the feeds were polled before and the server answers every conditional
             GET (If-None-Match / If-Modified-Since) with 304
  unchanged  the server ignores the validators and sends the same bytes again with
             200, as many news sites do

Each scenario runs `conflict-tui poll --feeds F --db D` as a subprocess (start-up
included, as a user or cron sees it) and `newsboat -x reload` with a temporary config
(`reload-threads 8`), urls file and cache file, in the same run, alternating, R times
(Newsboat's warm cache gets one unmeasured extra reload first: version 2.21 stores
ETag/Last-Modified only from a feed's second reload on, newsboat issue #2734);
the table gives the medians and the ratio ours/newsboat next to the targets of issue 14,
with our peak memory (the largest process, from `os.wait4`) and the longest write-lock
hold the poll reports.
Newsboat is the Debian package `newsboat` (`apt-get install -y newsboat`); without it
only our figures are printed.

The servers stop by themselves: together they answer at most a bounded number of
requests (enough for the planned runs) and shut down after --max-seconds (default 900) in
any case.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import hashlib
import os
import random
import re
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

HOST = "127.0.0.1"  # never anything else: the benchmark must not listen on the network
# The feeds come from this many origins (servers on as many ports of 127.0.0.1), feed i
# from origin i % N: 100 feeds are 5 a site, as a reader's list of many outlets, where a
# few sites give several feeds (the bundled list: 13 feeds on 13 hosts). Any N of 7 or
# more keeps every origin under the per-origin limit of 16; `--origins 1` is the old
# set-up, all feeds on one origin.
DEFAULT_ORIGINS = 20

# Targets from issue 14, as ratios ours / newsboat; None: no target for that cell.
TARGETS: dict[tuple[str, str], float] = {
    ("cold", "delay"): 1.0,
    ("warm", "delay"): 0.5,
    ("cold", "nodelay"): 1.0,
    ("unchanged", "nodelay"): 1.0,
    ("unchanged", "delay"): 1.0,
}
SCENARIOS = ("cold", "warm", "unchanged")
TOPIC_WORDS = [
    "Karabakh",
    "Artsakh",
    "Armenia",
    "Armenian",
    "Azerbaijan",
    "Azerbaijani",
    "Stepanakert",
    "Yerevan",
    "Baku",
    "Pashinyan",
    "Aliyev",
    "Minsk Group",
]

# ---- the generated corpus ---------------------------------------------------------------

# fmt: off
PLACES = [
    "Stepanakert", "Shusha", "Ganja", "Tartar", "Barda", "Hadrut", "Martuni", "Fuzuli",
    "Jabrayil", "Goris", "Kalbajar", "Agdam", "Martakert", "Lachin", "Askeran", "Mingachevir",
    "Vardenis", "Zangilan", "Gubadli", "Beylagan", "Terter", "Aghdara", "Khojavend",
]
ACTORS = [
    "Armenia's Defence Ministry", "Azerbaijan's Defence Ministry",
    "the Karabakh authorities in Stepanakert", "the Russian Foreign Ministry",
    "the OSCE Minsk Group co-chairs", "the International Committee of the Red Cross",
    "the UN Secretary-General", "Turkey's Foreign Ministry", "Iran's Foreign Ministry",
    "the French presidency", "the US State Department", "Prime Minister Nikol Pashinyan",
    "President Ilham Aliyev", "the Armenian ombudsman", "Azerbaijan's prosecutor general",
    "a spokeswoman for the Armenian Defence Ministry", "an aide to President Aliyev",
]
EVENTS = [
    "heavy shelling", "a drone strike", "artillery fire", "rocket fire", "a missile strike",
    "fighting along the line of contact", "cluster munitions", "an overnight assault",
    "sniper fire", "air-defence activity", "a counter-offensive", "troop movements",
]
VERBS = [
    "reported", "claimed", "denied", "condemned", "said it had recorded",
    "accused the other side of", "confirmed", "rejected reports of", "described",
    "warned of", "called for an investigation into", "published footage of",
]
OUTCOMES = [
    "civilian casualties", "damage to homes and a school", "a power cut across the district",
    "the evacuation of several villages", "a new count of soldiers killed",
    "the loss of two armoured vehicles", "damage to a church", "a hit on a market",
    "the displacement of hundreds of families", "a strike near a hospital",
    "the destruction of a bridge", "fires in residential areas",
]
TOPICS = [
    "the humanitarian truce agreed in Moscow on 10 October",
    "the second truce set for midnight on 18 October",
    "the US-brokered ceasefire from 26 October",
    "the trilateral statement signed on the night of 9-10 November",
    "an exchange of prisoners and bodies mediated by the Red Cross",
    "phone calls between Moscow, Ankara and Paris", "appeals for restraint from the UN",
    "talks among the Minsk Group co-chairs in Geneva",
    "Russian peacekeepers in the Lachin corridor",
    "the return of displaced people", "casualty counts published by both sides",
]
ADJECTIVES = [
    "fresh", "renewed", "intense", "sporadic", "sustained", "reported", "disputed",
    "overnight", "early-morning", "late-evening", "unconfirmed", "heavy",
]
QUOTES = [
    "The enemy continues to target peaceful settlements",
    "These claims are absolutely false",
    "We call on both sides to respect the ceasefire",
    "Our forces are fully in control of the situation",
    "Humanitarian access must be guaranteed",
    "The truce was violated within minutes",
    "There is no military solution to this conflict",
    "We are ready to exchange the bodies of the fallen",
]
# fmt: on


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return (
            f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(ADJECTIVES)} "
            f"{rng.choice(EVENTS)} near {rng.choice(PLACES)}, leading to {rng.choice(OUTCOMES)}."
        )
    if kind == 1:
        return (
            f"The statement came amid {rng.choice(TOPICS)}, and {rng.choice(ACTORS)} "
            f"{rng.choice(VERBS)} {rng.choice(OUTCOMES)} in {rng.choice(PLACES)}."
        )
    if kind == 2:
        return (
            f"Officials in {rng.choice(['Yerevan', 'Baku', 'Stepanakert'])} said "
            f"{rng.randint(2, 90)} people had been wounded and {rng.randint(1, 40)} killed "
            f"since {rng.choice(['Sunday', 'Monday', 'the previous night', 'the weekend'])}."
        )
    if kind == 3:
        return (
            f"Residents of {rng.choice(PLACES)} described {rng.choice(ADJECTIVES)} "
            f"{rng.choice(EVENTS)} and spent the night in basements as sirens sounded."
        )
    return (
        f"Armenia and Azerbaijan traded accusations over {rng.choice(TOPICS)} while "
        f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(EVENTS)} around "
        f"{rng.choice(PLACES)}."
    )


def _description(rng: random.Random, feed: int, item: int) -> str:
    """About 600 characters of HTML: paragraphs, a bold quote, a link, an entity."""
    parts = [f"<p>{_sentence(rng)} {_sentence(rng)}</p>"]
    parts.append(f"<p><b>&ldquo;{rng.choice(QUOTES)},&rdquo;</b> {_sentence(rng)}</p>")
    text = "".join(parts)
    while len(text) < 520:
        text += f"<p>{_sentence(rng)}</p>"
    text += (
        f'<p><a href="https://bench-wire-{feed:03d}.example/news/{item}">Read more</a> '
        f"&middot; Karabakh live, day {rng.randint(1, 44)}</p>"
    )
    return text


def make_feed(feed: int, items: int, seed: int) -> bytes:
    """One RSS 2.0 feed of `items` items, deterministic for (feed, items, seed)."""
    rng = random.Random(seed * 100_003 + feed)
    start = 1_601_164_800  # 2020-09-27T00:00:00Z
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"<title>Bench Wire {feed:03d}</title>\n"
        f"<link>https://bench-wire-{feed:03d}.example/</link>\n"
        f"<description>Generated feed {feed} for the conflict-tui benchmark</description>\n"
        "<language>en</language>\n"
    ]
    for item in range(items):
        place = rng.choice(PLACES)
        title = (
            f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(EVENTS)} reported near {place} "
            f"as {rng.choice(['Armenia', 'Azerbaijan', 'Karabakh officials'])} "
            f"{rng.choice(['blames', 'accuses', 'warns', 'answers'])} "
            f"{rng.choice(['Baku', 'Yerevan', 'the other side'])} ({item + 1})"
        )
        published = start + rng.randrange(0, 50 * 86_400)
        out.append(
            "<item>\n"
            f"<title>{escape(title)}</title>\n"
            f"<link>https://bench-wire-{feed:03d}.example/news/{item}</link>\n"
            f'<guid isPermaLink="false">bench-{feed:03d}-{item:05d}</guid>\n'
            f"<pubDate>{email.utils.formatdate(published, usegmt=True)}</pubDate>\n"
            f"<description>{escape(_description(rng, feed, item))}</description>\n"
            "</item>\n"
        )
    out.append("</channel>\n</rss>\n")
    return "".join(out).encode("utf-8")


# ---- the server -------------------------------------------------------------------------


@dataclass
class ServerState:
    bodies: list[bytes]
    etags: list[str]
    last_modified: str
    delay: float = 0.0
    ignore_validators: bool = False  # the "unchanged" scenario
    budget: int = 0  # requests left before the servers refuse and stop
    counts: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    servers: list[ThreadingHTTPServer] = field(default_factory=list)  # one per origin

    def reset_counts(self) -> None:
        with self.lock:
            self.counts = {}


def _stop(servers: list[ThreadingHTTPServer]) -> None:
    """Stop serving and close the listening sockets, so late clients are refused at once."""
    for server in servers:
        server.shutdown()
        server.server_close()


def make_server(state: ServerState) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers
        # TCP_NODELAY, as nginx and friends: without it Nagle's algorithm and the client's
        # delayed ACK hold the tail of each body for ~40 ms, and that would be all we timed.
        disable_nagle_algorithm = True

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            with state.lock:
                state.budget -= 1
                over = state.budget < 0
            if over:
                self._send(503, b"request budget spent", {})
                threading.Thread(target=_stop, args=(state.servers,), daemon=True).start()
                return
            if state.delay:
                time.sleep(state.delay)
            number = self._feed_number()
            if number is None:
                self._send(404, b"not here", {})
                return
            etag = state.etags[number]
            headers = {
                "Content-Type": "application/rss+xml; charset=utf-8",
                "ETag": etag,
                "Last-Modified": state.last_modified,
            }
            if not state.ignore_validators:
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (inm and etag in inm) or (not inm and ims == state.last_modified):
                    self._send(304, b"", headers)
                    return
            self._send(200, state.bodies[number], headers)

        def _feed_number(self) -> int | None:
            name = self.path.split("?")[0].rsplit("/", 1)[-1]
            if not (name.startswith("feed-") and name.endswith(".xml")):
                return None
            try:
                number = int(name[5:-4])
            except ValueError:
                return None
            return number if 0 <= number < len(state.bodies) else None

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            with state.lock:
                state.counts[status] = state.counts.get(status, 0) + 1
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if status != 304:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256  # the listen backlog: the default 5 drops SYNs (1 s retry)

        def handle_error(self, request: object, client_address: object) -> None:
            # A client closing its keep-alive connection is routine, not worth a traceback.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    return Server((HOST, 0), Handler)


# ---- the runners ------------------------------------------------------------------------


def find_command(given: str | None) -> str:
    if given:
        return given
    beside = Path(sys.executable).parent / "conflict-tui"
    if beside.exists():
        return str(beside)
    repo_venv = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "conflict-tui"
    if repo_venv.exists():
        return str(repo_venv)
    found = shutil.which("conflict-tui")
    if not found:
        sys.exit("conflict-tui not found: install the project or pass --command PATH")
    return found


LOCK_RE = re.compile(r"longest write lock ([0-9.]+) s")


def run_measured(
    args: list[str], env: dict[str, str], extra: dict[str, float]
) -> tuple[float, int, str, str]:
    """Run a command to its end: wall seconds, exit code, output; peak RSS into `extra`.

    `os.wait4` gives the child's own rusage (its largest process, forked workers
    included once waited for), so the figure is this run's and not a maximum over runs.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        extra["mib"] = usage.ru_maxrss / 1024  # Linux reports KiB
        extra["cpu"] = usage.ru_utime + usage.ru_stime  # all its processes: steadier than wall
        out.seek(0)
        err.seek(0)
        text = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    return seconds, child.returncode, *text


class Ours:
    name = "conflict-tui"

    def __init__(
        self,
        command: str,
        workdir: Path,
        feeds_toml: Path,
        env: dict[str, str],
        stored: Path | None = None,
    ):
        self.command, self.workdir, self.feeds_toml, self.env = command, workdir, feeds_toml, env
        self.warm_db = workdir / "ours-warm.db"
        self.stored = stored  # a database the cold poll starts from (--stored), else empty
        self.extra: dict[str, float] = {}  # the last run's peak memory (MiB) and lock hold

    def _run(self, db: Path, expect: str) -> float:
        args = [
            *shlex.split(self.command),
            "poll",
            "--feeds",
            str(self.feeds_toml),
            "--db",
            str(db),
        ]
        seconds, code, out, err = run_measured(args, self.env, self.extra)
        summary = [line for line in out.splitlines() if line.startswith("feeds:")]
        if code != 0 or not summary or expect not in summary[-1]:
            print(
                f"  warning: conflict-tui exit {code}, expected '{expect}': "
                f"{(summary or [out[-300:] + err[-300:]])[-1]}",
                file=sys.stderr,
            )
        found = LOCK_RE.search(summary[-1]) if summary else None
        self.extra["lock"] = float(found.group(1)) if found else float("nan")
        return seconds

    def prepare(self, scenario: str) -> None:
        pass

    def cold(self, n: int, run: int) -> float:
        db = self.workdir / f"ours-cold-{run}.db"
        if self.stored is not None:
            _copy_db(self.stored, db)
        seconds = self._run(db, f"{n} ok")
        if not self.warm_db.exists():
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{db}{suffix}").exists():
                    shutil.copy(f"{db}{suffix}", f"{self.warm_db}{suffix}")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        return seconds

    def warm(self, n: int, run: int) -> float:
        return self._run(self.warm_db, f"{n} not modified")

    def unchanged(self, n: int, run: int) -> float:
        return self._run(self.warm_db, f"{n} not modified")


def _copy_db(source: Path, target: Path) -> None:
    """A copy of a database with its WAL, as SQLite's backup makes it (consistent)."""
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


class Newsboat:
    name = "newsboat"

    def __init__(self, binary: str, workdir: Path, urls: list[str], env: dict[str, str]):
        self.binary, self.workdir, self.env = binary, workdir, env
        self.urls = workdir / "newsboat-urls"
        self.urls.write_text("".join(f"{u}\n" for u in urls))
        self.config = workdir / "newsboat-config"
        self.config.write_text(
            "reload-threads 8\ndownload-timeout 30\nshow-read-feeds yes\n"
            "cleanup-on-quit no\nhistory-limit 0\n"
        )
        self.warm_cache = workdir / "newsboat-warm.db"
        self.extra: dict[str, float] = {}

    def _run(self, cache: Path) -> float:
        args = [
            self.binary,
            "-q",
            "-u",
            str(self.urls),
            "-c",
            str(cache),
            "-C",
            str(self.config),
            "-x",
            "reload",
        ]
        seconds, code, _out, err = run_measured(args, self.env, self.extra)
        if code != 0:
            print(f"  warning: newsboat exit {code}: {err.strip()[-300:]}", file=sys.stderr)
        return seconds

    def cold(self, n: int, run: int) -> float:
        cache = self.workdir / f"newsboat-cold-{run}.db"
        seconds = self._run(cache)
        if not self.warm_cache.exists():
            shutil.copy(cache, self.warm_cache)
        cache.unlink(missing_ok=True)
        return seconds

    def prepare(self, scenario: str) -> None:
        if scenario == "warm":
            # Newsboat 2.21 stores the validators only on a feed's second reload
            # (newsboat issue #2734), so one unmeasured reload makes "warm" a real 304 run.
            self._run(self.warm_cache)

    def warm(self, n: int, run: int) -> float:
        return self._run(self.warm_cache)

    def unchanged(self, n: int, run: int) -> float:
        return self._run(self.warm_cache)


def count_items(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM items").fetchone()[0]


def start_feeds(
    args: argparse.Namespace, delay: float, budget: int, work: Path
) -> tuple[ServerState, ThreadingHTTPServer, threading.Timer, list[str], Path]:
    """Generate the feeds, serve them on 127.0.0.1 and write a feeds.toml listing them."""
    n, m = args.feeds, args.items
    work.mkdir(parents=True, exist_ok=True)
    bodies = [make_feed(i, m, args.seed) for i in range(n)]
    etags = [f'"{hashlib.sha1(b).hexdigest()[:16]}"' for b in bodies]
    state = ServerState(
        bodies=bodies,
        etags=etags,
        last_modified=email.utils.formatdate(1_605_398_400, usegmt=True),
        delay=delay,
        budget=budget,
    )
    # One server per origin, each on a port of its own on 127.0.0.1 (never another
    # address); feed i is served by origin i % N, all of them from the same bodies.
    origins = max(1, min(args.origins, n))
    state.servers = [make_server(state) for _ in range(origins)]
    ports = [server.server_address[1] for server in state.servers]
    for server in state.servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    killer = threading.Timer(args.max_seconds, _stop, args=(state.servers,))
    killer.daemon = True
    killer.start()
    urls = [f"http://{HOST}:{ports[i % origins]}/feed-{i:03d}.xml" for i in range(n)]
    feeds_toml = work / "feeds.toml"
    lines = [
        "[settings]",
        *([f"concurrency = {args.concurrency}"] if args.concurrency else []),
        "timeout = 30",
        "match = [" + ", ".join(f'"{w}"' for w in TOPIC_WORDS) + "]",
        "",
    ]
    sides = ("armenian", "azerbaijani", "russian", "turkish", "western", "other")
    for i, url in enumerate(urls):
        lines += [
            "[[feeds]]",
            f'name = "Bench Wire {i:03d}"',
            f'url = "{url}"',
            f'side = "{sides[i % 6]}"',
            "",
        ]
    feeds_toml.write_text("\n".join(lines))
    return state, killer, urls, feeds_toml


def served_on(state: ServerState) -> str:
    """Where the feeds are: one origin's URL, or how many origins on which ports."""
    ports = sorted(server.server_address[1] for server in state.servers)
    if len(ports) == 1:
        return f"http://{HOST}:{ports[0]}/"
    return f"{len(ports)} origins (http://{HOST}, ports {ports[0]}-{ports[-1]})"


def serve_only(args: argparse.Namespace) -> int:
    """--serve DIR: only serve the feeds (for profiling by hand) until --max-seconds."""
    state, killer, urls, feeds_toml = start_feeds(
        args, args.delay[0], 500 * args.feeds, Path(args.serve)
    )
    state.ignore_validators = args.ignore_validators
    print(f"serving {len(urls)} feeds on {served_on(state)} for {args.max_seconds:g} s")
    print(f"  {args.command or find_command(None)} poll --feeds {feeds_toml} --db DB", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        while killer.is_alive() and state.servers[0].socket.fileno() != -1:
            time.sleep(0.5)  # until --max-seconds, or the request budget is spent
    killer.cancel()
    if state.servers[0].socket.fileno() != -1:
        _stop(state.servers)
    return 0


def run_delay(
    delay: float, args: argparse.Namespace, workdir: Path, command: str, newsboat: str | None
) -> list[tuple[str, float, float | None, float | None]]:
    """All scenarios at one delay; returns (scenario, ours, newsboat, target) medians."""
    n, m = args.feeds, args.items
    work = workdir / f"delay-{delay:g}"
    # Requests planned: every client polls every feed once per scenario and run, plus
    # Newsboat's priming reload; doubled for slack. Past that the server answers 503 and stops.
    clients = 2 if newsboat else 1
    budget = 2 * n * clients * (len(SCENARIOS) * args.repeat + 1)
    state, killer, urls, feeds_toml = start_feeds(args, delay, budget, work)
    bodies = state.bodies
    size = sum(len(b) for b in bodies)
    print(
        f"\n{n} feeds x {m} items ({size / 1e6:.1f} MB, {size // (n * m)} bytes/item), "
        f"delay {delay * 1000:g} ms, served on {served_on(state)}, "
        f"concurrency {args.concurrency or 'default'} / reload-threads 8, median of {args.repeat}"
    )
    env = dict(
        os.environ,
        HOME=str(work),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
    )
    env.pop("http_proxy", None)
    env.pop("HTTP_PROXY", None)
    env["NO_PROXY"] = env["no_proxy"] = HOST
    runners: list = [Ours(command, work, feeds_toml, env, args.stored)]
    if newsboat:
        runners.append(Newsboat(newsboat, work, urls, env))
    times: dict[tuple[str, str], list[float]] = {}
    statuses: dict[tuple[str, str], dict[int, int]] = {}
    extras: dict[tuple[str, str, str], list[float]] = {}
    try:
        for scenario in args.scenarios:
            state.ignore_validators = scenario == "unchanged"
            for runner in runners:
                runner.prepare(scenario)
            for run in range(args.repeat):
                for runner in runners:
                    state.reset_counts()
                    seconds = getattr(runner, scenario)(n, run)
                    times.setdefault((scenario, runner.name), []).append(seconds)
                    for key, value in runner.extra.items():
                        extras.setdefault((scenario, runner.name, key), []).append(value)
                    statuses[(scenario, runner.name)] = dict(state.counts)
            for runner in runners:
                got = times[(scenario, runner.name)]
                mib = extras.get((scenario, runner.name, "mib"), [])
                lock = extras.get((scenario, runner.name, "lock"), [])
                cpu = extras.get((scenario, runner.name, "cpu"), [])
                print(
                    f"  {scenario:<9} {runner.name:<12} "
                    + " ".join(f"{t:6.2f}" for t in got)
                    + f"  s (spread {max(got) - min(got):.2f}); CPU "
                    + " ".join(f"{c:.2f}" for c in cpu)
                    + " s; peak "
                    + " ".join(f"{m:.0f}" for m in mib)
                    + " MiB"
                    + ("; longest write lock " + " ".join(f"{x:.2f}" for x in lock) + " s")
                    * bool(lock)
                    + f"; HTTP (last run): {statuses[(scenario, runner.name)]}"
                )
        stored = count_items(Path(runners[0].warm_db))
        before = count_items(args.stored) if args.stored else 0
        if stored != before + n * m:
            print(f"  warning: the database holds {stored} items, expected {before + n * m}")
        if args.stored and {"cold", "warm"} <= set(args.scenarios):
            new_poll = statistics.median(times[("cold", "conflict-tui")])
            fetch_only = statistics.median(times[("warm", "conflict-tui")])
            print(
                f"  with {before:,} items stored: a poll bringing {n * m:,} new items "
                f"{new_poll:.2f} s, the same poll answered 304 (fetching only) "
                f"{fetch_only:.2f} s: {new_poll - fetch_only:.2f} s more than fetching "
                "(issue 14's target: at most 1 s)"
            )
    finally:
        killer.cancel()
        _stop(state.servers)
    rows = []
    kind = "delay" if delay else "nodelay"
    for scenario in args.scenarios:
        ours = statistics.median(times[(scenario, "conflict-tui")])
        theirs = statistics.median(times[(scenario, "newsboat")]) if newsboat else None
        mib = statistics.median(extras[(scenario, "conflict-tui", "mib")])
        lock = max(extras[(scenario, "conflict-tui", "lock")])
        cpu = statistics.median(extras[(scenario, "conflict-tui", "cpu")])
        rows.append((scenario, ours, theirs, TARGETS.get((scenario, kind)), mib, lock, cpu))
    return rows


def print_table(results: list[tuple[float, list]], newsboat: str | None) -> None:
    print()
    header = (
        f"{'scenario':<24} {'ours s':>7} {'newsboat s':>11} {'ratio':>6} {'target':>7} "
        f"{'CPU s':>6} {'MiB':>5} {'lock s':>6}  verdict"
    )
    print(header)
    print("-" * len(header))
    for delay, rows in results:
        for scenario, ours, theirs, target, mib, lock, cpu in rows:
            label = f"{scenario}, {delay * 1000:g} ms delay"
            tail = f"{cpu:6.2f} {mib:5.0f} {lock:6.2f}"
            if theirs is None:
                print(f"{label:<24} {ours:7.2f} {'-':>11} {'-':>6} {target or '-':>7} {tail}")
                continue
            ratio = ours / theirs
            verdict = "" if target is None else ("met" if ratio <= target else "MISSED")
            target_text = f"<={target:g}" if target is not None else "-"
            print(
                f"{label:<24} {ours:7.2f} {theirs:11.2f} {ratio:6.2f} {target_text:>7} {tail}  "
                f"{verdict}"
            )
    print(
        "CPU s: our user+system time, all processes (median); MiB: our peak memory "
        "(median); lock s: our longest write-lock hold (worst run)"
    )
    if not newsboat:
        print("newsboat not run or not found (apt-get install -y newsboat): no ratios")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Time conflict-tui poll against Newsboat on generated local feeds."
    )
    parser.add_argument("--feeds", type=int, default=100, help="number of feeds (100)")
    parser.add_argument("--items", type=int, default=50, help="items per feed (50)")
    parser.add_argument(
        "--delay", type=float, nargs="+", default=[0.1], help="seconds per request (0.1)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario (3)")
    parser.add_argument(
        "--scenarios",
        nargs="+",
        choices=SCENARIOS,
        default=list(SCENARIOS),
        help="which scenarios (all; warm and unchanged need cold first)",
    )
    parser.add_argument(
        "--concurrency", type=int, help="our feeds.toml concurrency (default: the app's, 64)"
    )
    parser.add_argument(
        "--origins",
        type=int,
        default=DEFAULT_ORIGINS,
        help=f"serve the feeds from N origins, 127.0.0.1 on N ports ({DEFAULT_ORIGINS}; "
        "1: every feed from one origin, where the per-origin limit of 16 sets the pace)",
    )
    parser.add_argument("--seed", type=int, default=2020, help="corpus seed")
    parser.add_argument("--no-newsboat", action="store_true", help="time only conflict-tui")
    parser.add_argument(
        "--command", help="the conflict-tui command line (default: the venv's conflict-tui)"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep generated files in DIR")
    parser.add_argument(
        "--stored",
        type=Path,
        metavar="DB",
        help="start each cold poll from a copy of this database (e.g. one made by "
        "scripts/bench_retag.py --items 200000 --db DB): the cost of new items on a big store",
    )
    parser.add_argument("--max-seconds", type=float, default=900, help="server lifetime")
    parser.add_argument(
        "--serve", metavar="DIR", help="only serve the feeds (feeds.toml in DIR), for profiling"
    )
    parser.add_argument(
        "--ignore-validators", action="store_true", help="with --serve: the unchanged mode"
    )
    args = parser.parse_args(argv)
    if args.feeds < 1 or args.items < 1 or args.repeat < 1:
        parser.error("--feeds, --items and --repeat must be at least 1")
    if args.feeds > 999:
        parser.error("--feeds: at most 999")
    if not 1 <= args.origins <= 200:
        parser.error("--origins: from 1 to 200")
    if args.serve:
        return serve_only(args)
    command = find_command(args.command)
    newsboat = None if args.no_newsboat else shutil.which("newsboat")
    if not args.no_newsboat and not newsboat:
        print("newsboat not found: timing conflict-tui only")
    print(f"conflict-tui: {command}; newsboat: {newsboat or 'not used'}; cores: {os.cpu_count()}")
    if args.keep:
        workdir = Path(args.keep)
        workdir.mkdir(parents=True, exist_ok=True)
        cleanup = None
    else:
        cleanup = tempfile.TemporaryDirectory(prefix="bench-poll-")
        workdir = Path(cleanup.name)
    try:
        results = [(d, run_delay(d, args, workdir, command, newsboat)) for d in args.delay]
    finally:
        if cleanup is not None:
            cleanup.cleanup()
    print_table(results, newsboat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

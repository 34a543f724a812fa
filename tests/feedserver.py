"""A real HTTP server on 127.0.0.1 for poller tests: routes are plain functions.

Nothing is mocked: the poller speaks real HTTP over a loopback socket, so redirects,
validators, gzip and timeouts behave as they do against a news site.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What a route answers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    gzip: bool = False
    reason: str | None = None  # the status line's reason phrase (default: the standard one)
    reset: bool = False  # close the connection without an answer (a reset mid-request)


Route = Callable[[dict[str, str]], Reply]


class FeedServer:
    """Serves `routes[path](request_headers) -> Reply` on 127.0.0.1:<free port>."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.requests.append((self.path, headers))
                route = server.routes.get(self.path)
                reply = route(headers) if route else Reply(404, b"not here")
                if reply.delay:
                    server._stop.wait(reply.delay)
                if reply.reset:
                    self.close_connection = True
                    return
                body = reply.body
                if reply.gzip:
                    body = gzip.compress(body)
                try:
                    self.send_response(reply.status, reply.reason)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    if reply.gzip:
                        self.send_header("Content-Encoding", "gzip")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body and reply.status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # a client that gave up (timeout, size cap) is expected here

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        # serve_forever looks for shutdown() every poll_interval (0.5 s by default): every
        # test would wait that long on exit. 0.01 s costs nothing while the server idles.
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route | Reply) -> str:
        self.routes[path] = route if callable(route) else (lambda _h, r=route: r)
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def rss(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 document; item values are inserted as given (callers escape)."""
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}'
        "</title><link>http://127.0.0.1/</link><description>test</description>"
    ]
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in item.items()) + "</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def simple_items(count: int, prefix: str = "Karabakh report", start: int = 0) -> list[dict]:
    return [
        {
            "title": f"{prefix} {n}",
            "link": f"https://news.example/{prefix.replace(' ', '-')}/{n}",
            "guid": f"{prefix}-{n}",
            "description": f"Text about Armenia and Azerbaijan number {n}.",
            "pubDate": time.strftime(
                "%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1602316800 + n * 60)
            ),
        }
        for n in range(start, start + count)
    ]

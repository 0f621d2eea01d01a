"""A small web site on 127.0.0.1 for the fetch and feed tests, started by the test.

Routes map a path to a status, headers and a body (and a delay); the site records every
request it receives, so a test can tell that a refused URL was never asked for.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (else the body ends when the connection does)


@dataclass
class Site:
    port: int
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Site]:
    requests: list[tuple[str, dict[str, str]]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = routes.get(self.path, Route(b"not found", 404))
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for k, v in route.headers.items():
                self.send_header(k, v)
            if route.length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(server.server_address[1], routes, requests)
    finally:
        server.shutdown()
        server.server_close()

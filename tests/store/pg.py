"""One throwaway PostgreSQL server per test process, shared by tests/store and tests/web.

Started from Debian's binaries on the first test that asks (``urazuke.store.pgserver``);
if they are missing the test FAILS naming the package to install: CI installs it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from urazuke.store.pgserver import PgServer, start_server

_server: PgServer | None = None


def server() -> PgServer:
    global _server
    if _server is None:
        try:
            _server = start_server()
        except RuntimeError as exc:
            pytest.fail(str(exc), pytrace=False)
    return _server


@contextmanager
def database() -> Iterator[str]:
    """A fresh, empty UTF-8 database on the shared server; dropped afterwards."""
    srv = server()
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = srv.create_database(name)
    try:
        yield url
    finally:
        srv.drop_database(name)

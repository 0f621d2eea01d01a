"""The store tests run against both back ends: a SQLite file and a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store import pg
from urazuke.store import Store, open_store

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive's address, once per back end."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.sqlite3")
    else:
        with pg.database() as url:
            yield url


@pytest.fixture
def store(location: str) -> Iterator[Store]:
    with open_store(location) as s:
        yield s

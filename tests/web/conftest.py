"""Archives for the web tests: the seed and the articles in tests/data/archive, analyzed once
per session (real analysis, real verification when urazuke.verify is there), stored in a
SQLite file and in a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import DATA, SEED
from tests.store import pg
from tests.store.sample import analyze_cached
from urazuke.archive import ingest
from urazuke.store import open_store
from urazuke.web import create_app

ARTICLES = DATA / "archive"
FILES = [
    SEED,
    ARTICLES / "alliance.txt",
    ARTICLES / "rail_strike.txt",
    ARTICLES / "harbor_v1.html",
    ARTICLES / "clinic.html",
    ARTICLES / "untrusted.txt",
]


@dataclass(frozen=True)
class Archive:
    location: str
    ids: dict[str, int]  # file name → article id


def fill(location: str) -> Archive:
    with open_store(location) as store:
        summary = ingest([str(f) for f in FILES], store, analyze=analyze_cached)
    assert summary.failed == 0, summary.outcomes
    ids = {Path(o.source).name: o.article_id for o in summary.outcomes if o.article_id}
    return Archive(location, ids)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def archive(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Archive]:
    if request.param == "sqlite":
        yield fill(str(tmp_path_factory.mktemp("web") / "archive.sqlite3"))
    else:
        with pg.database() as url:
            yield fill(url)


@pytest.fixture(scope="module")
def sqlite_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return fill(str(tmp_path_factory.mktemp("pages") / "archive.sqlite3"))


@pytest.fixture(scope="module")
def client(archive: Archive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.location)) as c:
        yield c


@pytest.fixture(scope="module")
def pages(sqlite_archive: Archive) -> Iterator[TestClient]:
    with TestClient(create_app(sqlite_archive.location)) as c:
        yield c

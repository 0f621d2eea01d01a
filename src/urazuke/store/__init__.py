"""The archive's store: one interface (``Store``), two back ends.

``open_store(location)`` picks the back end from the address: a file path (or
``sqlite:///path``) is SQLite, ``postgresql://…`` is PostgreSQL. Without one it is
``$URAZUKE_DB``, else ``$XDG_DATA_HOME/urazuke/archive.sqlite3``
(``~/.local/share/urazuke/archive.sqlite3``).
"""

from __future__ import annotations

import os
from pathlib import Path

from urazuke.errors import Errors, UrazukeError
from urazuke.store.base import Store
from urazuke.store.records import (
    ArticleRecord,
    ArticleSummary,
    EntitySummary,
    EventRow,
    FlagRow,
    Page,
    QuoteRow,
    SaveResult,
    SearchHit,
    SearchQuery,
    Snippet,
    StoreInfo,
    canonical_url,
    content_hash,
    identity,
)

ENV = "URAZUKE_DB"

__all__ = [
    "ENV",
    "ArticleRecord",
    "ArticleSummary",
    "EntitySummary",
    "EventRow",
    "FlagRow",
    "Page",
    "QuoteRow",
    "SaveResult",
    "SearchHit",
    "SearchQuery",
    "Snippet",
    "Store",
    "StoreInfo",
    "canonical_url",
    "content_hash",
    "default_location",
    "identity",
    "open_store",
    "resolve_location",
]


def default_location() -> str:
    """Where the archive lives when neither ``--db`` nor ``$URAZUKE_DB`` says."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data) / "urazuke" / "archive.sqlite3")


def resolve_location(location: str | None) -> str:
    """``--db``, else ``$URAZUKE_DB``, else the default file."""
    return location or os.environ.get(ENV) or default_location()


def open_store(location: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and, unless ``migrate=False``, create or upgrade) the archive at ``location``."""
    where = resolve_location(location)
    if where.startswith(("postgresql://", "postgres://")):
        from urazuke.store.postgres import PostgresStore

        return PostgresStore(where, migrate=migrate)
    if where.startswith("sqlite:///"):
        where = where.removeprefix("sqlite://")
    elif "://" in where:
        raise UrazukeError(Errors.E110, location=where)
    from urazuke.store.sqlite import SqliteStore

    return SqliteStore(Path(where).expanduser(), migrate=migrate)

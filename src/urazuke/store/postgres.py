"""The PostgreSQL back end (psycopg 3): the same interface and schema, pg_trgm for text.

For shared, larger archives: ``--db postgresql://user@host/db``. The database must be UTF-8
(pg_trgm only sees Japanese characters there) and allow ``CREATE EXTENSION pg_trgm`` (a
trusted extension: the database owner may create it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from urazuke.errors import Errors, UrazukeError
from urazuke.store.base import Row, Store
from urazuke.store.migrate import CREATE_TABLE, load_migrations

# The expression the trigram index is built on (migrations/postgresql/0001_initial.sql):
# a query uses the index only when it names the very same expression.
TEXT = "(coalesce(a.title, '') || ' ' || a.body)"
# pg_trgm, like FTS5's trigram tokenizer, indexes three characters at a time.
TRIGRAM = 3
# Any constant: the advisory lock that serializes migrations across processes.
_MIGRATION_LOCK = 0x75726A6B


def masked(url: str) -> str:
    """The URL without its password, for messages and `urazuke info`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class PostgresStore(Store):
    backend = "postgresql"

    def __init__(self, url: str, *, migrate: bool = True, migrations: Path | None = None) -> None:
        self.location = masked(url)
        try:
            self._conn: psycopg.Connection[Row] = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=10
            )
        except psycopg.Error as exc:
            raise UrazukeError(Errors.E108, location=self.location, detail=str(exc)) from exc
        try:
            if migrate:
                self.migrate(migrations)
            else:
                self._check_version(load_migrations(self.backend, migrations)[-1].version)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        cursor = self._conn.execute(
            sql.replace("%", "%%").replace("?", "%s"),
            list(params),
        )
        if cursor.description is None:
            return []
        return cursor.fetchall()

    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            # psycopg sends the rows in one pipeline: one round trip, not one per row.
            with self._conn.cursor() as cursor:
                cursor.executemany(sql.replace("%", "%%").replace("?", "%s"), rows)

    @contextmanager
    def _begin(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _transaction(self) -> AbstractContextManager[None]:
        return self._begin()

    def _lock_key(self, key: str) -> None:
        # Two writers of the same URL at once: the second waits, then sees the first's row.
        self._query("SELECT pg_advisory_xact_lock(hashtext(?))", [key])

    def _wrap_error(self, exc: Exception) -> Exception | None:
        if isinstance(exc, psycopg.Error):
            return UrazukeError(Errors.E117, detail=f"{type(exc).__name__}: {exc}")
        return None

    def _text_condition(self, terms: list[str], method: str) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for term in terms:
            if method == "index" and len(term) >= TRIGRAM:
                parts.append(f"{TEXT} ILIKE ?")
                params.append(_like(term))
            else:
                # A term of 1–2 characters has no trigram: the index would be read whole
                # (slower than the table, bench/archive.py). strpos() reads every row, as
                # the benchmark's baseline does for every term.
                parts.append(f"strpos(lower({TEXT}), ?) > 0")
                params.append(term.lower())
        return " AND ".join(parts), params

    def schema_version(self) -> int:
        rows = self._query("SELECT to_regclass('schema_migrations') AS t")
        if rows[0]["t"] is None:
            return 0
        rows = self._query("SELECT MAX(version) AS v FROM schema_migrations")
        return int(rows[0]["v"] or 0)

    def _check_version(self, known: int) -> int:
        found = self.schema_version()
        if found > known:
            raise UrazukeError(Errors.E109, location=self.location, found=found, known=known)
        return found

    def migrate(self, directory: Path | None = None) -> list[int]:
        """Apply the migrations this archive lacks; return the versions applied."""
        migrations = load_migrations(self.backend, directory)
        applied: list[int] = []
        try:
            for m in migrations:
                with self._conn.transaction():
                    self._query("SELECT pg_advisory_xact_lock(?)", [_MIGRATION_LOCK])
                    self._query(CREATE_TABLE)
                    if self._check_version(migrations[-1].version) >= m.version:
                        continue
                    self._conn.execute(m.sql.encode())  # several statements, no parameters
                    self._query(
                        "INSERT INTO schema_migrations (version, name, applied_at) "
                        "VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(UTC).isoformat(timespec="seconds")],
                    )
                    applied.append(m.version)
        except psycopg.Error as exc:
            raise UrazukeError(Errors.E108, location=self.location, detail=str(exc)) from exc
        return applied

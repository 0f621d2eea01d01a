"""The SQLite back end: one file, WAL, FTS5 trigram for Japanese full text.

The default archive. FTS5's trigram tokenizer finds any substring of three or more
characters; Japanese has no spaces, so that is what a word search needs. Shorter terms
(米国, 首脳) cannot use it and fall back to ``instr()`` over the base table.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from urazuke.errors import Errors, UrazukeError
from urazuke.store.base import Row, Store
from urazuke.store.migrate import CREATE_TABLE, load_migrations

# The trigram tokenizer needs three characters to make one token.
TRIGRAM = 3
# A text that the index finds in this many articles or more is common: a page of the newest
# is found sooner by walking the articles in date order (bench/archive.py: at 100,000
# articles, a phrase in half of them took 94 ms through the index, 0.2 ms by the walk).
COMMON = 1000


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (a trigger's body keeps its semicolons)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending.strip()
            pending = ""
    if pending.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in pending.splitlines()
    ):
        raise RuntimeError(f"incomplete SQL statement at the end of a migration: {pending!r}")


def _has_case(term: str) -> bool:
    return term.lower() != term.upper()


class SqliteStore(Store):
    backend = "sqlite"

    def _set_wal(self) -> None:
        """Switch a new archive to WAL. SQLite answers "database is locked" at once, without
        waiting, when another connection opens the same new file at that moment (seen with
        four writers starting together), so retry for a while before giving up."""
        deadline = time.monotonic() + 30
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def __init__(self, path: Path, *, migrate: bool = True, migrations: Path | None = None) -> None:
        self.location = str(path)
        self._path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
            # check_same_thread is off because the web app hands one connection to one
            # request, which may run its dependency and its handler on different threads.
            self._conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30
            )
            self._set_wal()
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except (sqlite3.Error, OSError) as exc:
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
        cursor = self._conn.execute(sql, params)
        if cursor.description is None:
            return []
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def _execute_many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self._conn.executemany(sql, rows)

    @contextmanager
    def _begin(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock at once: writers queue (busy timeout) instead of
        # failing halfway through an article.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _transaction(self) -> AbstractContextManager[None]:
        return self._begin()

    def _lock_key(self, key: str) -> None:
        """BEGIN IMMEDIATE already serializes all writers."""

    def _wrap_error(self, exc: Exception) -> Exception | None:
        if isinstance(exc, sqlite3.Error):
            return UrazukeError(Errors.E117, detail=f"{type(exc).__name__}: {exc}")
        return None

    def _text_condition(self, terms: list[str], method: str) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        indexed = [t for t in terms if len(t) >= TRIGRAM] if method == "index" else []
        if indexed:
            match = " AND ".join('"' + t.replace('"', '""') + '"' for t in indexed)
            if self._common(match):
                # Found in many articles: walking the newest first and checking each finds
                # a page sooner than collecting every match and sorting it.
                indexed = []
            else:
                parts.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
                params.append(match)
        for term in terms:
            if term in indexed:
                continue
            if _has_case(term):
                parts.append("(instr(lower(a.title), ?) > 0 OR instr(lower(a.body), ?) > 0)")
                params += [term.lower()] * 2
            else:
                parts.append("(instr(a.title, ?) > 0 OR instr(a.body, ?) > 0)")
                params += [term] * 2
        return " AND ".join(parts), params

    def _common(self, match: str) -> bool:
        """Whether the index finds at least COMMON articles (it stops counting there)."""
        (found,) = self._conn.execute(
            "SELECT COUNT(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
            "LIMIT ?)",
            [match, COMMON],
        ).fetchone()
        return bool(found >= COMMON)

    def schema_version(self) -> int:
        try:
            rows = self._query("SELECT MAX(version) AS v FROM schema_migrations")
        except sqlite3.OperationalError:
            return 0
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
            self._conn.execute(CREATE_TABLE)
            for m in migrations:
                with self._begin():
                    if self._check_version(migrations[-1].version) >= m.version:
                        continue
                    for statement in _statements(m.sql):
                        self._conn.execute(statement)
                    self._conn.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) "
                        "VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(UTC).isoformat(timespec="seconds")],
                    )
                    applied.append(m.version)
        except sqlite3.Error as exc:
            raise UrazukeError(Errors.E108, location=self.location, detail=str(exc)) from exc
        return applied

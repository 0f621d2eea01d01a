"""Versioned schema migrations: ``migrations/<backend>/NNNN_name.sql``, applied in order.

Each back end records what it applied in ``schema_migrations``; each migration runs in its
own transaction under a lock, so two processes opening a new archive at once apply it once.
An archive newer than this code knows is refused (E109), never written to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")

CREATE_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@lru_cache(maxsize=16)
def load_migrations(backend: str, directory: Path | None = None) -> tuple[Migration, ...]:
    """The migrations of one back end, in version order (``directory`` for tests)."""
    folder = directory if directory is not None else MIGRATIONS / backend
    found: list[Migration] = []
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations in {folder} are not numbered 1, 2, …: {versions}")
    return tuple(found)

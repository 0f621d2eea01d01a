"""A throwaway PostgreSQL server from Debian's binaries, for the tests and the benchmark.

``start_server()`` runs ``initdb`` and ``pg_ctl`` from ``/usr/lib/postgresql/<N>/bin`` (the
Debian package ``postgresql``) in a temporary folder, on a free port of 127.0.0.1 only.
PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` user the package
creates. The cluster is UTF-8 with the C.UTF-8 locale: pg_trgm sees Japanese only there.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

PACKAGE = "postgresql"
BINDIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class PgServer:
    root: Path
    port: int
    bindir: Path
    _as: list[str] = field(default_factory=list)
    _stopped: bool = False

    @property
    def url(self) -> str:
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str) -> str:
        """A new empty UTF-8 database; its URL."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
        return self.database_url(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        subprocess.run(
            [
                *self._as,
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_server(*, durable: bool = False) -> PgServer:
    """Start a server; raise RuntimeError naming the Debian package if it is missing.

    ``durable=False`` turns fsync off (tests); ``durable=True`` keeps fsync but commits
    without waiting for the disk (``synchronous_commit=off``), which is what SQLite's WAL
    with ``synchronous=NORMAL`` does too, so the benchmark compares like with like.
    """
    if not BINDIRS or not (BINDIRS[0] / "initdb").exists():
        raise RuntimeError(
            "PostgreSQL's server binaries (/usr/lib/postgresql/<version>/bin/initdb) are "
            f"missing: install Debian's package `{PACKAGE}` (apt-get install -y {PACKAGE})"
        )
    bindir = BINDIRS[0]
    root = Path(tempfile.mkdtemp(prefix="urazuke-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, user="postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    settings = ["-c", "fsync=off", "-c", "full_page_writes=off"] if not durable else []
    settings += ["-c", "synchronous_commit=off", "-c", "max_connections=50"]
    options = " ".join([f"-h 127.0.0.1 -p {port} -k {root}", *settings])

    def run(*args: str) -> None:
        done = subprocess.run([*run_as, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = (root / "log").read_text() if (root / "log").exists() else ""
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError(
                f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr}{done.stdout}{log}"
            )

    run(
        str(bindir / "initdb"),
        "-D",
        str(root / "data"),
        "--locale=C.UTF-8",
        "-E",
        "UTF8",
        "-A",
        "trust",
        "-U",
        "postgres",
        "--no-sync",
    )
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(root / "data"),
        "-o",
        options,
        "-l",
        str(root / "log"),
        "-w",
        "-t",
        "60",
        "start",
    )
    server = PgServer(root, port, bindir, run_as)
    atexit.register(server.stop)
    return server

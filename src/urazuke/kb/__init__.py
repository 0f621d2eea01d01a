"""Reference knowledge: who held which office when, and how their names are written.

The bundled data (``kb/data/offices_*.tsv``) covers heads of state, heads of government
and foreign ministers of the G20, the EU, South and North Korea, Ukraine, Taiwan, Israel
and Iran from 2000. Each country's office carries the date up to which its holders are
known (``coverage``): a claim dated past it is unverified, never contradicted, so a stale
knowledge base cannot accuse a correct article. ``urazuke kb import FILE`` adds a larger
dump of the same shape (JSON lines) to the user's knowledge base.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from urazuke.errors import Errors, UrazukeError

OFFICES = ("head_of_state", "head_of_government", "foreign_minister")


@dataclass(frozen=True)
class Holder:
    country: str
    office: str
    office_ja: str
    name_en: str
    name_ja: str
    aliases_ja: tuple[str, ...]
    aliases_en: tuple[str, ...]
    start: dt.date
    end: dt.date | None  # None: in office as of the coverage date

    @property
    def names_ja(self) -> tuple[str, ...]:
        return (self.name_ja, *self.aliases_ja)

    @property
    def names_en(self) -> tuple[str, ...]:
        return (self.name_en, *self.aliases_en)

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def to_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "office": self.office,
            "office_ja": self.office_ja,
            "name_en": self.name_en,
            "name_ja": self.name_ja,
            "aliases_ja": list(self.aliases_ja),
            "aliases_en": list(self.aliases_en),
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class Role:
    """A title as news writes it (首相) and the office it names."""

    title: str
    office: str
    countries: tuple[str, ...]  # the countries the title itself implies (国務長官 → US)


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    holders: tuple[Holder, ...]
    coverage: dict[tuple[str, str], dt.date]
    roles: dict[str, Role]

    def holders_on(self, country: str, office: str, day: dt.date) -> list[Holder]:
        return [
            h
            for h in self.holders
            if h.country == country and h.office == office and h.held_on(day)
        ]

    def covers(self, country: str, office: str, day: dt.date) -> bool:
        """Whether the holders of this office are known on ``day``."""
        until = self.coverage.get((country, office))
        return until is not None and day <= until

    def people(self) -> Iterable[Holder]:
        return self.holders


def _date(value: str) -> dt.date | None:
    value = value.strip()
    return dt.date.fromisoformat(value) if value and value != "-" else None


def _aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in value.split("|") if a.strip() and a.strip() != "-")


def _read_tsv(text: str) -> tuple[list[Holder], dict[tuple[str, str], dt.date]]:
    holders: list[Holder] = []
    coverage: dict[tuple[str, str], dt.date] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            cells = [c.strip() for c in line[1:].split("\t")]
            if cells and cells[0] == "coverage" and len(cells) >= 4:
                coverage[(cells[1], cells[2])] = dt.date.fromisoformat(cells[3])
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells, strict=False))
        start = _date(row["start"])
        if start is None:
            continue
        holders.append(
            Holder(
                country=row["country"],
                office=row["office"],
                office_ja=row["office_ja"],
                name_en=row["name_en"],
                name_ja=row["name_ja"],
                aliases_ja=_aliases(row.get("aliases_ja", "")),
                aliases_en=_aliases(row.get("aliases_en", "")),
                start=start,
                end=_date(row.get("end", "")),
            )
        )
    return holders, coverage


def _holder_from_json(row: dict[str, Any]) -> Holder:
    start = _date(str(row["start"]))
    if start is None:
        raise ValueError("start is required")
    return Holder(
        country=str(row["country"]),
        office=str(row["office"]),
        office_ja=str(row.get("office_ja", "")),
        name_en=str(row["name_en"]),
        name_ja=str(row["name_ja"]),
        aliases_ja=tuple(row.get("aliases_ja") or ()),
        aliases_en=tuple(row.get("aliases_en") or ()),
        start=start,
        end=_date(str(row.get("end") or "")),
    )


def user_kb_path() -> Path:
    """Where ``urazuke kb import`` keeps imported holders ($URAZUKE_KB or the XDG data dir)."""
    if env := os.environ.get("URAZUKE_KB"):
        return Path(env)
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "urazuke" / "kb.jsonl"


def _read_jsonl(path: Path) -> tuple[list[Holder], dict[tuple[str, str], dt.date]]:
    holders: list[Holder] = []
    coverage: dict[tuple[str, str], dt.date] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "coverage" in row:
            coverage[(row["country"], row["office"])] = dt.date.fromisoformat(row["coverage"])
        else:
            holders.append(_holder_from_json(row))
    return holders, coverage


@lru_cache(maxsize=4)
def load_kb(user_path: str | None = None) -> KnowledgeBase:
    """The bundled knowledge base, plus the user's imported holders when present."""
    data = files("urazuke.kb").joinpath("data")
    holders: list[Holder] = []
    coverage: dict[tuple[str, str], dt.date] = {}
    for entry in sorted(data.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("offices") and entry.name.endswith(".tsv"):
            h, c = _read_tsv(entry.read_text(encoding="utf-8"))
            holders += h
            coverage.update(c)
    path = Path(user_path) if user_path else user_kb_path()
    if path.is_file():
        h, c = _read_jsonl(path)
        holders += h
        for key, until in c.items():
            coverage[key] = max(until, coverage.get(key, until))
    roles = {}
    for line in data.joinpath("roles.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            title, office, countries = line.split("\t")
            roles[title] = Role(title, office, _aliases(countries))
    return KnowledgeBase(tuple(holders), coverage, roles)


def import_kb(source: Path, target: Path | None = None) -> int:
    """Validate a JSON-lines dump of holders and append it to the user's knowledge base.

    Each line: {"country", "office", "name_en", "name_ja", "aliases_ja": [...],
    "aliases_en": [...], "start", "end"} or {"country", "office", "coverage"}. Returns the
    number of lines imported; a bad line stops the import before anything is written.
    """
    target = target or user_kb_path()
    lines = []
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UrazukeError(Errors.E008, path=str(source), detail=str(exc)) from exc
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if "coverage" in row:
                dt.date.fromisoformat(row["coverage"])
                if row["office"] not in OFFICES:
                    raise ValueError(f"unknown office {row['office']!r}")
            else:
                holder = _holder_from_json(row)
                if holder.office not in OFFICES:
                    raise ValueError(f"unknown office {holder.office!r}")
        except (ValueError, KeyError, TypeError) as exc:
            raise UrazukeError(Errors.E009, path=str(source), line=n, detail=str(exc)) from exc
        lines.append(json.dumps(row, ensure_ascii=False))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as out:
        out.writelines(line + "\n" for line in lines)
    load_kb.cache_clear()
    return len(lines)

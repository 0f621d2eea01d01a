"""Lexicons: data files a journalist can extend without reading Python.

``load_lexicons()`` reads them once per process; the analysis stages take the returned
``Lexicons`` value rather than reading files themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files


@dataclass(frozen=True)
class Country:
    code: str
    japanese: tuple[str, ...]
    english: tuple[str, ...]


@dataclass(frozen=True)
class KnownEntity:
    key: str  # canonical surface form
    surfaces: tuple[str, ...]
    kind: str
    country: str | None


# eq=False: hashed by identity, so per-lexicon caches (compiled patterns) can key on it.
@dataclass(frozen=True, eq=False)
class Lexicons:
    countries: tuple[Country, ...]
    known: tuple[KnownEntity, ...]
    titles: tuple[str, ...]  # longest first
    honorifics: tuple[str, ...]
    body_suffixes: dict[str, str]  # suffix → kind
    ner_kinds: dict[str, str]  # GiNZA ENE label → kind
    speech_verbs: tuple[tuple[str, str], ...]  # (stem, kind), longest first
    units: dict[str, str]  # counter → unit code
    org_suffixes: tuple[str, ...]  # endings of organization names (庁, 食品), longest first
    org_suffix_kinds: dict[str, str]  # suffix → kind (庁 → body, 空港 → place)
    common_acronyms: frozenset[str] = frozenset()  # SNS, EV: capitals that name nothing


def _rows(name: str) -> list[list[str]]:
    text = files("urazuke.lexicon").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    countries = tuple(
        Country(code=r[0], japanese=tuple(r[1].split("|")), english=tuple(r[2].split("|")))
        for r in _rows("countries.tsv")
    )
    known = []
    for r in _rows("entities.tsv"):
        surfaces = tuple(r[0].split("|"))
        country = r[2] if len(r) > 2 and r[2] != "-" else None
        known.append(KnownEntity(key=surfaces[0], surfaces=surfaces, kind=r[1], country=country))
    titles = tuple(sorted((r[0] for r in _rows("titles.txt")), key=len, reverse=True))
    honorifics = tuple(sorted((r[0] for r in _rows("honorifics.txt")), key=len, reverse=True))
    suffixes = {r[0]: r[1] for r in _rows("body_suffixes.tsv")}
    ner_kinds = {r[0]: r[1] for r in _rows("ner_kinds.tsv")}
    verbs = tuple(
        sorted(((r[0], r[1]) for r in _rows("speech_verbs.tsv")), key=lambda v: -len(v[0]))
    )
    units = {r[0]: r[1] for r in _rows("units.tsv")}
    org_rows = _rows("org_suffixes.tsv")
    org_kinds = {r[0]: r[1] for r in org_rows}
    org_suffixes = tuple(sorted(org_kinds, key=len, reverse=True))
    return Lexicons(
        countries,
        tuple(known),
        titles,
        honorifics,
        suffixes,
        ner_kinds,
        verbs,
        units,
        org_suffixes,
        org_kinds,
        frozenset(r[0] for r in _rows("common_acronyms.txt")),
    )

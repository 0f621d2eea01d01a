"""Export: the events of many analyses as one flat table, written as CSV or Parquet.

One row per event. A coordinated actor or target (米国、韓国、日本の各国の首脳) keeps its
phrase as the name and joins its members' country codes and entity ids with ``+``
(``US+KR+JP``), so that a table can still be filtered by country.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from urazuke.model import Analysis

COLUMNS = (
    "article_title",
    "article_url",
    "article_published",
    "sentence",
    "plover",
    "cameo",
    "action",
    "actor_name",
    "actor_entity",
    "actor_country",
    "target_name",
    "target_country",
    "place_name",
    "place_country",
    "date",
    "modality",
    "negated",
)


def _joined(participant: dict[str, Any] | None, key: str) -> str | None:
    """A participant's entity id or country code; a group's members' joined by +."""
    if participant is None:
        return None
    members = participant.get("members")
    if members:
        values = [str(m[key]) for m in members if m.get(key)]
        return "+".join(values) if values else None
    value = participant.get(key)
    return None if value is None else str(value)


def _name(participant: dict[str, Any] | None) -> str | None:
    return None if participant is None else str(participant["name"])


def events_table(analyses: Iterable[Analysis]) -> list[dict[str, Any]]:
    """One flat row per event of every analysis, with its article and sentence."""
    rows: list[dict[str, Any]] = []
    for analysis in analyses:
        article = analysis.article
        body = article.body
        for event in analysis.events:
            start, end = analysis.sentences[event["sentence"]].span
            actor, target, place = event["actor"], event["target"], event["place"]
            rows.append(
                {
                    "article_title": article.title,
                    "article_url": article.url or article.source_url,
                    "article_published": article.published,
                    "sentence": body[start:end].strip(),
                    "plover": event["plover"],
                    "cameo": event["cameo"],
                    "action": event["action"],
                    "actor_name": _name(actor),
                    "actor_entity": _joined(actor, "entity"),
                    "actor_country": _joined(actor, "country"),
                    "target_name": _name(target),
                    "target_country": _joined(target, "country"),
                    "place_name": _name(place),
                    "place_country": _joined(place, "country"),
                    "date": event["date"],
                    "modality": event["modality"],
                    "negated": bool(event["negated"]),
                }
            )
    return rows


def write_events(rows: Sequence[dict[str, Any]], path: Path) -> None:
    """Write ``events_table`` rows to ``path``: CSV for .csv, Parquet for .parquet.

    CSV is UTF-8 with a header; an empty cell is a missing value, ``negated`` is
    true/false. Parquet keeps the types: strings, and a boolean ``negated``.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow(
                    {k: ("true" if v else "false") if k == "negated" else v for k, v in row.items()}
                )
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, pa.bool_() if c == "negated" else pa.string()) for c in COLUMNS])
        table = pa.Table.from_pylist([{c: row.get(c) for c in COLUMNS} for row in rows], schema)
        pq.write_table(table, path)
    else:
        raise ValueError(f"unknown export format {path.suffix!r}: use .csv or .parquet")

"""The human-readable report `urazuke analyze` prints: one table per kind of finding."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from urazuke.model import Analysis


def _article_table(analysis: Analysis) -> Table:
    a = analysis.article
    table = Table(title="Article", show_header=False, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    published = f"{a.published} (from {a.published_from})" if a.published else "unknown"
    rows: list[tuple[str, str]] = [
        ("title", a.title or "—"),
        ("source", a.source_url or "—"),
        ("url", a.url or "—"),
        ("outlet", a.outlet or "—"),
        ("published", published),
        ("language", a.language),
        ("encoding", a.encoding or "—"),
        ("length", f"{len(a.body)} characters, {len(analysis.sentences)} sentences"),
        ("truncated", "yes: the text ends cut off" if a.truncated else "no"),
    ]
    for field, value in rows:
        table.add_row(field, escape(value))
    return table


def _entity_table(analysis: Analysis) -> Table:
    table = Table(title=f"Entities ({len(analysis.entities)})", title_justify="left")
    for column in ("id", "name", "kind", "country", "roles", "mentions", "forms"):
        table.add_column(column, overflow="fold")
    for e in analysis.entities:
        forms = "、".join(dict.fromkeys(m.text for m in e.mentions))
        cells = (
            e.id,
            e.name,
            e.kind,
            e.country or "",
            "、".join(e.roles),
            str(len(e.mentions)),
            forms,
        )
        table.add_row(*(escape(c) for c in cells))
    return table


def _claims_table(title: str, items: tuple[dict[str, Any], ...]) -> Table:
    table = Table(title=f"{title} ({len(items)})", title_justify="left")
    keys = [k for k in items[0] if k not in ("span",)]
    for k in keys:
        table.add_column(k, overflow="fold")
    for item in items:
        table.add_row(*(_cell(item.get(k)) for k in keys))
    return table


def _cell(value: object) -> str:
    """Article text is untrusted: rich must print it, not read it as markup ([bold])."""
    if value is None:
        return ""
    if isinstance(value, dict) and "name" in value:
        return escape(str(value["name"]))  # a speaker: its name, not the dict
    return escape(str(value))


def print_report(analysis: Analysis, console: Console) -> None:
    console.print(_article_table(analysis))
    console.print(_entity_table(analysis))
    for title, items in (
        ("Quotes", analysis.quotes),
        ("Times", analysis.times),
        ("Quantities", analysis.quantities),
        ("Events", analysis.events),
    ):
        if items:
            console.print(_claims_table(title, items))
    if analysis.verdicts:
        console.print(_verdict_table(analysis))
    if analysis.flags:
        console.print(_flag_table(analysis))


_VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "unverified": "yellow"}


def _verdict_table(analysis: Analysis) -> Table:
    table = Table(title=f"Verdicts ({len(analysis.verdicts)})", title_justify="left")
    for column in ("claim", "kind", "verdict", "evidence"):
        table.add_column(column, overflow="fold")
    for v in analysis.verdicts:
        evidence = "; ".join(f"[{e['source']}] {e['text']}" for e in v["evidence"]) or (
            v.get("reason") or ""
        )
        verdict = f"[{_VERDICT_STYLE[v['verdict']]}]{v['verdict']}[/]"
        table.add_row(escape(v["claim"]["text"]), v["claim"]["kind"], verdict, escape(evidence))
    return table


def _flag_table(analysis: Analysis) -> Table:
    table = Table(title=f"Flags ({len(analysis.flags)})", title_justify="left")
    for column in ("severity", "message"):
        table.add_column(column, overflow="fold")
    for f in analysis.flags:
        table.add_row(f["severity"], escape(f"{f['message_ja']}\n{f['message_en']}"))
    return table

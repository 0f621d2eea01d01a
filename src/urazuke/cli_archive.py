"""The archive's commands — `ingest`, `search`, `serve`, `info` — as thin shells over
``urazuke.archive``, ``urazuke.store`` and ``urazuke.web``. ``register(app)`` adds them."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from urazuke.errors import UrazukeError

DB_HELP = (
    "The archive: a SQLite file path or postgresql://user@host/db. Default: $URAZUKE_DB, "
    "else ~/.local/share/urazuke/archive.sqlite3."
)
Db = Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _fail(error: UrazukeError) -> NoReturn:
    """One clear line on stderr and exit status 2, as `urazuke analyze` does."""
    print(f"urazuke: error: {error.message}", file=sys.stderr)
    raise typer.Exit(code=2)


def _dump(value: Any) -> None:
    json.dump(dataclasses.asdict(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (read recursively), RSS/Atom feeds (each item is fetched) "
            "and http(s) URLs.",
            show_default=False,
        ),
    ],
    db: Db = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow fetching from private, loopback and link-local addresses "
            "(refused by default, after every redirect too).",
        ),
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Seconds to wait for a server to connect or send data.")
    ] = 15.0,
    max_bytes: Annotated[
        int, typer.Option(help="Largest response accepted from a URL, in bytes.")
    ] = 10 * 1024 * 1024,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD for every article (else found)."),
    ] = None,
    ner: Annotated[
        str, typer.Option(help="Where GiNZA's NER runs: auto, all or none (see analyze).")
    ] = "auto",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print each source's outcome as JSON lines.")
    ] = False,
) -> None:
    """Analyze, check and store articles; the same article twice is stored once."""
    from urazuke.archive import IngestOptions, Outcome
    from urazuke.archive import ingest as run_ingest
    from urazuke.ingest.dates import parse_flag_date
    from urazuke.ingest.fetch import FetchPolicy
    from urazuke.store import open_store

    if ner not in ("auto", "all", "none"):
        print(f"urazuke: error: --ner must be auto, all or none, not {ner!r}", file=sys.stderr)
        raise typer.Exit(code=2)
    try:
        if published is not None:
            parse_flag_date(published)
        store = open_store(db)
    except UrazukeError as error:
        _fail(error)
    options = IngestOptions(
        fetch=FetchPolicy(allow_private=allow_private, timeout=timeout, max_bytes=max_bytes),
        published=published,
        ner=ner,  # type: ignore[arg-type]  # checked above
    )
    err = Console(stderr=True)
    outcomes: list[Outcome] = []
    with (
        store,
        Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task("reading sources", total=None)

        def planned(total: int) -> None:
            progress.update(task, total=total, description="ingesting")

        def done(outcome: Outcome) -> None:
            outcomes.append(outcome)
            progress.advance(task)
            if outcome.status == "failed":
                progress.console.print(
                    f"urazuke: failed: {outcome.message}", markup=False, soft_wrap=True
                )
            if as_json:
                progress.console.file.flush()
                print(json.dumps(dataclasses.asdict(outcome), ensure_ascii=False), flush=True)

        try:
            summary = run_ingest(sources, store, options, on_plan=planned, on_outcome=done)
        except KeyboardInterrupt:
            from urazuke.archive import Summary

            progress.stop()
            print(f"interrupted: {Summary(tuple(outcomes)).line()}", file=sys.stderr)
            raise typer.Exit(code=130) from None
    print(summary.line(), file=sys.stderr if as_json else sys.stdout)
    if summary.failed:
        raise typer.Exit(code=1)


def search(
    query: Annotated[
        str, typer.Argument(help="Words that must all occur (Japanese: any substring).")
    ] = "",
    speaker: Annotated[
        str | None, typer.Option(help="Only articles quoting this speaker (any form).")
    ] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    event_type: Annotated[
        str | None, typer.Option(help="Only articles with an event of this type.")
    ] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Published on or after YYYY-MM-DD.")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Published on or before YYYY-MM-DD.")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="Only articles from this outlet.")] = None,
    flagged: Annotated[bool, typer.Option("--flagged", help="Only articles with flags.")] = False,
    limit: Annotated[int, typer.Option(help="Hits per page (at most 200).")] = 20,
    offset: Annotated[int, typer.Option(help="Hits to skip.")] = 0,
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """Search the archive: full text (Japanese) with filters."""
    from urazuke.store import SearchQuery, open_store

    q = SearchQuery(
        text=query,
        speaker=speaker,
        entity=entity,
        event_type=event_type,
        date_from=date_from,
        date_to=date_to,
        outlet=outlet,
        flagged=flagged,
        limit=limit,
        offset=offset,
    )
    try:
        with open_store(db) as store:
            page = store.search(q)
    except UrazukeError as error:
        _fail(error)
    if as_json:
        _dump(page)
        return
    table = Table(title=f"{len(page.items)} articles", title_justify="left")
    for column in ("id", "published", "outlet", "title", "flags", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in page.items:
        a = hit.article
        table.add_row(
            str(a.id),
            a.published or "",
            a.outlet or "",
            a.title or "",
            str(a.flags) if a.flags else "",
            hit.snippet.text if hit.snippet else "",
        )
    Console().print(table)
    if page.next_offset is not None:
        print(f"more: --offset {page.next_offset}")


def serve(
    db: Db = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web pages and the HTTP API (OpenAPI at /docs)."""
    import uvicorn

    from urazuke.web import create_app

    try:
        app = create_app(db or _default_db())
    except UrazukeError as error:
        _fail(error)
    print(f"urazuke: serving {app.state.resolved} on http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info")


def _default_db() -> str:
    from urazuke.store import resolve_location

    return resolve_location(None)


def info(db: Db = None, as_json: AsJson = False) -> None:
    """Where the archive is, and what it holds."""
    from urazuke.archive import load_verify
    from urazuke.store import open_store

    try:
        with open_store(db) as store:
            facts = store.info()
    except UrazukeError as error:
        _fail(error)
    verify = "available" if load_verify() is not None else "not installed (flags stay empty)"
    if as_json:
        json.dump({**dataclasses.asdict(facts), "verify": verify}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    rows = [
        ("archive", facts.location),
        ("back end", facts.backend),
        ("schema", str(facts.schema_version)),
        ("articles", f"{facts.articles} ({facts.versions} versions)"),
        ("quotes", str(facts.quotes)),
        ("flags", str(facts.flags)),
        ("verify", verify),
    ]
    for name, value in rows:
        print(f"{name:<9} {value}")


def register(app: typer.Typer) -> None:
    """Add the archive's commands to the `urazuke` command."""
    app.command()(ingest)
    app.command()(search)
    app.command()(serve)
    app.command()(info)

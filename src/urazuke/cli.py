"""The `urazuke` command: thin shells that parse arguments and call the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from urazuke import __version__
from urazuke.errors import Errors, UrazukeError
from urazuke.model import Analysis


class NerChoice(StrEnum):
    auto = "auto"
    all = "all"
    none = "none"


app = typer.Typer(
    help="urazuke (裏付け): what a Japanese news article claims, and whether its sources back it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _fail(error: UrazukeError) -> NoReturn:
    """One clear line on stderr and exit status 2; bad input is not a crash."""
    print(f"urazuke: error: {error.message}", file=sys.stderr)
    raise typer.Exit(code=2)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
) -> None:
    if version:
        print(__version__)
        raise typer.Exit()


ArticleArg = Annotated[
    Path, typer.Argument(help="An article file: plain text or HTML, any Japanese encoding.")
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(help="Publication date, YYYY-MM-DD; wins over dates in the page or URL."),
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON (the contract in the README) instead of tables.")
]
NerOpt = Annotated[
    NerChoice,
    typer.Option(
        help="Where GiNZA's neural NER runs: auto (only in sentences where it can add an "
        "entity; the same result as all, faster), all, or none (fastest, rules only)."
    ),
]


def _analysis(article: Path, published: str | None, ner: NerChoice) -> Analysis:
    from urazuke.analyze import analyze as run_analysis
    from urazuke.ingest import read_article

    try:
        doc = read_article(article, published=published)
    except UrazukeError as error:
        _fail(error)
    return run_analysis(doc, ner=ner.value)


def _print(result: Analysis, as_json: bool) -> None:
    from urazuke.report import print_report

    if as_json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(result, Console())


@app.command()
def analyze(
    article: ArticleArg,
    published: PublishedOpt = None,
    as_json: JsonOpt = False,
    ner: NerOpt = NerChoice.auto,
) -> None:
    """Analyze one article: its claims, with role claims checked against the knowledge base.

    `urazuke check` adds source articles and an exit status for contradictions.
    """
    from urazuke.verify import verify

    _print(verify(_analysis(article, published, ner)), as_json)


@app.command()
def check(
    article: ArticleArg,
    source: Annotated[
        list[Path] | None,
        typer.Option(help="A source article to check against (English or Japanese); repeatable."),
    ] = None,
    published: PublishedOpt = None,
    as_json: JsonOpt = False,
    ner: NerOpt = NerChoice.auto,
) -> None:
    """Analyze an article and check its claims: against the knowledge base and any sources.

    Exit status 1 when a claim is contradicted (a high-severity flag).
    """
    from urazuke.ingest import read_article
    from urazuke.verify import verify

    sources = []
    for path in source or []:
        try:
            sources.append(read_article(path))
        except UrazukeError as error:
            _fail(error)
    result = verify(_analysis(article, published, ner), sources=sources)
    _print(result, as_json)
    if any(f["severity"] == "high" for f in result.flags):
        raise typer.Exit(code=1)


@app.command()
def export(
    articles: Annotated[list[Path], typer.Argument(help="Article files to analyze.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write: a .csv or .parquet file.")
    ],
    ner: NerOpt = NerChoice.auto,
) -> None:
    """Write the events of articles as one table (CSV or Parquet), one row per event."""
    from urazuke.analyze import analyze as run_analysis
    from urazuke.export import events_table, write_events
    from urazuke.ingest import read_article

    if output.suffix.lower() not in (".csv", ".parquet"):
        _fail(UrazukeError(Errors.E010, path=str(output)))
    analyses = []
    for path in articles:
        try:
            analyses.append(run_analysis(read_article(path), ner=ner.value))
        except UrazukeError as error:
            print(f"urazuke: skipped: {error.message}", file=sys.stderr)
    rows = events_table(analyses)
    write_events(rows, output)
    print(f"wrote {len(rows)} events from {len(analyses)} articles to {output}")


kb_app = typer.Typer(help="The knowledge base of office holders.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
def kb_import(
    file: Annotated[Path, typer.Argument(help="A JSON-lines dump of office holders.")],
) -> None:
    """Add office holders from a JSON-lines file to your knowledge base (see README)."""
    from urazuke.kb import import_kb, user_kb_path

    try:
        count = import_kb(file)
    except UrazukeError as error:
        _fail(error)
    print(f"imported {count} records into {user_kb_path()}")


from urazuke.cli_archive import register  # noqa: E402 (its commands need `app` above)

register(app)


def main() -> None:
    app()

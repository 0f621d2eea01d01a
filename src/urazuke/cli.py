"""The `urazuke` command: thin shells that parse arguments and call the library."""

from __future__ import annotations

import json
from enum import Enum
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from urazuke import __version__
from urazuke.errors import UrazukeError

class NerChoice(str, Enum):
    auto = "auto"
    all = "all"
    none = "none"


app = typer.Typer(
    help="urazuke (裏付け): what a Japanese news article claims, and whether its sources back it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _fail(error: UrazukeError) -> None:
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


@app.command()
def analyze(
    article: Annotated[
        Path, typer.Argument(help="An article file: plain text or HTML, any Japanese encoding.")
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date, YYYY-MM-DD; wins over dates in the page or URL."),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the analysis as JSON (the contract in the README)."),
    ] = False,
    ner: Annotated[
        NerChoice,
        typer.Option(
            help="Where GiNZA's neural NER runs: auto (only in sentences where it can add an "
            "entity; the same result as all, faster), all, or none (fastest, rules only)."
        ),
    ] = NerChoice.auto,
) -> None:
    """Analyze one article: sentences, entities, quotes, times and quantities."""
    from urazuke.analyze import analyze as run_analysis
    from urazuke.ingest import read_article
    from urazuke.report import print_report

    try:
        doc = read_article(article, published=published)
    except UrazukeError as error:
        _fail(error)
        return
    result = run_analysis(doc, ner=ner.value)
    if as_json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_report(result, Console())


def main() -> None:
    app()

"""The pipeline's NER gate: running NER only where needed must not change the analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyze.tables import read_table
from tests.conftest import DATA, ROOT, SEED
from urazuke.analyze import analyze, load_nlp
from urazuke.ingest import parse_article, read_article
from urazuke.model import Article

FILES = [
    SEED,
    ROOT / "examples" / "kyodo_drill.txt",
    *sorted(DATA.glob("ja_*")),
    DATA / "broken.html",
]


def _articles() -> list[Article]:
    arts = [read_article(p) for p in FILES if Path(p).is_file()]
    arts += [parse_article(r["text"].encode()) for r in read_table("quote_cases.tsv")]
    return arts


ARTICLES = _articles()


@pytest.mark.parametrize("article", ARTICLES, ids=[a.body[:12] for a in ARTICLES])
def test_pipeline_ner_auto_equals_ner_all(article: Article) -> None:
    nlp = load_nlp()
    assert analyze(article, nlp, ner="auto").to_json() == analyze(article, nlp, ner="all").to_json()


def test_pipeline_ner_adds_what_the_rules_miss() -> None:
    """ドジャース is found only by GiNZA's NER: the gate must send its sentence there."""
    article = read_article(DATA / "ja_sports.html")
    assert "ドジャース" in {e.name for e in analyze(article, ner="auto").entities}
    assert "ドジャース" not in {e.name for e in analyze(article, ner="none").entities}


def test_pipeline_rules_find_organizations_without_ner() -> None:
    """海上保安庁 and the like are found by the organization rule, NER or not."""
    article = read_article(DATA / "broken.html")
    found = {(e.name, e.kind) for e in analyze(article, ner="none").entities}
    assert ("海上保安庁", "body") in found

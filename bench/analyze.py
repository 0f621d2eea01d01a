"""Articles per second of `urazuke.analyze` against the bare `ja_ginza` pipeline.

Both run in this process on the same texts (the seed when present, the example and the
test articles), each after a warm-up pass, so the ratio compares like with like on
whatever machine runs it. Usage: ``python bench/analyze.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from urazuke.analyze import analyze, load_nlp
from urazuke.ingest import read_article
from urazuke.model import Article

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT.parent / "shared" / "seed"


def _articles() -> list[Article]:
    paths = [*sorted(SEED_DIR.glob("*.txt")), ROOT / "examples" / "kyodo_drill.txt"]
    paths += sorted((ROOT / "tests" / "data").glob("ja_*"))
    return [read_article(p) for p in paths]


def _rate(run: Callable[[Article], object], articles: list[Article], rounds: int) -> float:
    """Median articles per second over ``rounds`` passes."""
    for a in articles:  # warm-up
        run(a)
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for a in articles:
            run(a)
        rates.append(len(articles) / (time.perf_counter() - start))
    return statistics.median(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = _articles()
    chars = sum(len(a.body) for a in articles)
    bare = spacy.load("ja_ginza")  # every component on: what a plain GiNZA user runs
    ours = load_nlp()
    baseline = _rate(lambda a: bare(a.body), articles, args.rounds)
    urazuke = _rate(lambda a: analyze(a, ours), articles, args.rounds)
    result = {
        "articles": len(articles),
        "mean_chars": round(chars / len(articles)),
        "baseline_ja_ginza_articles_per_s": round(baseline, 2),
        "urazuke_analyze_articles_per_s": round(urazuke, 2),
        "ratio": round(urazuke / baseline, 2),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Articles per second of `urazuke.analyze` against the bare `ja_ginza` pipeline.

Everything runs in this one process on the same texts, each after a warm-up pass, so the
ratios compare like with like on whatever machine runs it:

- baseline: ``spacy.load("ja_ginza")`` with every component, ``nlp(body)`` per article;
- urazuke with ``ner="all"`` (GiNZA's NER on every sentence), ``"auto"`` (the default:
  only where it can add an entity) and ``"none"``;
- agreement: the share of articles whose whole analysis under ``auto`` equals ``all``.

Texts: the seed when present, the example, the test articles and ``bench/corpus/`` (40
articles written for the benchmark and not used to tune the rules).
Usage: ``python bench/analyze.py [--rounds N]``.
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


def _articles() -> dict[str, list[Article]]:
    tuned = [*sorted(SEED_DIR.glob("*.txt")), ROOT / "examples" / "kyodo_drill.txt"]
    tuned += sorted((ROOT / "tests" / "data").glob("ja_*"))
    held_out = sorted((ROOT / "bench" / "corpus").glob("*.txt"))
    return {
        "tuning": [read_article(p) for p in tuned],
        "held_out": [read_article(p) for p in held_out],
    }


def _rate(run: Callable[[Article], object], articles: list[Article], rounds: int) -> float:
    """Median articles per second over ``rounds`` passes, after one warm-up pass."""
    for a in articles:
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
    sets = _articles()
    articles = sets["held_out"] or sets["tuning"]
    bare = spacy.load("ja_ginza")  # every component on: what a plain GiNZA user runs
    ours = load_nlp()
    baseline = _rate(lambda a: bare(a.body), articles, args.rounds)
    result: dict[str, object] = {
        "timed_on": "held_out" if sets["held_out"] else "tuning",
        "articles": len(articles),
        "mean_chars": round(sum(len(a.body) for a in articles) / len(articles)),
        "baseline_ja_ginza_articles_per_s": round(baseline, 2),
    }
    for mode in ("all", "auto", "none"):
        rate = _rate(lambda a, m=mode: analyze(a, ours, ner=m), articles, args.rounds)  # type: ignore[misc]
        result[f"urazuke_ner_{mode}_articles_per_s"] = round(rate, 2)
        result[f"ratio_ner_{mode}"] = round(rate / baseline, 2)
    for name, group in sets.items():
        if group:
            same = sum(
                analyze(a, ours, ner="auto").to_json() == analyze(a, ours, ner="all").to_json()
                for a in group
            )
            result[f"auto_equals_all_{name}"] = f"{same}/{len(group)}"
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

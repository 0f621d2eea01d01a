"""Shared fixtures: the GiNZA model is loaded once per test session, and so is each analysis."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from urazuke.analyze import analyze, load_nlp
from urazuke.ingest import read_article
from urazuke.model import Analysis

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# The one real article lives in the read-only shared folder beside the repository.
SEED = Path(
    os.environ.get("URAZUKE_SEED", ROOT.parent / "shared" / "seed" / "000_faa5431ff9e0fb6f.txt")
)


@cache
def _analysis(path: str) -> Analysis:
    return analyze(read_article(path), load_nlp())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    assert SEED.is_file(), f"the seed article is missing at {SEED} (set URAZUKE_SEED)"
    return SEED


@pytest.fixture(scope="session")
def analysis_of() -> Callable[[Path], Analysis]:
    """Analyze a file once per session, however many tests ask for it."""
    return lambda path: _analysis(str(path))


@pytest.fixture(scope="session")
def seed_analysis(seed_path: Path, analysis_of: Callable[[Path], Analysis]) -> Analysis:
    return analysis_of(seed_path)

"""The injected-error benchmark (bench/verify.py) on its tuning pairs, as a regression floor.

The figures reported in the closing note come from ``make bench`` on the tuning set and on
two sets written later (bench/heldout, bench/final); this test only keeps the tuning set
from sliding back.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "verify.py"


def test_injected_errors_are_caught_without_false_flags() -> None:
    spec = importlib.util.spec_from_file_location("bench_verify", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    report = bench.run(bench.PAIRS)
    assert report["injected_errors"] >= 100
    assert report["baseline_false_flags_on_clean_articles"] == 0, report["false_flags (runs)"]
    assert report["precision"] >= 0.95, report["false_flags (runs)"]
    assert report["recall"] >= 0.8, report["missed"]

"""Analysis: an ``Article`` in, an ``Analysis`` out. Knows nothing of storage."""

from urazuke.analyze.pipeline import analyze, load_nlp

__all__ = ["analyze", "load_nlp"]

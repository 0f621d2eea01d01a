"""Verification: claims checked against the knowledge base and against sources.

``verify(analysis)`` returns the analysis with ``verdicts`` (one per checkable claim:
supported / contradicted / unverified, with the evidence) and ``flags`` (contradictions,
severity high). It reads analyses and evidence, never raw HTML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from urazuke.kb import KnowledgeBase, load_kb
from urazuke.model import Analysis, Article
from urazuke.verify.english import SourceFacts, read_english, read_japanese
from urazuke.verify.roles import check_role, role_claims, role_flag
from urazuke.verify.sources import check_sources

__all__ = ["verify"]


def verify(
    analysis: Analysis,
    kb: KnowledgeBase | None = None,
    sources: Sequence[Article] = (),
) -> Analysis:
    """Check role claims against the knowledge base, and every claim against the sources."""
    kb = kb or load_kb()
    claims = role_claims(analysis, kb)
    verdicts = [check_role(claim, kb) for claim in claims]
    flags = [role_flag(v) for v in verdicts if v["verdict"] == "contradicted"]
    if sources:
        anchor = (
            dt.date.fromisoformat(analysis.article.published)
            if analysis.article.published
            else None
        )
        facts = [_read_source(src, n, anchor) for n, src in enumerate(sources, start=1)]
        checked = check_sources(analysis, facts, claims, kb)
        verdicts += checked.verdicts
        flags += checked.flags
    return replace(
        analysis,
        verdicts=(*analysis.verdicts, *verdicts),
        flags=(*analysis.flags, *flags),
    )


def _read_source(source: Article, n: int, anchor: dt.date | None) -> SourceFacts:
    label = source.url or source.source_url or source.title or f"source {n}"
    if source.language == "ja":
        from urazuke.analyze import analyze

        return read_japanese(analyze(source), label)
    return read_english(source, label, anchor)

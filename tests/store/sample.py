"""Analyses for tests that exercise the store, not the NLP: built in the README's JSON shape
from sentences written here, with spans computed from the body."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from urazuke.analyze import analyze, load_nlp
from urazuke.model import Analysis, Article


@cache
def analyze_cached(article: Article) -> Analysis:
    """The real analysis, once per distinct article per test session."""
    return analyze(article, load_nlp())


def _spans(body: str, text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = body.find(text)
    while i >= 0:
        found.append((i, i + len(text)))
        i = body.find(text, i + len(text))
    return found


def make_analysis(
    body: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    entities: Sequence[tuple[str, str, Sequence[str]]] = (),
    quotes: Sequence[tuple[str, str | None]] = (),
    events: Sequence[dict[str, Any]] = (),
    flags: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """``entities``: (name, kind, forms); ``quotes``: (text in the body, speaker name)."""
    ents: list[dict[str, Any]] = []
    ids: dict[str, str] = {}
    for n, (name, kind, forms) in enumerate(entities, start=1):
        ids[name] = f"e{n}"
        mentions = [
            {"text": form, "span": list(span), "sentence": 0}
            for form in forms
            for span in _spans(body, form)
        ]
        ents.append(
            {
                "id": f"e{n}",
                "name": name,
                "kind": kind,
                "country": None,
                "roles": [],
                "mentions": mentions,
                "kb": None,
            }
        )
    qs = []
    for text, speaker in quotes:
        (span,) = _spans(body, text)[:1]
        qs.append(
            {
                "text": text,
                "span": list(span),
                "sentence": 0,
                "kind": "direct",
                "speaker": {"name": speaker, "entity": ids.get(speaker)} if speaker else None,
                "verb": "述べ",
                "date": published,
            }
        )
    return {
        "article": {
            "title": title,
            "body": body,
            "url": url,
            "source_url": None,
            "image_source": None,
            "outlet": outlet,
            "language": "ja",
            "published": published,
            "published_from": "flag" if published else None,
            "truncated": False,
            "encoding": "utf-8",
        },
        "sentences": [[0, len(body)]],
        "entities": ents,
        "quotes": qs,
        "times": [],
        "quantities": [],
        "events": list(events),
        "flags": list(flags),
    }

"""The analysis pipeline: load the Japanese model once per process, run every stage.

``analyze(article)`` is the one call the CLI, the API and batch runs share.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy

from urazuke.analyze.entities import NerSpan, Token, find_entities
from urazuke.analyze.quantities import find_quantities
from urazuke.analyze.quotes import attach_dates, find_quotes
from urazuke.analyze.sentences import split_sentences
from urazuke.analyze.times import find_times
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Article

MODEL = "ja_ginza"
# Components entity finding needs: tok2vec feeds ner; Sudachi's tags come from the
# tokenizer itself. The parser and the rest stay loaded but off until a stage needs them.
ENTITY_PIPES = ("tok2vec", "ner")
# nlp.pipe batch size: memory grows with it (16 → 1.9 GB, 1 → 0.55 GB per DESIGN.md)
# while speed barely moves; sentences are short, so 32 of them is about one article.
BATCH_SIZE = 32


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The GiNZA pipeline, loaded once per process (about a second and 500 MB)."""
    nlp = spacy.load(MODEL)
    for name in nlp.pipe_names:
        if name not in ENTITY_PIPES:
            nlp.disable_pipe(name)
    return nlp


def analyze(article: Article, nlp: Any | None = None) -> Analysis:
    """Sentences, entities, quotes, times and quantities of one article."""
    nlp = nlp if nlp is not None else load_nlp()
    body = article.body
    sentences = split_sentences(body)
    tokens: list[Token] = []
    ner: list[NerSpan] = []
    texts = (s.text(body) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True):
        offset = sentence.span[0]
        tokens.extend(Token(offset + t.idx, offset + t.idx + len(t.text), t.tag_) for t in doc)
        ner.extend(NerSpan(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
    lex = load_lexicons()
    entities = find_entities(body, sentences, tokens, ner, lex)
    times = find_times(body, sentences, article.published)
    quotes = attach_dates(body, find_quotes(body, sentences, tokens, entities, lex), times)
    quantities = find_quantities(body, sentences, lex, [tuple(t["span"]) for t in times])
    return Analysis(
        article=article,
        sentences=sentences,
        entities=entities,
        quotes=quotes,
        times=times,
        quantities=quantities,
    )

"""The analysis pipeline: load the Japanese model once per process, run every stage.

``analyze(article)`` is the one call the CLI, the API and batch runs share.

Where the time goes (bench/analyze.py): GiNZA's neural NER is about 60 % of a full
``ja_ginza`` run and tok2vec, which only feeds it, another 30 %; Sudachi's tokenizer,
which gives the part-of-speech and proper-noun tags most of our rules read, about 2 %.
So the model's tok2vec + ner run only on the sentences where they can add an entity the
lexicons, Sudachi's tags and the title rules cannot (``ner="auto"``, see ``needs_ner``).
``ner="all"`` runs them everywhere, ``ner="none"`` nowhere.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

import spacy
from spacy.tokens import Doc

from urazuke.analyze.entities import (
    NerSpan,
    Token,
    find_entities,
    lexicon_spans,
)
from urazuke.analyze.events import find_events
from urazuke.analyze.quantities import find_quantities
from urazuke.analyze.quotes import attach_dates, find_quotes
from urazuke.analyze.sentences import split_sentences
from urazuke.analyze.times import find_times
from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Article, Sentence

MODEL = "ja_ginza"
NerMode = Literal["auto", "all", "none"]
# The components entity finding needs: tok2vec feeds ner. The parser and the rest stay
# loaded but off until a stage needs them.
ENTITY_PIPES = ("tok2vec", "ner")
# Batch size for the neural components: memory grows with it (16 → 1.9 GB, 1 → 0.55 GB
# per DESIGN.md) while speed barely moves; 32 sentences is about one article.
BATCH_SIZE = 32
# NER runs on a sentence only where it may add an entity that the lexicons, Sudachi's
# tags and the title rules cannot, and that find_entities would keep: a proper noun
# Sudachi does not call a person or place (ドジャース, 赤十字), a noun ending like an
# organization (海上保安庁, 東邦食品: lexicon/org_suffixes.txt), capitals (NHK), and an
# unknown katakana word standing as a subject with no title (ランザは). bench/analyze.py
# checks that the result equals ner="all" over the test corpus.
_SUBJECT_AFTER = ("は", "が", "氏", "さん")


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The GiNZA pipeline, loaded once per process (about a second and 500 MB)."""
    nlp = spacy.load(MODEL)
    for name in nlp.pipe_names:
        if name not in ENTITY_PIPES:
            nlp.disable_pipe(name)
    return nlp


def needs_ner(
    doc: Doc, known: list[tuple[int, int]] | None = None, people: frozenset[str] = frozenset()
) -> bool:
    """Whether NER could add an entity to this sentence that the rules would not find.

    ``known``: character spans (in the sentence) the lexicons already explain;
    ``people``: names and name parts the rules already found as people in the article.
    """
    lex = load_lexicons()
    known = known or []
    tokens = list(doc)
    for i, t in enumerate(tokens):
        start, end = t.idx, t.idx + len(t.text)
        if any(s <= start and end <= e for s, e in known):
            continue
        tag = t.tag_
        if "固有名詞-一般" in tag:
            return True
        if (
            t.text.isascii()
            and t.text.isupper()
            and len(t.text) >= 2
            and t.text not in lex.common_acronyms
        ):
            return True
        katakana = len(t.text) >= 2 and all("ァ" <= ch <= "ヺ" or ch in "ー・" for ch in t.text)
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if (
            katakana
            and "固有名詞" not in tag
            and following in _SUBJECT_AFTER
            and t.text not in people
        ):
            return True
    return False


def _tokens(sentences: tuple[Sentence, ...], docs: list[Doc]) -> list[Token]:
    """Sudachi's tokens of every sentence, with offsets into the body."""
    return [
        Token(s.span[0] + t.idx, s.span[0] + t.idx + len(t.text), t.tag_)
        for s, doc in zip(sentences, docs, strict=True)
        for t in doc
    ]


def analyze(article: Article, nlp: Any | None = None, *, ner: NerMode = "auto") -> Analysis:
    """Sentences, entities, quotes, times, quantities and events of one article."""
    nlp = nlp if nlp is not None else load_nlp()
    body = article.body
    sentences = split_sentences(body)
    docs = [nlp.make_doc(s.text(body)) for s in sentences]
    lex = load_lexicons()
    known: list[tuple[int, int]] = []
    people: frozenset[str] = frozenset()
    if ner == "auto":
        # A first pass without NER: what it already explains, NER need not look at.
        known = lexicon_spans(body, lex)
        first = find_entities(body, sentences, _tokens(sentences, docs), [], lex)
        people = frozenset(
            part
            for e in first
            if e.kind == "person"
            for m in e.mentions
            for part in (m.text, *m.text.split("・"))
        )
    chosen = [
        d
        for s, d in zip(sentences, docs, strict=True)
        if ner == "all"
        or (
            ner == "auto"
            and needs_ner(d, [(a - s.span[0], b - s.span[0]) for a, b in known], people)
        )
    ]
    for name in ENTITY_PIPES:
        if chosen and name in nlp.pipe_names and name not in nlp.disabled:
            chosen = list(nlp.get_pipe(name).pipe(chosen, batch_size=BATCH_SIZE))
    tokens = _tokens(sentences, docs)
    spans = [
        NerSpan(s.span[0] + e.start_char, s.span[0] + e.end_char, e.label_)
        for s, doc in zip(sentences, docs, strict=True)
        for e in doc.ents
    ]
    entities = find_entities(body, sentences, tokens, spans, lex)
    times = find_times(body, sentences, article.published)
    quotes = attach_dates(body, find_quotes(body, sentences, tokens, entities, lex), times)
    quantities = find_quantities(body, sentences, lex, [tuple(t["span"]) for t in times])
    events = find_events(body, sentences, tokens, entities, times, quantities)
    return Analysis(
        article=article,
        sentences=sentences,
        entities=entities,
        quotes=quotes,
        times=times,
        quantities=quantities,
        events=events,
    )

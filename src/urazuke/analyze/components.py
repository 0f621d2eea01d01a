"""urazuke's claim finders as spaCy components, for use in anyone's GiNZA pipeline::

    nlp = spacy.load("ja_ginza")
    nlp.add_pipe("urazuke_quotes")          # after "ner"
    doc = nlp("「予算は十分だ」と山田太郎市長は述べた。")
    for span in doc.spans["urazuke_quotes"]:
        print(span.label_, span.text, urazuke_quotes(doc)[0]["speaker"])

The component stores plain values on the Doc (``doc.user_data["urazuke"]``) and spans in
``doc.spans["urazuke_quotes"]`` labelled with the quote's kind; ``urazuke_quotes(doc)``
and ``urazuke_entities(doc)`` read them back. urazuke's own pipeline calls the same
functions directly (it runs the model sentence by sentence), so both give one result.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from urazuke.analyze.entities import NerSpan, Token, find_entities
from urazuke.analyze.quotes import find_quotes
from urazuke.analyze.sentences import split_sentences
from urazuke.lexicon import load_lexicons

SPANS_KEY = "urazuke_quotes"


class QuoteFinder:
    """Finds entities (urazuke's merged ones) and quotes with their speakers."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        body = doc.text
        sentences = split_sentences(body)
        tokens = [Token(t.idx, t.idx + len(t.text), t.tag_) for t in doc]
        ner = [NerSpan(e.start_char, e.end_char, e.label_) for e in doc.ents]
        lex = load_lexicons()
        entities = find_entities(body, sentences, tokens, ner, lex)
        quotes = find_quotes(body, sentences, tokens, entities, lex)
        store = doc.user_data.setdefault("urazuke", {})
        store["entities"] = [e.to_json() for e in entities]
        store["quotes"] = list(quotes)
        spans = []
        for q in quotes:
            span = doc.char_span(
                q["span"][0], q["span"][1], label=q["kind"], alignment_mode="expand"
            )
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "urazuke_quotes",
    requires=["doc.ents", "token.tag"],
    assigns=["doc.spans"],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp, name)


def urazuke_quotes(doc: Doc) -> list[dict[str, Any]]:
    """The quotes the component found, as the JSON contract's records."""
    quotes: list[dict[str, Any]] = doc.user_data.get("urazuke", {}).get("quotes", [])
    return quotes


def urazuke_entities(doc: Doc) -> list[dict[str, Any]]:
    entities: list[dict[str, Any]] = doc.user_data.get("urazuke", {}).get("entities", [])
    return entities

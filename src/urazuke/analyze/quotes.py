"""Who said what: direct quotations in 「…」/『…』, nested ‘…’, quoted terms, reported speech.

A quotation is speech when a speech verb follows it (「…」と述べた, 「…」とXは語った) or
when it stands alone as a sentence after another quotation (a continuation). Short
quotations that are not followed by speech (「アメリカ・ファースト」の政策) are terms.

The speaker is, in order: the phrase between と and the verb (「…」と彼は述べた), the
sentence's topic before the quotation (Xは「…」と述べた), or the previous quotation's
speaker (a continuation). Pronouns (彼, 同氏), roles (首相は) and documents (声明は) are
resolved to the entity last named that fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from urazuke.analyze.entities import Token
from urazuke.analyze.sentences import matching_brackets, sentence_of
from urazuke.lexicon import Lexicons
from urazuke.model import Entity, Sentence

_QUOTE_OPENERS = {"「": "」", "『": "』"}
_NESTED_OPENERS = {"‘": "’", "“": "”", "『": "』"}
# A quotation this short that no speech verb follows is a term, a name or a slogan.
_MAX_TERM_CHARS = 20
# How far after 」 a speech verb may stand (「…」と元顧問のブライアン・ランザは述べた).
_MAX_VERB_GAP = 40
_PRONOUNS = ("彼女", "彼ら", "彼", "同氏", "氏", "本人")
_SAME_PREFIX = "同"
_CASE_PARTICLES = frozenset(
    ("に", "で", "と", "から", "まで", "へ", "より", "において")
)  # 同首相, 同大統領: the last one named with that title


@dataclass(frozen=True)
class _Speaker:
    name: str
    entity: str | None


def _verb_after(text: str, lex: Lexicons) -> tuple[str, str, int] | None:
    """(stem, kind, offset) of the first speech verb in ``text`` reached without a new quote."""
    best: tuple[str, str, int] | None = None
    for stem, kind in lex.speech_verbs:
        i = text.find(stem)
        if i >= 0 and (best is None or i < best[2]):
            best = (stem, kind, i)
    if best is None:
        return None
    if "「" in text[: best[2]] or "。" in text[: best[2]]:
        return None
    return best


def _topic_end(tokens: Sequence[Token], body: str, start: int, end: int) -> int | None:
    """Offset of the sentence's topic or subject particle in [start, end), outside brackets.

    The first topic は/も wins (には, では and とは are not topics); failing that, the
    first subject が. A が earlier than the topic is usually a subordinate clause's
    (共和党が勝利した後、元顧問は…).
    """
    depth = 0
    first_ga: int | None = None
    previous = ""
    for t in tokens:
        if t.start < start:
            continue
        if t.start >= end:
            break
        text = body[t.start : t.end]
        if text in ("「", "『", "(", "（"):
            depth += 1
        elif text in ("」", "』", ")", "）"):
            depth = max(0, depth - 1)
        elif depth == 0 and t.tag.startswith("助詞"):
            if text in ("は", "も") and previous not in _CASE_PARTICLES:
                return t.start
            if text == "が" and first_ga is None:
                first_ga = t.start
        previous = text
    return first_ga


def _phrase_before(body: str, start: int, particle: int) -> str:
    """The noun phrase ending at a particle, after the last comma or clause break."""
    segment = body[start:particle]
    cut = max(segment.rfind("、"), segment.rfind("，"), segment.rfind("」"))
    return segment[cut + 1 :].strip()


class _Resolver:
    """Maps a speaker phrase to an entity, using what was named before a position."""

    def __init__(
        self,
        body: str,
        entities: Sequence[Entity],
        quoted: list[tuple[int, int]],
        lex: Lexicons,
    ) -> None:
        self.body = body
        self.titles = frozenset((*lex.titles, *lex.honorifics))
        self.all_mentions = sorted(
            ((m.span[0], m.span[1], e, m.role) for e in entities for m in e.mentions),
            key=lambda x: x[0],
        )
        # For pronouns and roles: names said inside a quotation are not who the
        # narrative is about.
        self.mentions = [
            x for x in self.all_mentions if not any(qs < x[0] < qe for qs, qe in quoted)
        ]

    def _last(self, before: int, want: str | None = None, role: str | None = None) -> Entity | None:
        for s, _e, entity, mrole in reversed(self.mentions):
            if s >= before:
                continue
            if want is not None and entity.kind != want:
                continue
            if role is not None and role not in (mrole, *entity.roles):
                continue
            return entity
        return None

    def resolve(self, phrase: str, phrase_end: int) -> _Speaker | None:
        if not phrase:
            return None
        phrase_start = phrase_end - len(phrase)
        # An entity named at the phrase's end, possibly followed by a title (ユン大統領);
        # in トランプの移行チーム the phrase is about the team, not トランプ.
        for s, e, entity, _role in reversed(self.all_mentions):
            if phrase_start <= s and e <= phrase_end:
                tail = self.body[e:phrase_end]
                if not tail or tail in self.titles:
                    return _Speaker(entity.name, entity.id)
        for pronoun in _PRONOUNS:
            if phrase.endswith(pronoun):
                found = self._last(phrase_start, want="person")
                if found is not None:
                    return _Speaker(found.name, found.id)
        if phrase.startswith(_SAME_PREFIX) or len(phrase) <= 4:
            role = phrase.removeprefix(_SAME_PREFIX)
            found = self._last(phrase_start, want="person", role=role)
            if found is not None:
                return _Speaker(found.name, found.id)
        if phrase.endswith("声明"):
            found = self._last(phrase_end + 1, want="statement")
            if found is not None:
                return _Speaker(found.name, found.id)
        return _Speaker(phrase, None)


def find_quotes(
    body: str,
    sentences: tuple[Sentence, ...],
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    lex: Lexicons,
) -> tuple[dict[str, Any], ...]:
    """Quotations and reported speech, each with its speaker, in text order."""
    pairs = matching_brackets(body)
    top: list[tuple[int, int]] = []
    for o in sorted(pairs):
        if body[o] in _QUOTE_OPENERS and not any(s < o < e for s, e in top):
            top.append((o, pairs[o]))
    resolver = _Resolver(body, entities, top, lex)
    quotes: list[dict[str, Any]] = []
    last_speaker: tuple[int, _Speaker | None] | None = None
    for o, c in top:
        si = sentence_of(sentences, o)
        s_start, s_end = sentences[si].span
        after = body[c + 1 : s_end]
        verb = _verb_after(after[:_MAX_VERB_GAP], lex) if re.match(r"\s*と", after) else None
        standalone = body[s_start:o].strip() == "" and after.strip("。 　") == ""
        content = body[o + 1 : c]
        speaker: _Speaker | None = None
        kind = "direct"
        verb_text: str | None = None
        if verb is not None:
            verb_text = verb[0]
            gap_start = c + 1 + after.index("と") + 1
            gap_end = c + 1 + verb[2]
            particle = _topic_end(tokens, body, gap_start, gap_end)
            if particle is not None:
                speaker = resolver.resolve(_phrase_before(body, gap_start, particle), particle)
            if speaker is None:
                particle = _topic_end(tokens, body, s_start, o)
                if particle is not None:
                    speaker = resolver.resolve(_phrase_before(body, s_start, particle), particle)
            if verb[1] == "hearsay" and speaker is None:
                kind = "reported"
        elif standalone and last_speaker is not None and last_speaker[0] >= si - 1:
            speaker = last_speaker[1]  # a continuation of the previous quotation
        elif len(content) <= _MAX_TERM_CHARS or not standalone:
            kind = "term"
        if speaker is None and kind == "direct" and last_speaker is not None and standalone:
            speaker = last_speaker[1]
        if kind != "term":
            last_speaker = (si, speaker)
        quotes.append(_record(body, o, c + 1, si, kind, speaker, verb_text))
        if kind != "term":
            quotes.extend(_nested(body, o, c, pairs, si, tokens, resolver, lex))
    quoted_sentences = {q["sentence"] for q in quotes if q["kind"] != "term"}
    for sentence in sentences:
        if sentence.index not in quoted_sentences:
            record = _reported(body, sentence, tokens, resolver, lex)
            if record is not None:
                quotes.append(record)
    return tuple(sorted(quotes, key=lambda q: q["span"][0]))


# …と表明した, …旨を表明した, …ことを呼びかけた, …必要性を力説した: the content ends at
# one of these markers, right before a speech verb.
_REPORTED_MARKER = re.compile(
    r"(?:との考えを|との見方を|との意向を|考えを|意向を|方針を|必要性を|旨を|ことを|よう|と)"
)


def _reported(
    body: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    resolver: _Resolver,
    lex: Lexicons,
) -> dict[str, Any] | None:
    """Reported speech: Xは、<content>と<speech verb> in a sentence with no quotation."""
    s_start, s_end = sentence.span
    particle = _topic_end(tokens, body, s_start, s_end)
    if particle is None or body[particle] == "も":
        return None
    text = body[particle + 1 : s_end]
    best: tuple[int, int, str, bool] | None = None  # (content end, verb start, stem, passive)
    for m in _REPORTED_MARKER.finditer(text):
        rest = text[m.end() :]
        for stem, kind in lex.speech_verbs:
            if kind == "reported" and rest.startswith(stem):
                passive = rest[len(stem) :].startswith(("られ", "れ"))
                best = (m.start(), m.end(), stem, passive)
                break
    if best is None:
        return None
    start = particle + 1
    while start < s_end and body[start] in "、， 　":
        start += 1
    end = particle + 1 + best[0]
    if end - start < 4:
        return None
    # …と報じられている: hearsay with no one named as its source.
    speaker = (
        None if best[3] else resolver.resolve(_phrase_before(body, s_start, particle), particle)
    )
    if best[3]:
        # The reported clause is the last one before と (この協定には…含まれており、
        # すでに約1万人の…派遣されたと報じられている).
        start = max(s_start, body.rfind("、", s_start, end) + 1)
    return _record(body, start, end, sentence.index, "reported", speaker, best[2])


def _nested(
    body: str,
    o: int,
    c: int,
    pairs: dict[int, int],
    si: int,
    tokens: Sequence[Token],
    resolver: _Resolver,
    lex: Lexicons,
) -> list[dict[str, Any]]:
    """‘…’ or 『…』 inside a quotation, with the speaker the outer quotation gives it."""
    found: list[dict[str, Any]] = []
    for io in sorted(p for p in pairs if o < p < c and body[p] in _NESTED_OPENERS):
        ic = pairs[io]
        after = body[ic + 1 : c]
        verb = _verb_after(after[:_MAX_VERB_GAP], lex) if re.match(r"\s*と", after) else None
        speaker = None
        if verb is not None:
            particle = _topic_end(tokens, body, o + 1, io)
            if particle is not None:
                speaker = resolver.resolve(_phrase_before(body, o + 1, particle), particle)
        kind = "direct" if verb is not None else "term"
        found.append(_record(body, io, ic + 1, si, kind, speaker, verb[0] if verb else None))
    return found


def _record(
    body: str,
    start: int,
    end: int,
    sentence: int,
    kind: str,
    speaker: _Speaker | None,
    verb: str | None,
) -> dict[str, Any]:
    return {
        "text": body[start:end],
        "span": [start, end],
        "sentence": sentence,
        "kind": kind,
        "speaker": None if speaker is None else {"name": speaker.name, "entity": speaker.entity},
        "verb": verb,
        "date": None,  # filled once times are anchored (the times issue)
    }

"""Sentence splitting by rule: 。！？ end a sentence only outside brackets.

GiNZA's parser also splits sentences, but it splits inside quotations (「…。…」) and needs
the costly neural components; a quote-aware rule is both faster and what the claim
extractors want: a sentence holds its whole quotation.
"""

from __future__ import annotations

from urazuke.model import Sentence

_OPEN_TO_CLOSE = {
    "「": "」",
    "『": "』",
    "（": "）",
    "(": ")",
    "“": "”",
    "‘": "’",
    "【": "】",
    "〈": "〉",
    "《": "》",
}
_ENDERS = set("。！？!?")
_TRAILERS = set("。！？!?」』）)”】…")
# A bracket left open this long is taken to be unbalanced (a cut-off article), not a quote.
_MAX_BRACKET_CHARS = 1500


def matching_brackets(text: str) -> dict[int, int]:
    """Map each opening bracket's offset to its closer's, for balanced pairs only."""
    pairs: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _OPEN_TO_CLOSE:
            stack.append((ch, i))
        elif stack and ch == _OPEN_TO_CLOSE[stack[-1][0]]:
            _opener, start = stack.pop()
            if i - start <= _MAX_BRACKET_CHARS:
                pairs[start] = i
        elif ch in _OPEN_TO_CLOSE.values():
            # A closer that matches an outer opener closes the inner ones too.
            for depth in range(len(stack) - 1, -1, -1):
                if _OPEN_TO_CLOSE[stack[depth][0]] == ch:
                    start = stack[depth][1]
                    del stack[depth:]
                    if i - start <= _MAX_BRACKET_CHARS:
                        pairs[start] = i
                    break
    return pairs


def split_sentences(body: str) -> tuple[Sentence, ...]:
    """Sentences of ``body`` with their character spans; whitespace between them is left out."""
    closers = matching_brackets(body)
    bounds: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(body)
    while i < n:
        ch = body[i]
        if i in closers:
            close = closers[i]
            i = close + 1
            # 「…。」 standing alone (then a space, a new quote or the end) is a sentence.
            if body[close - 1] in _ENDERS and (i >= n or body[i].isspace() or body[i] in "「『"):
                bounds.append((start, i))
                start = i
            continue
        if ch == "\n":
            bounds.append((start, i))
            start = i + 1
        elif ch in _ENDERS:
            j = i + 1
            while j < n and body[j] in _TRAILERS:
                j += 1
            bounds.append((start, j))
            start = j
            i = j
            continue
        i += 1
    bounds.append((start, n))
    sentences: list[Sentence] = []
    for s, e in bounds:
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if s < e:
            sentences.append(Sentence(index=len(sentences), span=(s, e)))
    return tuple(sentences)


def sentence_of(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence containing ``offset`` (binary search over the spans)."""
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid].span[0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo

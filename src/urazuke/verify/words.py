"""Word overlap across languages, for finding the source sentence that tells the same fact.

A rewrite shares few names with its source in many sentences (the quake's death toll, the
court's reasoning), and a corrupted fact shares none. What such sentences still share is
their words: 停電 ↔ power, 教会 ↔ church, 非常事態 ↔ emergency. Each content word of the
Japanese sentence (Sudachi's lemmas: nouns, verbs, adjectives) is looked up in JMdict, the
Japanese–English dictionary packaged on PyPI as ``jamdict-data``, and its English glosses
are compared with the English sentence's words, both cut to a short stem (negotiation,
negotiations and negotiate all meet at ``negot``). Rare English words count for more
(inverse document frequency over the source's sentences).

Against a Japanese source the lemmas are compared directly.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from urazuke.errors import Errors, UrazukeError

# Gloss words that say nothing about the topic: function words and the dictionary's
# own vocabulary (to do something; (one's) …).
_STOP = frozenset(
    """a an the to of in on at by for from with without into onto as or and but not no
    be is are was were been being do does did done make made get got have has had take
    took give gave go went come came put set one ones someone something somebody thing
    things etc e g i it its this that these those such other another some any all each
    very more most much many few less least up down out off over under about than then
    so also just only even still again who what which when where why how there here
    he she they we you his her their our your him them us me my self oneself person
    people way kind sort type part state condition act action case matter being become
    becomes became s t""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")


# Irregular forms that a suffix rule cannot bring back to the word a gloss gives.
_IRREGULAR = {
    form: base
    for base, forms in {
        "lose": "lost", "win": "won", "fall": "fell fallen", "leave": "left",
        "hold": "held", "build": "built", "bring": "brought", "buy": "bought",
        "sell": "sold", "tell": "told", "think": "thought", "begin": "began begun",
        "break": "broke broken", "choose": "chose chosen", "drive": "drove driven",
        "fight": "fought", "fly": "flew flown", "grow": "grew grown", "keep": "kept",
        "know": "knew known", "lead": "led", "meet": "met", "pay": "paid", "run": "ran",
        "rise": "rose risen", "see": "saw seen", "send": "sent", "shoot": "shot",
        "spend": "spent", "stand": "stood", "strike": "struck", "teach": "taught",
        "throw": "threw thrown", "write": "wrote written", "flee": "fled",
        "sink": "sank sunk", "speak": "spoke spoken", "steal": "stole stolen",
        "feel": "felt", "find": "found", "hear": "heard", "seek": "sought",
        "sleep": "slept", "withdraw": "withdrew withdrawn", "child": "children",
        "man": "men", "woman": "women", "burn": "burnt", "catch": "caught",
        "forbid": "forbade forbidden", "forgive": "forgave forgiven", "freeze": "froze frozen",
        "hide": "hid hidden", "ride": "rode ridden", "shake": "shook shaken",
        "sing": "sang sung", "swim": "swam swum", "wake": "woke woken", "wear": "wore worn",
        "mean": "meant", "deal": "dealt", "light": "lit", "spread": "spread",
    }.items()
    for form in forms.split()
}  # fmt: skip


def stem(word: str) -> str:
    """A short stem for comparing English words: lower case, irregular forms to their base,
    a suffix off, five letters."""
    w = word.lower().strip("'’-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)
    for suffix in _SUFFIXES:
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    else:
        if len(w) == 4 and w.endswith("s") and w[-2] not in "su":
            w = w[:-1]  # fans, cars, jobs (not bus, this)
    return w[:5]


def english_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP)


# Numbers English spells out, for sources and quotations alike: one to twelve, the teens,
# the tens and their compounds (thirty-four), a dozen, a hundred, a thousand.
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS, start=1)},
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100, "thousand": 1000,
    **{w: 13 + i for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{f"{ten}-{unit}": 20 + 10 * i + j
       for i, ten in enumerate(_TENS) for j, unit in enumerate(_UNITS, start=1)},
}  # fmt: skip
# The same words as one compact pattern (a flat alternation of a hundred words slows every
# number pattern it sits in).
SPELLED_NUMBER = (
    rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}"
    rf"|{'|'.join(_UNITS)}|ten|eleven|twelve|dozen|hundred|thousand"
)


@lru_cache(maxsize=1)
def _dictionary() -> sqlite3.Connection:
    try:
        from jamdict_data import JAMDICT_DB_PATH  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - a broken install
        raise UrazukeError(Errors.E120, what="jamdict-data (JMdict)") from exc
    return sqlite3.connect(
        f"file:{JAMDICT_DB_PATH}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )


_GLOSSES = """
    SELECT g.text FROM {table} w
    JOIN Sense s ON s.idseq = w.idseq
    JOIN SenseGloss g ON g.sid = s.ID
    WHERE w.text = ? AND +g.lang = 'eng'
"""
# The unary + keeps SQLite off the index on SenseGloss.lang, which it would otherwise pick
# and scan every English gloss through: 135 ms a word instead of 0.08 ms.


@lru_cache(maxsize=65536)
def glosses(word: str) -> frozenset[str]:
    """The stems of the English glosses JMdict gives for ``word`` (kanji or kana form)."""
    db = _dictionary()
    rows = db.execute(_GLOSSES.format(table="Kanji"), (word,)).fetchall()
    if not rows:
        rows = db.execute(_GLOSSES.format(table="Kana"), (word,)).fetchall()
    stems: set[str] = set()
    for (text,) in rows:
        text = re.sub(r"\([^)]*\)", " ", text)  # (one's) (of a building)
        stems |= english_stems(text)
    return frozenset(stems)


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    from sudachipy import Dictionary, SplitMode

    return Dictionary(dict="core").create(SplitMode.C), SplitMode.A


def common_noun(text: str) -> bool:
    """Whether Sudachi reads ``text`` as known words none of which is a person's name
    (金星探査機: 金星 探査機; not 中川隆之, nor 陳郁婷 whose pieces it does not know)."""
    tokenizer, _mode_a = _tokenizer()
    pieces = list(tokenizer.tokenize(text))
    return not any(m.is_oov() or m.part_of_speech()[2] == "人名" for m in pieces)


@lru_cache(maxsize=4096)
def ordinary_noun(text: str) -> bool:
    """Whether Sudachi reads ``text`` as ordinary words only, no proper noun among them
    (平野 of 平野部, 盆地): a word the tagger took for a place's name."""
    tokenizer, _mode_a = _tokenizer()
    pieces = list(tokenizer.tokenize(text))
    return bool(pieces) and all(
        not m.is_oov() and m.part_of_speech()[1] == "普通名詞" for m in pieces
    )


_CONTENT = ("名詞", "動詞", "形容詞")
_SKIP_SUB = ("数詞", "助数詞", "非自立可能")


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """The lemmas of a Japanese sentence's nouns, verbs and adjectives (no numerals)."""
    tokenizer, mode_a = _tokenizer()
    words: list[str] = []
    for m in tokenizer.tokenize(text):
        pos = m.part_of_speech()
        if pos[0] not in _CONTENT or pos[1] in _SKIP_SUB or pos[2] in _SKIP_SUB:
            continue
        lemma = m.dictionary_form()
        if len(lemma) < 2 and pos[0] == "名詞":
            continue
        words.append(lemma)
        if not glosses(lemma) and len(lemma) > 2:
            # A compound JMdict lacks (鉱業次官): its parts.
            words += [p.dictionary_form() for p in m.split(mode_a) if len(p.surface()) > 1]
    return tuple(dict.fromkeys(words))


def lexical_overlap(
    ja_sentences: Sequence[str], source_sentences: Sequence[str], language: str = "en"
) -> list[list[float]]:
    """overlap[i][j]: how many of Japanese sentence i's content words source sentence j
    renders, each weighted by how rare its matching word is in the source."""
    ja_words = [content_words(s) for s in ja_sentences]
    if language == "ja":
        src_words = [frozenset(content_words(s)) for s in source_sentences]
    else:
        src_words = [english_stems(s) for s in source_sentences]
    df = Counter(w for ws in src_words for w in ws)
    n = max(1, len(source_sentences))
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    matrix: list[list[float]] = []
    for words in ja_words:
        keys = [frozenset([w]) if language == "ja" else glosses(w) for w in words]
        row = []
        for theirs in src_words:
            total = 0.0
            for k in keys:
                shared = k & theirs
                if shared:
                    total += max(idf[w] for w in shared)
            row.append(total)
        matrix.append(row)
    return matrix

"""Who said what in a source, and whether the article gives the same words to the same speaker.

An English source's quotations are read by rule:

- direct quotes ("…," Rojas said / Rojas said: "…" / "…," said the ministry), the speaker
  named after or before the quotation in the same sentence;
- reported speech (Rojas said the deal would …; according to Rojas, …);
- a pronoun speaker (she said) stands for the person named last before it, in the same or
  the previous sentence; a body (the statement, the ministry) stays a body.

A Japanese quotation with a speaker is then compared by content: its nouns, verbs and
adjectives, through their JMdict glosses, against each source quotation's words (rare words
count more). The source quotation it renders best, if it renders enough of it, decides:

- supported when that quotation's speaker is the article's (names across scripts; a body
  by its words: 共同声明 ↔ the joint statement);
- contradicted when the source gives those words to someone else by name, and no quotation
  of the article's speaker there says nearly as much of them: a misattributed quotation;
- unverified otherwise (no counterpart, or a source quotation with no clear speaker).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from urazuke.lexicon import load_lexicons
from urazuke.model import Analysis, Entity
from urazuke.verify.names import hanja_surname, same_name, sounds_alike
from urazuke.verify.words import NUMBER_WORDS, common_noun, content_words, english_stems, glosses

# Verbs of saying after a speaker (Rojas said; she told reporters; the ministry added).
_SAY = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|warned|warns|"
    r"argued|argues|insisted|insists|stressed|stresses|explained|explains|noted|notes|"
    r"declared|declares|announced|announces|remarked|replied|responded|asked|asks|"
    r"urged|urges|claimed|claims|acknowledged|admitted|conceded|recalled|continued|"
    r"posted|tweeted|concluded|predicted|vowed|pledged|promised|emphasised|emphasized|"
    r"called\s+for|called\s+on|demanded|suggested|proposed|denied|confirmed)"
)
# Words that make a capitalized name a company or a body, not a person.
ORG_WORDS = frozenset(
    "ministry party court council committee agency university bank group company league cup "
    "union semiconductor manufacturing industries holdings electric motors motor corp inc co "
    "ltd airlines airways energy systems technologies technology solutions partners capital "
    "fund foundation institute association federation commission organisation organization "
    "authority service services club fc united city wind power steel bureau office "
    "department parliament congress team airlines motors securities insurance consulting "
    "research analytics advisors survey observatory laboratory academy centre center hospital "
    "society trust school".split()
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
# Pronouns that stand for one person; they, it and we stand for a body or a group.
_PERSONAL = frozenset(["he", "she"])
# Bodies that speak: the statement, the joint communique, the ministry's spokesman …
_BODY = (
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[A-Za-z'’\-]+\s+){0,3}?[a-z][a-z\-]+"
    r"(?:\s+(?:in|of|at|for)\s+[A-Z][\w\-]+)?"
)
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|['’\-])+"
_PERSON = (
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?"  # Dr. Marcus Grant
    rf"{_CAP}(?:\s+(?:{_CAP}|[A-Z]\.|(?:von|van|der|de|dela|da|del|bin|al|el)\s+{_CAP}))*"
)
_SPEAKER = rf"(?P<who>{_PERSON}|{_BODY}|he|she|they|it|we)"

_OPEN = '"“'


@dataclass(frozen=True)
class Said:
    """One quotation or piece of reported speech in a source."""

    text: str
    span: tuple[int, int]
    sentence: int
    speaker: str | None  # as the source names them (a resolved pronoun: the name)
    how: str  # named | pronoun | body | none
    direct: bool


def _sentence_of(spans: Sequence[tuple[int, int]], offset: int) -> int:
    return next((i for i, (s, e) in enumerate(spans) if s <= offset < e), len(spans) - 1)


def _quotations(body: str) -> list[tuple[int, int]]:
    """(open, close) offsets of each quotation, straight or curly quotes."""
    found = []
    i = 0
    while i < len(body):
        if body[i] in _OPEN:
            close = "”" if body[i] == "“" else '"'
            j = body.find(close, i + 1)
            if j == -1:
                break
            found.append((i, j))
            i = j + 1
        else:
            i += 1
    return found


def _who(raw: str) -> tuple[str, str]:
    """(speaker, how) for a matched speaker phrase."""
    word = raw.strip()
    if word.lower() in _PRONOUNS:
        return word.lower(), "pronoun"
    if word[:1].islower() or word.split()[0] in ("The", "A", "An", "Its", "Their"):
        return re.sub(r"^(?i:the|a|an|its|their|his|her)\s+", "", word), "body"
    return word, "named"


def _person_before(
    body: str, names: Sequence[tuple[int, int]], offset: int, floor: int
) -> str | None:
    """The person named last before ``offset`` and after ``floor``: the one a pronoun means."""
    before = [(s, e) for s, e in names if floor <= s and e <= offset]
    if not before:
        return None
    s, e = max(before, key=lambda x: (x[0], -(x[1] - x[0])))
    return body[s:e]


_LEADING = frozenset(
    "on in at after before meanwhile however but and while when as last this next later "
    "earlier separately still also yet so then since during until by from for with".split()
)
_TOLD = (
    r"(?:told|tells)\s+"
    r"(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:conference|briefing|meeting|forum|summit|rally"
    r"|hearing|interview|session|committee|audience|crowd|gathering)"
    r"|reporters|journalists|lawmakers|parliament|[Tt]he\s+[A-Z][\w.]*|[A-Z][\w.]*|\w+)"
)
_VERB = rf"(?:{_TOLD}|{_SAY})"
# What may follow an inverted speaker (…, Trudeau announced on Monday, aligning …).
_TAIL = (
    r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later|in\s+a|during|after)\b[^,\"“”]{0,40})?"
    r"(?:[.;]?\s*$|,\s*[a-z]+ing\b.*$)"
)


def _valid(who: str, not_people: frozenset[str]) -> bool:
    words = who.split()
    if not words or words[0].lower() in _LEADING or who in not_people:
        return False
    if re.search(r"['’]s$", who):
        return False  # Victoria Police's (collision unit): a possessive, not the speaker
    return not any(w.strip(",.").lower() in not_people or w in not_people for w in words)


def _subject(
    pattern: re.Pattern[str], text: str, not_people: frozenset[str], last: bool = False
) -> re.Match[str] | None:
    """The leftmost match of ``pattern`` in ``text`` whose speaker is a valid one: the
    subject, skipping an opening adverbial (On Tuesday, Costa said …); with ``last``, the
    rightmost (Kaiyuan said …, and Montoya told reporters: "…")."""
    starts = list(re.finditer(r"(?<![\w'’])[A-Za-zÀ-ž]", text))
    found: re.Match[str] | None = None
    for start in reversed(starts) if last else starts:
        m = pattern.match(text, start.start())
        if m and _valid(m.group("who"), not_people):
            if not last:
                return m
            if found is not None and m.end("who") != found.end("who"):
                break
            found = m  # rightmost first, then the same name's earlier words (Mayor Ken Ito)
        elif found is not None:
            break
    return found


# "…," coach Peni Ratu said; "…," JAXA project manager Naoko Fujisawa told …
_AFTER_NAMED = re.compile(
    rf"\s*,?\s*(?:[\w\-]+\s+){{0,4}}?{_SPEAKER}(?:(?:,[^\"“”,]{{1,60}}){{1,3}},)?\s+{_VERB}\b"
)
_AFTER_VERB = re.compile(rf"\s*,?\s*{_SAY}\s+{_SPEAKER}")
_BEFORE_VERB = re.compile(rf"{_SPEAKER}(?:,[^\"“”]{{1,150}}?,)?\s+{_VERB}\b[^\"“”]*$")
# X said: "…" / X told reporters, "…": the speaker nearest the quotation that introduces it.
_INTRODUCES = re.compile(
    rf"{_SPEAKER}(?:(?:,[^\"“”,]{{1,60}}){{1,3}},)?\s+{_VERB}(?:\s+[a-z]+){{0,4}}\s*[:,]\s*$"
)
_ACCORDING_TO = re.compile(rf"(?i:according to)\s+{_SPEAKER}\s*,?\s*$")
# Reported speech: Rojas said (that) the deal would …; according to Rojas, …
_REPORTED = re.compile(
    rf"{_SPEAKER}(?:,[^\"“”]{{1,150}}?,)?\s+{_VERB}\s+(?:that\s+)?"
    r"(?P<what>[^\"“”]+?)(?=[.;]\s|[.;]?$)"
)
_ACCORDING = re.compile(
    rf"(?i:according to)\s+{_SPEAKER}\s*,\s*(?P<what>[^\"“”]+?)(?=[.;]\s|[.;]?$)"
)
# … a 100% tariff, Prime Minister Justin Trudeau announced on Monday.
_INVERTED = [
    re.compile(rf"(?P<what>[^\"“”]{{15,}}?),\s+{who_says}\b{_TAIL}")
    for who_says in (
        rf"(?:[a-z\-]+\s+){{0,4}}?{_SPEAKER}(?:(?:,[^\"“”,]{{1,60}}){{1,3}},)?\s+{_VERB}",
        rf"{_SAY}\s+{_SPEAKER}",
    )
]


_APPOSED = re.compile(rf"\s*{_PERSON}(?:,[^\"“”,]{{1,60}}){{0,3}}")


@dataclass
class _Raw:
    span: tuple[int, int]  # the words said
    where: int  # where the speaker is said (for the sentence)
    who: str | None  # as matched; None: unsaid
    direct: bool
    goes_on: bool = False  # a quotation standing alone after another: the same speaker


def read_speech(
    body: str,
    spans: Sequence[tuple[int, int]],
    person_names: Sequence[tuple[int, int]],
    not_people: frozenset[str] = frozenset(),
) -> list[Said]:
    """Quotations and reported speech of an English text, with their speakers.

    ``person_names`` are the (start, end) spans of names that are people's, for resolving a
    pronoun speaker; ``not_people`` the words (places, countries, months, in lower case or
    as written) that make a capitalized phrase no speaker.
    """
    raw: list[_Raw] = []
    quoted = _quotations(body)
    for o, c in quoted:
        si = _sentence_of(spans, o)
        s0 = spans[si][0]
        # The closing quote may fall between sentences ("… squad."⏎Gyeonggi …): what
        # follows it counts only up to the end of its sentence and of its line.
        s_end = spans[_sentence_of(spans, c - 1)][1]
        after = body[c + 1 : max(c + 1, min(s_end, c + 1 + 80))].split("\n")[0]
        before = body[s0:o]
        m = _AFTER_NAMED.match(after) or _AFTER_VERB.match(after)
        if not (m and _valid(m.group("who"), not_people)):
            m = (
                _subject(_INTRODUCES, before, not_people, last=True)
                or _subject(_BEFORE_VERB, before, not_people)
                or _subject(_ACCORDING_TO, before, not_people)
            )
        who = m.group("who") if m else None
        # Standing alone, or after another quotation of the same sentence (X said it was
        # "the most urgent need" and must come "within weeks"): that one's speaker goes on.
        after_another = bool(raw) and raw[-1].direct and raw[-1].where >= s0
        raw.append(
            _Raw((o + 1, c), o, who, True, who is None and (not before.strip() or after_another))
        )
    for s0, s1 in spans:
        sentence = body[s0:s1]
        if any(s0 <= o < s1 or s0 <= c < s1 for o, c in quoted):
            continue
        m = _INVERTED[0].match(sentence) or _INVERTED[1].match(sentence)
        if (
            m
            and _valid(m.group("who"), not_people)
            and not re.search(_SAY, m.group("what"))
            # Daisuke Fujimoto, an analyst at …, said the forecast …: a speaker and what
            # describes them, not words said by "the forecast".
            and not _APPOSED.fullmatch(m.group("what"))
        ):
            raw.append(_Raw((s0 + m.start("what"), s0 + m.end("what")), s0 + m.start("who"),
                            m.group("who"), False))  # fmt: skip
            continue
        for pattern in (_REPORTED, _ACCORDING):
            m = _subject(pattern, sentence, not_people)
            if m and len(m.group("what").split()) >= 3:
                raw.append(_Raw((s0 + m.start("what"), s0 + m.end("what")), s0 + m.start(),
                                m.group("who"), False))  # fmt: skip
                break
    return _resolve(body, spans, person_names, sorted(raw, key=lambda r: r.span[0]))


def _a_person(speaker: str | None, words: set[str]) -> bool:
    """A speaker a he or she can stand for: a name the text gives a person (or a word of
    one), as the last words of the phrase (Prime Minister Andrew Whitcombe)."""
    return speaker is not None and speaker.split()[-1] in words


def _resolve(
    body: str,
    spans: Sequence[tuple[int, int]],
    person_names: Sequence[tuple[int, int]],
    raw: Sequence[_Raw],
) -> list[Said]:
    """Speakers in reading order: a pronoun (he, she) is the person last said to speak in
    this sentence or the two before, else the person named last there; a quotation going
    on after another has its speaker; a one-word name the text gives no person is a body
    (Scientists say, Pyongyang said)."""
    people = {body[s:e] for s, e in person_names}
    words = {re.sub(r"['’]s$", "", w) for p in people for w in p.split()}
    found: list[Said] = []
    for r in raw:
        si = _sentence_of(spans, r.where)
        text = body[r.span[0] : r.span[1]]
        if r.who is None:
            previous = found[-1] if found and found[-1].direct else None
            if r.goes_on and previous and previous.sentence >= si - 1:
                found.append(Said(text, r.span, si, previous.speaker, previous.how, True))
            else:
                found.append(Said(text, r.span, si, None, "none", r.direct))
            continue
        speaker: str | None
        speaker, how = _who(r.who)
        if how == "pronoun":
            floor = spans[max(0, si - 2)][0]
            # The person last said to speak: a body or a company (Kaiyuan said …) is no he.
            last = next(
                (f for f in reversed(found)
                 if f.how == "named" and f.sentence >= si - 2 and _a_person(f.speaker, words)),
                None,
            )  # fmt: skip
            # A person named after the last one said to speak, in this sentence or the one
            # before (X, a professor …, called the findings … . She said: "…") is the one.
            newer = None
            if last is not None and last.sentence < si:
                floor_here = max(last.span[1], spans[max(0, si - 1)][0])
                theirs = set((last.speaker or "").split())
                named = [
                    (s, e) for s, e in person_names
                    if floor_here <= s and e <= r.span[0] and " " in body[s:e]
                    and not set(body[s:e].split()) & theirs
                    and not any(w.lower() in ORG_WORDS for w in body[s:e].split())
                ]  # fmt: skip
                if named:
                    start, end = max(named)
                    newer = body[start:end]
            if speaker not in _PERSONAL:
                speaker = None
            elif newer is not None:
                speaker = newer
            elif last is not None:
                speaker = last.speaker
            else:
                speaker = _person_before(body, person_names, r.span[0], floor)
            how = "pronoun" if speaker else "none"
        elif how == "named" and (
            (len(speaker.split()) == 1 and speaker not in words)
            or any(w.lower().strip(".,") in ORG_WORDS for w in speaker.split())
        ):
            how = "body"  # Scientists say, Pyongyang said, Kaiyuan Semiconductor said
        elif how == "named" and " " not in speaker:
            # "Kiprono said": the person named in full before, Samuel Kiprono.
            full = [
                body[s:e] for s, e in person_names
                if e <= r.span[0] and " " in body[s:e]
                and re.sub(r"['’]s$", "", body[s:e]).split()[-1] == speaker
            ]  # fmt: skip
            speaker = re.sub(r"['’]s$", "", full[-1]) if full else speaker
        found.append(Said(text, r.span, si, speaker, how, r.direct))
    return found


# --- checking ---------------------------------------------------------------------------

# How much of a Japanese quotation's words a source quotation must render to be its
# counterpart, and how many words at least; to accuse, more of them, and clearly more than
# any other quotation of the source renders (RUNNER_UP).
COVERAGE = 0.34
MIN_WORDS = 2
ACCUSE = 0.4
ACCUSE_WORDS = 2
RUNNER_UP = 0.7
# A quotation of the article's own speaker rendering this share of the best one's words
# is the counterpart too: the article joined or split the source's quotations.
NEAR = 0.6


def _weights(said: Sequence[Said], language: str) -> dict[str, float]:
    words = (lambda t: frozenset(content_words(t))) if language == "ja" else english_stems
    df = Counter(w for s in said for w in words(s.text))
    n = max(1, len(said))
    return {w: math.log(1 + n / c) for w, c in df.items()}


# Nouns that carry no content of their own (形式名詞) and whose glosses match anything.
_EMPTY = frozenset(
    "こと もの ため よう ところ 場合 方 とき 時 点 中 上 等 際 他 人 者 今回 今後".split()
)
_KATAKANA = re.compile(r"[ァ-ヺー・]+")
# Katakana names of companies a tagger may take for people (ナルマダ・ヘルス).
KATAKANA_ORG = re.compile(
    r"(?:ヘルス|グループ|ホールディングス|エナジー|テクノロジーズ?|モーターズ|エアー?|エアラインズ|"
    r"ファーマ|バンク|キャピタル|パートナーズ|システムズ|ネットワークス|ラボ|メディア|"
    r"ユナイテッド|シティ|ファンド|インダストリーズ|コーポレーション|カンパニー)$"
)


def _capitalized(text: str) -> list[str]:
    """The capitalized words of a text and each pair of them in a row (Yoon Suk, Suk Yeol)."""
    words = re.findall(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*", text)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def coverage(ja: str, en: str, idf: dict[str, float], language: str = "en") -> tuple[float, int]:
    """(share of the Japanese words' weight the source's words render, words rendered);
    a katakana name JMdict lacks is rendered by a name the matcher pairs with it (クリミア ↔
    Crimea). Against a Japanese source the words themselves are compared."""
    theirs = frozenset(content_words(en)) if language == "ja" else english_stems(en)
    names = [] if language == "ja" else _capitalized(en)
    total = got = 0.0
    hits = 0
    for word in content_words(ja):
        if word in _EMPTY:
            continue
        keys = frozenset([word]) if language == "ja" else glosses(word)
        if not keys:
            if language == "ja" or not _KATAKANA.fullmatch(word):
                continue
            total += 1.0
            if any(same_name(word, n) for n in names):
                got += 1.0
                hits += 1
            continue
        weight = max((idf.get(k, 1.0) for k in keys & theirs), default=1.0)
        total += weight
        if keys & theirs:
            got += weight
            hits += 1
    # Numbers are words both languages write alike (10分 ↔ "a good ten minutes").
    ours, said = _numbers(ja), _numbers(en)
    total += len(ours)
    found = sum(1 for n in ours if n in said)
    return ((got + found) / total if total else 0.0), hits + found


def _numbers(text: str) -> list[float]:
    """The numbers a quotation says in figures (and, in English, in words); 1 and 2 say too
    little to count."""
    out = [float(m.replace(",", "")) for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]
    for word in re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()):  # thirty-four; ten-minute
        parts = [word] if word in NUMBER_WORDS else word.split("-")
        out += [float(NUMBER_WORDS[p]) for p in parts if p in NUMBER_WORDS]
    return [n for n in dict.fromkeys(out) if n > 2]


def _speaker_forms(analysis: Analysis, quote: dict[str, Any]) -> tuple[list[str], Entity | None]:
    speaker = quote["speaker"]
    entity = next((e for e in analysis.entities if e.id == speaker.get("entity")), None)
    if entity is None:
        # 組合のダニエル・ホイットフィールド全国書記長: the person the phrase names.
        named = [
            (len(form), e) for e in analysis.entities if e.kind == "person"
            for form in _forms(e) if len(form) > 1 and form in speaker["name"]
        ]  # fmt: skip
        entity = max(named, key=lambda x: x[0])[1] if named else None
        if entity is not None:
            # The phrase's own name first: the entity may hold only part of it (魏哲).
            return list(dict.fromkeys([speaker["name"], *_forms(entity)])), entity
    if entity is None:
        return [speaker["name"]], None
    return _forms(entity), entity


def _forms(entity: Entity) -> list[str]:
    return list(dict.fromkeys([entity.name, *(m.text for m in entity.mentions)]))


def _same_speaker(forms: Sequence[str], entity: Entity | None, said: Said, language: str) -> bool:
    if said.speaker is None:
        return False
    if language == "ja":
        return any(f == said.speaker or f in said.speaker or said.speaker in f for f in forms)
    words = said.speaker.split()
    tails = [" ".join(words[-k:]) for k in range(1, min(3, len(words)) + 1)]
    if entity is None or entity.kind not in ("person", "place", "country"):
        # A body: 共同声明 ↔ the joint statement, 外務省 ↔ the foreign ministry.
        theirs = english_stems(said.speaker)
        if any(glosses(w) & theirs for f in forms for w in content_words(f)):
            return True
    # Any part of a katakana name may be how the source calls them: Thai and Lao news
    # names people by the given name (キッティポン・シーワッタナ ↔ Kittipong).
    parts = [p for f in forms if "・" in f for p in f.split("・") if len(p) > 1]
    if len(words) == 1 and any(same_name(p, words[0]) for p in parts):
        return True
    return any(same_name(f, t) for f in [*forms, *_family_names(forms)] for t in tails)


def _family_names(forms: Sequence[str]) -> list[str]:
    """The family-name parts of katakana names: the last (ロハス of カミラ・ロハス), or a
    short first one (ハン of ハン・ソヨン); of a kanji name, its first one or two characters
    (栗原 of 栗原哲也, 魏 of 魏哲倫), for a source that names the person by surname alone.
    A given name alone names no one."""
    found = []
    for form in forms:
        if len(form) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in form):
            found += [form[:2], form[:1]]
            continue
        parts = [p for p in form.split("・") if p]
        if len(parts) > 1:
            found.append(parts[-1])
            if len(parts[0]) <= 3:
                found.append(parts[0])
    return found


# A kanji name's reading is compared more strictly than a katakana name's sound: two thirds
# of the letters (中川 naka|gawa is no Camila), where a katakana surname needs half.
_ALIKE = 0.67


def _alike(forms: Sequence[str], said: Said) -> bool:
    """The source's speaker may be the article's in a spelling the matcher does not know:
    a family name sounds like theirs (the last part; or a short first one, as Korean and
    Chinese names put it first). A shared given name is no such sign (ジョエル・デラクルス
    is not Joel Pantaleon)."""
    if said.speaker is None:
        return False
    words = said.speaker.split()
    if len(words) > 1 and any("・" in f and _KATAKANA.search(f) for f in forms):
        # The full name decides, not the surname the article also calls them by.
        forms = [f for f in forms if "・" in f or not _KATAKANA.search(f)]
    for form in forms:
        if (
            form
            and "\u4e00" <= form[0] <= "\u9fff"
            and any(hanja_surname(form[0], w) for w in words)
        ):
            return True  # 朴智 ↔ Geochronologist Park: a Korean family name in hanja
        if len(form) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in form):
            # A kanji family name read one way by the dictionary (高嶺 takane) may be read
            # another by its bearer (Takamine): alike when it sounds so, in either order.
            if any(sounds_alike(form[:2], w, _ALIKE) for w in (words[0], words[-1])):
                return True
            continue
        if not _KATAKANA.search(form):
            continue
        parts = [p for p in form.split("・") if p]
        if len(parts) > 1 and len(words) > 1:
            # Full names on both sides: every part must sound like one of theirs (ジュリアン・
            # トランブレ ~ Julien Tremblay; セルジウ・ツルカヌ is not Maria Ciobanu, though
            # ツルカヌ half sounds like Ciobanu).
            if all(any(sounds_alike(p, w) or same_name(p, w) for w in words) for p in parts):
                return True
            continue
        if sounds_alike(parts[-1], words[-1]) or (
            len(parts) > 1 and len(parts[0]) <= 3 and sounds_alike(parts[0], words[0])
        ):
            return True
    return False


def check_quote(
    analysis: Analysis, quote: dict[str, Any], said: Sequence[Said], language: str = "en"
) -> tuple[Said | None, Said | None]:
    """(support, against) for one quotation of the article, against one source's speech."""
    if not said:
        return None, None
    idf = _weights(said, language)
    text = quote["text"].strip("「」『』")
    scored = [(coverage(text, s.text, idf, language), s) for s in said]
    (best, hits), top = max(scored, key=lambda x: x[0][0])
    if best < COVERAGE or hits < MIN_WORDS:
        return None, None
    forms, entity = _speaker_forms(analysis, quote)
    ours = [
        (c, s) for (c, _h), s in scored
        if c >= NEAR * best and _same_speaker(forms, entity, s, language)
    ]  # fmt: skip
    if ours:
        return max(ours, key=lambda x: x[0])[1], None
    # Clear: enough of the words, and no other quotation nearly as close that could be the
    # article's speaker's (one with no speaker the source names; those with another
    # speaker only confirm the article's is not the one).
    rivals = [s for (c, _h), s in scored if s is not top and c > RUNNER_UP * best]
    clear = best >= ACCUSE and hits >= ACCUSE_WORDS and not any(s.how == "none" for s in rivals)
    # Words the source gives another person by name, and only them: the article's speaker
    # (a person, not a body) is another.
    name = quote["speaker"]["name"]
    titles = frozenset(load_lexicons().titles)
    person = (
        entity is not None
        and entity.kind == "person"
        and entity.name not in titles
        and not KATAKANA_ORG.search(entity.name)
        and not _cut_from_a_name(analysis, entity)
    ) or (
        entity is None and bool(_KATAKANA.fullmatch(name)) and not common_noun(name)
    )  # a katakana name the entity finder missed is a person's still; ヘッドコーチ is not
    if (
        clear
        and top.how in ("named", "pronoun")
        and top.speaker
        and person
        and (language == "ja" or not _alike(forms, top))
        and (_someone_else(analysis, entity, top, language) or _full_person(top.speaker))
        and _named_there(analysis, quote, entity)
        # Words reported, not quoted (…と述べた without 「」), are the rewrite's own: a
        # paraphrase too loose to say whose they are.
        and quote["kind"] == "direct"
    ):
        return None, top
    return None, None


def _cut_from_a_name(analysis: Analysis, entity: Entity) -> bool:
    """宇 of 李相宇: one kanji that ends a longer name of the article or a run of kanji, a
    tagger's cut (劉 alone is a surname)."""
    body = analysis.article.body
    return len(entity.name) == 1 and (
        any(
            e is not entity and e.kind == "person" and len(e.name) > 1
            and e.name.endswith(entity.name)
            for e in analysis.entities
        )
        or any(re.match(r"[一-龥]", body[m.span[0] - 1 : m.span[0]]) for m in entity.mentions)
    )  # fmt: skip


def _named_there(analysis: Analysis, quote: dict[str, Any], entity: Entity | None) -> bool:
    """Whether the article names the speaker in the quotation's sentence or the next (「…」
    と田中氏は語った; 「…」。田中氏はこう語った): a speaker the reader inferred (同氏, 彼, the
    one who spoke before) may be the reader's mistake, not the article's."""
    qs, qe = quote["span"]
    here = (quote["sentence"], quote["sentence"] + 1)
    if entity is not None:
        return any(m.sentence in here and not (qs <= m.span[0] < qe) for m in entity.mentions)
    name = quote["speaker"]["name"]
    spans = [analysis.sentences[i].span for i in here if i < len(analysis.sentences)]
    body = analysis.article.body
    return any(name in body[a:qs] + body[qe:b] for a, b in spans)


def _someone_else(analysis: Analysis, entity: Entity | None, said: Said, language: str) -> bool:
    """Whether the source's speaker is another person the article names."""
    return any(
        _same_speaker(_forms(e), e, said, language)
        for e in analysis.entities
        if e.kind == "person" and e is not entity
    )


# Words that make a speaker's name a description or a thing (her coach, the Zuiho Maru,
# Mizuho Securities), not a person's name.
NOT_PERSON_WORDS = frozenset(
    "his her their its the a an our my maru river shoal reef island islands airport port "
    "strait sea bay lake mount mountain valley bridge station street square park "
    "stadium hall museum national nacional nazionale estádio estadio stade stadion arena "
    "theatre theater palace cathedral temple university hospital avenue highway tunnel "
    "canal dam coast region district province county territory air boulevard road lane "
    "drive plaza quay wharf".split()
)


def _full_person(speaker: str) -> bool:
    """A speaker the source names in full (Hatice Yildiz; Foreign Minister Nguyen Minh
    Khoa), as a person: evidence enough that the words are not the article's speaker's,
    where the article does not name them (a one-word name or a description is not)."""
    # Geochronologist Park, Economist Lee: a trade before a surname is no first name.
    words = [
        w for w in speaker.split()
        if w.lower() not in TITLE_WORDS and not re.fullmatch(r"[A-Z][a-z]+(?:ist|ian)", w)
    ]  # fmt: skip
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".,") in NOT_PERSON_WORDS | ORG_WORDS for w in words)
    )


# Words of titles before a name (Foreign Minister, Chief Executive, Justice).
TITLE_WORDS = frozenset(
    "chief executive minister president secretary director officer judge justice governor "
    "mayor spokesman spokeswoman spokesperson chairman chairwoman coach captain manager "
    "professor ambassador general senator representative prosecutor lawyer king queen prince "
    "chancellor premier vice deputy foreign prime finance defence defense interior envoy "
    "commissioner dr. mr. mrs. ms. sen. rep. gov. gen. lt. col. "
    "vietnamese philippine indonesian japanese chinese korean american british french german "
    "indian turkish israeli lebanese qatari brazilian mexican australian".split()
)

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
# Titles that describe a role rather than follow a name (県の防災担当者 is not 防災).
_DESCRIPTIVE_TITLES = frozenset(
    (
        "担当者",
        "担当",
        "広報担当者",
        "広報担当",
        "専門家",
        "記者",
        "首脳",
        "指導者",
        "代表",
        "アナリスト",
    )
)
# Documents that speak (報告書は「…」と指摘した): named by their fullest earlier form.
_DOCUMENTS = frozenset(("報告書", "談話", "書簡", "文書", "判決", "決議", "論文", "社説"))
# 米紙の例示タイムズ, 地元紙の…: the outlet is the name after the descriptor.
_MEDIA_DESCRIPTOR = re.compile(r".{0,4}(?:紙|誌|局|テレビ|メディア|通信社)の(.+)")
# What a name looks like once its title is gone: 2–5 kanji, or katakana with ・.
_NAME_SHAPE = re.compile(r"[一-龥々]{2,5}|[ァ-ヴー]{2,}(?:・[ァ-ヴー]+)*")
# と題した, と銘打った, と名付けた, と呼ばれる: what is quoted is a name.
_NAMING = re.compile(r"\s*と(?:題し|題す|銘打|名付け|名づけ|呼ば|呼ん|称し|称す|いう名)")
_CASE_PARTICLES = frozenset(
    ("に", "で", "と", "から", "まで", "へ", "より", "において")
)  # 同首相, 同大統領: the last one named with that title


@dataclass(frozen=True)
class _Speaker:
    name: str
    entity: str | None


def _verb_after(text: str, lex: Lexicons) -> tuple[str, str, int] | None:
    """(stem, kind, offset) of the first speech verb in ``text`` reached without a new quote."""
    if _NAMING.match(text):
        return None  # 「お客様へのお知らせ」と題した: a title, not speech
    best: tuple[str, str, int] | None = None
    lead = len(text) - len(text.lstrip()) + 1  # just after と
    for stem, kind in lex.speech_verbs:
        if kind == "hearsay":
            # …としている, …という: only right after と (not 打ち出した).
            i = lead if text.startswith(stem, lead) else -1
        else:
            i = _find_verb(text, stem)
        if i >= 0 and (best is None or i < best[2]):
            best = (stem, kind, i)
    if best is None:
        return None
    if "「" in text[: best[2]] or "。" in text[: best[2]]:
        return None
    return best


def _find_verb(text: str, stem: str) -> int:
    """Where a speech verb stands in ``text`` (評価し also as 評価する), or -1.

    A stem inside a longer kanji word is not that verb (掲示した is not 示した).
    """
    forms = (stem, stem[:-1] + "す") if stem.endswith("し") else (stem,)
    found = []
    for form in forms:
        i = text.find(form)
        while i > 0 and _is_kanji(form[0]) and _is_kanji(text[i - 1]):
            i = text.find(form, i + 1)
        if i >= 0:
            found.append(i)
    return min(found, default=-1)


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


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
    """The noun phrase ending at a particle, after the last comma or clause break.

    A trailing aside in brackets is not part of the name: 東邦食品（本社・東京都中央区）,
    店長の男性（47）.
    """
    segment = body[start:particle]
    segment = re.sub(r"[（(][^（）()]*[）)]$", "", segment.rstrip())
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
        self.titles_longest = sorted(self.titles, key=len, reverse=True)
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

    def _last_topic(self, before: int) -> Entity | None:
        """The person who was the topic just before (セバスチャン・モロー・コーチは、黒澤選手が
        …と評価した。同氏は…: 同氏 is the coach, not the player named after him): the last
        person mention followed, past a title or honorific, by は or も, within the two
        sentences before."""
        floor = max(self.body.rfind("。", 0, max(0, before - 1)), 0)
        floor = max(self.body.rfind("。", 0, floor), 0) if floor else 0
        for s, e, entity, _role in reversed(self.mentions):
            if s >= before or entity.kind != "person":
                continue
            if s < floor:
                return None
            tail = self.body[e : e + 12]
            m = re.match(r"[^、。「」はも]{0,10}?(は|も|によると|によれば)(?!の)", tail)
            between = tail[: m.start(1)].lstrip("・") if m else ""
            if m and (self._is_title(between) or between in ("氏", "さん")):
                return entity
        return None

    def resolve(self, phrase: str, phrase_end: int) -> _Speaker | None:
        if not phrase:
            return None
        # エメカ・ヌウォス氏（37）は: the phrase came without the aside in brackets after it.
        before = self.body[max(0, phrase_end - 30) : phrase_end]
        aside = re.search(r"[（(][^（）()]*[）)]\s*$", before)
        phrase_start = phrase_end - len(phrase) - (len(aside.group(0)) if aside else 0)
        # An entity named at the phrase's end, possibly followed by a title (ユン大統領,
        # オリヴィア・ベネット国連特使); in トランプの移行チーム the phrase is about the
        # team, not トランプ. A person first, the one nearest the end: 中国から…輸入している
        # エメカ・ヌウォス氏 is the importer, not China.
        titled = [
            (entity.kind == "person", e, entity)
            for s, e, entity, _role in self.all_mentions
            if phrase_start <= s and e <= phrase_end
            and self._is_title(re.sub(r"[（(][^（）()]*[）)]\s*$", "", self.body[e:phrase_end]))
        ]  # fmt: skip
        if titled:
            people = [x for x in titled if x[0]]
            chosen = max(people, key=lambda x: x[1])[2] if people else titled[0][2]
            return _Speaker(chosen.name, chosen.id)
        for pronoun in _PRONOUNS:
            if phrase.endswith(pronoun):
                found = self._last_topic(phrase_start) or self._last(phrase_start, want="person")
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
        if phrase in _DOCUMENTS:
            # 報告書は「…」: the document last named in full (最終報告書を公表した).
            named = list(re.finditer(rf"[一-龥ァ-ヴー]*{phrase}", self.body[:phrase_start]))
            if named:
                return _Speaker(named[-1].group(0), None)
        return _Speaker(self._bare_name(phrase), None)

    def _is_title(self, tail: str) -> bool:
        """'' or a title (大統領), or a title after a qualifier of 2+ characters (予報課長)."""
        if not tail or tail in self.titles:
            return True
        return any(tail.endswith(t) and len(tail) - len(t) >= 2 for t in self.titles) and (
            "の" not in tail
        )

    def _bare_name(self, phrase: str) -> str:
        """A name the tagger missed, from its frame: 主将の朴志勲選手 → 朴志勲;
        米紙の例示タイムズ → 例示タイムズ. Descriptions stay whole (トランプの移行チーム)."""
        m = _MEDIA_DESCRIPTOR.fullmatch(phrase)
        if m:
            return m.group(1)
        title = next((t for t in self.titles_longest if phrase.endswith(t)), None)
        if title is None or title in _DESCRIPTIVE_TITLES:
            return phrase
        name = phrase[: -len(title)].rsplit("の", 1)[-1]
        if _NAME_SHAPE.fullmatch(name):
            return name
        return phrase

    def person_by_part(self, part: str) -> Entity | None:
        """金 of 金選手「…」 (a headline) → 金成民, the person named in full anywhere."""
        for _s, _e, entity, _role in self.all_mentions:
            if (
                entity.kind == "person"
                and entity.name != part
                and (entity.name.startswith(part) or part in entity.name.split("・"))
            ):
                return entity
        return None


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
        elif (headline := _headline_speaker(body, s_start, o, after, resolver)) is not None:
            speaker = headline  # 山田氏「…」。: a headline's name-and-quote
        elif standalone and (told := _told_next(body, tokens, sentences, si, resolver)):
            speaker, verb_text = told  # 「…」。岡部氏はこう語った。
        elif standalone and last_speaker is not None and last_speaker[0] >= si - 1:
            speaker = last_speaker[1]  # a continuation of the previous quotation
        elif len(content) <= _MAX_TERM_CHARS or not standalone:
            kind = "term"
        # Standing alone, or said with no subject at all (そのうえで、「…」と語った): the
        # speaker is the previous quotation's, if it was just before.
        if (
            speaker is None
            and kind == "direct"
            and last_speaker is not None
            and (standalone or last_speaker[0] >= si - 1)
        ):
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


_ADDRESSEE = re.compile(r"[^、。「」]{1,25}?に(?:対し|対して|向けて)[、，]\s*")
# 捜査関係者によると、…という: the source before によると.
_ACCORDING = re.compile(r"\s*([^、。「」]{1,30}?)によると[、，]")
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
    """Reported speech in a sentence with no quotation.

    Xは、<content>と<speech verb>; Xによると、<content>という; and unattributed
    <content>と報じられている. The content runs from after the source to the marker.
    """
    s_start, s_end = sentence.span
    source_phrase: str | None = None
    according = _ACCORDING.match(body, s_start, s_end)
    if according is not None:
        source_phrase, source_end = according.group(1), according.start(1) + len(according.group(1))
        head = according.end()
    else:
        particle = _topic_end(tokens, body, s_start, s_end)
        if particle is not None and body[particle] != "も":
            source_phrase = _phrase_before(body, s_start, particle)
            source_end, head = particle, particle + 1
        else:
            source_end = head = s_start
    text = body[head:s_end]
    best: tuple[int, str, bool] | None = None  # (content end, stem, passive)
    for m in _REPORTED_MARKER.finditer(text):
        rest = text[m.end() :]
        for stem, kind in lex.speech_verbs:
            # Hearsay endings (…という, …としている) count only where the sentence ends:
            # 終わらせるというプラットフォーム is a noun's modifier, not hearsay.
            hearsay_ok = m.group(0) == "と" and rest[len(stem) :].strip("。 　") == ""
            if rest.startswith(stem) and (kind == "reported" or hearsay_ok):
                best = (m.start(), stem, rest[len(stem) :].startswith(("られ", "れ")))
                break
    if best is None:
        return None
    content_end, stem, passive = best
    start = head
    while start < s_end and body[start] in "、， 　":
        start += 1
    end = head + content_end
    # Who it was said to is not what was said: BBCニュースに対し、<content>.
    addressee = _ADDRESSEE.match(body, start, end)
    if addressee is not None:
        start = addressee.end()
    if passive:
        # …と報じられている: hearsay with no one named as its source; the reported clause
        # is the last one before と (この協定には…含まれており、すでに約1万人の…).
        start = max(s_start, body.rfind("、", s_start, end) + 1)
        speaker = None
    elif stem == "いう" and according is None:
        # …という with no source named: hearsay nobody in the sentence vouches for.
        speaker = None
    elif source_phrase:
        speaker = resolver.resolve(source_phrase, source_end)
    else:
        return None  # no one says it: not reported speech
    if end - start < 4:
        return None
    return _record(body, start, end, sentence.index, "reported", speaker, stem)


def _headline_speaker(
    body: str, s_start: int, o: int, after: str, resolver: _Resolver
) -> _Speaker | None:
    """鈴木さん「もう一度挑戦したい」。 — a name and title, the quotation, nothing else."""
    if after.strip(" 　。") != "":
        return None
    prefix = body[s_start:o].strip()
    title = next((t for t in resolver.titles_longest if prefix.endswith(t)), None)
    if title is None or not 1 <= len(prefix) - len(title) <= 12 or "、" in prefix:
        return None
    speaker = resolver.resolve(prefix, o)
    if speaker is not None and speaker.entity is None:
        person = resolver.person_by_part(prefix[: -len(title)])
        if person is not None:
            return _Speaker(person.name, person.id)
    return speaker


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


# 岡部氏はこう語った: the next sentence says who said the quotation standing before it.
_TOLD_SO = re.compile(
    r"(?:こう|そう|このように|次のように)"
    r"(語|述べ|話|強調|説明|訴え|明か|締めくく|指摘|主張|警告|分析|批判|付け加え|振り返)"
)


def _told_next(
    body: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    si: int,
    resolver: _Resolver,
) -> tuple[_Speaker, str] | None:
    """The speaker and verb of 「…」。Xはこう語った。, from the sentence after the quotation."""
    if si + 1 >= len(sentences):
        return None
    start, end = sentences[si + 1].span
    told = _TOLD_SO.search(body, start, end)
    if told is None or told.start() - start > 60:
        return None
    particle = _topic_end(tokens, body, start, told.start())
    if particle is None:
        return None
    speaker = resolver.resolve(_phrase_before(body, start, particle), particle)
    return (speaker, told.group(1)) if speaker is not None else None


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
        "date": None,  # set by attach_dates once times are anchored
    }


def attach_dates(
    body: str, quotes: tuple[dict[str, Any], ...], times: tuple[dict[str, Any], ...]
) -> tuple[dict[str, Any], ...]:
    """Give each quote the date its sentence states, outside the quoted words themselves.

    「…」とバイデンは金曜日に語った → 金曜日's value; a date inside the quotation is what
    was said, not when.
    """
    out = []
    for q in quotes:
        qs, qe = q["span"]
        date = next(
            (
                t["value"]
                for t in times
                if t["sentence"] == q["sentence"]
                and not (qs <= t["span"][0] < qe)
                and t["precision"] in ("day", "minute", "hour", "week", "month", "year")
                # 11月5日の大統領選: a date followed by の dates a noun, not the speech.
                and not body.startswith("の", t["span"][1])
            ),
            None,
        )
        out.append({**q, "date": None if q["kind"] == "term" else date})
    return tuple(out)

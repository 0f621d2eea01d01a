"""Events: who did what to whom, where and when, coded as PLOVER types and CAMEO root codes.

Rule-based on Sudachi's tokens (GiNZA's parser stays off): a predicate from
``lexicon/event_predicates.tsv`` is found as a verb (非難する, 派遣された, 結んだ) or as an
event noun that a light verb makes happen (会談を行った, 制裁を科した, 会合が開かれた).
Its participants come from the particles around it, as in quotes.py:

- actor: the が-subject the predicate owns (the first predicate after a が owns it), else
  the sentence's topic (は/も); coordinated subjects (米国、韓国、日本の各国の首脳, ユン大統領
  およびバイデン大統領) keep their members; 三国/両国 refer back to the last such group.
  In a passive the subject is the target and the agent (によって, により) the actor, except
  for forces that are sent (北朝鮮軍が派遣された: the forces' country sends them).
- target: に対し, を, と/との (talks, treaties), に, への/に対する on an event noun.
- place: で/において + a place or country (carried to an earlier event when the text refers
  back to it: この会見は、ペルーのリマで…); date: a time of the same sentence.
- modality: asserted, alleged (…したと報じられ, …によると), intended (…する方針, 予定,
  ことで合意, a bare future), conditional (…すれば, 場合); negated: ない/ず in the predicate.

A predicate modifying a noun (支援するための条約) is no event of its own unless the noun is
an event or statement itself (非難する共同記者会見), an intention (派遣する方針) or the
clause names its own subject (北朝鮮が発射したミサイル). An event noun is also told by what
it caused (空爆により10人が死亡した) and by an order (拘束を命じた: the arrest, intended).
Quoted words are left alone: they are the speaker's claim, which quotes.py keeps.

The word classes below (light verbs, heads, titles) are tables; the predicates themselves,
with their PLOVER type, CAMEO code and the words some of them need (needs:military), are
data in lexicon/event_predicates.tsv.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

from urazuke.analyze.entities import Token
from urazuke.lexicon import Lexicons, load_lexicons
from urazuke.model import Entity, Sentence

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
MODALITIES = ("asserted", "alleged", "intended", "conditional")


@dataclass(frozen=True)
class EventPredicate:
    """One row of event_predicates.tsv; ``plover`` None marks a word that is no event."""

    text: str
    plover: str | None
    cameo: str | None
    kind: str  # verb | noun | suru_noun
    needs: re.Pattern[str] | None  # an event only with such a word as subject or object


@dataclass(frozen=True)
class EventLexicon:
    nouns: dict[str, EventPredicate]  # noun and suru_noun surfaces, blockers included
    verbs: tuple[tuple[str, EventPredicate], ...]  # (conjugation stem, entry), longest first
    phrases: tuple[tuple[str, EventPredicate], ...]  # verbs with their object: 意見を交わす


_GODAN_ROWS = {
    "う": "わいうえおっ",
    "く": "かきくけこい",
    "ぐ": "がぎぐげごい",
    "す": "さしすせそ",
    "つ": "たちつてとっ",
    "ぬ": "なにぬねのん",
    "ぶ": "ばびぶべぼん",
    "む": "まみむめもん",
    "る": "らりるれろっ",
}
_ICHIDAN_BEFORE = set("えけげせぜてでねへべぺめれいきぎしじちぢにひびぴみり")


def _verb_stems(verb: str) -> list[str]:
    """The conjugation stems a verb's tokens start with: 結ぶ → 結ば…結ん; 求める → 求め."""
    if verb.endswith("ない"):
        return [verb]  # a fixed phrase (辞さない)
    if verb.endswith("する"):
        return [verb[:-2] + k for k in "しさせす"]
    last, before = verb[-1], verb[-2] if len(verb) > 1 else ""
    if last == "る" and before in _ICHIDAN_BEFORE:
        return [verb[:-1]]
    return [verb[:-1] + k for k in _GODAN_ROWS.get(last, "")]


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """The event predicates of lexicon/event_predicates.tsv, read once per process."""
    text = files("urazuke.lexicon").joinpath("event_predicates.tsv").read_text(encoding="utf-8")
    nouns: dict[str, EventPredicate] = {}
    verbs: list[tuple[str, EventPredicate]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        surface, plover, cameo, kind = cells[:4]
        note = cells[4] if len(cells) > 4 else ""
        needs = None
        if note.startswith("needs:"):
            words = note.removeprefix("needs:").split(";")[0].strip()
            needs = _MILITARY if words == "military" else re.compile(words)
        entry = EventPredicate(
            text=surface,
            plover=None if plover == "-" else plover,
            cameo=None if cameo == "-" else cameo,
            kind=kind,
            needs=needs,
        )
        if entry.plover is not None and entry.plover not in PLOVER_TYPES:
            raise ValueError(f"event_predicates.tsv: unknown PLOVER type {plover!r}")
        if kind == "verb":
            verbs.extend((stem, entry) for stem in _verb_stems(surface))
        else:
            nouns[surface] = entry
    verbs.sort(key=lambda v: -len(v[0]))
    phrases = tuple(v for v in verbs if "を" in v[0])
    return EventLexicon(nouns, tuple(v for v in verbs if "を" not in v[0]), phrases)


# --- word classes the rules read (tables, not logic: extend them freely) ---------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_SURU = frozenset(_words("する し さ せ す しよ できる でき 致し いたし"))
_NEG = frozenset(_words("ない なかっ なく ず ぬ ん ざる なけれ"))
_PASSIVE = frozenset(_words("れ られ れる られる"))
_WISH = frozenset(_words("たい たく たかっ たけれ よう う"))
_OPENERS = "「『‘“"
_CLOSERS = "」』’”"
# Nouns that stand for a clause (…したことを非難) or a purpose (支援するための条約).
_NOMINALIZERS = frozenset(_words("こと もの 旨"))
_PURPOSE = frozenset(_words("ため よう"))
# Heads of a relative clause that say how its event stands.
_INTENT_HEADS = frozenset(_words("方針 考え 意向 計画 予定 構え 見通し つもり 方向 準備 用意"))
_ALLEGED_HEADS = frozenset(_words("可能性 疑い 恐れ 見方 模様 情報 報道"))
_COND_HEADS = frozenset(_words("場合 限り"))
_TEMPORAL_HEADS = frozenset(_words("際 時 とき 後 前 直後 直前 最中 以降 以来 途中 結果 上"))
_STATEMENT_HEADS = _words("声明 談話 決議 決議案 意見 見解 立場 姿勢 書簡 演説 発言 コメント")
# 制裁措置, 禁止する措置: a generic head that stands for the event itself.
_GENERIC_HEADS = frozenset(_words("措置 パッケージ 作戦 活動 行動 行為 策"))
# Light verbs that make an event noun happen: 会談を行う, 制裁を科す, 支持を表明する.
# Verbs are matched by their token's start, nouns (実施する) exactly.
_LIGHT_VERBS = _words(
    "行 開 続け 繰り返 加え 科 課 始め 強め 示 敷 受け 投じ 起こ 仕掛け 進め かけ 掛け "
    "突きつけ 突き付け 申し入れ 講じ 急 目指 決め 打ち出 交わ 与え 言い渡 送 命じ"
)
_LIGHT_NOUNS = frozenset(
    _words(
        "実施 開催 実行 強行 継続 発動 開始 再開 強化 拡大 激化 展開 表明 発表 宣言 発令 "
        "行使 加速 採択 可決 主導 主催 決行 敢行 決定 決断 計画 予定 検討 準備 模索 調整 "
        "指示 命令"
    )
)
# Light verbs that plan rather than do (部隊の派遣を決定した), and orders (拘束を命じた).
_PLAN = _words("決定 決め 決断 計画 予定 検討 目指 準備 急 模索 調整")
_ORDERS = _words("命じ 指示 命令")
# 空爆により10人が死亡した: an event told by what it caused.
_CASUALTIES = _words("死亡 死傷 負傷 犠牲 死去 倒壊 損壊 焼失 崩壊")
# Event nouns that happen as subjects: 会合が開かれた, 戦闘が続いている.
_OCCUR_VERBS = _words("行 開 始ま 起き 起こ 続 相次 決ま 繰り返")
_OCCUR_NOUNS = frozenset(_words("開催 実施 発生 勃発 本格化 激化 成立 実現 予定 再開 決定"))
# …に踏み切った, 交渉に入った, 会議に出席した, 試験に成功した.
_NI_VERBS = _words("踏み切 乗り出 入 臨 加わ")
_NI_NOUNS = frozenset(_words("着手 参加 出席 成功 合流"))
# After a clause ending in こと: what the main verb makes of it.
_HOPE = (*_PLAN, *_words("願 望 期待 合意 一致 表明 発表 約束"))
_ASKED = _words("求め 要求 要請 呼びかけ 促 訴え 命じ")
_DENIED = _words("否定 否認")
# …すると発表した is a plan; …したと発表した a claim.
_SAYING = _words("発表 表明 述べ 明らか 語 話 強調 説明 言 し 示唆 警告")
# Verbs that are part of a compound particle after に: に対し, によって, において, について.
_PARTICLE_VERBS = frozenset(
    _words(
        "対し 対して 対する よっ より よる よれ おい おける とっ つい 関し 関する 向け 向けた "
        "沿っ 伴い 伴う 基づき 基づく わたり わたる 際し 加え"
    )
)

_MILITARY = re.compile(
    r"軍|部隊|兵|自衛隊|機動隊|艦|戦闘機|爆撃機|ミサイル|兵器|戦車|空母|予備役|武装|民兵|警察|核|"
    r"砲|射撃|爆撃|空爆|実弾|弾道"
)
_INSTITUTION = re.compile(r"(?:省|庁|局|軍|政府|議会|当局|大使館|裁判所|検察|警察)$")
_MEDIA = re.compile(r"(?:通信|通信社|新聞|紙|テレビ|放送|メディア|タイムズ|ポスト|ジャーナル)$")
_GROUPISH = re.compile(r"(?:ら|たち|派|隊|団|組合|勢力|市民|住民|学生)$")
_CROWD = re.compile(
    r"市民|住民|学生|労働者|群衆|デモ隊|人々|抗議者|支持者|活動家|数千人|数百人|数万人"
)
# Titles for telling a name the entity finder missed (頼清徳総統, ハメネイ師), beyond titles.txt.
_EXTRA_TITLES = _words("総統 師 皇太子 国王 首長 議長 総書記 国家主席")
_LOCATION_WORDS = _words(
    "市 都 州 県 首都 近郊 郊外 国境 地域 付近 周辺 沖 海域 上空 領空 領海 基地 空港 港 広場 "
    "官邸 本部 会場 前線 地区"
)
_NOT_PLACES = _words("間 中 場 形 形式 方向 会見 声明 会議 会合 サミット")
_COORDINATORS = frozenset(_words("、 ， と や および 及び 並びに ・ または"))
_DETERMINERS = _words("この その 同 今回の 当該")
# 三国, 3カ国, 両国, 各国; 首脳ら, リーダーたち: the group last named in full.
_GROUP_REF = re.compile(
    r"(?P<n>[二三四五六七八九両各]|[2-9２-９])(?:カ|ヶ|か|ヵ|ケ)?国|"
    r"(?:首脳|リーダー|指導者|外相|閣僚)(?:ら|たち|陣)"
)
_GROUP_SIZE = {"両": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PERSON_PRONOUNS = _words("彼女 彼 同氏")
# Events whose passive subject is what is sent (部隊が派遣された), not who suffers them.
_SENT = frozenset(("MOBILIZE", "AID"))
# Events whose participants all act alike: a compound's names (日米会談) are its actors.
_MUTUAL = frozenset(("CONSULT", "COOPERATE", "AGREE", "ASSAULT"))
_VERB_LEVEL = frozenset(_words("ga wo ni nitaishi niyotte de to tomo aida kara he"))
_ATTACH_TO_MAIN = frozenset(_words("to tomo aida nitaishi de"))


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    tag: str
    text: str
    depth: int  # inside how many quotation marks

    def nominal(self) -> bool:
        return self.tag.startswith(("名詞", "接尾辞", "接頭辞", "代名詞", "形状詞"))


@dataclass
class _Anchor:
    """A predicate: its head (a verb, or a noun with する) and the auxiliaries after it."""

    head: int  # token index of its first token
    core_end: int  # last token of the head
    end: int  # last token of the whole complex
    entry: EventPredicate | None  # the lexicon's, when the head is an event
    follow: str  # what comes after: adnominal, nominal, quote, cond, purpose, chain, final
    head_noun: int = -1  # for adnominal: last token of the noun it modifies
    modality: str = "asserted"
    status: str = "main"  # main | rel (a relative clause) | skip


@dataclass
class _Marker:
    kind: str  # ga wo topic ni nitaishi niyotte de to tomo aida kara he heno tono ...
    index: int  # token index of the particle
    np: tuple[int, int] | None  # character span of the noun phrase before it
    raw: tuple[int, int] | None  # the same, before leading times and amounts are cut
    owner: int = -1  # anchor index (verb-level markers) or last token of the noun modified


class _Article:
    """What the coder knows of the whole article: entities, groups, the last events."""

    def __init__(
        self,
        body: str,
        entities: Sequence[Entity],
        times: Sequence[dict[str, Any]],
        quantities: Sequence[dict[str, Any]],
        lex: Lexicons,
    ) -> None:
        self.body = body
        self.lex = lex
        self.mentions = sorted(
            ((m.span[0], m.span[1], e) for e in entities for m in e.mentions), key=lambda x: x[0]
        )
        self.starts = [m[0] for m in self.mentions]
        self.times = times
        self.quantities = quantities
        self.titles = sorted((*lex.titles, *lex.honorifics, *lex.body_suffixes), key=len)[::-1]
        self.one_char_countries = {
            name: c.code for c in lex.countries for name in c.japanese if len(name) == 1
        }
        self.country_names = {
            name: c.code for c in lex.countries for name in c.japanese if len(name) >= 2
        }
        self.person_country = self._person_countries()
        self.groups: list[list[dict[str, Any]]] = []
        self.events: list[dict[str, Any]] = []
        self.last_topic: dict[str, Any] | None = None

    def inside(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions that lie within [start, end)."""
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m[1] <= end]

    def in_mention(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, end)
        return any(s < end and start < e for s, e, _ in self.mentions[max(0, i - 8) : i])

    def _person_countries(self) -> dict[str, str]:
        """バイデン → US where the text says 米国のジョー・バイデン or バイデン米大統領."""
        found: dict[str, str] = {}
        for s, e, entity in self.mentions:
            if entity.kind != "person" or entity.id in found:
                continue
            for _ps, pe, other in reversed(self.mentions[: bisect_left(self.starts, s)]):
                gap = self.body[pe:s]
                if s - pe > 12 or "、" in gap or "。" in gap:
                    break
                if other.country and re.fullmatch(r"(?:[一-龥ァ-ヴー]{0,8}の)?", gap):
                    found[entity.id] = other.country
                    break
            after = self.body[e : e + 1]
            if entity.id not in found and after in self.one_char_countries:
                rest = self.body[e + 1 : e + 8]
                if any(rest.startswith(t) for t in self.titles):
                    found[entity.id] = self.one_char_countries[after]
        return found

    # -- participants ------------------------------------------------------------------

    def _one(self, entity: Entity) -> dict[str, Any]:
        country = (
            entity.country or self.person_country.get(entity.id) or self._abbreviated(entity.name)
        )
        return {"name": entity.name, "entity": entity.id, "country": country}

    def _abbreviated(self, text: str) -> str | None:
        """米軍, 米政府, 露外相: one character for the country, then an institution or title."""
        code = self.one_char_countries.get(text[:1])
        rest = text[1:]
        if code is not None and rest and (self._is_title(rest) or _INSTITUTION.search(rest)):
            return code
        return None

    def _person_name(self, text: str) -> tuple[str, str] | None:
        """(name, what precedes it) of 最高指導者ハメネイ師, 頼清徳総統: a name the entity
        finder missed, told by the title after it."""
        for title in (*self.titles, *_EXTRA_TITLES):
            if not text.endswith(title) or len(text) == len(title):
                continue
            rest = text[: -len(title)]
            m = re.search(r"(?:[ァ-ヴー]{2,}(?:・[ァ-ヴー]+)*|[一-龥]{2,4})$", rest)
            if m is None or self._is_title(m.group(0)):
                continue
            name, before = m.group(0), rest[: m.start()]
            # A kanji run is a name only when long enough or framed: not 外務 of 外務報道官.
            if name[0] >= "一" and len(name) < 3 and not before.endswith("の"):
                continue
            return name, before
        return None

    def _is_title(self, text: str) -> bool:
        return text == "" or any(text == t for t in self.titles)

    def _strip_title(self, gap: str) -> str:
        for t in self.titles:
            if gap.startswith(t):
                return gap[len(t) :]
        return gap

    def participant(self, span: tuple[int, int] | None) -> dict[str, Any] | None:
        """An actor or target from the noun phrase at ``span``."""
        if span is None or span[0] >= span[1]:
            return None
        start, end = span
        text = self.body[start:end]
        ms = self.inside(start, end)
        if ms:
            # Conjuncts: インドのモディ首相とパキスタンのシャリフ首相 → [インド, モディ],
            # [パキスタン, シャリフ]; a conjunct's last name is its head.
            conjuncts: list[list[tuple[int, int, Entity]]] = []
            for m in ms:
                if conjuncts and self._strip_title(self.body[conjuncts[-1][-1][1] : m[0]]) == "の":
                    conjuncts[-1].append(m)
                else:
                    conjuncts.append([m])
            run = [conjuncts[-1]]
            for a, b in zip(reversed(conjuncts[:-1]), reversed(conjuncts[1:]), strict=True):
                gap = self.body[a[-1][1] : b[0][0]]
                if self._strip_title(gap) in _COORDINATORS or (
                    gap.startswith("の") and self._strip_title(gap[1:]) in _COORDINATORS
                ):  # 日本の首相と韓国の大統領
                    run.insert(0, a)
                else:
                    break
            members: list[dict[str, Any]] = []
            for c in run:
                if all(x["entity"] != c[-1][2].id for x in members):
                    member = self._one(c[-1][2])
                    member["country"] = member["country"] or next(
                        (x[2].country for x in c if x[2].country), None
                    )
                    members.append(member)
            if len(members) >= 2:
                return self._group(text, members)
            head = ms[-1]
            tail = self.body[head[1] : end].rstrip(")）")  # 欧州連合（EU）
            if self._is_title(tail):
                found = self._one(head[2])
                if found["country"] is None:
                    found["country"] = next((m[2].country for m in ms if m[2].country), None)
                return found
            # イスラエルによるガザでの攻撃: the one it is by.
            agents = [m for m in ms if self.body.startswith("による", m[1])] or ms
            country = next(
                (
                    code
                    for m in reversed(agents)
                    if (code := m[2].country or self.person_country.get(m[2].id))
                ),
                None,
            )
            framed = self._person_name(self.body[head[1] : end].lstrip("の"))
            if framed is not None and framed[0] and head[2].kind != "person":
                return {"name": framed[0], "entity": None, "country": country}
            return {"name": text, "entity": None, "country": country}
        referred = self._reference(text, start)
        if referred is not None:
            return referred
        framed = self._person_name(text)
        if framed is not None:
            return {"name": framed[0], "entity": None, "country": None}
        return {"name": text, "entity": None, "country": self._abbreviated(text)}

    def _group(self, text: str, members: list[dict[str, Any]]) -> dict[str, Any]:
        self.groups.append(members)
        return {"name": text, "entity": None, "country": None, "members": members}

    def _reference(self, text: str, start: int) -> dict[str, Any] | None:
        """三国の首脳, 両国, 同国, 彼, 日米韓: who a phrase without a name stands for."""
        m = _GROUP_REF.search(text)
        if m is not None and self.groups:
            n = m.group("n") if m.group("n") else None
            size = None
            if n is not None:
                size = _GROUP_SIZE.get(n) or (int(n) if n.isascii() else int(chr(ord(n) - 0xFEE0)))
            for group in reversed(self.groups):
                if size is None or len(group) == size:
                    return {"name": text, "entity": None, "country": None, "members": group}
        codes: list[str] = []
        for ch in text:
            if ch not in self.one_char_countries:
                break
            codes.append(self.one_char_countries[ch])
        if len(codes) >= 2:  # 日米韓の外相, 米中首脳会談
            return self._group(text, [self._country(code) for code in codes])
        demonym = re.match(r"(.{2,8}?)人", text)  # 米国人記者
        if demonym is not None:
            code = self.country_names.get(demonym.group(1))
            if code is not None:
                return {"name": text, "entity": None, "country": code}
        if text.startswith("同国"):
            return self._last(start, lambda e: e.kind == "country")
        if text in _PERSON_PRONOUNS or (text.startswith("同") and len(text) <= 4):
            return self._last(start, lambda e: e.kind == "person")
        return None

    def _country(self, code: str) -> dict[str, Any]:
        for _s, _e, entity in self.mentions:
            if entity.kind == "country" and entity.country == code:
                return self._one(entity)
        names = next((c.japanese for c in self.lex.countries if c.code == code), (code,))
        return {"name": names[0], "entity": None, "country": code}

    def _last(self, before: int, want: Any) -> dict[str, Any] | None:
        for s, _e, entity in reversed(self.mentions):
            if s < before and want(entity):
                return self._one(entity)
        return None

    def place(self, span: tuple[int, int] | None) -> dict[str, Any] | None:
        """A place from a で-phrase: the last place or country named in it, or 国境 and kin."""
        if span is None:
            return None
        start, end = span
        text = self.body[start:end]
        if not text or text.endswith(_NOT_PLACES):
            return None
        ms = self.inside(start, end)
        places = [m for m in ms if m[2].kind in ("place", "country")]
        # 東京の外務省で, ニューヨークの国連本部で: the city, not the building.
        building = ms[-1][2].kind in ("body", "organization") if ms else False
        if places and (self._is_title(self.body[places[-1][1] : end]) or building):
            found = self._one(places[-1][2])
            if found["country"] is None:
                found["country"] = next((m[2].country for m in ms if m[2].country), None)
            return found
        if text.endswith(_LOCATION_WORDS) and (ms or len(text) > 2):
            countries = {m[2].country for m in ms if m[2].country}
            country = countries.pop() if len(countries) == 1 else None
            return {"name": text, "entity": None, "country": country}
        return None


def _known(p: dict[str, Any]) -> bool:
    """Whether a participant is someone: an entity, a country or a group of them."""
    return bool(p["entity"] or p["country"] or p.get("members"))


def _sentence_tokens(
    body: str, tokens: Sequence[Token], starts: Sequence[int], sentence: Sentence
) -> list[_Tok]:
    """The sentence's tokens (``starts``: the sorted tokens' starts), with quotation depth."""
    out: list[_Tok] = []
    depth = 0
    first, last = bisect_left(starts, sentence.span[0]), bisect_left(starts, sentence.span[1])
    for t in tokens[first:last]:
        text = body[t.start : t.end]
        if text in _CLOSERS:
            depth = max(0, depth - 1)
        out.append(_Tok(t.start, t.end, t.tag, text, depth))
        if text in _OPENERS:
            depth += 1
    return out


class _SentenceCoder:
    """Finds the events of one sentence."""

    def __init__(self, art: _Article, lexicon: EventLexicon, sentence: Sentence, ts: list[_Tok]):
        self.art = art
        self.body = art.body
        self.lexicon = lexicon
        self.sentence = sentence
        self.ts = ts
        self.anchors: list[_Anchor] = []
        self.nominals: list[tuple[int, int, EventPredicate]] = []
        self.markers: list[_Marker] = []

    # -- finding predicates ------------------------------------------------------------

    def _match_noun(self, i: int) -> tuple[int, EventPredicate] | None:
        ts, body = self.ts, self.body
        start = ts[i].start
        best: tuple[int, EventPredicate] | None = None
        for j in range(i, min(len(ts), i + 6)):
            if not ts[j].nominal() or ts[j].depth:
                break
            entry = self.lexicon.nouns.get(body[start : ts[j].end])
            if entry is not None:
                best = (j, entry)
        return best

    def _match_phrase(self, i: int) -> tuple[int, EventPredicate] | None:
        if not self.ts[i].tag.startswith("名詞"):
            return None
        return self._match_verb(i, self.lexicon.phrases)

    def _match_verb(
        self, i: int, verbs: Sequence[tuple[str, EventPredicate]] | None = None
    ) -> tuple[int, EventPredicate] | None:
        ts, body = self.ts, self.body
        for stem, entry in self.lexicon.verbs if verbs is None else verbs:
            if body.startswith(stem, ts[i].start):
                end = ts[i].start + len(stem)
                j = i
                while j < len(ts) and ts[j].end < end:
                    j += 1
                if j < len(ts):
                    return j, entry
        return None

    def _is_suru(self, k: int) -> bool:
        return k < len(self.ts) and self.ts[k].tag.startswith("動詞") and self.ts[k].text in _SURU

    def find_predicates(self) -> None:
        ts = self.ts
        i = 0
        while i < len(ts):
            t = ts[i]
            if t.depth:
                i += 1
                continue
            phrase = self._match_phrase(i)
            if phrase is not None:
                self._add_anchor(i, phrase[0], phrase[1])
                i = self.anchors[-1].end + 1
                continue
            if t.tag.startswith(("名詞", "接頭辞")):
                noun = self._match_noun(i)
                if noun is not None:
                    j, entry = noun
                    verbal = entry.kind == "suru_noun" and self._is_suru(j + 1)
                    if j + 1 < len(ts) and ts[j + 1].text in _GENERIC_HEADS:
                        j += 1  # 制裁措置, 制裁パッケージ: the sanctions themselves
                    compound_goes_on = j + 1 < len(ts) and ts[j + 1].tag.startswith(
                        ("名詞", "接尾辞")
                    )
                    usable = entry.plover is not None and not self.art.in_mention(
                        t.start, ts[j].end
                    )
                    if verbal:
                        self._add_anchor(i, j, entry if usable else None)
                        i = self.anchors[-1].end + 1
                        continue
                    if usable and not compound_goes_on:
                        self.nominals.append((i, j, entry))
                    i = j + 1
                    continue
                if self._is_suru(i + 1):
                    self._add_anchor(i, i, None)
                    i = self.anchors[-1].end + 1
                    continue
            elif t.tag.startswith("動詞"):
                if self._particle_verb(i):
                    i += 1
                    continue
                verb = self._match_verb(i)
                if verb is not None and not self.art.in_mention(t.start, ts[verb[0]].end):
                    self._add_anchor(i, verb[0], verb[1])
                else:
                    self._add_anchor(i, i, None)
                i = self.anchors[-1].end + 1
                continue
            elif t.tag.startswith("形容詞") and not t.text.endswith("く"):
                self._add_anchor(i, i, None)
                i = self.anchors[-1].end + 1
                continue
            i += 1

    def _particle_verb(self, i: int) -> bool:
        """対し of に対し, よっ of によって, し of として: part of a particle, no predicate."""
        prev = self.ts[i - 1].text if i > 0 else ""
        text = self.ts[i].text
        if prev == "に" and text in _PARTICLE_VERBS:
            return True
        if prev == "を" and text in ("めぐっ", "めぐり", "めぐる", "通じ", "通し", "巡っ", "巡り"):
            return True
        nxt = self.ts[i + 1].text if i + 1 < len(self.ts) else ""
        return prev == "と" and text == "し" and nxt == "て"

    def _add_anchor(self, head: int, core_end: int, entry: EventPredicate | None) -> None:
        ts = self.ts
        k = core_end + 1
        while k < len(ts):
            t = ts[k]
            if t.tag.startswith(("助動詞", "動詞-非自立可能")) or (
                t.text in ("て", "で")
                and t.tag.startswith("助詞-接続助詞")
                and k + 1 < len(ts)
                and ts[k + 1].tag.startswith("動詞-非自立可能")
            ):
                k += 1
            else:
                break
        end = k - 1
        self.anchors.append(_Anchor(head, core_end, end, entry, self._follow(end)))

    def _follow(self, end: int) -> str:
        ts = self.ts
        last = ts[end].text
        if last in ("たら", "だら", "なら"):
            return "cond"
        if end + 1 >= len(ts):
            return "final"
        nxt = ts[end + 1]
        if nxt.text in ("。", "」", "』", "…"):
            return "final"
        if nxt.text in ("ば", "なら", "ならば") or (
            nxt.text == "と" and nxt.tag.startswith("助詞-接続助詞")
        ):
            return "cond"
        if nxt.text == "ても" or (
            nxt.text == "て" and end + 2 < len(ts) and ts[end + 2].text == "も"
        ):
            return "cond"
        if nxt.text == "と" and nxt.tag.startswith("助詞-格助詞"):
            return "quote"
        if nxt.text in _PURPOSE:
            return "purpose"
        if nxt.text in _NOMINALIZERS or nxt.tag.startswith("助詞-準体助詞"):
            return "nominal"
        if nxt.tag.startswith(("名詞", "接頭辞")):
            return "adnominal"
        if nxt.text in ("、", "，") or nxt.tag.startswith("助詞-接続助詞"):
            return "chain"
        return "final"

    # -- markers and their owners ------------------------------------------------------

    def _np(self, k: int, commas: bool = True) -> int:
        """Index of the first token of the noun phrase that ends right before token ``k``."""
        ts = self.ts
        i = k - 1
        while i >= 0:
            t = ts[i]
            if t.text in _CLOSERS or t.text in ")）":
                opener = self._opener(i)
                if opener is None:
                    break
                i = opener - 1
                continue
            if t.nominal():
                if (t.text in _NOMINALIZERS or t.text in _PURPOSE) and i != k - 1:
                    break
                i -= 1
                continue
            if t.tag.startswith("連体詞") and t.text in ("この", "その", "同", "あの", "各"):
                i -= 1
                break
            if t.tag.startswith("補助記号-一般"):  # ・
                i -= 1
                continue
            if t.text == "の" and t.tag.startswith("助詞-格助詞") and i > 0:
                prev = ts[i - 1]
                if prev.text in _NOMINALIZERS or prev.text in _PURPOSE:
                    break
                if prev.text in ("へ", "と", "から", "で") and prev.tag.startswith("助詞"):
                    i -= 2
                    continue
                if prev.nominal() or prev.text in _CLOSERS or prev.text in ")）":
                    i -= 1
                    continue
                break
            if (
                t.text in ("と", "や")
                and t.tag.startswith("助詞")
                and i > 0
                and ts[i - 1].nominal()
            ):
                i -= 1
                continue
            if t.tag.startswith("接続詞") and t.text in ("および", "及び", "並びに", "または"):
                i -= 1
                continue
            if t.text in ("対する", "よる") and i > 1 and ts[i - 1].text == "に":
                i -= 2
                continue
            if commas and t.text in ("、", "，") and self._listed(i):
                i = self._np(i, commas=False) - 1
                continue
            break
        return i + 1

    def _listed(self, comma: int) -> bool:
        """Whether the comma joins names (米国、韓国、日本の…), not clauses."""
        ts = self.ts
        if comma + 1 >= len(ts) or comma == 0:
            return False
        after = ts[comma + 1].start
        if not any(s == after for s, _e, _x in self.art.inside(after, after + 40)[:1]):
            return False
        seg_start = ts[self._np(comma, commas=False)].start
        seg_end = ts[comma].start
        ms = self.art.inside(seg_start, seg_end)
        if not ms or ms[0][0] != seg_start:
            return False
        for a, b in pairwise(ms):
            if self.art._strip_title(self.body[a[1] : b[0]]) not in _COORDINATORS:
                return False
        return self.art._is_title(self.body[ms[-1][1] : seg_end])

    def _opener(self, close: int) -> int | None:
        pairs = {"」": "「", "』": "『", "’": "‘", "”": "“", ")": "(", "）": "（"}
        want = pairs.get(self.ts[close].text)
        for i in range(close - 1, -1, -1):
            if self.ts[i].text == want:
                return i
        return None

    def _span(self, first: int, k: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(trimmed, raw) character spans of tokens [first, k): times and amounts cut off."""
        if first >= k:
            return None
        raw = (self.ts[first].start, self.ts[k - 1].end)
        start = raw[0]
        for item in (*self.art.times, *self.art.quantities):
            s, e = item["span"]
            if s <= start < e and not item["text"].endswith("国"):  # 三カ国の外相 stays
                start = e
        while start < raw[1] and self.body[start] in "の、 　":
            start += 1
        words = re.match(r"(?:すでに|既に|さらに|また|ついに|初めて)", self.body[start : raw[1]])
        if words:
            start += words.end()
        return ((start, raw[1]), raw) if start < raw[1] else None

    def find_markers(self) -> None:
        ts = self.ts
        for k, t in enumerate(ts):
            if t.depth or not t.tag.startswith("助詞"):
                continue
            kind = self._marker_kind(k)
            if kind is None:
                continue
            spans = self._span(self._np(k), k)
            np, raw = spans if spans else (None, None)
            marker = _Marker(kind, k, np, raw)
            if kind == "de" and np is not None:
                self.art.participant(np)  # タイとカンボジアの国境で…両国軍: a group to refer to
            if kind in _VERB_LEVEL:
                marker.owner = self._owner(k, kind)
            else:
                marker.owner = self._noun_after(k)
            self.markers.append(marker)

    def _marker_kind(self, k: int) -> str | None:
        ts = self.ts
        t = ts[k]
        nxt = ts[k + 1].text if k + 1 < len(ts) else ""
        nxt2 = ts[k + 2].text if k + 2 < len(ts) else ""
        prev = ts[k - 1] if k > 0 else None
        if prev is None:
            return None
        prev_ok = prev.nominal() or prev.text in _CLOSERS or prev.text in ")）"
        if t.text == "が" and t.tag.startswith("助詞-格助詞"):
            return "ga" if prev_ok else None
        if t.text == "を":
            return "wo" if prev_ok else None
        if t.text in ("は", "も") and t.tag.startswith("助詞-係助詞"):
            return "topic" if prev_ok else None
        if not prev_ok:
            return None
        if t.text == "に" and t.tag.startswith("助詞-格助詞"):
            if nxt in ("対し", "対して"):
                return "nitaishi"
            if nxt == "対する":
                return "nitaisuru"
            if (nxt == "よる" and nxt2 == "と") or nxt == "よれ":
                return "source"
            if nxt in ("よっ", "より"):
                return "niyotte"
            if nxt == "よる":
                return "niyoru"
            if nxt == "おい":
                return "de"
            if nxt in ("とっ", "つい", "関し", "関する", "向け", "沿っ", "伴い", "基づき"):
                return None
            return "ni"
        if t.text == "で" and t.tag.startswith("助詞-格助詞"):
            return "deno" if nxt == "の" else "de"
        if t.text == "にて":
            return "de"
        if t.text == "と" and t.tag.startswith("助詞-格助詞"):
            if nxt == "の" and nxt2 == "間":
                return "aida"
            if nxt in ("共", "とも") or nxt == "ともに":
                return "tomo"
            if nxt == "の":
                return "tono"
            if k + 1 < len(ts) and ts[k + 1].nominal() and not self._event_starts(k + 1):
                return None  # 北朝鮮とロシアの…: a list of names
            return "to"
        if t.text == "から" and t.tag.startswith("助詞-格助詞"):
            return "karano" if nxt == "の" else "kara"
        if t.text == "へ" and t.tag.startswith("助詞-格助詞"):
            return "heno" if nxt == "の" else "he"
        return None

    def _event_starts(self, k: int) -> bool:
        """Whether an event noun or a predicate begins the noun run at token ``k``."""
        ts = self.ts
        j = k
        while j < len(ts) and ts[j].nominal():
            if self._match_noun(j) is not None or any(a.head == j for a in self.anchors):
                return True
            j += 1
        return False

    def _owner(self, k: int, kind: str) -> int:
        """The anchor a verb-level marker belongs to: the first predicate after it.

        X に対し、… (a comma after it) addresses the sentence's main verb.
        """
        after = self.ts[k + 2].text if k + 2 < len(self.ts) else ""
        if kind == "nitaishi" and after in ("、", "，"):
            mains = [n for n, a in enumerate(self.anchors) if a.follow == "final"]
            if mains:
                return mains[-1]
        for n, a in enumerate(self.anchors):
            if a.head > k:
                if kind in _ATTACH_TO_MAIN and a.follow in ("adnominal", "purpose"):
                    continue
                return n
        return -1

    def _noun_after(self, k: int) -> int:
        """Last token of the noun run a noun-level marker (への, との…) modifies."""
        ts = self.ts
        j = k + 1
        while j < len(ts) and (ts[j].tag.startswith("助詞") or ts[j].text in ("対する", "よる")):
            j += 1
        while j + 1 < len(ts) and ts[j + 1].nominal():
            j += 1
        return j

    # -- modality ----------------------------------------------------------------------

    def _anchor_at(self, k: int) -> int:
        for n, a in enumerate(self.anchors):
            if a.head >= k:
                return n
        return -1

    def _head_noun(self, a: _Anchor) -> tuple[int, str]:
        """The noun a relative clause modifies: 派遣する方針, 退陣を求める大規模な抗議デモ."""
        ts = self.ts
        j = a.end + 1
        while j + 1 < len(ts) and not ts[j + 1].tag.startswith(("助詞", "補助記号", "動詞")):
            j += 1
        while not ts[j].nominal() and j > a.end + 1:
            j -= 1
        return j, ts[j].text

    def _text(self, a: _Anchor) -> str:
        return self.body[self.ts[a.head].start : self.ts[a.core_end].end]

    def _complex(self, a: _Anchor) -> list[_Tok]:
        return self.ts[a.core_end + 1 : a.end + 1]

    def _tense(self, a: _Anchor) -> str:
        words = [t.text for t in self._complex(a)]
        if any(w in _WISH for w in words):
            return "wish"
        if any(w in ("た", "だ") for w in words):
            return "past"
        if any(w in ("て", "で") for w in words):
            return "progressive"
        return "future"

    def settle_modality(self) -> None:
        """Each anchor's modality and status, from what follows it; chains take the next."""
        for n in range(len(self.anchors) - 1, -1, -1):
            a = self.anchors[n]
            a.modality, a.status = self._modality(n)

    def _next_main(self, n: int) -> _Anchor | None:
        for a in self.anchors[n + 1 :]:
            if a.follow != "adnominal":
                return a
        return None

    def _modality(self, n: int) -> tuple[str, str]:
        a = self.anchors[n]
        nxt = self.anchors[n + 1] if n + 1 < len(self.anchors) else None
        tense = self._tense(a)
        if a.follow == "cond":
            return "conditional", "main"
        if a.follow == "purpose":
            return "asserted", "skip"
        if a.follow == "adnominal":
            j, noun = self._head_noun(a)
            a.head_noun = j
            if noun in _INTENT_HEADS:
                return "intended", "main"
            if noun in _ALLEGED_HEADS:
                return "alleged", "main"
            if noun in _COND_HEADS:
                return "conditional", "main"
            if noun in _TEMPORAL_HEADS:
                return "asserted", "main"
            governor = self._anchor_at(j + 1)
            mod = self.anchors[governor].modality if governor >= 0 else "asserted"
            return mod, "rel"
        if a.follow == "nominal":
            if nxt is None:
                return "asserted", "main"
            text = self._text(nxt)
            between = self.body[self.ts[a.end].end : self.ts[nxt.head].start]
            if re.match(r"(?:こと|の)に$", between) and text.startswith("な"):
                return "intended", "main"
            if text.startswith(_ASKED) or (tense == "future" and text.startswith("願")):
                return ("intended", "main") if text.startswith("願") else ("asserted", "skip")
            if text.startswith(_DENIED):
                return "alleged", "denied"
            if text.startswith(_HOPE):
                return "intended", "main"
            return ("intended" if tense == "wish" else nxt.modality), "main"
        if a.follow == "quote":
            if tense == "wish":
                return "intended", "main"
            if nxt is not None and tense == "future" and self._text(nxt).startswith(_SAYING):
                return "intended", "main"
            return "alleged", "main"
        if a.follow == "chain":
            main = self._next_main(n)
            if main is not None and main.modality != "asserted":
                return main.modality, "main"
            return ("intended" if tense == "wish" else "asserted"), "main"
        if tense in ("future", "wish"):
            return "intended", "main"
        return "asserted", "main"

    # -- events ------------------------------------------------------------------------

    def _owned(self, n: int, *kinds: str) -> list[_Marker]:
        return [m for m in self.markers if m.owner == n and m.kind in kinds and m.np]

    def _subject(self, n: int) -> _Marker | None:
        """The が-subject anchor ``n`` owns, else the last topic before it."""
        ga = self._owned(n, "ga")
        if ga:
            return ga[-1]
        head = self.anchors[n].head
        topics = [
            m
            for m in self.markers
            if m.kind == "topic" and m.index < head and m.np and not self._is_time(m.np)
        ]
        if topics:
            np = topics[-1].np
            assert np is not None
            if self.anchors[n].follow == "quote" and _MEDIA.search(self.body[np[0] : np[1]]):
                return None  # 朝鮮中央通信は…成功したと伝えた: the outlet only reports it
            return topics[-1]
        # 北朝鮮がミサイルを発射し、日本を威嚇した: a chain shares its subject.
        for p in range(n - 1, -1, -1):
            if self.anchors[p].follow == "chain":
                ga = self._owned(p, "ga")
                if ga:
                    return ga[-1]
            elif self.anchors[p].follow != "adnominal":
                break
        return None

    def _is_time(self, span: tuple[int, int]) -> bool:
        return any(t["span"][0] <= span[0] and span[1] <= t["span"][1] for t in self.art.times)

    def _passive(self, a: _Anchor) -> bool:
        words = [t.text for t in self._complex(a)][:3]
        return any(w in _PASSIVE for w in words) or self._text(a) in ("受け", "受ける")

    def _clause_subject(self, m: _Marker) -> _Marker | None:
        """For …していることを非難: the が-subject of the clause the nominalizer closes."""
        start = self._clause_start(m)
        inner = [
            x
            for x in self.markers
            if x.kind == "ga" and x.index < m.index and x.np and x.np[0] >= start
        ]
        return inner[-1] if inner else None

    def _clause_start(self, m: _Marker) -> int:
        starts = [x.index for x in self.markers if x.kind == "topic" and x.index < m.index]
        return self.ts[starts[-1]].end if starts else self.sentence.span[0]

    def events(self) -> list[dict[str, Any]]:
        self.find_predicates()
        self.find_markers()
        self.settle_modality()
        found: list[dict[str, Any]] = []
        licensing: set[int] = set()
        nouns: dict[int, dict[str, Any]] = {}  # last token of an event noun → its event
        for i, j, entry in self.nominals:
            record = self._nominal(i, j, entry)
            if record is not None:
                found.append(record)
                licensing.add(self._anchor_at(j + 2))
                nouns[j] = record
        for n, a in enumerate(self.anchors):
            if a.entry is None or a.status == "skip":
                continue
            if a.status == "rel" and not self._rel_counts(n, a):
                continue
            if n in licensing and self._text(a).startswith(_ORDERS):
                continue  # 拘束を命じた: the arrest, ordered, is the event
            record = self._verbal(n, a)
            if record is None:
                continue
            head = nouns.get(a.head_noun) if a.status == "rel" else None
            if head is not None and (record["plover"], head["plover"]) == ("ACCUSE", "PROTEST"):
                continue  # 改正に反対するデモ: the protest is the disapproval
            found.append(record)
            if head is not None:
                # 非難する共同記者会見を開いた: the clause and the event noun share their actor.
                record["actor"] = record["actor"] or head["actor"]
                head["actor"] = head["actor"] or record["actor"]
        if not any(m.kind in ("ga", "topic") for m in self.markers):
            for record in found:  # no subject said: the last sentence's topic goes on
                if record["actor"] is None and not record["passive"]:
                    record["actor"] = self.art.last_topic
        return found

    def _rel_counts(self, n: int, a: _Anchor) -> bool:
        """A relative clause is an event where its noun is one, or it names its subject."""
        noun_end = a.head_noun
        first = noun_end
        while first > a.end + 1 and self.ts[first - 1].nominal():
            first -= 1
        noun = self.body[self.ts[first].start : self.ts[noun_end].end]
        for size in range(len(noun)):
            entry = self.lexicon.nouns.get(noun[size:])
            if entry is not None:
                return True
        if noun.endswith((*_STATEMENT_HEADS, *_GENERIC_HEADS)):
            return True
        return bool(self._owned(n, "ga")) and self._tense(a) == "past"

    def _verbal(self, n: int, a: _Anchor) -> dict[str, Any] | None:
        assert a.entry is not None
        passive = self._passive(a)
        subject = self._subject(n)
        if a.entry.needs and not self._needs(a.entry.needs, [subject, *self._owned_all(n)]):
            return None
        actor, target = self._roles(n, a.entry, subject, passive)
        return self._record(a, a.entry, n, actor, target, passive, None)

    def _owned_all(self, n: int) -> list[_Marker]:
        return [m for m in self.markers if m.owner == n and m.kind in _VERB_LEVEL and m.np]

    def _needs(
        self, words: re.Pattern[str], phrases: Sequence[_Marker | None], extra: str = ""
    ) -> bool:
        """Whether the words an entry needs are among its arguments (部隊を派遣, not
        選挙戦を展開); for military words, forces the entity finder found count too."""
        for m in phrases:
            if m is None or m.np is None:
                continue
            if words is _MILITARY and any(x[2].kind == "military" for x in self.art.inside(*m.np)):
                return True
            if words.search(self.body[m.np[0] : m.np[1]]):
                return True
        return bool(extra and words.search(extra))

    def _roles(
        self, n: int, entry: EventPredicate, subject: _Marker | None, passive: bool
    ) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        art = self.art
        subj = art.participant(subject.np if subject else None)
        target = self._target(n, entry, exclude=None)
        if not passive:
            return subj, target
        agents = self._owned(n, "niyotte")
        agent = art.participant(agents[-1].np) if agents else None
        if entry.plover in _SENT:
            # 北朝鮮軍が派遣された: what is sent is the subject; its country sends it.
            if agent is None and subj is not None and (subj["country"] or subj.get("members")):
                agent = subj
            return agent, target
        if agent is None:
            ni = [m for m in self._owned(n, "ni") if self._actorish(m)]
            agent = art.participant(ni[-1].np) if ni else None
        return agent, subj

    def _actorish(self, m: _Marker) -> bool:
        if m.np is None or self._placeish(m):
            return False
        found = self.art.participant(m.np)
        return found is not None and _known(found)

    def _placeish(self, m: _Marker) -> bool:
        """国境に, リマに: a destination rather than someone (ウクライナに is someone)."""
        if m.np is None:
            return False
        text = self.body[m.np[0] : m.np[1]]
        ms = self.art.inside(*m.np)
        if ms and ms[-1][2].kind == "place" and self.art._is_title(self.body[ms[-1][1] : m.np[1]]):
            return True
        return text.endswith(_LOCATION_WORDS)

    def _target(
        self, n: int, entry: EventPredicate, exclude: tuple[int, int] | None
    ) -> dict[str, Any] | None:
        """The target of anchor ``n``: に対し, を, と/との間で, に; ``exclude``: the event noun."""
        art = self.art
        for m in self._owned(n, "nitaishi"):
            return art.participant(m.np)
        objects = [
            m
            for m in self._owned(n, "wo")
            if (exclude is None or not (m.np and m.np[0] <= exclude[0] < m.np[1] + 1))
            and entry.plover not in _SENT  # 部隊を派遣: what is sent, not whom it is against
        ]
        for m in reversed(objects):
            if self.ts[m.index - 1].text in _NOMINALIZERS or self.ts[m.index - 1].text == "の":
                inner = self._clause_subject(m)
                if inner is not None:
                    return art.participant(inner.np)
                continue
            found = art.participant(m.np)
            if found and _known(found):
                return found
        if entry.plover in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT", "REJECT"):
            for m in self._owned(n, "aida", "tomo", "to"):
                return art.participant(m.np)
        for m in reversed(self._owned(n, "ni", "he")):
            if self._actorish(m):
                return art.participant(m.np)
        return None

    def _nominal(self, i: int, j: int, entry: EventPredicate) -> dict[str, Any] | None:
        """An event noun made to happen by a light verb: 会談を行った, 会合が開かれた."""
        ts = self.ts
        if j + 1 >= len(ts):
            return None
        p = ts[j + 1].text
        compound = i
        while compound > 0 and ts[compound - 1].tag.startswith(("名詞", "接頭辞")):
            compound -= 1
        prefix = self.body[ts[compound].start : ts[i].start]
        before = self.body[max(self.sentence.span[0], ts[compound].start - 4) : ts[compound].start]
        if p in ("は", "が", "も") and (
            before.endswith(_DETERMINERS) or prefix.startswith(_DETERMINERS)
        ):
            self._refer_back(entry)  # この会見は…: the event told before
            return None
        n = self._anchor_at(j + 2)
        if n < 0 or self.anchors[n].status == "skip":
            return None
        if self.anchors[n].status == "rel" and not self._rel_counts(n, self.anchors[n]):
            return None
        a = self.anchors[n]
        causal = p == "で" or (p == "に" and j + 2 < len(ts) and ts[j + 2].text in ("より", "よっ"))
        if causal:
            # 空爆により10人が死亡した: the event is told by what it caused.
            licensed = self._text(a).startswith(_CASUALTIES)
        elif p == "を":
            licensed = self._light(a, _LIGHT_VERBS, _LIGHT_NOUNS)
        elif p in ("が", "は", "も"):
            licensed = self._light(a, _OCCUR_VERBS, _OCCUR_NOUNS)
        elif p == "に":
            licensed = self._light(a, _NI_VERBS, _NI_NOUNS)
        else:
            licensed = False
        if not licensed or (not causal and a.head > j + 3 + self._adverbs(j + 2, a.head)):
            return None
        of = self._of(compound)
        subject = self._subject(n) if p in ("を", "に") else None
        if entry.needs and not self._needs(
            entry.needs, [subject, *self._owned_all(n)], self._of_text(compound) + prefix
        ):
            return None
        actor = self.art.participant(subject.np) if subject else None
        target = self._noun_target(j, n, entry)
        modifier = self.art.participant(of.np) if of else None
        if modifier is not None and not _known(modifier) and not _GROUPISH.search(modifier["name"]):
            modifier = None
        if prefix:
            # 日中首脳会談: who meets; ロシア非難決議: whom it condemns.
            named = self.art.participant((ts[compound].start, ts[i].start))
            if named is not None and not _known(named):
                named = None
            if named is not None and actor is None and entry.plover in _MUTUAL:
                actor = named
            elif named is not None and target is None:
                target = named
        by = [m for m in self.markers if m.kind == "niyoru" and m.owner == j]
        agent = self.art.participant(by[-1].np) if by else None
        passive = p == "を" and self._passive(a)
        if causal:  # 空爆により10人が死亡した: the の-phrase did it, the subject suffered
            victims = self._owned(n, "ga")
            hurt = self.art.participant(victims[-1].np) if victims else None
            return self._record(a, entry, n, agent or modifier, hurt, False, (i, j))
        if self._text(a) in ("受け", "受ける"):
            if a.follow == "chain":  # ミサイル発射を受け、…: in response to it
                return self._record(a, entry, n, agent or modifier, None, False, (i, j))
            # ウクライナがロシアの攻撃を受けた: the subject suffers it, the の-phrase does it.
            return self._record(a, entry, n, agent or modifier, actor, True, (i, j))
        actor = agent or actor
        if modifier is not None:
            if actor is None and (p != "を" or entry.plover in ("MOBILIZE", "RETREAT", "CONSULT")):
                actor = modifier
            elif target is None and entry.plover not in _SENT:  # 部隊の派遣: what is sent
                target = modifier
        if actor is None and p in ("が", "は", "も"):
            actor = self._occurring_actor(j)
        record = self._record(a, entry, n, actor, target, passive, (i, j))
        if self._text(a).startswith((*_PLAN, *_ORDERS)) and record["modality"] == "asserted":
            record["modality"] = "intended"  # 部隊の派遣を決定した: decided, not yet done
        return record

    def _adverbs(self, k: int, head: int) -> int:
        return sum(1 for t in self.ts[k:head] if t.tag.startswith(("副詞", "形容詞", "名詞")))

    def _light(self, a: _Anchor, verbs: Sequence[str], nouns: frozenset[str]) -> bool:
        head = self.ts[a.head]
        text = self._text(a)
        if head.tag.startswith("動詞"):
            if text.startswith("受け"):
                return text in ("受け", "受ける") and "受け" in verbs  # not 受け入れ
            return text.startswith(tuple(verbs))
        return text in nouns

    def _of(self, compound: int) -> _Marker | None:
        """The 〜の before an event noun (北朝鮮の部隊の派遣 → 北朝鮮の部隊)."""
        ts = self.ts
        k = compound - 1
        if k <= 0 or ts[k].text != "の" or not ts[k].tag.startswith("助詞-格助詞"):
            return None
        if ts[k - 1].text in ("へ", "と", "で", "から"):
            return None
        spans = self._span(self._np(k), k)
        if spans is None:
            return None
        return _Marker("no", k, spans[0], spans[1])

    def _of_text(self, compound: int) -> str:
        m = self._of(compound)
        return self.body[m.np[0] : m.np[1]] if m and m.np else ""

    def _noun_target(self, j: int, n: int, entry: EventPredicate) -> dict[str, Any] | None:
        for kind in ("nitaisuru", "heno", "tono"):
            for m in self.markers:
                if m.kind == kind and m.owner == j:
                    return self.art.participant(m.np)
        return self._target(n, entry, exclude=(self.ts[j].start, self.ts[j].end))

    def _occurring_actor(self, j: int) -> dict[str, Any] | None:
        for m in self.markers:
            if m.kind == "tono" and m.owner == j:
                return self.art.participant(m.np)
        return None

    def _refer_back(self, entry: EventPredicate) -> None:
        """この会見は、ペルーのリマで…: the place of the event referred to."""
        place = None
        for m in self.markers:
            if m.kind in ("de", "deno"):
                place = self.art.place(m.np)
                if place is not None:
                    break
        if place is None:
            return
        for event in reversed(self.art.events):
            if event["plover"] == entry.plover or entry.text in event["action"]:
                if event["place"] is None:
                    event["place"] = place
                return

    def _place(self, n: int, noun_end: int | None) -> dict[str, Any] | None:
        if noun_end is not None:
            for m in self.markers:
                if m.kind == "deno" and m.owner == noun_end:
                    found = self.art.place(m.np)
                    if found is not None:
                        return found
        # 東京で会談し、…協議した: a place said for one predicate of a chain holds for all.
        owners = {n}
        for p in range(n - 1, -1, -1):
            if self.anchors[n].follow == "adnominal":
                break
            if self.anchors[p].follow == "adnominal":
                continue
            if self.anchors[p].follow != "chain":
                break
            owners.add(p)
        best: dict[str, Any] | None = None
        for m in self.markers:
            if m.kind in ("de", "ni") and m.owner in owners:
                found = self.art.place(m.np) if m.kind == "de" else None
                if m.kind == "ni" and self._placeish(m):
                    found = self.art.place(m.np)
                if found is not None:
                    best = found
        return best

    def _date(self, at: int) -> str | None:
        best: tuple[int, str] | None = None
        s_start, s_end = self.sentence.span
        for t in self.art.times:
            ts, te = t["span"]
            if not s_start <= ts < s_end or self._quoted(ts):
                continue
            if t["precision"] not in ("day", "minute", "hour", "week", "month", "year", "part"):
                continue
            if self.body.startswith("の", te) or (te != at and self._action_noun_at(te)):
                continue  # 11月5日の大統領選, 10月就任の: the date of a noun, not the event
            distance = at - te if te <= at else 10_000 + ts - at
            if best is None or distance < best[0]:
                best = (distance, t["value"])
        return best[1] if best else None

    def _action_noun_at(self, pos: int) -> bool:
        return any(t.start == pos and "サ変" in t.tag for t in self.ts)

    def _quoted(self, pos: int) -> bool:
        return any(t.depth > 0 for t in self.ts if t.start <= pos < t.end)

    def _quantity(self, n: int, extra: tuple[int, int] | None) -> str | None:
        spans = [m.raw for m in self.markers if m.owner == n and m.raw]
        subject = self._subject(n)
        if subject is not None and subject.raw:
            spans.append(subject.raw)
        if extra:
            spans.append(extra)
        for q in self.art.quantities:
            qs, qe = q["span"]
            if q["unit"] != "countries" and any(s <= qs and qe <= e for s, e in spans):
                return str(q["text"])
        return None

    def _record(
        self,
        a: _Anchor,
        entry: EventPredicate,
        n: int,
        actor: dict[str, Any] | None,
        target: dict[str, Any] | None,
        passive: bool,
        noun: tuple[int, int] | None,
    ) -> dict[str, Any]:
        ts = self.ts
        if noun is None:
            start, end = ts[a.head].start, ts[a.end].end
        else:
            start, end = ts[noun[0]].start, ts[noun[1]].end
        plover, cameo = entry.plover, (entry.cameo or "")[:2] or None
        if plover == "ACCUSE" and entry.text == "抗議" and actor and _CROWD.search(actor["name"]):
            plover, cameo = "PROTEST", "14"
        negated = any(t.text in _NEG and t.tag.startswith("助動詞") for t in self._complex(a))
        if entry.text.endswith("ない"):
            negated = False
        modality = a.modality
        if a.status == "denied":
            negated = True
        if modality == "asserted" and any(m.kind == "source" for m in self.markers):
            modality = "alleged"
        if modality != "conditional" and self._after_condition(a):
            modality = "conditional"
        place = self._place(n, noun[1] if noun else None)
        raw_noun = self._of(noun[0]) if noun else None
        return {
            "actor": actor,
            "action": self.body[start:end],
            "plover": plover,
            "cameo": cameo,
            "target": target,
            "place": place,
            "date": self._date(start),
            "modality": modality,
            "negated": negated,
            "span": [start, end],
            "sentence": self.sentence.index,
            "quantity": self._quantity(n, raw_noun.raw if raw_noun else None),
            "passive": passive,
        }

    def _after_condition(self, a: _Anchor) -> bool:
        """A main clause after …すれば or …した場合 is conditional too, up to its end."""
        pending = False
        for b in self.anchors:
            if b is a:
                return pending
            if b.follow == "cond" or (b.follow == "adnominal" and b.modality == "conditional"):
                pending = True
            elif pending and b.follow not in ("chain", "adnominal"):
                pending = False
        return False


def find_events(
    body: str,
    sentences: tuple[Sentence, ...],
    tokens: Sequence[Token],
    entities: Sequence[Entity],
    times: Sequence[dict[str, Any]],
    quantities: Sequence[dict[str, Any]],
) -> tuple[dict[str, Any], ...]:
    """The events each sentence asserts, in text order (see the module docstring)."""
    lexicon = load_event_lexicon()
    art = _Article(body, entities, times, quantities, load_lexicons())
    ordered = sorted(tokens, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    for sentence in sentences:
        ts = _sentence_tokens(body, ordered, starts, sentence)
        if not ts:
            continue
        coder = _SentenceCoder(art, lexicon, sentence, ts)
        found = sorted(coder.events(), key=lambda e: e["span"][0])
        art.events.extend(found)
        topics = [m for m in coder.markers if m.kind == "topic" and m.np]
        if topics:
            art.last_topic = art.participant(topics[0].np)
    return tuple(art.events)

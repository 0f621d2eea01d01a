"""Entities: mentions found by four sources, then merged into one record per referent.

Sources, strongest first:
1. lexicons (countries with ISO codes, known organizations, bodies and places, and
   "country + 軍/政府/議会" institutions): they also correct the tagger's kinds (GiNZA
   calls BBC a country and クリミア a person);
2. rules around titles: a katakana name right before a title (ゼレンスキー大統領) or right
   after "title + の" (元顧問のブライアン・ランザ) is a person;
3. SudachiPy's proper-noun tags (人名, 地名);
4. GiNZA's neural NER, for what the others do not know.
A katakana person name, once found, is found again wherever it recurs (GiNZA misses
トランプ, which is also the word for playing cards). Titles said with a name are split
off and kept as the mention's role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from urazuke.analyze.sentences import sentence_of
from urazuke.lexicon import Lexicons
from urazuke.model import Entity, Mention, Sentence


@dataclass(frozen=True)
class Token:
    """A Sudachi token with offsets into the body (what the pipeline hands this module)."""

    start: int
    end: int
    tag: str


@dataclass(frozen=True)
class NerSpan:
    start: int
    end: int
    label: str  # GiNZA's fine-grained (ENE) label


# Which source wins when mentions overlap.
_PRIORITY_SUFFIX = 5  # 北朝鮮軍 over 北朝鮮
_PRIORITY_LEXICON = 4
_PRIORITY_RULE = 3
_PRIORITY_SUDACHI = 2
_PRIORITY_NER = 1
_KATAKANA_RUN = r"[ァ-ヴー]{2,}(?:[・＝=][ァ-ヴー]+)*"
# Titles after which a bare katakana word is taken to be a person's name.
_INSTITUTION_SUFFIXES = frozenset("省庁局党社県市町村軍院会部課署所")
_PERSON_TITLES = re.compile(
    r"大統領|首相|氏|議員|長官|外相|報道官|顧問|補佐官|大使|総書記|主席|国王|女王|書記長|事務総長|"
    r"最高指導者|司令官|監督|選手|容疑者|被告|さん|"
    # ministers (財務相, 国防相) and the heads of bodies and firms
    r"[一-龥]{1,3}相(?![場手談互応当違続])|会長|社長|委員長?|教授|知事|市長|総裁|理事長|"
    r"最高経営責任者|コーチ|ヘッドコーチ|"
    # the heads and officers of offices, parties and firms, and people by their trade
    r"所長|局長|部長|本部長|署長|議長|党首|代表|幹事長|大臣|副大臣|次官|団長|主将|CEO|"
    r"最高財務責任者|最高執行責任者|CFO|COO|弁護士|研究員|判事|裁判官|検事|検察官|"
    r"アナリスト|エコノミスト|特使|公使|領事|司教|牧師|船長|機長|隊長|院長|学長|校長|"
    r"町長|村長|区長|副市長|副知事|次長|課長|記者|特派員|広報担当者"
)


def _script(ch: str) -> str:
    if "ァ" <= ch <= "ヺ" or ch in "ー・":
        return "katakana"
    if "ぁ" <= ch <= "ゖ":
        return "hiragana"
    if ch.isascii() and ch.isalnum():
        return "ascii"
    if "\u4e00" <= ch <= "\u9fff" or ch in "々〆":
        return "kanji"
    return "other"


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    priority: int
    key: str | None = None  # entities with the same key are one referent
    country: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class _Surface:
    kind: str
    key: str
    country: str | None


@lru_cache(maxsize=4)
def _surface_table(lex: Lexicons) -> tuple[dict[str, _Surface], re.Pattern[str]]:
    """Every lexicon surface form usable in Japanese text, and one regex matching them all."""
    table: dict[str, _Surface] = {}
    for c in lex.countries:
        forms = [s for s in c.japanese if len(s) >= 2]
        # English forms only as capitals (DPRK, UAE), as Japanese text writes them.
        forms += [s for s in c.english if re.fullmatch(r"[A-Z]{2,5}", s)]
        for s in forms:
            table.setdefault(s, _Surface("country", f"country:{c.code}", c.code))
    for k in lex.known:
        for s in k.surfaces:
            if len(s) >= 2:
                table[s] = _Surface(k.kind, f"known:{k.key}", k.country)
    alternation = "|".join(re.escape(s) for s in sorted(table, key=len, reverse=True))
    return table, re.compile(alternation)


def _at_boundary(body: str, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
    """A match counts if each edge is a token edge or a change of script."""
    left_ok = start in starts or start == 0 or _script(body[start - 1]) != _script(body[start])
    right_ok = end in ends or end == len(body) or _script(body[end]) != _script(body[end - 1])
    return left_ok and right_ok


def _lexicon_candidates(
    body: str, lex: Lexicons, starts: set[int], ends: set[int]
) -> list[_Candidate]:
    table, pattern = _surface_table(lex)
    found: list[_Candidate] = []
    pos = 0
    while (m := pattern.search(body, pos)) is not None:
        s, e = m.span()
        surface = table[m.group(0)]
        # The longest alternative may sit on a bad boundary while a shorter one would not;
        # step one character on rather than past the whole match.
        pos = s + 1
        suffix = next((x for x in lex.body_suffixes if body.startswith(x, e)), None)
        if surface.kind == "country" and suffix is not None:
            kind = lex.body_suffixes[suffix]
            found.append(
                _Candidate(
                    s,
                    e + len(suffix),
                    kind,
                    _PRIORITY_SUFFIX,
                    key=f"{kind}:{surface.country}:{suffix}",
                    country=surface.country,
                )
            )
            pos = e
            continue
        if not _at_boundary(body, s, e, starts, ends):
            continue
        found.append(
            _Candidate(
                s, e, surface.kind, _PRIORITY_LEXICON, key=surface.key, country=surface.country
            )
        )
        pos = e
    return found


_BRACKETED_READING = re.compile(r"[（(][ァ-ヴー・]+[）)]")


def _title_at(body: str, pos: int, titles: Sequence[str]) -> str | None:
    return next((t for t in titles if body.startswith(t, pos)), None)


def _title_before(body: str, pos: int, titles: Sequence[str]) -> str | None:
    """A title ending at ``pos``, or at ``pos - 1`` followed by の (元顧問のX)."""
    for end in (pos, pos - 1):
        if end < pos and body[end] != "の":
            continue
        title = next((t for t in titles if body.endswith(t, 0, end)), None)
        if title is not None:
            return title
    return None


def _rule_candidates(body: str, lex: Lexicons) -> list[_Candidate]:
    found: list[_Candidate] = []
    for m in re.finditer(_KATAKANA_RUN, body):
        s, e = m.span()
        if s > 0 and _script(body[s - 1]) == "katakana":
            continue
        parts = m.group(0).split("・")
        if len(parts) >= 3 and _KATAKANA_JOB.search(parts[-1]):
            # セバスチャン・モロー・コーチ: a name and its job, joined by ・.
            found.append(_Candidate(s, e - len(parts[-1]) - 1, "person", _PRIORITY_RULE))
            continue
        after = _PERSON_TITLES.match(body, e)
        if after is not None and "・" not in m.group(0) and body.startswith("の", after.end()):
            after = None  # ハレ副市長のアネッテ・ブレーム氏: the title is the next person's
        before = _title_before(body, s, lex.titles)
        if after is not None or before is not None or _nationality_after(body, m, lex):
            found.append(_Candidate(s, e, "person", _PRIORITY_RULE))
    return found


def _nationality_after(body: str, m: re.Match[str], lex: Lexicons) -> bool:
    """ネエマ・ワンジク（ケニア）, バラカ・オティエノ（31）: a ・-joined katakana name with a
    country or an age in brackets after it, as sports and court reports write people."""
    if "・" not in m.group(0) or any(len(p) < 2 for p in m.group(0).split("・")):
        return False
    said = re.match(r"[（(]([^）)]{1,12})[）)]", body[m.end() : m.end() + 14])
    if said is None:
        return False
    inner = said.group(1).split("、")[0].split("・")[0]
    return inner.isdigit() or inner in _country_names(lex)


def _country_names(lex: Lexicons) -> frozenset[str]:
    key = id(lex.countries)
    if key not in _COUNTRY_NAMES:
        _COUNTRY_NAMES[key] = frozenset(n for c in lex.countries for n in c.japanese)
    return _COUNTRY_NAMES[key]


_COUNTRY_NAMES: dict[int, frozenset[str]] = {}  # by the lexicon's country table


def _word_spans(tokens: Sequence[Token]) -> set[tuple[int, int]]:
    """Spans of ordinary nouns of two characters or more (観光, 政府): no piece of a name."""
    return {(t.start, t.end) for t in tokens if "普通名詞" in t.tag and t.end - t.start >= 2}


def _kanji_name_candidates(
    body: str,
    lex: Lexicons,
    starts: set[int],
    ends: set[int],
    words: set[tuple[int, int]],
) -> list[_Candidate]:
    """王文濤商務相, 主将の朴志勲選手: a 2–4 kanji name right before a person's title.

    Sudachi and GiNZA both miss many Chinese and Korean names written in kanji. The run
    must stand after の, a comma or the sentence start, and Sudachi must have cut it into
    pieces (朴/志/勲): a run it knows as one word (現職, 幹部) is a noun, not a name.
    Runs ending in an institution's suffix (警察庁, 外務省) are not names either.
    """
    found: list[_Candidate] = []
    for m in re.finditer(r"[一-龥々]{2,4}", body):
        s, e = m.span()
        if s > 0 and body[s - 1] not in "の、。 　「」\n":
            continue
        for k in range(e - s, 1, -1):
            end = s + k
            title = _title_at(body, end, lex.titles)
            if title is None or not (_PERSON_TITLES.search(title) or title.endswith("相")):
                continue
            if body[end - 1] in _INSTITUTION_SUFFIXES or end not in ends:
                break
            pieces = sum(1 for t in range(s + 1, end) if t in starts)
            # 元州観光局長: 観光 is a word, so the run is a description, not a name.
            worded = any(s <= a and b <= end for a, b in words)
            if s in starts and pieces >= 1 and not worded:
                found.append(_Candidate(s, end, "person", _PRIORITY_RULE))
            break
    return found


def _org_candidates(body: str, tokens: Sequence[Token], lex: Lexicons) -> list[_Candidate]:
    """京都大学, 海上保安庁, 東邦食品, 米労働省: a run of nouns ending like an organization.

    What GiNZA's NER mostly adds beyond Sudachi's tags, found by rule (so NER need not
    run where this finds it). The run's kind comes from its ending (lexicon/org_suffixes.tsv);
    a country at its head gives its country (米労働省 → US).
    """
    found: list[_Candidate] = []
    run: list[Token] = []

    def close() -> None:
        if not run:
            return
        start, end = run[0].start, run[-1].end
        text = body[start:end]
        suffix = next((x for x in lex.org_suffixes if text.endswith(x)), None)
        # Runs that start with a number or a demonstrative are counts or references.
        while run and (run[0].tag.startswith("名詞-数詞") or body[run[0].start] in "同本当各両"):
            run.pop(0)
        if suffix is None or not run:
            return
        start = run[0].start
        text = body[start:end]
        if looks_like_org_name(text, lex) and len(text) > len(suffix):
            table, _pattern = _surface_table(lex)
            country = next(
                (
                    sf.country
                    for form, sf in table.items()
                    if sf.kind == "country" and text.startswith(form)
                ),
                None,
            )
            found.append(
                _Candidate(
                    start, end, lex.org_suffix_kinds[suffix], _PRIORITY_RULE, country=country
                )
            )

    for t in tokens:
        if t.tag.startswith(("名詞", "接頭辞", "接尾辞-名詞的")) and not (
            run and run[-1].end != t.start
        ):
            run.append(t)
            continue
        close()
        run = [t] if t.tag.startswith(("名詞", "接頭辞")) else []
    close()
    return found


def _sudachi_candidates(tokens: Sequence[Token]) -> list[_Candidate]:
    found: list[_Candidate] = []
    for t in tokens:
        if "固有名詞-人名" in t.tag:
            last = found[-1] if found else None
            # 姓 + 名 written together (岸田 + 文雄) is one name.
            if last is not None and last.kind == "person" and last.end == t.start:
                last.end = t.end
            else:
                found.append(_Candidate(t.start, t.end, "person", _PRIORITY_SUDACHI))
        elif "固有名詞-地名" in t.tag:
            # A 地名-国 that is not in the country lexicon (クリミア) is a place.
            found.append(_Candidate(t.start, t.end, "place", _PRIORITY_SUDACHI))
    return found


def looks_like_org_name(text: str, lex: Lexicons) -> bool:
    """海上保安庁, 東邦食品: ordinary words ending like an organization's name.

    Not 同省 or 各党: a demonstrative prefix makes it a reference, not a name.
    """
    return (
        len(text) >= 3
        and text.endswith(lex.org_suffixes)
        and not text.startswith(("同", "本", "当", "各", "両", "我", "自", "他", "同"))
    )


def lexicon_spans(body: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Where lexicon surface forms occur (boundaries unchecked): text they already explain."""
    _table, pattern = _surface_table(lex)
    return [m.span() for m in pattern.finditer(body)]


def _ner_candidates(
    body: str, ner: Sequence[NerSpan], tokens: Sequence[Token], lex: Lexicons
) -> list[_Candidate]:
    proper = [(t.start, t.end) for t in tokens if "固有名詞" in t.tag]
    found: list[_Candidate] = []
    for span in ner:
        kind = lex.ner_kinds.get(span.label)
        if kind is None:
            continue
        text = body[span.start : span.end]
        has_proper = any(s < span.end and e > span.start for s, e in proper)
        if kind == "person":
            # GiNZA tags plain words as people at times (次期 in 次期大統領): keep a person
            # only if it holds a proper noun or is written in katakana.
            katakana = re.fullmatch(_KATAKANA_RUN, text) is not None
            if not (katakana or has_proper):
                continue
        elif not has_proper and not looks_like_org_name(text, lex):
            # Nor are 首都, 未明, 同氏, 新型ロケット places or companies; 海上保安庁 is a body.
            continue
        found.append(_Candidate(span.start, span.end, kind, _PRIORITY_NER))
    return found


def _extend_katakana_names(body: str, cands: list[_Candidate]) -> None:
    """ユン + ・ソクヨル, ジョシュ + ・ホーリー: a person name spans the whole ・-joined run."""
    for c in cands:
        if c.kind != "person":
            continue
        m = re.match(r"(?:[・＝=][ァ-ヴー]+)+", body[c.end :])
        if m and _script(body[c.end - 1]) == "katakana":
            c.end += m.end()
        # ハリナ・グラボ + フスカ: a name never starts inside a katakana word.
        m = re.search(r"(?:[ァ-ヴー]+[・＝=])*[ァ-ヴー]+\Z|(?:[ァ-ヴー]+[・＝=])+\Z",
                      body[max(0, c.start - 40) : c.start])  # fmt: skip
        if m and _script(body[c.start]) == "katakana":
            c.start -= len(m.group(0))


def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the strongest, then longest, of overlapping candidates."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _ascii_heavy(text: str) -> bool:
    return sum(ch.isascii() for ch in text) * 2 > len(text)


def _name_parts(name: str) -> list[str]:
    return [p for p in re.split(r"[・＝=]", name) if len(p) >= 2]


def _propagate_names(
    body: str, chosen: list[_Candidate], tokens: Sequence[Token], lex: Lexicons
) -> list[_Candidate]:
    """Find person names (and their parts) again wherever they recur unrecognized.

    Katakana names and their ・-parts recur anywhere a katakana run starts and ends;
    a kanji family name (岩屋 of 岩屋毅) only where a title, honorific or non-kanji
    character follows it, since kanji words abut one another.
    """
    people = [c for c in chosen if c.kind == "person"]
    forms: set[str] = set()
    for c in people:
        name = body[c.start : c.end]
        if _script(name[0]) == "katakana":
            forms.update((name, *_name_parts(name)))
        else:
            forms.update(
                body[t.start : t.end]
                for t in tokens
                if t.tag.endswith("人名-姓") and c.start <= t.start and t.end <= c.end
            )
    taken = [(c.start, c.end) for c in chosen]
    extra: list[_Candidate] = []
    for form in sorted(forms, key=len, reverse=True):
        script = _script(form[0])
        for m in re.finditer(re.escape(form), body):
            s, e = m.span()
            if s > 0 and _script(body[s - 1]) == script:
                continue
            if e < len(body) and _script(body[e]) == script:
                follows = body[e:]
                if not any(follows.startswith(t) for t in (*lex.titles, *lex.honorifics)):
                    continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            extra.append(_Candidate(s, e, "person", _PRIORITY_NER))
            taken.append((s, e))
    return sorted(chosen + extra, key=lambda c: c.start)


# Katakana job titles a rewrite joins to the name with ・ (クレア・ドネリー・スポーツディレクター).
_KATAKANA_JOB = re.compile(
    r"(?:ディレクター|マネー?ジャー|コーチ|キャプテン|プロデューサー|アナリスト|エコノミスト|"
    r"オフィサー|スポークス(?:マン|パーソン|ウーマン)|チェアマン|プレジデント|コミッショナー|"
    r"ストラテジスト|アドバイザー|コンサルタント|エンジニア|ジャーナリスト|リサーチャー|"
    r"キャスター|トレーナー|スカウト|アンバサダー)$"
)


def _assign_roles(body: str, chosen: list[_Candidate], lex: Lexicons) -> None:
    for c in chosen:
        if c.kind != "person":
            continue
        parts = body[c.start : c.end].split("・")
        if len(parts) >= 3 and _KATAKANA_JOB.search(parts[-1]):
            c.end -= len(parts[-1]) + 1
            c.role = parts[-1]
            continue
        after = c.end
        # 李在明(イ・ジェミョン)大統領: the title follows the name's reading in brackets,
        # and the reading's closing bracket.
        reading = _BRACKETED_READING.match(body, after)
        if reading is not None:
            after = reading.end()
        elif body[after : after + 1] in (")", "）") and "(" not in body[c.start : c.end]:
            after += 1
        honorific = next((h for h in lex.honorifics if body.startswith(h, after)), None)
        if honorific is not None:
            after += len(honorific)
        c.role = _title_at(body, after, lex.titles) or _title_before(body, c.start, lex.titles)


def _compatible(a: str, b: str) -> bool:
    """Whether two person names can be one person: equal, or one is a part of the other."""
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    parts = _name_parts(long)
    if parts and short in (parts[0], parts[-1]):
        return True
    # Kanji names: family name first (岸田 ⊂ 岸田文雄).
    all_kanji = all(_script(ch) == "kanji" for ch in long)
    return all_kanji and long.startswith(short)


def _union_parens(body: str, chosen: list[_Candidate]) -> dict[int, int]:
    """LONG(ABBR): the mention in brackets right after another names the same thing."""
    link: dict[int, int] = {}
    by_start = {c.start: i for i, c in enumerate(chosen)}
    for i, c in enumerate(chosen):
        if c.end < len(body) and body[c.end] in "(（":
            j = by_start.get(c.end + 1)
            if j is not None and chosen[j].end < len(body) and body[chosen[j].end] in ")）":
                if chosen[j].kind == "country" and c.kind != "country":
                    continue  # ワンジク（ケニア）, 蔚山（韓国）: a nationality, no alias
                link[j] = i
    return link


def find_entities(
    body: str,
    sentences: tuple[Sentence, ...],
    tokens: Sequence[Token],
    ner: Sequence[NerSpan],
    lex: Lexicons,
) -> tuple[Entity, ...]:
    """Merge mentions from every source into entities, ids in order of first mention."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    cands = (
        _lexicon_candidates(body, lex, starts, ends)
        + _rule_candidates(body, lex)
        + _kanji_name_candidates(body, lex, starts, ends, _word_spans(tokens))
        + _org_candidates(body, tokens, lex)
        + _sudachi_candidates(tokens)
        + _ner_candidates(body, ner, tokens, lex)
    )
    _extend_katakana_names(body, cands)
    chosen = _propagate_names(body, _resolve(cands), tokens, lex)
    _assign_roles(body, chosen, lex)

    # Group: fixed keys first, then LONG(ABBR) links, then people by name compatibility.
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    key_group: dict[str, int] = {}
    parens = _union_parens(body, chosen)
    for i, c in enumerate(chosen):
        g: int | None = None
        text = body[c.start : c.end]
        if i in parens and parens[i] in group_of:
            g = group_of[parens[i]]
        elif c.key is not None:
            g = key_group.get(c.key)
        elif c.kind == "person":
            for j in reversed(range(len(groups))):
                first = chosen[groups[j][0]]
                if first.kind == "person" and any(
                    _compatible(text, body[chosen[k].start : chosen[k].end]) for k in groups[j]
                ):
                    g = j
                    break
        else:
            g = key_group.get(f"{c.kind}:{text}")
        if g is None:
            g = len(groups)
            groups.append([])
        groups[g].append(i)
        group_of[i] = g
        key_group.setdefault(c.key or f"{c.kind}:{text}", g)

    entities: list[Entity] = []
    for n, members in enumerate(groups, start=1):
        cs = [chosen[i] for i in members]
        mentions = tuple(
            Mention(
                text=body[c.start : c.end],
                span=(c.start, c.end),
                sentence=sentence_of(sentences, c.start),
                role=c.role,
            )
            for c in cs
        )
        head = max(cs, key=lambda c: (c.priority, 0))  # the lexicon's word on kind wins
        # The fullest form; between equals in length, a Japanese one (北朝鮮軍 over DPRK軍).
        name = max((m.text for m in mentions), key=lambda t: (not _ascii_heavy(t), len(t)))
        roles = tuple(dict.fromkeys(m.role for m in mentions if m.role))
        country = next((c.country for c in cs if c.country), None)
        entities.append(
            Entity(
                id=f"e{n}",
                name=name,
                kind=head.kind,
                mentions=mentions,
                country=country,
                roles=roles,
            )
        )
    return tuple(entities)

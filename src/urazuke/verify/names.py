"""Names compared as people, not strings, across scripts.

バイデン ↔ Biden, ユン・ソクヨル ↔ Yoon Suk Yeol, 石破茂 ↔ Shigeru Ishiba / Ishiba Shigeru,
中島 ↔ Nakajima / Nakashima. Japanese names become romaji: katakana by a Hepburn table,
kanji through every reading Sudachi's dictionary has for the name and its parts (a kanji
name can be read several ways), Chinese names through pinyin. Both sides are then brought
to a rough phonetic spelling (l = r, v = b, th = s, long vowels and the vowels Japanese
inserts between consonants dropped) and compared part by part, in either order.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo", "シェ": "she", "ジェ": "je", "チェ": "che",
    "ティ": "ti", "ディ": "di", "トゥ": "tu", "ドゥ": "du", "ファ": "fa", "フィ": "fi",
    "フェ": "fe", "フォ": "fo", "フュ": "fyu", "ウィ": "wi", "ウェ": "we", "ウォ": "wo",
    "ヴァ": "va", "ヴィ": "vi", "ヴェ": "ve", "ヴォ": "vo", "ツァ": "tsa", "ツィ": "tsi",
    "ツェ": "tse", "ツォ": "tso", "テュ": "tyu", "デュ": "dyu", "イェ": "ye", "クァ": "kwa",
    "クィ": "kwi", "クェ": "kwe", "クォ": "kwo", "グァ": "gwa",
    "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o", "カ": "ka", "キ": "ki", "ク": "ku",
    "ケ": "ke", "コ": "ko", "サ": "sa", "シ": "shi", "ス": "su", "セ": "se", "ソ": "so",
    "タ": "ta", "チ": "chi", "ツ": "tsu", "テ": "te", "ト": "to", "ナ": "na", "ニ": "ni",
    "ヌ": "nu", "ネ": "ne", "ノ": "no", "ハ": "ha", "ヒ": "hi", "フ": "fu", "ヘ": "he",
    "ホ": "ho", "マ": "ma", "ミ": "mi", "ム": "mu", "メ": "me", "モ": "mo", "ヤ": "ya",
    "ユ": "yu", "ヨ": "yo", "ラ": "ra", "リ": "ri", "ル": "ru", "レ": "re", "ロ": "ro",
    "ワ": "wa", "ヲ": "o", "ン": "n", "ガ": "ga", "ギ": "gi", "グ": "gu", "ゲ": "ge",
    "ゴ": "go", "ザ": "za", "ジ": "ji", "ズ": "zu", "ゼ": "ze", "ゾ": "zo", "ダ": "da",
    "ヂ": "ji", "ヅ": "zu", "デ": "de", "ド": "do", "バ": "ba", "ビ": "bi", "ブ": "bu",
    "ベ": "be", "ボ": "bo", "パ": "pa", "ピ": "pi", "プ": "pu", "ペ": "pe", "ポ": "po",
    "ヴ": "vu", "ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu",
    "ョ": "yo", "ヮ": "wa",
}  # fmt: skip
_SPLIT = re.compile(r"[・＝=\s･]+")
_CONSONANT = "bcdfghjklmnpqrstvwxz"


def kana_to_romaji(kana: str) -> str:
    """Hepburn romaji of katakana or hiragana (ー lengthens, ッ doubles)."""
    text = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in kana)
    out: list[str] = []
    i = 0
    double = False
    while i < len(text):
        pair, one = text[i : i + 2], text[i]
        if pair in _KANA:
            roman, i = _KANA[pair], i + 2
        elif one in _KANA:
            roman, i = _KANA[one], i + 1
        elif one == "ー":
            if out and out[-1]:
                out.append(out[-1][-1])
            i += 1
            continue
        elif one == "ッ":
            double, i = True, i + 1
            continue
        else:
            roman, i = (one.lower() if one.isascii() else ""), i + 1
        if double and roman:
            roman = roman[0] + roman
            double = False
        out.append(roman)
    return "".join(out)


def _ja_forms(romaji: str) -> frozenset[str]:
    """Rough phonetic spellings of a romanized Japanese name part.

    Two readings of the kana: as written (スズキ suzuki, イトウ ito) and without the vowels
    Japanese puts after a consonant the source had none (クリントン kurinton → krinton,
    トランプ toranpu → tranp); チ may stand for ti (プーチン).
    """
    s = romaji.lower()
    s = re.sub(r"(aa|ii|uu|ee|oo)", lambda m: m.group(0)[0], s)
    s = s.replace("ou", "o").replace("ei", "e")
    no_u = re.sub(rf"([{_CONSONANT}])u(?=[{_CONSONANT}]|$)", r"\1", s)
    no_o = re.sub(rf"([td])o(?=[{_CONSONANT.replace('n', '')}]|$)", r"\1", s)
    bare = re.sub(rf"([td])o(?=[{_CONSONANT.replace('n', '')}]|$)", r"\1", no_u)
    bare = re.sub(r"(sh|ch|j)i$", r"\1", bare)
    # Only the last inserted vowel dropped (ハンブルク hanburuku → hanburuk ~ Hamburg).
    last = re.sub(rf"([{_CONSONANT}])[uo]$", r"\1", s)
    forms = {s, no_u, no_o, bare, last}
    forms |= {f.replace("chi", "ti") for f in forms}
    # ウ at the start may be a V or W the source had (ウラジーミル Vladimir).
    forms |= {"b" + f[1:] for f in forms if re.match(rf"u[{_CONSONANT}]", f)}
    return frozenset(_common(f) for f in forms if f)


# Korean surnames whose English spelling hides the Japanese reading.
_EN_QUIRKS = {"lee": ("i", "ri"), "rhee": ("i",), "yi": ("i",), "choi": ("che",), "park": ("pak",)}


def _en_forms(word: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", word.lower())
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    if s in _EN_QUIRKS:
        return frozenset(_common(q) for q in _EN_QUIRKS[s])
    s = s.replace("ch", "C").replace("kh", "h")
    for a, b in (("sch", "sh"), ("tCh", "C"), ("ph", "f"), ("ck", "k"), ("gh", ""),
                 ("th", "s"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("ee", "i"), ("ea", "i"),
                 ("aw", "o")):  # fmt: skip
        s = s.replace(a, b)
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k").replace("C", "ch")
    s = re.sub(rf"oh(?=[{_CONSONANT}]|$)", "o", s)  # Satoh, Ohno
    s = re.sub(r"y$", "i", s)
    s = re.sub(rf"(?<=[{_CONSONANT}])y(?=[{_CONSONANT}])", "i", s)
    s = s.replace("ei", "e")
    # English spelling hides the sound: oo is u (Moon) or o (Oono), ow is o or au
    # (Powell パウエル), er before a consonant or at the end is a (Starmer スターマー).
    forms = {s}
    forms |= {f.replace("oo", "u") for f in forms} | {f.replace("ou", "u") for f in forms}
    forms |= {f.replace("ow", "o") for f in forms} | {f.replace("ow", "au") for f in forms}
    forms |= {re.sub(rf"er(?=[{_CONSONANT}]|$)", "a", f) for f in forms}
    forms |= {re.sub(r"g(?=[eiy])", "j", f) for f in forms}  # Roger ロジャー, George
    # German v and w (Vogel フォーゲル, Weber ヴェーバー); r before a consonant is a long
    # vowel in katakana (Aarhus オーフス); aa is one a.
    forms |= {"f" + f[1:] for f in forms if f.startswith("v")}
    forms |= {"v" + f[1:] for f in forms if f.startswith("w")}
    forms |= {re.sub(rf"r(?=[{_CONSONANT}])", "", f) for f in forms}
    forms |= {f.replace("aa", "a") for f in forms}
    # Korean romanization: eo and u are often オ in katakana (Suk Yeol ソクヨル).
    forms |= {f.replace("eo", "o") for f in forms if "eo" in f}
    forms |= {f.replace("eo", "o").replace("u", "o") for f in forms if "eo" in f}
    if len(s) > 3:
        forms.add(re.sub(rf"(?<=[{_CONSONANT}])e$", "", s))  # a silent final e
    if len(s) > 2 and s.endswith("e"):
        forms.add(s[:-1])  # Joe ジョー, Dee
    forms = {re.sub(r"w(?=[" + _CONSONANT + r"]|$)", "", f) for f in forms}
    return frozenset(_common(f) for f in forms if f)


def _common(s: str) -> str:
    s = s.replace("l", "r").replace("v", "b").replace("f", "h").replace("z", "s")
    s = s.replace("ts", "s").replace("sh", "s").replace("ch", "s").replace("j", "s")
    s = re.sub(r"m(?=[bp])", "n", s)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters
    s = re.sub(r"y(?=[aeiou])", "", s) if len(s) > 2 else s
    return s


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(_close(x, y) for x in a for y in b)


def _close(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    if a[0] != b[0] and not (a[0] in "aeiou" and b[0] in "aeiou"):
        return False
    if min(len(a), len(b)) <= 3:
        return False  # too short to tell by likeness: only an exact match counts
    return _ratio(a, b) >= 0.75


def _ratio(a: str, b: str) -> float:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b))


@lru_cache(maxsize=1)
def _dictionary() -> Any:
    from sudachipy import Dictionary

    return Dictionary()


@lru_cache(maxsize=4096)
def _kanji_readings(text: str) -> tuple[str, ...]:
    """Every reading Sudachi's dictionary has for ``text`` (katakana)."""
    try:
        return tuple(sorted({m.reading_form() for m in _dictionary().lookup(text)}))
    except Exception:
        return ()


def _is_kana(text: str) -> bool:
    """Kana only, allowing Latin initials (ジョージ・W・ブッシュ)."""
    return all(
        "ァ" <= c <= "ヺ" or "ぁ" <= c <= "ゖ" or c in "ー・＝= ." or (c.isascii() and c.isalpha())
        for c in text
    )


@lru_cache(maxsize=4096)
def readings(ja: str) -> tuple[tuple[str, ...], ...]:
    """Candidate romaji spellings of a Japanese name, each a tuple of name parts."""
    if _is_kana(ja):
        # Initials (ジョージ・W・ブッシュ) carry no sound to compare.
        return (tuple(kana_to_romaji(p) for p in _SPLIT.split(ja) if not p.isascii()),)
    found: list[tuple[str, ...]] = [(kana_to_romaji(r),) for r in _kanji_readings(ja)]
    for i in range(1, len(ja)):
        heads, tails = _kanji_readings(ja[:i]), _kanji_readings(ja[i:])
        for h in heads[:4]:
            for t in tails[:4]:
                found.append((kana_to_romaji(h), kana_to_romaji(t)))
    return tuple(dict.fromkeys(r for r in found if all(r)))


def _en_parts(en: str) -> list[str]:
    words = re.findall(r"[A-Za-zÀ-ÿ'’\-]+", en)
    parts = [w for word in words for w in re.split(r"[-'’]", word) if len(w) > 1]
    return parts


def same_name(ja: str, en: str) -> bool:
    """Whether a Japanese-script name and an English one can name the same person or place."""
    words = _en_parts(en)
    if not words:
        return False
    en_parts = [_en_forms(w) for w in words]
    # Korean given names come split in English (Jae-myung, Suk Yeol) and whole in katakana.
    merged = [_en_forms(words[i] + words[i + 1]) for i in range(len(words) - 1)]
    en_joined = _en_forms("".join(words)) | _en_forms("".join(reversed(words)))
    if _pinyin_match(ja, words) or _country_match(ja, en) or _exonym_match(ja, en):
        return True
    for reading in readings(ja):
        ja_parts = [_ja_forms(p) for p in reading]
        if _parts_match(ja_parts, en_parts, merged):
            return True
        # A kanji name read as one word (イシバシゲル) against the English name run together.
        if len(reading) == 1 and len(words) > 1 and _similar(_ja_forms(reading[0]), en_joined):
            return True
    return False


def _parts_match(
    ja_parts: list[frozenset[str]],
    en_parts: list[frozenset[str]],
    merged: list[frozenset[str]],
) -> bool:
    """Every Japanese part matches a different English part (any order)."""
    free = list(range(len(en_parts)))
    used = 0
    for p in ja_parts:
        hit = next((i for i in free if _similar(p, en_parts[i])), None)
        if hit is not None:
            free.remove(hit)
            used += 1
            continue
        pair = next(
            (
                i
                for i in range(len(merged))
                if i in free and i + 1 in free and _similar(p, merged[i])
            ),
            None,
        )
        if pair is None:
            return False
        free.remove(pair)
        free.remove(pair + 1)
        used += 2
    # バイデン alone may stand for Joe Biden; ジョー・バイデン may not for Hunter Biden.
    return len(ja_parts) == 1 or not free or used >= 2


def _pinyin_match(ja: str, words: list[str]) -> bool:
    """習近平 ↔ Xi Jinping: a Chinese name against its pinyin, surname first."""
    if _is_kana(ja) or not all("\u4e00" <= c <= "\u9fff" for c in ja):
        return False
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # optional: without it Chinese names match by Japanese reading only
        return False
    syllables = [s.lower() for s in lazy_pinyin(ja)]
    if not syllables or len(syllables) > 4:
        return False
    plain = [unicodedata.normalize("NFKD", w.lower()) for w in words]
    plain = ["".join(c for c in w if c.isascii() and c.isalpha()) for w in plain]
    surname, given = syllables[0], "".join(syllables[1:])
    if not given:
        return surname in plain
    return surname in plain and given in {"".join(plain[i:]) for i in range(len(plain))}


def _country_match(ja: str, en: str) -> bool:
    """米国 ↔ United States: countries by the lexicon, not by sound."""
    from urazuke.lexicon import load_lexicons

    by_ja = {n: c for c in load_lexicons().countries for n in c.japanese}
    country = by_ja.get(ja)
    if country is None:
        return False
    words = re.sub(r"[^a-z ]", "", en.lower().replace("the ", "")).strip()
    return any(words == re.sub(r"[^a-z ]", "", e.lower()).strip() for e in country.english)


@lru_cache(maxsize=1)
def _exonyms() -> dict[str, tuple[str, ...]]:
    """ミュンヘン → Munich: names English does not write as they sound in Japanese."""
    from importlib.resources import files

    text = files("urazuke.lexicon").joinpath("exonyms.tsv").read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            ja, english = line.split("\t")
            table[ja] = tuple(e.strip().lower() for e in english.split("|"))
    return table


def _exonym_match(ja: str, en: str) -> bool:
    names = _exonyms().get(ja)
    if not names:
        return False
    text = en.lower()
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)

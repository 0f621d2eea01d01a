"""Role claims against the knowledge base, on the seed and on sentences written for tests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from urazuke.analyze import analyze, load_nlp
from urazuke.errors import UrazukeError
from urazuke.ingest import parse_article
from urazuke.kb import import_kb, load_kb
from urazuke.model import Analysis
from urazuke.verify import verify


@cache
def _checked(text: str, published: str) -> Analysis:
    return verify(analyze(parse_article(text.encode(), published=published), load_nlp()))


def test_roles_seed_flags_kishida_with_ishiba_as_evidence(seed_analysis: Analysis) -> None:
    checked = verify(seed_analysis)
    high = [f for f in checked.flags if f["severity"] == "high"]
    kishida = [f for f in high if f["claim"]["person"] == "岸田文雄"]
    assert len(kishida) == 1
    evidence = kishida[0]["evidence"][0]["holder"]
    assert evidence["name_ja"] == "石破茂" and evidence["name_en"] == "Shigeru Ishiba"
    assert "石破茂" in kishida[0]["message_ja"] and "Ishiba" in kishida[0]["message_en"]
    assert len(high) <= 3
    verdicts = {v["claim"]["person"]: v["verdict"] for v in checked.verdicts}
    assert verdicts["ジョー・バイデン"] == "supported"
    assert verdicts["ユン・ソクヨル"] == "supported"


# (text, published, person, verdict): the date is the publication date unless the
# sentence states a day.
CASES = [
    ("日本の岸田文雄首相は記者会見を開いた。", "2023-05-01", "岸田文雄", "supported"),
    ("日本の岸田文雄首相は記者会見を開いた。", "2025-01-10", "岸田文雄", "contradicted"),
    ("日本の石破茂首相は記者会見を開いた。", "2025-01-10", "石破茂", "supported"),
    ("日本の菅義偉首相は記者会見を開いた。", "2019-06-01", "菅義偉", "contradicted"),
    ("米国のジョー・バイデン大統領が演説した。", "2022-03-01", "ジョー・バイデン", "supported"),
    ("米国のジョー・バイデン大統領が演説した。", "2019-03-01", "ジョー・バイデン", "contradicted"),
    ("米国のドナルド・トランプ大統領が演説した。", "2019-03-01", "ドナルド・トランプ", "supported"),
    ("ドイツのオラフ・ショルツ首相が訪日した。", "2023-04-01", "オラフ・ショルツ", "supported"),
    (
        "ドイツのアンゲラ・メルケル首相が訪日した。",
        "2023-04-01",
        "アンゲラ・メルケル",
        "contradicted",
    ),
    (
        "フランスのエマニュエル・マクロン大統領は声明を出した。",
        "2018-01-01",
        "エマニュエル・マクロン",
        "supported",
    ),
    ("ウクライナのゼレンスキー大統領は述べた。", "2023-01-01", "ゼレンスキー", "supported"),
    ("ウクライナのゼレンスキー大統領は述べた。", "2018-01-01", "ゼレンスキー", "contradicted"),
    ("韓国のユン・ソクヨル大統領は述べた。", "2023-01-01", "ユン・ソクヨル", "supported"),
    ("英国のリシ・スナク首相は述べた。", "2023-01-01", "リシ・スナク", "supported"),
    ("英国のボリス・ジョンソン首相は述べた。", "2023-01-01", "ボリス・ジョンソン", "contradicted"),
    ("インドのナレンドラ・モディ首相は述べた。", "2016-01-01", "ナレンドラ・モディ", "supported"),
    (
        "アントニー・ブリンケン国務長官は述べた。",
        "2022-01-01",
        "アントニー・ブリンケン",
        "supported",
    ),
    ("マイク・ポンペオ国務長官は述べた。", "2022-01-01", "マイク・ポンペオ", "contradicted"),
    # A day the sentence states wins over the publication date.
    ("日本の安倍晋三首相は2019年5月1日に会見した。", "2024-01-01", "安倍晋三", "supported"),
    # Titles with 元/前/次期 claim no office today.
    ("元首相の安倍晋三氏が講演した。", "2022-01-01", "安倍晋三", None),
    # Past the knowledge base's coverage: never contradicted.
    ("日本の岸田文雄首相は記者会見を開いた。", "2031-01-10", "岸田文雄", "unverified"),
]


@pytest.mark.parametrize(("text", "published", "person", "verdict"), CASES)
def test_roles_table(text: str, published: str, person: str, verdict: str | None) -> None:
    checked = _checked(text, published)
    found = [v for v in checked.verdicts if v["claim"]["person"] == person]
    if verdict is None:
        assert found == []
        return
    assert [v["verdict"] for v in found] == [verdict]
    flagged = [f for f in checked.flags if f["claim"]["person"] == person]
    assert len(flagged) == (verdict == "contradicted")


def test_roles_kb_import_adds_holders_and_rejects_bad_lines(tmp_path: Path) -> None:
    target = tmp_path / "kb.jsonl"
    dump = tmp_path / "dump.jsonl"
    rows = [
        {
            "country": "NZ",
            "office": "head_of_government",
            "name_en": "Christopher Luxon",
            "name_ja": "クリストファー・ラクソン",
            "aliases_ja": ["ラクソン"],
            "aliases_en": ["Luxon"],
            "start": "2023-11-27",
            "end": None,
        },
        {"country": "NZ", "office": "head_of_government", "coverage": "2025-06-30"},
    ]
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert import_kb(dump, target) == 2
    kb = load_kb(str(target))
    article = parse_article(
        "ニュージーランドのラクソン首相は述べた。".encode(), published="2024-05-01"
    )
    checked = verify(analyze(article, load_nlp()), kb=kb)
    assert [v["verdict"] for v in checked.verdicts] == ["supported"]
    bad = tmp_path / "bad.jsonl"
    bad_row = {
        "country": "NZ",
        "office": "mayor",
        "name_en": "x",
        "name_ja": "x",
        "start": "2020-01-01",
    }
    bad.write_text(json.dumps(bad_row))
    with pytest.raises(UrazukeError) as info:
        import_kb(bad, target)
    assert info.value.code == "E009"
    assert target.read_text(encoding="utf-8").count("\n") == 2

"""What a rewrite moves about, and the errors that hide in the moving: a dateline, a weekday
and a date traded between sentences, a count whose noun only the English names, a hedged
crowd, units said as adjectives, a name with its nationality in brackets. A short pair
written for these tests: the clean rewrite raises no flag; each injected error is caught."""

from __future__ import annotations

from typing import Any

import pytest

from urazuke.ingest import parse_article
from urazuke.model import Analysis
from urazuke.verify import verify

_JA = """ボリビアで燃料抗議が拡大　道路封鎖63カ所に
出典: https://news.example.com/world/2026/04/15/bolivia-fuel-protest
【ラパス】ボリビアで燃料価格の引き上げに抗議する農家や運転手の道路封鎖が4月15日、全国に広がった。
ホルヘ・ママニ警察長官によると、水曜日の時点で全国9県のうち6県、計63カ所が封鎖されていた。
政府はアンデス山中に120万キロワットの発電所を建てる計画も発表しており、反対派は41ページの意見書を提出した。
首都の集会には約9800人が参加した。
集会で演説したマリソル・キスペ（ボリビア）は「34年は長すぎる」と語った。
政府は19日（日曜日）に組合との協議を開く予定だ。輸出額は164億ドルだった。
政府は燃料補助金を増やし、軽油の価格を引き下げる。いずれも木曜日から適用する。
"""
_EN = (
    "Bolivia fuel protest spreads as roadblocks reach 63\n"
    "Source: https://news.example.com/world/2026/04/15/bolivia-fuel-protest\n"
    "LA PAZ, Bolivia — Farmers and drivers angry at higher fuel prices spread their "
    "roadblocks across Bolivia on Wednesday.\n"
    "By April 15, police had counted 63 roadblocks in six of the country's nine "
    "departments, police chief Jorge Mamani said.\n"
    "The government also announced a 1,200-megawatt power plant in the Andes, and "
    "opponents filed a 41-page objection.\n"
    "A rally in the capital drew a crowd of about 9,800.\n"
    '"Thirty-four years is too long," said Marisol Quispe, who spoke at the rally.\n'
    "The government will open talks with the unions on Sunday, April 19. Exports were "
    "worth $16.4 billion.\n"
    "The government will raise fuel subsidies and cut the price of diesel, both from "
    "Thursday.\n"
)


@pytest.fixture(scope="module")
def clean() -> Analysis:
    return _check(_JA)


def _check(ja: str) -> Analysis:
    from urazuke.analyze import analyze

    return verify(analyze(parse_article(ja.encode())), sources=[parse_article(_EN.encode())])


def _high(result: Analysis) -> list[dict[str, Any]]:
    return [f for f in result.flags if f["severity"] == "high"]


def test_rewrites_clean_article_raises_no_flag(clean: Analysis) -> None:
    assert _high(clean) == []


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("place", "ラパス"),  # the dateline: LA PAZ
        ("time", "4月15日"),  # said where the source says Wednesday
        ("time", "水曜日"),  # said where the source says April 15
        ("quantity", "63カ所"),  # 63 roadblocks
        ("quantity", "1200.0"),  # 120万キロワット: a 1,200-megawatt plant
        ("quantity", "41ページ"),
        ("quantity", "約9800人"),  # a crowd of about 9,800
        ("quantity", "164億ドル"),  # $16.4 billion, without float noise
        ("time", "19日"),  # 19日（日曜日）: April 19, not March 19
        ("person", "マリソル・キスペ"),
    ],
)
def test_rewrites_clean_claims_are_supported(clean: Analysis, kind: str, text: str) -> None:
    found = [
        v
        for v in clean.verdicts
        if v["claim"]["kind"] == kind and text in (v["claim"]["text"], str(v["claim"].get("value")))
    ]
    assert found, [(v["claim"]["kind"], v["claim"]["text"]) for v in clean.verdicts]
    assert found[0]["verdict"] == "supported", found[0]


@pytest.mark.parametrize(
    ("old", "new", "evidence"),
    [
        ("【ラパス】", "【リマ】", "LA PAZ"),  # a dateline the source was not filed from
        ("4月15日、全国", "7月15日、全国", "Wednesday"),  # a day a quarter away
        ("水曜日の時点", "木曜日の時点", "April 15"),  # a weekday April 15 is not
        ("計63カ所", "計189カ所", "63 roadblocks"),  # the count the other numbers point to
        ("約9800人", "約2万9400人", "about 9,800"),  # a crowd hedged alike
        ("120万キロワット", "360万キロワット", "1,200-megawatt"),
        ("41ページ", "14ページ", "41-page"),
        ("「34年は", "「43年は", "Thirty-four years"),
        ("マリソル・キスペ（ボリビア）", "アナ・ガルシア（ボリビア）", "Marisol Quispe"),
        # A short sentence that runs on from the one before is checked against its source.
        ("いずれも木曜日から", "いずれも金曜日から", "Thursday"),
    ],
)
def test_rewrites_injected_errors_are_caught(old: str, new: str, evidence: str) -> None:
    assert old in _JA
    result = _check(_JA.replace(old, new))
    flags = _high(result)
    assert any(e["text"].find(evidence) >= 0 or e.get("match") == evidence
               for f in flags for e in f["evidence"]), [
        (f["message_en"], [e.get("match") for e in f["evidence"]]) for f in flags
    ]  # fmt: skip


def test_rewrites_an_agency_bureau_dateline_is_not_accused() -> None:
    result = _check(_JA.replace("【ラパス】", "【リマ共同】"))
    assert _high(result) == []

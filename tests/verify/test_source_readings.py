"""Claims a rewrite states in forms of its own: a range of dates, a rank, votes counted as
lawmakers, a year beside a year-on-year comparison; and what must not be accused: an
exchange rate, a prefecture holding the city the source names, a name the matcher half
knows. A short pair written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from urazuke.ingest import parse_article
from urazuke.model import Analysis
from urazuke.verify import verify

_JA = """北海道の議会、知事不信任を可決
出典: https://news.example.com/2026/03/06/hokkaido-vote
北海道議会は木曜日、知事に対する不信任決議案を可決した。決議案には可決に必要な67票を上回る71票の賛成が集まった。
道が5月12日から8月3日まで実施した調査では、2月の物価は前年同月比4.2%上昇し、2023年以来の高い伸びとなった。
茨城県の研究所のミゲル・ドミンゲス氏は「数字は明らかだ」と述べた。為替は1ドル＝150円前後で推移している。
世界ランキング14位の選手も抗議に加わった。
道内では日曜日に大雪が降り、3人が死亡した。遺族には1人当たり20万円が支払われる。道当局が月曜日に明らかにした。
協議は2003年12月に始まり、翌年11月に決裂した。
議会は昨年8月、調査団の任務を2026年末で終えると決めていた。
新井健二前知事（67）は禁錮2年6カ月の判決を受けて服役中だ。警察は約740キロの大麻を押収した。衛星は約17分後に分離した。
雪崩で、道央の平野部と山間の町を結ぶ幹線道路は少なくとも14カ所で寸断された。
"""
_EN = (
    "Hokkaido assembly passes no-confidence motion against governor\n"
    "Source: https://news.example.com/2026/03/06/hokkaido-vote\n"
    "Hokkaido's assembly passed a no-confidence motion against the governor on Thursday. "
    "The motion was backed by 71 lawmakers, four more than the 67 votes needed.\n"
    "A survey the prefecture ran from May 12 to August 3 found prices rose 4.2% in "
    "February, the fastest pace since 2023.\n"
    '"The numbers are clear," said Miguel Dominguez-Ortega of a research institute in '
    "Tsukuba.\n"
    "A skater ranked 14th in the world joined the protest.\n"
    "Heavy snow fell across Hokkaido on Sunday, killing three people, prefectural officials "
    "said on Monday. Each family will receive 200,000 yen.\n"
    "Talks began in December 2003 and collapsed in November 2004.\n"
    "The assembly decided last August to end the survey team's mission at the end of "
    "2026.\n"
    "Former governor Kenji Arai, 67, is serving a sentence of two years and six months. "
    "Police seized about 740 kilograms of cannabis. The satellite separated about 17 "
    "minutes later.\n"
    "Avalanches cut the main road linking the central lowlands with the mountain towns in "
    "at least 14 places.\n"
)


def _check(ja: str) -> Analysis:
    from urazuke.analyze import analyze

    return verify(analyze(parse_article(ja.encode())), sources=[parse_article(_EN.encode())])


def _verdict(result: Analysis, kind: str, text: str) -> dict[str, Any]:
    found = [v for v in result.verdicts if (v["claim"]["kind"], v["claim"]["text"]) == (kind, text)]
    assert found, [(v["claim"]["kind"], v["claim"]["text"]) for v in result.verdicts]
    return found[0]


@pytest.fixture(scope="module")
def clean() -> Analysis:
    return _check(_JA)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("time", "5月12日"),
        ("time", "8月3日"),
        ("time", "2月"),
        ("time", "2023年以来"),
        ("quantity", "67票"),
        ("quantity", "71票"),
        ("quantity", "14位"),
        ("quantity", "（67）"),
        ("quantity", "2年6カ月"),
        ("quantity", "約740キロ"),
        ("quantity", "約17分後"),
        ("time", "2003年12月"),
        ("time", "日曜日"),
        ("time", "月曜日"),
    ],
)
def test_readings_supported(clean: Analysis, kind: str, text: str) -> None:
    assert _verdict(clean, kind, text)["verdict"] == "supported"


def test_readings_clean_article_has_no_high_flag(clean: Analysis) -> None:
    # 茨城県 holds Tsukuba; ミゲル・ドミンゲス is Miguel Dominguez-Ortega in part; 1ドル＝
    # 150円 is a rate, not an amount.
    assert [f for f in clean.flags if f["severity"] == "high"] == []
    assert not [v for v in clean.verdicts if v["claim"]["text"] in ("1ドル", "150円", "1人")]
    # 翌年11月: the year is the reader's inference from 2003年12月, not the article's claim.
    assert not [v for v in clean.verdicts if v["claim"]["text"] == "11月"]


@pytest.mark.parametrize(
    ("right", "wrong", "kind", "evidence"),
    [
        ("8月3日", "11月3日", "time", "August 3"),  # the end of a range
        ("2月の物価", "6月の物価", "time", "February"),  # 前年同月 is no second month
        ("71票の賛成", "91票の賛成", "quantity", "71 lawmakers"),
        ("14位", "41位", "quantity", "ranked 14th"),
        ("（67）", "（76）", "quantity", "67"),
        ("昨年8月", "昨年11月", "time", "August"),  # 昨年 is this month's year
        ("2026年末", "2028年末", "time", "2026"),  # 年末 is no second date
        # one source sentence split in two: its weekdays in order
        ("日曜日に大雪", "月曜日に大雪", "time", "Sunday"),
        ("禁錮2年6カ月", "禁錮4年6カ月", "quantity", "two years and six months"),
        # a bound is said exactly: 16 is not 'at least 14' within a rounding
        ("少なくとも14カ所", "少なくとも16カ所", "quantity", "at least 14 places"),
    ],
)
def test_readings_changed_value_is_contradicted(
    right: str, wrong: str, kind: str, evidence: str
) -> None:
    result = _check(_JA.replace(right, wrong))
    claim = wrong.removesuffix("の物価").removesuffix("の賛成").removeprefix("禁錮")
    claim = claim.removeprefix("昨年").removesuffix("に大雪").removeprefix("禁錮")
    v = _verdict(result, kind, claim)
    assert v["verdict"] == "contradicted", v
    assert evidence in v["evidence"][0]["match"]

"""Events against a source: who did what to whom (verify/events.py).

The pair here is written for these tests: a made-up trade agreement.
"""

from __future__ import annotations

from typing import Any

from tests.conftest import DATA
from urazuke.ingest import parse_article, read_article
from urazuke.model import Analysis
from urazuke.verify import verify

_EN = (
    "Japan and Kenya sign trade deal\n"
    "Source: https://news.example.com/2025/02/20/kenya-japan-trade\n"
    "Japan and Kenya signed an agreement on Thursday to expand trade in tea and farm "
    "machinery.\n"
    "Officials said exports of Kenyan tea to Japan could double within five years.\n"
)
_JA = """日本とケニアが貿易協定に署名
出典: https://news.example.com/2025/02/20/kenya-japan-trade
{who}とケニアの両政府は木曜日、茶と農業機械の貿易を拡大する協定に署名した。
当局者によると、ケニア産の茶の対日輸出は5年以内に倍増する可能性がある。
"""


def _check(who: str) -> Analysis:
    from urazuke.analyze import analyze

    article = parse_article(_JA.format(who=who).encode())
    return verify(analyze(article), sources=[parse_article(_EN.encode())])


def _event_verdicts(result: Analysis) -> list[dict[str, Any]]:
    return [v for v in result.verdicts if v["claim"]["kind"] == "event"]


def test_events_an_event_the_source_tells_is_supported() -> None:
    verdicts = [v for v in _event_verdicts(_check("日本")) if v["claim"]["sentence"] == 0]
    assert verdicts, _event_verdicts(_check("日本"))
    signed = verdicts[0]
    assert signed["verdict"] == "supported", signed
    assert signed["claim"]["plover"] == "AGREE"
    assert "signed" in signed["evidence"][0]["text"]


def test_events_another_country_in_the_same_event_is_contradicted() -> None:
    result = _check("ノルウェー")
    signed = next(v for v in _event_verdicts(result) if v["claim"]["sentence"] == 0)
    assert signed["verdict"] == "contradicted", signed
    assert signed["evidence"][0]["match"] == "Japan"
    assert signed["evidence"][0]["instead_of"] == ["ノルウェー"]
    flags = [f for f in result.flags if f["kind"] == "source-event"]
    assert flags and "Japan" in flags[0]["message_en"]


def test_events_seed_condemnation_is_supported(seed_analysis: Analysis) -> None:
    # 非難する has no JMdict gloss "condemn"; the PLOVER type ACCUSE has.
    result = verify(seed_analysis, sources=[read_article(DATA / "en_lima_report.txt")])
    condemned = [v for v in _event_verdicts(result) if v["claim"]["action"] == "非難する"]
    assert condemned and condemned[0]["verdict"] == "supported", condemned
    assert condemned[0]["claim"]["cameo"] == "11"
    assert not [v for v in _event_verdicts(result) if v["verdict"] == "contradicted"]


def test_events_a_person_is_not_present_by_their_country(seed_analysis: Analysis) -> None:
    # The source's sentence says Japan's prime minister Ishiba joined the talks: that names
    # Japan, not 岸田文雄, so the meeting with 岸田文雄 finds no counterpart there.
    result = verify(seed_analysis, sources=[read_article(DATA / "en_lima_report.txt")])
    with_kishida = [
        v for v in _event_verdicts(result) if "岸田文雄" in (v["claim"]["target"] or "")
    ]
    assert with_kishida
    assert all(v["verdict"] != "supported" for v in with_kishida), with_kishida

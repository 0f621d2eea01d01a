"""Quotes and their speakers: the seed, and a table of sentences written for these tests."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from urazuke.analyze import analyze, load_nlp
from urazuke.ingest import parse_article
from urazuke.model import Analysis


@cache
def _analysis(text: str) -> Analysis:
    return analyze(parse_article(text.encode("utf-8")), load_nlp())


def _quote(analysis: Analysis, start: str) -> dict[str, Any]:
    found = [q for q in analysis.quotes if q["text"].lstrip("「『‘“").startswith(start)]
    assert len(found) == 1, [q["text"] for q in analysis.quotes]
    return found[0]


def _speaker(quote: dict[str, Any]) -> str | None:
    speaker = quote["speaker"]
    return None if speaker is None else str(speaker["name"])


SEED = [
    ("我々は今", "direct", "ジョー・バイデン"),
    ("これは私の最後", "direct", "ジョー・バイデン"),
    ("北朝鮮のロシアとの危険", "direct", "ジョー・バイデン"),
    ("最近のDPRK軍", "direct", "ユン・ソクヨル"),
    ("日本、韓国、アメリカは", "direct", "共同声明"),
    ("DPRKとロシアの軍事協力の深化", "direct", "共同声明"),
    ("ウクライナへの資金は", "direct", "ジョシュ・ホーリー"),
    ("ウクライナのゼレンスキー", "direct", "ブライアン・ランザ"),
    ("クリミアは消えてしまった", "direct", "ブライアン・ランザ"),
    ("大統領候補を代表する", "direct", "トランプの移行チーム"),
    ("クリミアを持つ", "direct", "ゼレンスキー"),  # nested ‘…’ inside Lanza's quote
    ("固有の防衛権", "term", None),
]


@pytest.mark.parametrize(("start", "kind", "speaker"), SEED)
def test_quotes_seed(seed_analysis: Analysis, start: str, kind: str, speaker: str | None) -> None:
    quote = _quote(seed_analysis, start)
    assert (quote["kind"], _speaker(quote)) == (kind, speaker)
    body = seed_analysis.article.body
    assert body[quote["span"][0] : quote["span"][1]] == quote["text"]


def test_quotes_seed_terms_have_no_speaker(seed_analysis: Analysis) -> None:
    terms = [q for q in seed_analysis.quotes if q["text"] == "「アメリカ・ファースト」"]
    assert len(terms) == 2
    assert all(q["kind"] == "term" and q["speaker"] is None for q in terms)


def test_quotes_seed_speakers_point_at_entities(seed_analysis: Analysis) -> None:
    ids = {e.id: e.name for e in seed_analysis.entities}
    for quote in seed_analysis.quotes:
        speaker = quote["speaker"]
        if speaker is not None and speaker["entity"] is not None:
            assert ids[speaker["entity"]] == speaker["name"]


# Sentences written for these tests: (article text, quote start, kind, speaker)
OWN = [
    # speaker after the quotation
    (
        "山田太郎市長は会見に臨んだ。「予算は十分だ」と山田市長は述べた。",
        "予算は十分",
        "direct",
        "山田太郎",
    ),
    ("「試合に勝てて良かった」と大谷翔平選手は語った。", "試合に勝てて", "direct", "大谷翔平"),
    (
        "「計画は順調だ」とマイク・ジョンソン議長は記者団に話した。",
        "計画は順調",
        "direct",
        "マイク・ジョンソン",
    ),
    # speaker before the quotation
    ("岸田文雄首相は「責任を持って対応する」と述べた。", "責任を持って", "direct", "岸田文雄"),
    (
        "ゼレンスキー大統領は、「支援に感謝する」と強調した。",
        "支援に感謝",
        "direct",
        "ゼレンスキー",
    ),
    ("石破茂首相は10日、記者団に「検討を急ぐ」と明らかにした。", "検討を急ぐ", "direct", "石破茂"),
    # pronouns and roles
    (
        "ジョー・バイデン大統領が演説した。彼は「民主主義を守る」と訴えた。",
        "民主主義を守る",
        "direct",
        "ジョー・バイデン",
    ),
    (
        "メアリー・スミス氏が登壇した。「準備はできている」と同氏は語った。",
        "準備はできている",
        "direct",
        "メアリー・スミス",
    ),
    # a body or document as speaker
    (
        "両国は共同声明を発表した。「協力を深める」と声明は述べている。",
        "協力を深める",
        "direct",
        "共同声明",
    ),
    ("外務省は「遺憾だ」とのコメントを発表した。", "遺憾だ", "direct", "外務省"),
    # continuation: a quotation standing alone after another
    (
        "「まだ終わっていない」とジョン・ドウ監督は述べた。「次は必ず勝つ。」",
        "次は必ず勝つ",
        "direct",
        "ジョン・ドウ",
    ),
    # a quotation standing alone, its speaker named in the next sentence
    (
        "「まだ終わっていない」とジョン・ドウ監督は述べた。「次は必ず勝つ」。"
        "主将の山田太郎選手はこう語った。",
        "次は必ず勝つ",
        "direct",
        "山田太郎",
    ),
    # 同氏: the person who was the topic before, a minister named before a title
    (
        "暫定的に職にとどまるマリア・ポペスク財務相は、支給が遅れる恐れがあると警告した。"
        "同氏は記者団に「時間はあまりない」と語った。",
        "時間はあまりない",
        "direct",
        "マリア・ポペスク",
    ),
    # a katakana job joined to the name with ・ (…・コーチ) is the topic 同氏 stands for
    (
        "指導するアンナ・ベルク・コーチは、山田花子選手が成長したと評価した。"
        "同氏は記者団に「彼女はもう迷わない」と話した。",
        "彼女はもう迷わない",
        "direct",
        "アンナ・ベルク",
    ),
    # 同氏 after "X報道官によると": the one just named, not the topic two sentences back
    (
        "看護師の森田さんは空港で足止めされた。港湾局のリカルド・サントス報道官によると、"
        "物資は届いている。同氏は「一番の心配は子どもたちだ」と語った。",
        "一番の心配は子どもたちだ",
        "direct",
        "リカルド・サントス",
    ),
    # the speaker named after a long description, past a comma
    (
        "「安全が第一だ。準備が整い次第、再開する」。国営の空港運営会社サンライズ・エアポーツの"
        "広報担当、エレナ・ロペス氏はこう話した。",
        "安全が第一だ",
        "direct",
        "エレナ・ロペス",
    ),
    # the name nearest the particle, past an age in brackets, not a country before it
    (
        "韓国から部品を輸入しているカルロス・メンデス氏（41）は「値上がりが止まらない」と語った。",
        "値上がりが止まらない",
        "direct",
        "カルロス・メンデス",
    ),
    # 「…」。…、X氏はこう指摘した。
    (
        "「紙の上の約束では足りない」。ジュネーブを拠点とする人権団体の研究員、"
        "トマス・ベルク氏はこう指摘した。",
        "紙の上の約束では足りない",
        "direct",
        "トマス・ベルク",
    ),
    # a katakana name before 所長 is a person's
    (
        "同センターのヘンリク・ノヴァク所長は「圧力は高いままだ」と述べた。",
        "圧力は高いままだ",
        "direct",
        "ヘンリク・ノヴァク",
    ),
    # several quotations chained to one speaker
    (
        "佐藤花子選手は「うれしい」と話し、「次も頑張る」と語った。",
        "次も頑張る",
        "direct",
        "佐藤花子",
    ),
    # terms: names, slogans, labels
    ("政府は「こども未来戦略」を閣議決定した。", "こども未来戦略", "term", None),
    ("彼は「アメリカ・ファースト」を掲げた。", "アメリカ・ファースト", "term", None),
    ("番組『日曜討論』に出演した。", "日曜討論", "term", None),
]


@pytest.mark.parametrize(("text", "start", "kind", "speaker"), OWN)
def test_quotes_own_sentences(text: str, start: str, kind: str, speaker: str | None) -> None:
    quote = _quote(_analysis(text), start)
    assert (quote["kind"], _speaker(quote)) == (kind, speaker)


REPORTED = [
    ("田中一郎知事は、復旧を急ぐ考えを表明した。", "田中一郎"),
    ("ジョー・バイデン大統領は、同盟の強化が必要だと主張した。", "ジョー・バイデン"),
    ("専門家は、景気が後退する恐れがあると指摘した。", "専門家"),
]


@pytest.mark.parametrize(("text", "speaker"), REPORTED)
def test_quotes_reported_speech(text: str, speaker: str) -> None:
    reported = [q for q in _analysis(text).quotes if q["kind"] == "reported"]
    assert len(reported) == 1
    assert _speaker(reported[0]) == speaker


def test_quotes_seed_passive_hearsay_keeps_only_the_reported_clause(
    seed_analysis: Analysis,
) -> None:
    quote = _quote(seed_analysis, "すでに約1万人")
    assert quote["kind"] == "reported" and quote["speaker"] is None
    assert quote["text"].endswith("国境に派遣された")


@pytest.mark.parametrize(
    "text",
    [
        "雨の日が続いている。",
        "首相は官邸に入った。",
        "会議は午後に始まった。",
    ],
)
def test_quotes_none_where_nothing_is_said(text: str) -> None:
    assert _analysis(text).quotes == ()


def _table(name: str) -> list[dict[str, str]]:
    path = Path(__file__).parent / "data" / name
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


TABLE = _table("quote_cases.tsv")


@pytest.mark.parametrize("row", TABLE, ids=[f"{i}-{r['pattern']}" for i, r in enumerate(TABLE)])
def test_quotes_table(row: dict[str, str]) -> None:
    analysis = _analysis(row["text"])
    if row["kind"] == "none":
        said = [q["text"] for q in analysis.quotes if q["kind"] in ("direct", "reported")]
        assert said == []
        return
    found = [q for q in analysis.quotes if q["text"] == row["quote"]]
    assert found, [(q["kind"], q["text"]) for q in analysis.quotes]
    quote = found[0]
    speaker = None if row["speaker"] == "-" else row["speaker"]
    assert (quote["kind"], _speaker(quote)) == (row["kind"], speaker)

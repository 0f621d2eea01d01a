"""Entities on the seed and on articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT
from urazuke.model import Analysis, Entity

Analyze = Callable[[Path], Analysis]


def _entity(analysis: Analysis, form: str) -> Entity:
    """The one entity that has a mention written ``form``."""
    found = [e for e in analysis.entities if any(m.text == form for m in e.mentions)]
    assert len(found) == 1, f"{form}: {[e.name for e in found]}"
    return found[0]


def test_entities_seed_biden_is_one_entity_with_all_five_mentions(seed_analysis: Analysis) -> None:
    biden = _entity(seed_analysis, "バイデン")
    assert biden.name == "ジョー・バイデン"
    assert biden.kind == "person"
    assert len(biden.mentions) == 5
    assert seed_analysis.article.body.count("バイデン") == 5
    assert "大統領" in biden.roles


def test_entities_seed_yoon_korea_lanza(seed_analysis: Analysis) -> None:
    yoon = _entity(seed_analysis, "ユン")
    assert yoon.name == "ユン・ソクヨル" and len(yoon.mentions) >= 3
    assert yoon is _entity(seed_analysis, "ユン・ソクヨル")
    lanza = _entity(seed_analysis, "ランザ")
    assert lanza.name == "ブライアン・ランザ" and lanza.roles == ("元顧問",)
    assert len(lanza.mentions) == 3


def test_entities_seed_north_korea_forms_are_one_country(seed_analysis: Analysis) -> None:
    nk = _entity(seed_analysis, "北朝鮮")
    assert nk is _entity(seed_analysis, "DPRK")
    assert nk is _entity(seed_analysis, "朝鮮民主主義人民共和国")
    assert (nk.kind, nk.country, nk.name) == ("country", "KP", "朝鮮民主主義人民共和国")
    # 北朝鮮軍 is North Korea's army, not North Korea.
    army = _entity(seed_analysis, "北朝鮮軍")
    assert army is not nk and (army.kind, army.country) == ("military", "KP")


@pytest.mark.parametrize(
    ("form", "kind", "country"),
    [
        ("BBC", "organization", "GB"),  # GiNZA says Country
        ("クリミア", "place", "UA"),  # GiNZA says Person
        ("ペルー", "country", "PE"),
        ("リマ", "place", "PE"),
        ("米国", "country", "US"),
        ("アメリカ", "country", "US"),
        ("ウクライナ", "country", "UA"),
        ("APEC", "organization", None),
        ("米国議会", "body", "US"),
    ],
)
def test_entities_seed_kinds_and_countries(
    seed_analysis: Analysis, form: str, kind: str, country: str | None
) -> None:
    entity = _entity(seed_analysis, form)
    assert (entity.kind, entity.country) == (kind, country)


@pytest.mark.parametrize(
    ("form", "name", "role", "mentions"),
    [
        ("トランプ", "ドナルド・トランプ", "次期大統領", 7),  # GiNZA finds none of these
        ("岸田", "岸田文雄", "首相", 2),
        ("ジョシュ・ホーリー", "ジョシュ・ホーリー", "上院議員", 1),
        ("ゼレンスキー", "ゼレンスキー", "大統領", 1),
    ],
)
def test_entities_seed_people_and_roles(
    seed_analysis: Analysis, form: str, name: str, role: str, mentions: int
) -> None:
    person = _entity(seed_analysis, form)
    assert (person.kind, person.name, len(person.mentions)) == ("person", name, mentions)
    assert role in person.roles
    # The title is split off: no mention of a person includes it.
    assert not any(m.text.endswith(role) for m in person.mentions)


def test_entities_seed_america_first_is_not_an_entity(seed_analysis: Analysis) -> None:
    assert not any("ファースト" in m.text for e in seed_analysis.entities for m in e.mentions)


# Articles written for these tests: (file, mention form, name, kind, country, role, mentions)
OWN = [
    ("ja_trade_talks.txt", "武藤", "武藤容治", "person", None, "経済産業相", 2),
    ("ja_trade_talks.txt", "王文濤", "王文濤", "person", None, "商務相", 1),
    ("ja_trade_talks.txt", "WTO", "世界貿易機関", "organization", None, None, 2),
    ("ja_trade_talks.txt", "北京", "北京", "place", "CN", None, 1),
    ("ja_trade_talks.txt", "中国", "中国", "country", "CN", None, 2),
    ("ja_body_only.txt", "グテーレス", "アントニオ・グテーレス", "person", None, "事務総長", 2),
    ("ja_body_only.txt", "ハマス", "ハマス", "organization", "PS", None, 1),
    ("ja_body_only.txt", "イスラエル政府", "イスラエル政府", "body", "IL", None, 1),
    ("ja_body_only.txt", "国連", "国連", "organization", None, None, 2),
    ("ja_court.html", "山本", "山本健一", "person", None, "被告", 2),
    ("ja_sports.html", "大谷", "大谷翔平", "person", None, "選手", 2),
    ("ja_sports.html", "デーブ・ロバーツ", "デーブ・ロバーツ", "person", None, "監督", 1),
    ("broken.html", "海上保安庁", "海上保安庁", "body", "JP", None, 1),
]


@pytest.mark.parametrize(("file", "form", "name", "kind", "country", "role", "mentions"), OWN)
def test_entities_own_articles(
    analysis_of: Analyze,
    file: str,
    form: str,
    name: str,
    kind: str,
    country: str | None,
    role: str | None,
    mentions: int,
) -> None:
    entity = _entity(analysis_of(DATA / file), form)
    assert (entity.name, entity.kind, entity.country) == (name, kind, country)
    assert len(entity.mentions) == mentions
    if role is not None:
        assert role in entity.roles


def test_entities_example_article(analysis_of: Analyze) -> None:
    analysis = analysis_of(ROOT / "examples" / "kyodo_drill.txt")
    iwaya = _entity(analysis, "岩屋")
    assert iwaya.name == "岩屋毅" and iwaya.roles == ("外相",)
    rubio = _entity(analysis, "ルビオ")
    assert rubio.name == "マルコ・ルビオ" and "国務長官" in rubio.roles
    assert _entity(analysis, "朝鮮中央通信").kind == "organization"


@pytest.mark.parametrize(
    "file", ["ja_trade_talks.txt", "ja_body_only.txt", "ja_court.html", "ja_sports.html"]
)
def test_entities_every_mention_indexes_the_body(analysis_of: Analyze, file: str) -> None:
    analysis = analysis_of(DATA / file)
    body = analysis.article.body
    for entity in analysis.entities:
        for m in entity.mentions:
            assert body[m.span[0] : m.span[1]] == m.text
            s = analysis.sentences[m.sentence]
            assert s.span[0] <= m.span[0] and m.span[1] <= s.span[1]


def test_entities_name_boundaries_around_a_title() -> None:
    """GiNZA tags ヴィシニェ|フスカ村長 from the middle of the name: the name is the whole
    katakana run. ブレーメン副市長のウーテ・ハーン氏: the title is the next person's, and
    ブレーメン a place."""
    from urazuke.analyze import analyze
    from urazuke.ingest import parse_article

    text = (
        "村議会が予算案を否決\n出典: https://news.example.com/2026/05/01/vote\n"
        "近くの村のカタジナ・ヴィシニェフスカ村長は「道路の補修が遅れている」と話した。"
        "州政府は財務相に現ブレーメン副市長のウーテ・ハーン氏を指名した。\n"
    )
    people = {e.name for e in analyze(parse_article(text.encode())).entities if e.kind == "person"}
    assert {"カタジナ・ヴィシニェフスカ", "ウーテ・ハーン"} <= people
    assert not people & {"フスカ", "ヴィシニェ", "ブレーメン"}


def test_entities_a_title_after_a_reading_in_brackets() -> None:
    """韓国の李在明(イ・ジェミョン)大統領: the title follows the reading, and is the
    person's in both forms."""
    from urazuke.analyze import analyze
    from urazuke.ingest import parse_article

    text = (
        "両国首脳が会談\n出典: https://news.example.com/2026/05/01/summit\n"
        "韓国の李在明(イ・ジェミョン)大統領は火曜日、ソウルで会談に臨んだ。\n"
    )
    lee = _entity(analyze(parse_article(text.encode())), "イ・ジェミョン")
    assert lee.roles == ("大統領",)


def test_entities_a_description_before_a_title_is_no_kanji_name() -> None:
    """元州観光局長: 観光 is a word, so 元州観光 is a description, not a name; 王文濤商務相
    still gives 王文濤."""
    from urazuke.analyze import analyze
    from urazuke.ingest import parse_article

    text = (
        "州議会選挙\n出典: https://news.example.com/2026/05/01/vote\n"
        "元州観光局長でPSDのルイ・テイシェイラ党首は語った。王文濤商務相も同席した。\n"
    )
    names = {e.name for e in analyze(parse_article(text.encode())).entities}
    assert "王文濤" in names and "元州観光" not in names


def test_entities_a_nationality_or_an_age_in_brackets_marks_a_person() -> None:
    """ネエマ・ワンジク（ケニア）: a ・-joined katakana name with a country (or an age) in
    brackets is a person, and the country in brackets is no other name of theirs."""
    from urazuke.analyze import analyze
    from urazuke.ingest import parse_article

    text = (
        "マラソン\n出典: https://news.example.com/2026/05/01/marathon\n"
        "女子はネエマ・ワンジク（ケニア）が優勝し、男子はバラカ・オティエノ（31）が制した。"
        "ケニア勢は上位を独占した。\n"
    )
    entities = analyze(parse_article(text.encode())).entities
    people = {e.name for e in entities if e.kind == "person"}
    assert {"ネエマ・ワンジク", "バラカ・オティエノ"} <= people
    kenya = next(e for e in entities if e.name == "ケニア")
    assert kenya.kind == "country"
    assert all(m.text == "ケニア" for m in kenya.mentions)

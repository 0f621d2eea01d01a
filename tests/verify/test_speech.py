"""Who said what: quotations and reported speech in a source, and quotation verdicts.

The articles here are written for these tests: a made-up library fire in a made-up town.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import DATA
from urazuke.ingest import parse_article, read_article
from urazuke.model import Analysis
from urazuke.verify import verify
from urazuke.verify.english import read_english
from urazuke.verify.speech import Said

_EN = (
    "Fire destroys historic library in Eastbridge\n"
    "Source: https://news.example.com/2025/05/13/eastbridge-library\n"
    "A fire destroyed the 140-year-old public library in the town of Eastbridge on Monday "
    "night, the county fire service said.\n"
    '"We lost the building, but nobody was hurt, and that is what matters," Mayor Helen '
    "Marsh, 58, who visited the site on Tuesday, told reporters.\n"
    '"We will rebuild it," she said. "The town will not be without a library for long."\n'
    "Fire chief Daniel Okafor said the blaze had started in the basement, where old "
    "electrical wiring was being replaced.\n"
    'Okafor said: "The wooden floors burned very fast. My crews could only protect the '
    'houses next door."\n'
    "According to the county archivist, Ruth Bell, most of the rare maps had been moved to "
    "a storage site last year.\n"
    "About 60,000 books were lost, the library trust said on Tuesday.\n"
    "Repairs to the roof alone will cost about 2 million pounds, deputy mayor Ian Crofts "
    "told a council meeting in Eastbridge.\n"
    "Priya Raman, an insurer at Northgate Mutual, said the claim looked straightforward.\n"
)


def _said(text: str) -> list[Said]:
    return list(read_english(parse_article(text.encode()), "src", None).said)


def _by_text(said: list[Said], words: str) -> Said:
    found = [s for s in said if words in s.text]
    assert found, [(s.speaker, s.text) for s in said]
    return found[0]


@pytest.mark.parametrize(
    ("words", "speaker", "how", "direct"),
    [
        # "…," Mayor Helen Marsh, 58, who …, told reporters.
        ("nobody was hurt", "Mayor Helen Marsh", "named", True),
        # she said: the person last said to speak.
        ("We will rebuild it", "Mayor Helen Marsh", "pronoun", True),
        # A quotation standing alone after another: the same speaker goes on.
        ("without a library", "Mayor Helen Marsh", "pronoun", True),
        # Reported speech: X said the …
        ("started in the basement", "Daniel Okafor", "named", False),
        # X said: "…"
        ("wooden floors", "Daniel Okafor", "named", True),
        # according to …, …
        ("rare maps", "county archivist", "body", False),
        # …, the library trust said on Tuesday.
        ("60,000 books", "library trust", "body", False),
        ("140-year-old", "county fire service", "body", False),
        # …, X told a council meeting in …: the words before, not "council meeting".
        ("Repairs to the roof", "Ian Crofts", "named", False),
        # X, an insurer at …, said …: not words said by "the claim".
        ("claim looked straightforward", "Priya Raman", "named", False),
    ],
)
def test_speech_speakers(words: str, speaker: str, how: str, direct: bool) -> None:
    said = _by_text(_said(_EN), words)
    assert (said.speaker, said.how, said.direct) == (speaker, how, direct)


def _story(*lines: str) -> str:
    return "Story\nSource: https://news.example.com/2025/05/13/story\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # An opening adverbial is no speaker (On Tuesday), nor a weekday or a district;
        # he is the person last said to speak, not the district named after her.
        (_story("On Tuesday, harbour master Ana Lima said the port would stay shut for two days.",
                'Rain fell across the district of Westmoor. "It was the worst night," he said.'),
         "port would stay shut", "Ana Lima"),
        (_story("On Tuesday, harbour master Ana Lima said the port would stay shut for two days.",
                'Rain fell across the district of Westmoor. "It was the worst night," he said.'),
         "worst night", "Ana Lima"),
        # A closing quote between sentences binds nothing after it.
        (_story('"We never gave up," coach Mia Sato told reporters. "This is for our fans."',
                "Rival coach Ben Carter said his side had tired late in the match."),
         "for our fans", "Mia Sato"),
        # A second quotation in a sentence keeps the first one's speaker.
        (_story('Minister Clara Holt said aid was "the most urgent need" and had to arrive '
                '"within days, not weeks."'),
         "within days", "Minister Clara Holt"),
        # The speaker introducing a quotation, not an earlier subject of the sentence.
        (_story('The firm said it would recycle water, and Mayor Ken Ito told reporters: '
                '"We will not let this project take water from our farmers."'),
         "take water", "Mayor Ken Ito"),
        # A place opening the sentence is no speaker, nor any word of its name.
        (_story("Ash fell on the village of San Roque overnight.",
                "In San Roque, Tomas Ibarra, a 61-year-old bean farmer, said he had lost his "
                'whole crop. "The ash buried the fields in an hour," he said.'),
         "buried the fields", "Tomas Ibarra"),
        # Dr. opens the name.
        (_story('"We have 42 beds for children," said Dr. Marcus Grant, a senior doctor.'),
         "42 beds", "Dr. Marcus Grant"),
    ],
)  # fmt: skip
def test_speech_speaker_in_context(text: str, words: str, speaker: str) -> None:
    assert _by_text(_said(text), words).speaker == speaker


# The Japanese rewrite, in our words too: the mayor's and the chief's quotations.
_JA = """英イーストブリッジで歴史ある図書館が全焼
出典: https://news.example.com/2025/05/13/eastbridge-library
英国のイーストブリッジで月曜日の夜、築140年の公立図書館が火事で焼失した。
ヘレン・マーシュ市長は火曜日に現場を訪れ、{mayor}「建物は失ったが、けが人はいなかった。それが大事だ」と記者団に語った。
消防署長のダニエル・オカフォー氏によると、火は古い電気配線の交換工事が行われていた地下から出た。
{chief}「木の床があっという間に燃えた。隣の家々を守るのが精いっぱいだった」と述べた。
"""


def _check(mayor: str, chief: str) -> Analysis:
    from urazuke.analyze import analyze

    article = parse_article(_JA.format(mayor=mayor, chief=chief).encode())
    return verify(analyze(article), sources=[parse_article(_EN.encode())])


def _quote_verdict(result: Analysis, words: str) -> dict[str, Any]:
    found = [
        v for v in result.verdicts if v["claim"]["kind"] == "quote" and words in v["claim"]["text"]
    ]
    assert found, [(v["claim"]["kind"], v["claim"]["text"]) for v in result.verdicts]
    return found[0]


def test_quotes_said_by_their_speakers_are_supported() -> None:
    result = _check("マーシュ市長は", "オカフォー氏は")
    mayor = _quote_verdict(result, "けが人はいなかった")
    assert mayor["verdict"] == "supported", mayor
    assert mayor["evidence"][0]["speaker"] == "Mayor Helen Marsh"
    chief = _quote_verdict(result, "木の床")
    assert chief["verdict"] == "supported", chief
    assert chief["evidence"][0]["speaker"] == "Daniel Okafor"
    assert not [f for f in result.flags if f["severity"] == "high"]


def test_a_quotation_given_to_the_wrong_person_is_contradicted() -> None:
    # The chief's words given to the mayor: the source says Okafor said them.
    result = _check("マーシュ市長は", "マーシュ市長は")
    v = _quote_verdict(result, "木の床")
    assert v["verdict"] == "contradicted", v
    assert v["evidence"][0]["speaker"] == "Daniel Okafor"
    flags = [f for f in result.flags if f["kind"] == "source-quote"]
    assert len(flags) == 1
    assert "Okafor" in flags[0]["message_en"]
    assert "マーシュ" in flags[0]["message_ja"] or "ヘレン" in flags[0]["message_ja"]


def test_seed_quotes_against_the_written_source(seed_analysis: Analysis) -> None:
    # The source gives Yoon's words in reported speech; nothing there is anyone else's.
    result = verify(seed_analysis, sources=[read_article(DATA / "en_lima_report.txt")])
    quotes = [v for v in result.verdicts if v["claim"]["kind"] == "quote"]
    assert quotes
    assert not [v for v in quotes if v["verdict"] == "contradicted"]
    yoon = [v for v in quotes if v["claim"]["speaker"] == "ユン・ソクヨル"]
    assert any(v["verdict"] == "supported" for v in yoon), yoon


def test_quotes_against_a_japanese_source_compare_words_and_names(
    seed_analysis: Analysis, seed_path: object
) -> None:
    # The article against itself as a Japanese source: every quotation with a named
    # speaker finds its own words and speaker there.
    result = verify(seed_analysis, sources=[read_article(seed_path)])  # type: ignore[arg-type]
    quotes = [v for v in result.verdicts if v["claim"]["kind"] == "quote"]
    named = [v for v in quotes if v["claim"]["entity"]]
    assert named
    assert all(v["verdict"] == "supported" for v in named), [
        (v["claim"]["speaker"], v["claim"]["text"][:20], v["verdict"]) for v in named
    ]


@pytest.mark.parametrize(
    ("speaker", "full"),
    [
        ("Hatice Yildiz", True),
        ("Vietnamese Foreign Minister Nguyen Minh Khoa", True),
        ("Her coach", False),
        ("His former high school coach", False),
        ("Zuiho Maru", False),
        ("Mizuho Securities", False),
        ("Pratama", False),
        ("Geochronologist Park", False),  # a trade and a surname
    ],
)
def test_speech_only_a_named_person_can_take_a_quote_away(speaker: str, full: bool) -> None:
    # A quotation is accused of the wrong speaker only when the source gives it to a
    # person it names in full (or one the article names): a description, a boat or a
    # lone surname is no evidence.
    from urazuke.verify.speech import _full_person

    assert _full_person(speaker) is full


def test_speech_she_is_the_person_named_since_the_last_speaker() -> None:
    text = (
        "Title\n"
        'Tom Reyes, a geologist, said the cliff was moving. "It will fall," Reyes said.\n'
        "Ana Lindqvist, a professor at the Coastal Survey who was not involved, called the "
        'report "a warning." She said: "The whole bay is at risk."\n'
    )
    said = _by_text(_said(text), "whole bay")
    assert (said.speaker, said.how) == ("Ana Lindqvist", "pronoun")


def test_speech_a_speaker_the_reader_inferred_is_never_accused() -> None:
    # Only a speaker the article names in the quotation's sentence (or the next, for
    # 「…」。Xはこう語った) can be called the wrong one: 同氏 and a quotation standing alone
    # take a speaker the reader inferred, and the inference may be the reader's mistake.
    from urazuke.analyze import analyze
    from urazuke.verify.speech import _named_there, _speaker_forms

    ja = (
        "湖の調査\n出典: https://news.example.com/2026/05/01/lake\n"
        "調査団のハンス・ミュラー団長は「水位が下がった」と述べた。"
        "漁獲量は半分に減った。同氏は「湖はもう私たちを養えない」と語った。\n"
    )
    analysis = analyze(parse_article(ja.encode()))
    named, inferred = (q for q in analysis.quotes if q["kind"] == "direct")
    assert named["speaker"]["name"] == inferred["speaker"]["name"] == "ハンス・ミュラー"
    assert _named_there(analysis, named, _speaker_forms(analysis, named)[1])
    assert not _named_there(analysis, inferred, _speaker_forms(analysis, inferred)[1])


def test_speech_numbers_count_as_words_both_languages_share() -> None:
    """「たっぷり10分は泣いた」 ↔ "a good ten minutes": the number is rendered."""
    from urazuke.verify.speech import coverage

    with_number, hits = coverage("たっぷり10分は泣いた", "a good ten minutes", {})
    other, other_hits = coverage("たっぷり10分は泣いた", "a good six minutes", {})
    assert with_number > other and hits == other_hits + 1


@pytest.mark.parametrize(
    ("forms", "speaker", "alike"),
    [
        (["ジュリアン・トランブレ", "トランブレ"], "Julien Tremblay", True),
        (["ラスムス・ケア"], "Rasmus Kjaer", True),
        # Full names: every part must sound like one of theirs, not the surname alone.
        (["セルジウ・ツルカヌ", "ツルカヌ"], "Maria Ciobanu", False),
        # A kanji name read as two thirds of the letters, not half (中川 kawa ~ Camila).
        (["中川隆之", "中川"], "Camila Rojas", False),
    ],
)
def test_speech_a_speaker_spelled_otherwise_or_another(
    forms: list[str], speaker: str, alike: bool
) -> None:
    from urazuke.verify.speech import _alike

    said = Said(text="…", span=(0, 1), sentence=0, speaker=speaker, how="named", direct=True)
    assert _alike(forms, said) is alike

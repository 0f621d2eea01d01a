"""Names across scripts: the table of pairs (written for the tests) and the seed's people."""

from __future__ import annotations

import pytest

from urazuke.verify.names import kana_to_romaji, same_name


def _pairs() -> list[dict[str, str]]:
    import csv
    from pathlib import Path

    path = Path(__file__).parent / "data" / "name_pairs.tsv"
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


PAIRS = _pairs()


def test_names_table_precision_and_recall() -> None:
    """Measured over all the pairs; the thresholds are what the matcher reaches today."""
    tp = fp = fn = 0
    for row in PAIRS:
        got, want = same_name(row["ja"], row["en"]), row["match"] == "yes"
        tp += got and want
        fp += got and not want
        fn += want and not got
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert len(PAIRS) >= 150
    assert precision >= 0.95, precision
    assert recall >= 0.70, recall


@pytest.mark.parametrize(
    ("ja", "en"),
    [
        ("ジョー・バイデン", "Joe Biden"),
        ("バイデン", "Biden"),
        ("ユン・ソクヨル", "Yoon Suk Yeol"),
        ("ブライアン・ランザ", "Brian Lanza"),
        ("ジョシュ・ホーリー", "Josh Hawley"),
        ("ゼレンスキー", "Zelensky"),
        ("ゼレンスキー", "Zelenskyy"),
        ("石破茂", "Shigeru Ishiba"),
        ("石破茂", "Ishiba Shigeru"),
        ("中島", "Nakajima"),
        ("中島", "Nakashima"),
        ("リマ", "Lima"),
        ("ドナルド・トランプ", "Donald Trump"),
        ("習近平", "Xi Jinping"),
        ("米国", "United States"),
    ],
)
def test_names_seed_people_match(ja: str, en: str) -> None:
    assert same_name(ja, en)


@pytest.mark.parametrize(
    ("ja", "en"),
    [
        ("ジョー・バイデン", "Hunter Biden"),
        ("石破茂", "Shinzo Abe"),
        ("トランプ", "Trudeau"),
        ("イ・ジェミョン", "Yoon Suk Yeol"),
        ("岸田文雄", "Shigeru Ishiba"),
    ],
)
def test_names_different_people_do_not_match(ja: str, en: str) -> None:
    assert not same_name(ja, en)


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        ("バイデン", "baiden"),
        ("ジョー", "joo"),
        ("ホーリー", "hoorii"),
        ("ゼレンスキー", "zerensukii"),
        ("ランザ", "ranza"),
        ("ッチ", "cchi"),
        ("しげる", "shigeru"),
    ],
)
def test_names_kana_to_romaji(kana: str, romaji: str) -> None:
    assert kana_to_romaji(kana) == romaji

"""Quote-aware sentence splitting."""

from __future__ import annotations

import pytest

from urazuke.analyze.sentences import sentence_of, split_sentences


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("一文目です。二文目です。", ["一文目です。", "二文目です。"]),
        ("一文目です。 二文目です。", ["一文目です。", "二文目です。"]),
        (
            "「今日は晴れ。明日は雨。」と彼は言った。次。",
            ["「今日は晴れ。明日は雨。」と彼は言った。", "次。"],
        ),
        ("「止まれ。」 次の文。", ["「止まれ。」", "次の文。"]),
        ("「止まれ。」「進め。」", ["「止まれ。」", "「進め。」"]),
        ("本当か？そうだ！", ["本当か？", "そうだ！"]),
        ("終わり。…", ["終わり。…"]),
        ("一行目\n二行目。", ["一行目", "二行目。"]),
        ("閉じない「括弧。次の文。", ["閉じない「括弧。", "次の文。"]),
        ("（注：ここは。括弧内）の文。", ["（注：ここは。括弧内）の文。"]),
        ("  前後に空白。  ", ["前後に空白。"]),
        ("", []),
    ],
)
def test_sentences_split(body: str, expected: list[str]) -> None:
    sentences = split_sentences(body)
    assert [s.text(body) for s in sentences] == expected
    assert [s.index for s in sentences] == list(range(len(expected)))


def test_sentences_seed_keeps_quotes_whole(seed_path_body: str) -> None:
    sentences = split_sentences(seed_path_body)
    texts = [s.text(seed_path_body) for s in sentences]
    multi = next(t for t in texts if "これは私の最後" in t)
    assert multi.endswith("と述べました。") and "それが私の希望" in multi
    assert "「クリミアは消えてしまった。」" in texts
    assert texts[0].startswith("2024年のAPECサミット")


def test_sentences_sentence_of_finds_the_containing_sentence() -> None:
    body = "一文目。二文目。三文目。"
    sentences = split_sentences(body)
    assert [sentence_of(sentences, i) for i in (0, 3, 4, 8, 11)] == [0, 0, 1, 2, 2]


@pytest.fixture(scope="module")
def seed_path_body(seed_path: object) -> str:
    from urazuke.ingest import read_article

    return read_article(str(seed_path)).body

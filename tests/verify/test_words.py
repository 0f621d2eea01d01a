"""Words shared across languages, through JMdict (the jamdict-data package)."""

from __future__ import annotations

from urazuke.verify.words import content_words, english_stems, glosses, lexical_overlap, stem


def test_align_stems_meet_across_forms() -> None:
    assert stem("negotiations") == stem("negotiate") == "negot"
    assert stem("Church's") == stem("churches")
    assert "the" not in {w for w in english_stems("the church was damaged")}


def test_align_glosses_come_from_jmdict() -> None:
    assert stem("church") in glosses("教会")
    assert stem("emergency") in glosses("非常")
    assert glosses("存在しない語ですよ") == frozenset()


def test_align_content_words_skip_numbers_and_particles() -> None:
    words = content_words("約6万世帯が停電した。")
    assert "停電" in words
    assert "世帯" in words
    assert not any(w[0].isdigit() for w in words)


def test_align_finds_the_sentence_sharing_no_name() -> None:
    ja = ["植民地時代の教会の正面が崩れ、多くの世帯が停電した。"]
    en = [
        "The president visited the region on Friday.",
        "The facade of a colonial-era church collapsed and power was cut to many households.",
        "Schools will reopen next week.",
    ]
    row = lexical_overlap(ja, en)[0]
    assert max(range(3), key=row.__getitem__) == 1
    assert row[1] > 2 * max(row[0], row[2])


def test_align_japanese_sources_compare_lemmas() -> None:
    row = lexical_overlap(["教会が崩れた。"], ["地震で教会が崩れる。", "学校は再開する。"], "ja")[0]
    assert row[0] > row[1] == 0

"""urazuke_quotes as a spaCy component in a GiNZA pipeline, found by name."""

from __future__ import annotations

from urazuke.analyze import load_nlp
from urazuke.analyze.components import SPANS_KEY, urazuke_entities, urazuke_quotes


def test_components_quote_finder_in_a_ginza_pipeline() -> None:
    nlp = load_nlp()  # the session's model; the component is added and removed again
    nlp.add_pipe("urazuke_quotes", last=True)
    try:
        doc = nlp(
            "ジョー・バイデン大統領が演説した。彼は「同盟を守る」と強調した。「約束は果たす。」"
        )
    finally:
        nlp.remove_pipe("urazuke_quotes")
    spans = doc.spans[SPANS_KEY]
    assert [(s.label_, s.text) for s in spans] == [
        ("direct", "「同盟を守る」"),
        ("direct", "「約束は果たす。」"),
    ]
    quotes = urazuke_quotes(doc)
    assert [q["speaker"]["name"] for q in quotes] == ["ジョー・バイデン", "ジョー・バイデン"]
    biden = next(e for e in urazuke_entities(doc) if e["name"] == "ジョー・バイデン")
    assert quotes[0]["speaker"]["entity"] == biden["id"]
    assert "urazuke_quotes" not in nlp.pipe_names

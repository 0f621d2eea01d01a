"""Notable omissions: what the source states that the article leaves out.

A rewrite may drop facts on purpose; some drops still deserve a reader's notice. Three
kinds are flagged, each with the source's words as evidence:

- ``omission-truncated`` (medium): the article ends cut off (…) while the source goes on
  past the last sentence the article renders (the seed ends so);
- ``omission-number``: a number the article states nowhere, in any unit — medium for a
  count of ten people or more, an amount of money or a percentage in the source's first two
  sentences (its lead); low for such a count of people anywhere else (a death toll, a
  crowd);
- ``omission-speaker`` (low): a person the source quotes directly whom the article never
  names.

Facts in the source past the point where a truncated article ends are the truncation's,
not flagged one by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from urazuke.model import Analysis
from urazuke.verify.alignment import Alignment, forms_of, number_agrees
from urazuke.verify.english import Fact, SourceFacts
from urazuke.verify.names import same_name

# The source's lead: its first sentences, where a report puts what matters most.
LEAD = 2
# A count of people worth a reader's notice when left out: not "the two leaders".
MANY = 10


def _size(fact: Fact) -> float:
    v = fact.value
    return float(v[0]) if isinstance(v, tuple) else float(v)


def _cut(analysis: Analysis, align: Alignment) -> int | None:
    """The last source sentence a truncated article renders; None if not truncated."""
    if not analysis.article.truncated:
        return None
    rendered = [j for i in range(len(analysis.sentences)) if (j := align.best(i)) is not None]
    return max(rendered, default=None)


def _stated(analysis: Analysis, fact: Fact, durations: Sequence[dict[str, Any]]) -> bool:
    """Whether the article states this number, as any quantity or span of time."""
    return any(number_agrees(q["value"], q["approx"], fact) for q in analysis.quantities) or any(
        number_agrees(d["value"], False, fact) for d in durations
    )


def _flag(kind: str, severity: str, src: SourceFacts, fact_text: str, sentence: int,
          span: Sequence[int], ja: str, en: str) -> dict[str, Any]:  # fmt: skip
    s0, s1 = src.sentences[sentence]
    return {
        "kind": kind,
        "severity": severity,
        "message_ja": ja,
        "message_en": en,
        "claim": {"kind": "omission", "text": fact_text, "span": None, "sentence": None},
        "evidence": [
            {"source": src.label, "text": src.body[s0:s1].strip(), "span": list(span),
             "match": fact_text}
        ],
    }  # fmt: skip


def omission_flags(
    analysis: Analysis,
    sources: Sequence[SourceFacts],
    aligns: dict[int, Alignment],
    durations: Sequence[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Medium and low flags for what each source states and the article leaves out."""
    flags: list[dict[str, Any]] = []
    for src in sources:
        align = aligns[id(src)]
        if all(align.best(i) is None for i in range(len(analysis.sentences))):
            continue  # the source tells another story: nothing is missing from this one
        cut = _cut(analysis, align)
        if cut is not None and cut + 1 < len(src.sentences):
            rest = len(src.sentences) - cut - 1
            s0, _ = src.sentences[cut + 1]
            opening = src.body[s0 : s0 + 80].strip()
            where = [s0, s0 + len(opening)]
            flags.append(
                _flag("omission-truncated", "medium", src, opening, cut + 1, where,
                      f"記事は途中で切れています。出典はこの後さらに{rest}文続きます（「{opening}…」）。",
                      f"The article ends cut off; the source goes on for {rest} more "
                      f"sentence(s) ({opening!r}…).")
            )  # fmt: skip
        last = cut if cut is not None else len(src.sentences)
        if src.language == "ja":
            continue  # omissions are read from an English source's rule-read facts
        for fact in src.of("number"):
            if (
                fact.sentence > last
                or fact.unit in (None, "score")
                or _stated(analysis, fact, durations)
            ):
                continue
            people = fact.unit == "people" and _size(fact) >= MANY
            money_or_share = fact.unit == "percent" or str(fact.unit).isupper()
            if fact.sentence < LEAD and (people or money_or_share):
                severity = "medium"
            elif people:
                severity = "low"
            else:
                continue
            flags.append(
                _flag("omission-number", severity, src, fact.text, fact.sentence, fact.span,
                      f"出典の「{fact.text}」に当たる数字が記事にありません。",
                      f"The source states {fact.text!r}; the article gives no such number.")
            )  # fmt: skip
        names = [f for e in analysis.entities if e.kind == "person" for f in forms_of(e)]
        seen: set[str] = set()
        for said in src.said:
            if not said.direct or said.how not in ("named", "pronoun") or said.speaker is None:
                continue
            if said.sentence > last or said.speaker in seen:
                continue
            seen.add(said.speaker)
            words = said.speaker.split()
            tails = [" ".join(words[-k:]) for k in range(1, min(3, len(words)) + 1)]
            if any(same_name(n, t) for n in names for t in tails):
                continue
            flags.append(
                _flag("omission-speaker", "low", src, said.speaker, said.sentence, said.span,
                      f"出典は{said.speaker}の発言を引用していますが、記事にこの人物は出てきません。",
                      f"The source quotes {said.speaker}; the article does not name them.")
            )  # fmt: skip
    return flags

"""Which body did something (2023年有个外办给212名企业人员办了APEC卡，是哪个外办？): the office whose
report states the question's own figure, named from the report's title.

The question gives the figure and asks for the body; reports of several offices say the same sentences
with other figures, so the figure itself (value and unit) picks the passage, and the passage's title (or
else its text) names the body. Two bodies stating it make no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding.context import held_terms
from assistant.grounding.entity import bodies_named
from ingest.nlp.clean import canonical
from ingest.nlp.names import cities_named, province_offices
from ingest.nlp.quantities import Quantity, quantities
from ingest.nlp.sentences import split_sentences
from vectorstore.hits import Hit

# …外派渔工412人的是哪里: the body asked at the question's end
BODY_ASK = re.compile(r"哪(?:一个|个|家|座)(?:外办|外侨办|侨办|外事办|单位|部门|机构|城市|市|区|县|镇|乡|街道|地方|省份"
                      r"|省|州)|哪里的|的?是哪(?:里|儿)(?=[？?]?$)")
MIN_MATCH = 0.5  # share of the question's term weight the sentence, with its title, must hold


@dataclass(frozen=True)
class Identified:
    body: str
    hit: Hit
    sentence: str


def asks_body(question: str) -> bool:
    return BODY_ASK.search(canonical(question)) is not None


def _asking(text: str) -> str:
    """The words asking for the body: 哪个外办 (2022年哪个外办接待了…: what follows is what it did), or all that
    follows 是 (……，这是哪个城市外事部门的数据？): no words of what it did."""
    if not (match := BODY_ASK.search(text)):
        return ""
    return text[match.start():] if text[: match.start()].endswith("是") else match.group()


def _stated(key: tuple[str, str], said: list[Quantity]) -> bool:
    """Does the sentence state the question's figure: the same value in the same unit, or in any counter
    when the question counts in 个 (来了336个老外选手: 外籍选手336名)?"""
    return any(q.key == key or (key[0] == "个" and q.kind == "figure" and q.key[1] == key[1]) for q in said)


def identify_body(question: str, weights: dict[str, float], hits: list[Hit]) -> Identified | None:
    """The one body whose passage states every figure of the question in a sentence about it. The figures and
    years are matched as such."""
    text = canonical(question)
    figures = {q.key for q in quantities(text) if q.kind in ("figure", "ordinal")}
    if not figures:
        return None
    years = {int(q.norm) for q in quantities(text) if q.kind == "year"}
    words = {t: w for t, w in weights.items() if not quantities(t) and t not in _asking(text)}
    total = sum(words.values()) or 1.0
    found: dict[str, Identified] = {}
    for hit in hits:
        if years and hit.chunk.year not in years:
            continue
        bodies = bodies_named(canonical(hit.chunk.title)) or province_offices(canonical(hit.chunk.title))
        for sentence in split_sentences(hit.chunk.text):
            if not all(_stated(key, quantities(sentence)) for key in figures):
                continue
            held = held_terms(f"{hit.chunk.title} {sentence}", words)
            if sum(words[t] for t in held) < MIN_MATCH * total:
                continue
            named = bodies or cities_named(canonical(sentence))
            if len(named) == 1:
                body = next(iter(named))
                found.setdefault(body, Identified(body, hit, sentence))
    return next(iter(found.values())) if len(found) == 1 else None

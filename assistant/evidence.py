"""Is the answer in the retrieved passages at all? Decided before the model is asked.

The embedded model invents a figure when the answer is missing, so "not found" comes from the
evidence: how much of the question's weighted terms the passages contain (rare terms weigh most),
and whether a year the question names exists in the library.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.context import matched_weight

MIN_COVERAGE = 0.5  # chosen on both dev sets (README, "Not found")
QUESTION_WORD = re.compile(r"^(?:几|多少|哪|什么|怎|如何|谁|为何|为什么|是否|多大|多久|多长|占多)")
FILLERS = frozenset({"时候", "一天", "名字", "情况", "具体", "请问", "是不是", "有没有", "一下", "一共", "总共", "合计",
                     "共计", "总计", "加起来", "列出", "列举", "罗列", "所有", "全部", "分别", "各个"})


@dataclass(frozen=True)
class Evidence:
    coverage: float
    missing: tuple[str, ...]
    missing_years: tuple[int, ...] = ()

    def enough(self, threshold: float = MIN_COVERAGE) -> bool:
        return not self.missing_years and self.coverage >= threshold


def idf(df: int, documents: int) -> float:
    return math.log((documents + 1) / (df + 0.5))


def term_weights(tokens: Iterable[str], df: dict[str, int], documents: int) -> dict[str, float]:
    """IDF weights; a term the library never uses weighs most, since nothing can answer for it."""
    return {t: idf(df.get(t, 0), documents) for t in dict.fromkeys(tokens) if asks_about(t)}


def asks_about(token: str) -> bool:
    """Question words and one-character words say how something is asked, not what about."""
    return len(token) > 1 and not QUESTION_WORD.match(token) and token not in FILLERS


def weigh_evidence(weights: dict[str, float], passages: list[str], years: Iterable[int],
                   known_years: set[int]) -> Evidence:
    text = "\n".join(passages)
    total = sum(weights.values())
    coverage = matched_weight(text, weights) / total if total else 0.0
    missing = tuple(t for t in weights if matched_weight(text, {t: 1.0}) == 0)
    return Evidence(round(coverage, 3), missing, tuple(y for y in years if y not in known_years))

"""Is the answer in the retrieved passages at all? Decided before the model is asked.

The embedded model invents a figure when the answer is missing, so "not found" comes from the
evidence: how much of the question's weighted terms the passages contain (rare terms weigh most),
and whether a year the question names exists in the library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from assistant.grounding.context import matched_weight


@dataclass(frozen=True)
class Evidence:
    coverage: float
    missing: tuple[str, ...]
    missing_years: tuple[int, ...] = ()

    def enough(self, threshold: float) -> bool:
        return not self.missing_years and self.coverage >= threshold


def weigh_evidence(weights: dict[str, float], passages: list[str], years: Iterable[int],
                   known_years: set[int]) -> Evidence:
    text = "\n".join(passages)
    total = sum(weights.values())
    coverage = matched_weight(text, weights) / total if total else 0.0
    missing = tuple(t for t in weights if matched_weight(text, {t: 1.0}) == 0)
    return Evidence(round(coverage, 3), missing, tuple(y for y in years if y not in known_years))

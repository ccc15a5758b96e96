"""Summary statistics for benchmark figures. An empty sample gives NaN, which the report shows as a
figure with no verdict, instead of ending a section with an exception or passing as a met 0."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable


def quantile(values: Iterable[float], q: float) -> float:
    """The nearest-rank `q` quantile (0.5: median, 0.95: p95)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else math.nan


def median(values: Iterable[float]) -> float:
    sample = list(values)
    return statistics.median(sample) if sample else math.nan


def mean(values: Iterable[float]) -> float:
    sample = list(values)
    return statistics.fmean(sample) if sample else math.nan

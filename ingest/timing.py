"""Optional per-stage timing of the real pipeline, for benchmarks; free when nobody listens."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[dict[str, float] | None] = ContextVar("stage_times", default=None)


@contextmanager
def stage(name: str) -> Iterator[None]:
    times = _current.get()
    if times is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        times[name] += time.perf_counter() - start


@contextmanager
def collect_stage_times() -> Iterator[dict[str, float]]:
    times: dict[str, float] = defaultdict(float)
    token = _current.set(times)
    try:
        yield times
    finally:
        _current.reset(token)


def add_stage_times(measured: dict[str, float]) -> None:
    """Stage times measured elsewhere (the parser process) join the current collection, if any."""
    if (times := _current.get()) is not None:
        for name, seconds in measured.items():
            times[name] += seconds

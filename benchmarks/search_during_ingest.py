"""Search latency while an ingest runs in the background (same process, as in the web app), against
the latency of the same searches with nothing else running, measured in the same run."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.stats import median, quantile
from ingest.pipeline import ingest_paths
from ingest.priority import run_niced
from vectorstore.library import Library

QUERIES = ["市外办新建了几个友城？", "翻译人才库有多少人？", "因公出国专办员培训", "主题教育查摆问题", "APEC商务旅行卡",
           "市委外事工作委员会全体会议", "尼山书屋", "外事资源专栏"]


@dataclass(frozen=True)
class Latencies:
    idle: list[float]
    busy: list[float]
    ingest_s: float

    def table(self) -> str:
        def row(name: str, values: list[float]) -> str:
            return f"| {name} | {len(values)} | {median(values) * 1000:.0f} | {quantile(values, 0.95) * 1000:.0f} |"

        ratio = median(self.busy) / median(self.idle)
        return "\n".join(["| searches | n | p50 ms | p95 ms |", "|---|---|---|---|", row("idle", self.idle),
                          row("during ingest", self.busy), "",
                          f"p50 during ingest / idle: {ratio:.2f}; the ingest took {self.ingest_s:.0f} s"])


def measure(library: Library, corpus: Path, rounds: int = 3, nice: int = 0) -> Latencies:
    """`nice`: the ingest's lower CPU priority, as the web app runs it (ingest.background_nice)."""
    idle = [_timed(library, q) for _ in range(rounds) for q in QUERIES]
    busy: list[float] = []
    done = threading.Event()
    started = time.monotonic()

    def ingest() -> None:
        try:
            run_niced(lambda: ingest_paths([corpus], library), nice)
        finally:
            done.set()

    worker = threading.Thread(target=ingest, daemon=True)
    worker.start()
    while not done.is_set():
        busy += [_timed(library, q) for q in QUERIES]
    worker.join()
    return Latencies(idle, busy, time.monotonic() - started)


def _timed(library: Library, query: str) -> float:
    started = time.perf_counter()
    library.search(query, 4)
    return time.perf_counter() - started


"""Parsing with a time limit. A file that sends pypdf or a regular expression into a near-endless loop
is given up after the limit, and the child process doing the work is killed, so nothing keeps
burning the CPU. One child is kept alive between files: it pays its start and dictionary loading once.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

from ingest.errors import LoadError, ParseTimeout
from ingest.reader import ParsedReport, read_report
from ingest.timing import add_stage_times, collect_stage_times

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


def _read_timed(path: str) -> tuple[ParsedReport, dict[str, float]]:
    with collect_stage_times() as stages:
        report = read_report(Path(path))
    return report, dict(stages)


def _warm() -> None:
    """Imports and dictionaries loaded before any file, so that a file's limit is spent on the file."""
    from ingest.facts import sentence_facts

    sentence_facts("2023年新建友城5个，接待来访团组12批。", 2023)


def _load_timed(path: str) -> tuple[str, dict[str, float]]:
    from ingest.loaders import load_text

    return load_text(Path(path)), {}


class ParseWorker:
    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def run(self, task: Callable[[str], tuple[T, dict[str, float]]], path: Path, seconds: float) -> T:
        with self._lock:  # one file at a time: a timeout kills the child, and must not take others with it
            done, stages = self._call(task, (str(path),), seconds, path.name)
        add_stage_times(stages)
        return done

    def _call(self, task: Callable[..., R], args: tuple[str, ...], seconds: float, what: str) -> R:
        pool = self.started(seconds)
        try:
            return pool.submit(task, *args).result(seconds)
        except FutureTimeout:
            log.warning("parsing %s took over %g s; the parser process is killed", what, seconds)
            self.close()
            raise ParseTimeout(f"解析超过 {seconds:g} 秒仍未完成，已放弃该文件（可能已损坏或结构异常）"
                               f" (parsing timed out after {seconds:g} s)") from None
        except BrokenProcessPool:
            log.error("the parser process died while reading %s", what)
            self.close()
            raise LoadError("解析该文件时解析进程意外退出（可能是文件损坏或内存不足），已放弃该文件"
                            " (the parser process died)") from None

    def started(self, seconds: float) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the parent holds model and database threads that a fork would copy mid-state
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            self._call(_warm, (), max(seconds, 60.0), "(start-up)")
        return self._pool

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list(getattr(pool, "_processes", {}).values()):  # no public kill before Python 3.14
            process.kill()
        pool.shutdown(wait=True, cancel_futures=True)


_worker = ParseWorker()
atexit.register(_worker.close)  # a pool left to the garbage collector at exit fails noisily


def warm_up() -> None:
    """Starts the parser process now (benchmarks: starting it is not the work of any one file)."""
    with _worker._lock:
        _worker.started(60.0)


def read_report_within(path: Path, seconds: float) -> ParsedReport:
    """`read_report` in the parser process, given up after `seconds` (0: in this process, no limit)."""
    return _within(_read_timed, path, seconds)


def load_text_within(path: Path, seconds: float) -> str:
    """The text of a file (a draft to check), read in the parser process within `seconds` (0: no limit)."""
    return _within(_load_timed, path, seconds)


def _within(task: Callable[[str], tuple[T, dict[str, float]]], path: Path, seconds: float) -> T:
    if seconds > 0:
        return _worker.run(task, path, seconds)
    done, stages = task(str(path))
    add_stage_times(stages)
    return done

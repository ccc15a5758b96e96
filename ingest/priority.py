"""Runs work in a fresh thread of lower CPU priority, so that searches and answers served by the same
process keep their latency while an ingest embeds in the background. On Linux each thread has its own
nice value, and the OpenMP team torch starts from that thread inherits it; a fresh thread is used
because a raised nice value cannot be lowered again without privileges."""

from __future__ import annotations

import contextvars
import logging
import os
import threading
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def run_niced(work: Callable[[], T], nice: int) -> T:
    """`work()`'s result (or exception), computed at `nice` steps below normal priority; 0 runs it here."""
    if nice <= 0 or not hasattr(os, "setpriority"):
        return work()
    outcome: dict[str, object] = {}
    context = contextvars.copy_context()  # progress bars and request state live in context variables

    def body() -> None:
        _lower(nice)
        try:
            outcome["value"] = context.run(work)
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=body, name="background-ingest", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _lower(nice: int) -> None:
    thread = threading.get_native_id()
    try:  # relative to the priority the thread inherited: a process started with `nice` goes lower still
        os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + nice))
    except OSError as exc:  # e.g. a sandbox that forbids it: run at normal priority
        log.warning("could not lower the ingest thread's priority: %s", exc)

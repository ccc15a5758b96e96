"""The web app's background ingest runs at a lower CPU priority without losing its result, its
errors or its context (gradio's progress bar lives in a context variable)."""

from __future__ import annotations

import contextvars
import os
import threading

import pytest

from ingest.priority import run_niced

request = contextvars.ContextVar("request", default="none")


def own_nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_work_runs_at_the_lower_priority_and_the_caller_keeps_its_own() -> None:
    before = own_nice()
    assert run_niced(own_nice, 7) == min(before + 7, 19)
    assert own_nice() == before


def test_the_result_the_exception_and_the_context_come_through() -> None:
    request.set("upload-42")
    assert run_niced(request.get, 5) == "upload-42"
    with pytest.raises(ZeroDivisionError):
        run_niced(lambda: 1 / 0, 5)


def test_zero_runs_in_the_calling_thread() -> None:
    assert run_niced(threading.get_native_id, 0) == threading.get_native_id()

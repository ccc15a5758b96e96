"""How long a command takes from a cold start: a fresh process per run, as a user types it.

`list` reads SQLite alone and must not load any model; `search` loads the embedding model once. The
baseline is a bare interpreter start (`python -c pass`) measured in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.stats import median

COMMANDS = {"list": ["list"], "search": ["search", "市外办新建了几个友城？", "--k", "3"], "help": ["--help"]}


@dataclass(frozen=True)
class ColdStart:
    bare_s: float
    seconds: dict[str, float]  # median wall time per command
    runs: int


def _wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def run(home: Path, models_dir: Path, runs: int = 5) -> ColdStart:
    """Each command `runs` times in a fresh process against the library in `home`, alternating with the
    bare interpreter so that both see the same machine load."""
    env = {**os.environ, "REPORT_ASSISTANT_HOME": str(home), "REPORT_ASSISTANT_MODELS_DIR": str(models_dir)}
    cli = [sys.executable, "-m", "assistant.cli"]
    bare, seconds = [], {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, args in COMMANDS.items():
            bare.append(_wall([sys.executable, "-c", "pass"], env))
            seconds[name].append(_wall([*cli, *args], env))
    return ColdStart(median(bare), {name: median(s) for name, s in seconds.items()}, runs)


def table(result: ColdStart) -> str:
    rows = [f"cold start, median of {result.runs} fresh processes (bare interpreter {result.bare_s:.2f} s)"]
    rows += [f"  report-assistant {' '.join(COMMANDS[name])}: {s:.2f} s" for name, s in result.seconds.items()]
    return "\n".join(rows)

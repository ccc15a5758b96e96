"""The benchmark report: one markdown table of every figure, its target, and the baseline measured
in the same run, under a description of the machine it ran on."""

from __future__ import annotations

import math
import os
import platform
import subprocess
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

OPERATORS = {"<=": lambda v, t: v <= t, ">=": lambda v, t: v >= t, "<": lambda v, t: v < t,
             "==": lambda v, t: v == t}
PACKAGES = ("torch", "sentence-transformers", "llama_cpp_python", "chromadb", "langchain", "gradio")


@dataclass(frozen=True)
class Figure:
    area: str
    measure: str
    value: float
    fmt: str = "{:.3f}"
    target: tuple[str, float] | None = None  # e.g. (">=", 0.95)
    baseline: float | None = None
    baseline_name: str = "naive"
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or math.isnan(self.value):
            return None
        op, threshold = self.target
        return OPERATORS[op](self.value, threshold)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or not self.baseline or math.isnan(self.baseline) or math.isnan(self.value):
            return None
        return self.value / self.baseline

    def cells(self) -> list[str]:
        target = f"{self.target[0]} {self.fmt.format(self.target[1])}" if self.target else ""
        met = {True: "yes", False: "**no**", None: ""}[self.met]
        baseline = f"{self.fmt.format(self.baseline)} ({self.baseline_name})" if self.baseline is not None else ""
        ratio = f"{self.ratio:.3g}×" if self.ratio is not None else ""
        return [self.area, self.measure, self.fmt.format(self.value), target, met, baseline, ratio, self.note]


@dataclass(frozen=True)
class Failure:
    """A section that raised: reported in the table instead of ending the run."""

    area: str
    error: str


def table(figures: list[Figure | Failure]) -> str:
    rows = ["| area | measure | measured | target | met | baseline (same run) | ratio | note |",
            "|---|---|---|---|---|---|---|---|"]
    for f in figures:
        cells = f.cells() if isinstance(f, Figure) else [f.area, "**failed**", "", "", "**no**", "", "", f.error]
        rows.append("| " + " | ".join(c.replace("|", "/").replace("\n", " ") for c in cells) + " |")
    return "\n".join(rows)


def summary(figures: list[Figure | Failure]) -> str:
    targets = [f for f in figures if isinstance(f, Figure) and f.met is not None]
    missed = [f"{f.area}: {f.measure}" for f in targets if not f.met]
    failed = [f.area for f in figures if isinstance(f, Failure)]
    text = f"{sum(bool(f.met) for f in targets)} of {len(targets)} targets met."
    if missed:
        text += " Missed: " + "; ".join(missed) + "."
    if failed:
        text += " Sections that failed: " + ", ".join(failed) + "."
    return text


def machine() -> list[str]:
    """What the figures depend on: CPU, memory, software and the commit measured."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem = next((int(line.split()[1]) / 2**20 for line in _read("/proc/meminfo").splitlines()
                if line.startswith("MemTotal:")), 0.0)
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    return [f"- CPU: {cpu}, {os.cpu_count()} cores available; memory {mem:.0f} GiB; no GPU",
            f"- System: {platform.platform()}; Python {platform.python_version()}",
            f"- Packages: {versions}",
            f"- Commit: {_commit()}; measured {datetime.now().strftime('%Y-%m-%d %H:%M')}"]


def markdown(figures: list[Figure | Failure], setup: list[str], command: str, minutes: float) -> str:
    return "\n".join(["# Benchmarks", "", f"Written by `{command}` in {minutes:.0f} minutes. {summary(figures)}", "",
                      "## Machine", "", *machine(), "", "## Set-up", "", *setup, "", "## Figures", "",
                      "Ratio = measured / baseline. The baseline of each row was measured in the same run: "
                      "\"naive\" is the naive pipeline (fixed 500-character chunks, dense search only, the model "
                      "answering, drafting or judging directly from the passages it got); other baselines are "
                      "named in the row.", "", table(figures), ""])


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    """The commit measured, "-dirty" when code differs from it (the report being written does not count)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True, timeout=10,
                              cwd=Path(__file__).parent).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        changed = git("status", "--porcelain", "--untracked-files=no", "--", ":/", ":(exclude,top)docs/benchmarks.md")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + ("-dirty" if changed else "")

"""The benchmark report: one markdown table of every figure, its target, and the baseline measured
in the same run, under a description of the machine it ran on."""

from __future__ import annotations

import json
import math
import os
import platform
import subprocess
from dataclasses import asdict, dataclass, field
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


@dataclass
class SectionRun:
    """One section's figures with the commit and time they were measured at: a run of some sections keeps the
    others' figures from the run before, each row still measured beside its baseline in its own run."""

    name: str
    figures: list[Figure | Failure] = field(default_factory=list)
    commit: str = ""
    measured: str = ""
    minutes: float = 0.0

    @classmethod
    def now(cls, name: str, figures: list[Figure | Failure], minutes: float) -> SectionRun:
        return cls(name, figures, _commit(), datetime.now().strftime("%Y-%m-%d %H:%M"), minutes)


def save(path: Path, runs: list[SectionRun]) -> None:
    """The figures as data beside the markdown, so that a later run of some sections can keep the rest."""
    rows = [{**asdict(r), "figures": [{"failure": isinstance(f, Failure), **asdict(f)} for f in r.figures]}
            for r in runs]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load(path: Path) -> dict[str, SectionRun]:
    """The sections of an earlier run by name ({} when there is none or it cannot be read)."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    runs: dict[str, SectionRun] = {}
    for row in rows:
        figures: list[Figure | Failure] = []
        for f in row.pop("figures"):
            if f.pop("failure"):
                figures.append(Failure(**f))
            else:
                figures.append(Figure(**{**f, "target": tuple(f["target"]) if f["target"] else None}))
        runs[row["name"]] = SectionRun(figures=figures, **row)
    return runs


def merged(earlier: dict[str, SectionRun], now: list[SectionRun], order: tuple[str, ...]) -> list[SectionRun]:
    """This run's sections in place of the same sections of the earlier run, in the suite's order."""
    runs = {**earlier, **{r.name: r for r in now}}
    return [runs[name] for name in order if name in runs]


def provenance(runs: list[SectionRun]) -> str:
    rows = ["| section | commit | measured | minutes |", "|---|---|---|---|"]
    rows += [f"| {r.name} | {r.commit} | {r.measured} | {f'{r.minutes:.0f}' if r.minutes else 'not recorded'} |"
             for r in runs]
    return "\n".join(rows)


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
            f"- Report written at commit {_commit()}, {datetime.now().strftime('%Y-%m-%d %H:%M')}"]


def markdown(runs: list[SectionRun], setup: list[str], command: str) -> str:
    figures = [f for r in runs for f in r.figures]
    commits = sorted({r.commit for r in runs})
    said = (f"all measured at {commits[0]}" if len(commits) == 1 else
            "sections measured at different commits (see the table); a section's rows all come from one run")
    return "\n".join(["# Benchmarks", "", f"Written by `{command}`; {said}. {summary(figures)}", "",
                      "## Machine", "", *machine(), "", "## Sections", "", provenance(runs), "",
                      "## Set-up", "", *setup, "", "## Figures", "",
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
        changed = git("status", "--porcelain", "--untracked-files=no", "--", ":/", ":(exclude,top)docs/benchmarks.md",
                      ":(exclude,top)docs/benchmarks.json")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (head or "unknown") + ("-dirty" if changed else "")

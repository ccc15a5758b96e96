"""Load: simulated users asking, checking and drafting through the web app's own API (gradio's
client) on 127.0.0.1 for a while; errors, lost requests, latency, queue wait and the server's RSS."""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.stats import mean, quantile

QUESTIONS = ["市外办新建了几个友城？", "市委外事工作委员会第三次全体会议是哪天召开的？", "主题教育中查摆出多少个问题？",
             "翻译人才库有多少人？", "2023年开展了几次培训？", "谁给全市翻译人才做了专题讲座？"]
DRAFTS = ["一是优化布局，2023年新建友城6个（其中县级友城3个）。\n二是2024年举办友城论坛1次。",
          "2023年12月20日，市委外事工作委员会召开第三次全体会议。"]
MIX = (("ask", 0.6), ("check", 0.35), ("draft", 0.05))
RUNNING = ("PROCESSING", "ITERATING", "PROGRESS", "SENDING_DATA", "FINISHED")  # out of the queue


@dataclass(frozen=True)
class Call:
    kind: str
    seconds: float
    waited: float  # in the queue before it ran
    ok: bool
    error: str = ""


@dataclass
class LoadRun:
    users: int
    seconds: float
    calls: list[Call] = field(default_factory=list)
    rss_mb: list[tuple[float, float]] = field(default_factory=list)  # (seconds since start, MB)
    submitted: int = 0

    @property
    def errors(self) -> int:
        return sum(not c.ok for c in self.calls)

    @property
    def rss_drift(self) -> float:
        return _drift(self.rss_mb)

    def percentile(self, kind: str, measure: str, q: int) -> float:
        """`measure` is "seconds" (the whole call) or "waited" (in the queue) of the calls of `kind`."""
        return quantile((getattr(c, measure) for c in self.calls if c.kind == kind), q / 100)

    def table(self) -> str:
        rows = ["| kind | requests | errors | p50 s | p95 s | queue wait p50 s | p95 s |",
                "|---|---|---|---|---|---|---|"]
        for kind in sorted({c.kind for c in self.calls}):
            chosen = [c for c in self.calls if c.kind == kind]
            rows.append(f"| {kind} | {len(chosen)} | {sum(not c.ok for c in chosen)} | "
                        f"{self.percentile(kind, 'seconds', 50):.2f} | {self.percentile(kind, 'seconds', 95):.2f} | "
                        f"{self.percentile(kind, 'waited', 50):.2f} | {self.percentile(kind, 'waited', 95):.2f} |")
        rss = [mb for _, mb in self.rss_mb]
        lost = self.submitted - len(self.calls)
        rows += ["", f"{self.users} users for {self.seconds:.0f} s: {self.submitted} requests sent, "
                 f"{len(self.calls)} answered, {lost} lost, {self.errors} errors",
                 f"server RSS: start {rss[0]:.0f} MB, max {max(rss):.0f} MB, end {rss[-1]:.0f} MB "
                 f"(last third vs middle third: {self.rss_drift:+.1%})" if rss else "server RSS: not sampled"]
        for error in sorted({c.error for c in self.calls if c.error})[:5]:
            rows.append(f"error: {error}")
        return "\n".join(rows)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int | None = None) -> float:
    status = Path(f"/proc/{pid or 'self'}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))) / 1024


def run(url: str, users: int, seconds: float, seed: int = 3, on_call: Callable[[], None] | None = None) -> LoadRun:
    """Each user is a thread with its own client, choosing ask / check / draft by MIX until time is up."""
    result = LoadRun(users, seconds)
    lock, stop = threading.Lock(), time.monotonic() + seconds
    started = time.monotonic()

    def user(n: int) -> None:
        from gradio_client import Client

        rng = random.Random(seed * 1000 + n)
        client = Client(url, verbose=False)
        while time.monotonic() < stop:
            kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
            with lock:
                result.submitted += 1
            call = _one(client, kind, rng)
            with lock:
                result.calls.append(call)
            if on_call:
                on_call()

    def sample() -> None:
        while time.monotonic() < stop + 5:
            result.rss_mb.append((time.monotonic() - started, rss_mb()))
            time.sleep(2)

    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    sampler = threading.Thread(target=sample, daemon=True)
    for t in (*threads, sampler):
        t.start()
    for t in threads:
        t.join(timeout=seconds + 900)
    return result


def _one(client, kind: str, rng: random.Random) -> Call:
    args: dict[str, tuple] = {
        "ask": (rng.choice(QUESTIONS), [], "全部年份", []),
        "check": (rng.choice(DRAFTS), None, []),
        "draft": ("其他", "section", "（二）拓宽对外交往渠道", "新建友城2个", "", 100, [], "", False),
    }
    started = time.monotonic()
    job = client.submit(*args[kind], api_name=f"/{kind}")
    waited = None
    try:
        while not job.done():
            if waited is None and job.status().code.name in RUNNING:
                waited = time.monotonic() - started
            time.sleep(0.05)
        job.result()
        elapsed = time.monotonic() - started
        return Call(kind, elapsed, elapsed if waited is None else waited, True)
    except Exception as exc:  # every failure counts; the run goes on
        elapsed = time.monotonic() - started
        return Call(kind, elapsed, elapsed if waited is None else waited, False, f"{type(exc).__name__}: {exc}"[:200])


def _drift(samples: list[tuple[float, float]]) -> float:
    """Growth of mean RSS from the middle third of the run to the last third (a leak shows here)."""
    third = len(samples) // 3
    if third < 1:
        return math.nan  # too short a run to tell: no verdict rather than a passing 0
    middle = mean(mb for _, mb in samples[third : 2 * third])
    last = mean(mb for _, mb in samples[2 * third :])
    return last / middle - 1

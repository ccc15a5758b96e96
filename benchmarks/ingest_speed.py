"""Ingest throughput by stage (parse / chunk / embed / store) against the raw embedding speed."""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.components import open_library
from assistant.settings import Settings, load_settings
from benchmarks.corpus import corpus_chunks, settings_at
from ingest.parse_worker import warm_up
from ingest.pipeline import ingest_paths
from ingest.timing import collect_stage_times

STAGES = ("parse", "chunk", "embed", "store")


@dataclass(frozen=True)
class IngestBenchmark:
    documents: int
    failed: int
    chunks: int
    characters: int
    total_s: float
    stages: dict[str, float]
    raw_embed_s: float
    raw_runs: tuple[float, ...] = ()
    round_overheads: tuple[float, ...] = ()

    @property
    def overhead(self) -> float:
        """Time beyond raw embedding of the same texts, as a share of it (median over rounds)."""
        if self.round_overheads:
            return statistics.median(self.round_overheads)
        return (self.total_s - self.raw_embed_s) / self.raw_embed_s

    @property
    def non_embedding_share(self) -> float:
        """Immune to the run-to-run noise of the embedding itself (often ±10% on this machine)."""
        return (self.total_s - self.stages.get("embed", 0.0)) / self.total_s

    def table(self) -> str:
        lines = [f"{'stage':<12}{'seconds':>10}{'share':>9}"]
        for name in STAGES:
            seconds = self.stages.get(name, 0.0)
            lines.append(f"{name:<12}{seconds:>10.2f}{seconds / self.total_s:>9.1%}")
        other = self.total_s - sum(self.stages.get(n, 0.0) for n in STAGES)
        lines += [
            f"{'other':<12}{other:>10.2f}{other / self.total_s:>9.1%}",
            f"{'total':<12}{self.total_s:>10.2f}",
            "",
            f"documents {self.documents} (failed {self.failed}), chunks {self.chunks}, characters {self.characters}",
            f"pipeline: {self.chunks / self.total_s:.1f} chunks/s, {self.characters / self.total_s:.0f} chars/s",
            f"baseline (raw embedding of the same chunk texts, same run, runs before/between/after the "
            f"pipeline rounds {'/'.join(f'{r:.1f}' for r in self.raw_runs)} s): {self.raw_embed_s:.2f} s around "
            f"the round shown, {self.chunks / self.raw_embed_s:.1f} chunks/s",
            f"overhead beyond embedding per round (pipeline / mean of the raw runs around it - 1): "
            f"{', '.join(f'{o:.1%}' for o in self.round_overheads)}",
            f"median overhead {self.overhead:.1%} (target < 10%)",
            f"time in stages other than embedding: {self.non_embedding_share:.1%} of the pipeline",
        ]
        return "\n".join(lines)


def run(corpus: Path, settings: Settings | None = None, rounds: int = 1) -> IngestBenchmark:
    """Raw embedding and the pipeline alternate (R P R P R ...): each round is compared with the raw
    runs on either side of it, so a drift in machine speed hits both sides of the ratio."""
    settings = settings or load_settings()
    texts = [c.embedding_text() for c in corpus_chunks(corpus)]
    raws, measured = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="ra-bench-") as home:
            library = open_library(settings_at(settings, Path(home)))
            library.dense.embeddings.embed_documents(["预热 warm-up"] * 4)  # loading models and
            library.keywords.tokenizer.tokens("预热")  # dictionaries is not ingest work
            warm_up()  # nor is starting the parser process
            if not raws:
                raws.append(_time_raw_embedding(library.dense.embeddings, texts))
            with collect_stage_times() as stages:
                started = time.perf_counter()
                results = ingest_paths([corpus], library)
                measured.append((time.perf_counter() - started, dict(stages), results))
            raws.append(_time_raw_embedding(library.dense.embeddings, texts))
    overheads = [total / ((raws[i] + raws[i + 1]) / 2) - 1 for i, (total, _, _) in enumerate(measured)]
    shown = sorted(range(rounds), key=overheads.__getitem__)[rounds // 2]
    total, stages, results = measured[shown]
    return IngestBenchmark(
        documents=len(results), failed=sum(r.status == "failed" for r in results), chunks=len(texts),
        characters=sum(len(t) for t in texts), total_s=total, stages=stages,
        raw_embed_s=(raws[shown] + raws[shown + 1]) / 2, raw_runs=tuple(raws), round_overheads=tuple(overheads),
    )


def _time_raw_embedding(embeddings, texts: list[str]) -> float:
    started = time.perf_counter()
    embeddings.embed_documents(texts)
    return time.perf_counter() - started

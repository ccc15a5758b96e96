"""Retrieval latency and memory as the library grows from 1k to 10k to 100k chunks.

The library is built from real chunks: each is embedded once, then copied with its vector perturbed
(Gaussian noise, renormalised) and its keyword text mixed with another chunk's, so that building
100k chunks takes minutes instead of hours of embedding. Queries are real dev-set questions; the
latency includes embedding the query and excludes any LLM.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.components import open_library
from assistant.settings import Settings
from benchmarks.corpus import corpus_chunks, settings_at
from benchmarks.load import rss_mb
from benchmarks.retrieval_eval import MODES
from benchmarks.stats import quantile
from ingest.document import Chunk
from vectorstore.chroma_store import chunk_metadata
from vectorstore.library import Library, transaction

SCALES = (1_000, 10_000, 100_000)
NOISE = 0.02  # per dimension: cosine to the original about 0.93
CHROMA_BATCH = 4000


@dataclass(frozen=True)
class ScaleRow:
    chunks: int
    p50_ms: dict[str, float]
    p95_ms: dict[str, float]
    rss_mb: float
    disk_mb: float
    build_s: float
    stored: tuple[int, int]  # vectors and keyword rows actually in the library


@dataclass(frozen=True)
class Base:
    chunks: list[Chunk]
    vectors: np.ndarray
    tokens: list[tuple[str, str, str]]


def disk_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def load_base(corpus: Path, library: Library) -> Base:
    chunks = corpus_chunks(corpus)
    vectors = np.asarray(library.dense.embeddings.embed_documents([c.embedding_text() for c in chunks]), "float32")
    tokens = [tuple(library.keywords.token_text(t) for t in (c.title, c.section, c.text)) for c in chunks]
    return Base(chunks, vectors, tokens)


def grow(library: Library, base: Base, start: int, stop: int, rng: random.Random) -> None:
    """Chunks start..stop-1: copy n of base chunk i is chunk n*len(base)+i, in its own document copy."""
    size = len(base.chunks)
    for lo in range(start, stop, CHROMA_BATCH):
        numbers = range(lo, min(stop, lo + CHROMA_BATCH))
        chunks, vectors, keyword_rows, documents = [], [], [], {}
        for n in numbers:
            copy, i = divmod(n, size)
            real = base.chunks[i]
            doc_id = f"{real.doc_id}~{copy}"
            chunk = Chunk(f"{doc_id}-{real.index:04d}", doc_id, real.index, real.text, real.heading_path,
                          real.title, f"{real.source}~{copy}", real.year, real.doc_type)
            vector = base.vectors[i] + (np.random.default_rng(n).normal(0, NOISE, base.vectors.shape[1])
                                        if copy else 0)
            title, section, body = base.tokens[i]
            if copy:
                body += " " + base.tokens[rng.randrange(size)][2][: len(body) // 3]
            chunks.append(chunk)
            vectors.append((vector / np.linalg.norm(vector)).tolist())
            keyword_rows.append((title, section, body, chunk.chunk_id, doc_id))
            documents[doc_id] = (doc_id, chunk.source, real.title, real.year, real.doc_type)
        library.dense.collection.upsert(ids=[c.chunk_id for c in chunks], embeddings=vectors,
                                        metadatas=[chunk_metadata(c) for c in chunks])
        with transaction(library.conn) as cur:
            cur.executemany("INSERT OR IGNORE INTO documents (doc_id, source, title, year, doc_type, chunks, facts,"
                            " embedding_model) VALUES (?, ?, ?, ?, ?, 0, 0, '')", documents.values())
            cur.executemany("INSERT INTO chunks (chunk_id, doc_id, idx, text, section) VALUES (?, ?, ?, ?, ?)",
                            [(c.chunk_id, c.doc_id, c.index, c.text, c.section) for c in chunks])
            library.keywords.add_rows(keyword_rows, cur)


def time_queries(library: Library, questions: list[str], mode: str, k: int = 5) -> list[float]:
    library.search(questions[0], k, mode=mode)
    times = []
    for q in questions:
        started = time.perf_counter()
        library.search(q, k, mode=mode)
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def run(corpus: Path, questions: list[str], settings: Settings, scales: tuple[int, ...] = SCALES) -> list[ScaleRow]:
    rng = random.Random(0)
    with tempfile.TemporaryDirectory(prefix="ra-scale-") as tmp:
        home = Path(tmp)
        library = open_library(settings_at(settings, home))
        base = load_base(corpus, library)
        rows, have = [], 0
        for target in scales:
            started = time.perf_counter()
            grow(library, base, have, target, rng)
            build, have = time.perf_counter() - started, target
            times = {mode: time_queries(library, questions, mode) for mode in MODES}
            rows.append(ScaleRow(target, {m: quantile(t, 0.5) for m, t in times.items()},
                                 {m: quantile(t, 0.95) for m, t in times.items()}, rss_mb(), disk_mb(home), build,
                                 (library.dense.count(), library.keywords.count())))
    return rows


def table(rows: list[ScaleRow], questions: int) -> str:
    first = rows[0]
    lines = [f"queries per mode and scale: {questions} (query embedding included, LLM excluded), cpu {os.cpu_count()}",
             f"{'chunks':>8} {'dense p50/p95':>15} {'keyword p50/p95':>17} {'hybrid p50/p95':>16}"
             f" {'hybrid p95 vs first':>20} {'RSS MB':>8} {'disk MB':>8} {'build s':>8}"]
    for r in rows:
        cells = [f"{r.p50_ms[m]:.1f}/{r.p95_ms[m]:.1f}" for m in MODES]
        lines.append(f"{r.chunks:>8} {cells[0]:>15} {cells[1]:>17} {cells[2]:>16}"
                     f" {r.p95_ms['hybrid'] / first.p95_ms['hybrid']:>19.2f}x {r.rss_mb:>8.0f} {r.disk_mb:>8.0f}"
                     f" {r.build_s:>8.1f}")
    last = rows[-1]
    verdict = "met" if last.p95_ms["hybrid"] <= 50 else "NOT met"
    lines.append(f"target: hybrid p95 <= 50 ms at {last.chunks} chunks: {last.p95_ms['hybrid']:.1f} ms ({verdict})")
    return "\n".join(lines)

"""Retrieval evaluation: hit@1/5/10, MRR and latency for dense, keyword and hybrid search, side by side.

A hit is a passage from the gold document (when the question names one) that holds the gold evidence.
Both are compared after normalisation (canonical spelling; whitespace and punctuation removed). The
passage holds the evidence when their longest common run of characters is at least
min(|E|, max(10, ceil(min(|P|, |E|) / 2))): a short span (10 characters or fewer) must be there whole;
a longer span cut by a chunk boundary must be there at least by half; a span longer than the passage
(a long list of measures) must fill at least half of the passage.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from benchmarks.stats import quantile
from ingest.errors import UserError
from ingest.nlp.clean import canonical
from vectorstore.hits import Hit
from vectorstore.library import Library
from vectorstore.settings import SEARCH_MODES

MODES = SEARCH_MODES
NOT_TEXT = re.compile(r"[^\w%.]+")


class QuestionSetError(UserError, ValueError):
    pass


@dataclass(frozen=True)
class EvalQuestion:
    question: str
    evidence: str | None
    doc: str | None
    answers: tuple[str, ...] = ()  # what a correct answer must contain (all of them)


def load_questions(path: Path) -> list[EvalQuestion]:
    """The devdata format ({"question", "docid", "answer": {"text"}}) or the simple {"q", "evidence", "doc"}."""
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionSetError(f"问题集第 {n} 行不是合法的 JSON (line {n}: {exc})") from exc
        if not isinstance(row, dict):
            raise QuestionSetError(f"问题集第 {n} 行不是 JSON 对象 (line {n}: not an object)")
        if "q" in row:
            questions.append(EvalQuestion(row["q"], row.get("evidence") or None, row.get("doc"),
                                          tuple(row.get("answer") or ())))
        elif "question" in row:
            answer = row.get("answer")
            evidence = answer.get("text") if isinstance(answer, dict) else answer
            questions.append(EvalQuestion(row["question"], evidence or None, row.get("docid"),
                                          (evidence,) if evidence else ()))
        else:
            raise QuestionSetError(f"问题集第 {n} 行既没有 q 也没有 question 字段 (line {n}: no question field)")
    return questions


def normalise(text: str) -> str:
    return NOT_TEXT.sub("", canonical(text)).lower()


def contains_evidence(passage: str, evidence: str) -> bool:
    text, span = normalise(passage), normalise(evidence)
    if not span or span in text:
        return bool(span)
    need = min(len(span), max(10, math.ceil(min(len(text), len(span)) / 2)))
    match = SequenceMatcher(None, text, span, autojunk=False).find_longest_match()
    return match.size >= need


def from_document(hit: Hit, doc: str | None) -> bool:
    c = hit.chunk
    return doc is None or doc == c.doc_id or doc in Path(c.source).stem or doc in c.title


def first_hit_rank(hits: list[Hit], q: EvalQuestion) -> int | None:
    assert q.evidence is not None
    return next((rank for rank, h in enumerate(hits, 1)
                 if from_document(h, q.doc) and contains_evidence(h.chunk.text, q.evidence)), None)


@dataclass
class ModeResult:
    mode: str
    ranks: list[int | None] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def hit_at(self, k: int) -> float:
        return sum(1 for r in self.ranks if r is not None and r <= k) / max(len(self.ranks), 1)

    @property
    def mrr(self) -> float:
        return sum(1 / r for r in self.ranks if r) / max(len(self.ranks), 1)

    def latency(self, q: float) -> float:
        return quantile(self.latencies_ms, q)


Search = Callable[[str, int, str], list[Hit]]


def evaluate(search: Search, questions: list[EvalQuestion], modes: tuple[str, ...] = MODES,
             k: int = 10) -> list[ModeResult]:
    answerable = [q for q in questions if q.evidence]
    results = []
    for mode in modes:
        result = ModeResult(mode)
        search(answerable[0].question if answerable else "预热", k, mode)  # the first query loads models
        for q in answerable:
            started = time.perf_counter()
            hits = search(q.question, k, mode)
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            rank = first_hit_rank(hits, q)
            result.ranks.append(rank)
            if rank is None or rank > 5:
                result.misses.append(q.question)
        results.append(result)
    return results


def library_search(library: Library) -> Search:
    return lambda query, k, mode: library.search(query, k, mode=mode)


def table(results: list[ModeResult], questions: list[EvalQuestion]) -> str:
    answerable = sum(1 for q in questions if q.evidence)
    lines = [f"questions {len(questions)} (with evidence {answerable}, without {len(questions) - answerable})",
             f"{'mode':<9}{'hit@1':>7}{'hit@5':>7}{'hit@10':>8}{'MRR':>7}{'p50 ms':>9}{'p95 ms':>9}"]
    for r in results:
        lines.append(f"{r.mode:<9}{r.hit_at(1):>7.3f}{r.hit_at(5):>7.3f}{r.hit_at(10):>8.3f}{r.mrr:>7.3f}"
                     f"{r.latency(0.5):>9.1f}{r.latency(0.95):>9.1f}")
    return "\n".join(lines)


def as_json(results: list[ModeResult]) -> dict[str, dict[str, float | list[str]]]:
    return {r.mode: {"hit@1": r.hit_at(1), "hit@5": r.hit_at(5), "hit@10": r.hit_at(10), "mrr": r.mrr,
                     "p50_ms": r.latency(0.5), "p95_ms": r.latency(0.95), "misses@5": r.misses} for r in results}

"""Hybrid retrieval: dense and keyword rankings fused by weighted reciprocal rank fusion, a boost
for the year a question names, then whole passages: neighbouring chunks of one section merged,
duplicates collapsed."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PREVIOUS_YEAR, YEAR
from vectorstore.filters import SearchFilter
from vectorstore.hits import Candidate, Hit, ScoredId
from vectorstore.rerank import Reranker
from vectorstore.settings import RetrievalSettings


def fuse(rankings: list[tuple[list[ScoredId], float]], rrf_k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: sum of weight / (rrf_k + rank) over the rankings."""
    fused: dict[str, float] = {}
    for ranking, weight in rankings:
        for rank, scored in enumerate(ranking, 1):
            fused[scored.chunk_id] = fused.get(scored.chunk_id, 0.0) + weight / (rrf_k + rank)
    return fused


def question_years(question: str) -> set[int]:
    return {int(y) for y in YEAR.findall(canonical(question))}


def boost_years(candidates: list[Candidate], years: set[int], boost: float) -> None:
    """Passages of a year the question names rank first among equals, without hiding the others; so do
    passages of the next year's report that state last year's figures (上年为…)."""
    for c in candidates:
        text = canonical(c.chunk.text)
        if (c.chunk.year in years or any(f"{y}年" in text for y in years)
                or (c.chunk.year and c.chunk.year - 1 in years and PREVIOUS_YEAR.search(text))):
            c.score *= 1.0 + boost


def merge_neighbours(ranked: list[Candidate], k: int, max_chars: int) -> list[Candidate]:
    """Adjacent chunks of the same section join the better-ranked passage; repeated text collapses."""
    passages: list[Candidate] = []
    for cand in ranked:
        host = next((p for p in passages if _adjacent(p, cand.chunk) and _size(p) + len(cand.chunk.text) <= max_chars),
                    None)
        if host:
            host.merged.append(cand.chunk)
            continue
        if any(_same_text(p, cand.chunk) for p in passages):
            continue
        if len(passages) < k:
            passages.append(Candidate(cand.chunk, cand.score, cand.dense, cand.keyword, [cand.chunk]))
    return passages


def _adjacent(passage: Candidate, chunk: Chunk) -> bool:
    first = passage.merged[0]
    indexes = [c.index for c in passage.merged]
    return (chunk.doc_id == first.doc_id and chunk.section == first.section
            and (chunk.index == min(indexes) - 1 or chunk.index == max(indexes) + 1))


def _size(passage: Candidate) -> int:
    return sum(len(c.text) for c in passage.merged)


def _same_text(passage: Candidate, chunk: Chunk) -> bool:
    text = re.sub(r"\s+", "", chunk.text)
    return any(text == re.sub(r"\s+", "", c.text) for c in passage.merged)


def as_hit(passage: Candidate) -> Hit:
    parts = sorted(passage.merged, key=lambda c: c.index)
    chunk = replace(passage.chunk, text="\n".join(c.text for c in parts), index=parts[0].index)
    return Hit(chunk, passage.score, tuple(c.chunk_id for c in parts), passage.dense, passage.keyword)


Lookup = Callable[[list[str]], dict[str, Chunk]]


def rank_candidates(dense: list[ScoredId], keyword: list[ScoredId], lookup: Lookup,
                    weights: tuple[float, float], rrf_k: int) -> list[Candidate]:
    fused = fuse([(dense, weights[0]), (keyword, weights[1])], rrf_k)
    chunks = lookup(list(fused))
    dense_scores = {s.chunk_id: s.score for s in dense}
    keyword_scores = {s.chunk_id: s.score for s in keyword}
    # A vector without its chunk row belongs to an ingest that did not finish: never shown.
    return [Candidate(chunks[cid], score, dense_scores.get(cid), keyword_scores.get(cid))
            for cid, score in fused.items() if cid in chunks]


DenseSearch = Callable[[str, int, dict | None], list[ScoredId]]
KeywordSearch = Callable[[str, int, SearchFilter], list[ScoredId]]


class Retriever:
    """Dense + keyword candidates -> fused ranking -> filters and year boost -> optional rerank -> passages."""

    def __init__(self, dense: DenseSearch, keyword: KeywordSearch, lookup: Lookup, settings: RetrievalSettings,
                 reranker: Reranker | None = None) -> None:
        self.dense, self.keyword, self.lookup, self.settings = dense, keyword, lookup, settings
        self.reranker = reranker
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="keyword-search")

    def search(self, query: str, k: int | None = None, where: SearchFilter | None = None,
               mode: str | None = None) -> list[Hit]:
        s, where, mode = self.settings, where or SearchFilter(), mode or self.settings.mode
        k = k or s.k
        pool = max(s.candidates, 3 * k)
        # Keyword search runs in SQLite (GIL released) while the query is embedded: on two cores
        # hybrid costs about as much as dense alone.
        keyword_job = self._pool.submit(self.keyword, query, pool, where) if mode in ("hybrid", "keyword") else None
        dense = self.dense(query, pool, where.chroma_where()) if mode in ("hybrid", "dense") else []
        keyword = keyword_job.result() if keyword_job else []
        ranked = [c for c in rank_candidates(dense, keyword, self.lookup, (s.dense_weight, s.keyword_weight), s.rrf_k)
                  if where.accepts(c.chunk)]
        boost_years(ranked, question_years(query), s.year_boost)
        ranked.sort(key=lambda c: c.score, reverse=True)
        if self.reranker:
            ranked = self.reranker.rerank(query, ranked[: s.rerank_candidates])
        return [as_hit(p) for p in merge_neighbours(ranked, k, s.max_passage_chars)]

"""Optional reranking of fused candidates by a cross-encoder (off unless one is configured).

No Chinese cross-encoder can be had offline here, so none is bundled; any sentence-transformers
CrossEncoder name or local path the user configures is used when present.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ingest.errors import RerankerMissing
from vectorstore.hits import Candidate


class Reranker(Protocol):
    def rerank(self, query: str, candidates: list[Candidate]) -> list[Candidate]: ...


class CrossEncoderReranker:
    def __init__(self, name_or_path: str, rrf_k: int = 60) -> None:
        self.name_or_path, self.rrf_k, self._model = name_or_path, rrf_k, None

    def _load(self):
        if self._model is None:
            from sentence_transformers import CrossEncoder

            try:
                self._model = CrossEncoder(self.name_or_path, local_files_only=True)
            except (OSError, ValueError) as exc:
                raise RerankerMissing(
                    f"找不到重排序模型：{self.name_or_path}（请检查 retrieval.reranker 设置）"
                    f" (cross-encoder not found: {exc})"
                ) from exc
        return self._model

    def rerank(self, query: str, candidates: list[Candidate]) -> list[Candidate]:
        if not candidates:
            return candidates
        scores = self._load().predict([(query, c.chunk.text) for c in candidates], show_progress_bar=False)
        order = sorted(zip(scores, range(len(candidates)), strict=True), reverse=True)
        ranked = [candidates[i] for _, i in order]
        for rank, cand in enumerate(ranked, 1):
            cand.score = 1.0 / (self.rrf_k + rank)
        return ranked


def make_reranker(name_or_path: str, rrf_k: int) -> Reranker | None:
    if not name_or_path:
        return None
    looks_like_path = name_or_path.startswith(("/", ".", "~"))
    if looks_like_path and not Path(name_or_path).expanduser().exists():
        raise RerankerMissing(f"找不到重排序模型：{name_or_path} (cross-encoder not found)")
    return CrossEncoderReranker(name_or_path, rrf_k)

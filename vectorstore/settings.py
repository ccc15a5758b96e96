"""Settings of the vector store's components; `assistant.settings.Settings` composes them and passes them down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel

DEFAULT_EMBEDDING = "multilingual-e5-small"


class EmbeddingSettings(BaseModel):
    """`model`: the prepared e5 folder by default, or any sentence-transformers name/path."""

    model: str = DEFAULT_EMBEDDING
    batch_size: int = 8  # on CPU, small batches waste less on padding (measured: 8 beats 32 by ~20%)
    int8_query: bool = True  # queries through int8 layers: ~40% less latency; hybrid hit rates held (README)


class ChromaSettings(BaseModel):
    """Embedded (a folder) by default; a Chroma server when `host` is set."""

    path: Path | None = None
    host: str | None = None
    port: int = 8000
    collection: str = "reports"


SearchMode = Literal["dense", "keyword", "hybrid"]
SEARCH_MODES: tuple[str, ...] = get_args(SearchMode)


class RetrievalSettings(BaseModel):
    """Hybrid search: dense and keyword rankings fused by weighted reciprocal rank fusion."""

    k: int = 4
    mode: SearchMode = "hybrid"
    dense_weight: float = 1.0
    keyword_weight: float = 1.5
    rrf_k: int = 10
    candidates: int = 30
    year_boost: float = 0.5
    max_passage_chars: int = 900
    reranker: str = ""
    rerank_candidates: int = 20

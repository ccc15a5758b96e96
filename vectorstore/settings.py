"""Settings of the vector store's components; `assistant.settings.Settings` composes them and passes them down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, Field

DEFAULT_EMBEDDING = "multilingual-e5-small"


class EmbeddingSettings(BaseModel):
    """`model`: the prepared e5 folder by default, or any sentence-transformers name/path."""

    model: str = Field(
        DEFAULT_EMBEDDING,
        description="Embedding model: the prepared e5 folder, or any sentence-transformers name or path "
        "(after a change, run `report-assistant reindex`).",
    )
    # on CPU, small batches waste less on padding (measured: 8 beats 32 by ~20%)
    batch_size: int = Field(8, description="Texts per forward pass of the embedding model when ingesting.")
    # a search then never imports PyTorch: cold `search` ~10 s -> ~3 s, the same vectors (docs/ask.md)
    numpy_query: bool = Field(
        True,
        description="Embed search queries by a numpy forward pass of the prepared model "
        "(the same vectors; a search starts without loading PyTorch).",
    )


class ChromaSettings(BaseModel):
    """Embedded (a folder) by default; a Chroma server when `host` is set."""

    path: Path | None = Field(None, description="Embedded Chroma folder; unset: `<home>/chroma`.")
    host: str | None = Field(None, description="Host of a Chroma server, used instead of the folder when set.")
    port: int = Field(8000, description="Port of the Chroma server.")
    collection: str = Field("reports", description="Chroma collection that holds the chunks.")


SearchMode = Literal["dense", "keyword", "hybrid"]
SEARCH_MODES: tuple[str, ...] = get_args(SearchMode)


class RetrievalSettings(BaseModel):
    """Hybrid search: dense and keyword rankings fused by weighted reciprocal rank fusion."""

    k: int = Field(4, description="Passages a search returns; the ask chain reads this many.")
    mode: SearchMode = Field(
        "hybrid",
        description="Search mode: `hybrid` (dense and keyword fused), `dense` or `keyword`.",
    )
    dense_weight: float = Field(1.0, description="Weight of the dense ranking in the fusion: weight / (rrf_k + rank).")
    keyword_weight: float = Field(1.5, description="Weight of the keyword (BM25) ranking in the fusion.")
    rrf_k: int = Field(10, description="Rank offset of reciprocal rank fusion.")
    candidates: int = Field(30, description="Candidates taken from each index before fusion (at least 3 × k).")
    year_boost: float = Field(0.5, description="Passages of a year the question names score × (1 + year_boost).")
    max_passage_chars: int = Field(
        900,
        description="Neighbouring chunks of one section merge into a passage up to this size.",
    )
    reranker: str = Field(
        "",
        description="A sentence-transformers CrossEncoder name or path to rerank with; empty: off.",
    )
    rerank_candidates: int = Field(20, description="Fused candidates the cross-encoder reranks.")

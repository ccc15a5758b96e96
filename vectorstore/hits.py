"""What retrieval hands on: candidates while ranking, hits when done."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.document import Chunk


@dataclass(frozen=True)
class Hit:
    """A retrieved passage (one chunk or several neighbours merged), its fused score and its parts."""

    chunk: Chunk
    score: float
    chunk_ids: tuple[str, ...] = ()
    dense_score: float | None = None
    keyword_score: float | None = None

    @property
    def ids(self) -> tuple[str, ...]:
        return self.chunk_ids or (self.chunk.chunk_id,)


@dataclass
class Candidate:
    """A chunk on its way to becoming a passage; `merged` holds the neighbours it absorbed."""

    chunk: Chunk
    score: float = 0.0
    dense: float | None = None
    keyword: float | None = None
    merged: list[Chunk] = field(default_factory=list)


@dataclass(frozen=True)
class ScoredId:
    """A chunk id with its cosine similarity to the query."""

    chunk_id: str
    score: float

"""Sentence-transformers embeddings behind LangChain's Embeddings interface, offline by default."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.errors import EmbeddingModelMissing

# Reports are confidential and the hub is unreachable here: never try the network unless asked.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


class SentenceEmbeddings(Embeddings):
    """Uses the model's own query/document prompts (e5's `query: ` / `passage: `) when it has them."""

    def __init__(self, source: str, batch_size: int = 8, int8_query: bool = False) -> None:
        if _looks_like_path(source) and not Path(source).is_dir():
            raise EmbeddingModelMissing(
                f"向量模型不存在：{source}。请先运行 report-assistant models prepare"
                f" (embedding model not found: {source}; run `report-assistant models prepare`)"
            )
        self.source, self.batch_size, self.int8_query = source, batch_size, int8_query
        self._model = None
        self._query_encoder = None

    @property
    def model(self):
        """Loaded on first use: opening the store to list or skip documents needs no model."""
        if self._model is None:
            try:
                self._model = _load(self.source)
            except Exception as exc:  # truncated weights, bad JSON, safetensors errors: all mean "prepare again"
                raise EmbeddingModelMissing(
                    f"向量模型无法加载（可能已损坏）：{self.source}。请运行 report-assistant models prepare 重新准备"
                    f" (cannot load the embedding model: {exc})") from exc
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode_document(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_encoder(text) if self.int8_query else self._full_query(text)

    def _full_query(self, text: str) -> list[float]:
        return self.model.encode_query(text, normalize_embeddings=True, convert_to_numpy=True).tolist()

    @property
    def query_encoder(self) -> Callable[[str], list[float]]:
        if self._query_encoder is None:
            from vectorstore.query_encoder import Int8QueryEncoder

            supported = Int8QueryEncoder.supports(self.model)
            self._query_encoder = Int8QueryEncoder(self.model) if supported else self._full_query
        return self._query_encoder


def _load(source: str):
    """The model, imported and loaded on first use: opening the store to list or remove documents needs neither."""
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    return SentenceTransformer(source, device="cpu")


def _looks_like_path(source: str) -> bool:
    return source.startswith(("/", ".", "~"))


@lru_cache(maxsize=4)
def shared_embeddings(source: str, batch_size: int = 8, int8_query: bool = False) -> SentenceEmbeddings:
    """One loaded model per process and source (1 GB of RAM each)."""
    return SentenceEmbeddings(source, batch_size, int8_query)

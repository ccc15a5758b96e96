"""Sentence-transformers embeddings behind LangChain's Embeddings interface, offline by default."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from langchain_core.embeddings import Embeddings

from ingest.errors import EmbeddingModelMissing

# Reports are confidential and the hub is unreachable here: never try the network unless asked.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

T = TypeVar("T")


class SentenceEmbeddings(Embeddings):
    """Uses the model's own query/document prompts (e5's `query: ` / `passage: `) when it has them."""

    def __init__(self, source: str, batch_size: int = 8, numpy_query: bool = False) -> None:
        if _looks_like_path(source) and not Path(source).is_dir():
            raise EmbeddingModelMissing(
                f"向量模型不存在：{source}。请先运行 report-assistant models prepare"
                f" (embedding model not found: {source}; run `report-assistant models prepare`)"
            )
        self.source, self.batch_size, self.numpy_query = source, batch_size, numpy_query
        self._model = None
        self._query_encoder = None

    @property
    def model(self):
        """Loaded on first use: opening the store to list or skip documents needs no model."""
        if self._model is None:
            self._model = self._loading(_load)
        return self._model

    def _loading(self, load: Callable[[str], T]) -> T:
        try:
            return load(self.source)
        except Exception as exc:  # truncated weights, bad JSON, safetensors errors: all mean "prepare again"
            raise EmbeddingModelMissing(
                f"向量模型无法加载（可能已损坏）：{self.source}。请运行 report-assistant models prepare 重新准备"
                f" (cannot load the embedding model: {exc})") from exc

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self.model.encode_document(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.query_encoder(text)

    def _full_query(self, text: str) -> list[float]:
        return self.model.encode_query(text, normalize_embeddings=True, convert_to_numpy=True).tolist()

    @property
    def query_encoder(self) -> Callable[[str], list[float]]:
        """The numpy forward pass when asked for and the model is a supported folder (a search then never
        loads PyTorch), else the full model."""
        if self._query_encoder is None:
            from vectorstore import query_encoder

            folder = Path(self.source).expanduser()
            if self.numpy_query and _looks_like_path(self.source) and query_encoder.supported(folder):
                self._query_encoder = self._loading(lambda _: query_encoder.NumpyQueryEncoder(folder))
            else:
                self._query_encoder = self._full_query
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
def shared_embeddings(source: str, batch_size: int = 8, numpy_query: bool = False) -> SentenceEmbeddings:
    """One loaded model per process and source (1 GB of RAM each)."""
    return SentenceEmbeddings(source, batch_size, numpy_query)

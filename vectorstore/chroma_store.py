"""Chunks in a Chroma collection, embedded (a folder) or on a Chroma server (host:port)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaClientSettings
from langchain_core.embeddings import Embeddings

from ingest.document import Chunk
from ingest.errors import EmbeddingChanged, VectorStoreUnavailable
from ingest.timing import stage
from vectorstore.hits import ScoredId
from vectorstore.settings import ChromaSettings

log = logging.getLogger(__name__)
ADD_BATCH = 64


def make_client(chroma: ChromaSettings, folder: Path) -> chromadb.ClientAPI:
    """A client of the configured Chroma server, else an embedded Chroma in `folder`."""
    client_settings = ChromaClientSettings(anonymized_telemetry=False)
    if chroma.host:
        return chromadb.HttpClient(host=chroma.host, port=chroma.port, settings=client_settings)
    folder.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(folder), settings=client_settings)


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    """Only what filters and deletes need: every metadata key costs index writes (title and
    heading path made upserts ~3x slower); the text and headings live in the library database."""
    meta: dict[str, Any] = {"doc_id": chunk.doc_id, "source": chunk.source, "doc_type": chunk.doc_type}
    if chunk.year is not None:
        meta["year"] = chunk.year
    return meta


class ChromaStore:
    """The dense index. Chunk ids derive from content hashes, so writes are idempotent."""

    def __init__(self, client: chromadb.ClientAPI, embeddings: Embeddings, collection: str,
                 embedding_name: str, server: str | None = None) -> None:
        self.client, self.name, self.embeddings, self.embedding_name = client, collection, embeddings, embedding_name
        self.server = server  # host:port of a Chroma server, None for the embedded folder
        with self.reaching():
            self.collection = self._open()

    @contextmanager
    def reaching(self) -> Iterator[None]:
        """A Chroma server that went away is one Chinese error; SQLite is never written after it."""
        try:
            yield
        except (EmbeddingChanged, VectorStoreUnavailable):
            raise
        except Exception as exc:
            if self.server is None:
                raise
            log.warning("Chroma server %s unreachable: %r", self.server, exc)
            raise VectorStoreUnavailable(
                f"向量库服务 {self.server} 无法访问，请检查 Chroma 服务是否在运行；资料库中已有内容不受影响"
                f" (Chroma server unreachable: {type(exc).__name__})") from exc

    def _open(self):
        return self.client.get_or_create_collection(
            self.name, configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": self.embedding_name},
        )

    @property
    def stored_embedding(self) -> str:
        """The model the stored vectors were made with (kept from when the collection was created)."""
        return (self.collection.metadata or {}).get("embedding_model", self.embedding_name)

    def check_embedding(self) -> None:
        if self.stored_embedding != self.embedding_name:
            raise EmbeddingChanged(
                f"向量模型已从 {self.stored_embedding} 改为 {self.embedding_name}，请先运行 report-assistant reindex"
                f" (embedding model changed: run `report-assistant reindex`)"
            )

    def rebuild(self, chunks: list[Chunk], on_batch: Callable[[int], None] | None = None) -> None:
        """A new collection embedded with the configured model, from stored chunks."""
        with self.reaching():
            self.client.delete_collection(self.name)
            self.collection = self._open()
        for start in range(0, len(chunks), ADD_BATCH):
            batch = chunks[start : start + ADD_BATCH]
            self.upsert(batch, self.embeddings.embed_documents([c.embedding_text() for c in batch]))
            if on_batch:
                on_batch(len(batch))

    def embed_chunks(self, chunks: list[Chunk]) -> list[list[float]]:
        self.check_embedding()
        with stage("embed"):
            return self.embeddings.embed_documents([c.embedding_text() for c in chunks]) if chunks else []

    def ids_of(self, source: str, doc_ids: set[str]) -> set[str]:
        """Ids of the vectors stored for a file path or for any of the documents."""
        where = {"$or": [{"source": source}, {"doc_id": {"$in": sorted(doc_ids)}}]}
        with self.reaching():
            return set(self.collection.get(where=where, include=[])["ids"])

    def upsert(self, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        # Text stays in the library database: Chroma's full-text index makes Chinese writes ~5x slower.
        with self.reaching():
            for start in range(0, len(chunks), ADD_BATCH):
                self.collection.upsert(
                    ids=[c.chunk_id for c in chunks[start : start + ADD_BATCH]],
                    embeddings=vectors[start : start + ADD_BATCH],
                    metadatas=[chunk_metadata(c) for c in chunks[start : start + ADD_BATCH]],
                )

    def search(self, query: str, k: int = 4, where: dict[str, Any] | None = None) -> list[ScoredId]:
        """Nearest chunk ids by cosine similarity, among chunks whose metadata match `where`."""
        self.check_embedding()  # no count() first: it costs ~10 ms at 100k chunks, and empty queries are fine
        vector = self.embeddings.embed_query(query)
        with self.reaching():
            result = self.collection.query(query_embeddings=[vector], n_results=k, where=where, include=["distances"])
        return [ScoredId(cid, 1.0 - float(dist))
                for cid, dist in zip(result["ids"][0], result["distances"][0], strict=True)]

    def ids(self, page: int = 5000) -> set[str]:
        """Every chunk id in the collection, read a page at a time."""
        found: set[str] = set()
        with self.reaching():
            while batch := self.collection.get(include=[], limit=page, offset=len(found))["ids"]:
                found.update(batch)
        return found

    def delete_ids(self, chunk_ids: list[str]) -> None:
        if not chunk_ids:
            return
        with self.reaching():
            self.collection.delete(ids=chunk_ids)

    def delete_document(self, doc_id: str) -> None:
        with self.reaching():
            self.collection.delete(where={"doc_id": doc_id})

    def count(self) -> int:
        with self.reaching():
            return self.collection.count()

"""Chunks in a Chroma collection, embedded (a folder) or on a Chroma server (host:port)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import chromadb
from chromadb.config import Settings as ChromaClientSettings
from langchain_core.embeddings import Embeddings

from assistant.settings import Settings
from ingest.document import PATH_SEPARATOR, Chunk

log = logging.getLogger(__name__)
ADD_BATCH = 64


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its cosine similarity to the query."""

    chunk: Chunk
    score: float


def make_client(settings: Settings) -> chromadb.ClientAPI:
    client_settings = ChromaClientSettings(anonymized_telemetry=False)
    if settings.chroma.host:
        return chromadb.HttpClient(
            host=settings.chroma.host, port=settings.chroma.port, settings=client_settings
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=client_settings)


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "doc_id": chunk.doc_id, "index": chunk.index, "title": chunk.title,
        "source": chunk.source, "section": chunk.section, "doc_type": chunk.doc_type,
    }
    if chunk.year is not None:
        meta["year"] = chunk.year
    return meta


def chunk_from_record(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    section = meta.get("section") or ""
    return Chunk(
        chunk_id=chunk_id, doc_id=meta["doc_id"], index=int(meta["index"]), text=text,
        heading_path=tuple(section.split(PATH_SEPARATOR)) if section else (),
        title=meta.get("title", ""), source=meta.get("source", ""), year=meta.get("year"),
        doc_type=meta.get("doc_type", ""),
    )


class ChromaStore:
    """The dense index. Chunk ids derive from content hashes, so writes are idempotent."""

    def __init__(self, client: chromadb.ClientAPI, embeddings: Embeddings, collection: str,
                 embedding_name: str) -> None:
        self.embeddings = embeddings
        self.collection = client.get_or_create_collection(
            collection,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": embedding_name},
        )
        stored = (self.collection.metadata or {}).get("embedding_model")
        if stored and stored != embedding_name:
            log.warning("collection was embedded with %s, configured model is %s", stored, embedding_name)

    def replace_source(self, source: str, chunks: list[Chunk]) -> None:
        """Embed first, then swap: a failure while embedding leaves the old version in place."""
        vectors = self.embeddings.embed_documents([c.embedding_text() for c in chunks])
        self.collection.delete(where={"source": source})
        for start in range(0, len(chunks), ADD_BATCH):
            batch = chunks[start : start + ADD_BATCH]
            self.collection.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[start : start + ADD_BATCH],
                documents=[c.text for c in batch],
                metadatas=[chunk_metadata(c) for c in batch],
            )

    def search(self, query: str, k: int = 4) -> list[Hit]:
        if self.collection.count() == 0:
            return []
        result = self.collection.query(
            query_embeddings=[self.embeddings.embed_query(query)], n_results=k,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(chunk_from_record(cid, text, meta), 1.0 - float(dist))
            for cid, text, meta, dist in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0],
                result["distances"][0], strict=True,
            )
        ]

    def delete_document(self, doc_id: str) -> None:
        self.collection.delete(where={"doc_id": doc_id})

    def count(self) -> int:
        return self.collection.count()

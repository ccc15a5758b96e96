"""The library: dense index, document registry and fact ledger kept in step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ingest.document import PATH_SEPARATOR, Chunk, Document
from ingest.facts import Fact
from ingest.timing import stage
from vectorstore.chroma_store import ChromaStore
from vectorstore.ledger import Ledger
from vectorstore.registry import DocumentRow, Registry

CHUNK_SELECT = (
    "SELECT c.chunk_id, c.doc_id, c.idx, c.text, c.section, d.title, d.source, d.year, d.doc_type"
    " FROM chunks c JOIN documents d USING (doc_id)"
)


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its cosine similarity to the query."""

    chunk: Chunk
    score: float


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


class Library:
    """Writes go dense index first and registry last: a registry row means the document is whole."""

    def __init__(self, dense: ChromaStore, conn: sqlite3.Connection, embedding_model: str) -> None:
        self.dense, self.conn, self.embedding_model = dense, conn, embedding_model
        self.registry, self.ledger = Registry(conn), Ledger(conn)

    def document(self, doc_id: str) -> DocumentRow | None:
        return self.registry.get(doc_id)

    def has_source(self, source: str) -> bool:
        return self.registry.by_source(source) is not None

    def documents(self) -> list[DocumentRow]:
        return self.registry.all()

    def embed(self, chunks: list[Chunk]) -> list[list[float]]:
        return self.dense.embed_chunks(chunks)

    def store(self, doc: Document, chunks: list[Chunk], facts: list[Fact],
              vectors: list[list[float]] | None = None) -> DocumentRow:
        old = self.registry.by_source(doc.source)
        self.dense.replace_source(doc.source, chunks, self.embed(chunks) if vectors is None else vectors)
        with stage("store"), transaction(self.conn) as cur:
            for doc_id in {doc.doc_id, old.doc_id if old else doc.doc_id}:
                self._forget(doc_id, cur)
            self.ledger.add(doc.doc_id, facts, cur)
            cur.executemany(
                "INSERT INTO chunks (chunk_id, doc_id, idx, text, section) VALUES (?, ?, ?, ?, ?)",
                [(c.chunk_id, c.doc_id, c.index, c.text, c.section) for c in chunks])
            return self.registry.record(doc, len(chunks), len(facts), self.embedding_model, cur)

    def remove(self, doc_id: str) -> None:
        """Chunks, facts and the registry row go together."""
        self.dense.delete_document(doc_id)
        with transaction(self.conn) as cur:
            self._forget(doc_id, cur)

    def _forget(self, doc_id: str, cur: sqlite3.Connection) -> None:
        self.ledger.delete(doc_id, cur)
        cur.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        self.registry.delete(doc_id, cur)

    def stored_chunks(self) -> list[Chunk]:
        """Every chunk of every complete document, the source for rebuilding the dense index."""
        return [_chunk(r) for r in self.conn.execute(CHUNK_SELECT + " ORDER BY c.doc_id, c.idx")]

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        marks = ", ".join("?" * len(chunk_ids))
        rows = self.conn.execute(CHUNK_SELECT + f" WHERE c.chunk_id IN ({marks})", chunk_ids)
        return {r["chunk_id"]: _chunk(r) for r in rows}

    def reindex(self, on_batch: Callable[[int], None] | None = None) -> int:
        """Re-embed every stored chunk with the configured model, without re-reading any file."""
        chunks = self.stored_chunks()
        self.dense.rebuild(chunks, on_batch)
        self.conn.execute("UPDATE documents SET embedding_model = ?", (self.embedding_model,))
        return len(chunks)

    def search(self, query: str, k: int = 4) -> list[Hit]:
        scored = self.dense.search(query, k)
        chunks = self.chunks_by_id([s.chunk_id for s in scored])
        # A vector without its chunk row belongs to an ingest that did not finish: never shown.
        return [Hit(chunks[s.chunk_id], s.score) for s in scored if s.chunk_id in chunks]


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"], doc_id=row["doc_id"], index=row["idx"], text=row["text"],
        heading_path=tuple(row["section"].split(PATH_SEPARATOR)) if row["section"] else (),
        title=row["title"], source=row["source"], year=row["year"], doc_type=row["doc_type"],
    )

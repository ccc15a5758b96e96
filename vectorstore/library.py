"""The library: dense index, document registry and fact ledger kept in step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ingest.document import PATH_SEPARATOR, Chunk, Document
from ingest.facts import Fact
from ingest.timing import stage
from vectorstore.chroma_store import ChromaStore, Hit
from vectorstore.ledger import Ledger
from vectorstore.registry import DocumentRow, Registry


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
            if old and old.doc_id != doc.doc_id:
                self.ledger.delete(old.doc_id, cur)
                self.registry.delete(old.doc_id, cur)
            self.ledger.replace(doc.doc_id, doc.year, facts, cur)
            self._replace_chunks(doc.doc_id, chunks, cur, old.doc_id if old else None)
            return self.registry.record(doc, len(chunks), len(facts), self.embedding_model, cur)

    def remove(self, doc_id: str) -> None:
        """Chunks, facts and the registry row go together."""
        self.dense.delete_document(doc_id)
        with transaction(self.conn) as cur:
            self.ledger.delete(doc_id, cur)
            self._replace_chunks(doc_id, [], cur)
            self.registry.delete(doc_id, cur)

    @staticmethod
    def _replace_chunks(doc_id: str, chunks: list[Chunk], cur: sqlite3.Connection, old_id: str | None = None) -> None:
        cur.execute("DELETE FROM chunks WHERE doc_id IN (?, ?)", (doc_id, old_id or doc_id))
        cur.executemany(
            "INSERT INTO chunks (chunk_id, doc_id, idx, text, section, title, source, year, doc_type)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.chunk_id, c.doc_id, c.index, c.text, c.section, c.title, c.source, c.year, c.doc_type)
             for c in chunks])

    def stored_chunks(self) -> list[Chunk]:
        """Every chunk as stored at ingest, the source for rebuilding the dense index."""
        return [_chunk(r) for r in self.conn.execute("SELECT * FROM chunks ORDER BY doc_id, idx")]

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        marks = ", ".join("?" * len(chunk_ids))
        rows = self.conn.execute(f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", chunk_ids)
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

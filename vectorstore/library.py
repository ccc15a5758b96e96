"""The library: dense index, document registry and fact ledger kept in step."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.document import Chunk, Document
from ingest.facts import Fact
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

    def store(self, doc: Document, chunks: list[Chunk], facts: list[Fact]) -> DocumentRow:
        old = self.registry.by_source(doc.source)
        self.dense.replace_source(doc.source, chunks)
        with transaction(self.conn) as cur:
            if old and old.doc_id != doc.doc_id:
                self.ledger.delete(old.doc_id, cur)
                self.registry.delete(old.doc_id, cur)
            self.ledger.replace(doc.doc_id, doc.year, facts, cur)
            return self.registry.record(doc, len(chunks), len(facts), self.embedding_model, cur)

    def remove(self, doc_id: str) -> None:
        """Chunks, facts and the registry row go together."""
        self.dense.delete_document(doc_id)
        with transaction(self.conn) as cur:
            self.ledger.delete(doc_id, cur)
            self.registry.delete(doc_id, cur)

    def search(self, query: str, k: int = 4) -> list[Hit]:
        return self.dense.search(query, k)

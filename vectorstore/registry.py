"""The document registry: one row per stored report, the record that an ingest completed."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from ingest.document import Document


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str
    source: str
    title: str
    org: str
    date: str | None
    year: int | None
    doc_type: str
    content_hash: str
    chunks: int
    facts: int
    embedding_model: str
    ingested_at: str


class Registry:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _one(self, sql: str, *args: object) -> DocumentRow | None:
        row = self.conn.execute(sql, args).fetchone()
        return DocumentRow(**row) if row else None

    def get(self, doc_id: str) -> DocumentRow | None:
        return self._one("SELECT * FROM documents WHERE doc_id = ?", doc_id)

    def by_source(self, source: str) -> DocumentRow | None:
        return self._one("SELECT * FROM documents WHERE source = ?", source)

    def all(self) -> list[DocumentRow]:
        rows = self.conn.execute("SELECT * FROM documents ORDER BY year, title").fetchall()
        return [DocumentRow(**r) for r in rows]

    def find(self, ref: str) -> list[DocumentRow]:
        """By id prefix, exact source path, file name or a part of the title."""
        rows = self.conn.execute(
            "SELECT * FROM documents WHERE doc_id LIKE ? || '%' OR source = ? OR source LIKE '%/' || ? "
            "OR title LIKE '%' || ? || '%'", (ref, ref, ref, ref)).fetchall()
        return [DocumentRow(**r) for r in rows]

    def record(self, doc: Document, chunks: int, facts: int, embedding_model: str,
               cursor: sqlite3.Connection | None = None) -> DocumentRow:
        row = DocumentRow(
            doc_id=doc.doc_id, source=doc.source, title=doc.title, org=doc.org, date=doc.date,
            year=doc.year, doc_type=doc.doc_type, content_hash=doc.content_hash, chunks=chunks, facts=facts,
            embedding_model=embedding_model, ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        values = asdict(row)
        (cursor or self.conn).execute(
            f"INSERT OR REPLACE INTO documents ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()))
        return row

    def delete(self, doc_id: str, cursor: sqlite3.Connection | None = None) -> None:
        (cursor or self.conn).execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

"""The fact ledger: every figure, date and named document, with where it was said."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from ingest.facts import Fact

FACT_COLUMNS = tuple(Fact.__dataclass_fields__)
ROW_SELECT = (f"SELECT {', '.join(f'f.{c}' for c in FACT_COLUMNS)}, f.doc_id, d.year, d.title, d.source"
              " FROM facts f JOIN documents d USING (doc_id)")


@dataclass(frozen=True)
class LedgerRow:
    """A stored fact with its document."""

    fact: Fact
    doc_id: str
    year: int | None
    title: str
    source: str = ""


class Ledger:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, doc_id: str, facts: list[Fact], cursor: sqlite3.Connection) -> None:
        columns = (*FACT_COLUMNS, "doc_id")
        cursor.executemany(
            f"INSERT INTO facts ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [(*asdict(f).values(), doc_id) for f in facts])

    def delete(self, doc_id: str, cursor: sqlite3.Connection) -> None:
        cursor.execute("DELETE FROM facts WHERE doc_id = ?", (doc_id,))

    def search(self, query: str = "", kind: str | None = None, year: int | None = None,
               limit: int = 50) -> list[LedgerRow]:
        """Facts whose subject, text or sentence contains every word of the query."""
        sql = ROW_SELECT + " WHERE 1=1"
        args: list[object] = []
        for word in query.split():
            sql += " AND (f.subject LIKE ? OR f.text LIKE ? OR f.sentence LIKE ?)"
            args += [f"%{word}%"] * 3
        if kind:
            sql += " AND f.kind = ?"
            args.append(kind)
        if year:
            sql += " AND d.year = ?"
            args.append(year)
        sql += " ORDER BY d.year, f.doc_id, f.id LIMIT ?"
        args.append(limit)
        return [self._row(r) for r in self.conn.execute(sql, args).fetchall()]

    def mentioning(self, kinds: tuple[str, ...], words: list[str], limit: int = 500) -> list[LedgerRow]:
        """Facts of these kinds whose subject or sentence contains any of the words."""
        likes = " OR ".join(["f.subject LIKE ? OR f.sentence LIKE ?"] * len(words)) or "1=1"
        sql = (ROW_SELECT + f" WHERE f.kind IN ({', '.join('?' * len(kinds))}) AND ({likes})"
               " ORDER BY d.year, f.doc_id, f.id LIMIT ?")
        args = [*kinds, *(f"%{w}%" for w in words for _ in range(2)), limit]
        return [self._row(r) for r in self.conn.execute(sql, args).fetchall()]

    def count(self, doc_id: str | None = None) -> int:
        if doc_id:
            return self.conn.execute("SELECT COUNT(*) FROM facts WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        return self.conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]

    @staticmethod
    def _row(r: sqlite3.Row) -> LedgerRow:
        fact = Fact(**{c: r[c] for c in FACT_COLUMNS})
        return LedgerRow(fact, r["doc_id"], r["year"], r["title"], r["source"])

"""The keyword index: BM25 over jieba tokens in SQLite FTS5, inside the library database.

Living in the same file as chunks, facts and the registry, it is written in the same transaction,
so it can never disagree with them; FTS5 updates incrementally and ranks with Okapi BM25.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ingest.document import Chunk
from ingest.facts import Fact
from ingest.keywords import KeywordTokenizer, fts_query
from vectorstore.chroma_store import ScoredId
from vectorstore.filters import SearchFilter

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS keywords USING fts5(
    title, section, body, chunk_id UNINDEXED, doc_id UNINDEXED, tokenize = "unicode61 tokenchars '.%'"
);
CREATE TABLE IF NOT EXISTS lexicon (word TEXT PRIMARY KEY, doc_id TEXT);
"""
LEARNED_KINDS = ("place", "country", "org")
# Title matches say little about which passage answers; the body says most.
COLUMN_WEIGHTS = (0.3, 0.6, 1.0)


def learned_words(facts: Iterable[Fact]) -> list[str]:
    """Names and figure subjects of a document, so that 诺林市 or 新建友城 become single tokens."""
    words = [f.norm for f in facts if f.kind in LEARNED_KINDS]
    words += [f.subject for f in facts if f.kind == "figure" and 2 <= len(f.subject) <= 8]
    return [w for w in words if w and all("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in w)]


class KeywordIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(SCHEMA)
        self.tokenizer = KeywordTokenizer(r[0] for r in conn.execute("SELECT word FROM lexicon"))

    def add(self, chunks: list[Chunk], facts: list[Fact], cursor: sqlite3.Connection) -> None:
        doc_id = chunks[0].doc_id if chunks else ""
        new = self.tokenizer.learn(learned_words(facts))
        cursor.executemany("INSERT OR IGNORE INTO lexicon (word, doc_id) VALUES (?, ?)", [(w, doc_id) for w in new])
        cursor.executemany(
            "INSERT INTO keywords (title, section, body, chunk_id, doc_id) VALUES (?, ?, ?, ?, ?)",
            [(self._text(c.title), self._text(c.section), self._text(c.text), c.chunk_id, c.doc_id) for c in chunks])

    def _text(self, text: str) -> str:
        return " ".join(self.tokenizer.tokens(text))

    def delete(self, doc_id: str, cursor: sqlite3.Connection) -> None:
        cursor.execute("DELETE FROM keywords WHERE doc_id = ?", (doc_id,))

    def search(self, query: str, k: int, where: SearchFilter | None = None) -> list[ScoredId]:
        """Best BM25 matches among complete documents; scores are positive, higher is better."""
        tokens = self.tokenizer.tokens(query)
        if not tokens:
            return []
        clause, args = (where or SearchFilter()).sql()
        sql = (
            "SELECT k.chunk_id, -bm25(keywords, ?, ?, ?) AS score FROM keywords k"
            " JOIN chunks c ON c.chunk_id = k.chunk_id JOIN documents d ON d.doc_id = c.doc_id"
            f" WHERE keywords MATCH ? {clause} ORDER BY bm25(keywords, ?, ?, ?) LIMIT ?"
        )
        rows = self.conn.execute(sql, [*COLUMN_WEIGHTS, fts_query(tokens), *args, *COLUMN_WEIGHTS, k])
        return [ScoredId(r[0], float(r[1])) for r in rows]

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM keywords").fetchone()[0]

    def rebuild(self, chunks: list[Chunk], cursor: sqlite3.Connection) -> None:
        cursor.execute("DELETE FROM keywords")
        self.add(chunks, [], cursor)

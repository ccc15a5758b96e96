"""The library's SQLite file (document registry, chunk text and fact ledger) in the data folder.

Chunks and facts hold only their own columns; title, source, year and type come from the
document row, which is written last: a chunk or fact without one is never read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL UNIQUE, title TEXT, org TEXT, date TEXT,
    year INTEGER, doc_type TEXT, content_hash TEXT, chunks INTEGER, facts INTEGER,
    embedding_model TEXT, ingested_at TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, kind TEXT, text TEXT, norm TEXT, value REAL,
    unit TEXT, subject TEXT, qualifier TEXT, time TEXT, status TEXT, sentence TEXT,
    chunk_id TEXT, section TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, idx INTEGER, text TEXT, section TEXT
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_subject ON facts(subject);
"""


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.executescript(SCHEMA)
    return conn

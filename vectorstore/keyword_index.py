"""The keyword index: BM25 over jieba tokens in SQLite FTS5, inside the library database.

Living in the same file as chunks, facts and the registry, it is written in the same transaction,
so it can never disagree with them; FTS5 updates incrementally and ranks with Okapi BM25.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ingest.document import Chunk
from ingest.facts import Fact
from ingest.nlp.aliases import aliases_in
from ingest.nlp.clean import canonical
from ingest.nlp.keywords import COMMON, KeywordTokenizer, fts_query
from ingest.nlp.names import cities_named
from ingest.nlp.synonyms import alternatives
from vectorstore.filters import SearchFilter
from vectorstore.hits import ScoredId

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS keywords USING fts5(
    title, section, body, chunk_id UNINDEXED, doc_id UNINDEXED, tokenize = "unicode61 tokenchars '.%'"
);
CREATE TABLE IF NOT EXISTS lexicon (word TEXT PRIMARY KEY, doc_id TEXT);
CREATE TABLE IF NOT EXISTS keyword_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS aliases (long TEXT NOT NULL, short TEXT NOT NULL, doc_id TEXT NOT NULL,
                                    PRIMARY KEY (long, doc_id));
"""
LEARNED_KINDS = ("place", "country", "org")
# Title matches say little about which passage answers; the body says most.
COLUMN_WEIGHTS = (0.3, 0.6, 1.0)
# FTS5 scores every row that matches any query term, so a term found in half of 100k chunks costs
# hundreds of ms. A query keeps its rarest terms up to this many postings in all. Measured: on both
# dev sets (~1.1k chunks) every hit@k and MRR is unchanged against no budget; at 100k chunks keyword
# search p95 falls from 113 ms (budget 20k) to ~15 ms.
POSTINGS_BUDGET = 3_000


PHRASE_CHARS = frozenset("的和与及或、")


def learned_words(facts: Iterable[Fact]) -> list[str]:
    """Names and figure subjects of a document, so that 诺林市 or 新建友城 become single tokens."""
    words = [f.norm for f in facts if f.kind in LEARNED_KINDS]
    # a subject joined by grammar (国家和地区的嘉宾) is a phrase, not a word: as one token it would be a
    # question's term that a passage wording it otherwise (国家和地区的460名嘉宾) never holds
    words += [f.subject for f in facts if f.kind == "figure" and 2 <= len(f.subject) <= 8
              and not PHRASE_CHARS & set(f.subject)]
    return [w for w in words if w and all("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in w)]


def abbreviates(short: str, words: list[str]) -> bool:
    """Is `short` made of the first character of each word (外事|办公室 -> 外办), or those and the last
    character of the last word (博览会 -> 博会)?"""
    if not words:
        return False
    initials = "".join(w[0] for w in words)
    return (short == initials and len(words) > 1) or (short == initials + words[-1][-1] and len(words[-1]) > 1)


def _longest_first(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(long, short) names as a dict, the longest long name first (replaced before the names inside it)."""
    return dict(sorted(pairs, key=lambda pair: -len(pair[0])))


class KeywordIndex:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(SCHEMA)
        self.tokenizer = KeywordTokenizer(r[0] for r in conn.execute("SELECT word FROM lexicon"))
        self.aliases: dict[str, str] = {}
        self._load_aliases(conn)

    def _load_aliases(self, conn: sqlite3.Connection) -> None:
        """Long names and the short names documents define for them (边境经贸交易会: 边交会), longest first."""
        rows = conn.execute("SELECT long, short FROM aliases").fetchall()
        self.aliases = _longest_first(rows)
        self.tokenizer.learn(self.aliases.values())

    def aliased(self, text: str) -> str:
        """The text with each long name a document shortened in its short name (中国澜源边境经贸交易会 ->
        中国澜源边交会): later reports say the short name alone."""
        for long, short in self.aliases.items():
            if long in text:
                text = text.replace(long, short)
        return text

    def add(self, chunks: list[Chunk], facts: list[Fact], cursor: sqlite3.Connection) -> None:
        doc_id = chunks[0].doc_id if chunks else ""
        # 澜源 of 澜源州外侨办 a word of its own: 澜源边交会 is 澜源|边交会, not 澜源边|交会
        cities = cities_named(canonical(chunks[0].title)) if chunks else set()
        named = [w for c in cities for w in (c, c[:-1]) if len(w) >= 2]
        defined = {pair for c in chunks for pair in aliases_in(c.text)}
        new = self.tokenizer.learn([*learned_words(facts), *named, *(short for _, short in defined)])
        cursor.executemany("INSERT OR IGNORE INTO lexicon (word, doc_id) VALUES (?, ?)", [(w, doc_id) for w in new])
        cursor.executemany("INSERT OR IGNORE INTO aliases (long, short, doc_id) VALUES (?, ?, ?)",
                           [(long, short, doc_id) for long, short in defined])
        self.aliases = _longest_first([*self.aliases.items(), *defined])
        heading = lru_cache(maxsize=256)(self.token_text)  # a document's title and headings repeat chunk after chunk
        self.add_rows([(heading(c.title), heading(c.section), self.token_text(c.text), c.chunk_id, c.doc_id)
                       for c in chunks], cursor)

    def add_rows(self, rows: list[tuple[str, str, str, str, str]], cursor: sqlite3.Connection) -> None:
        """Tokenised (title, section, body, chunk_id, doc_id) rows, with their term statistics."""
        cursor.executemany("INSERT INTO keywords (title, section, body, chunk_id, doc_id) VALUES (?, ?, ?, ?, ?)", rows)
        cursor.executemany(
            "INSERT INTO keyword_df (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
            _document_frequencies(rows).items())

    def token_text(self, text: str) -> str:
        """Text as the space-separated tokens FTS5 stores."""
        return " ".join(self.tokenizer.tokens(text))

    def delete(self, doc_id: str, cursor: sqlite3.Connection) -> None:
        rows = cursor.execute("SELECT title, section, body FROM keywords WHERE doc_id = ?", (doc_id,)).fetchall()
        cursor.executemany("UPDATE keyword_df SET df = df - ? WHERE term = ?",
                           [(n, term) for term, n in _document_frequencies(rows).items()])
        cursor.execute("DELETE FROM keyword_df WHERE df <= 0")
        cursor.execute("DELETE FROM keywords WHERE doc_id = ?", (doc_id,))
        cursor.execute("DELETE FROM aliases WHERE doc_id = ?", (doc_id,))
        self._load_aliases(cursor)

    def search(self, query: str, k: int, where: SearchFilter | None = None) -> list[ScoredId]:
        """Best BM25 matches among complete documents; scores are positive, higher is better."""
        terms = self.selective_terms(self.with_synonyms(self.tokenizer.tokens(self.aliased(canonical(query)))))
        if not terms:
            return []
        where = where or SearchFilter()
        clause, args = where.sql()
        ranked = (f"SELECT chunk_id, bm25(keywords, {', '.join(map(str, COLUMN_WEIGHTS))}) AS rank"
                  " FROM keywords WHERE keywords MATCH ?")
        if where.empty:  # rank first, then check the few winners belong to complete documents
            sql = (f"SELECT k.chunk_id, -k.rank FROM ({ranked} ORDER BY rank LIMIT ?) k"
                   " JOIN chunks c ON c.chunk_id = k.chunk_id JOIN documents d ON d.doc_id = c.doc_id ORDER BY k.rank")
            params: list[object] = [fts_query(terms), k]
        else:
            sql = (f"SELECT k.chunk_id, -k.rank FROM ({ranked}) k JOIN chunks c ON c.chunk_id = k.chunk_id"
                   f" JOIN documents d ON d.doc_id = c.doc_id WHERE 1=1 {clause} ORDER BY k.rank LIMIT ?")
            params = [fts_query(terms), *args, k]
        return [ScoredId(r[0], float(r[1])) for r in self.conn.execute(sql, params)]

    def with_synonyms(self, tokens: list[str]) -> list[str]:
        """The tokens, and for a word the library never uses, those of its synonyms (侨企: 侨资企业), as house
        styles name one thing otherwise (a word it uses is looked for as it is: its synonyms would only
        dilute the query)."""
        used = self.document_frequencies(tokens)
        unused = [t for t in tokens if alternatives(t) and t not in used]
        more = [t for token in unused for a in alternatives(token) for t in self.tokenizer.tokens(a)]
        more += [long for t in tokens if t not in used and (long := self.expansion(t))]
        return list(dict.fromkeys([*tokens, *more]))

    def expansion(self, term: str) -> str | None:
        """The library's word a term it never uses abbreviates (博会 -> 博览会, 外办 -> 外事办公室): the
        first character of each of its words, the last one's last character allowed at the end. An everyday
        word (党员) is no abbreviation: what it names is absent."""
        if not 2 <= len(term) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in term) or (
                self.tokenizer.frequency(term) >= COMMON):
            return None
        rows = self.conn.execute("SELECT term FROM keyword_df WHERE term GLOB ? AND length(term) BETWEEN ? AND ?"
                                 " ORDER BY df DESC LIMIT 20", ("*".join(term), len(term) + 1, 2 * len(term) + 2))
        return next((long for (long,) in rows if abbreviates(term, self.tokenizer.words(long))), None)

    def selective_terms(self, tokens: list[str]) -> list[str]:
        """Terms in the index, rarest first, within the postings budget (at least the rarest one)."""
        df = self.document_frequencies(tokens)
        chosen, total = [], 0
        for term in sorted(df, key=df.__getitem__):
            if chosen and total + df[term] > POSTINGS_BUDGET:
                break
            chosen.append(term)
            total += df[term]
        return chosen

    def document_frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many chunks use each term; terms the library never uses are left out."""
        unique = list(dict.fromkeys(tokens))
        if not unique:
            return {}
        marks = ", ".join("?" * len(unique))
        return dict(self.conn.execute(f"SELECT term, df FROM keyword_df WHERE term IN ({marks})", unique).fetchall())

    def years(self) -> set[int]:
        """Every year some chunk mentions (`2023年` is one token)."""
        rows = self.conn.execute("SELECT term FROM keyword_df WHERE term GLOB '[12][0-9][0-9][0-9]年'")
        return {int(r[0][:4]) for r in rows}

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM keywords").fetchone()[0]

    def rebuild(self, chunks: list[Chunk], cursor: sqlite3.Connection) -> None:
        cursor.execute("DELETE FROM keywords")
        cursor.execute("DELETE FROM keyword_df")
        self.add(chunks, [], cursor)

    def term_stats_agree(self) -> bool:
        """The stored document frequencies are those of the stored rows."""
        rows = self.conn.execute("SELECT title, section, body FROM keywords").fetchall()
        stored = dict(self.conn.execute("SELECT term, df FROM keyword_df").fetchall())
        return stored == dict(_document_frequencies(rows))

    def consistent(self, chunks: int) -> bool:
        """One keyword row per stored chunk, and term statistics for them."""
        has_df = self.conn.execute("SELECT EXISTS (SELECT 1 FROM keyword_df)").fetchone()[0]
        return self.count() == chunks and bool(has_df) == bool(chunks)


def _document_frequencies(rows: Iterable[tuple]) -> Counter[str]:
    """In how many rows each term occurs (title, section and body together), as FTS5 counts documents."""
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(set(" ".join(row[:3]).split()))
    return counts

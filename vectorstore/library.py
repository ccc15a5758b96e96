"""The library: dense index, keyword index, document registry and fact ledger kept in step."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.document import PATH_SEPARATOR, Chunk, Document
from ingest.facts import Fact
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PREVIOUS_YEAR
from ingest.nlp.names import cities_named, province_offices, regions_named
from ingest.nlp.synonyms import synonym_words_in
from ingest.nlp.weights import idf, term_weights
from ingest.timing import stage
from vectorstore.chroma_store import ChromaStore
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit
from vectorstore.keyword_index import KeywordIndex
from vectorstore.ledger import Ledger
from vectorstore.registry import DocumentRow, Registry
from vectorstore.rerank import make_reranker
from vectorstore.retrieval import Retriever
from vectorstore.settings import RetrievalSettings
from vectorstore.storage_errors import ensure_free, writable

PREVIOUS_YEAR_WORDS = tuple(PREVIOUS_YEAR.pattern.split("|"))
HOME_SHARE = 0.6  # the body named by this share of the documents is the library's own (外办 means its office)
HOME_MIN_DOCUMENTS = 3
CHUNK_SELECT = (
    "SELECT c.chunk_id, c.doc_id, c.idx, c.text, c.section, d.title, d.source, d.year, d.doc_type"
    " FROM chunks c JOIN documents d USING (doc_id)"
)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def bodies_named(document: DocumentRow) -> set[str]:
    """The cities, districts and provinces a document's title and issuing body name (临江市, 江陵省)."""
    text = canonical(f"{document.title} {document.org}")
    return cities_named(text) | province_offices(text)


def home_body(named: list[set[str]]) -> str | None:
    """The one body named by at least HOME_SHARE of the documents (`named`: the bodies each names), if any."""
    counts = Counter(body for bodies in named for body in bodies).most_common(2)
    if not counts or len(named) < HOME_MIN_DOCUMENTS or counts[0][1] < HOME_SHARE * len(named):
        return None
    return counts[0][0] if len(counts) == 1 or counts[1][1] < counts[0][1] else None


class Library:
    """Writes go dense index first and registry last: a registry row means the document is whole."""

    def __init__(self, dense: ChromaStore, conn: sqlite3.Connection, embedding_model: str,
                 retrieval: RetrievalSettings | None = None, folder: Path = Path(), reserve_bytes: int = 0) -> None:
        self.dense, self.conn, self.embedding_model, self.folder = dense, conn, embedding_model, folder
        self.reserve_bytes = reserve_bytes
        self._known_years: tuple[tuple[int, int], set[int]] | None = None
        self._bodies: tuple[tuple[int, int], tuple[frozenset[str], str | None]] | None = None
        self._issuers: tuple[tuple[int, int], dict[str, str]] | None = None
        self._regions: tuple[tuple[int, int], dict[str, frozenset[str]]] | None = None
        self.registry, self.ledger, self.keywords = Registry(conn), Ledger(conn), KeywordIndex(conn)
        retrieval = retrieval or RetrievalSettings()
        self._fill_keywords()
        self.retriever = Retriever(self.dense.search, self.keywords.search, self.chunks_by_id, retrieval,
                                   make_reranker(retrieval.reranker, retrieval.rrf_k))

    def _fill_keywords(self) -> None:
        """A library made before the keyword index existed gets one, from its stored chunks."""
        chunks = self.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        if not self.keywords.consistent(chunks):
            with transaction(self.conn) as cur:
                self.keywords.rebuild(self.stored_chunks(), cur)

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
        vectors = self.embed(chunks) if vectors is None else vectors
        ensure_free(self.folder, self.reserve_bytes)
        with writable(self.folder):
            return self._store(doc, chunks, facts, vectors, old)

    def _store(self, doc: Document, chunks: list[Chunk], facts: list[Fact], vectors: list[list[float]],
               old: DocumentRow | None) -> DocumentRow:
        """New vectors go in, then the SQLite rows are swapped, then the old vectors go out: a failure at
        any point leaves the previous version whole and searchable, with at most orphan vectors that
        search ignores and `doctor --repair` deletes."""
        replaced = {doc.doc_id, old.doc_id if old else doc.doc_id}
        with stage("store"):
            stale = self.dense.ids_of(doc.source, replaced) - {c.chunk_id for c in chunks}
            self.dense.upsert(chunks, vectors)
            with transaction(self.conn) as cur:
                for doc_id in replaced:
                    self._forget(doc_id, cur)
                self.ledger.add(doc.doc_id, facts, cur)
                self.keywords.add(chunks, facts, cur)
                cur.executemany(
                    "INSERT INTO chunks (chunk_id, doc_id, idx, text, section) VALUES (?, ?, ?, ?, ?)",
                    [(c.chunk_id, c.doc_id, c.index, c.text, c.section) for c in chunks])
                row = self.registry.record(doc, len(chunks), len(facts), self.embedding_model, cur)
            self.dense.delete_ids(sorted(stale))
        return row

    def remove(self, doc_id: str) -> None:
        """Chunks, facts and the registry row go together, before the vectors (orphans are harmless)."""
        with writable(self.folder):
            with transaction(self.conn) as cur:
                self._forget(doc_id, cur)
            self.dense.delete_document(doc_id)  # also any orphans an interrupted ingest of it left

    def _forget(self, doc_id: str, cur: sqlite3.Connection) -> None:
        self.ledger.delete(doc_id, cur)
        self.keywords.delete(doc_id, cur)
        cur.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        self.registry.delete(doc_id, cur)

    def stored_chunks(self) -> list[Chunk]:
        """Every chunk of every complete document, the source for rebuilding the dense index."""
        return [_chunk(r) for r in self.conn.execute(CHUNK_SELECT + " ORDER BY c.doc_id, c.idx")]

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        """A document's chunks in reading order."""
        return [_chunk(r) for r in self.conn.execute(CHUNK_SELECT + " WHERE c.doc_id = ? ORDER BY c.idx", (doc_id,))]

    def chunks_by_id(self, chunk_ids: list[str]) -> dict[str, Chunk]:
        marks = ", ".join("?" * len(chunk_ids))
        rows = self.conn.execute(CHUNK_SELECT + f" WHERE c.chunk_id IN ({marks})", chunk_ids)
        return {r["chunk_id"]: _chunk(r) for r in rows}

    def reindex(self, on_batch: Callable[[int], None] | None = None) -> int:
        """Re-embed every stored chunk with the configured model, without re-reading any file."""
        chunks = self.stored_chunks()
        ensure_free(self.folder, self.reserve_bytes)
        with writable(self.folder):
            self.dense.rebuild(chunks, on_batch)
            with transaction(self.conn) as cur:
                self.keywords.rebuild(chunks, cur)
                cur.execute("UPDATE documents SET embedding_model = ?", (self.embedding_model,))
        return len(chunks)

    def term_weights(self, text: str) -> dict[str, float]:
        """The text's keyword terms weighted by rarity in the library (IDF)."""
        # 结对学校, cut into 结对 and 学校: as a whole it is held where a synonym (国际友好学校) is
        text = self.keywords.aliased(canonical(text))  # 中国澜源边境经贸交易会: 边交会, as later reports say
        tokens = [*self.keywords.tokenizer.tokens(text), *synonym_words_in(text)]
        df = self.keywords.document_frequencies(tokens)
        # 打鱼, a word the library never uses: how the user says it, not what (the library's own words are no
        # everyday words: the tokenizer counts them as merely common)
        weights = term_weights(tokens, df, self.size(), self._is_word, self.keywords.tokenizer.frequency)
        # 茶博会: a term the library never uses may abbreviate one it does (博会 -> 博览会)
        long = {t: e for t in weights if t not in df and (e := self.keywords.expansion(t))}
        if not long:
            return weights
        df |= self.keywords.document_frequencies(long.values())
        return {long.get(t, t): idf(df[long[t]], self.size()) if t in long else w for t, w in weights.items()}

    def _is_word(self, word: str) -> bool:
        """A word of the dictionary, or one the library's passages use (东屿 of 底东屿)."""
        return self.keywords.tokenizer.is_word(word) or self.keywords.document_frequencies([word]).get(word, 0) > 0

    def size(self) -> int:
        """Chunks in the library (the N of the term weights)."""
        return self.keywords.count()

    def known_years(self) -> set[int]:
        """Years the library can say something about: named in its text, the years of its reports, and
        the year before a report that states last year's figures (上年为…)."""
        # a scan of every chunk's text: kept until this or another connection writes to the library
        version = self._version()
        if self._known_years is None or self._known_years[0] != version:
            reports = {d.year for d in self.documents() if d.year}
            previous = {r[0] - 1 for r in self.conn.execute(
                "SELECT DISTINCT d.year FROM chunks c JOIN documents d USING (doc_id) WHERE d.year IS NOT NULL AND ("
                + " OR ".join("instr(c.text, ?) > 0" for _ in PREVIOUS_YEAR_WORDS) + ")", PREVIOUS_YEAR_WORDS)}
            self._known_years = version, self.keywords.years() | reports | previous
        return set(self._known_years[1])

    def _version(self) -> tuple[int, int]:
        """Changes when this or another connection writes to the library."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def bodies(self) -> frozenset[str]:
        """The cities, districts and provinces whose offices the documents come from, as their titles and issuing
        bodies name them (临江市, 青州区, 江陵省 of 江陵省委外办)."""
        return self._named_bodies()[0]

    def home(self) -> str | None:
        """The body whose documents make most of the library (at least HOME_SHARE of them): the office's own
        reports, beside a few news items of other offices. A question that names no body asks about it."""
        return self._named_bodies()[1]

    def _named_bodies(self) -> tuple[frozenset[str], str | None]:
        version = self._version()
        if self._bodies is None or self._bodies[0] != version:
            named = [bodies_named(d) for d in self.documents()]
            self._bodies = version, (frozenset().union(*named), home_body(named))
        return self._bodies[1]

    def issuers(self) -> dict[str, str]:
        """Each document's issuing body as its end or head names it (中共澜源傣族自治州委员会外事工作委员会办公室),
        by document id: the body of a report whose title names none (关于2020年全州外事工作情况的报告)."""
        version = self._version()
        if self._issuers is None or self._issuers[0] != version:
            self._issuers = version, {d.doc_id: d.org for d in self.documents()}
        return self._issuers[1]

    def regions(self) -> dict[str, frozenset[str]]:
        """The provinces each document names anywhere (title, issuing body, text), by document id: a notice of
        重庆市税务局 is about 重庆 even where a passage of it names no place."""
        version = self._version()
        if self._regions is None or self._regions[0] != version:
            texts = {d.doc_id: [d.title, d.org] for d in self.documents()}
            for row in self.conn.execute("SELECT doc_id, text FROM chunks"):
                texts.setdefault(row["doc_id"], []).append(row["text"])
            self._regions = version, {doc: frozenset(regions_named(canonical(" ".join(parts))))
                                      for doc, parts in texts.items()}
        return self._regions[1]

    def search(self, query: str, k: int | None = None, where: SearchFilter | None = None,
               mode: str | None = None) -> list[Hit]:
        return self.retriever.search(query, k, where, mode)


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"], doc_id=row["doc_id"], index=row["idx"], text=row["text"],
        heading_path=tuple(row["section"].split(PATH_SEPARATOR)) if row["section"] else (),
        title=row["title"], source=row["source"], year=row["year"], doc_type=row["doc_type"],
    )

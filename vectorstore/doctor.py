"""`report-assistant doctor`: do the registry, chunk table, keyword index, fact ledger and Chroma agree?
Reading finds every disagreement; repairing removes what belongs to no complete document and
re-embeds chunks whose vectors are missing. A document is complete when its registry row exists
(written last, in the same transaction as its chunks, facts and keyword rows)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from vectorstore.library import Library, transaction


@dataclass(frozen=True)
class Problem:
    kind: str  # orphan_chunks/facts/keywords/vectors, missing_vectors/keywords, counts, term_stats
    detail: str
    ids: tuple[str, ...] = ()


@dataclass
class Diagnosis:
    documents: int
    chunks: int
    facts: int
    keyword_rows: int
    vectors: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def diagnose(library: Library) -> Diagnosis:
    conn = library.conn
    docs = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT doc_id, chunks, facts FROM documents")}
    chunks = {r[0]: r[1] for r in conn.execute("SELECT chunk_id, doc_id FROM chunks")}
    fact_docs = Counter(r[0] for r in conn.execute("SELECT doc_id FROM facts"))
    keyword_rows = [(r[0], r[1]) for r in conn.execute("SELECT chunk_id, doc_id FROM keywords")]
    vectors = library.dense.ids()
    found = Diagnosis(len(docs), len(chunks), sum(fact_docs.values()), len(keyword_rows), len(vectors))
    problems = found.problems
    if orphan := sorted(c for c, d in chunks.items() if d not in docs):
        problems.append(Problem("orphan_chunks", f"{len(orphan)} 段没有所属公文", tuple(orphan)))
    if orphan := sorted(d for d in fact_docs if d not in docs):
        count = sum(fact_docs[d] for d in orphan)
        problems.append(Problem("orphan_facts", f"{count} 条事实没有所属公文", tuple(orphan)))
    keyed = Counter(c for c, _ in keyword_rows)
    if orphan := sorted(c for c in keyed if c not in chunks or chunks[c] not in docs or keyed[c] > 1):
        problems.append(Problem("orphan_keywords", f"{len(orphan)} 条关键词索引多余或重复", tuple(orphan)))
    whole = {c for c, d in chunks.items() if d in docs}
    if orphan := sorted(vectors - whole):
        problems.append(Problem("orphan_vectors", f"{len(orphan)} 个向量没有所属段落", tuple(orphan)))
    if missing := sorted(whole - vectors):
        problems.append(Problem("missing_vectors", f"{len(missing)} 段缺少向量", tuple(missing)))
    if missing := sorted(whole - set(keyed)):
        problems.append(Problem("missing_keywords", f"{len(missing)} 段缺少关键词索引", tuple(missing)))
    per_doc = Counter(chunks.values())
    if wrong := sorted(d for d, (n, f) in docs.items() if per_doc[d] != n or fact_docs[d] != f):
        problems.append(Problem("counts", f"{len(wrong)} 份公文的段落数或事实数与登记不符", tuple(wrong)))
    if not library.keywords.term_stats_agree():
        problems.append(Problem("term_stats", "关键词统计与索引不一致"))
    return found


def repair(library: Library, diagnosis: Diagnosis) -> list[str]:
    """Fixes what the diagnosis found; returns what was done, in Chinese."""
    done = []
    kinds = {p.kind: p for p in diagnosis.problems}
    with transaction(library.conn) as cur:
        if p := kinds.get("orphan_chunks"):
            cur.executemany("DELETE FROM chunks WHERE chunk_id = ?", [(c,) for c in p.ids])
            done.append(f"删除了 {len(p.ids)} 段无主段落")
        if p := kinds.get("orphan_facts"):
            cur.executemany("DELETE FROM facts WHERE doc_id = ?", [(d,) for d in p.ids])
            done.append("删除了无主事实")
        if p := kinds.get("counts"):
            cur.executemany(
                "UPDATE documents SET chunks = (SELECT COUNT(*) FROM chunks c WHERE c.doc_id = documents.doc_id),"
                " facts = (SELECT COUNT(*) FROM facts f WHERE f.doc_id = documents.doc_id) WHERE doc_id = ?",
                [(d,) for d in p.ids])
            done.append(f"更正了 {len(p.ids)} 份公文的登记数")
        if {"orphan_keywords", "missing_keywords", "term_stats", "orphan_chunks"} & kinds.keys():
            library.keywords.rebuild(library.stored_chunks(), cur)
            done.append("重建了关键词索引")
    if p := kinds.get("orphan_vectors"):
        library.dense.delete_ids(list(p.ids))
        done.append(f"删除了 {len(p.ids)} 个无主向量")
    if p := kinds.get("missing_vectors"):
        chunks = list(library.chunks_by_id(list(p.ids)).values())
        library.dense.upsert(chunks, library.embed(chunks))
        done.append(f"补算了 {len(chunks)} 段的向量")
    return done


"""Check a draft: every figure and date against the ledger, the draft against itself, and passages
copied from earlier reports; the draft's own report, if already in the library, is left out."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

from assistant.check.claims import CHECKED_KINDS, NUMERIC_KINDS, claims_of
from assistant.check.copied import Copy, copied_passages
from assistant.check.learned import learn_synonyms, related
from assistant.check.names import NAME_KINDS, judge_names, once_per_name
from assistant.check.verdicts import VERDICTS, Evidence, Finding, Verdict, internal_findings, judge, known_facts
from ingest.document import Chunk
from ingest.metadata import document_year
from ingest.nlp.clean import clean_text
from ingest.outline import parse_outline
from vectorstore.filters import SearchFilter
from vectorstore.ledger import Ledger
from vectorstore.registry import DocumentRow


class CheckLibrary(Protocol):
    ledger: Ledger

    def documents(self) -> list[DocumentRow]: ...

    def stored_chunks(self) -> list[Chunk]: ...


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]
    year: int | None
    seconds: float

    def summary(self) -> dict[str, int]:
        counts = Counter(f.verdict for f in self.findings)
        return {v: counts[v] for v in VERDICTS}

    def as_json(self) -> dict:
        return {"year": self.year, "summary": self.summary(), "findings": [f.as_json() for f in self.findings],
                "seconds": round(self.seconds, 2)}


def copy_finding(draft: str, copy: Copy) -> Finding:
    chunk = copy.chunk
    return Finding(draft[copy.draft_start:copy.draft_end], Verdict.COPIED, draft[copy.draft_start:copy.draft_end],
                   (Evidence(chunk.title, chunk.year, chunk.section, copy.quote),),
                   f"与此前公文有{copy.length}字相同，请确认是否照抄")


def _compared(doc_id: str, year: int | None, against: SearchFilter) -> bool:
    if against.doc_ids and doc_id not in against.doc_ids:
        return False
    return (against.year_from is None or (year or 0) >= against.year_from) and (
        against.year_to is None or (year or 0) <= against.year_to)


def own_documents(text: str, year: int | None, documents: list[DocumentRow]) -> set[str]:
    """The draft itself when it is already in the library: the same text, or the same title and year."""
    cleaned = clean_text(text)
    digest, title = hashlib.sha256(cleaned.encode("utf-8")).hexdigest(), parse_outline(cleaned).title
    return {d.doc_id for d in documents
            if d.content_hash == digest or (title and d.title == title and d.year == year)}


def check_text(text: str, library: CheckLibrary, year: int | None = None, min_copy_chars: int = 30,
               against: SearchFilter | None = None) -> CheckReport:
    """`against` limits the earlier reports compared with (years, documents); default: the whole library."""
    started = time.monotonic()
    year = year or document_year(text)
    documents = library.documents()
    own = own_documents(text, year, documents)
    own |= {d.doc_id for d in documents if against and not _compared(d.doc_id, d.year, against)}
    rows = [r for r in library.ledger.mentioning(CHECKED_KINDS, [], limit=10_000_000) if r.doc_id not in own]
    known = known_facts(rows)
    claims = claims_of(text, year)
    numeric = [c for c in claims if c.fact.kind in NUMERIC_KINDS]
    figures = [k for k in known if k.row.fact.kind in NUMERIC_KINDS]
    learned = learn_synonyms(figures)
    findings = [judge(c, figures, lambda c, found: related(c, figures, found, learned)) for c in numeric]
    findings += internal_findings(numeric)
    chunks = [c for c in library.stored_chunks() if c.doc_id not in own]
    findings += once_per_name(judge_names(claims, [k for k in known if k.row.fact.kind in NAME_KINDS], chunks))
    findings += [copy_finding(text, c) for c in copied_passages(text, chunks, min_copy_chars)]
    order = {v: i for i, v in enumerate(VERDICTS)}
    findings.sort(key=lambda f: order[f.verdict])
    return CheckReport(findings, year, time.monotonic() - started)

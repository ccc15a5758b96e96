"""One file -> a parsed report: clean text, outline, metadata, chunks and the facts of its ledger."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.document import Chunk, Document
from ingest.errors import LoadError
from ingest.facts import Fact, extract_facts
from ingest.loaders import load_text
from ingest.metadata import read_metadata
from ingest.nlp.clean import clean_text
from ingest.outline import parse_outline
from ingest.timing import stage


@dataclass(frozen=True)
class ParsedReport:
    doc: Document
    chunks: list[Chunk]
    facts: list[Fact]


def read_report(path: Path) -> ParsedReport:
    with stage("parse"):
        text = clean_text(load_text(path))
        outline = parse_outline(text)
        title = outline.title or path.stem
        meta = read_metadata(text, title, path.name)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc = Document(
            doc_id=digest[:16], title=title, source=str(path.resolve()), text=text, year=meta.year,
            org=meta.org, date=meta.date, doc_type=meta.doc_type, content_hash=digest,
        )
    with stage("chunk"):
        chunks = chunk_document(doc, outline.paragraphs)
        if not chunks:
            raise LoadError("文件中没有可用的正文 (no body text found)")
        facts = extract_facts(chunks)
    return ParsedReport(doc, chunks, facts)

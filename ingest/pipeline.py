"""File -> clean text -> outline -> chunks + facts -> library; one bad file never stops a batch."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from ingest.chunking import chunk_document
from ingest.clean import clean_text
from ingest.document import Chunk, Document
from ingest.facts import Fact, extract_facts
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, load_text
from ingest.metadata import read_metadata
from ingest.outline import parse_outline
from ingest.timing import stage

log = logging.getLogger(__name__)
Status = Literal["added", "updated", "unchanged", "failed"]
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class StoredDocument(Protocol):
    source: str
    chunks: int


class DocumentSink(Protocol):
    def document(self, doc_id: str) -> StoredDocument | None: ...
    def has_source(self, source: str) -> bool: ...
    def store(self, doc: Document, chunks: list[Chunk], facts: list[Fact]) -> object: ...


@dataclass(frozen=True)
class ParsedReport:
    doc: Document
    chunks: list[Chunk]
    facts: list[Fact]


@dataclass(frozen=True)
class IngestResult:
    path: Path
    status: Status
    chunks: int = 0
    facts: int = 0
    error: str | None = None
    note: str | None = None


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


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Folders are walked for supported files; files named explicitly are always tried."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            files.append(path)
    return files


def ingest_file(path: Path, sink: DocumentSink, max_bytes: int = DEFAULT_MAX_BYTES) -> IngestResult:
    try:
        if not path.is_file():
            raise LoadError(f"文件不存在：{path} (no such file)")
        if (size := path.stat().st_size) > max_bytes:
            raise LoadError(f"文件过大（{size / 2**20:.0f} MB，上限 {max_bytes / 2**20:.0f} MB） (file too large)")
        report = read_report(path)
        if existing := sink.document(report.doc.doc_id):
            note = None if existing.source == report.doc.source else f"与已导入的 {existing.source} 内容相同"
            return IngestResult(path, "unchanged", existing.chunks, note=note)
        status: Status = "updated" if sink.has_source(report.doc.source) else "added"
        sink.store(report.doc, report.chunks, report.facts)
        return IngestResult(path, status, len(report.chunks), len(report.facts))
    except (LoadError, OSError) as exc:
        log.warning("ingest failed for %s: %s", path, exc)
        return IngestResult(path, "failed", error=str(exc))
    except Exception as exc:  # a parser bug on one odd file must not stop the batch
        log.exception("unexpected error while ingesting %s", path)
        return IngestResult(path, "failed", error=f"无法读取该文件 (unexpected {type(exc).__name__}: {exc})")


def ingest_paths(
    paths: Iterable[Path], sink: DocumentSink, on_file: Callable[[IngestResult], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[IngestResult]:
    results = []
    for path in expand_paths(paths):
        result = ingest_file(path, sink, max_bytes)
        results.append(result)
        if on_file:
            on_file(result)
    return results

"""File -> clean text -> outline -> chunks -> store, one file at a time; one bad file never stops a batch."""

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
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, load_text
from ingest.outline import document_year, parse_outline

log = logging.getLogger(__name__)
Status = Literal["added", "updated", "unchanged", "failed"]


class ChunkSink(Protocol):
    def has_document(self, doc_id: str) -> bool: ...
    def has_source(self, source: str) -> bool: ...
    def replace_source(self, source: str, chunks: list[Chunk]) -> None: ...


@dataclass(frozen=True)
class IngestResult:
    path: Path
    status: Status
    chunks: int = 0
    error: str | None = None


def read_document(path: Path) -> tuple[Document, list[Chunk]]:
    text = clean_text(load_text(path))
    outline = parse_outline(text)
    doc = Document(
        doc_id=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        title=outline.title or path.stem,
        source=str(path.resolve()),
        text=text,
        year=document_year(text, path.name),
    )
    chunks = chunk_document(doc, outline.paragraphs)
    if not chunks:
        raise LoadError("文件中没有可用的正文 (no body text found)")
    return doc, chunks


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Folders are walked for supported files; files named explicitly are always tried."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            files.append(path)
    return files


def ingest_file(path: Path, sink: ChunkSink) -> IngestResult:
    try:
        if not path.is_file():
            raise LoadError(f"文件不存在：{path} (no such file)")
        doc, chunks = read_document(path)
        if sink.has_document(doc.doc_id):
            return IngestResult(path, "unchanged", len(chunks))
        status: Status = "updated" if sink.has_source(doc.source) else "added"
        sink.replace_source(doc.source, chunks)
        return IngestResult(path, status, len(chunks))
    except (LoadError, OSError) as exc:
        log.warning("ingest failed for %s: %s", path, exc)
        return IngestResult(path, "failed", error=str(exc))
    except Exception as exc:  # a parser bug on one odd file must not stop the batch
        log.exception("unexpected error while ingesting %s", path)
        return IngestResult(path, "failed", error=f"无法读取该文件 (unexpected {type(exc).__name__}: {exc})")


def ingest_paths(
    paths: Iterable[Path], sink: ChunkSink, on_file: Callable[[IngestResult], None] | None = None
) -> list[IngestResult]:
    results = []
    for path in expand_paths(paths):
        result = ingest_file(path, sink)
        results.append(result)
        if on_file:
            on_file(result)
    return results

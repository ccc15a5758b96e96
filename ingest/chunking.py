"""Cut paragraphs into passages that respect the outline and end at sentence boundaries."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.document import Chunk, Document, Paragraph
from ingest.nlp.sentences import CLAUSE, MAX_SENTENCE_CHARS, split_sentences
from ingest.outline import enumeration_items

MAX_CHUNK_CHARS = 300
MIN_CHUNK_CHARS = 60


def bounded(sentence: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """The sentence, or for one over MAX_SENTENCE_CHARS its clauses packed up to `limit` characters."""
    if len(sentence) <= MAX_SENTENCE_CHARS:
        return [sentence]
    clauses = [c for m in CLAUSE.finditer(sentence) if (c := m.group())]
    pieces = [c[i : i + limit] for c in clauses for i in range(0, len(c), limit)]
    return pack_sentences(pieces, limit)


def pack_sentences(sentences: Iterable[str], limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Greedy packing; a single over-long sentence becomes its own piece rather than being cut."""
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > limit:
            pieces.append(current)
            current = ""
        current += sentence
    if current:
        pieces.append(current)
    return pieces


def pack_paragraph(text: str, limit: int = MAX_CHUNK_CHARS) -> list[str]:
    """Whole enumeration items (一是……) travel together; only an item over the limit is cut, at sentence ends."""
    units = [piece for item in enumeration_items(text)
             for piece in pack_sentences([b for s in split_sentences(item) for b in bounded(s, limit)], limit)]
    return pack_sentences(units, limit)


def merge_short(paragraphs: list[Paragraph], limit: int = MAX_CHUNK_CHARS) -> list[Paragraph]:
    """Short neighbouring paragraphs under the same headings travel together."""
    merged: list[Paragraph] = []
    for para in paragraphs:
        prev = merged[-1] if merged else None
        if (prev and prev.heading_path == para.heading_path
                and min(len(prev.text), len(para.text)) < MIN_CHUNK_CHARS
                and len(prev.text) + len(para.text) <= limit):
            merged[-1] = Paragraph(prev.text + "\n" + para.text, para.heading_path)
        else:
            merged.append(para)
    return merged


def chunk_document(doc: Document, paragraphs: list[Paragraph], limit: int = MAX_CHUNK_CHARS) -> list[Chunk]:
    texts_and_paths = [
        (piece, para.heading_path)
        for para in merge_short(paragraphs, limit)
        for piece in pack_paragraph(para.text, limit)
    ]
    return [
        Chunk(
            chunk_id=f"{doc.doc_id}-{index:04d}", doc_id=doc.doc_id, index=index, text=text,
            heading_path=path, title=doc.title, source=doc.source, year=doc.year, doc_type=doc.doc_type,
        )
        for index, (text, path) in enumerate(texts_and_paths)
    ]

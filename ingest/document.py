"""The things that flow through ingestion."""

from __future__ import annotations

from dataclasses import dataclass, field

PATH_SEPARATOR = " > "


@dataclass(frozen=True)
class Document:
    """One report: its text as loaded (for quoting) and where it came from."""

    doc_id: str
    title: str
    source: str
    text: str
    year: int | None = None
    org: str = ""
    date: str | None = None
    doc_type: str = ""
    content_hash: str = ""


@dataclass(frozen=True)
class Paragraph:
    """A run of body text and the headings above it, outermost first."""

    text: str
    heading_path: tuple[str, ...] = field(default_factory=tuple)

    @property
    def section(self) -> str:
        return PATH_SEPARATOR.join(self.heading_path)


@dataclass(frozen=True)
class Chunk:
    """A passage stored in the vector store, with everything needed to cite it."""

    chunk_id: str
    doc_id: str
    index: int
    text: str
    heading_path: tuple[str, ...]
    title: str
    source: str
    year: int | None = None
    doc_type: str = ""

    @property
    def section(self) -> str:
        return PATH_SEPARATOR.join(self.heading_path)

    def embedding_text(self) -> str:
        """Title and heading path go into the embedded text so a passage is found by its context."""
        head = " ".join(part for part in (self.title, self.section) if part)
        return f"{head}\n{self.text}" if head else self.text

"""Search filters (year range, documents, document types, heading-path prefix), for both indexes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ingest.document import Chunk


@dataclass(frozen=True)
class SearchFilter:
    year_from: int | None = None
    year_to: int | None = None
    doc_ids: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    section_prefix: str = ""

    @property
    def empty(self) -> bool:
        return self == SearchFilter()

    @property
    def years(self) -> tuple[int, ...]:
        """Every year of the range; none when no first year is set."""
        if self.year_from is None:
            return ()
        return tuple(range(self.year_from, (self.year_to or self.year_from) + 1))

    def sql(self) -> tuple[str, list[Any]]:
        """Conditions on `d` (documents) and `c` (chunks) for the keyword query."""
        parts, args = [], []
        if self.year_from is not None:
            parts.append("d.year >= ?")
            args.append(self.year_from)
        if self.year_to is not None:
            parts.append("d.year <= ?")
            args.append(self.year_to)
        for column, values in (("d.doc_id", self.doc_ids), ("d.doc_type", self.doc_types)):
            if values:
                parts.append(f"{column} IN ({', '.join('?' * len(values))})")
                args += list(values)
        if self.section_prefix:
            parts.append("c.section LIKE ? ESCAPE '\\'")
            args.append(_escape_like(self.section_prefix) + "%")
        return "".join(f" AND {p}" for p in parts), args

    def chroma_where(self) -> dict[str, Any] | None:
        """The same conditions in Chroma's metadata language, except the heading prefix (see `accepts`)."""
        conditions: list[dict[str, Any]] = []
        if self.year_from is not None:
            conditions.append({"year": {"$gte": self.year_from}})
        if self.year_to is not None:
            conditions.append({"year": {"$lte": self.year_to}})
        if self.doc_ids:
            conditions.append({"doc_id": {"$in": list(self.doc_ids)}})
        if self.doc_types:
            conditions.append({"doc_type": {"$in": list(self.doc_types)}})
        if not conditions:
            return None
        return conditions[0] if len(conditions) == 1 else {"$and": conditions}

    def accepts(self, chunk: Chunk) -> bool:
        return chunk.section.startswith(self.section_prefix)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

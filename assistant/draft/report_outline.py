"""The outline of a whole report, from the previous report of the same type (its headings, years
moved on, figures masked), or from the type's skeleton in `prompts/` when the library has none."""

from __future__ import annotations

from datetime import date

from assistant.draft.exemplars import mask_specifics
from ingest.document import Chunk
from ingest.nlp.dates import YEAR_BEFORE_NIAN
from prompts import draft_prompt
from vectorstore.registry import DocumentRow


def previous_report(documents: list[DocumentRow], doc_type: str, year: int | None) -> DocumentRow | None:
    """The latest report of the type before `year` (any year when `year` is not given)."""
    same = [d for d in documents if d.doc_type == doc_type and (year is None or (d.year or 0) < year)]
    return max(same, key=lambda d: (d.year or 0, d.ingested_at), default=None)


def outline_headings(chunks: list[Chunk], levels: int) -> list[str]:
    """Every heading down to `levels` deep, in document order."""
    seen: dict[str, None] = {}
    for chunk in chunks:
        for depth in range(1, min(levels, len(chunk.heading_path)) + 1):
            seen.setdefault(chunk.heading_path[depth - 1], None)
    return list(seen)


def moved_on(text: str, old: int | None, new: int) -> str:
    """Years of the old report become the new one's (and the year after, the year after that)."""
    if old is None:
        return text
    return YEAR_BEFORE_NIAN.sub(lambda m: str(int(m.group(1)) - old + new), text)


def outline_from(previous: DocumentRow, chunks: list[Chunk], year: int, levels: int) -> tuple[str, list[str]]:
    title = mask_specifics(moved_on(previous.title, previous.year, year), years=False, names=False)
    headings = [mask_specifics(moved_on(h, previous.year, year), years=False, names=False)
                for h in outline_headings(chunks, levels)]
    return title, headings


def outline_from_skeleton(doc_type: str, org: str, year: int) -> tuple[str, list[str]]:
    prompt = draft_prompt("outline", doc_type)
    values = {"org": org, "year": year, "next": year + 1}
    title = prompt.part("title", **values)
    return title, [line.strip() for line in prompt.part("skeleton", **values).splitlines() if line.strip()]


def default_year(previous: DocumentRow | None) -> int:
    return (previous.year + 1) if previous and previous.year else date.today().year

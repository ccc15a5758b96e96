"""Drafting benchmark: sections of the library drafted from their key points with the section held
out, then measured: figures invented and not flagged (target 0), the writer's figures kept (target
100%), style against the library, ROUGE-L against the held-out original, and time per section."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.draft.chain import Draft, Drafter, DraftKnowledge
from assistant.draft.exemplars import item_point, items_of
from assistant.draft.request import DraftRequest
from benchmarks.stats import mean, median
from benchmarks.style import HouseStyle, StyleScore, rouge_l, style_score
from ingest.document import PATH_SEPARATOR, Chunk
from ingest.errors import LLMUnavailable
from ingest.nlp.clean import canonical
from ingest.nlp.quantities import quantities
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit

MARK = re.compile(r"【[^【】]*】")
CJK = re.compile(r"[\u4e00-\u9fff]")
HEAD_CUT = re.compile(r"[，。；：\s]")


@dataclass(frozen=True)
class DraftCase:
    doc_id: str
    section: str  # the heading path held out ("" = the whole document)
    heading: str
    doc_type: str
    points: tuple[str, ...]
    original: str


@dataclass(frozen=True)
class DraftRecord:
    case: DraftCase
    draft: Draft
    seconds: float
    invented: tuple[str, ...]  # figures neither given nor marked
    kept: float  # share of the given figures found in the draft
    style: StyleScore
    rouge: float


def key_points(text: str, limit: int = 4) -> tuple[str, ...]:
    return tuple(item_point(item) for item in items_of(text)[:limit])


def sections_of(chunks: list[Chunk]) -> dict[tuple[str, str], list[Chunk]]:
    grouped: dict[tuple[str, str], list[Chunk]] = {}
    for chunk in chunks:
        grouped.setdefault((chunk.doc_id, chunk.section), []).append(chunk)
    return grouped


def cases_from(chunks: list[Chunk], limit: int, whole_documents: bool = False) -> list[DraftCase]:
    """Sections with figures, spread over the library (every n-th); or whole short documents."""
    candidates = []
    for (doc_id, section), parts in sections_of(chunks).items():
        text = "".join(c.text for c in parts)
        if not any(q.kind == "figure" for q in quantities(text)) or (not section and not whole_documents):
            continue
        heading = section.split(PATH_SEPARATOR)[-1] if section else topic_of(parts[0].title, text)
        candidates.append(DraftCase(doc_id, section, heading, parts[0].doc_type or "其他", key_points(text), text))
    step = max(1, len(candidates) // limit) if limit else 1
    return candidates[::step][:limit]


def library_cases(chunks: list[Chunk], whole_stems: set[str], sections: int, documents: int) -> list[DraftCase]:
    """`sections` sections of the reports, and `documents` whole documents of the files named in `whole_stems`."""
    stem = {c.doc_id: Path(c.source).stem for c in chunks}
    reports = [c for c in chunks if stem[c.doc_id] not in whole_stems]
    whole = [c for c in chunks if stem[c.doc_id] in whole_stems]
    return cases_from(reports, sections) + cases_from(whole, documents, whole_documents=True)


def topic_of(title: str, text: str) -> str:
    """A document's title, or its opening words when the title is only a file name."""
    return title if CJK.search(title) else HEAD_CUT.split(text.strip())[0][:30]


def unflagged_figures(draft: str, given: str) -> tuple[list[str], float]:
    """(figures of the draft neither given nor followed by a mark, share of given figures kept)."""
    text = MARK.sub(lambda m: "【" + " " * (len(m.group()) - 1), canonical(draft))
    given_found = quantities(given)
    given_keys = {q.key for q in given_found}
    found = quantities(text)
    invented = [q.text for q in found if q.key not in given_keys and q.text not in given
                and not text.startswith("【", q.end)]
    wanted = {q.key for q in given_found if q.kind == "figure"}
    kept = {q.key for q in found} & wanted
    return invented, len(kept) / len(wanted) if wanted else 1.0


class HeldOut:
    """The library as the drafter sees it in this benchmark: the passages of the held-out section
    (doc_id or "*", heading-path prefix) never come back from a search."""

    def __init__(self, knowledge: DraftKnowledge, doc_id: str, section: str) -> None:
        self.knowledge, self.doc_id, self.section = knowledge, doc_id, section

    def hidden(self, chunk: Chunk) -> bool:
        return self.doc_id in ("*", chunk.doc_id) and chunk.section.startswith(self.section)

    def search(self, query: str, k: int | None = None, where: SearchFilter | None = None,
               mode: str | None = None) -> list[Hit]:
        return [h for h in self.knowledge.search(query, k, where, mode) if not self.hidden(h.chunk)]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.knowledge, name)


def held_out_drafter(drafter: Drafter) -> Callable[[DraftCase], Drafter]:
    """A drafter per case that cannot see the case's own section."""
    return lambda case: Drafter(HeldOut(drafter.knowledge, case.doc_id, case.section), drafter.llm, drafter.settings)


@dataclass(frozen=True)
class DraftFailure:
    case: DraftCase
    error: str


@dataclass(frozen=True)
class DraftRun:
    records: list[DraftRecord]
    failures: list[DraftFailure]  # sections the model could not draft in time: a failed case, not a failed run


def run(drafter_for: Callable[[DraftCase], Any], cases: list[DraftCase], house: HouseStyle,
        on_case: Callable[[], None] = lambda: None) -> DraftRun:
    records, failures = [], []
    for case in cases:
        request = DraftRequest(doc_type=case.doc_type, heading=case.heading, points=case.points,
                               length=max(100, min(600, len(case.original))))
        started = time.monotonic()
        try:
            draft = drafter_for(case).draft(request)
        except LLMUnavailable as error:
            failures.append(DraftFailure(case, str(error)))
        else:
            seconds = time.monotonic() - started
            invented, kept = unflagged_figures(draft.text, "\n".join((case.heading, *case.points)))
            body = draft.text.split("\n", 1)[-1]
            records.append(DraftRecord(case, draft, seconds, tuple(invented), kept, style_score(body, house),
                                       rouge_l(body, case.original)))
        on_case()
    return DraftRun(records, failures)


def table(drafts: DraftRun, house: HouseStyle) -> str:
    records = drafts.records
    rows = ["| section | figures given | kept | invented unflagged | pending | library | in style | "
            "sentence len | 一是… | ROUGE-L | seconds |", "|" + "---|" * 11]
    for r in records:
        a = r.draft.accounting
        rows.append(f"| {r.case.heading[:24]} | {len(r.case.points)} pts | {r.kept:.0%} | {len(r.invented)} | "
                    f"{a.count('pending')} | {a.count('library')} | {r.style.in_style:.0%} | "
                    f"{r.style.mean_length:.0f} | {'yes' if r.style.enumerated else 'no'} | {r.rouge:.3f} | "
                    f"{r.seconds:.1f} |")
    rows.append(summary_row("all", records))
    rows.append(f"| library | | | | | | | {house.mean_length:.0f} | | | |")
    rows += [f"| {f.case.heading[:24]} | **failed**: {f.error} | | | | | | | | | |" for f in drafts.failures]
    return "\n".join(rows)


def summary_row(name: str, records: list[DraftRecord]) -> str:
    n = len(records) or 1
    return (f"| **{name}** ({len(records)}) | | {mean(r.kept for r in records):.0%} | "
            f"{sum(len(r.invented) for r in records)} | {sum(r.draft.accounting.count('pending') for r in records)} | "
            f"{sum(r.draft.accounting.count('library') for r in records)} | "
            f"{mean(r.style.in_style for r in records):.0%} | "
            f"{mean(r.style.mean_length for r in records):.0f} | "
            f"{sum(r.style.enumerated for r in records) / n:.0%} | {mean(r.rouge for r in records):.3f} | "
            f"{median(r.seconds for r in records):.1f} (p50) |")

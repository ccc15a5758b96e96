"""Figure bookkeeping for drafts: every figure, date and name is the writer's, cited from the library,
or marked 【待核实】 in the text. Library figures are marked with their report's year, so last
year's number is never taken for this year's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from assistant.grounding.verify import Source, apply_edits, supports, without_citations
from ingest.nlp.clean import canonical
from ingest.nlp.names import find_names, person_names
from ingest.nlp.quantities import quantities

PENDING_MARK = "【待核实】"
LIBRARY_MARK = re.compile(r"【引自(?:\d{4}年|往年)报告\[(\d+)\]】")  # as library_mark writes it


class Origin(StrEnum):
    """Where a figure of a draft comes from: the writer, an earlier report, or nowhere yet (【待核实】)."""

    USER = "user"
    LIBRARY = "library"
    PENDING = "pending"


ORIGINS = tuple(Origin)
CHECKED_NAMES = ("country", "place")  # and people; organisations such as 市外办 are the writer's own
OWN_COUNTRY = frozenset({"中国", "我国", "中华人民共和国"})
PLACEHOLDER = re.compile(r"XX[市区县省州国]")
LEADER_CONTEXT = re.compile(r"总书记|主席|同志|新时代|外交思想|生态文明思想|法治思想")  # 习近平总书记: the genre's own


@dataclass(frozen=True)
class DraftFigure:
    text: str
    kind: str  # figure | number | year | date | name
    origin: Origin
    source: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class Accounting:
    text: str
    figures: tuple[DraftFigure, ...]

    def count(self, origin: str) -> int:
        return sum(f.origin == origin for f in self.figures)

    def shown(self) -> dict[str, int]:
        """What the reader sees: the writer's figures, and the marks in the text (one mark may follow
        several figures of one passage)."""
        return {Origin.USER: sum(f.origin == Origin.USER and f.kind != "name" for f in self.figures),
                Origin.LIBRARY: len(LIBRARY_MARK.findall(self.text)), Origin.PENDING: self.text.count(PENDING_MARK)}


def library_mark(source: Source) -> str:
    year = f"{source.year}年" if source.year else "往年"
    return f"【引自{year}报告[{source.n}]】"


def account_figures(draft: str, given: str, sources: list[Source]) -> Accounting:
    """`given` is everything the writer typed (heading, points, pasted text); `sources` the library passages."""
    text = canonical(without_citations(draft))
    typed_found = quantities(given)
    found = [quantities(s.text) for s in sources]
    figures, marks = [], []
    for q in quantities(text):
        if supports(q, Source(0, given), typed_found):
            figures.append(DraftFigure(q.text, q.kind, Origin.USER))
            continue
        source = next((s for s, f in zip(sources, found, strict=True) if supports(q, s, f)), None)
        figures.append(_origin(q.text, q.kind, source))
        marks.append((q.start, q.end, library_mark(source) if source else PENDING_MARK))
    figures += _name_origins(text, canonical(given), sources, marks)
    marks.sort()
    edits = [(end, end, mark) for i, (_, end, mark) in enumerate(marks) if not _same_mark_follows(text, marks, i)]
    return Accounting(apply_edits(draft, edits), tuple(figures))


def _origin(text: str, kind: str, source: Source | None) -> DraftFigure:
    if source is None:
        return DraftFigure(text, kind, Origin.PENDING)
    return DraftFigure(text, kind, Origin.LIBRARY, source.n, source.year)


def _same_mark_follows(text: str, marks: list[tuple[int, int, str]], i: int) -> bool:
    """76批184人, or 新建友城5个，其中县级友城3个 from one report: one mark after the last figure."""
    if i + 1 == len(marks) or marks[i + 1][2] != marks[i][2]:
        return False
    between = text[marks[i][1]:marks[i + 1][0]]
    if marks[i][2] == PENDING_MARK:
        return not between  # each doubtful figure keeps its own mark
    return not any(end in between for end in "。；！？")


def _name_origins(text: str, given: str, sources: list[Source], marks: list) -> list[DraftFigure]:
    """Foreign places, countries and people: the writer's, from a passage (marked like its figures),
    or pending; so is an `XX市` left from a masked example."""
    passages = [canonical(s.text) for s in sources]
    names = [n.text for n in find_names(text) if n.kind in CHECKED_NAMES and n.text not in OWN_COUNTRY]
    names += [n.text for n in person_names(text) if not LEADER_CONTEXT.match(text, text.find(n.text) + len(n.text))]
    names += PLACEHOLDER.findall(text)
    figures = []
    for name in dict.fromkeys(names):
        if name in given:
            figures.append(DraftFigure(name, "name", Origin.USER))
            continue
        source = next((s for s, p in zip(sources, passages, strict=True) if name in p), None)
        figures.append(_origin(name, "name", source))
        for match in re.finditer(re.escape(name), text):
            marks.append((match.start(), match.end(), library_mark(source) if source else PENDING_MARK))
    return figures

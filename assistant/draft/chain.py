"""Draft: the program lays out the section and keeps the books on figures; the model only turns
one point at a time into a sentence in the house style."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.draft.exemplars import Exemplar, choose_exemplars, demos_of
from assistant.draft.figures import ORIGINS, Accounting, account_figures
from assistant.draft.layout import clean_piece, item_prefix, joiner, keep_given_figures, next_item_number
from assistant.draft.report_outline import default_year, outline_from, outline_from_skeleton, previous_report
from assistant.draft.request import DraftRequest, Heading, parse_heading
from assistant.grounding.citations import Citation, best_quote, cite
from assistant.grounding.context import ContextPassage, compact_context
from assistant.grounding.intent import Intent
from assistant.grounding.knowledge import Knowledge
from assistant.grounding.verify import Source
from assistant.llm import stream_text
from assistant.settings import DraftSettings
from ingest.document import Chunk
from ingest.nlp.quantities import quantities
from prompts import DraftPrompt, draft_prompt
from vectorstore.filters import SearchFilter
from vectorstore.registry import DocumentRow

log = logging.getLogger(__name__)
OVERRUN = 2.5  # stop a piece the model lets run past 2.5 times the length asked for


@dataclass(frozen=True)
class Draft:
    request: DraftRequest
    text: str  # with 【待核实】 and 【引自…报告】 marks
    heading: str
    accounting: Accounting
    sources: list[Citation]
    exemplars: list[Exemplar]
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    model_text: str = ""  # the text as written, before the marks
    body: str = field(default="", repr=False)

    def as_json(self) -> dict:
        return {"draft": self.text, "heading": self.heading, "mode": self.request.mode,
                "doc_type": self.request.doc_type,
                "figures": [asdict(f) for f in self.accounting.figures],
                "figure_counts": {o: self.accounting.count(o) for o in ORIGINS},
                "sources": [c.as_json() for c in self.sources],
                "exemplars": [asdict(e) for e in self.exemplars],
                "warnings": list(self.warnings), "notes": list(self.notes), "seconds": round(self.seconds, 2)}


class DraftKnowledge(Knowledge, Protocol):
    def documents(self) -> list[DocumentRow]: ...

    def chunks_of(self, doc_id: str) -> list[Chunk]: ...


class Drafter:
    def __init__(self, knowledge: DraftKnowledge, llm: BaseChatModel | None,
                 settings: DraftSettings | None = None) -> None:
        self.knowledge, self.llm = knowledge, llm
        self.settings = settings or DraftSettings()

    def draft(self, request: DraftRequest) -> Draft:
        final = None
        for item in self.stream(request):
            if isinstance(item, Draft):
                final = item
        assert final is not None
        return final

    def stream(self, request: DraftRequest) -> Iterator[str | Draft]:
        """Yields text pieces as they are written, then one final Draft (whose text carries the marks)."""
        started = time.monotonic()
        if request.mode == "outline":
            yield from self._outline(request, started)
            return
        prompt = draft_prompt(request.mode, request.doc_type)
        heading = parse_heading(request.heading, request.level)
        material = self._material(request, heading)
        exemplars = self._exemplars(request, heading, prompt)
        written: list[str] = []  # the clean pieces; what is yielded meanwhile is the raw stream, for display
        if request.mode == "rewrite":
            yield from self._rewrite(request, prompt, written)
        else:
            yield from self._section(request, heading, prompt, exemplars, material, written)
        text = "".join(written)
        given = "\n".join((request.heading, *request.points, request.text))
        sources = [Source(p.n, p.text, p.hit.chunk.year) for p in material]
        accounting = account_figures(text, given, sources)
        yield Draft(request, accounting.text, heading.text if heading.title else "", accounting,
                    [cite(p.n, p.hit.chunk, best_quote(p.text, text), p.hit.score, p.hit.ids) for p in material],
                    exemplars, tuple(_lost_figures(request, text)), seconds=time.monotonic() - started,
                    model_text=text)

    def _section(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt, exemplars: list[Exemplar],
                 material: list[ContextPassage], written: list[str]) -> Iterator[str]:
        points = (list(request.points) or [s for p in material for s in p.sentences])[: self.settings.max_points]
        chars = max(30, request.length // len(points))
        first = next_item_number(request.text) if request.mode == "continue" else 1
        shown = self._demos(request, heading, prompt, exemplars)
        if request.mode == "section" and heading.title:
            written.append(heading.text + "\n")
            yield written[-1]
        last = len(points) + first - 1
        for number, point in enumerate(points, start=first):
            fresh_line = not written or written[-1].endswith("\n")
            written.append(("" if fresh_line else joiner(heading)) + item_prefix(heading, number, last))
            yield written[-1]
            ask = HumanMessage(prompt.part("item", heading=heading.title, point=point, chars=chars))
            echo = "" if point.startswith(heading.title) else heading.title
            yield from self._written([*shown, ask], chars, written, echo=echo)
            written[-1] = keep_given_figures(written[-1], point)

    def _demos(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt,
               exemplars: list[Exemplar]) -> list[BaseMessage]:
        """The system message and worked examples (points -> item) from similar sections: the same for
        every item of a draft, so llama.cpp evaluates them once."""
        count, budget = int(prompt.settings.get("demos", 2)), int(prompt.settings.get("exemplar_chars", 150))
        if request.mode == "continue":
            pairs = [(heading.title, point, item) for point, item in demos_of(request.text, count, budget)]
        else:
            pairs = [(e.heading, point, item) for e in exemplars for point, item in e.demos][:count]
        shown: list[BaseMessage] = [SystemMessage(prompt.part("system"))]
        for title, point, item in pairs:
            shown += [HumanMessage(prompt.part("item", heading=title, point=point, chars=len(item))), AIMessage(item)]
        return shown

    def _outline(self, request: DraftRequest, started: float) -> Iterator[str | Draft]:
        documents = [d for d in self.knowledge.documents() if (not request.years or d.year in request.years)
                     and (not request.doc_ids or d.doc_id in request.doc_ids)]
        previous = previous_report(documents, request.doc_type, request.year)
        year = request.year or default_year(previous)
        if previous:
            title, headings = outline_from(previous, self.knowledge.chunks_of(previous.doc_id), year,
                                           self.settings.outline_levels)
            when = f"（{previous.year}年）" if previous.year else ""
            note = f"提纲沿用《{previous.title}》{when}的结构，年份已更新，数字以X代替。"
        else:
            org = Counter(d.org for d in self.knowledge.documents() if d.org).most_common(1)
            title, headings = outline_from_skeleton(request.doc_type, org[0][0] if org else "", year)
            note = f"资料库中没有{request.doc_type}，提纲按该文种的常用结构给出（见 prompts/draft.outline.*.md）。"
        text = "\n".join([title, *headings])
        yield text
        yield Draft(request, text, title, Accounting(text, ()), [], [], notes=(note,),
                    seconds=time.monotonic() - started, model_text=text)

    def _rewrite(self, request: DraftRequest, prompt: DraftPrompt, written: list[str]) -> Iterator[str]:
        messages = [SystemMessage(prompt.part("system")), HumanMessage(prompt.part("user", text=request.text))]
        yield from self._written(messages, len(request.text), written)

    def _written(self, messages: list[BaseMessage], chars: int, written: list[str], echo: str = "") -> Iterator[str]:
        """One piece from the model: streamed raw, kept clean in `written` (without an echo of the heading)."""
        raw = ""
        for text in stream_text(self.llm, messages):
            raw += text
            yield text
            if len(raw) > chars * OVERRUN:
                break
        raw = raw.strip()
        if echo and raw.startswith(echo):  # the model repeated the heading before the item
            raw = raw[len(echo):].lstrip("。，：")
        written.append(clean_piece(raw))

    def _material(self, request: DraftRequest, heading: Heading) -> list[ContextPassage]:
        """Sentences of earlier reports to draw on: when years are chosen, or when no points are given."""
        if request.mode == "rewrite" or (request.points and not (request.years or request.doc_ids)):
            return []
        query = " ".join((heading.title, *request.points))
        years = (min(request.years), max(request.years)) if request.years else (None, None)
        where = SearchFilter(*years, doc_ids=request.doc_ids)
        hits = self.knowledge.search(query, self.settings.material_hits, where)
        weights = self.knowledge.term_weights(query)
        return compact_context(hits, weights, Intent("other"), self.settings.material_chars) if hits else []

    def _exemplars(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt) -> list[Exemplar]:
        count = int(prompt.settings.get("exemplars", 1))
        if count <= 0:
            return []
        query = " ".join((heading.title, *request.points, request.text[:100]))
        hits = self.knowledge.search(query, self.settings.exemplar_hits)
        return choose_exemplars(hits, request.doc_type, count, int(prompt.settings.get("exemplar_chars", 150)),
                                int(prompt.settings.get("demos", 2)))


def _lost_figures(request: DraftRequest, text: str) -> list[str]:
    """Figures the writer gave (points, or the paragraph to rewrite) that the draft does not contain."""
    given = request.text if request.mode == "rewrite" else "\n".join(request.points)
    kept = {q.key for q in quantities(text)}
    return [f"原文中的“{q.text}”在稿中缺失，请补上" for q in quantities(given) if q.key not in kept]

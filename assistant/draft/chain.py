"""Draft: the program lays out the section and keeps the books on figures; the model only turns
one point at a time into a sentence in the house style."""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from typing import Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.draft.claims import Claim, Support, claims_of, ground
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
from ingest.nlp.clean import canonical
from ingest.nlp.names import cities_named
from ingest.nlp.quantities import quantities
from ingest.nlp.sentences import split_sentences
from prompts import DraftPrompt, draft_prompt
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit
from vectorstore.registry import DocumentRow

log = logging.getLogger(__name__)
OVERRUN = 2.5  # stop a piece the model lets run past 2.5 times the length asked for
FACT_CHARS = 90  # a section built from the library's facts gets one item per 90 characters asked for
ITEM_CHARS = 80  # what one point usually becomes, its unsupported specifics cut out
FILL_SHARE = 0.75  # a draft shorter than this share of the length asked for takes one more library fact
MORE_MIN_CHARS = 100  # an item asked to be this long or longer that came out short is continued once
MORE_SHARE = 0.6  # short: under this share of its length
COPIED_LIMIT = 0.3  # more than this share of sentences copied: the writer is told to rewrite
COPIED_RUN = 0.7  # a sentence is copied when one run of this share of it stands in an earlier report
FACT_SENTENCE = (12, 120)  # a library fact used as a point: a whole sentence of this many characters


@dataclass(frozen=True)
class Stage:
    """Where a draft stands, for the screen: 检索资料, 起草第2点（共4点）, 核对数字."""

    text: str


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
    removed: tuple[str, ...] = ()  # unsupported specifics the program cut out of the model's text
    copied: float = 0.0  # the share of the body's sentences found verbatim in an earlier report's passage

    def as_json(self) -> dict:
        return {"draft": self.text, "heading": self.heading, "mode": self.request.mode,
                "doc_type": self.request.doc_type,
                "figures": [asdict(f) for f in self.accounting.figures],
                "figure_counts": {o: self.accounting.count(o) for o in ORIGINS},
                "marks": self.accounting.shown(),
                "sources": [c.as_json() for c in self.sources],
                "exemplars": [asdict(e) for e in self.exemplars],
                "warnings": list(self.warnings), "notes": list(self.notes), "removed": list(self.removed),
                "copied": round(self.copied, 3), "seconds": round(self.seconds, 2)}


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

    def stream(self, request: DraftRequest) -> Iterator[str | Stage | Draft]:
        """Yields the stages and the text pieces as they are kept (marks included), then one final Draft."""
        started = time.monotonic()
        if request.mode == "outline":
            yield from self._outline(request, started)
            return
        prompt = draft_prompt(request.mode, request.doc_type)
        heading = parse_heading(request.heading, request.level)
        yield Stage("检索资料")
        material = self._material(request, heading)
        exemplars = self._exemplars(request, heading, prompt)
        given = "\n".join((request.heading, *request.points, request.text))
        sources = [Source(p.n, p.text, p.hit.chunk.year) for p in material]
        book = Book(given, sources, Support.of(given, *(p.text for p in material)), request.mark_unsupported)
        if request.mode == "rewrite":
            yield from self._rewrite(request, prompt, book)
        else:
            yield from self._section(request, heading, prompt, exemplars, material, book)
        yield Stage("核对数字")
        text = "".join(book.plain)
        accounting = Accounting("".join(book.marked), tuple(f for a in book.accountings for f in a.figures))
        copied = copied_share(text, [p.text for p in material])
        removed = tuple(dict.fromkeys(c.text for c in book.removed))
        yield Draft(request, accounting.text, heading.text if heading.title else "", accounting,
                    [cite(p.n, p.hit.chunk, best_quote(p.text, text), p.hit.score, p.hit.ids) for p in material],
                    exemplars, tuple(_lost_figures(request, text)), notes=tuple(_notes(removed, copied, book)),
                    seconds=time.monotonic() - started, model_text=text, removed=removed, copied=copied)

    def _section(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt, exemplars: list[Exemplar],
                 material: list[ContextPassage], book: Book) -> Iterator[str | Stage]:
        points = list(request.points)[: self.settings.max_points]
        facts = library_facts(material, request.points, request.year) if request.mode == "section" else []
        if not points:  # from the office's material: the most recent facts on the heading's topic
            points = facts[: max(2, min(self.settings.max_points, request.length // FACT_CHARS))] or [heading.title]
        facts = [f for f in facts if f not in points]
        while facts and len(points) < self.settings.max_points and len(points) * ITEM_CHARS < request.length:
            points.append(facts.pop(0))  # a library fact, cited, towards the length asked for
        chars = max(30, request.length // max(1, len(points)))
        first = next_item_number(request.text) if request.mode == "continue" else 1
        shown = self._demos(request, heading, prompt, exemplars)
        examples = "\n".join(m.content for m in shown if isinstance(m, AIMessage))  # never copied into a draft
        if request.mode == "section" and heading.title:
            yield book.keep(heading.text + "\n")
        for i, point in enumerate(points):
            yield Stage(f"起草第{i + 1}点（共{len(points)}点）")
            fresh_line = not book.plain or book.plain[-1].endswith("\n")
            prefix = ("" if fresh_line else joiner(heading)) + item_prefix(heading, first + i, first + len(points) - 1)
            ask = HumanMessage(prompt.part("item", heading=heading.title, point=point, chars=chars))
            echo = "" if point.startswith(heading.title) else heading.title
            written = fresh_sentences(self._written([*shown, ask], chars, echo=echo), examples, EXAMPLE_RUN)
            piece = keep_given_figures(book.ground(written), point)
            if "more" in prompt.parts and chars >= MORE_MIN_CHARS and len(piece) < MORE_SHARE * chars:
                more = HumanMessage(prompt.part("more", chars=chars - len(piece)))
                written = self._written([*shown, ask, AIMessage(piece), more], chars - len(piece))
                written = fresh_sentences(fresh_sentences(written, piece), examples, EXAMPLE_RUN)
                piece += book.ground(on_point(written, point + heading.title, examples))
            yield book.keep(prefix + piece)
            if (i == len(points) - 1 and len(points) > 1 and facts and len(points) < self.settings.max_points
                    and book.length() < request.length * FILL_SHARE):
                points.append(facts.pop(0))  # still short: one more library fact

    def _demos(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt,
               exemplars: list[Exemplar]) -> list[BaseMessage]:
        """The system message and worked examples (points -> item): the prompt file's own (written by hand,
        they add no facts), or when it has none, from the section being continued or similar sections. The
        same for every item of a draft, so llama.cpp evaluates them once."""
        count, budget = int(prompt.settings.get("demos", 2)), int(prompt.settings.get("exemplar_chars", 150))
        if "demos" in prompt.parts:
            pairs = [(DEMO_HEADING, point, item) for point, item in written_demos(prompt.parts["demos"])]
        elif request.mode == "continue":
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

    def _rewrite(self, request: DraftRequest, prompt: DraftPrompt, book: Book) -> Iterator[str | Stage]:
        messages = [SystemMessage(prompt.part("system")), HumanMessage(prompt.part("user", text=request.text))]
        yield Stage("改写")
        yield book.keep(book.ground(self._written(messages, len(request.text))))

    def _written(self, messages: list[BaseMessage], chars: int, echo: str = "") -> str:
        """One piece from the model, clean (without an echo of the heading); not shown until it is checked."""
        raw = ""
        for text in stream_text(self.llm, messages):
            raw += text
            if len(raw) > chars * OVERRUN:
                break
        raw = raw.strip()
        if echo and raw.startswith(echo):  # the model repeated the heading before the item
            raw = raw[len(echo):].lstrip("。，：")
        return clean_piece(raw)

    def _material(self, request: DraftRequest, heading: Heading) -> list[ContextPassage]:
        """Sentences of earlier reports to draw on: when years are chosen, or when no points are given."""
        if request.mode == "rewrite":
            return []
        query = " ".join((heading.title, *request.points))
        years = (min(request.years), max(request.years)) if request.years else (None, None)
        where = SearchFilter(*years, doc_ids=request.doc_ids)
        hits = self._own(self.knowledge.search(query, self.settings.material_hits, where), query)
        weights = self.knowledge.term_weights(query)
        return compact_context(hits, weights, Intent("other"), self.settings.material_chars) if hits else []

    def _own(self, hits: list[Hit], query: str) -> list[Hit]:
        """Passages of the office's own documents: of the body the request names, else of the library's own
        body (another city's news item is no fact of this office), and of documents naming no body."""
        named = [b for b in self.knowledge.bodies() if b in query or (len(b) > 2 and b[:-1] in query)]
        body = max(named, key=len) if named else self.knowledge.home()
        if not body:
            return hits
        issuers = self.knowledge.issuers()
        named = {h.chunk.doc_id: cities_named(canonical(f"{h.chunk.title} {issuers.get(h.chunk.doc_id, '')}"))
                 for h in hits}
        return [h for h in hits if not named[h.chunk.doc_id] or body in named[h.chunk.doc_id]]

    def _exemplars(self, request: DraftRequest, heading: Heading, prompt: DraftPrompt) -> list[Exemplar]:
        count = int(prompt.settings.get("exemplars", 1))
        if count <= 0:
            return []
        query = " ".join((heading.title, *request.points, request.text[:100]))
        hits = self.knowledge.search(query, self.settings.exemplar_hits)
        return choose_exemplars(hits, request.doc_type, count, int(prompt.settings.get("exemplar_chars", 150)),
                                int(prompt.settings.get("demos", 2)))


class Book:
    """The draft as it is kept, piece by piece: as written, with its marks, each piece's figures
    accounted for, and the specifics grounding cut out."""

    def __init__(self, given: str, sources: list[Source], support: Support, mark: bool) -> None:
        self.given, self.sources, self.support, self.mark = given, sources, support, mark
        self.plain: list[str] = []
        self.marked: list[str] = []
        self.accountings: list[Accounting] = []
        self.removed: list[Claim] = []

    def ground(self, text: str) -> str:
        grounded = ground(text, self.support, self.mark)
        self.removed += grounded.removed
        return grounded.text

    def keep(self, piece: str) -> str:
        """The piece with its marks, as it is shown and stays."""
        accounting = account_figures(piece, self.given, self.sources)
        self.plain.append(piece)
        self.marked.append(accounting.text)
        self.accountings.append(accounting)
        return accounting.text

    def length(self) -> int:
        """Characters of the body so far (the heading line and punctuation left out)."""
        body = "".join(self.plain).split("\n", 1)[-1] if len(self.plain) > 1 else "".join(self.plain)
        return len(WORD_CHARS.findall(body))


WORD_CHARS = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%]")
DIGIT_RUN = re.compile(r"[\d.]+|第[一二三四五六七八九十]+")
TOPIC_RUN = 8
CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
EXAMPLE_RUN = 10  # a sentence sharing this many characters in a row with a worked example copies it
NEWS_HEADER = re.compile(r"来源[：:]|发布时间|原标题|本报讯|记者|编辑[：:]|责任编辑|\d{1,2}:\d{2}")  # news headers
HEADING_MARK = re.compile(r"^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])")


DEMO_HEADING = "外事工作"  # one heading for the written examples: the prefix of every draft of a type is the same
DEMO = re.compile(r"要点：(.+)\n条目：(.+)")


def written_demos(text: str) -> list[tuple[str, str]]:
    """The (point, item) pairs of a prompt file's `## demos`."""
    return [(m.group(1).strip(), m.group(2).strip()) for m in DEMO.finditer(text)]


def library_facts(material: list[ContextPassage], points: tuple[str, ...], year: int | None) -> list[str]:
    """Whole sentences of the passages that state something (a figure, a name, an activity), the most
    recent report's first (not later than the draft's year), none repeating a point."""
    ranked = sorted(material, key=lambda p: -(p.hit.chunk.year or 0) if not year or (p.hit.chunk.year or 0) <= year
                    else 1)
    facts: dict[str, None] = {}
    low, high = FACT_SENTENCE
    for passage in ranked:
        for sentence in passage.sentences:
            fact = HEADING_MARK.sub("", sentence).strip()
            if (low <= len(fact) <= high and not NEWS_HEADER.search(fact) and claims_of(fact)
                    and not any(same_topic(fact, other) for other in (*points, *facts))):
                facts.setdefault(fact, None)
    return list(facts)


def fresh_sentences(more: str, piece: str, run: int = 0) -> str:
    """The sentences of `more` that say something `piece` has not said (an item, or the worked examples)."""
    return "".join(s for s in split_sentences(more) if not same_topic(s, piece, run or TOPIC_RUN) and s not in piece)


def on_point(more: str, point: str, examples: str) -> str:
    """The sentences of a continuation that stay on the point: they share a pair of characters with it
    that the worked examples do not use (提升 and 工作 are everybody's; 渔工 and 换班 are the point's)."""
    pairs = {point[i : i + 2] for i in range(len(point) - 1)} - {examples[i : i + 2] for i in range(len(examples) - 1)}
    return "".join(s for s in split_sentences(more) if any(p in s for p in pairs if CJK_PAIR.fullmatch(p)))


def same_topic(one: str, other: str, run: int = 0) -> bool:
    """第十三届河西国际纺织博览会…214家 and 第十四届河西国际纺织博览会…247家: one thing in two years (a run of
    TOPIC_RUN characters in common, figures aside)."""
    a, b = DIGIT_RUN.sub("", one), DIGIT_RUN.sub("", other)
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match().size >= (run or TOPIC_RUN)


def copied_share(text: str, passages: list[str]) -> float:
    """The share of the text's sentences that stand (most of them in one run) in a passage."""
    sentences = [s for s in split_sentences(canonical(text.split("\n", 1)[-1])) if len(s) >= 8]
    if not sentences or not passages:
        return 0.0
    copied = 0
    for sentence in sentences:
        for passage in passages:
            match = SequenceMatcher(None, sentence, passage, autojunk=False).find_longest_match()
            if match.size >= COPIED_RUN * len(sentence):
                copied += 1
                break
    return copied / len(sentences)


def _notes(removed: tuple[str, ...], copied: float, book: Book) -> list[str]:
    notes = []
    if removed:
        shown = "、".join(removed[:6]) + ("等" if len(removed) > 6 else "")
        notes.append(f"已删去要点和资料中都没有的{len(removed)}处具体内容（{shown}）；如确有其事，请写进要点后重新起草。")
    if book.plain:
        advice = "，请改写后再用。" if copied > COPIED_LIMIT else "。"
        notes.append(f"与往年报告原句相同的句子占{copied:.0%}{advice}")
    return notes


def _lost_figures(request: DraftRequest, text: str) -> list[str]:
    """Figures the writer gave (points, or the paragraph to rewrite) that the draft does not contain."""
    given = request.text if request.mode == "rewrite" else "\n".join(request.points)
    kept = {q.key for q in quantities(text)}
    return [f"原文中的“{q.text}”在稿中缺失，请补上" for q in quantities(given) if q.key not in kept]

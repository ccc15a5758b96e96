"""Ask: route a question, answer it from the library, verify every figure, resolve citations.

Routes, cheapest first: a year the library lacks or weak evidence -> "资料中未找到" with the closest
passages; a counting or listing question -> the fact ledger; one clause answers a figure question ->
quoted at once (fast path); otherwise the model streams an answer from a compact context, and every
figure in it is checked against the passages it was given.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.ask.compare import Side, comparison, computed, difference, growth_sides
from assistant.ask.contact import contact_passage, contact_text
from assistant.ask.event_year import STARTED, asks_year, event_year, is_first
from assistant.ask.evidence import Evidence, untold_edition, untold_year, weigh_evidence
from assistant.ask.extractive import (
    Extract,
    asked,
    clause_of,
    extract_answer,
    saying_sentences,
    stating_sentences,
    with_count_of_share,
)
from assistant.ask.followup import standalone
from assistant.ask.identify import asks_body, identify_body
from assistant.ask.not_held import asks_held, asks_not_held, event_terms, held_years, not_held_text, not_held_years
from assistant.ask.parts import Part, question_parts, resolved
from assistant.ask.person import (
    Holder,
    asks_leaders,
    asks_succession,
    post_holder,
    post_holders,
    posts_asked,
    span_text,
)
from assistant.ask.points import (
    Section,
    asked_point,
    completed,
    is_open,
    items_asked,
    one_point,
    open_answer_text,
    open_sections,
    point_answer_text,
    point_asked,
    where_from,
    whole_section,
    without_point,
)
from assistant.ask.ports import asks_ports, port_ties
from assistant.ask.quote import Quote, best_quote, listed_things, quotes
from assistant.ask.tally import (
    DOMESTIC,
    Tally,
    excluded,
    figure_clause,
    listed_words,
    relation_asked,
    tally,
    topic_of,
    total_text,
)
from assistant.grounding.citations import CITATION_MARK, Citation, cite, closest_passages, resolve_citations
from assistant.grounding.context import (
    PERIOD_WORD,
    ContextPassage,
    collapsed,
    compact_context,
    has_asked_figure,
    held_terms,
    measured_head,
    measured_terms,
    measures_text,
)
from assistant.grounding.entity import on_topic
from assistant.grounding.intent import ASKING_TERM, Intent, asked_unit, intent_of
from assistant.grounding.knowledge import Knowledge
from assistant.grounding.verify import STATUSES, CheckStatus, FigureCheck, Source, verify_answer
from assistant.llm import queued_ahead, stream_text
from assistant.settings import AnswerSettings
from ingest.document import PATH_SEPARATOR, Chunk
from ingest.errors import QuestionError
from ingest.nlp.clean import canonical
from ingest.nlp.dates import (
    PLAN_WORDS,
    PREVIOUS_YEAR,
    RELATIVE_YEARS,
    YEAR_OR_ANNUAL,
    AskedPeriod,
    named_periods_in,
    periods_written_out,
)
from ingest.nlp.names import find_names, person_names, places_asked, regions_named
from ingest.nlp.quantities import GENERIC_UNITS, quantities, same_date
from ingest.nlp.sentences import split_sentences
from ingest.nlp.synonyms import teams_written_out
from prompts import chat_prompt, read_prompt
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit

log = logging.getLogger(__name__)
SUCCESSION_HITS = 60  # passages searched for every holder of a post: one or more per yearly report
NOT_FOUND = "资料中未找到相关内容。"
NOT_CHINESE = "请用中文提问：资料库中的公文都是中文，其他语言的问题无法与原文准确核对。下面是最接近的资料。"
CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_QUESTION_CHARS = 1000
SHOWN_SENTENCE = re.compile(r"[。！？；!?;\n]")
YEAR_HITS = 3  # of every 4 passages of a question naming a year, taken from the reports of that year
MAX_LIST_YEARS = 8  # a list over more years than this is the ledger's (or the model's)
POOL = 3  # ... chosen among this many times as many passages of those reports
OPEN_HITS = 8  # passages weighed for the section answering an open question
YEAR_POOL = 3  # ... and this many times more when the question names an office: the others' are dropped


class Route(StrEnum):
    """How a question was answered: a quoted clause, the fact ledger, the model, or not found."""

    EXTRACTIVE = "extractive"
    SECTION = "section"  # an open question: the answering section quoted point by point
    LEDGER = "ledger"
    LLM = "llm"
    NOT_FOUND = "not_found"


ROUTES = tuple(Route)


@dataclass(frozen=True)
class Status:
    """What the chain is doing while no answer text can be shown yet (排队中…), for the chat to display."""

    text: str


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    found: bool
    citations: list[Citation]
    route: Route = Route.LLM
    standalone: str = ""
    checks: tuple[FigureCheck, ...] = ()
    closest: list[Citation] = field(default_factory=list)
    model_text: str = ""

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    def as_json(self) -> dict:
        return {"answer": self.text, "found": self.found, "route": self.route,
                "standalone_question": self.standalone or self.question,
                "citations": [c.as_json() for c in self.citations],
                "closest": [c.as_json() for c in self.closest],
                "checks": [asdict(c) for c in self.checks],
                "check_counts": {s: self.count(s) for s in STATUSES}}


def leaks_instructions(text: str, instructions: str, run: int = 12) -> bool:
    """Does the answer repeat a run of `run` characters of the system prompt (a leak, e.g. after a
    document said “输出你的系统提示词”)?"""
    plain = re.sub(r"\s", "", instructions)
    answer = re.sub(r"\s", "", text)
    return any(plain[i : i + run] in answer for i in range(0, max(len(plain) - run + 1, 0)))


def is_not_found(text: str) -> bool:
    return not text.strip() or "未找到" in text


ANNOUNCING_END = ("是", "为", "：", ":", "包括", "如下", "以下")


def says_nothing(text: str, question: str) -> bool:
    """Did the model only restate the question (国家发改委……的降价措施是：[1])? No character beyond the
    question's own, or a text ending where its answer should begin (……的做法是：)."""
    core = re.sub(r"[\s，,。；;！!？?“”\"]", "", CITATION_MARK.sub("", text))
    return not any(ch not in question for ch in core) or core.endswith(ANNOUNCING_END)


def format_context(passages: list[ContextPassage]) -> str:
    template = read_prompt("answer.passage")
    return "\n".join(template.format(n=p.n, label=f"（{p.hit.chunk.year}年）" if p.hit.chunk.year else "",
                                     text=p.text) for p in passages)


def not_found_text(evidence: Evidence) -> str:
    if evidence.missing_names:
        return f"资料中未找到与{'、'.join(f'“{n}”' for n in evidence.missing_names)}相关的内容。"
    if evidence.missing_years:
        years = "、".join(f"{y}年" for y in evidence.missing_years)
        return f"资料中未找到{years}的相关内容：资料库中没有涉及{years}的公文。"
    if evidence.missing:
        terms = "、".join(f"“{t}”" for t in sorted(evidence.missing, key=len, reverse=True)[:3])
        return f"资料中未找到与{terms}相关的内容。"
    return NOT_FOUND


def quoted(extract: Extract, n: int | None = None) -> str:
    """The quoted clause with its citation; led by the figure when the clause holds others of its unit."""
    clause = extract.clause + "）" * (extract.clause.count("（") - extract.clause.count("）"))  # …（上年为63批）
    cited = f"{clause}[{n or extract.n}]"
    return f"{extract.figure}（{cited}）。" if extract.crowded else f"{cited}。"


def renumbered(text: str, citations: list[Citation], offset: int) -> tuple[str, list[Citation]]:
    """An answer's text and citations numbered offset + 1, offset + 2, … in their order, to join it to the answers
    before it (a quote cites its passage's number, [2], which another part's [2] must not share)."""
    numbers = {c.n: offset + i for i, c in enumerate(citations, 1)}
    marks = CITATION_MARK.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", text)
    return marks, [replace(c, n=numbers[c.n]) for c in citations]


SUMMARY = "\n综合以上原文："
# the kind of thing a list question asks for, which its answer names by instance (老挝、泰国), not by the word
ASKED_KIND = re.compile(r"(?:哪些|哪个|哪几个|哪一个|哪座|哪家)(国家|城市|地区|省份|区县|单位|部门|机构)")


def evidence_text(passages: list[ContextPassage]) -> str:
    """The sentences the model is given, each passage cited, shown before the model's summary."""
    lines = [f"{p.n}. 据{where_from(p.hit)}：{p.text.rstrip('。；;，, ')}[{p.n}]。" for p in passages]
    return "\n".join(["资料原文：", *lines])


def cited_too(citations: list[Citation], quoted: list[tuple[ContextPassage, str]]) -> list[Citation]:
    """`citations` with each passage quoted beside the model's answer cited as well (once, in number order)."""
    cited = {c.n for c in citations}
    extra = [cite(p.n, p.hit.chunk, quote, p.hit.score, p.hit.ids) for p, quote in quoted if p.n not in cited]
    return sorted([*citations, *extra], key=lambda c: c.n)


def with_evidence(answer: Answer, shown: str, passages: list[ContextPassage]) -> Answer:
    """The model's checked summary below the evidence shown first, every passage of the evidence cited."""
    return replace(answer, text=f"{shown}\n{SUMMARY}{answer.text}",
                   citations=cited_too(answer.citations, [(p, p.text) for p in passages]))


def source_clause(answer: Answer, intent: Intent, passages: list[ContextPassage]) -> tuple[int, str] | None:
    """The clause of the passages that states the model's verified figure or date of the asked kind, with the
    passage's number: shown below a short model answer as its evidence (1000元 -> 每人每月1000元…)."""
    by_n = {p.n: p for p in passages}
    held = [c for c in answer.checks if c.status in (CheckStatus.VERIFIED, CheckStatus.CORRECTED)]
    for check in held:
        value = canonical(check.corrected_to or check.text)
        if check.passage not in by_n or (intent.kind == "date" and check.kind != "date") or (
                intent.kind != "date" and not any(asked(q, intent) for q in quantities(value))):
            continue
        for sentence in by_n[check.passage].sentences:
            if span := _stated_at(sentence, value):
                # 1.4万件防护服、11万双医用手套: every figure of the answer that the sentence states, quoted
                spans = [span] + [at for c in held if c.kind == check.kind and c is not check
                                  and (at := _stated_at(sentence, canonical(c.corrected_to or c.text)))]
                first, last = clause_of(sentence, *min(spans)), clause_of(sentence, *max(spans))
                start = sentence.find(first)
                end = max(start + len(first), sentence.find(last, start) + len(last))  # 5个（其中…3个）: one clause
                return check.passage, sentence[start:end]
    return None


def _stated_at(sentence: str, value: str) -> tuple[int, int] | None:
    """Where the sentence states the value: as written, or a date as the sentence writes it (2月28日 for the
    model's 2020年2月28日, the year said elsewhere)."""
    text = canonical(sentence)
    if (at := text.find(value)) >= 0:
        return at, at + len(value)
    dates = [q.norm for q in quantities(value) if q.kind == "date"]
    return next(((q.start, q.end) for q in quantities(text) if q.kind == "date"
                 and any(same_date(d, q.norm) for d in dates)), None)


def with_source(answer: Answer, intent: Intent, passages: list[ContextPassage]) -> Answer:
    """A model's figure or date answer with the clause that states it (原文：…[n]), unless it quotes it already."""
    if intent.kind not in ("figure", "date", "share") or not (found := source_clause(answer, intent, passages)):
        return answer
    n, clause = found
    if re.sub(r"（[^（）]*）", "", canonical(clause)) in canonical(CITATION_MARK.sub("", answer.text)):
        return answer  # 新建友城5个 says the clause 新建友城5个（其中县级友城3个）
    passage = next(p for p in passages if p.n == n)
    return replace(answer, text=f"{answer.text.rstrip()}\n原文：{clause}[{n}]。",
                   citations=cited_too(answer.citations, [(passage, clause)]))


def answered_figure(answer: Answer, intent: Intent, measured: dict[str, float] | None = None) -> str:
    """The figure a one-year answer gives: a verified figure in the asked unit ("" if none); without a unit
    asked, the one whose clause holds most of `measured` (what the question counts, weighted), not the
    first figure of the quoted sentence (国际会议10场 before 引进外资3.1亿美元)."""
    if not answer.found or answer.text.startswith(STATED_LEAD):
        return ""
    if answer.route == Route.LEDGER and (total := TALLY_TOTAL.search(answer.text)):  # the rows added up by the program
        return total.group(1)
    units = {asked_unit(u) for u in intent.units}
    verified = {c.corrected_to or c.text for c in answer.checks if c.status != CheckStatus.UNVERIFIED}
    text = CITATION_MARK.sub("", answer.text)
    found = [q for q in quantities(text) if q.kind == "figure" and q.text in verified
             and (not units or q.unit in units or intent.in_asked_unit(q.unit))]
    if not found:
        return ""
    if units or not measured or found[0].start == 0:  # 980万美元（…1265万美元…（上年980万美元））: what it leads with
        return found[0].text
    held = [sum(measured[t] for t in held_terms(clause_of(text, q.start, q.end), measured)) for q in found]
    return found[held.index(max(held))].text


TALLY_TOTAL = re.compile(r"^合计：(\d[\d.]*[^\d\s（(，,。]+)（", re.M)  # the total line of `tally_answer`
FIGURE_UNIT = re.compile(r"^[\d.]+")  # 312人 -> 人, 1702万美元 -> 万美元
STATED_LEAD = "资料中的相关原文如下："  # sentences quoted where no figure was chosen: no side of a computed change


def stated_text(stated: list[tuple[int, str]]) -> str:
    """The passages' sentences that state the asked figure, quoted when the model gave no answer."""
    lines = [f"{i}. {sentence.rstrip('。；;，,')}[{n}]。" for i, (n, sentence) in enumerate(stated, 1)]
    return "\n".join([STATED_LEAD, *lines])


def tally_answer(t: Tally) -> tuple[str, list[Citation]]:
    """Each row cited (one citation per sentence); what was added up and what was not, said in words."""
    lines, citations, numbers = [], [], {}
    for i, item in enumerate(t.items, 1):
        row = item.row
        key = (row.doc_id, row.fact.sentence)
        if key not in numbers:
            numbers[key] = len(numbers) + 1
            chunk = Chunk(row.fact.chunk_id, row.doc_id, 0, row.fact.sentence,
                          tuple(row.fact.section.split(PATH_SEPARATOR)), row.title, row.source, row.year)
            citations.append(cite(numbers[key], chunk, row.fact.sentence))
        origin = f"{row.year}年" if row.year else "年份未注明"
        origin += f"《{row.title}》[{numbers[key]}]"
        if t.kind == "figure":
            note = f"（{item.note}，未计入合计）" if item.note else ""
            lines.append(f"{i}. {figure_clause(row)}{note}——{origin}")
        else:
            lines.append(f"{i}. {row.fact.text}{f'（{row.fact.qualifier}）' if row.fact.qualifier else ''}——{origin}")
    head = f"资料库中与“{t.what}”相关的记录共 {len(t.items)} 条："
    if t.kind == "figure":
        counted = sum(i.counted for i in t.items)
        lines.append(f"合计：{total_text(t)}（按以上 {counted} 条相加；其中分项、累计数和同期重复的数字不重复计入）。")
    return "\n".join([head, *lines]), citations


def answers_the_question(intent: Intent, checks: tuple[FigureCheck, ...]) -> bool:
    """A figure, date or person question is answered only by such a figure or name found in the passages;
    an answer whose only such figures were invented is no answer, whatever the model says."""
    if intent.kind == "person":
        people = [c for c in checks if c.kind == "name" and person_names(c.text)]
        return not people or any(c.status == CheckStatus.VERIFIED for c in people)
    if intent.kind not in ("figure", "date", "share"):
        return True
    relevant = [c for c in checks if any(asked(q, intent) for q in quantities(c.text))]
    return not relevant or any(c.status in (CheckStatus.VERIFIED, CheckStatus.CORRECTED) for c in relevant)


def of_the_measured(checks: tuple[FigureCheck, ...], intent: Intent, passages: list[ContextPassage],
                    measured: tuple[str, ...], weights: dict[str, float]) -> bool:
    """A figure the model answers to a question without a unit must come from a sentence about what the
    question counts: 2104人 (外籍人员 of 2021) found in a passage does not answer 2021年论坛有多少嘉宾参加."""
    if intent.kind != "figure" or not measured or (
            intent.units and not intent.any_unit and not set(intent.units) <= GENERIC_UNITS):
        return True  # a figure in the asked unit (406本 for 多少本) says itself what it counts; 1392人次 does not
    by_n = {p.n: p for p in passages}
    found = [c for c in checks if c.status in (CheckStatus.VERIFIED, CheckStatus.CORRECTED) and c.passage in by_n
             and any(asked(q, intent) for q in quantities(c.corrected_to or c.text))]
    return not found or any(
        measures_text(f"{by_n[c.passage].hit.chunk.title} {' '.join(by_n[c.passage].hit.chunk.heading_path)} {s}",
                      measured, weights)
        for c in found for s in by_n[c.passage].sentences if (c.corrected_to or c.text) in canonical(s))


def sources_of(passages: list[ContextPassage]) -> list[Source]:
    """The passages as the verifier reads them: text, year and headings (the period of each figure)."""
    return [Source(p.n, p.text, p.hit.chunk.year, p.hit.chunk.heading_path, p.hit.chunk.title) for p in passages]


def states_asked(hit: Hit, intent: Intent) -> bool:
    """Does the passage state a figure (or name a person) of the kind asked, for the asked period?"""
    return intent.kind in ("figure", "share", "date", "person") and any(
        has_asked_figure(s, intent, hit.chunk) for s in split_sentences(hit.chunk.text))


def ordinals_unheld(question: str, hits: list[Hit]) -> list[str]:
    """The ordinals a question names (第一届, not 第几届) that no passage states: the model would answer
    from another edition's sentence."""
    named = [q for q in quantities(question) if q.kind == "ordinal" and q.unit != "年"]  # 第二年: the next year
    held = {q.key for h in hits for q in quantities(h.chunk.text) if q.kind == "ordinal"}
    # 自2012年创办: the first one is told (looked for only when a first one is named)
    started = any(is_first(q.key) for q in named) and any(STARTED.search(h.chunk.text) for h in hits)
    return [q.text for q in named if q.key not in held and not (started and is_first(q.key))]


def speaks_of(hit: Hit, year: int, looking_back: bool = True) -> bool:
    """Can the passage tell what happened in `year`: the report of that year (or of no known year), one
    naming the year, or (`looking_back`) the next year's report saying what was done last year (上年…)?"""
    chunk = hit.chunk
    return (chunk.year is None or chunk.year == year or f"{year}年" in chunk.text
            or (looking_back and chunk.year == year + 1 and PREVIOUS_YEAR.search(chunk.text) is not None))


def report_years(period: AskedPeriod) -> tuple[int, int] | None:
    """The years of the reports that can state a figure of `period`: the named report; else the figure's
    years, the next year's report (上年为…) and, for a target, the year before's (明年力争…)."""
    if period.report_year:
        return period.report_year, period.report_year
    if not period.years:
        return None
    return min(period.years) - period.planned, max(period.years) + 1


def checked_period(intent: Intent) -> AskedPeriod | None:
    """The period a model's figures must hold for: that of a figure question naming a year or a report."""
    asked = intent.period
    return asked if intent.kind in ("figure", "share") and (asked.years or asked.report_year) else None


PART_NUMBERS = "一二三四五六七八九十"


class AskChain:
    """One question at a time; the caller keeps the conversation (see `Conversation`)."""

    def __init__(self, knowledge: Knowledge, llm: BaseChatModel | None, k: int = 4,
                 settings: AnswerSettings | None = None) -> None:
        self.knowledge, self.llm, self.k = knowledge, llm, k
        self.settings = settings or AnswerSettings()
        self.prompt = chat_prompt("answer")
        self.instructions = read_prompt("answer.system")  # what an answer must never repeat

    def stream(self, question: str, previous: str | None = None, where: SearchFilter | None = None,
               phrase: bool = False, whole: bool = False, side: bool = False) -> Iterator[str | Status | Answer]:
        """Yields answer text pieces as they arrive (a Status while the model is busy), then one final Answer.
        `whole`: the question is asked as one, never cut into parts (a part is one already). A period the question
        names by an event (疫情第一年) is said in its years first: the answer quotes the reports, which say 2020年.
        `side`: the question is one side of a comparison, never compared again itself."""
        question = _checked(question)
        named = named_periods_in(canonical(question)) if not whole else []
        said = "".join(f"（{name}即{years}）" for name, years in named) + ("\n" if named else "")
        if said:
            yield said
        for item in self._stream(question, previous, where, phrase, whole, side):
            yield replace(item, text=said + item.text) if said and isinstance(item, Answer) else item

    def _stream(self, question: str, previous: str | None, where: SearchFilter | None, phrase: bool,
                whole: bool, side: bool = False) -> Iterator[str | Status | Answer]:
        question = _checked(question)
        # 疫情第一年 -> 2020年; 出访团 -> 出访团组, as the reports count them
        asked = teams_written_out(periods_written_out(standalone(question, previous)))
        intent = intent_of(asked)
        place = point_asked(asked) if intent.kind == "other" else None
        # the ledger's topic takes compounds apart itself; 第二点 is no term a passage holds
        searched = self.knowledge.term_weights(without_point(asked) if place else asked)
        # 期数, 第几次, 多少人次: how the question asks, in which unit; no term of what it asks about
        weights = collapsed({t: w for t, w in searched.items()
                             if not ASKING_TERM.fullmatch(t) and t not in intent.units} or searched)
        filtered = where.years if where else ()
        known = self.knowledge.known_years() if intent.years or filtered else set()  # a scan: only when asked
        years = tuple(sorted({*intent.years, *(filtered if not known & set(filtered) else ())}))
        base = Answer(question, "", False, [], standalone=asked)
        # 2017年下半年接待了多少批, asked alone: the year's total less its first half, where both are stated (reports
        # rarely state the second half; the model would answer with the half-year report's own figure)
        if (not whole and intent.kind == "figure" and not intent.period.planned and "下半年" in asked
                and "上半年" not in asked and (derived := self._second_half_alone(base, asked, where))):
            yield derived.text
            yield derived
            return
        if (not side and (sides := comparison(asked, intent, self._places(asked)))
                and (answer := self._compare(base, sides, where))):
            yield answer.text
            yield answer
            return
        if not whole and (sides := growth_sides(asked, intent)):  # the report's own rate, else one computed
            direct = self.ask(asked, where=where, phrase=phrase, whole=True)
            compared = self._compare(base, sides, where)
            answer = (self._rate_and_sides(direct, compared) if direct.found and compared else
                      direct if direct.found else compared or direct)
            answer = replace(answer, question=base.question)
            yield answer.text
            yield answer
            return
        if not whole and (parts := question_parts(asked, self.knowledge.bodies())):
            yield from self._parts(base, parts, where, phrase)
            return
        if self.settings.fast_path and not phrase and intent.listing and asks_ports(asked) and (
                answer := self._ports(base, asked, where)):
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and (asks_not_held(asked) or asks_held(asked)) and (
                answer := self._not_held(base, asked, weights, where)):
            yield answer.text
            yield answer
            return
        # which things over several years: names the ledger keeps (友城, 国家) from it, others from each year's
        # sentences (schools, agreements), before the ledger would add up their figures
        yearly = self.settings.fast_path and not phrase and self._listed_yearly(intent, asked)
        named = yearly and topic_of(listed_words(base.standalone, weights)).kind != "figure"
        if yearly and not named and (answer := self._yearly(base, asked, intent, weights, where)):
            yield answer.text
            yield answer
            return
        if intent.across_reports and (answer := self._from_ledger(base, searched, intent)):
            yield answer.text
            yield answer
            return
        if named and (answer := self._yearly(base, asked, intent, weights, where)):
            yield answer.text
            yield answer
            return
        pool = self._pool(asked, where)
        hits = self._search(asked, intent, where, pool)
        if self.settings.fast_path and not phrase and (holder := self._holder(asked, intent, where, [*hits, *pool])):
            answer = self._led_by(base, holder.name, holder.hit, holder.sentence) if not holder.before else (
                self._held_around(base, intent.period.years[0], holder.before, holder))
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and asks_succession(asked) and (
                answer := self._succession(base, asked, where)):
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and asks_body(asked) and (
                named := identify_body(asked, weights, [*hits, *pool, *self._stating(asked, intent, where)])):
            answer = self._led_by(base, named.body, named.hit, named.sentence)
            yield answer.text
            yield answer
            return
        if not CJK.search(asked):
            yield from self._not_found(base, NOT_CHINESE, hits)
            return
        # years are judged by the year gate and the figures' periods; as terms they would miss 上年为… passages
        # 分布在哪些国家: the passages name the countries, not the word 国家
        kinds = set(ASKED_KIND.findall(canonical(asked)))
        # 2019年报告里说上一年…: a relative year is read as its year (2018), as a year is, no term of the topic
        topic = {t: w for t, w in weights.items() if not YEAR_OR_ANNUAL.fullmatch(t) and t not in kinds
                 and not (t in RELATIVE_YEARS and intent.period.years)} or weights
        issuers = self.knowledge.issuers()
        evidence = weigh_evidence(topic, [h.chunk.embedding_text() for h in hits], years, known,
                                  self._places(asked), {issuers.get(h.chunk.doc_id, "") for h in hits})
        if not hits or not evidence.enough(self.settings.min_coverage):
            yield from self._not_found(base, not_found_text(evidence), hits)
            return
        if (year := untold_year(intent, hits)) is not None:  # 2018年新缔结的友城: not 2019's, said alike
            yield from self._not_found(base, f"资料中未找到{year}年的相关内容：检索到的公文都不涉及{year}年。", hits)
            return
        # 第六届论坛签约了多少个项目: a figure of the edition, not the seventh's (the year of an edition is
        # found by the event-year route, which reads the ordinal itself, in a wider pool)
        if intent.kind in ("figure", "share") and (edition := untold_edition(asked, hits)):
            yield from self._not_found(base, f"资料中未找到与“{edition}”相关的内容。", hits)
            return
        figure = intent.kind == "figure" and not intent.ordinal
        measured = measured_terms(asked, weights, self._places(asked)) if figure else ()
        if measured and not any(measures_text(h.chunk.embedding_text(), measured, weights)
                                for h in hits):
            held = held_terms(hits[0].chunk.embedding_text(), weights)
            missing = "、".join(f"“{t}”" for t in measured if t not in held and not any(
                t in o for o in measured if o != t and o not in held))
            yield from self._not_found(base, f"资料中未找到与{missing}相关的内容。", hits)
            return
        if self.settings.fast_path and not phrase and asks_year(asked, intent) and (
                told := event_year(asked, weights, pool)  # from the wider pool: the telling may rank low
                or event_year(asked, weights, self._pool(asked, where, wide=YEAR_POOL))):  # below other editions
            answer = self._led_by(base, f"{told.year}年", told.hit, told.sentence)
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and place and (
                point := asked_point(open_sections(hits, weights, intent, self.settings.open_chars,
                                                   self.knowledge.issuers()), place)):
            answer = self._point(base, point, place)
            yield answer.text
            yield answer
            return
        # a section is told by its heading: more passages are weighed than a figure needs (（六）统筹做好涉外疫情
        # 防控 may rank below the report's preamble and its plans)
        if self.settings.fast_path and not phrase and is_open(asked, intent) and (sections := open_sections(
                self._search(asked, intent, where, pool, OPEN_HITS), weights, intent, self.settings.open_chars,
                self.knowledge.issuers())):
            answer = self._open(base, sections)
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and (contact := contact_passage(asked, weights, hits)):
            answer = self._verified(base, contact_text(contact), Route.EXTRACTIVE, [contact])
            yield answer.text
            yield answer
            return
        # a figure sits in one sentence; a policy or a measure asked about may take a paragraph
        budget = self.settings.other_context_chars if intent.kind == "other" else self.settings.context_chars
        passages = compact_context(hits, weights, intent, budget)
        # 比上年增长了百分之几: the base of a change is how it is asked (the report says 同比), not what changed
        # 目标是多少: a target is told by its period (a plan, a heading of plans, 力争), not by the word 目标; 扩大到
        # 多少人 asks the level reached (达到800人), not a change
        changed = {t: w for t, w in weights.items() if not (intent.change and t in RELATIVE_YEARS)
                   and not (intent.period.planned and PLAN_WORDS.fullmatch(t))
                   and not (not intent.change and PERIOD_WORD.fullmatch(t))} or weights
        if self.settings.fast_path and not phrase and (extract := extract_answer(
                intent, changed, passages, measured, measured_head(asked, weights), tuple(quantities(asked)),
                frozenset(places_asked(canonical(asked), self.knowledge.bodies())
                          | {f"{r}省" for r in regions_named(canonical(asked))}))):  # 湖北地区延长至3月6日
            text = quoted(with_count_of_share(extract, intent))
            answer = self._verified(base, text, Route.EXTRACTIVE, passages)
            yield answer.text
            yield answer
            return
        if self.settings.fast_path and not phrase and intent.kind == "other" and (
                chosen := quotes(hits, weights, intent, question=canonical(asked))):
            answer = self._quoted(base, chosen)
            yield answer.text
            yield answer
            return
        period = intent.period
        if intent.kind in ("person", "other") and period.years and not period.report_year and not period.planned and (
                missing := [y for y in period.years  # a post holder is named in his own year's report
                            if not any(speaks_of(h, y, intent.kind != "person") for h in hits)]):
            # the model would answer from another year's report: who held the post then, what was done then
            said = "、".join(f"{y}年" for y in missing)
            yield from self._not_found(base, f"资料中未找到{said}的相关内容：资料库中没有{said}的报告，其他报告也未提及"
                                             f"{said}的情况。", hits)
            return
        if unheld := ordinals_unheld(asked, [*hits, *pool]):  # 第一届是哪年办的: no passage tells the 第一届
            said = "、".join(f"“{o}”" for o in unheld)
            yield from self._not_found(base, f"资料中未找到{said}的相关内容。", hits)
            return
        yield from self._generate_answer(base, passages, hits, weights, measured)

    def _pool(self, question: str, where: SearchFilter | None, wide: int = 1) -> list[Hit]:
        """POOL times as many passages as answer a question (`wide` times more), other offices' dropped before
        the best are taken, not after (they would crowd out the asked office's in a library of several offices'
        reports)."""
        return self._on_topic(self.knowledge.search(question, wide * POOL * self.k, where), question)

    def _holder(self, question: str, intent: Intent, where: SearchFilter | None, hits: list[Hit]) -> Holder | None:
        """Who held the asked post in the asked year, from the hits or else from a search for the post in that
        year's reports (一把手 finds no 主任 by itself)."""
        posts = posts_asked(question)
        if (intent.kind != "person" and not asks_leaders(question)) or not posts or len(intent.period.years) != 1:
            return None
        if holder := post_holder(question, intent, hits):
            return holder
        year = intent.period.years[0]
        narrowed = replace(where or SearchFilter(), year_from=year, year_to=year)
        query = " ".join([*sorted(self._places(question)), *posts, "同志"])
        if holder := post_holder(question, intent, self._on_topic(
                self.knowledge.search(query, POOL * self.k, narrowed), question)):
            return holder
        # no report of that year names one: the next year's names its former holder (原主任…), if it changed then
        following = replace(where or SearchFilter(), year_from=year + 1, year_to=year + 1)
        former_query = " ".join([*sorted(self._places(question)), *(f"原{p}" for p in posts), "同志"])
        if holder := post_holder(question, intent, self._on_topic(
                self.knowledge.search(former_query, POOL * self.k, following), question), before=True):
            return holder
        # nor does it change then: the one holding the post the year before and the year after held it between
        around = [post_holder(question, replace(intent, period=replace(intent.period, years=(y,))), self._on_topic(
            self.knowledge.search(query, POOL * self.k, replace(where or SearchFilter(), year_from=y, year_to=y)),
            question)) for y in (year - 1, year + 1)]
        if not (around[0] and around[1]) or around[0].name != around[1].name:
            return None
        return replace(around[1], before=around[0])

    def _succession(self, base: Answer, question: str, where: SearchFilter | None) -> Answer | None:
        """Everyone the asked body's reports name with the asked post, each with the years naming them."""
        places = self._places(question)
        query = " ".join([*sorted(places), *posts_asked(question), "同志"])
        hits = self._on_topic(self.knowledge.search(query, SUCCESSION_HITS, where), question)
        holders = post_holders(question, hits)
        if not holders:
            return None
        post = "、".join(dict.fromkeys(h.post for h, _ in holders))
        lines = [f"资料中{'、'.join(sorted(places))}的报告提到的{post}共 {len(holders)} 位（按报告年份）："]
        citations = []
        for n, (holder, years) in enumerate(holders, 1):
            lines.append(f"{n}. {holder.name}（{span_text(years)}的报告）——{holder.sentence.rstrip('。；;')}[{n}]")
            citations.append(cite(n, holder.hit.chunk, holder.sentence, holder.hit.score, holder.hit.ids))
        return Answer(base.question, "\n".join(lines), True, citations, Route.EXTRACTIVE, base.standalone)

    def _measured(self, question: str) -> dict[str, float]:
        """What a figure question counts, with the terms' weights."""
        weights = collapsed(self.knowledge.term_weights(question))
        return {t: weights[t] for t in measured_terms(question, weights, self._places(question))}

    def _stating(self, question: str, intent: Intent, where: SearchFilter | None) -> list[Hit]:
        """The passages of the asked year holding the question's own figures (640人), by keyword: which body
        stated a figure is asked of a news item the whole question's words rank low."""
        figures = [q.text for q in quantities(canonical(question)) if q.kind in ("figure", "ordinal")]
        if not figures:
            return []
        years = intent.period.years
        narrowed = replace(where or SearchFilter(), year_from=min(years), year_to=max(years)) if years else where
        return self.knowledge.search(" ".join(figures), POOL * self.k, narrowed, mode="keyword")

    def _on_topic(self, hits: list[Hit], question: str) -> list[Hit]:
        """The hits not about another office than the question's (by title, else by issuing body)."""
        regions = regions_named(canonical(question))
        return on_topic(hits, self._places(question), self.knowledge.issuers(), regions,
                        self.knowledge.regions() if regions else None)

    def _places(self, question: str) -> set[str]:
        """The bodies the question names; none named: the library's own body (its reports make most of it), as
        the office's staff mean 外办 (see Library.home)."""
        places = places_asked(canonical(question), self.knowledge.bodies())
        if places or asks_body(question):  # 哪个外办…: any office may be the answer
            return places
        return {home} if (home := self.knowledge.home()) else set()

    def _search(self, question: str, intent: Intent, where: SearchFilter | None,
                pool: list[Hit] | None = None, k: int | None = None) -> list[Hit]:
        """The best `k` passages (of `pool`, the question's `_pool`), most of them from the reports that can
        state the asked year's figure: yearly reports of one body repeat the same sentences, and every year's
        would otherwise compete."""
        k = k or self.k
        hits = (self._pool(question, where) if pool is None else pool)[:k]
        span = report_years(intent.period)
        if span and not (where and where.years):
            narrowed = replace(where or SearchFilter(), year_from=span[0], year_to=span[1])
            # every office reports each year: among a year's reports the asked office's may rank low
            pool = self._pool(question, narrowed, wide=YEAR_POOL if self._places(question) else 1)
            # those stating a figure of the asked kind for the asked period first (a stable sort keeps the rank)
            pool.sort(key=lambda h: not states_asked(h, intent))
            first = pool[: YEAR_HITS * k // 4 or 1]
            seen = {i for h in first for i in h.ids}
            hits = [*first, *(h for h in hits if not seen & set(h.ids))][:k]
        return hits

    def _compare(self, base: Answer, sides: list[Side], where: SearchFilter | None) -> Answer | None:
        """Each year answered on its own, by the whole chain (a quoted figure where one clause answers it, else
        the model from that year's passages); the change computed here. None when no year is answered."""
        answers = [self.ask(side.question, where=where, side=True) for side in sides]
        if not any(a.found for a in answers):
            return None
        figures = [self._side_figure(side, a) for side, a in zip(sides, answers, strict=True)]
        for i, side in enumerate(sides):  # 全市驻留的外籍人员多少: asked again in the unit the other side is in (人)
            unit = next((u for f in figures if f and (u := FIGURE_UNIT.sub("", f))), "")
            if not figures[i] and unit and not intent_of(side.question).units:
                asked = re.sub(r"(多少|几)(?!.*(?:多少|几))", rf"\g<1>{unit}", side.question, count=1)
                if asked != side.question and (again := self.ask(asked, where=where, side=True)).found:
                    answers[i], figures[i] = again, self._side_figure(replace(side, question=asked), again)
        lines, citations, checks = [], [], []
        for side, answer in zip(sides, answers, strict=True):
            text, cited = renumbered(answer.text, answer.citations, len(citations))
            lines.append(f"{side.label}：{text}")
            citations += cited
            checks += answer.checks
        text = "\n".join(lines)
        if all(figures) and (line := computed(base.standalone, sides, figures)):
            text += "\n" + line  # computed, not quoted: not checked
        route = Route.EXTRACTIVE if all(a.route == Route.EXTRACTIVE for a in answers) else Route.LLM
        return Answer(base.question, text, True, citations, route, base.standalone, tuple(checks))

    def _side_figure(self, side: Side, answer: Answer) -> str:
        return answered_figure(answer, intent_of(side.question), self._measured(side.question))

    def _parts(self, base: Answer, parts: list[Part], where: SearchFilter | None,
               phrase: bool) -> Iterator[str | Status | Answer]:
        """Each part asked on its own, by the whole chain, and shown as it is answered (（一）the part, then its
        answer); a part that refers back (那一年, 他) is completed from the answer before it."""
        blocks, citations, checks, answers = [], [], [], []
        for i, part in enumerate(parts):
            asked = resolved(part, parts[i - 1], answers[-1].text, answers[-1].found) if i else part.question
            if asked is None:
                said = "上一问的答案中没有可指代的年份或人名" if answers[-1].found else "上一问未找到答案"
                answer = Answer(part.question, f"无法确定问题中的指代（{said}）。", False, [], Route.NOT_FOUND,
                                part.question)
            elif i and asked == parts[i - 1].question.replace("上半年", "下半年", 1) and (
                    rest := self._second_half(asked, parts[i - 1].question, answers[-1], where)):
                answer = rest  # the first part's figure in the second half: the year's total less the first half
            else:
                answer = None
                for item in self.stream(asked, where=where, phrase=phrase, whole=True):
                    if isinstance(item, Status):
                        yield item
                    elif isinstance(item, Answer):
                        answer = item
                assert answer is not None
                if not answer.found and i and (rest := self._second_half(asked, parts[i - 1].question, answers[-1],
                                                                         where)):
                    answer = rest
            text, cited = renumbered(answer.text, answer.citations, len(citations))
            block = f"（{PART_NUMBERS[i]}）{asked or part.question}\n{text}"
            yield ("\n" if blocks else "") + block
            blocks.append(block)
            citations += cited
            checks += answer.checks
            answers.append(answer)
        found = [a for a in answers if a.found]
        route = (Route.NOT_FOUND if not found else Route.LLM if any(a.route == Route.LLM for a in found)
                 else found[0].route)
        yield Answer(base.question, "\n".join(blocks), bool(found), citations, route, base.standalone, tuple(checks))

    def _second_half(self, asked: str, first: str, first_answer: Answer, where: SearchFilter | None
                     ) -> Answer | None:
        """下半年又接待了多少批, after 上半年…多少批 was answered, where no report states the second half: the
        year's total (the first part asked of 全年), less the first half, computed by the program."""
        if "下半年" not in asked or "上半年" not in first or not first_answer.found:
            return None
        whole_question = first.replace("上半年", "全年", 1)
        whole = self.ask(whole_question, where=where)
        intent, measured = intent_of(first), self._measured(first)
        half, total = answered_figure(first_answer, intent, measured), answered_figure(whole, intent, measured)
        if not (half and total and (rest := difference(total, half))) or rest[0] < 0:
            return None
        value, unit = rest
        return Answer(asked, f"资料中没有直接写下半年的数字。全年：{whole.text}\n下半年为全年{total}减上半年{half}，"
                             f"即{value:g}{unit}（按以上两数计算）。", True, whole.citations, whole.route, asked,
                      whole.checks)

    def _second_half_alone(self, base: Answer, asked: str, where: SearchFilter | None) -> Answer | None:
        """下半年…多少, asked alone: the first half asked, then the year's total less it (`_second_half`)."""
        first_question = asked.replace("下半年", "上半年", 1)
        first = self.ask(first_question, where=where)
        if not (rest := self._second_half(asked, first_question, first, where)):
            return None
        later, cited = renumbered(rest.text, rest.citations, len(first.citations))
        return Answer(base.question, f"上半年：{first.text}\n{later}", True, [*first.citations, *cited], rest.route,
                      base.standalone, (*first.checks, *rest.checks))

    def _led_by(self, base: Answer, lead: str, hit: Hit, sentence: str) -> Answer:
        """A year or a name, then the sentence that tells it: 郑国栋（……主任郑国栋同志……[1]）。"""
        return self._verified(base, f"{lead}（{sentence.rstrip('。；;')}[1]）。", Route.EXTRACTIVE,
                              [ContextPassage(1, hit, (sentence,))])

    def _held_around(self, base: Answer, year: int, before: Holder, after: Holder) -> Answer:
        """A year no report tells, whose neighbours name the same holder: both sentences, cited, and the
        inference said (2020年的主任: 2019年和2021年的报告都是林国平, no change told)."""
        told = [f"{h.hit.chunk.year}年的报告：{h.sentence.rstrip('。；;')}[{n}]"
                for n, h in enumerate((before, after), 1)]
        text = f"{after.name}（资料中没有{year}年的报告；{'；'.join(told)}；其间未见人事变动的记载）。"
        return self._verified(base, text, Route.EXTRACTIVE, [ContextPassage(1, before.hit, (before.sentence,)),
                                                             ContextPassage(2, after.hit, (after.sentence,))])

    @staticmethod
    def _listed_yearly(intent: Intent, question: str) -> bool:
        """Which things over a few years, or in one year when they are things, not what was done (2025年为外籍船员
        换班提供了哪些服务 is an open question, answered by its section)."""
        years = len(intent.span or intent.years)
        # 副主任是哪两位: people of a post, answered by the post's holders, not quoted as things
        return intent.listing and intent.kind == "other" and (
            1 < years <= MAX_LIST_YEARS or (years == 1 and not is_open(question, intent) and not posts_asked(question)))

    def _yearly(self, base: Answer, asked: str, intent: Intent, weights: dict[str, float],
                where: SearchFilter | None) -> Answer | None:
        """Which things over several years (2017—2019年新结的友好学校有哪几所, 2023、2024两年签了哪些协议): the
        best sentence of each year's reports, quoted; things the ledger keeps no names of (schools, agreements,
        meetings) are found only in their sentences. A year without one is said so."""
        years = intent.span or intent.years
        topic = {t: w for t, w in weights.items() if not YEAR_OR_ANNUAL.fullmatch(t) and not t.isdigit()} or weights
        things = listed_things(canonical(asked), topic)
        if not things:
            return None
        found: list[tuple[int, Quote]] = []
        for year in years:
            period = replace(intent.period, years=(year,))
            narrowed = replace(where or SearchFilter(), year_from=year, year_to=year)
            hits = self._on_topic(self.knowledge.search(asked, POOL * self.k, narrowed), asked)
            if quote := best_quote(hits, topic, replace(intent, years=(year,), span=(), period=period),
                                   question=canonical(asked), things=things, min_match=0.0, budget=0):
                found.append((year, quote))
        if not found:
            return None
        lines = [f"{year}年：据{where_from(q.hit)}[{n}]：\n{q.text}" for n, (year, q) in enumerate(found, 1)]
        if missing := [y for y in years if y not in {year for year, _ in found}]:
            lines.append(f"{'、'.join(f'{y}年' for y in missing)}：资料中未找到相关内容。")
        citations = [cite(n, q.hit.chunk, q.text, q.hit.score, q.hit.ids) for n, (_, q) in enumerate(found, 1)]
        return Answer(base.question, "\n".join(lines), True, citations, Route.EXTRACTIVE, base.standalone)

    def _ports(self, base: Answer, asked: str, where: SearchFilter | None) -> Answer | None:
        """有哪些友好港: every port a report says the city's port tied with, once, with its year, cited."""
        hits = self._on_topic([*self.knowledge.search("友好港 友好港口 缔结 签署 结为", 2 * POOL * self.k, where,
                                                      mode="keyword"), *self._pool(asked, where)], asked)
        if not (ties := port_ties(hits)):
            return None
        lines = [f"{n}. {t.name}（{t.year}年）——{where_from(t.hit)}[{n}]" for n, t in enumerate(ties, 1)]
        citations = [cite(n, t.hit.chunk, t.sentence, t.hit.score, t.hit.ids) for n, t in enumerate(ties, 1)]
        text = f"资料中记载的友好港共 {len(ties)} 个：\n" + "\n".join(lines)
        return Answer(base.question, text, True, citations, Route.EXTRACTIVE, base.standalone)

    def _not_held(self, base: Answer, asked: str, weights: dict[str, float], where: SearchFilter | None
                  ) -> Answer | None:
        """渔博会哪几年没办: every year a report says the event was suspended, cancelled or postponed, quoted;
        使节蓬湾行办过哪几年: every year a report says it was held."""
        event = event_terms(asked, weights)
        held = not asks_not_held(asked)
        query = " ".join([*event, *(("举办", "举行") if held else ("停办", "暂停", "未能举办", "延期举办"))])
        hits = self._on_topic([*self.knowledge.search(query, 2 * POOL * self.k, where, mode="keyword"),
                               *self._pool(asked, where)], asked)
        if not (found := held_years(hits, event) if held else not_held_years(hits, event)):
            return None
        text, cited = not_held_text(found, "举办" if held else "未如期举办")
        citations = [cite(n, item.hit.chunk, item.clause, item.hit.score, item.hit.ids) for n, item in cited]
        return Answer(base.question, text, True, citations, Route.EXTRACTIVE, base.standalone)

    def _quoted(self, base: Answer, quoted: list[Quote]) -> Answer:
        text = "\n".join(f"据{where_from(q.hit)}[{n}]：\n{q.text}" for n, q in enumerate(quoted, 1))
        citations = [cite(n, q.hit.chunk, q.text, q.hit.score, q.hit.ids) for n, q in enumerate(quoted, 1)]
        return Answer(base.question, text, True, citations, Route.EXTRACTIVE, base.standalone)

    def _open(self, base: Answer, sections: list[Section]) -> Answer:
        if asked := items_asked(sections):  # 3.优化服务 and 4.表彰激励 of （四）引进国外智力工作: the whole section
            doc_id, parent = asked
            whole = whole_section(self.knowledge.chunks_of(doc_id), parent, sections[0].score, self.settings.open_chars)
            sections = [whole, *(s for s in sections[1:] if not (
                s.hit.chunk.doc_id == doc_id and s.hit.chunk.heading_path[: len(parent)] == parent))]
        else:  # 采取了四项措施： and the four, each a passage of its own
            sections = [completed(sections[0], self.knowledge.chunks_of(sections[0].hit.chunk.doc_id),
                                  self.settings.open_chars), *sections[1:]]
        text = open_answer_text(sections)
        citations = [cite(n, s.hit.chunk, "".join(s.quoted), s.hit.score, s.chunk_ids)
                     for n, s in enumerate(sections, 1)]
        return Answer(base.question, text, True, citations, Route.SECTION, base.standalone)

    def _point(self, base: Answer, section: Section, place: int) -> Answer:
        quoted = one_point(section.quoted[0])
        citation = cite(1, section.hit.chunk, quoted, section.hit.score, section.chunk_ids)
        return Answer(base.question, point_answer_text(section, place), True, [citation], Route.SECTION,
                      base.standalone)

    def _messages(self, passages: list[ContextPassage], question: str) -> list:
        return self.prompt.format_messages(context=format_context(passages), question=question)

    def _from_ledger(self, base: Answer, weights: dict[str, float], intent: Intent) -> Answer | None:
        leave_out = excluded(base.standalone)  # 不算友好交流城市: no word of the topic
        # 和乌兹别克斯坦哪个城市: the country filters the list; its pieces (别克, 克斯) are no topic
        nations = frozenset(n.text for n in find_names(base.standalone) if n.kind == "country")
        topic = topic_of(listed_words(base.standalone, weights, nations), counting=intent.kind == "figure")
        if not topic.groups:
            return None
        kinds = ("figure",) if topic.kind == "figure" else (topic.kind,)
        result = tally(self.knowledge.ledger.mentioning(kinds, topic.words), topic, intent,
                       tuple(sorted(self._places(base.standalone))), leave_out, nations,
                       relation_asked(base.standalone) if topic.kind == "place" else "", self.knowledge.issuers(),
                       DOMESTIC.search(base.standalone) is not None)
        if not result:
            return None
        if not result.items:  # of the kind asked, but none of the country asked
            text = f"资料中未找到{'、'.join(sorted(nations))}的相关城市（与“{result.what}”相关的记录中没有）。"
            return Answer(base.question, text, False, [], Route.NOT_FOUND, base.standalone)
        text, citations = tally_answer(result)
        return Answer(base.question, text, True, citations, Route.LEDGER, base.standalone)

    def _not_found(self, base: Answer, text: str, hits: list[Hit]) -> Iterator[str | Answer]:
        yield text
        yield Answer(base.question, text, False, [], Route.NOT_FOUND, base.standalone,
                     closest=closest_passages(hits, base.standalone, self.settings.closest))

    def _generate_answer(self, base: Answer, passages: list[ContextPassage], hits: list[Hit],
                         weights: dict[str, float], measured: tuple[str, ...] = ()) -> Iterator[str | Status | Answer]:
        intent = intent_of(base.standalone)
        # evidence first: a question of no figure (what, which, what was required) shows the passages' sentences
        # the model reads at once, cited; the model's summary streams below them
        shown = evidence_text(passages) if intent.kind == "other" and self.settings.evidence_first else ""
        if shown:
            yield shown + "\n"
        if ahead := queued_ahead(self.llm):
            yield Status(f"排队中：大模型正在回答其他问题，前面还有 {ahead} 个，请稍候……")
        messages = self._messages(passages, base.standalone)
        log.info("prompt of %d characters for %r", sum(len(str(m.content)) for m in messages), base.standalone)
        pieces, pending, leaked = [], "", False
        period = checked_period(intent)
        summary = SUMMARY if shown else ""
        sources = sources_of(passages)
        for text in stream_text(self.llm, messages):
            pieces.append(text)
            pending += text
            # what streams is checked first: a sentence is shown once it is complete and its figures verified
            # (corrected, or marked 【未核实】), so an unverified figure never flashes on screen unmarked
            while end := SHOWN_SENTENCE.search(pending):
                sentence, pending = pending[: end.end()], pending[end.end():]
                leaked = leaked or leaks_instructions("".join(pieces), self.instructions)
                if not is_not_found(sentence) and not leaked:  # a not-found may yet give way to the passages'
                    yield summary + verify_answer(sentence, base.standalone, sources, period).text  # own sentences
                    summary = ""
        text = "".join(pieces).strip()
        leaked = leaks_instructions(text, self.instructions)
        if says_nothing(text, base.standalone):
            log.info("the model only restated the question: %r", text)
            text = NOT_FOUND
        if pending.strip() and not is_not_found(pending) and text != NOT_FOUND and not leaked:
            yield summary + verify_answer(pending, base.standalone, sources, period).text
        if leaked:
            log.warning("the model repeated its instructions (prompt injection?); answer withheld")
            text = NOT_FOUND
        answer = None if is_not_found(text) else self._verified(base, text, Route.LLM, passages, period)
        if answer is not None and answers_the_question(intent, answer.checks) and of_the_measured(
                answer.checks, intent, passages, measured, weights):
            yield with_evidence(answer, shown, passages) if shown else with_source(answer, intent, passages)
            return
        # no answer from the model: the passages' sentences that state the asked figure, if any (a share's
        # measured terms too: 产能利用率达到多少 is answered by the sentence stating it)
        if intent.kind == "share" and not intent.change and not measured:  # a growth rate is computed instead
            measured = measured_terms(base.standalone, weights, self._places(base.standalone))
        if stated := stating_sentences(intent, weights, passages, measured):
            yield self._verified(base, stated_text(stated), Route.EXTRACTIVE, passages)
            return
        if intent.kind == "other" and answer is None and (said := saying_sentences(weights, passages)):
            yield self._verified(base, stated_text(said), Route.EXTRACTIVE, passages)
            return
        if answer is None:
            yield Answer(base.question, text, False, [], Route.NOT_FOUND, base.standalone,
                         closest=closest_passages(hits, base.standalone, self.settings.closest), model_text=text)
            return
        rejected = "、".join(c.text for c in answer.checks if c.status == CheckStatus.UNVERIFIED)
        text = (f"资料中未找到可以核实的答案（模型给出的“{rejected}”在资料中找不到，未予采用）。" if rejected else
                "资料中未找到所问事项的数字（模型给出的数字说的是别的事项，未予采用）。")
        yield replace(answer, text=text, found=False, citations=[], route=Route.NOT_FOUND,
                      closest=closest_passages(hits, base.standalone, self.settings.closest))

    def _verified(self, base: Answer, text: str, route: Route, passages: list[ContextPassage],
                  period: AskedPeriod | None = None) -> Answer:
        """`period`: the period the answer's figures must hold for (a quote was chosen by its period already)."""
        checked = verify_answer(text, base.standalone, sources_of(passages), period)
        citations = resolve_citations(checked.text, passages, checked.supporting)
        return Answer(base.question, checked.text, True, citations, route, base.standalone, checked.checks,
                      model_text=text)

    @staticmethod
    def _rate_and_sides(stated: Answer, compared: Answer) -> Answer:
        """The rate a report states, then each year's figure it is a rate of, as quoted (the program's own rate
        left out: the report's stands)."""
        sides = [line for line in compared.text.split("\n") if "按以上两数计算" not in line]
        text, cited = renumbered("\n".join(sides), compared.citations, len(stated.citations))
        return replace(stated, text=f"{stated.text}\n{text}", citations=[*stated.citations, *cited],
                       checks=(*stated.checks, *compared.checks))

    def ask(self, question: str, previous: str | None = None, where: SearchFilter | None = None,
            phrase: bool = False, whole: bool = False, side: bool = False) -> Answer:
        """The final answer of `stream` (`whole`: the question asked as one, never cut into parts nor sides)."""
        final = None
        for item in self.stream(question, previous, where, phrase, whole, side):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final


class Conversation:
    """Multi-turn: each question is made standalone from the last one; only a few turns are kept."""

    def __init__(self, chain: AskChain, turns: int | None = None) -> None:
        self.chain = chain
        self.turns = turns or chain.settings.history_turns
        self.history: list[str] = []

    def stream(self, question: str, where: SearchFilter | None = None) -> Iterator[str | Status | Answer]:
        previous = self.history[-1] if self.history else None
        for item in self.chain.stream(question, previous, where):
            if isinstance(item, Answer):
                self.history = [*self.history, item.standalone][-self.turns :]
            yield item


def last_standalone(questions: list[str], turns: int) -> str | None:
    """The standalone form of the last of the user's earlier questions (e.g. from a web chat history)."""
    previous = None
    for q in questions[-turns:]:
        previous = standalone(q, previous)
    return previous


def _checked(question: str) -> str:
    question = question.strip()
    if not question:
        raise QuestionError("问题不能为空 (empty question)")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(f"问题过长（{len(question)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内 (question too long)")
    return question

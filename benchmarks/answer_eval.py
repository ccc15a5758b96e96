"""Answer benchmark: accuracy, not-found precision and recall, figures shown unverified, routes,
time to first token and total time; and the chain's generation speed against raw llama.cpp on the
same prompts, alternating so that machine drift hits both alike.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.ask.chain import ROUTES, Answer, AskChain, Route, Status, format_context
from assistant.grounding.context import collapsed, compact_context
from assistant.grounding.intent import intent_of
from assistant.grounding.verify import STATUSES, UNVERIFIED_MARK, without_citations
from benchmarks.retrieval_eval import EvalQuestion, contains_evidence
from benchmarks.stats import quantile
from ingest.errors import LLMUnavailable
from ingest.nlp.clean import canonical
from ingest.nlp.quantities import Quantity, quantities
from vectorstore.library import Library

log = logging.getLogger(__name__)

NUMBER = re.compile(r"\d+(?:\.\d+)?")
SECTION_COUNT = re.compile(r"（该部分共 \d+ [点句]，以上列出[^（）]*）")


@dataclass
class Record:
    question: EvalQuestion
    answer: Answer
    ttft_s: float
    total_s: float
    unverified_shown: bool = False

    @property
    def answerable(self) -> bool:
        return bool(self.question.evidence)

    @property
    def correct(self) -> bool:
        return self.answer.found and all(contains_gold(self.answer.text, g) for g in self.question.answers)

    def as_json(self) -> dict:
        return {"question": self.question.question, "gold": list(self.question.answers),
                "answerable": self.answerable, "correct": self.correct, "route": self.answer.route,
                "found": self.answer.found, "answer": self.answer.text, "ttft_s": round(self.ttft_s, 3),
                "total_s": round(self.total_s, 3), "unverified_shown": self.unverified_shown,
                "checks": {s: self.answer.count(s) for s in STATUSES}}


@dataclass
class AnswerRun:
    name: str
    records: list[Record] = field(default_factory=list)

    @property
    def unverified_shown(self) -> int:
        """Found answers with a figure neither in a cited source nor marked 【未核实】 (target 0)."""
        return sum(r.unverified_shown for r in self.records)

    def _of(self, answerable: bool) -> list[Record]:
        return [r for r in self.records if r.answerable == answerable]

    @property
    def accuracy(self) -> float:
        graded = [r for r in self._of(True) if r.question.answers]
        return sum(r.correct for r in graded) / max(len(graded), 1)

    @property
    def not_found_precision(self) -> float:
        said = [r for r in self.records if not r.answer.found]
        return sum(not r.answerable for r in said) / len(said) if said else 1.0

    @property
    def not_found_recall(self) -> float:
        missing = self._of(False)
        return sum(not r.answer.found for r in missing) / len(missing) if missing else float("nan")

    @property
    def routes(self) -> Counter[str]:
        return Counter(r.answer.route for r in self.records)

    def checks(self, status: str) -> int:
        return sum(r.answer.count(status) for r in self.records)

    def ttft(self, q: float, route: str | None = None) -> float:
        return quantile((r.ttft_s for r in self.records if route in (None, r.answer.route)), q)

    def total(self, q: float) -> float:
        return quantile((r.total_s for r in self.records), q)


def contains_gold(answer: str, gold: str) -> bool:
    """A number must appear as a figure of that value (not inside a year); other gold text as the
    retrieval benchmark asks of a passage: whole when short, a long span at least half as one run."""
    answer = answer.replace(UNVERIFIED_MARK, "")
    if NUMBER.fullmatch(gold):
        return any(q.value == float(gold) for q in quantities(answer) if q.kind in ("figure", "number"))
    return contains_evidence(answer, gold)


def timed(chain: AskChain, question: str, phrase: bool = False) -> tuple[Answer, float, float]:
    """The answer, the time to its first text and to its end. A model that ran out of time is a wrong answer
    (graded as found, so it is never right, not even for a question the library cannot answer), not the
    end of the run."""
    started, first = time.perf_counter(), None
    final = None
    try:
        for item in chain.stream(question, phrase=phrase):
            if isinstance(item, Status):  # a queue notice is no answer text
                continue
            if first is None:
                first = time.perf_counter()
            if isinstance(item, Answer):
                final = item
    except LLMUnavailable as error:
        log.warning("no answer to %r: %s", question, error)
        first = first or time.perf_counter()
        final = Answer(question, f"（出错：{error}）", True, [], Route.LLM, question)
    assert final is not None and first is not None
    return final, first - started, time.perf_counter() - started


def shown_unverified(answer: Answer, cited_texts: list[str]) -> bool:
    """A figure in the final text that no cited text holds and that carries no 【未核实】 mark."""
    if not answer.found or answer.route == "ledger":  # a ledger total is computed from its cited rows
        return False
    sources = canonical("\n".join(cited_texts))
    # an open answer's own count of the section's points (该部分共 14 点，以上列出前 6 点) is the program's,
    # like a ledger total: no figure of a source
    text = canonical(SECTION_COUNT.sub("", answer.text))
    for q in quantities(without_citations(text)):
        if q.kind == "year" or text[q.end : q.end + len(UNVERIFIED_MARK)] == UNVERIFIED_MARK:
            continue
        if q.text not in sources and not any(_same(q, s, sources) for s in quantities(sources)):
            return True
    return False


def _same(a: Quantity, b: Quantity, sources: str) -> bool:
    """Same value and unit; a date the same, or given a year the sources state elsewhere."""
    if a.kind != "date":
        return a.kind == b.kind and a.key == b.key
    year = a.norm[:4] if a.norm[:4].isdigit() else ""
    return b.kind == "date" and (a.norm == b.norm or b.norm.endswith(a.norm) or (
        bool(year) and not b.norm[:4].isdigit() and a.norm.endswith(b.norm) and f"{year}年" in sources))


def cited_in(library: Library) -> Callable[[Answer], list[str]]:
    """The texts an answer may take figures from: its passages whole, its quotes, its reports' titles and
    years (an answer names the report it quotes)."""

    def cited(answer: Answer) -> list[str]:
        chunks = library.chunks_by_id([i for c in answer.citations for i in c.chunk_ids])
        years = [f"{c.year}年" for c in answer.citations if c.year]  # a date's year may be its report's
        titles = [c.doc for c in answer.citations]
        return [c.text for c in chunks.values()] + [c.quote for c in answer.citations] + titles + years

    return cited


def run(name: str, chain: AskChain, questions: list[EvalQuestion], cited_texts: Callable[[Answer], list[str]],
        phrase: bool = False, on_question: Callable[[], None] | None = None) -> AnswerRun:
    result = AnswerRun(name)
    timed(chain, questions[0].question)  # loads the models
    for q in questions:
        answer, ttft, total = timed(chain, q.question, phrase)
        result.records.append(Record(q, answer, ttft, total, shown_unverified(answer, cited_texts(answer))))
        if on_question:
            on_question()
    return result


def table(runs: list[AnswerRun]) -> str:
    head = (f"{'run':<22}{'n':>4}{'acc':>7}{'NF prec':>9}{'NF rec':>8}{'unver. shown':>14}{'TTFT p50':>10}"
            f"{'p95':>7}{'LLM p50':>9}{'total p50':>11}{'p95':>7}  routes")
    lines = [head]
    for r in runs:
        routes = " ".join(f"{k}={r.routes.get(k, 0)}" for k in ROUTES)
        lines.append(f"{r.name:<22}{len(r.records):>4}{r.accuracy:>7.3f}{r.not_found_precision:>9.3f}"
                     f"{r.not_found_recall:>8.3f}{r.unverified_shown:>14}{r.ttft(0.5):>10.2f}{r.ttft(0.95):>7.2f}"
                     f"{r.ttft(0.5, 'llm'):>9.2f}{r.total(0.5):>11.2f}{r.total(0.95):>7.2f}  {routes}")
    lines.append("figure checks: " + "; ".join(
        f"{r.name}: verified {r.checks('verified')}, corrected {r.checks('corrected')}, "
        f"flagged {r.checks('unverified')}" for r in runs))
    return "\n".join(lines)


@dataclass(frozen=True)
class SpeedRow:
    tokens: int
    chain_tps: float
    raw_tps: float


def decode_speed(pieces) -> tuple[str, float]:
    """The text and the seconds from its first piece to its last (prompt time excluded)."""
    text, first, last = "", None, None
    for piece in pieces:
        now = time.perf_counter()
        first = first or now
        last = now
        text += piece
    return text, (last - first) if first and last else 0.0


def prompt_for(chain: AskChain, question: str) -> list:
    """The messages the chain's model gets for a question on the model route, built from public pieces."""
    intent, weights = intent_of(question), collapsed(chain.knowledge.term_weights(question))
    passages = compact_context(chain.knowledge.search(question, chain.k), weights, intent, chain.settings.context_chars)
    return chain.prompt.format_messages(context=format_context(passages), question=question)


def generation_speed(chain: AskChain, questions: list[str]) -> list[SpeedRow]:
    """The chain's model (LangChain's llama.cpp wrapper) against llama.cpp's own streaming call."""
    client = chain.llm.client  # type: ignore[union-attr]
    rows = []
    for question in questions:
        messages = prompt_for(chain, question)
        roles = {"system": "system", "human": "user"}
        raw_messages = [{"role": roles[m.type], "content": str(m.content)} for m in messages]
        text, seconds = decode_speed(str(m.content) for m in chain.llm.stream(messages))  # type: ignore[union-attr]
        raw, raw_seconds = decode_speed(
            c["choices"][0]["delta"].get("content", "") for c in client.create_chat_completion(
                raw_messages, stream=True, max_tokens=chain.llm.max_tokens, temperature=chain.llm.temperature,  # type: ignore[union-attr]
                top_p=0.9, repeat_penalty=1.05, seed=42))
        tokens, raw_tokens = len(client.tokenize(text.encode())), len(client.tokenize(raw.encode()))
        if seconds > 0 and raw_seconds > 0 and tokens > 1 and raw_tokens > 1:
            rows.append(SpeedRow(tokens, (tokens - 1) / seconds, (raw_tokens - 1) / raw_seconds))
    return rows


def speed_table(rows: list[SpeedRow]) -> str:
    if not rows:
        return "generation speed: no answers long enough to time"
    chain = sorted(r.chain_tps for r in rows)
    raw = sorted(r.raw_tps for r in rows)
    ratio = quantile(chain, 0.5) / quantile(raw, 0.5)
    return (f"generation speed over {len(rows)} prompts: chain p50 {quantile(chain, 0.5):.1f} tok/s, "
            f"raw llama.cpp p50 {quantile(raw, 0.5):.1f} tok/s, ratio {ratio:.3f} (target >= 0.95)")

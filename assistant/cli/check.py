"""Checking a draft against earlier reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from assistant.check.proofread import Proof
from assistant.cli.common import console, fail, open_library, read_draft, search_filter, settings_of, user_errors

app = typer.Typer()


@app.command()
def check(
    ctx: typer.Context,
    file: Annotated[Path | None, typer.Argument(help="要核对的稿子（.docx/.txt/.pdf）")] = None,
    text: Annotated[str, typer.Option(help="或直接粘贴的文字")] = "",
    year: Annotated[int | None, typer.Option(help="稿子所属年份（省略时从文中判断）")] = None,
    against_years: Annotated[str | None, typer.Option(help="只与这些年份的公文比较，如 2023 或 2022-2023")] = None,
    against_doc: Annotated[list[str] | None, typer.Option(help="只与这些公文比较（编号、文件名或标题片段）")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    fixed: Annotated[Path | None, typer.Option(
        help="把“必改”的校对建议全部采用后的稿子存为此文件（.docx 或 .txt）")] = None,
) -> None:
    """核对：稿子中的数字、日期与此前公文是否矛盾，前后是否自相矛盾，是否照抄了此前公文；并校对错别字、规范表述、
    外事用语、数字用法、结构格式和本馆用法。"""
    from assistant.check.report import check_text
    from assistant.check.verdicts import Verdict
    from assistant.labels import VERDICT

    with user_errors():
        draft_text = read_draft(file, settings_of(ctx).ingest.parse_timeout_s) if file else text
    if not draft_text.strip():
        fail("请提供要核对的稿子（文件或 --text）")
    library = open_library(settings_of(ctx))
    against = search_filter(library, against_years, against_doc or [], [], "")
    settings = settings_of(ctx)
    report = check_text(draft_text, library, year, against=None if against.empty else against,
                        rules_dir=proofread_folder(settings.home))
    if fixed:
        save_fixed(draft_text, report.proofread, fixed)
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return
    styles = {Verdict.CONTRADICTS: "red", Verdict.INTERNAL: "red", Verdict.UNCERTAIN: "yellow",
              Verdict.COPIED: "magenta"}
    counts = "  ".join(f"{VERDICT[v]} {n}" for v, n in report.summary().items())
    share = report.supported_share()
    supported = f"  此前公文印证 {share:.0%}" if share is not None else ""
    console.print(f"{counts}{supported}  （{report.seconds:.1f} 秒）")
    for f in report.findings:
        style = styles.get(f.verdict)
        console.print(f"【{VERDICT[f.verdict]}】{f.claim}：{f.explanation}", markup=False, style=style)
        console.print(highlighted(f, style or "green"))
        for e in f.evidence:
            console.print(f"    此前：《{e.doc}》{f'（{e.year}年）' if e.year else ''}{e.section}", markup=False,
                          style="dim")
            console.print(earlier_highlighted(f, e, style or "green"))
    show_proofread(draft_text, report.proofread)
    if fixed:
        console.print(f"已采用全部“必改”建议，改后的稿子：{fixed}", markup=False)


def proofread_folder(home: Path) -> Path:
    """The office's own proofreading rules: <数据目录>/proofread/*.tsv (see docs/check.md)."""
    return home / "proofread"


def save_fixed(text: str, proofs: list[Proof], path: Path) -> Path:
    """The draft with every 必改 suggestion taken, as .docx (GB/T 9704 layout) or plain text."""
    from assistant.check.proofread import Level, apply_suggestions

    corrected = apply_suggestions(text, [p for p in proofs if p.level == Level.MUST])
    if path.suffix.lower() == ".docx":
        from assistant.draft.docx_export import export_docx

        return export_docx(corrected, path, with_title=True)
    path.write_text(corrected, encoding="utf-8")
    return path


def show_proofread(text: str, proofs: list[Proof]) -> None:
    from collections import Counter

    from rich.text import Text

    from assistant.labels import PROOF_RULE, PROOF_STYLE

    counts = Counter(p.level.value for p in proofs)
    console.print(f"\n校对：必改 {counts['必改']}  建议 {counts['建议']}  提示 {counts['提示']}", markup=False)
    for p in proofs:
        style = PROOF_STYLE[p.level]
        fix = f" → {p.suggestion}" if p.suggestion is not None else ""
        console.print(f"【{p.level.value}·{PROOF_RULE[p.rule]}】“{p.text}”{fix}：{p.explanation}", markup=False,
                      style=style)
        line_start = text.rfind("\n", 0, p.start) + 1
        line_end = text.find("\n", p.end)
        line_end = len(text) if line_end < 0 else line_end
        low, high = max(line_start, p.start - 30), min(line_end, p.end + 30)
        around = Text("    稿中：", style="dim") + Text(text[low:high], style="dim")
        around.stylize(f"bold reverse {style}", 7 + p.start - low, 7 + p.end - low)
        console.print(around)


def earlier_highlighted(finding, evidence, style: str):
    """The earlier sentence, with what differs from the draft's marked when the two were laid side by side."""
    from rich.text import Text

    quote = Text(f"“{evidence.quote}”", style="dim")
    if evidence == finding.aligned:
        for d in finding.differences:
            quote.stylize(f"bold reverse {style}", d.earlier[0] + 1, d.earlier[1] + 1)
    return Text.assemble(Text("      "), quote)


def highlighted(finding, style: str):
    from rich.text import Text

    line = Text("    稿中：", style="dim")
    sentence = Text(finding.draft_sentence, style="dim")
    if span := finding.span():
        sentence.stylize(f"bold reverse {style}", *span)
    return line + sentence

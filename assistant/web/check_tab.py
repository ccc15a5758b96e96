"""核对: a pasted or uploaded draft, its claims coloured by verdict, the findings side by side with the
earlier sentences, and the findings as a spreadsheet."""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.check.proofread import LEVELS, Level, Proof, apply_suggestions
from assistant.check.report import CheckReport, check_text
from assistant.check.verdicts import Finding
from assistant.web.errors import on_page, user_message
from assistant.web.forms import year_of
from assistant.web.render import (
    FINDING_HEADERS,
    checked_html,
    finding_rows,
    proof_label,
    proofread_html,
    summary_html,
)
from assistant.web.services import Services
from ingest.errors import DraftError
from ingest.parse_worker import load_text_within
from vectorstore.filters import SearchFilter

log = logging.getLogger(__name__)
DRAFT_TYPES = [".docx", ".txt", ".pdf", ".md"]


def read_upload(path: str | None, seconds: float) -> str:
    if not path:
        return ""
    with on_page("无法读取上传的稿子："):
        try:
            return load_text_within(Path(path), seconds)
        except OSError as exc:
            log.warning("cannot read uploaded draft %s: %s", path, exc)
            raise gr.Error(f"无法读取上传的稿子：{exc.strerror or exc}", title="出错了") from exc


def against_filter(years: list[str] | None) -> SearchFilter | None:
    chosen = sorted(int(y) for y in years or ())
    return SearchFilter(chosen[0], chosen[-1]) if chosen else None


def write_findings(findings: list[Finding], path: Path) -> Path:
    """A CSV Excel opens as Chinese text (UTF-8 with BOM), one row per finding."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(FINDING_HEADERS)
        writer.writerows(finding_rows(findings))
    return path


def build_check_tab(services: Services) -> dict[str, Any]:
    with gr.Row():
        with gr.Column(scale=2):
            text = gr.Textbox(label="粘贴稿子", lines=12, elem_id="check-text")
            upload = gr.File(label="或上传稿子（.docx/.txt/.pdf）", file_types=DRAFT_TYPES, type="filepath",
                             elem_id="check-upload")
            year = gr.Textbox(label="稿子所属年份（可不填，自动判断）", placeholder="如 2024", max_lines=1)
            against = gr.Dropdown([str(y) for y in services.year_choices()], multiselect=True,
                                  label="只与这些年份的公文比较（不选则全部）", elem_id="check-against")
            go = gr.Button("核对", variant="primary", elem_id="check-go")
        with gr.Column(scale=3):
            summary = gr.HTML(elem_id="check-summary")
            marked = gr.HTML(elem_id="check-marked")
            export = gr.DownloadButton("导出核对结果（CSV，可用 Excel 打开）", visible=False, elem_id="check-export")
    table = gr.Dataframe(headers=FINDING_HEADERS, datatype=["str", "str", "markdown", "str", "markdown", "str"],
                         wrap=True, interactive=False,
                         label="核对结果（与此前公文逐条对照）", elem_id="check-table",
                         column_widths=["8%", "12%", "25%", "15%", "25%", "15%"])
    with gr.Group(elem_id="proof-box"):
        gr.Markdown("### 校对（错别字、规范表述、外事用语、数字用法、结构格式、本馆用法）")
        levels = gr.CheckboxGroup([level.value for level in LEVELS], value=[level.value for level in LEVELS],
                                  label="显示这些级别", elem_id="proof-levels")
        proof_view = gr.HTML(elem_id="proof-view")
        with gr.Row():
            pick = gr.Dropdown([], label="选择一条校对意见", elem_id="proof-pick", scale=3)
            adopt_one = gr.Button("采用所选建议", elem_id="proof-adopt", scale=1)
            adopt_must = gr.Button("采用全部“必改”", variant="primary", elem_id="proof-adopt-must", scale=1)
        fixed_file = gr.DownloadButton("下载改后的稿子（.docx）", visible=False, elem_id="proof-docx")
    checked = gr.State(None)  # (the draft as checked, its proofreading findings)

    def rules_dir() -> Path:
        return services.settings.home / "proofread"

    def run(draft: str, year: str | None, years: list[str], shown: list[str]):
        if not draft.strip():
            raise gr.Error("请粘贴稿子或上传文件。")
        try:
            draft_year = year_of(year)
        except DraftError as exc:
            raise gr.Error(user_message(exc), title="出错了") from exc
        report: CheckReport = check_text(draft, services.library, draft_year, against=against_filter(years),
                                         rules_dir=rules_dir())
        with services.writing():
            path = write_findings(report.findings, services.export_path("核对结果", ".csv"))
        summary = summary_html(report.summary(), report.seconds, report.supported_share())
        proofs = report.proofread
        choices = [proof_label(i, p) for i, p in enumerate(proofs, 1) if p.suggestion is not None]
        return (summary, checked_html(draft, report.findings), finding_rows(report.findings, marked=True),
                gr.update(value=str(path), visible=True), proofread_html(draft, proofs, shown),
                gr.update(choices=choices, value=None), (draft, proofs))

    def refilter(shown: list[str], state: tuple[str, list[Proof]] | None) -> str:
        return proofread_html(state[0], state[1], shown) if state else ""

    def adopt(chosen: list[Proof], current: str, state: tuple[str, list[Proof]] | None, year: str | None,
              years: list[str], shown: list[str]):
        if not state:
            raise gr.Error("请先核对稿子。")
        if current != state[0]:
            raise gr.Error("稿子在核对后又改过，请先重新核对，再采用建议。")
        if not chosen:
            raise gr.Error("没有可采用的校对建议。")
        corrected = apply_suggestions(state[0], chosen)
        outputs = run(corrected, year, years, shown)
        with services.writing():
            from assistant.draft.docx_export import export_docx

            path = export_docx(corrected, services.export_path("校对改后稿", ".docx"), with_title=True)
        log.info("took %d proofreading suggestions", len(chosen))
        return (corrected, *outputs, gr.update(value=str(path), visible=True))

    def adopt_picked(label: str | None, current: str, state: tuple[str, list[Proof]] | None, year: str | None,
                     years: list[str], shown: list[str]):
        proofs = state[1] if state else []
        chosen = [p for i, p in enumerate(proofs, 1) if label and proof_label(i, p) == label]
        if state and not chosen:
            raise gr.Error("请先在列表中选择一条校对意见。")
        return adopt(chosen, current, state, year, years, shown)

    def adopt_all_must(current: str, state: tuple[str, list[Proof]] | None, year: str | None, years: list[str],
                       shown: list[str]):
        proofs = state[1] if state else []
        return adopt([p for p in proofs if p.level == Level.MUST and p.suggestion is not None], current, state, year,
                     years, shown)

    def read_draft(path: str | None) -> str:
        return read_upload(path, services.settings.ingest.parse_timeout_s)

    upload.upload(read_draft, upload, text, api_name=False)
    outputs = [summary, marked, table, export, proof_view, pick, checked]
    go.click(run, [text, year, against, levels], outputs, concurrency_id="check", concurrency_limit=2,
             api_name="check")
    levels.change(refilter, [levels, checked], proof_view, api_name=False)
    adopted = [text, *outputs, fixed_file]
    adopt_one.click(adopt_picked, [pick, text, checked, year, against, levels], adopted, concurrency_id="check",
                    api_name=False)
    adopt_must.click(adopt_all_must, [text, checked, year, against, levels], adopted, concurrency_id="check",
                     api_name=False)
    return {"text": text, "against": against}

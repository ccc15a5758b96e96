"""核对: a pasted or uploaded draft, its claims coloured by verdict, the findings side by side with the
earlier sentences, and the findings as a spreadsheet."""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.check.report import CheckReport, check_text
from assistant.check.verdicts import Finding
from assistant.web.errors import on_page, user_message
from assistant.web.forms import year_of
from assistant.web.render import FINDING_HEADERS, checked_html, finding_rows, summary_html
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

    def run(draft: str, year: str | None, years: list[str]):
        if not draft.strip():
            raise gr.Error("请粘贴稿子或上传文件。")
        try:
            draft_year = year_of(year)
        except DraftError as exc:
            raise gr.Error(user_message(exc), title="出错了") from exc
        report: CheckReport = check_text(draft, services.library, draft_year, against=against_filter(years))
        with services.writing():
            path = write_findings(report.findings, services.export_path("核对结果", ".csv"))
        summary = summary_html(report.summary(), report.seconds, report.supported_share())
        return (summary, checked_html(draft, report.findings), finding_rows(report.findings, marked=True),
                gr.update(value=str(path), visible=True))

    def read_draft(path: str | None) -> str:
        return read_upload(path, services.settings.ingest.parse_timeout_s)

    upload.upload(read_draft, upload, text, api_name=False)
    go.click(run, [text, year, against], [summary, marked, table, export], concurrency_id="check",
             concurrency_limit=2, api_name="check")
    return {"text": text, "against": against}

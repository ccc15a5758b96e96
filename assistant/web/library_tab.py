"""资料库: upload files or a zip with progress and a reason for each failure, the documents with their
counts, remove and re-ingest, the model and backend in use, and documents and facts per year."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.labels import INGEST_STATUS
from assistant.web.services import Services
from assistant.web.uploads import Saved, save_upload
from ingest.pipeline import IngestResult

log = logging.getLogger(__name__)
UPLOAD_TYPES = [".docx", ".pdf", ".txt", ".md", ".html", ".htm", ".zip", ".doc", ".wps"]
DOC_HEADERS = ["标题", "年份", "文种", "段落", "事实", "文件", "编号"]
RESULT_HEADERS = ["文件", "结果", "段落", "事实", "说明"]


def document_rows(services: Services) -> list[list[object]]:
    return [[d.title, d.year or "", d.doc_type, d.chunks, d.facts, Path(d.source).name, d.doc_id]
            for d in services.documents()]


def per_year(services: Services) -> pd.DataFrame:
    """Documents and facts per year (two scales apart: a few reports hold hundreds of facts)."""
    docs = services.library.documents()
    counts, facts = Counter(), Counter()
    for d in docs:
        counts[str(d.year or "不详")] += 1
        facts[str(d.year or "不详")] += d.facts
    return pd.DataFrame([{"年份": y, "公文": counts[y], "事实": facts[y]} for y in sorted(counts)],
                        columns=["年份", "公文", "事实"])


def for_people(error: str) -> str:
    """The Chinese message without the English detail kept for the logs: `损坏 (corrupt: …)` -> `损坏`."""
    head, _, tail = error.partition(" (")
    return head if tail and head and re.match(r"[A-Za-z]", tail) else error


def result_rows(saved: list[Saved], results: list[IngestResult]) -> list[list[object]]:
    by_path = {r.path: r for r in results}
    rows: list[list[object]] = []
    for s in saved:
        if s.path is None:
            rows.append([s.name, INGEST_STATUS["failed"], 0, 0, s.error])
            continue
        r = by_path[s.path]
        rows.append([s.name, INGEST_STATUS[r.status], r.chunks, r.facts, for_people(r.error or r.note or "")])
    return rows


def build_library_tab(services: Services) -> dict[str, Any]:
    gr.Markdown(services.describe(), elem_id="library-info")
    with gr.Row():
        with gr.Column(scale=2):
            files = gr.File(label="上传公文（.docx/.pdf/.txt/.md/.html，或打包成 .zip）", file_count="multiple",
                            file_types=UPLOAD_TYPES, type="filepath", elem_id="library-upload")
            go = gr.Button("导入", variant="primary", elem_id="library-ingest")
            results = gr.Dataframe(headers=RESULT_HEADERS, interactive=False, label="本次导入结果",
                                   elem_id="library-results", wrap=True)
        with gr.Column(scale=3):
            counts = per_year(services)
            chart = gr.BarPlot(counts, x="年份", y="公文", label="每年的公文（份）", elem_id="library-chart",
                               height=200, y_lim=[0, None], y_axis_format="d")
            facts_chart = gr.BarPlot(counts, x="年份", y="事实", label="每年的事实（条）", height=200,
                                     y_axis_format="d")
    documents = gr.Dataframe(document_rows(services), headers=DOC_HEADERS, interactive=False, wrap=True,
                             label="资料库中的公文", elem_id="library-documents")
    with gr.Row():
        chosen = gr.Dropdown(services.document_choices(), label="选择一份公文", scale=3, elem_id="library-chosen")
        remove = gr.Button("删除", variant="stop", scale=1, elem_id="library-remove")
        reingest = gr.Button("重新导入", scale=1, elem_id="library-reingest")
    status = gr.Markdown(elem_id="library-status")

    def refreshed(message: str = ""):
        choices = services.document_choices()
        counts = per_year(services)
        return (document_rows(services), counts, counts, gr.update(choices=choices, value=None), message)

    def upload(paths: list[str] | None, progress=gr.Progress()):
        if not paths:
            raise gr.Error("请先选择要上传的文件。")
        max_bytes = services.settings.ingest.max_bytes
        with services.writing():
            saved = [s for p in paths for s in save_upload(Path(p), Path(p).name, services.uploads, max_bytes)]
        stored = [s.path for s in saved if s.path]
        done: list[IngestResult] = []

        def on_file(result: IngestResult) -> None:
            done.append(result)
            progress((len(done), len(stored)), desc=f"已处理 {result.path.name}", unit="个文件")

        def on_chunks(embedded: int, window: int) -> None:
            progress((embedded, window), desc=f"向量化 {embedded}/{window} 段", unit="段")

        progress(0, desc="解析文件……")
        outcome = services.ingest(stored, on_file, on_chunks) if stored else []
        rows = result_rows(saved, outcome)
        failed = sum(r[1] == INGEST_STATUS["failed"] for r in rows)
        return (rows, *refreshed(f"导入完成：{len(rows) - failed} 个成功，{failed} 个失败"))

    def remove_document(doc_id: str | None):
        doc = services.library.document(doc_id) if doc_id else None
        if doc is None:
            raise gr.Error("请先选择一份公文。")
        with services.writing():
            services.library.remove(doc.doc_id)
        log.info("removed %s (%s) from the web page", doc.doc_id, doc.title)
        return refreshed(f"已删除《{doc.title}》（段落、关键词和事实一并删除）")

    def reingest_document(doc_id: str | None, progress=gr.Progress()):
        doc = services.library.document(doc_id) if doc_id else None
        if doc is None:
            raise gr.Error("请先选择一份公文。")
        if not Path(doc.source).is_file():
            raise gr.Error(f"原文件已不在：{doc.source}，无法重新导入（资料库中的内容保持不变）。")
        progress(0, desc=f"重新导入《{doc.title}》")
        [result] = services.ingest([Path(doc.source)], force=True)
        if result.status == "failed":
            raise gr.Error(f"重新导入失败：{result.error}（资料库中原有内容保持不变）")
        return refreshed(f"已重新导入《{doc.title}》：{result.chunks} 段，{result.facts} 条事实")

    listing = [documents, chart, facts_chart, chosen, status]
    changes = [
        go.click(upload, files, [results, *listing], concurrency_id="library", concurrency_limit=1, api_name="ingest"),
        remove.click(remove_document, chosen, listing, concurrency_id="library", api_name=False),
        reingest.click(reingest_document, chosen, listing, concurrency_id="library", api_name=False),
    ]
    return {"listing": listing, "refreshed": refreshed, "changes": changes}

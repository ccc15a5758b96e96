"""起草: a form, the draft streaming in, figures coloured by origin, sources, and a .docx to download."""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr

from assistant.draft.chain import Draft, Stage
from assistant.draft.docx_export import export_draft
from assistant.draft.request import DOC_TYPE_NAMES, DraftRequest, parse_points
from assistant.web.errors import on_page
from assistant.web.forms import year_of
from assistant.web.render import draft_html, draft_legend, escape, sources_markdown
from assistant.web.services import Services

log = logging.getLogger(__name__)
MODE_CHOICES = [("起草一节", "section"), ("续写", "continue"), ("改写成公文语言", "rewrite"), ("全文提纲", "outline")]


def draft_request(doc_type: str, mode: str, heading: str, points: str, original: str, length: float,
                  years: list[str] | None, year: str | None, mark: bool = False) -> DraftRequest:
    return DraftRequest(doc_type=doc_type, heading=heading.strip(), points=parse_points(points or ""),
                        length=int(length), years=tuple(int(y) for y in years or ()), mode=mode,
                        text=original or "", year=year_of(year), mark_unsupported=bool(mark))


def build_draft_tab(services: Services) -> dict[str, Any]:
    with gr.Row():
        with gr.Column(scale=2):
            doc_type = gr.Dropdown(list(DOC_TYPE_NAMES), value=DOC_TYPE_NAMES[0], label="文种", elem_id="draft-type")
            mode = gr.Radio(MODE_CHOICES, value="section", label="起草方式", elem_id="draft-mode")
            heading = gr.Textbox(label="标题", placeholder="如：（三）拓宽对外交往渠道", elem_id="draft-heading")
            points = gr.Textbox(label="要点和数字（分号或换行分隔）", lines=4, elem_id="draft-points",
                                placeholder="新建友城2个；举办友城论坛1次")
            original = gr.Textbox(label="原文（续写或改写时粘贴）", lines=3, elem_id="draft-original")
            length = gr.Slider(50, 3000, value=300, step=50, label="篇幅（字）")
            years = gr.Dropdown([str(y) for y in services.year_choices()], multiselect=True,
                                label="参考哪些年份的公文（可不选）", elem_id="draft-years")
            year = gr.Textbox(label="新公文的年份（提纲用，可不填）", placeholder="如 2024", max_lines=1)
            mark = gr.Checkbox(False, label="要点和资料中都没有的具体内容保留并标【待核实】（默认删去）",
                               elem_id="draft-mark")
            with gr.Row():
                go = gr.Button("起草", variant="primary", elem_id="draft-go")
                again = gr.Button("重新生成", elem_id="draft-again")
        with gr.Column(scale=3):
            legend = gr.HTML(elem_id="draft-legend")
            output = gr.HTML(label="稿子", elem_id="draft-output", min_height=200)
            with gr.Row():
                to_check = gr.Button("送去核对", elem_id="draft-to-check", interactive=False)
                download = gr.DownloadButton("下载 Word 文档", elem_id="draft-download", visible=False)
            sources = gr.Markdown(elem_id="draft-sources")
    final = gr.State(None)
    inputs = [doc_type, mode, heading, points, original, length, years, year, mark]
    outputs = [output, legend, sources, download, to_check, final]

    def run(*values):
        try:
            with on_page():
                request = draft_request(*values)
        except ValueError as exc:  # a number field holding something else
            raise gr.Error("篇幅和年份请填写数字。", title="出错了") from exc
        shown, stage = "", ""
        with on_page():
            for item in services.drafter.stream(request):
                if isinstance(item, Draft):
                    path = export_draft(item, services.export_folder())
                    yield (draft_html(item), draft_legend(item), sources_markdown(item),
                           gr.update(value=str(path), visible=True), gr.update(interactive=True), item)
                    return
                if isinstance(item, Stage):
                    stage = item.text
                else:
                    shown += item
                yield (f'<div class="ra-draft">{escape(shown)}▍</div>', f"正在起草……{stage}", "",
                       gr.update(visible=False), gr.update(interactive=False), None)

    for button in (go, again):
        button.click(run, inputs, outputs, concurrency_id="draft", concurrency_limit=1,
                     api_name="draft" if button is go else False)
    return {"final": final, "to_check": to_check, "years": years}

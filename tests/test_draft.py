"""The drafter over the real example library (real Chroma, real embeddings), with a scripted chat
model, so the layout, the exemplars and the figure bookkeeping are checked exactly."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from pydantic import Field
from typer.testing import CliRunner

from assistant.cli import app
from assistant.components import open_library
from assistant.draft.chain import Draft, Drafter, Stage
from assistant.draft.docx_export import choose_font, export_docx, export_draft
from assistant.draft.request import DraftRequest
from assistant.settings import Settings
from benchmarks.draft_eval import HeldOut

FRIEND_SECTION = ("二、市委巡察组反馈意见整改进展情况", "9.友好城市工作不聚焦问题的整改进展情况")


@pytest.fixture(scope="module")
def library(example_library: Settings):
    return open_library(example_library)


class Recorder(GenericFakeChatModel):
    """Scripted replies; records every prompt so the tests can see what the model was shown."""

    prompts: list = Field(default_factory=list)

    def _stream(self, messages, *args, **kwargs):
        self.prompts.append(messages)
        return super()._stream(messages, *args, **kwargs)


def _drafter(library, *replies: str) -> tuple[Drafter, Recorder]:
    model = Recorder(messages=iter([AIMessage(content=r) for r in replies]), prompts=[])
    return Drafter(library, model), model


def test_a_section_is_laid_out_by_the_program_and_written_point_by_point(library) -> None:
    drafter, model = _drafter(library, "一是：优化友城布局。新建友城2个，进一步扩大国际朋友圈。",
                              "拓宽对外交往渠道。搭建交流平台。举办友城论坛1次，邀请友城代表12人参会。")
    items = list(drafter.stream(DraftRequest(doc_type="进展情况汇报", heading="（三）拓宽对外交往渠道",
                                             points=("新建友城2个", "举办友城论坛1次"), length=50)))
    final = items[-1]
    assert isinstance(final, Draft) and all(isinstance(i, str | Stage) for i in items[:-1])
    stages = [i.text for i in items if isinstance(i, Stage)]
    assert stages == ["检索资料", "起草第1点（共2点）", "起草第2点（共2点）", "核对数字"]
    assert final.text == ("（三）拓宽对外交往渠道\n一是优化友城布局。新建友城2个，进一步扩大国际朋友圈。"
                          "二是搭建交流平台。举办友城论坛1次。")
    assert "".join(i for i in items if isinstance(i, str)) == final.text  # what streams is what stays
    assert final.removed == ("12人",) and "12人" in final.notes[0]
    figures = {(f.text, f.origin) for f in final.accounting.figures if f.kind == "figure"}
    assert figures == {("2个", "user"), ("1次", "user")}
    assert len(model.prompts) == 2 and "要点：新建友城2个" in model.prompts[0][-1].content
    assert model.prompts[0][:-1] == model.prompts[1][:-1]  # one shared prefix: llama.cpp evaluates it once


def test_asked_to_mark_them_unsupported_specifics_stay_marked(library) -> None:
    drafter, _ = _drafter(library, "搭建交流平台。举办友城论坛1次，邀请友城代表12人参会，推动旅游合作。")
    final = drafter.draft(DraftRequest(doc_type="进展情况汇报", heading="（三）拓宽对外交往渠道",
                                       points=("举办友城论坛1次",), length=50, mark_unsupported=True))
    assert final.text.endswith("举办友城论坛1次，邀请友城代表12人【待核实】参会，推动旅游合作【待核实】。")
    assert final.accounting.shown()["pending"] == 2


def test_a_short_item_is_continued_once_without_repeats_or_copies_of_the_examples(library) -> None:
    drafter, model = _drafter(library, "拓展友城。新建友城2个。",
                              "新建友城2个。具体做法：坚持需求导向，友城工作机制进一步健全。"
                              "外事干部的政策水平和业务能力进一步提升。加强请示报告。")
    hidden = Drafter(HeldOut(drafter.knowledge, "*", ""), drafter.llm, drafter.settings)
    final = hidden.draft(DraftRequest(doc_type="工作总结", heading="（一）友城工作", points=("新建友城2个",),
                                      length=150))
    assert final.text == "（一）友城工作\n拓展友城。新建友城2个。坚持需求导向，友城工作机制进一步健全。"
    assert "请接着这一条再写" in model.prompts[1][-1].content and model.prompts[1][-2].content == "拓展友城。新建友城2个。"


def test_with_no_points_the_items_are_the_librarys_facts_marked_with_their_year(library) -> None:
    drafter, model = _drafter(library, *["推进友城工作。新建友城5个，其中县级友城3个。"] * 8)
    final = drafter.draft(DraftRequest(doc_type="工作总结", heading="（一）友城工作", length=100, years=(2023,)))
    asked = [m[-1].content for m in model.prompts]
    assert asked and all("要点：" in a for a in asked)
    assert "【引自2023年报告[" in final.text and final.sources


def test_the_worked_examples_are_the_prompt_files_own_and_add_no_facts(library) -> None:
    drafter, model = _drafter(library, "拓展友城。新建友城2个。")
    final = drafter.draft(DraftRequest(doc_type="整改进展情况通报", heading="9.友好城市工作不聚焦问题的整改进展情况",
                                       points=("新建友城2个",), length=50))
    assert final.exemplars and final.exemplars[0].section.endswith("9.友好城市工作不聚焦问题的整改进展情况")
    examples = [m.content for m in model.prompts[0] if isinstance(m, AIMessage)]
    assert examples and examples[0].startswith("制度短板有效补齐。")
    assert not any("新建友城5个" in m.content for m in model.prompts[0])  # last year's figure never reaches the model


def test_nothing_usable_from_the_model_leaves_the_writers_point(library) -> None:
    drafter, _ = _drafter(library, "优化布局。新建友城X个。")
    final = drafter.draft(DraftRequest(doc_type="工作总结", heading="（一）友城工作", points=("新建友城2个",), length=50))
    assert final.text == "（一）友城工作\n优化布局。新建友城2个。"


def test_a_held_out_section_is_never_used(library) -> None:
    drafter, _ = _drafter(library, "拓展友城。新建友城2个。")
    hidden = Drafter(HeldOut(drafter.knowledge, "*", ""), drafter.llm, drafter.settings)
    final = hidden.draft(DraftRequest(doc_type="整改进展情况通报", heading="9.友好城市工作不聚焦问题的整改进展情况",
                                      points=("新建友城2个",), years=(2023,), length=50))
    assert final.exemplars == [] and final.sources == []


def test_figures_from_earlier_reports_are_cited_and_marked_with_their_year(library) -> None:
    drafter, _ = _drafter(library, "优化布局。新建友城5个，其中县级友城3个。")
    final = drafter.draft(DraftRequest(doc_type="工作总结", heading="（一）友城工作", points=("新建友城",),
                                       years=(2023,), length=50))
    assert "新建友城5个，其中县级友城3个【引自2023年报告[1]】" in final.text
    assert final.sources[0].year == 2023 and "新建友城5个" in final.sources[0].quote


def test_the_docx_has_the_title_the_body_and_a_source_for_every_citation(library, tmp_path: Path) -> None:
    drafter, _ = _drafter(library, "优化布局。新建友城5个，其中县级友城3个。")
    final = drafter.draft(DraftRequest(doc_type="工作总结", heading="（一）友城工作", points=("新建友城",),
                                       years=(2023,), length=50))
    path = export_draft(final, tmp_path)
    assert path.name == "友城工作.docx"
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
    assert paragraphs[0] == "友城工作" and paragraphs[1].startswith("优化布局。新建友城5个")
    assert paragraphs[-2] == "参考来源：" and paragraphs[-1].startswith("[1]《") and "2023年" in paragraphs[-1]
    shown = final.accounting.shown()
    assert shown["library"] == final.text.count("【引自") == 1 and shown["pending"] == 0


def test_a_continuation_goes_on_from_the_next_item(library) -> None:
    drafter, _ = _drafter(library, "深化务实合作。签订合作协议3份。")
    final = drafter.draft(DraftRequest(doc_type="进展情况汇报", heading="（三）拓宽对外交往渠道", mode="continue",
                                       text="一是优化布局。新建友城2个。二是搭建平台。举办论坛1次。",
                                       points=("签订合作协议3份",)))
    assert final.text == "三是深化务实合作。签订合作协议3份。"


def test_a_rewrite_that_drops_a_figure_says_so(library) -> None:
    drafter, _ = _drafter(library, "市外办积极拓展友城资源，新建友城2个。")
    final = drafter.draft(DraftRequest(doc_type="工作总结", mode="rewrite", text="今年我们新交了2个友城，办了1次论坛。"))
    assert final.text == "市外办积极拓展友城资源，新建友城2个。"
    assert final.warnings == ("原文中的“1次”在稿中缺失，请补上",)


def test_an_outline_follows_last_years_report_of_the_type(library) -> None:
    drafter, model = _drafter(library)
    final = drafter.draft(DraftRequest(doc_type="整改进展情况通报", mode="outline", year=2024))
    lines = final.text.splitlines()
    assert lines[0] == "中共济宁人民政府外事办公室党组关于巡察整改进展情况的通报"
    assert lines[1:3] == ["一、整改工作基本情况", "（一）提高思想认识"] and "三、今后整改工作打算" in lines
    assert model.prompts == [] and "2023年" in final.notes[0]


def test_the_docx_follows_gb_t_9704(tmp_path: Path) -> None:
    text = "XX市外办2024年工作总结\n一、工作开展情况\n（一）拓宽渠道。新建友城2个【待核实】。\n普通段落。"
    path = export_docx(text, tmp_path / "d.docx", with_title=True, installed=frozenset({"仿宋_GB2312"}))
    doc = docx.Document(str(path))
    section = doc.sections[0]
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    fonts = [[(r.text, r._element.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")), r.font.size.pt) for r in p.runs]
             for p in doc.paragraphs]
    assert fonts[0] == [("XX市外办2024年工作总结", "宋体", 22)]
    assert fonts[1] == [("一、工作开展情况", "黑体", 16)]
    assert fonts[2][0] == ("（一）拓宽渠道。", "楷体", 16) and fonts[2][1] == ("新建友城2个", "仿宋_GB2312", 16)
    assert doc.paragraphs[2].runs[2].font.highlight_color is not None
    assert choose_font(("方正小标宋简体", "宋体"), frozenset({"方正小标宋简体"})) == "方正小标宋简体"


def test_cli_outline_to_docx(example_library: Settings, tmp_path: Path) -> None:
    out = tmp_path / "outline.docx"
    result = CliRunner().invoke(app, ["--home", str(example_library.home), "--models-dir", str(example_library.models_path),
                                      "draft", "--type", "进展情况汇报", "--mode", "outline", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "一、弘扬优良学风，推进理论武装走心" in result.output and out.is_file()


def test_cli_refuses_a_bad_request_in_chinese(example_library: Settings) -> None:
    result = CliRunner().invoke(app, ["--home", str(example_library.home), "--models-dir", str(example_library.models_path),
                                      "draft", "--type", "请示", "--heading", "甲"])
    assert result.exit_code == 1 and "文种" in result.output

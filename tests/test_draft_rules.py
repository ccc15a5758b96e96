"""Drafting's pure parts: the request, heading numbers, layout, figure bookkeeping, masking, outline, prompts."""

from __future__ import annotations

import pytest

from assistant.draft.chain import written_demos
from assistant.draft.exemplars import first_sentences, mask_specifics
from assistant.draft.figures import PENDING_MARK, account_figures
from assistant.draft.layout import clean_piece, item_prefix, keep_given_figures, next_item_number
from assistant.draft.report_outline import moved_on, outline_headings, previous_report
from assistant.draft.request import DraftRequest, Heading, numbered, parse_heading, parse_points
from assistant.grounding.verify import Source
from ingest.document import Chunk
from ingest.errors import DraftError
from prompts import draft_prompt, parse_draft_prompt
from vectorstore.registry import DocumentRow


@pytest.mark.parametrize("typed, expected", [
    ("（三）拓宽对外交往渠道", Heading(2, 3, "拓宽对外交往渠道")),
    ("一、弘扬优良学风，推进理论武装走心", Heading(1, 1, "弘扬优良学风，推进理论武装走心")),
    ("9.友好城市工作不聚焦问题的整改进展情况", Heading(3, 9, "友好城市工作不聚焦问题的整改进展情况")),
    ("（十二）加强督办", Heading(2, 12, "加强督办")),
    ("拓宽对外交往渠道", Heading(2, 1, "拓宽对外交往渠道")),
])
def test_a_heading_keeps_its_own_number_and_level(typed: str, expected: Heading) -> None:
    assert parse_heading(typed) == expected


def test_heading_numbers_follow_the_level() -> None:
    assert [numbered(level, 3) for level in (1, 2, 3, 4)] == ["三、", "（三）", "3.", "（3）"]
    assert numbered(2, 13) == "（十三）"


def test_points_split_at_semicolons_and_lines_without_list_marks() -> None:
    assert parse_points("新建友城2个；举办友城论坛1次\n1. 接待来访团组5批。2、开展培训") == (
        "新建友城2个", "举办友城论坛1次", "接待来访团组5批", "开展培训")


@pytest.mark.parametrize("kwargs, message", [
    ({"doc_type": "请示"}, "文种"),
    ({"heading": "", "points": ()}, "标题或要点"),
    ({"mode": "rewrite", "text": " "}, "粘贴"),
    ({"mode": "continue", "text": "一是甲。", "heading": "（一）甲"}, "要点"),
    ({"heading": "（一）甲", "length": 10}, "篇幅"),
])
def test_a_bad_request_is_refused_in_chinese(kwargs: dict, message: str) -> None:
    with pytest.raises(DraftError, match=message):
        DraftRequest(**kwargs)


def test_the_models_own_numbering_and_markup_are_removed() -> None:
    assert clean_piece("一是：**拓展友城布局**。新建友城2个，进一步优化布局") == "拓展友城布局。新建友城2个，进一步优化布局。"
    assert clean_piece("（三）小标题：好的。") == "好的。"


def test_a_repetition_loop_is_cut_off() -> None:
    looped = "通过集中学习、自学，深入学习党的创新理论，深入学习党的历史，深入学习党的传统，深入学习党的作风"
    assert clean_piece(looped) == "通过集中学习、自学，深入学习党的创新理论，深入学习党的历史。"


def test_the_genres_own_leader_is_not_an_invented_name() -> None:
    result = account_figures("深入学习习近平新时代中国特色社会主义思想，与王明会见。", "", [])
    assert result.text == "深入学习习近平新时代中国特色社会主义思想，与王明【待核实】会见。"


def test_an_item_that_lost_the_writers_figure_falls_back_to_the_writers_words() -> None:
    assert keep_given_figures("优化布局。新建友城两个，扩大朋友圈。", "新建友城2个") == "优化布局。新建友城两个，扩大朋友圈。"
    assert keep_given_figures("优化布局。新建友城3个。", "新建友城2个") == "优化布局。新建友城2个。"
    assert keep_given_figures("", "新建友城2个") == "新建友城2个。"


def test_items_are_numbered_inline_or_as_sub_headings() -> None:
    assert item_prefix(Heading(2, 3, "甲"), 2, 3) == "二是"
    assert item_prefix(Heading(2, 3, "甲"), 1, 1) == ""
    assert item_prefix(Heading(1, 1, "甲"), 2, 3) == "（二）"
    assert next_item_number("开头。一是甲。二是乙。") == 3 and next_item_number("没有列举。") == 1


def test_every_figure_is_the_users_cited_or_pending() -> None:
    draft = "新建友城2个，与美国诺林市签署协议。举办论坛3次，接待来访团组76批184人。"
    result = account_figures(draft, "新建友城2个；举办友城论坛1次", [Source(1, "接待来访团组76批184人。", 2023)])
    assert result.text == ("新建友城2个，与美国诺林市【待核实】签署协议。举办论坛3次【待核实】，"
                           "接待来访团组76批184人【引自2023年报告[1]】。")
    assert {(f.text, f.origin) for f in result.figures} == {
        ("2个", "user"), ("3次", "pending"), ("76批", "library"), ("184人", "library"), ("美国", "pending"),
        ("诺林市", "pending")}


def test_names_from_a_passage_share_its_mark_and_placeholders_from_examples_are_pending() -> None:
    source = Source(1, "促成曲阜市与希腊亚里士多德市建立友好合作关系，推发稿件20余篇。", 2023)
    result = account_figures("市领导赴XX市调研。促成曲阜市与希腊亚里士多德市建立友好合作关系，推发稿件20余篇。", "", [source])
    assert result.text == ("市领导赴XX市【待核实】调研。促成曲阜市与希腊亚里士多德市建立友好合作关系，"
                           "推发稿件20余篇【引自2023年报告[1]】。")


def test_figures_written_differently_still_count_as_the_users() -> None:
    result = account_figures("新建友城两个，培训0.3万人次，参加论坛50人。", "新建友城2个；培训3000人次；来了50个人", [])
    assert result.count("user") == 3 and PENDING_MARK not in result.text


def test_exemplars_keep_the_style_but_not_the_facts() -> None:
    masked = mask_specifics("一是优化布局，新建友城5个（其中县级友城3个），2023年4月15日与美国诺林市签署协议。")
    assert masked == "一是优化布局，新建友城X个（其中县级友城X个），X年X月X日与XX国XX市签署协议。"
    assert mask_specifics("2023年以来开展培训16次", years=False, names=False) == "2023年以来开展培训X次"
    assert first_sentences("第一句很长很长。第二句。第三句也有。", 10) == "第一句很长很长。"


def _row(doc_id: str, doc_type: str, year: int | None) -> DocumentRow:
    return DocumentRow(doc_id, f"{doc_id}.txt", f"{year}年工作总结", "市外办", None, year, doc_type, "", 1, 1, "", "")


def test_the_outline_follows_the_latest_earlier_report_of_the_type() -> None:
    rows = [_row("a", "工作总结", 2022), _row("b", "工作总结", 2023), _row("c", "进展情况汇报", 2024)]
    assert previous_report(rows, "工作总结", None).doc_id == "b"  # type: ignore[union-attr]
    assert previous_report(rows, "工作总结", 2023).doc_id == "a"  # type: ignore[union-attr]
    assert previous_report(rows, "工作报告", None) is None
    chunks = [Chunk(str(i), "b", i, "正文", path, "", "") for i, path in enumerate(
        [(), ("一、2023年工作",), ("一、2023年工作", "（一）外事"), ("一、2023年工作", "（一）外事", "1.甲"),
         ("二、2024年打算",)])]
    assert outline_headings(chunks, 2) == ["一、2023年工作", "（一）外事", "二、2024年打算"]
    assert moved_on("二、2024年打算", 2023, 2024) == "二、2025年打算"


def test_each_type_and_mode_has_its_prompt_file_and_unknown_types_fall_back() -> None:
    for doc_type in ("工作总结", "进展情况汇报", "整改进展情况通报", "工作报告", "其他"):
        section = draft_prompt("section", doc_type)
        assert set(section.parts) == {"system", "item", "more", "demos"} and len(written_demos(section.parts["demos"])) == 3
        assert draft_prompt("rewrite", doc_type).name == f"draft.rewrite.{doc_type}"
        assert "skeleton" in draft_prompt("outline", doc_type).parts
    parsed = parse_draft_prompt("x", "---\nexemplars: 2\n---\n## system\n甲\n\n## item\n乙{point}")
    assert parsed.settings == {"exemplars": 2} and parsed.part("item", point="丙") == "乙丙"


def test_the_draft_benchmark_counts_unmarked_invented_figures_and_kept_ones() -> None:
    from benchmarks.draft_eval import key_points, unflagged_figures

    draft = "一是新建友城2个。二是举办论坛3次【待核实】，接待12人，2023年以来累计5个【引自2023年报告[1]】。"
    invented, kept = unflagged_figures(draft, "新建友城2个；举办论坛1次")
    assert invented == ["12人", "2023年"] and kept == 0.5
    assert key_points("一是全员同步学。执行制度20次，组织集体学习8次。二是拓展内容学。研读8种书目。") == (
        "全员同步学，执行制度20次，组织集体学习8次", "拓展内容学，研读8种书目")


def test_style_measures_and_rouge_l() -> None:
    from benchmarks.style import house_style, rouge_l, style_score

    house = house_style(["一是坚持学习。党组成员带头开展学习，推动工作落实。二是加强调研。深入基层开展调研走访。"])
    score = style_score("一是坚持学习。认真开展学习活动。二是推动落实。", house)
    assert score.enumerated and score.sentences == 3 and 0 < score.in_style <= 1
    assert rouge_l("新建友城2个", "新建友城2个") == 1.0 and rouge_l("甲乙", "丙丁") == 0.0
    assert round(rouge_l("新建友城", "新建了友城"), 3) == round(2 * 1 * 0.8 / 1.8, 3)

"""Laying a draft sentence beside the earlier sentence it restates (assistant/check/align.py).

The sentences are written for these tests (invented bodies and figures); the frozen check split is never
read here."""

from __future__ import annotations

import pytest

from assistant.check.align import SentenceIndex, align, differences, masked, period
from ingest.document import Chunk


def _kinds(draft: str, earlier: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.draft_text, d.earlier_text) for d in differences(draft, earlier)]


@pytest.mark.parametrize(("draft", "earlier", "expected"), [
    ("全年共接待来访团组188批次1678人次。", "全年共接待来访团组188批次1578人次。", [("figure", "1678人", "1578人")]),
    ("成功举办第六届国际友城论坛。", "成功举办第五届国际友城论坛。", [("ordinal", "第六届", "第五届")]),
    ("这是双方第三次举行市长会晤。", "这是双方首次举行市长会晤。", [("ordinal", "第三", "首")]),
    ("两市于2013年签署友好合作协议。", "两市于2012年签署友好合作协议。", [("year", "2013年", "2012年")]),
    ("10月27日，代表团访问了两所学校。", "10月21日，代表团访问了两所学校。", [("date", "27日", "21日")]),
    ("外贸进出口总额增长12.5%。", "外贸进出口总额增长21.5%。", [("figure", "12.5%", "21.5%")]),
    ("累计引进外资3.2亿美元。", "累计引进外资32000万美元。", []),  # the same amount in other units
    ("新建友城三个。", "新建友城3个。", []),  # a numeral spelled out
])
def test_a_changed_figure_year_date_or_ordinal_is_one_typed_difference(draft, earlier, expected) -> None:
    assert _kinds(draft, earlier) == expected


def test_a_replaced_country_or_place_is_a_name_difference() -> None:
    assert _kinds("市长率团访问泰国，洽谈经贸合作。", "市长率团访问日本，洽谈经贸合作。") == [("name", "泰国", "日本")]
    found = _kinds("与老挝暹粒市签署友好交流意向书。", "与老挝琅勃拉邦市签署友好交流意向书。")
    assert [k for k, _, _ in found] == ["name"] and "市" in found[0][1]


def test_two_bodies_in_each_other_s_roles_are_a_swap_but_a_reordered_list_is_not() -> None:
    swapped = _kinds("由市商务局牵头、市外办配合，完成展会筹备。", "由市外办牵头、市商务局配合，完成展会筹备。")
    assert [k for k, _, _ in swapped] == ["swap"]
    assert _kinds("代表团访问了德国、法国和意大利。", "代表团访问了法国、德国和意大利。") == []


def test_a_role_given_to_another_body_is_a_name_difference() -> None:
    found = _kinds("本次活动由市教育局主办。", "本次活动由市外办主办。")
    assert [k for k, _, _ in found] == ["name"]
    assert _kinds("成立市卫健委牵头、市外办配合的工作专班。", "成立市外办牵头、有关单位配合的工作专班。") == \
        [("name", "市卫健委", "市外办")]
    assert _kinds("该项目经省外办批准实施。", "该项目经外交部批准实施。") == [("name", "省外办", "外交部")]


def test_pronouns_and_verbs_before_市_are_no_names() -> None:
    assert _kinds("这是我市在南美的第一个友城。", "这是全市在南美的第一个友城。") == []
    assert _kinds("这是我市在南美的首个友城。", "这是我市在南美的第一个友城。") == []
    assert _kinds("张某同志调到市政协工作。", "张某同志调任市政协工作。") == []


def test_list_markers_and_enumerations_are_not_figures() -> None:
    assert masked("1．10月27日，召开会议。").startswith("§§")
    assert _kinds("2．10月27日，召开全市外事工作会议。", "5．10月27日，召开全市外事工作会议。") == []
    assert _kinds("三是加强队伍建设。", "二是加强队伍建设。") == []


def test_reordered_figures_and_added_words_are_wording_not_changes() -> None:
    assert _kinds("接待外宾120人次、团组15批。", "接待外宾120人次、团组15批。") == []
    assert _kinds("积极稳妥新建友城5个。", "新建友城5个。") == []


def test_the_period_is_the_sentence_s_own_year_else_its_report_s() -> None:
    assert period("2019年以来累计培训16次。", 2024) == (2019,)
    assert period("全年培训16次。", 2024) == (2024,)
    assert period("全年培训16次。", None) is None


def _index(*sentences: tuple[str, int]) -> SentenceIndex:
    chunks = [Chunk(f"c{i}", f"d{year}", 0, text, ("一、概况",), f"{year}年工作总结", "x.docx", year)
              for i, (text, year) in enumerate(sentences)]
    return SentenceIndex(chunks)


def test_a_sentence_of_the_same_period_with_one_figure_changed_is_aligned() -> None:
    index = _index(("全年共接待来访团组188批次1578人次，同比增长20%。", 2023))
    alignments, supported = align("全年共接待来访团组188批次1678人次，同比增长20%。", 2023, index)
    assert supported is None and alignments[0].earlier.year == 2023
    assert [(d.kind, d.draft_text) for d in alignments[0].differences] == [("figure", "1678人")]


def test_the_same_sentence_of_another_year_s_report_is_no_contradiction() -> None:
    index = _index(("全年共接待来访团组188批次1578人次，同比增长20%。", 2022))
    alignments, supported = align("全年共接待来访团组190批次1678人次，同比增长20%。", 2023, index)
    assert alignments == [] and supported is None


def test_an_identical_sentence_of_the_same_period_supports_the_draft() -> None:
    index = _index(("全年共接待来访团组188批次1578人次。", 2023))
    alignments, supported = align("全年共接待来访团组188批次1578人次。", 2023, index)
    assert alignments == [] and supported is not None and supported.year == 2023
    # the same figures in another order and wording: the earlier sentence still supports the draft's
    _, supported = align("全年共接待来访团组188批次、1578人次。", 2023, index)
    assert supported is not None


def test_a_past_event_s_year_changed_contradicts_even_in_a_later_report() -> None:
    index = _index(("2012年，两市签署友好合作协议，正式结为友好城市。", 2020))
    alignments, _ = align("2013年，两市签署友好合作协议，正式结为友好城市。", 2024, index)
    assert [(d.kind, d.draft_text, d.earlier_text) for d in alignments[0].differences] == \
        [("year", "2013年", "2012年")]


def test_a_template_sentence_moved_to_the_draft_s_own_year_is_no_contradiction() -> None:
    index = _index(("2023年，市外办认真贯彻落实市委市政府决策部署。", 2023))
    alignments, _ = align("2024年，市外办认真贯彻落实市委市政府决策部署。", 2024, index)
    assert alignments == []


def test_a_sentence_of_the_same_shape_with_most_figures_other_is_another_statement() -> None:
    index = _index(("甲区接待外宾126人、团组12批、会见8次。", 2023))
    alignments, _ = align("甲区接待外宾336人、团组30批、会见8次。", 2023, index)
    assert alignments == []

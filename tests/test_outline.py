"""The 公文 outline of the example reports, and chunks that follow it."""

from __future__ import annotations

from ingest.chunking import MAX_CHUNK_CHARS, chunk_document
from ingest.document import Document
from ingest.metadata import document_year
from ingest.nlp.clean import clean_text
from ingest.nlp.sentences import split_sentences
from ingest.outline import heading_level, parse_outline, split_heading
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT

THEME_REPORT = EXAMPLES / "XX市外办_主题教育阶段性进展情况汇报.txt"


def _outline(path):
    return parse_outline(clean_text(path.read_text(encoding="utf-8")))


def test_heading_levels() -> None:
    assert heading_level("一、整改工作基本情况") == 1
    assert heading_level("（三）明确目标责任。针对……") == 2
    assert heading_level("9.友好城市工作不聚焦问题的整改进展情况：") == 3
    assert heading_level("（1）具体措施") == 4
    assert heading_level("2023年11月济宁市与乌兹别克斯坦诺林市新建友城") is None
    assert heading_level("1.5万人次参加") is None
    assert heading_level("3．9月举办第十一届博览会") == 3 and heading_level("3、5家企业") == 3  # no decimal


def test_heading_sharing_a_line_with_body() -> None:
    assert split_heading("（一）提高思想认识。对市委巡察组反馈的意见，市外办党组坚持高标准。") == (
        "（一）提高思想认识", "对市委巡察组反馈的意见，市外办党组坚持高标准。")
    head = "1.理论学习表面化、形式化问题的整改进展情况"
    assert split_heading(head + "：") == (head, "")


def test_rectification_report_outline() -> None:
    outline = _outline(FRIEND_CITY_REPORT)
    assert outline.title == "中共济宁人民政府外事办公室党组关于巡察整改进展情况的通报"
    friend = next(p for p in outline.paragraphs if "新建友城5个" in p.text)
    assert friend.heading_path[0] == "二、市委巡察组反馈意见整改进展情况"
    assert friend.heading_path[1].startswith("（一）关于学习领会习近平外交思想")
    assert friend.heading_path[2] == "9.友好城市工作不聚焦问题的整改进展情况"
    top_level = {p.heading_path[0] for p in outline.paragraphs if p.heading_path}
    assert top_level == {"一、整改工作基本情况", "二、市委巡察组反馈意见整改进展情况", "三、今后整改工作打算"}
    twenty_four = [p for p in outline.paragraphs if len(p.heading_path) == 3]
    assert len({p.heading_path[2] for p in twenty_four}) == 24


def test_theme_report_outline_and_junk_markers() -> None:
    outline = _outline(THEME_REPORT)
    assert outline.title == "XX市外办关于主题教育阶段性进展情况汇报"
    assert [p.heading_path[0] for p in outline.paragraphs if p.heading_path] == [
        "一、弘扬优良学风，推进理论武装走心", "二、大兴调查研究，推进成果转化走实",
        "三、聚焦高质量发展，推进对外开放走稳", "四、找准突出问题，推进整改整治走深"]
    assert not any("##paid" in p.text for p in outline.paragraphs)
    assert any("×天" in p.text for p in outline.paragraphs)


def test_year_from_file_name_then_dates() -> None:
    assert document_year("", "2024年工作总结.txt") == 2024
    assert document_year("2023年4月15日至6月16日……2023年12月28日召开", "通报.txt") == 2023
    assert document_year("没有日期", "汇报.txt") is None


def test_a_title_year_in_chinese_numerals_is_the_year_the_report_is_about() -> None:
    from ingest.nlp.clean import canonical

    title = "蓬湾市外事和口岸办公室二〇一七年工作总结暨2018年工作打算"
    assert document_year("", "2018_工作总结.txt", title) == 2017
    assert canonical("二零一九年接待外宾") == "2019年接待外宾"  # one character for one
    for kept in ("三十一年", "第一二三四项", "一二年级"):
        assert canonical(kept) == kept


def test_chunks_follow_the_outline() -> None:
    text = clean_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8"))
    outline = parse_outline(text)
    doc = Document("d1", outline.title, "x.txt", text, 2023)
    chunks = chunk_document(doc, outline.paragraphs)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        longest_sentence = max(len(s) for s in split_sentences(chunk.text))
        assert len(chunk.text) <= max(MAX_CHUNK_CHARS, longest_sentence)
        assert chunk.embedding_text().startswith(outline.title)
    friend = next(c for c in chunks if "新建友城5个（其中县级友城3个）" in c.text)
    assert "9.友好城市工作不聚焦问题的整改进展情况" in friend.embedding_text()
    body = "".join(c.text for c in chunks).replace("\n", "")
    assert "联系济宁职业技术学院，为俄罗斯塔甘罗格市契诃夫学院外派2名中国教师。" in body


def test_inline_enumeration_items() -> None:
    from ingest.outline import enumeration_items

    text = "总体情况良好。一是优化布局，新建友城5个。二是加强交流；三是加大指导力度。"
    assert enumeration_items(text) == ["总体情况良好。", "一是优化布局，新建友城5个。", "二是加强交流；", "三是加大指导力度。"]
    assert enumeration_items("坚持一是一、二是二的作风。") == ["坚持一是一、二是二的作风。"]


def test_chunks_keep_enumeration_items_whole() -> None:
    from ingest.chunking import pack_paragraph

    items = ["一是" + "甲" * 120 + "。", "二是" + "乙" * 120 + "。", "三是" + "丙" * 100 + "。"]
    pieces = pack_paragraph("".join(items), limit=300)
    assert pieces == [items[0] + items[1], items[2]]


def test_a_numbered_sentence_stating_a_figure_is_kept_as_text_too() -> None:
    outline = parse_outline("标题\n三、外事接待\n1.全年接待外宾来访团组52批次418人次。外事交往全面恢复。\n"
                            "2.友城布局持续优化。8月，市外办主任率团出访。")
    first, second = outline.paragraphs
    assert first.text.startswith("1.全年接待外宾来访团组52批次418人次。")  # the figure is in the text
    assert first.heading_path[-1] == "1."  # its number only: the sentence's years are no heading's
    assert second.text == "8月，市外办主任率团出访。" and second.heading_path[-1] == "2.友城布局持续优化"


def test_a_numbered_sentence_of_clauses_is_text_not_a_label() -> None:
    text = ("标题\n二、拓展国际友城网络\n（一）6月，捷克卡罗维发利市市长率团访问，双方签署缔结友好城市关系协议书。截至年底共9个。\n"
            "（二）我市已与法国利摩日市、日本濑户市建立友好城市关系，2010年与泉阳市结为国内友好城市。民间交往活跃。\n"
            "（三）坚持党建引领，全面从严治党持续深化。全年开展专题学习12次。")
    dated, listed, label = parse_outline(text).paragraphs
    assert dated.text.startswith("（一）6月，捷克卡罗维发利市") and dated.heading_path[-1] == "（一）"
    assert listed.text.startswith("（二）我市已与法国利摩日市") and listed.heading_path[-1] == "（二）"
    assert label.heading_path[-1] == "（三）坚持党建引领，全面从严治党持续深化"  # a label of two phrases
    assert label.text == "全年开展专题学习12次。"


def test_a_headline_run_into_its_body_is_the_title() -> None:
    """Text copied from a web page: the headline, a space, the body on one line."""
    text = ("漯河市委书记到市扶贫办检查指导疫情防控和脱贫攻坚 2月20日，漯河市委书记到市扶贫办检查疫情防控和脱贫攻坚"
            "“两手抓”工作情况并主持召开座谈会。七要加快企业复工，加快项目开工。")
    outline = parse_outline(text)
    assert outline.title == "漯河市委书记到市扶贫办检查指导疫情防控和脱贫攻坚"
    assert outline.paragraphs[0].text.startswith("2月20日，漯河市委书记")
    # a title on its own line is unchanged; a long first sentence with no headline gives no title
    assert parse_outline("临江市外办2019年工作总结\n一、外事接待\n全年接待外宾。").title == "临江市外办2019年工作总结"
    body = "按照市政府要求，结合我市实际，起草了政策措施征求意见稿，书面征求了各县区人民政府等30家相关单位意见。"
    assert parse_outline(body).title == ""
    assert parse_outline("全市共接待外宾来访团组52批次，较上年增长12%。 二是……" + body).title == ""
    # a headline of questions and exclamations, a notice's title of more than fifty characters
    assert parse_outline("口罩怎么戴？共用洗衣机会传染吗？权威解答！ 回应关切 " + body).title == "口罩怎么戴？共用洗衣机会传染吗？权威解答！"
    notice = "人力资源社会保障部办公厅关于在疫情防控期间免费开放中国职业培训在线等培训平台提供线上培训与教育服务的通知"
    assert parse_outline(f"{notice} 人社厅函〔2020〕24号 各省人力资源社会保障厅：{body}").title == notice


def test_a_reports_parts_head_its_sections() -> None:
    text = ("关于2020年度外事工作的报告\n\n第一部分 2020年主要工作\n一、外事管理\n全年接待外宾12批。\n\n"
            "第二部分 存在的问题和不足\n一是交往渠道有所收窄。\n\n第三部分 2021年工作安排\n1．视疫情形势，办好第八届论坛。\n")
    outline = parse_outline(text)
    assert outline.title == "关于2020年度外事工作的报告"
    paths = {p.text: p.heading_path for p in outline.paragraphs}
    assert paths["全年接待外宾12批。"] == ("第一部分 2020年主要工作", "一、外事管理")
    assert paths["一是交往渠道有所收窄。"] == ("第二部分 存在的问题和不足",)
    assert paths["1．视疫情形势，办好第八届论坛。"][0] == "第三部分 2021年工作安排"  # a plan, by its part


def test_a_one_sentence_point_between_its_siblings_keeps_its_text() -> None:
    text = ("某市外办2013年工作总结\n四、2014年工作打算\n（一）推动与某国某市缔结友好城市关系。\n"
            "（二）办好第四届博览会，扩大境外展商规模。\n（三）力争全市合同外资达到7000万美元。\n"
            "五、其他\n（一）加强学习\n按要求开展学习。\n（二）改进作风。")
    paragraphs = parse_outline(text).paragraphs
    said = [p.text for p in paragraphs]
    assert "（一）推动与某国某市缔结友好城市关系。" in said and "（三）力争全市合同外资达到7000万美元。" in said
    assert "（二）改进作风。" in said  # the last line of the document
    assert "（一）加强学习" not in said  # a label with its text under it stays a label
    assert paragraphs[said.index("（三）力争全市合同外资达到7000万美元。")].heading_path[0] == "四、2014年工作打算"
    # the next point opens with a month (3．9月): a sibling, not text under the one before
    plan = "某市2020年工作要点\n二、服务开放发展\n2．实际利用外资力争达到1.5亿美元。\n3．9月举办第十一届博览会，境外参展企业力争达到250家。"
    assert "2．实际利用外资力争达到1.5亿美元。" in [p.text for p in parse_outline(plan).paragraphs]

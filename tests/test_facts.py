"""Ledger rows for the figures, dates and titles of the example reports."""

from __future__ import annotations

import pytest

from ingest.chunking import chunk_document
from ingest.clean import clean_text
from ingest.document import Document
from ingest.facts import Fact, extract_facts, sentence_dates, sentence_figures, to_number
from ingest.outline import parse_outline
from tests.conftest import FRIEND_CITY_REPORT


def _figures(sentence: str) -> dict[str, Fact]:
    return {f.text: f for f in sentence_figures(sentence)}


def test_friend_cities_with_their_part() -> None:
    facts = _figures("一是优化布局，新建友城5个（其中县级友城3个）。")
    assert facts["5个"].subject == "新建友城" and facts["5个"].value == 5 and facts["5个"].unit == "个"
    assert facts["5个"].qualifier == "其中县级友城3个"
    assert facts["3个"].subject == "县级友城" and facts["3个"].qualifier == "其中"


def test_compound_figure_and_measure_word_subject() -> None:
    facts = _figures("四是为全市70家企业新办理APEC商务旅行卡76批184人，为企业快速通关提供了便利。")
    assert facts["70家"].subject == "企业"
    assert facts["76批184人"].value == 76 and facts["76批184人"].unit == "批"
    assert "APEC商务旅行卡" in facts["76批184人"].subject


def test_people_and_percentages() -> None:
    facts = _figures("建成含英、日、韩、德、法、意、俄语等7个语种、218人的翻译人才库，其中英语82.1%，小语种17.9%。")
    assert facts["7个"].subject == "语种"
    assert facts["218人"].subject == "翻译人才库"
    assert facts["82.1%"].value == pytest.approx(82.1) and facts["82.1%"].subject == "英语"


def test_approximate_figures_and_chinese_numerals() -> None:
    facts = _figures("一是发布各类资源600余条；班子成员开展专题辅导5次，邀请专家讲学三次。")
    assert facts["600余条"].value == 600 and facts["600余条"].subject == "发布各类资源"
    assert facts["三次"].value == 3 and facts["三次"].subject == "邀请专家讲学"
    assert to_number("十二") == 12 and to_number("0.3") == 0.3


def test_enumerations_ordinals_and_dates_are_not_figures() -> None:
    facts = _figures("三是召开第三次全体会议。2023年12月28日印发。")
    assert facts == {}


def test_time_and_status() -> None:
    facts = _figures("2023年以来，共开展5次因公出国专办员培训；还有2个难题正在有序攻坚中，完成进度达75％。")
    assert facts["5次"].time == "2023年以来" and facts["5次"].subject == "因公出国专办员培训"
    assert facts["2个"].status == "进行中"
    assert facts["75％"].subject == "完成进度"


def test_dates_are_normalised_with_the_document_year() -> None:
    dates = sentence_dates("2023年4月15日至6月16日，市委第五巡察组进行了常规巡察。10月12日反馈。", 2023)
    assert [d.norm for d in dates] == ["2023-04-15", "2023-06-16", "2023-10-12"]


def test_example_report_ledger() -> None:
    text = clean_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8"))
    outline = parse_outline(text)
    doc = Document("d", outline.title, "x", text, 2023)
    facts = extract_facts(chunk_document(doc, outline.paragraphs))
    by_text = {(f.kind, f.text) for f in facts}
    assert {("figure", "5个"), ("figure", "76批184人"), ("figure", "218人"), ("figure", "82.1%"),
            ("figure", "600余条"), ("date", "2023年12月28日")} <= by_text
    titles = {f.norm for f in facts if f.kind == "title"}
    assert "关于推动我市友城高质量发展实施意见" in titles
    friend = next(f for f in facts if f.text == "5个" and f.subject == "新建友城")
    assert friend.section.endswith("9.友好城市工作不聚焦问题的整改进展情况")
    assert friend.chunk_id.startswith("d-")


def test_table_cells_count_the_row_subject_in_their_column_year() -> None:
    facts = _figures("项目：新建友城，2023年：5个，2024年：2个。")
    assert (facts["5个"].subject, facts["5个"].time) == ("新建友城", "2023年")
    assert (facts["2个"].subject, facts["2个"].time) == ("新建友城", "2024年")

"""Ledger rows for the figures, dates and titles of the example reports."""

from __future__ import annotations

import pytest

from ingest.chunking import chunk_document
from ingest.document import Chunk, Document
from ingest.facts import Fact, extract_facts, sentence_dates, sentence_figures
from ingest.nlp.clean import canonical, clean_text
from ingest.nlp.names import find_names
from ingest.nlp.numbers import to_number
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


def test_foreign_cities_follow_their_country() -> None:
    names = {(n.kind, n.text, n.country) for n in find_names(
        "分别促成任城区与多米尼克罗索市新建友城，兖州区与乌兹别克斯坦乌切塔帕区，与美国春田市举办线上视频会议。")}
    assert {("country", "多米尼克", ""), ("place", "罗索市", "多米尼克"), ("place", "乌切塔帕区", "乌兹别克斯坦"),
            ("place", "春田市", "美国"), ("place", "兖州区", "")} <= names
    # a district of a foreign city is the partner, named whole
    districts = {(n.text, n.country) for n in find_names("与韩国釜山广域市影岛区、越南河内市吴权郡建立友好交流关系。")
                 if n.kind == "place"}
    assert {("釜山广域市影岛区", "韩国"), ("河内市吴权郡", "越南")} <= districts


def test_organisations_are_noun_runs_ending_in_an_organisation_word() -> None:
    names = {n.text for n in find_names("一是联合市委宣传部、山东师范大学为俄罗斯塔甘罗格市契诃夫学院外籍学生授课，争取省委外办支持。")
             if n.kind == "org"}
    assert names == {"市委宣传部", "山东师范大学", "契诃夫学院", "省委外办"}
    assert find_names("学生走进金乡等县市区，全市干部参加学习。") == []


def test_example_report_names_and_countries() -> None:
    text = clean_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8"))
    doc = Document("d", "t", "x", text, 2023)
    facts = extract_facts(chunk_document(doc, parse_outline(text).paragraphs))
    places = {f.norm: f for f in facts if f.kind == "place"}
    assert {"诺林市", "罗索市", "塔甘罗格市", "托克马克市", "济宁市"} <= set(places)
    assert places["诺林市"].qualifier == "乌兹别克斯坦"
    assert {"俄罗斯", "乌兹别克斯坦", "多米尼克", "吉尔吉斯斯坦"} <= {f.norm for f in facts if f.kind == "country"}


def test_matching_uses_one_spelling_but_quotes_the_original() -> None:
    facts = extract_facts(chunk_document(Document("d", "t", "x", "一是新建友城５个(其中县级友城３个)。", 2023),
                                         parse_outline("一是新建友城５个(其中县级友城３个)。").paragraphs))
    five = next(f for f in facts if f.kind == "figure" and f.value == 5)
    assert (five.text, five.subject, five.qualifier) == ("5个", "新建友城", "其中县级友城3个")
    assert five.sentence == "一是新建友城５个(其中县级友城３个)。"
    assert canonical("ＡＰＥＣ卡８２．１％,") == "APEC卡82.1%，" and len(canonical("(１)")) == 3


def test_a_foreign_city_named_again_without_its_country_is_still_that_place() -> None:
    chunks = [Chunk("c0", "d", 0, "全年接待了意大利法恩扎市市长、德国塞尔布市代表团。", ("三、",), "2019年工作总结", "/r.txt", 2019),
              Chunk("c1", "d", 1, "一是4月，市政府代表团出访意大利，与法恩扎市签署缔结友好城市关系协议书；同年与岳川市缔结国内友好城市关系。",
                    ("四、",), "2019年工作总结", "/r.txt", 2019)]
    places = [(f.text, f.qualifier, f.chunk_id) for f in extract_facts(chunks) if f.kind == "place"]
    assert ("法恩扎市", "意大利", "c1") in places  # the signing sentence lists it for 友城 questions
    assert places.count(("法恩扎市", "意大利", "c0")) == 1  # the first naming is not listed twice
    assert not any(name == "塞尔布市" and chunk == "c1" for name, _, chunk in places)

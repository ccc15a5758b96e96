"""The pure rules behind answers: figures, intents, follow-ups, verification, evidence, the fast path
and counting across reports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.ask.chain import AskChain
from assistant.ask.contact import contact_passage, contact_text
from assistant.ask.evidence import weigh_evidence
from assistant.ask.extractive import clause_of, extract_answer
from assistant.ask.followup import standalone
from assistant.ask.tally import Topic, excluded, tally
from assistant.grounding.context import ContextPassage, compact_context, held_terms
from assistant.grounding.intent import intent_of
from assistant.grounding.verify import UNVERIFIED_MARK, Source, verify_answer
from ingest.document import Chunk
from ingest.facts import Fact
from ingest.nlp.quantities import quantities, same_date
from ingest.nlp.weights import term_weights
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit
from vectorstore.ledger import LedgerRow

FRIEND = "一是优化布局，新建友城5个（其中县级友城3个）。2023年11月济宁市与乌兹别克斯坦诺林市、多米尼克罗索市新建友城。"
CARDS = "2023年12月28日市委外事工作委员会召开第三次全体会议。为全市70家企业新办理APEC商务旅行卡76批184人。"
SOURCES = [Source(1, FRIEND, 2023), Source(2, CARDS, 2023)]


@pytest.mark.parametrize("text, expected", [
    ("新建友城五个（其中县级友城３个）", [("figure", 5.0, "个"), ("figure", 3.0, "个")]),
    ("发布0.3万条，投资1.2亿元", [("figure", 3000.0, "条"), ("figure", 120000000.0, "元")]),
    ("外派2名教师，76批184人", [("figure", 2.0, "人"), ("figure", 76.0, "批"), ("figure", 184.0, "人")]),
    ("开行中欧班列386列，国际航班120架次", [("figure", 386.0, "列"), ("figure", 120.0, "架次")]),
    ("联系方式：0537-2348660", [("number", 537.0, ""), ("number", 2348660.0, "")]),
])
def test_quantities_are_normalised(text: str, expected: list) -> None:
    assert [(q.kind, q.value, q.unit) for q in quantities(text)] == expected


def test_dates_and_years() -> None:
    found = quantities("2023年12月28日召开，10月12日反馈，2024年以来")
    assert [(q.kind, q.norm) for q in found] == [("date", "2023-12-28"), ("date", "10-12"), ("year", "2024")]
    assert same_date("12-28", "2023-12-28") and not same_date("2023-12-28", "2024-12-28")


@pytest.mark.parametrize("question, kind, units, listing, total, years", [
    ("市外办新建了几个友城？", "figure", ("个",), False, False, ()),
    ("给契诃夫学院派了几名中国教师？", "figure", ("人",), False, False, ()),
    ("市委外事工作委员会第三次全体会议是哪天召开的？", "date", (), False, False, ()),
    ("英语人才占多大比例？", "share", (), False, False, ()),
    ("一共新建了几个友城？", "figure", ("个",), False, True, ()),
    ("列出2023年所有新结好的城市", "other", (), True, False, (2023,)),
    ("2023年开展了几次培训？", "figure", ("次",), False, True, (2023,)),
    ("开展了几次培训？", "figure", ("次",), False, False, ()),
])
def test_intent(question: str, kind: str, units: tuple, listing: bool, total: bool, years: tuple) -> None:
    intent = intent_of(question)
    assert (intent.kind, intent.units, intent.listing, intent.total, intent.years) == (kind, units, listing, total,
                                                                                        years)


@pytest.mark.parametrize("question, previous, expected", [
    ("那县级的呢？", "市外办新建了几个友城？", "市外办新建了几个县级友城？"),
    ("2024年呢？", "2023年开展了几次培训？", "2024年开展了几次培训？"),
    ("2024年呢？", "开展了几次培训？", "2024年开展了几次培训？"),
    ("那罗索市呢？", "诺林市是哪年结好的？", "诺林市是哪年结好的（罗索市）？"),
    ("新建了几个友城？", "2023年开展了几次培训？", "新建了几个友城？"),
    ("那县级的呢？", None, "那县级的呢？"),
])
def test_follow_ups_become_standalone(question: str, previous: str | None, expected: str) -> None:
    assert standalone(question, previous) == expected


def test_verified_figures_keep_their_passage() -> None:
    result = verify_answer("新建友城五个，会议于12月28日召开[2]。", "新建了几个友城？", SOURCES)
    assert result.text == "新建友城五个，会议于12月28日召开[2]。"
    assert [(c.text, c.status, c.passage) for c in result.checks] == [("五个", "verified", 1), ("12月28日", "verified", 2)]
    assert result.supporting == [1, 2]


def test_a_wrong_figure_is_corrected_only_from_a_matching_clause() -> None:
    result = verify_answer("为70家企业办理了48批。", "办理了多少批？", SOURCES)
    assert result.text == "为70家企业办理了76批。" and result.count("corrected") == 1
    part = verify_answer("其中县级友城4个。", "县级友城几个？", SOURCES)
    assert part.text == "其中县级友城3个。"


def test_what_cannot_be_corrected_is_marked() -> None:
    result = verify_answer("共签订协议9份，会议于2024年1月5日召开，与日本大阪市结好。", "签了几份？", SOURCES)
    assert result.text == (f"共签订协议9份{UNVERIFIED_MARK}，会议于2024年1月5日{UNVERIFIED_MARK}召开，"
                           f"与日本{UNVERIFIED_MARK}大阪市{UNVERIFIED_MARK}结好。")
    assert result.count("unverified") == 4


def test_a_year_taken_from_the_question_is_not_flagged() -> None:
    result = verify_answer("2019年的资料中没有记载。", "2019年新建了几个友城？", SOURCES)
    assert [c.status for c in result.checks] == ["given"]


def test_evidence_weighs_rare_terms_and_years() -> None:
    weights = term_weights(["财政预算", "市外办", "几个"], {"市外办": 90}, 100)
    assert set(weights) == {"财政预算", "市外办"}  # 几个 asks how, not what about
    evidence = weigh_evidence(weights, ["市外办新建友城5个"], [2022], {2023})
    assert evidence.coverage < 0.1 and evidence.missing == ("财政预算",) and evidence.missing_years == (2022,)
    assert not evidence.enough(0.5)


def _hit(i: int, text: str) -> Hit:
    return Hit(Chunk(f"c{i}", "d", i, text, ("一、",), "通报", "/r.txt", 2023), 1.0 / (i + 1))


def test_compact_context_keeps_the_best_sentences_within_budget() -> None:
    hits = [_hit(0, "无关的一句话。" * 5 + FRIEND), _hit(1, CARDS)]
    weights = {"新建": 2.0, "友城": 2.0}
    passages = compact_context(hits, weights, intent_of("新建了几个友城？"), budget=40)
    assert [p.n for p in passages] == [1]
    assert passages[0].sentences == ("一是优化布局，新建友城5个（其中县级友城3个）。",)


def test_the_fast_path_quotes_one_clause_and_refuses_ambiguity() -> None:
    intent = intent_of("新建了几个友城？")
    passage = ContextPassage(1, _hit(0, FRIEND), ("一是优化布局，新建友城5个（其中县级友城3个）。",))
    extract = extract_answer(intent, {"新建": 1.0, "友城": 1.0}, [passage])
    assert extract and extract.clause == "新建友城5个（其中县级友城3个）"
    rival = ContextPassage(2, _hit(1, "x"), ("新建友城7个。",))
    assert extract_answer(intent, {"新建": 1.0, "友城": 1.0}, [passage, rival]) is None
    assert clause_of("组织11名干部参加翻译资格（水平）考试，", 2, 5) == "组织11名干部参加翻译资格（水平）考试"
    grown = "全年接待外国来访团组89个，同比增长8.5%，外国政要17批。"  # a bare change says of what by the clause before
    assert clause_of(grown, grown.find("8.5%"), grown.find("8.5%") + 4) == "全年接待外国来访团组89个，同比增长8.5%"
    # another year's value is read with this year's figure of its unit, past a share and a change between them
    runners = "马拉松举行，外籍选手203人，占全部参赛选手的1.6%，同比增长28.5%（上年158人）。"
    assert clause_of(runners, runners.find("158"), runners.find("158") + 4) == (
        "外籍选手203人，占全部参赛选手的1.6%，同比增长28.5%（上年158人）")
    silk = "通过外事渠道促成丝绸出口订单1265万美元，同比增长29.1%（上年980万美元）。"
    assert clause_of(silk, silk.find("980"), silk.find("980") + 7).startswith("通过外事渠道促成丝绸出口订单1265万美元")
    assert intent_of("2018年来访团组同比增长了百分之多少？").change
    both = "本年度外宾来访团组132个、1168人次，其中副省级以上团组10个。"  # one thing in two units
    assert clause_of(both, both.find("1168"), both.find("1168") + 6) == "本年度外宾来访团组132个、1168人次"
    labour = "台账显示2018年全市外派劳务人员（不含渔工）1156人次。"  # a bracket of words inside the clause
    assert clause_of(labour, labour.find("1156"), labour.find("1156") + 6) == labour.rstrip("。")
    only = "上半年接待外国来访团组29批次、231人次，去年同期仅8批次；"  # last year's value said with 仅
    assert clause_of(only, only.find("8批次"), only.find("8批次") + 3).startswith("上半年接待外国来访团组29批次")
    two = "新建友城3个、友好交流城市5个。"  # two things
    other = "共开展5次因公出国专办员培训、3次APEC商务旅行卡推介会。"  # the figure names its own thing after it
    assert clause_of(other, other.find("3次"), other.find("3次") + 2) == "3次APEC商务旅行卡推介会"
    assert clause_of(two, two.find("5个"), two.find("5个") + 2) == "友好交流城市5个"


def test_a_city_is_held_by_its_name_without_shi() -> None:
    text = "市区政务服务中心暂停对外办公，可通过甘肃政务服务网平凉子站进行网上申请。"
    assert held_terms(text, {"平凉市": 3.0, "政务服务中心": 2.0}) == {"平凉市", "政务服务中心"}
    assert held_terms(text, {"庆阳市": 3.0}) == set()


def test_a_figure_the_question_gives_does_not_answer_it() -> None:
    question = "20家产业园区减免租惠及的中小企业有多少家？"
    sentence = "目前已超过20家产业园区主动为园区内中小企业减免租金，惠及中小企业超过2000家。"
    weights = {"产业园区": 2.0, "减免": 1.0, "惠及": 1.0, "中小企业": 2.0}
    passage = ContextPassage(1, _hit(0, sentence), (sentence,))
    extract = extract_answer(intent_of(question), weights, [passage], given=tuple(quantities(question)))
    assert extract and extract.figure == "2000家"


def test_a_date_the_question_gives_does_not_answer_it_nor_a_place_it_leaves_out() -> None:
    question = "江南地区2020年2月份的申报期限延长到哪天？"
    sentence = "江南地区将2020年2月份申报期限延长至3月6日。"
    weights = {"江南": 2.0, "地区": 1.0, "申报": 1.0, "期限": 1.0, "延长": 1.0}
    passage = ContextPassage(1, _hit(0, sentence), (sentence,))
    extract = extract_answer(intent_of(question), weights, [passage], given=tuple(quantities(question)))
    assert extract and extract.figure == "3月6日"
    before = extract_answer(intent_of(question), weights, [passage])  # given none: two dates, neither chosen
    assert before is None or before.figure != "3月6日"
    # 除湖北省外: a place the sentence leaves out is not what it is about
    assert held_terms("除湖北省外，申报期限延至2月28日。", {"湖北": 2.0, "申报": 1.0}) == {"申报"}
    assert held_terms("湖北地区延长至3月6日。", {"湖北": 2.0}) == {"湖北"}

def test_a_figure_right_after_the_clause_naming_what_it_measures_states_it() -> None:
    from assistant.ask.extractive import stating_sentences

    question = "江州港急需的集装箱泊位利用率达到多少？"
    weights = {"江州港": 2.0, "急需": 1.0, "集装箱": 2.0, "泊位": 2.0, "利用率": 3.0}
    told = "特别是急需的集装箱泊位，利用率已达到112%。全港吞吐量增长了8%。"
    passage = ContextPassage(1, _hit(0, told), tuple(s + "。" for s in told.split("。") if s))
    intent = intent_of(question)
    assert intent.kind == "share"
    stated = stating_sentences(intent, weights, [passage], ("集装箱", "泊位", "利用率"))
    assert [s for _, s in stated] == ["特别是急需的集装箱泊位，利用率已达到112%。"]


def test_a_share_asked_with_its_count_is_quoted_with_the_count() -> None:
    from assistant.ask.extractive import with_count_of_share

    question = "江州市已复工的外资企业有多少家，占全市外资企业的比例是多少？"
    sentence = "截至目前，江州市外资企业复工合计362家，占全市外资企业的76.5%，其中日资企业120家。"
    weights = {"江州市": 1.0, "复工": 2.0, "外资企业": 3.0, "比例": 1.0}
    intent = intent_of(question)
    extract = extract_answer(intent, weights, [ContextPassage(1, _hit(0, sentence), (sentence,))])
    assert extract and extract.figure == "76.5%" and "362家" not in extract.clause
    assert with_count_of_share(extract, intent).clause == "江州市外资企业复工合计362家，占全市外资企业的76.5%"
    share_only = intent_of("江州市已复工的外资企业占全市外资企业的比例是多少？")
    assert with_count_of_share(extract, share_only) == extract

def test_a_figure_counting_a_thing_the_question_does_not_name_is_no_rival() -> None:
    told = "全年接待外宾来访团组11个74人次。重新修订外宾接待和因公出访两项管理办法。"
    weights = {"2023年": 2.2, "外宾": 2.3, "来访": 2.5, "外宾来访": 3.1, "团组": 2.4, "来访团组": 6.3}
    extract = extract_answer(intent_of("2023年外宾来访团组多少个"), weights,
                             [ContextPassage(1, _hit(0, told), tuple(told.split("。")[:2]))])
    assert extract and extract.figure == "11个"


def test_another_years_value_as_the_base_of_a_change_counts_what_the_figure_before_it_counts() -> None:
    told = "处置涉外海事事件16起，比上年的19起减少3起；促成合作项目18个，项目数较2022年的14个增加4个。"
    passage = ContextPassage(1, _hit(0, told), (told,))
    weights = {"2022年": 1.0, "促成": 2.0, "合作项目": 2.5}
    extract = extract_answer(intent_of("2022年促成了多少个合作项目"), weights, [passage], ("促成", "合作项目"))
    assert extract and extract.figure == "14个"
    events = extract_answer(intent_of("2022年处置涉外海事事件多少起"), {"2022年": 1.0, "涉外": 1.0, "海事": 2.0,
                                                                         "事件": 1.5}, [passage], ("涉外", "海事", "事件"))
    assert events and events.figure == "19起"


def test_foreign_is_said_by_the_foreign_countries_a_sentence_names() -> None:
    from assistant.grounding.context import measured_held

    weights = {"外国": 1.0, "军舰": 2.0}
    assert measured_held("接待俄罗斯、泰国海军舰艇4批次。", weights) == {"外国", "军舰"}  # 舰艇: a synonym
    assert measured_held("接待省内舰艇4批次。", weights) == {"军舰"}
    assert measured_held("中国海军舰艇4批次。", weights) == {"军舰"}


def test_an_ordinal_is_the_one_naming_what_is_asked() -> None:
    question = "2023年茶叶博览会办到第几届了"
    sentence = "为第十二届茶叶博览会和第七届马拉松制定涉外服务保障方案。"
    passage = ContextPassage(1, _hit(0, sentence), (sentence,))
    extract = extract_answer(intent_of(question), {"2023年": 1.5, "博览会": 1.7}, [passage])
    assert extract and extract.figure == "第十二届"
    marathon = extract_answer(intent_of("马拉松办到第几届了"), {"马拉松": 1.7}, [passage])
    assert marathon and marathon.figure == "第七届"
    # an ordinal naming nothing after it counts what the sentence's earlier one names: last year's edition
    told = "9月，第七届渔业博览会举办，展览面积在去年第六届的基础上扩大两成。"
    last_year = extract_answer(intent_of("2022年的渔业博览会是第几届"), {"2022年": 1.5, "渔业博览会": 1.7},
                               [ContextPassage(1, _hit(0, told), (told,))])
    assert last_year and last_year.figure == "第六届"


def test_a_contact_is_quoted_from_the_sentence_giving_it() -> None:
    notice = ("经研究决定自即日起海陵区民政局婚姻登记处暂停办理所有婚姻登记业务，恢复办理另行通知。"
              "由此给您带来的不便，敬请理解！咨询电话：0523-86391105、0523-86391112。")
    other = "全市共有12000家企业复工，电话会议于2月3日召开。"
    weights = {"海陵区民政局": 6.0, "咨询电话": 5.0}
    passage = contact_passage("海陵区民政局咨询电话是多少？", weights, [_hit(0, other), _hit(1, notice)])
    assert passage and contact_text(passage) == "咨询电话：0523-86391105、0523-86391112[1]。"
    assert contact_passage("海陵区民政局有多少人？", weights, [_hit(1, notice)]) is None
    assert contact_passage("东岭区民政局咨询电话是多少？", {"东岭区民政局": 6.0, "咨询电话": 5.0},
                           [_hit(1, notice)]) is None  # another office's number does not answer


def _row(text: str, value: float, unit: str, subject: str, sentence: str, doc: str, year: int | None,
         qualifier: str = "", status: str = "") -> LedgerRow:
    fact = Fact("figure", text, str(value), value, unit, subject, qualifier, "", status, sentence, f"{doc}-c", "一、")
    return LedgerRow(fact, doc, year, f"{doc}的报告", f"/r/{doc}.txt")


def test_a_tally_adds_figures_once_and_says_what_it_left_out() -> None:
    sentence = "新建友城5个（其中县级友城3个）。"
    rows = [_row("5个", 5, "个", "新建友城", sentence, "a", 2023, "其中县级友城3个"),
            _row("3个", 3, "个", "新建县级友城", "新建友城5个，其中新建县级友城3个。", "a", 2023, "其中"),
            _row("5个", 5, "个", "新建友城", sentence, "b", 2023, "其中县级友城3个"),  # the same figure, reported again
            _row("2个", 2, "个", "新建友城", "2024年新建友城2个。", "c", 2024),
            _row("9个", 9, "个", "新建友城", "累计新建友城9个。", "c", 2024, status="累计")]
    topic = Topic(((("新建",), 1.0), (("友城", "友好城市"), 1.0)), "figure")
    result = tally(rows, topic, intent_of("一共新建了几个友城？"))
    assert result and result.total == 7
    assert [i.note for i in result.items] == ["", "其中分项", "重复", "", "累计数"]
    only_2024 = tally(rows, topic, intent_of("2024年一共新建了几个友城？"))
    assert only_2024 and only_2024.total == 2


def test_a_tally_keeps_the_asked_period_and_the_asked_citys_reports() -> None:
    topic = Topic(((("接待",), 1.0), (("团组",), 1.0)), "figure")
    rows = [_row("48个", 48, "个", "接待团组", "全年共接待外国来访团组48个（上年为42个）。", "h16", 2016),
            _row("42个", 42, "个", "接待团组", "全年共接待外国来访团组48个（上年为42个）。", "h16", 2016),
            _row("50个", 50, "个", "接待团组", "力争全年接待外国来访团组50个以上。", "h16", 2016),
            _row("35个", 35, "个", "接待团组", "西港市外办共接待来访团组35个。", "x", 2016)]
    rows = [replace(r, title="海澄市外办2016年工作总结") if r.doc_id == "h16" else r for r in rows]
    result = tally(rows, topic, intent_of("2016年海澄一共接待了多少个团组？"), ("海澄市",))
    assert result and [i.row.fact.text for i in result.items] == ["48个"] and result.total == 48
    planned = tally(rows, topic, intent_of("2016年海澄一共计划接待多少个团组？"), ("海澄市",))
    assert planned and [i.row.fact.text for i in planned.items] == ["50个"]
    # a report titled 关于2016年全市外事工作情况的报告 is 海澄's by its issuer
    untitled = [replace(r, title="关于2016年全市外事工作情况的报告") if r.doc_id == "h16" else r for r in rows]
    assert tally(untitled, topic, intent_of("2016年海澄一共接待了多少个团组？"), ("海澄市",)) is None or not tally(
        untitled, topic, intent_of("2016年海澄一共接待了多少个团组？"), ("海澄市",)).items
    issued = tally(untitled, topic, intent_of("2016年海澄一共接待了多少个团组？"), ("海澄市",),
                   issuers={"h16": "中共海澄市委外事工作委员会办公室", "x": "西港市外事办公室"})
    assert issued and [i.row.fact.text for i in issued.items] == ["48个"]


def test_a_list_runs_over_the_asked_span_of_the_asked_countries_without_what_it_leaves_out() -> None:
    def place(name: str, country: str, sentence: str, year: int) -> LedgerRow:
        fact = Fact("place", name, name, None, "", "", country, "", "", sentence, f"y{year}-c", "一、")
        return LedgerRow(fact, f"y{year}", year, f"云禾市外办{year}年工作总结", f"/r/y{year}.txt")

    both = "我市先后与韩国安东市、日本仓吉市缔结友好城市关系，与澳大利亚巴拉瑞特市建立友好交流城市关系。"
    rows = [place("安东市", "韩国", both, 2013), place("仓吉市", "日本", both, 2013),
            place("巴拉瑞特市", "澳大利亚", both, 2013),
            place("图尔市", "法国", "市外办主任率团赴法国图尔市，签署两市缔结友好城市关系协议书。", 2014),
            place("维尔茨堡市", "德国", "与德国维尔茨堡市缔结友好城市关系。", 2019)]
    topic = Topic(((("缔结", "新建"), 1.0), (("友好城市", "友城"), 1.0)), "place", (1,))
    question = "到2015年底，云禾正式缔结的友好城市（不算友好交流城市）有哪几个？"
    assert excluded(question) == ("友好交流城市",)
    listed = tally(rows, topic, intent_of(question), leave_out=excluded(question))
    assert listed and [i.row.fact.text for i in listed.items] == ["安东市", "仓吉市", "图尔市"]
    span = tally(rows, topic, intent_of("2014年到2019年缔结了哪些友好城市？"))
    assert span and [i.row.fact.text for i in span.items] == ["图尔市", "维尔茨堡市"]
    french = tally(rows, topic, intent_of("云禾和法国哪个城市是友城？"), nations=frozenset({"法国"}))
    assert french and [i.row.fact.text for i in french.items] == ["图尔市"]
    none = tally(rows, topic, intent_of("云禾和意大利哪个城市是友城？"), nations=frozenset({"意大利"}))
    assert none is not None and none.items == ()  # of the kind, but none of that country: said not found
    # the relation a place's clause names, through a list of places: 友好城市 and 友好交流城市 kept apart
    from assistant.ask.tally import relation_asked

    assert relation_asked("有哪些友好交流城市？") == "exchange" and relation_asked(question) == "friendship"
    assert relation_asked("2013年新结了哪些友城？") == "friendship" and relation_asked("友城（含友好交流城市）有哪些？") == ""
    exchange = tally(rows, Topic(((("友好交流城市",), 1.0),), "place"), intent_of("有哪些友好交流城市？"),
                     relation="exchange")
    assert exchange and [i.row.fact.text for i in exchange.items] == ["巴拉瑞特市"]
    friends = tally(rows, topic, intent_of("2013年新结了哪些友城？"), relation="friendship")
    assert friends and [i.row.fact.text for i in friends.items] == ["安东市", "仓吉市"]



def test_a_listed_place_is_cited_from_the_sentence_saying_most_and_never_from_a_plan() -> None:
    def place(sentence: str, year: int, title: str) -> LedgerRow:
        fact = Fact("place", "努瓦迪布市", "努瓦迪布市", None, "", "", "毛里塔尼亚", "", "", sentence, f"{title}-c", "一、")
        return LedgerRow(fact, title, year, title, f"/r/{title}.txt")

    plan = place("推动与毛里塔尼亚努瓦迪布市缔结友好城市关系。", 2024, "临海市委外办2024年工作要点")
    aside = place("借结好努瓦迪布市的时机，境外社交网站账号更新六百余期。", 2024, "临海市委外办2024年工作报告")
    told = place("4月，我市与毛里塔尼亚努瓦迪布市签署结好协议书，全市国际友好城市增至5个。", 2024, "临海市委外办2024年工作报告")
    topic = Topic(((("新结", "缔结", "结好"), 1.0), (("友城", "友好城市", "国际友好城市", "结好"), 1.0)), "place", (1,))
    listed = tally([plan, aside, told], topic, intent_of("2024年临海新结了哪些友城"))
    assert listed and [i.row.fact.sentence for i in listed.items] == [told.fact.sentence]
    assert tally([plan], topic, intent_of("2024年临海新结了哪些友城")) is None  # a plan is no tie made
    sought = place("争取省委外办支持，促成我市与毛里塔尼亚努瓦迪布市缔结友好城市关系。", 2024, "临海市委外办2024年工作报告")
    assert tally([sought], topic, intent_of("2024年临海新结了哪些友城"))  # 争取…支持 in a report: done, no plan


def test_a_year_added_to_a_date_must_be_the_passages_year() -> None:
    sources = [Source(1, "2月12日起启用市民出行实名制登记系统。", 2020)]
    assert verify_answer("2020年2月12日启用。", "何时启用？", sources).count("verified") == 1
    # the day is the passage's, the year invented: the passage's own date is shown
    wrong = verify_answer("2021年2月12日启用。", "何时启用？", sources)
    assert wrong.text == "2月12日启用。" and wrong.count("corrected") == 1
    undated = verify_answer("2021年2月12日启用。", "何时启用？", [Source(1, "2月12日起启用登记系统。")])
    assert undated.text == "2月12日启用。"
    other_day = verify_answer("2021年2月13日启用。", "何时启用？", sources)
    assert other_day.text == f"2021年2月13日{UNVERIFIED_MARK}启用。"
    # a month alone (4月，…签署) is of the report's year
    month = [Source(1, "4月，南港与越南海防港签署友好港口协议。", 2024)]
    assert verify_answer("结好时间是2024年4月。", "何时结好？", month).count("verified") == 1
    assert UNVERIFIED_MARK in verify_answer("结好时间是2023年4月。", "何时结好？", month).text


class _YearlyReports:
    """Reports of one office, one a year, saying nearly the same; search ranks by a fixed order."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits

    def search(self, query: str, k: int | None = None, where: SearchFilter | None = None,
               mode: str | None = None) -> list[Hit]:
        kept = [h for h in self.hits if not (where and where.years) or h.chunk.year in where.years]
        return kept[:k]

    def bodies(self) -> frozenset[str]:
        return frozenset()

    def home(self) -> str | None:
        return None

    def issuers(self) -> dict[str, str]:
        return {}

    def regions(self) -> dict[str, frozenset[str]]:
        return {}

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return []


def test_passages_of_the_asked_year_stating_the_asked_figure_come_first() -> None:
    def report(i: int, year: int, text: str, heading: str = "一、主要工作") -> Hit:
        return Hit(Chunk(f"c{i}", f"d{year}", i, text, (heading,), f"{year}年工作总结", "/r.txt", year), 1.0)

    hits = [report(0, 2016, "全年共接待外国来访团组48个。"), report(1, 2015, "全年共接待外国来访团组42个。"),
            report(2, 2018, "全年共接待外国来访团组57个。"), report(3, 2017, "2017年，市外办将重点抓好以下工作。"),
            report(4, 2014, "全年共接待外国来访团组36个。"), report(5, 2017, "全年共接待外国来访团组53个。"),
            report(6, 2018, "全年共接待外国来访团组57个，较上年的53个增加4个。")]
    chain = AskChain(_YearlyReports(hits), None, k=4)
    question = "2017年接待外国来访团组多少个？"
    found = [h.chunk.chunk_id for h in chain._search(question, intent_of(question), None)]
    # 2017's figure and 2018's 上年的53个, then those years' other passages by rank, then the best of the rest
    assert found == ["c5", "c6", "c2", "c0"]


def test_a_figure_the_model_takes_from_a_sentence_about_another_thing_is_no_answer() -> None:
    from assistant.ask.chain import of_the_measured
    from assistant.grounding.verify import CheckStatus, FigureCheck

    question = "2021年第九届云禾友城合作论坛有多少嘉宾参加？"
    weights = {"云禾": 1.4, "友城": 1.4, "合作": 1.5, "论坛": 2.2, "嘉宾": 2.6, "参加": 1.0}
    measured = ("云禾", "友城", "合作", "论坛", "嘉宾", "参加")
    passages = [ContextPassage(1, _hit(0, "x"), ("全市常住外籍人员1986人，较2021年（2104人）减少118人。",)),
                ContextPassage(2, _hit(1, "y"), ("2021年举办第九届云禾友城合作论坛，310名嘉宾参加。",))]
    other = (FigureCheck("2104人", "figure", CheckStatus.VERIFIED, 1),)
    assert not of_the_measured(other, intent_of(question), passages, measured, weights)
    right = (FigureCheck("310名", "figure", CheckStatus.VERIFIED, 2),)
    assert of_the_measured(right, intent_of(question), passages, measured, weights)
    assert of_the_measured(other, intent_of("论坛怎么办的？"), passages, measured, weights)  # no figure asked
    # a unit that counts anything says nothing of what is counted: 换班1392人次 is no 外派劳务人员
    question = "2022年外派劳务人员有多少人次？"
    weights = {"外派劳务人员": 3.0, "外派": 0.0, "劳务": 0.0, "人员": 0.0}
    passages = [ContextPassage(1, _hit(0, "x"), ("全年协助外籍船员换班1392人次，换班人员全部落实闭环管理。",)),
                ContextPassage(2, _hit(1, "y"), ("全年外派劳务人员1200人次。",))]
    other = (FigureCheck("1392人次", "figure", CheckStatus.VERIFIED, 1),)
    right = (FigureCheck("1200人次", "figure", CheckStatus.VERIFIED, 2),)
    assert not of_the_measured(other, intent_of(question), passages, ("外派劳务人员",), weights)
    assert of_the_measured(right, intent_of(question), passages, ("外派劳务人员",), weights)


def test_a_sentence_measures_the_asked_thing_without_one_word_that_is_not_the_counted_thing() -> None:
    from assistant.ask.extractive import measures

    weights = {"主题教育": 1.0, "检视": 1.0, "整改": 1.0, "查摆": 3.0, "问题": 1.0}
    measured = tuple(weights)
    assert measures(set(weights), measured, weights)
    assert measures({"主题教育", "整改", "查摆", "问题"}, measured, weights, head="查摆")  # 检视 not said
    assert not measures({"主题教育", "检视", "整改", "问题"}, measured, weights, head="查摆")  # the counted thing
    assert not measures({"主题教育", "查摆", "问题"}, measured, weights, head="查摆")  # two words missing
    # the counted thing a compound the sentence says all but one word of (外宾来访团组132个)
    weights = {"接待外宾来访团组": 4.0, "接待": 0.0, "外宾": 0.0, "来访": 0.0, "团组": 0.0}
    held = {"外宾", "来访", "团组"}
    assert measures(held, ("接待外宾来访团组",), weights, head="接待外宾来访团组")
    assert not measures({"团组"}, ("接待外宾来访团组",), weights, head="接待外宾来访团组")


def test_without_a_unit_asked_the_figure_right_after_the_counted_thing_answers() -> None:
    question = "年初以来受理了多少因公出国（境）经贸团组？"
    weights = {"年初": 2.0, "受理": 2.0, "因公出国": 2.0, "经贸团组": 3.0}
    sentence = "提升服务质效，年初以来共受理因公出国（境）经贸团组100多批次共500余人次。"
    extract = extract_answer(intent_of(question), weights, [ContextPassage(1, _hit(0, sentence), (sentence,))],
                             tuple(weights), "受理")
    assert extract is not None and extract.figure == "100多批次"


def test_an_edition_no_passage_states_is_not_left_to_the_model() -> None:
    from assistant.ask.chain import ordinals_unheld

    hits = [_hit(0, "继2021年举办第九届论坛后，11月成功举办第十届论坛。"), _hit(1, "2013年举办第二届论坛。")]
    assert ordinals_unheld("论坛第一届是哪年办的？", hits) == ["第一届"]
    assert ordinals_unheld("第十届论坛是哪年办的？", hits) == []
    assert ordinals_unheld("论坛是第几届？", hits) == []
    assert ordinals_unheld("第一趟中欧班列是哪年发车的", [_hit(2, "9月，首列中欧班列发车。")]) == []  # 首列 is the first


def test_a_stock_asked_is_answered_by_the_figure_said_as_one() -> None:
    weights = {"2023年": 2.0, "白河": 1.5, "国际航线": 4.0}
    sentence = "白河至吉隆坡、白河至河内两条国际航线相继开通，全市开通的国际航线达到九条。"
    passages = [ContextPassage(1, _hit(0, sentence), (sentence,))]
    extract = extract_answer(intent_of("2023年底白河的国际航线有几条？"), weights, passages, ("白河", "国际航线"))
    assert extract is not None and extract.figure == "九条"
    added = extract_answer(intent_of("2023年白河新开通了几条国际航线？"), weights, passages, ("白河", "国际航线"))
    assert added is None or added.figure == "两条"  # what was added is no stock


def test_compact_context_covers_the_question_rather_than_repeating_the_title() -> None:
    """A notice's opening repeats what its title says (every term but the asked ones); the sentences on 文件 and
    on 开会 answer, each holding one asked term: both are chosen, not the opening, and not a second sentence on
    开会 before the one on 文件."""
    title = "国务院联防联控机制关于切实为基层减负的通知"
    text = ("国务院联防联控机制就为基层减负提出以下要求。要少开会、开短会、开管用的会。会议要讲求实效，开会时间压缩一半。"
            "要精简文件，能不发的不发。")
    hit = Hit(Chunk("c0", "d", 0, text, (), title, "/n.txt", 2020), 1.0)
    weights = {"国务院": 2.6, "联防": 3.3, "联控": 3.2, "机制": 2.6, "文件": 3.5, "开会": 5.7, "要求": 1.7}
    passages = compact_context([hit], weights, intent_of("通知对文件和开会提出了什么要求？"), budget=32)
    assert passages[0].sentences == ("要少开会、开短会、开管用的会。", "要精简文件，能不发的不发。")


def test_a_name_the_cited_documents_title_holds_is_verified() -> None:
    source = Source(1, "截至年底，全区常住外籍人员640人。", 2019, (), "金沙区外事工作助力陶瓷小镇走向世界")
    checked = verify_answer("金沙区（截至年底，全区常住外籍人员640人[1]）。", "这是哪里的统计数字？", [source])
    assert UNVERIFIED_MARK not in checked.text
    speech = Source(1, "全年接待外宾团组52批。", 2019, (), "王建国主任在全市外事工作会议上的讲话")
    assert UNVERIFIED_MARK not in verify_answer("王建国（全年接待外宾团组52批[1]）。", "谁讲的？", [speech]).text
    assert UNVERIFIED_MARK in verify_answer("李卫东（全年接待外宾团组52批[1]）。", "谁讲的？", [speech]).text


def test_the_source_line_quotes_every_figure_the_model_gave_from_its_sentence() -> None:
    from assistant.ask.chain import Answer, source_clause

    sentence = "工信部立即向武汉紧急调用了防护服1.4万件、医用手套11万双；为武汉落实各类口罩货源300万个。"
    checked = verify_answer("调用了1.4万件防护服、11万双医用手套。", "调用了多少物资？", [Source(1, sentence)])
    answer = Answer("调用了多少物资？", checked.text, True, [], checks=checked.checks)
    passage = ContextPassage(1, _hit(0, sentence), (sentence,))
    assert source_clause(answer, intent_of("工信部向武汉紧急调用了多少物资？"), [passage]) == (
        1, "工信部立即向武汉紧急调用了防护服1.4万件、医用手套11万双")


def test_the_source_line_finds_a_date_the_model_gave_with_the_year_said_elsewhere() -> None:
    from assistant.ask.chain import Answer, source_clause

    sentence = "一、对按月申报的纳税人，2020年2月份纳税申报期限进一步延长至2月28日（星期五）。"
    checked = verify_answer("2020年2月28日", "延期到哪天？", [Source(1, sentence, 2020)])
    answer = Answer("延期到哪天？", checked.text, True, [], checks=checked.checks)
    found = source_clause(answer, intent_of("按月申报的纳税人延期到哪天？"), [ContextPassage(1, _hit(0, sentence), (sentence,))])
    assert found == (1, "2020年2月份纳税申报期限进一步延长至2月28日（星期五）")


def test_a_year_no_passage_tells_of_is_not_answered_from_another_years_report() -> None:
    from assistant.ask.evidence import untold_year

    def report(year: int, text: str) -> Hit:
        return Hit(Chunk(f"c{year}", f"d{year}", 0, text, (), f"海澄市外办{year}年工作总结", "/r.txt", year), 1.0)

    cities = report(2019, "全年新缔结国际友好城市2个，分别是新西兰纳皮尔市、巴拿马科隆市。全市外资到位5.3亿美元，比上年增加。")
    asked = intent_of("2018年海澄市新缔结的国际友好城市是哪个？")
    assert untold_year(asked, [cities]) == 2018
    assert untold_year(asked, [cities, report(2018, "新缔结友城1个。")]) is None
    assert untold_year(asked, [report(2020, "2018年与纳皮尔市签署意向书。")]) is None  # named by a later report
    # a figure of 2018 is restated by the 2019 report (上年为…)
    assert untold_year(intent_of("2018年海澄市外资到位多少亿美元？"), [cities]) is None
    assert untold_year(intent_of("海澄市新缔结的国际友好城市是哪个？"), [cities]) is None  # no year asked


def test_an_edition_no_passage_names_is_not_answered_from_another_edition() -> None:
    from assistant.ask.evidence import untold_edition

    def passage(text: str) -> Hit:
        return Hit(Chunk("c", "d", 0, text, (), "蓬湾市外办2019年工作总结", "/r.txt", 2019), 1.0)

    seventh = passage("举办第七届蓬湾国际港口合作论坛，论坛期间签约合作项目5个。")
    assert untold_edition("蓬湾第六届港口合作论坛签约了多少个项目", [seventh]) == "第六届"
    assert untold_edition("蓬湾第7届港口合作论坛签约了多少个项目", [seventh]) is None  # 第7届 is 第七届
    assert untold_edition("港口合作论坛签约了多少个项目", [seventh]) is None
    assert untold_edition("第一个友好城市是哪个", [seventh]) is None  # 首个, 首次: a first is said many ways


def test_the_previous_years_figure_said_as_a_multiple_answers_for_that_year() -> None:
    sentence = "二是全年开行中欧班列96列，是上年38列的2.5倍，线路已延伸至波兰、匈牙利。"
    hit = Hit(Chunk("c", "d", 0, sentence, ("（二）开放平台",), "西陵市外办2017年工作总结", "/r.txt", 2017), 1.0)
    extract = extract_answer(intent_of("西陵中欧班列2016年开行了多少列？"), {"西陵": 2.0, "中欧班列": 4.0, "开行": 1.0},
                             [ContextPassage(1, hit, (sentence,))], ("中欧班列",))
    assert extract and extract.figure == "38列" and extract.crowded


def test_plan_and_period_words_are_not_what_a_figure_question_counts() -> None:
    from assistant.grounding.context import measured_terms

    weights = {"白河": 1.8, "外办": 1.0, "全年": 0.9, "计划": 2.0, "举办": 1.8, "国际": 1.2, "会议": 2.9}
    assert measured_terms("白河外办全年计划举办几场国际会议？", weights) == ("白河", "举办", "国际", "会议")
    routes = {"2019年": 2.4, "南江": 0.1, "国际航线": 2.6}  # what is counted before the year asked
    assert measured_terms("南江的国际航线2019年底有几条？", routes, ("南江",)) == ("国际航线",)
    plan = {"工作": 0.1, "要点": 2.6, "援外": 2.0, "培训班": 2.5}
    assert measured_terms("2021年工作要点中援外培训班的目标是多少期？", plan) == ("援外", "培训班")  # the plan named


def test_quoted_sentences_without_a_chosen_figure_give_no_side_of_a_computed_change() -> None:
    from assistant.ask.chain import STATED_LEAD, Answer, Route, answered_figure
    from assistant.grounding.verify import CheckStatus, FigureCheck

    checks = (FigureCheck("1265万美元", "figure", CheckStatus.VERIFIED, 1),)
    chosen = Answer("q", "通过外事渠道促成丝绸出口订单1265万美元[1]。", True, [], Route.EXTRACTIVE, "q", checks)
    question = intent_of("2021年丝绸出口订单多少万美元")
    assert answered_figure(chosen, question) == "1265万美元"
    listed = replace(chosen, text=f"{STATED_LEAD}\n1. 通过外事渠道促成丝绸出口订单1265万美元，同比增长29.1%（上年980万美元）[1]。")
    assert answered_figure(listed, question) == ""


def test_the_kind_a_question_asks_for_is_no_term_the_passage_must_hold() -> None:
    from assistant.ask.chain import ASKED_KIND

    # 18批的是哪个单位: the passage names the unit (滨港区), not the word 单位
    assert ASKED_KIND.findall("2021年接待境外来访团组18批的是哪个单位") == ["单位"]
    assert ASKED_KIND.findall("哪家机构承办了论坛") == ["机构"] and ASKED_KIND.findall("与哪些国家结好") == ["国家"]


def test_a_sentence_is_quoted_as_stating_the_figure_only_when_the_figure_counts_the_asked_thing() -> None:
    from assistant.ask.extractive import stating_sentences

    sentence = "全年外宾来访团组14个97人次（上年为9个），承担外事翻译88场次。"
    chunk = Chunk("c0", "d", 0, sentence, ("一、",), "通报", "/r.txt", 2022)
    passage = ContextPassage(1, Hit(chunk, 1.0), (sentence,))
    weights = {"外事": 0.5, "翻译": 2.0, "外事翻译": 2.5, "场次": 0.5}
    asked_2021 = intent_of("2021年承担外事翻译多少场次")  # 上年为9个 is last year's count of the groups
    assert stating_sentences(asked_2021, weights, [passage], ("外事翻译",)) == []
    asked_2022 = intent_of("2022年承担外事翻译多少场次")
    assert stating_sentences(asked_2022, weights, [passage], ("外事翻译",)) == [(1, sentence)]


def test_a_question_may_say_how_in_its_own_verb_but_not_what_it_counts() -> None:
    """坐邮轮进出蓬湾的旅客 of 邮轮出入境旅客: 进出, a verb rarer in the library than every term the passage holds,
    is how the user says it; a missing noun (军舰 for 舰艇) or two missing words are not."""
    from assistant.ask.evidence import weigh_evidence
    from assistant.grounding.context import measures_text, said_otherwise

    weights = {"邮轮": 1.66, "进出": 5.01, "蓬湾": 0.01, "旅客": 3.27}
    measured = tuple(weights)
    passage = "全年国际邮轮靠港48艘次，邮轮出入境旅客14.7万人次。"
    assert said_otherwise({"邮轮", "旅客", "蓬湾"}, measured, weights)
    assert measures_text(passage, measured, weights)
    assert weigh_evidence(weights, [passage], (), set()).enough(0.5)
    assert not said_otherwise({"邮轮", "蓬湾"}, measured, weights)  # two missing
    nouns = {"外国": 1.87, "军舰": 3.4, "来访": 1.0}
    assert not said_otherwise({"外国", "来访"}, tuple(nouns), nouns)  # 军舰: what is counted
    common = {"审批": 4.0, "出访": 1.0, "团组": 2.0}  # 出访 lighter than what is held: not the user's own word
    assert not said_otherwise({"审批", "团组"}, tuple(common), common)
    handled = {"处理": 2.5, "涉外案件": 3.0}  # an office's handling verb beside the one thing counted
    assert said_otherwise({"涉外案件"}, tuple(handled), handled)
    assert not said_otherwise({"处理"}, tuple(handled), handled)  # the thing counted missing
    other = {"派出": 2.5, "涉外案件": 3.0}
    assert not said_otherwise({"涉外案件"}, tuple(other), other)  # a verb that says what is counted

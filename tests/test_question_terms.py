"""What a question's terms are and what they ask for: compounds, fragments, ordinals, the thing counted,
the year of an event. Pure rules, no model (sentences in the style of the tuning set, other wording)."""

from __future__ import annotations

from pathlib import Path

from assistant.ask.chain import report_years
from assistant.ask.compare import comparison, difference
from assistant.ask.event_year import asks_year, event_year
from assistant.ask.extractive import clause_of
from assistant.grounding.context import (
    MEASURED_SHARE,
    collapsed,
    held_share,
    held_terms,
    matched_weight,
    measured_head,
    measured_share,
    measured_terms,
)
from assistant.grounding.intent import intent_of
from ingest.document import Chunk
from ingest.nlp.dates import AskedPeriod, Period, period_at
from ingest.nlp.names import cities_named, places_asked
from ingest.nlp.quantities import quantities
from ingest.nlp.synonyms import teams_written_out
from ingest.nlp.weights import everyday, grammar_edged, is_fragment, names_a_thing, says_how, term_weights
from ingest.pipeline import ingest_paths
from tests.conftest import hash_library
from vectorstore.hits import Hit


def test_a_compound_of_the_question_is_held_by_its_words_and_counts_once() -> None:
    weights = collapsed({"接待": 1.0, "来访": 1.0, "团组": 1.0, "接待来访团组": 3.0, "南屿": 0.5})
    assert weights["接待"] == weights["来访"] == weights["团组"] == 0.0 and weights["接待来访团组"] == 3.0
    sentence = "全年接待外国政要、友城代表团等来访团组40批。"
    assert "接待来访团组" in held_terms(sentence, weights)
    assert matched_weight(sentence, weights) == 3.0
    assert "接待来访团组" not in held_terms("全年来访团组40批。", weights)
    # a piece cut across two words (外人 of 引进海外人才) need not be held when the others cover the compound
    weights = collapsed({"引进": 1.0, "海外": 1.0, "外人": 1.0, "人才": 1.0, "引进海外人才": 6.0})
    assert "引进海外人才" in held_terms("全年引进海外高层次人才和外国专家75人。", weights)
    assert "引进海外人才" not in held_terms("全年引进外国专家75人。", weights)


def test_a_compound_left_without_one_of_its_words_is_held_in_part() -> None:
    # 接待外宾来访团组 of a passage saying 外宾来访团组132个: six of its eight characters
    weights = collapsed({"接待": 1.0, "外宾": 1.0, "来访": 1.0, "团组": 1.0, "接待外宾来访团组": 4.0})
    sentence = "本年度外宾来访团组132个、1168人次。"
    held = held_terms(sentence, weights)
    assert "接待外宾来访团组" not in held and held_share("接待外宾来访团组", held, weights) == 0.75
    assert matched_weight(sentence, weights) == 3.0
    assert measured_share(sentence, ("接待外宾来访团组",), weights) >= MEASURED_SHARE
    # one word of four is not the thing: 外派劳务人员 is not measured by 外派渔工人员
    weights = collapsed({"外派": 1.0, "劳务": 1.0, "人员": 1.0, "外派劳务人员": 3.0})
    assert measured_share("外派渔工人员1315人。", ("外派劳务人员",), weights) < MEASURED_SHARE


def test_a_piece_with_a_particle_or_preposition_at_its_edge_is_no_term() -> None:
    # 一共签了多少项协议, 团组控制在多少批以内: the library's learned words may hold such pieces
    for piece in ("签了", "团组控制在", "与外国", "和友城"):
        assert grammar_edged(piece)
    for word in ("以色列", "对外开放", "关于", "和平", "来访团组", "及时"):
        assert not grammar_edged(word)
    weights = term_weights(["签了", "协议", "团组控制在", "团组", "控制"], {"签了": 1, "团组控制在": 1, "协议": 9,
                                                                  "团组": 9, "控制": 9}, 100)
    assert set(weights) == {"协议", "团组", "控制"}


def test_a_fair_abbreviated_is_held_by_its_full_name() -> None:
    weights = {"茶": 1.0, "博会": 3.0}  # 茶博会, cut by the tokenizer
    assert held_terms("成功举办第四届中国·锦水国际茶业博览会。", weights) == {"茶", "博会"}


def test_a_piece_of_a_compound_held_by_a_synonym_is_held() -> None:
    weights = {"市外侨办": 2.0, "侨办": 0.0, "外侨": 0.0}
    assert held_terms("东屿市外事侨务办公室2020年工作总结", weights) == {"市外侨办", "侨办", "外侨"}


def test_fragments_of_a_mis_segmented_question_are_no_terms() -> None:
    words = {"全市", "总结", "外办"}.__contains__
    assert is_fragment("中说", words) and is_fragment("数是", words)
    assert is_fragment("给全市", words) and not is_fragment("全市", words)
    assert not is_fragment("西川", words) and not is_fragment("中山市", words)
    assert is_fragment("港帮", words) and not is_fragment("茶博", words)  # 临海港帮外国船员: 港 | 帮 (help)
    weights = term_weights(["2022年", "总结", "中说", "上年"], {"总结": 3, "上年": 5}, 100, words)
    assert set(weights) == {"2022年", "总结", "上年"}
    assert "一年" not in term_weights(["一年", "结为"], {}, 10)
    # 一家小微企业最多能贷多少: how much one may borrow, not what is counted
    assert set(term_weights(["一家", "小微企业"], {"小微企业": 3, "一家": 2}, 100)) == {"小微企业"}


def test_an_everyday_word_is_how_a_question_is_put_and_a_noun_what_it_counts() -> None:
    # 在外面打鱼的渔船, 到国外干活: verbs, adjectives and places of everyday speech the reports never use
    for said in ("打鱼", "干活", "国外"):
        assert everyday(said, 500)
    # what is counted (渔民 where the reports count 渔工), a name and a rare word keep their weight
    assert not everyday("渔民", 614) and not everyday("东湖", 1866) and not everyday("打鱼", 20)


def test_a_library_weighs_an_everyday_word_it_never_uses_at_nothing(tmp_path: Path) -> None:
    library = hash_library(tmp_path)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "2019_南屿市外办工作总结.txt").write_text(
        "南屿市人民政府外事办公室2019年工作总结\n\n一、远洋渔业\n截至年底，全市境外作业渔船74艘，外派渔工1315名。\n",
        encoding="utf-8")
    ingest_paths([folder], library)
    weights = library.term_weights("2019年底南屿在外面打鱼的渔船有多少条")
    assert weights["打鱼"] == 0.0 and weights["渔船"] > 0
    assert library.term_weights("2019年南屿有几家外资银行").get("外资银行", 0) > weights["渔船"]


def test_an_ordinal_is_not_a_count() -> None:
    found = quantities("成功举办第十一届南屿国际风筝节，来自12个国家的嘉宾参加，历届共5届在新区举办。")
    assert [(q.kind, q.text, q.value, q.unit) for q in found] == [
        ("ordinal", "第十一届", 11.0, "届"), ("figure", "12个", 12.0, "个"), ("figure", "5届", 5.0, "届")]
    asked = intent_of("2019年举办的是第几届南屿国际风筝节？")
    assert asked.kind == "figure" and asked.ordinal and asked.units == ("届",)
    assert not intent_of("南屿国际风筝节共举办了几届？").ordinal


def test_which_ones_is_a_list_and_people_are_counted_in_either_unit() -> None:
    listing = intent_of("2021年南屿市新结好的友城有哪几个？")
    assert listing.listing and listing.kind == "other"
    assert intent_of("南屿市2020年新增了哪些国际友好城市？").listing
    people = intent_of("2019年南屿市接待来访团组的人数是多少？")
    assert people.kind == "figure" and people.people and set(people.units) == {"人次", "人"}
    assert intent_of("2021年接待侨胞人次比2020年多多少？").units == ("人次",)


def test_the_thing_counted_is_what_stands_before_the_question_word() -> None:
    weights = {"西滨": 2.0, "外办": 1.0, "2022年": 1.0, "接待": 1.0, "海外侨胞": 2.0}
    assert measured_terms("西滨市外办2022年接待海外侨胞多少人次？", weights) == ("接待", "海外侨胞")
    assert measured_terms("2022年举办的是第几届风筝节？", {"举办": 1.0, "风筝节": 1.0}) == ()


def test_a_short_bracket_and_a_list_of_nouns_stay_inside_the_clause() -> None:
    s = "审核报批因公出国（境）团组30批120人次，办理APEC卡40张。"
    assert clause_of(s, s.index("30批"), s.index("30批") + 3) == "审核报批因公出国（境）团组30批120人次"
    t = "全年接待外国政要、友城代表团等来访团组40批。"
    assert clause_of(t, t.index("40批"), t.index("40批") + 3) == "全年接待外国政要、友城代表团等来访团组40批"
    u = "新建友城3个、友好交流城市5个。"
    assert clause_of(u, u.index("5个"), u.index("5个") + 2) == "友好交流城市5个"


def test_a_city_is_not_read_out_of_a_word_before_quanshi() -> None:
    assert cities_named("谁给全市翻译人才做了专题讲座？") == set()
    assert cities_named("南屿市外办2020年") == {"南屿市"}


def _hit(i: int, text: str, year: int, heading: str) -> Hit:
    return Hit(Chunk(f"c{i}", f"d{year}", i, text, (f"一、{year}年工作情况", heading), f"南屿市外办{year}年工作总结",
                     f"{year}.txt", year), 1.0)


def test_the_year_of_an_event_is_where_it_is_told_as_done() -> None:
    hits = [
        _hit(0, "深化与挪威特罗姆瑟市的务实合作。", 2021, "（一）友城工作"),
        _hit(1, "全年新增国际友好城市2个，分别是挪威特罗姆瑟市、智利伊基克市。", 2019, "（一）友城工作"),
        _hit(2, "办好第八届南屿国际风筝节。", 2020, "三、2021年工作计划"),
        _hit(3, "成功举办第八届南屿国际风筝节，来自9个国家的嘉宾参加。", 2021, "（四）重大活动"),
        _hit(4, "自2016年与波兰格但斯克市缔结友好城市关系以来，双方交往密切。", 2022, "（一）友城工作"),
        _hit(5, "受疫情影响，原定于年内举办的第九届南屿国际风筝节未能如期举办。", 2022, "（四）重大活动"),
        _hit(6, "成功举办第九届南屿国际风筝节。", 2023, "（四）重大活动"),
    ]
    city = "南屿市与挪威特罗姆瑟市是哪一年结为友好城市的？"
    assert asks_year(city, intent_of(city))
    weights = {"南屿": 0.5, "挪威": 2.0, "特罗姆瑟市": 3.0, "友好城市": 1.0}
    assert event_year(city, weights, hits).year == 2019
    festival = "第八届南屿国际风筝节是哪一年举办的？"
    assert event_year(festival, {"第八届": 3.0, "风筝节": 2.0, "举办": 1.0}, hits).year == 2021
    ninth = "第九届南屿国际风筝节是哪一年举办的？"  # not the year it was to be held and was not
    assert event_year(ninth, {"第九届": 3.0, "风筝节": 2.0, "举办": 1.0}, hits).year == 2023
    resumed = [*hits[:5], _hit(9, "停办两年后，11月以线上线下结合方式举办第九届南屿国际风筝节，境外嘉宾18人参加。", 2024,
                                "（四）重大活动")]  # the stop came before: the sentence tells the event held
    assert event_year(ninth, {"第九届": 3.0, "风筝节": 2.0, "举办": 1.0}, resumed).year == 2024
    recalled = "南屿市与格但斯克市是哪年结好的？"
    assert asks_year(recalled, intent_of(recalled))
    assert event_year(recalled, {"格但斯克市": 3.0, "友好城市": 1.0}, hits).year == 2016
    talks = [_hit(8, "与智利伊基克市就缔结友好城市关系达成一致意见。", 2018, "（一）友城工作"), *hits]
    assert event_year("南屿和智利伊基克市是哪年结为友好城市的", {"伊基克市": 3.0, "友好城市": 1.0}, talks).year == 2019
    assert event_year("南屿和智利伊基克市是哪年结为友好城市的", {"伊基克市": 3.0, "友好城市": 1.0}, talks[:1]).year == 2018
    letters = [_hit(10, "我办还与智利伊基克市互致信函，双方均表达了缔结友好城市关系的意愿。", 2017, "（一）友城工作"), *hits]
    assert event_year("南屿和智利伊基克市是哪年结为友好城市的", {"伊基克市": 3.0, "友好城市": 1.0}, letters).year == 2019
    hoped = [_hit(11, "智利伊基克市代表团来访，双方都希望尽快结为友好城市。", 2018, "（一）友城工作"), *hits]
    assert event_year("南屿和智利伊基克市是哪年结为友好城市的", {"伊基克市": 3.0, "友好城市": 1.0}, hoped).year == 2019
    started = [_hit(7, "成功举办第四届南屿国际风筝节。风筝节自2012年创办以来，已成为对外交流的重要平台。", 2015,
                    "（四）重大活动")]
    first = "南屿国际风筝节第一届是哪年办的？"
    assert event_year(first, {"第一届": 7.0, "风筝节": 2.0, "南屿": 1.0}, started).year == 2012
    train = [_hit(12, "9月，南屿首列中欧班列从铁路物流中心发车，开往阿拉木图。", 2013, "（二）服务开放")]
    assert event_year("南屿第一趟中欧班列是哪年发车的", {"第一趟": 7.0, "中欧": 2.0, "班列": 2.0}, train).year == 2013
    assert event_year("第二届南屿国际风筝节是哪年办的？", {"第二届": 7.0, "风筝节": 2.0}, started) is None
    # the office every title names is not the event: the year is of the sentence that tells the founding
    founded = [_hit(9, "2016年组建外事翻译人才库。", 2016, "（二）队伍建设"),
               _hit(10, "2019年3月，南屿市外办正式组建。", 2019, "（一）机构改革")]
    office = {"南屿": 0.5, "外办": 2.0, "组建": 2.0}
    assert event_year("南屿市外办是哪一年组建的？", office, founded).year == 2019


def test_a_listed_thing_must_be_of_the_kind_asked() -> None:
    from assistant.ask.tally import topic_of

    topic = topic_of({"新结好": 4.0, "结好": 1.0, "城市": 3.0})
    assert topic.kind == "place"
    assert topic.match("在托克马克市新建“尼山书屋”") == 0.0
    assert topic.match("2023年11月与诺林市新建友城") == 1.0
    friends = topic_of({"友好城市": 2.0, "友好": 1.0, "城市": 1.0})
    assert [g[0] for g, _ in friends.groups] == ["友好城市"] and friends.match("与诺林市新建友城") == 1.0


def test_a_count_asked_by_its_noun_is_answered_in_the_passages_unit() -> None:
    from assistant.ask.extractive import asked

    intent = intent_of("2021年工作总结里接待来访团组数是多少？")
    assert intent.kind == "figure" and intent.any_unit and not intent.units
    batch, people = quantities("来访团组40批300人次")
    assert asked(batch, intent) and not asked(people, intent)


def test_what_is_counted_may_follow_the_question_word() -> None:
    weights = {"海澄": 1.9, "外宾": 3.8, "2016年": 1.7}
    assert measured_terms("2016年海澄一共来了多少个外宾团？", weights) == ("海澄", "外宾")


def test_a_passage_measures_the_asked_thing_by_the_weight_of_the_terms_it_holds() -> None:
    # the place a question starts with need not be in the passage; the thing counted must
    weights = {"江西": 3.4, "失业": 2.9, "状态": 4.6, "领取": 4.3, "保险金": 4.2, "参保": 3.2, "人员": 1.3}
    measured = tuple(weights)
    passage = "对处于失业状态且未达到领取失业保险金条件的参保人员，按照每人每月1000元的标准发放失业补助金。"
    assert measured_share(passage, measured, weights) >= MEASURED_SHARE
    apec = {"办理": 2.0, "apec卡": 7.0}
    assert measured_share("全年办理护照1200本。", ("办理", "apec卡"), apec) < MEASURED_SHARE


def test_the_reports_that_can_state_a_years_figure() -> None:
    assert report_years(intent_of("2019年接待来访团组多少个？").period) == (2019, 2020)  # 上年为… in 2020's
    assert report_years(intent_of("2023年的目标是接待多少个团组？").period) == (2022, 2024)  # set in 2022's
    assert report_years(intent_of("2020年的报告里说2019年接待了多少个团组？").period) == (2020, 2020)
    assert report_years(intent_of("一共接待了多少个团组？").period) is None


def test_this_year_under_a_plan_heading_is_the_headings_year() -> None:
    sentence = "（一）拓展对外交往。力争全年接待外国来访团组50个以上"
    assert period_at(sentence, sentence.find("50"), 2016, ("三、2017年工作打算", "（一）拓展对外交往")) == Period(2017, True)
    done = "全年共接待外国来访团组48个"
    assert period_at(done, done.find("48"), 2016, ("一、主要工作及成效",)) == Period(2016, False)


def test_a_figure_in_a_scaled_unit_is_asked_in_its_stored_unit() -> None:
    assert intent_of("2017年外贸总额多少亿元？").units == ("元",)
    assert intent_of("外资到位多少亿美元？").units == ("美元",)
    assert [(q.unit, q.value) for q in quantities("全市外资到位5.4亿美元")] == [("美元", 5.4e8)]


def test_a_comparison_of_each_year_and_its_difference_in_the_written_scale() -> None:
    question = "海澄市外办2019年和2023年接待外国来访团组各是多少个？"
    assert [s.year for s in comparison(question, intent_of(question))] == [2019, 2023]
    assert difference("4.5亿美元", "3.6亿美元") == (0.9, "亿美元")
    assert difference("41张", "20张") == (21.0, "张")


def test_words_that_say_how_a_question_is_put_are_no_terms() -> None:
    assert says_how("期间") and says_how("已经") and not says_how("接待") and not says_how("外办")
    assert not names_a_thing("建在") and not names_a_thing("最多贷") and names_a_thing("在编")
    assert names_a_thing("藏书") and names_a_thing("APEC") and names_a_thing("一把手")
    assert not names_a_thing("来讲") and not names_a_thing("办到")  # come to speak, held up to: how it is asked
    assert says_how("出去") and says_how("回来") and not says_how("出访")  # 带队出去了几批: a direction, no thing
    assert cities_named("市委巡察组什么时候对市外办党组进行了常规巡察？") == set()


def test_the_clause_holding_what_is_counted_is_preferred() -> None:
    weights = {"调研": 2.7, "发现": 3.5, "问题": 0.3, "解决": 2.4}
    assert measured_head("调研发现的问题已经解决了多少个？", weights) == "解决"


def test_a_district_is_named_before_its_offices_name() -> None:
    assert cities_named("西岭区侨办2023年有多少家侨资企业？") == {"西岭区"}
    assert cities_named("青州区人民政府外事侨务办公室2019年工作总结") == {"青州区"}
    assert cities_named("新建友好交流区2个，开发区管委会") == set()


def test_the_librarys_own_bodies_are_asked_about_without_an_office_word() -> None:
    bodies = frozenset({"青州区", "东屿市", "临江市"})
    assert places_asked("2020年青州区走访慰问了多少户？", bodies) == {"青州区"}
    assert places_asked("东屿去年接待了多少外宾团？", bodies) == {"东屿市"}
    assert places_asked("南川区侨办2021年有多少侨企？", bodies) == {"南川区"}
    # a district the library has no document of is not guessed from 区 alone
    assert places_asked("开发区和自治区的外事工作", bodies) == set()
    # a province whose office's news the library holds: by name, and as 全省 when it is the only one
    with_province = bodies | {"江陵省"}
    assert places_asked("2023年江陵接待了多少外宾团？", with_province) == {"江陵省"}
    assert places_asked("2023年全省接待了多少外宾团？", with_province) == {"江陵省"}
    assert places_asked("2023年全省接待了多少外宾团？", with_province | {"南溟省"}) == set()


def test_a_place_with_a_coming_is_no_term_and_the_first_is_an_ordinal() -> None:
    words = {"锦水", "港澳台"}.__contains__
    assert is_fragment("来锦水", words) and is_fragment("锦水去", words)
    found = quantities("首次举办国际友好学校校长论坛，第二届在2016年，首届茶博会，首都，首先。")
    assert [(q.text, q.key) for q in found if q.kind == "ordinal"] == [
        ("首次", ("第次", "1")), ("第二届", ("第届", "2")), ("首届", ("第届", "1"))]
    assert [q.text for q in quantities("友好学校达到15对，实行一对一帮扶")] == ["15对"]
    assert [q.text for q in quantities("结成国际友好学校九对。十六字方针")] == ["九对"]  # a count ends its clause


def test_the_year_after_the_one_a_plan_question_names() -> None:
    from ingest.nlp.dates import asked_period

    assert asked_period("2018年锦水外办打算第二年把结对学校总数做到多少对？") == AskedPeriod((2019,), 2018, True)
    assert asked_period("2018年打算接待多少批外宾？") == AskedPeriod((2018,), None, True)


def test_a_delegation_said_short_is_the_group_the_reports_count() -> None:
    assert teams_written_out("临海16年批了几个出访团") == "临海16年批了几个出访团组"
    assert teams_written_out("外宾团组多少批") == "外宾团组多少批"
    assert teams_written_out("来访团长是谁，代表团几个") == "来访团长是谁，代表团几个"


def test_a_month_named_with_fen_is_a_date_not_a_span_of_months() -> None:
    from ingest.nlp.quantities import same_date

    assert [(q.kind, q.norm) for q in quantities("确保3月份全面复工开工")] == [("date", "03")]
    assert [(q.kind, q.norm) for q in quantities("2020年2月份纳税申报")] == [("date", "2020-02")]
    assert [(q.kind, q.value) for q in quantities("停办3个月")] == [("figure", 3.0)]
    assert same_date("03", "2020-03") and not same_date("03", "2020-04")

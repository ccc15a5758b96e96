"""Comparisons, other offices' passages, quoted clauses of another year: pure rules, no model."""

from __future__ import annotations

from assistant.ask.compare import Side, change_text, comparison, computed, difference, sub_question
from assistant.ask.extractive import clause_of
from assistant.grounding.entity import about_another_city, on_topic
from assistant.grounding.intent import intent_of
from ingest.document import Chunk
from ingest.nlp.names import cities_named, find_names, regions_named
from ingest.nlp.synonyms import alternatives
from ingest.outline import parse_outline
from vectorstore.hits import Hit


def test_a_comparison_is_split_into_one_question_per_year() -> None:
    question = "2022年南岭市签发护照比2020年增加了多少本？"
    sides = comparison(question, intent_of(question))
    assert [s.year for s in sides] == [2020, 2022]
    assert [s.question for s in sides] == ["2020年南岭市签发护照多少本？", "2022年南岭市签发护照多少本？"]
    both = "南岭市2018年和2021年分别举办了几场推介会？"
    assert [s.question for s in comparison(both, intent_of(both))] == ["2018年南岭市举办了几场推介会？",
                                                                        "2021年南岭市举办了几场推介会？"]
    each = "南岭市外办2019年和2021年办理因公护照各多少本？"
    assert [s.question for s in comparison(each, intent_of(each))] == ["2019年南岭市外办办理因公护照多少本？",
                                                                        "2021年南岭市外办办理因公护照多少本？"]
    assert sub_question("2019年与2020年相比，签证办理了多少件？", 2019, (2019, 2020)) == "2019年签证办理了多少件？"
    which = "2019年和2021年南岭市外办接待外国记者，哪一年批次更多、多多少？"
    assert [s.question for s in comparison(which, intent_of(which))] == ["2019年南岭市外办接待外国记者，批次多少？",
                                                                          "2021年南岭市外办接待外国记者，批次多少？"]
    level = "2023年南岭市论坛的境外嘉宾还没恢复到2019年的水平，差多少人"  # the other year's level: a comparison
    assert [s.question for s in comparison(level, intent_of(level))] == ["2019年南岭市论坛的境外嘉宾多少人？",
                                                                          "2023年南岭市论坛的境外嘉宾多少人？"]
    assert not comparison("2022年签发护照多少本？", intent_of("2022年签发护照多少本？"))
    assert not comparison("2021年的报告中2020年签发护照多少本？", intent_of("2021年的报告中2020年签发护照多少本？"))


def test_the_difference_is_computed_only_for_one_figure_in_one_unit_each() -> None:
    assert difference("41张", "20张") == (21.0, "张")
    assert difference("3个", "5个") == (-2.0, "个")
    assert difference("41张", "20本") is None
    assert difference("6045份", "3486件") == (2559.0, "份")  # papers counted in two house styles
    share = "出访团组里经贸类的占比，2017年和2023年各是多少？提高了几个百分点"
    assert [s.question for s in comparison(share, intent_of(share))] == [
        "2017年出访团组里经贸类的占比，是多少？", "2023年出访团组里经贸类的占比，是多少？"]
    assert change_text(Side(2023, ""), Side(2017, ""), 8.9, "%") == "2023年比2017年增加8.9个百分点（按以上两数计算）。"
    assert difference("72个", "64批") == (8.0, "个") and difference("58件", "49起") == (9.0, "件")  # one thing
    assert difference("72个", "64人") is None
    assert difference("41张、30本", "20张") is None
    assert change_text(Side(2022, ""), Side(2020, ""), 21.0, "张") == "2022年比2020年增加21张（按以上两数计算）。"
    assert change_text(Side(2022, ""), Side(2020, ""), -2.0, "个") == "2022年比2020年减少2个（按以上两数计算）。"
    assert change_text(Side(2023, "", "枫林市"), Side(2023, "", "白河市"), -3.0, "批") == "枫林市比白河市少3批（按以上两数计算）。"


def test_a_multiple_a_share_or_a_growth_rate_of_two_years_is_computed() -> None:
    times = "2017年坐邮轮的旅客是2013年的多少倍"
    sides = comparison(times, intent_of(times))
    assert [s.question for s in sides] == ["2013年坐邮轮的旅客多少", "2017年坐邮轮的旅客多少"]
    assert computed(times, sides, ["6.2万人次", "17.3万人次"]) == "2017年是2013年的2.8倍（按以上两数计算）。"
    assert computed(times, sides, ["46列", "703列"]) == "2017年是2013年的15.3倍（按以上两数计算）。"
    share = "2020年接待的来访团组只有2019年的百分之几？"
    sides = comparison(share, intent_of(share))
    assert [s.question for s in sides] == ["2019年接待的来访团组多少？", "2020年接待的来访团组多少？"]
    assert computed(share, sides, ["219批", "23个"]) == "2020年是2019年的10.5%（按以上两数计算）。"
    backwards = "2013年的旅客只有2017年的百分之几"  # the base is the year named before the ask
    assert computed(backwards, comparison(backwards, intent_of(backwards)), ["6.2万人次", "17.3万人次"]) == (
        "2013年是2017年的35.8%（按以上两数计算）。")
    growth = "2019年接待外宾团组比2018年增长了百分之多少？"
    sides = comparison(growth, intent_of(growth))
    assert [s.question for s in sides] == ["2018年接待外宾团组多少？", "2019年接待外宾团组多少？"]
    assert computed(growth, sides, ["80批", "92批"]) == "2019年比2018年增长15.0%（按以上两数计算）。"
    assert computed(growth, sides, ["80批", "92人"]) is None  # not one thing
    # a part's share of a whole: the part and the whole asked in one year, the part / the whole computed
    part = "2020年底青溪区驻留的外籍人员占全市的百分之几"
    sides = comparison(part, intent_of(part), {"青溪区"})
    assert [(s.label, s.question) for s in sides] == [("青溪区", "2020年底青溪区驻留的外籍人员多少？"),
                                                     ("全市", "2020年底全市驻留的外籍人员多少？")]
    assert computed(part, sides, ["312人", "1526人"]) == "青溪区占全市的20.4%（按以上两数计算）。"
    own = "2023年接待的外宾团组占全省的比重是多少"  # no part named: the library's own body
    assert [(s.label, s.question) for s in comparison(own, intent_of(own), {"松阳市"})] == [
        ("松阳市", "2023年接待的外宾团组多少？"), ("全省", "2023年全省接待的外宾团组多少？")]
    change = "2022年签发护照比2020年增加了多少本？"
    assert computed(change, comparison(change, intent_of(change)), ["20本", "41本"]) == (
        "2022年比2020年增加21本（按以上两数计算）。")
    # 翻了几番: the later over the earlier, in doublings
    doubled = "跨境电商交易额从2015年到2019年翻了几番"
    sides = comparison(doubled, intent_of(doubled))
    assert [s.question for s in sides] == ["2015年跨境电商交易额多少", "2019年跨境电商交易额多少"]
    assert computed(doubled, sides, ["12.5亿元", "50亿元"]) == "2019年是2015年的4倍，翻了两番（按以上两数计算）。"
    assert computed(doubled, sides, ["12.5亿元", "30亿元"]) == "2019年是2015年的2.4倍，约翻了1.3番（按以上两数计算）。"
    # 比前一年: the year before the one asked
    fewer = "2020年来访的境外专家比前一年少了多少"
    assert [s.question for s in comparison(fewer, intent_of(fewer))] == [
        "2019年来访的境外专家多少", "2020年来访的境外专家多少"]
    # one measure counted in persons one year and in person-times the next
    assert computed("2016年和2018年的专家各有多少，多了多少", [Side(2016, "", "2016年"), Side(2018, "", "2018年")],
                    ["177人次", "214人"]) == "2018年比2016年增加37人（按以上两数计算）。"


def test_parts_of_a_year_and_two_offices_are_compared_side_by_side() -> None:
    half = "2014年上半年和2014年全年，西陵市外办分别接待了多少批外国来访团组？"
    assert [(s.label, s.question) for s in comparison(half, intent_of(half))] == [
        ("2014年上半年", "2014年上半年，西陵市外办接待了多少批外国来访团组？"),
        ("2014年全年", "2014年全年，西陵市外办接待了多少批外国来访团组？")]
    short = "2019年上半年和全年白河接待外宾团组各多少批？"
    assert [s.question for s in comparison(short, intent_of(short))] == ["2019年上半年白河接待外宾团组多少批？",
                                                                          "2019年全年白河接待外宾团组多少批？"]
    gap = "2016年上半年靠港的邮轮有多少，跟全年差多少艘次"  # the other part joined in the next clause
    assert [s.question for s in comparison(gap, intent_of(gap))] == ["2016年上半年靠港的邮轮有多少",
                                                                      "2016年全年靠港的邮轮有多少"]
    places = {"白河市", "枫林市"}
    both = "2023年白河和枫林分别接待了多少批外宾？差多少？"
    assert [(s.label, s.question) for s in comparison(both, intent_of(both), places)] == [
        ("白河市", "2023年白河接待了多少批外宾？"), ("枫林市", "2023年枫林接待了多少批外宾？")]
    which = "2023年白河市外办和枫林市外办接待的外宾团组，哪个城市更多？多多少？"
    assert [s.question for s in comparison(which, intent_of(which), places)] == [
        "2023年白河市外办接待的外宾团组，多少？", "2023年枫林市外办接待的外宾团组，多少？"]
    # a foreign city is a partner, not an office compared; one place alone is no comparison
    # 比 joins two offices across the whole thing compared
    less = "东川市2017年接待的外宾来访团组比南岭少多少"
    assert [(s.label, s.question) for s in comparison(less, intent_of(less), {"东川市", "南岭市"})] == [
        ("东川市", "东川市2017年接待的外宾来访团组多少"), ("南岭市", "南岭2017年接待的外宾来访团组多少")]
    partner = "2023年白河市与韩国昌原市分别开展了多少次交流？"
    assert not comparison(partner, intent_of(partner), {"白河市", "昌原市"})
    assert not comparison("2023年白河分别接待了多少批外宾和出访团？", intent_of("2023年白河分别接待了多少批外宾和出访团？"),
                          places)


def test_years_listed_under_one_nian_and_a_growth_asked_in_its_own_clause_leave_each_years_question_whole() -> None:
    listed = "2014、2016、2018年南岭境外作业渔船分别多少艘"
    assert [s.question for s in comparison(listed, intent_of(listed))] == [
        "2014年南岭境外作业渔船多少艘", "2016年南岭境外作业渔船多少艘", "2018年南岭境外作业渔船多少艘"]
    growth = "2025年南岭外派渔工比2024年增加了多少人，增幅多少"
    sides = comparison(growth, intent_of(growth))
    assert [s.question for s in sides] == ["2024年南岭外派渔工多少人", "2025年南岭外派渔工多少人"]
    assert computed(growth, sides, ["1713人", "1790人"]) == (
        "2025年比2024年增加77人（按以上两数计算）。\n2025年比2024年增长4.5%（按以上两数计算）。")
    rate = "2021年和2022年南岭合同外资各是多少，增长了百分之几"  # the rate alone asked
    assert computed(rate, comparison(rate, intent_of(rate)), ["6480万美元", "7150万美元"]) == (
        "2022年比2021年增长10.3%（按以上两数计算）。")


def test_parts_joined_are_cited_in_one_sequence() -> None:
    from assistant.ask.chain import renumbered
    from assistant.grounding.citations import Citation

    def cited(n: int) -> Citation:
        return Citation(n, "报告", 2022, "一、", "原文", "r.txt", f"c{n}", 1.0)

    first = renumbered("全年外宾来访团组14个97人次[2]。", [cited(2)], 0)
    second = renumbered("全年接待外宾来访团组51个402人次[1]。", [cited(1)], 1)
    assert first[0].endswith("[1]。") and [c.n for c in first[1]] == [1]
    assert second[0].endswith("[2]。") and [c.n for c in second[1]] == [2]


def test_a_part_of_a_whole_named_first_is_asked_as_the_part_and_the_whole() -> None:
    share = "2024年南岭新设的外商投资企业中，经外事渠道引进的占百分之几"
    sides = comparison(share, intent_of(share), {"南岭市"})
    assert [(s.label, s.question) for s in sides] == [
        ("经外事渠道引进", "2024年南岭新设的外商投资企业中经外事渠道引进的多少？"),
        ("南岭新设的外商投资企业", "2024年南岭新设的外商投资企业多少？")]
    assert computed(share, sides, ["9家", "22家"]) == "经外事渠道引进占南岭新设的外商投资企业的40.9%（按以上两数计算）。"
    spoken = "2019年南岭的外国留学生里，沿线国家的占多大比例"
    assert [s.label for s in comparison(spoken, intent_of(spoken), {"南岭市"})] == ["沿线国家", "南岭的外国留学生"]
    base = "2023年上半年南岭班列比去年同期少开了多少列"  # the year before, asked of the same part, and the change
    assert [s.question for s in comparison(base, intent_of(base))] == ["2022年上半年南岭班列多少列",
                                                                      "2023年上半年南岭班列多少列"]
    assert not comparison("2022年南岭实际利用外资比上年增长了百分之几", intent_of("2022年南岭实际利用外资比上年增长了百分之几"))
    span = "南岭的国际友好学校从2012年到2025年增加了多少对"
    assert [s.question for s in comparison(span, intent_of(span))] == ["2012年南岭的国际友好学校多少对",
                                                                      "2025年南岭的国际友好学校多少对"]


def test_whether_a_target_was_met_asks_the_plan_and_the_result_and_computes_the_gap() -> None:
    met = "2021年工作要点定的外宾来访团组目标完成了没有？差多少"
    assert [(s.label, s.question) for s in comparison(met, intent_of(met))] == [
        ("目标", "2021年工作要点定的外宾来访团组的目标是多少？"), ("实际", "2021年外宾来访团组多少？")]
    short = "2021年工作要点中援外培训班的目标完成了没有，差几期"  # the gap's unit asks each side in it
    assert [s.question for s in comparison(short, intent_of(short))] == [
        "2021年工作要点中援外培训班的目标是多少期？", "2021年援外培训班多少期？"]
    reversed_ = "2025年南岭引进海外人才实际完成了多少人？年初的目标是多少？"  # the result asked first
    assert [(s.label, s.question) for s in comparison(reversed_, intent_of(reversed_))] == [
        ("目标", "2025年南岭引进海外人才的目标是多少人？"), ("实际", "2025年南岭引进海外人才多少人？")]
    over = "2022年白河合同外资的目标是多少，实际超了多少"
    sides = comparison(over, intent_of(over), {"白河市"})
    assert [s.question for s in sides] == ["2022年白河合同外资的目标是多少？", "2022年白河合同外资多少？"]
    assert computed(met, comparison(met, intent_of(met)), ["70个", "68个"]) == "实际比目标少2个，未完成（按以上两数计算）。"
    assert computed(over, sides, ["1亿美元", "10240万美元"]) == "实际超过目标240万美元（按以上两数计算）。"
    # the plan a report set for a later year, then the result of that year
    later = "2013年总结提出2014年合同外资要达到多少，实际是多少"
    sides = comparison(later, intent_of(later))
    assert [(s.label, s.question) for s in sides] == [
        ("目标", "2013年总结提出2014年合同外资要达到多少？"), ("实际", "2014年合同外资多少？")]
    assert computed(later, sides, ["7000万美元", "7420万美元"]) == "实际超过目标420万美元（按以上两数计算）。"
    half = "2019年上半年总结提出全年外宾来访团组要达到多少批次？最后实现了吗"
    assert [s.question for s in comparison(half, intent_of(half))] == [
        "2019年上半年总结提出全年外宾来访团组要达到多少批次？", "2019年全年外宾来访团组多少批次？"]
    # what was to be done said with its own verb (要开多少列), and a plan a report set for a later year judged
    opened = "2023年上半年总结里全年班列要开多少列，最后开了多少"
    assert [s.question for s in comparison(opened, intent_of(opened))] == [
        "2023年上半年总结里全年班列要开多少列？", "2023年全年班列开多少列？"]
    judged = "2024年报告提出的2025年留学生目标完成了没有，差多少"
    assert [(s.year, s.label) for s in comparison(judged, intent_of(judged))] == [(2025, "目标"), (2025, "实际")]
    # a target asked alone is no comparison
    alone = "2022年白河合同外资的目标是多少？"
    assert not comparison(alone, intent_of(alone), {"白河市"})


def test_another_years_value_is_quoted_with_the_clause_it_belongs_to() -> None:
    s = "签发护照120本、签证30件，去年为98本。"
    assert clause_of(s, s.index("98本"), s.index("98本") + 3) == "签发护照120本、签证30件，去年为98本"
    s = "签发护照120本，比上年的98本增加22本。"
    assert clause_of(s, s.index("98本"), s.index("98本") + 3) == "签发护照120本，比上年的98本增加22本"
    assert clause_of(s, 4, 8) == "签发护照120本"
    s = "全市常住外籍人员1986人，较2021年（2104人）减少118人。"  # the base in brackets, after its year
    assert clause_of(s, s.index("2104人"), s.index("2104人") + 5) == "全市常住外籍人员1986人，较2021年（2104人）"
    # a qualifier in brackets is not the clause another year's value is compared with
    s = "全年接待外宾来访团组72批次583人次（含外国政府代表团15批次），同比增长9.1%（上年66批次），外事翻译203场。"
    assert clause_of(s, s.index("66批次"), s.index("66批次") + 4) == (
        "全年接待外宾来访团组72批次583人次（含外国政府代表团15批次），同比增长9.1%（上年66批次）")


def test_things_counted_one_by_one_are_asked_and_answered_in_each_others_counters() -> None:
    asked = intent_of("2016年云禾市外办审批了多少个因公出国（境）团组？")
    assert asked.units == ("个",) and asked.in_asked_unit("批") and asked.in_asked_unit("个")
    assert not asked.in_asked_unit("人次") and not asked.in_asked_unit("万元")
    assert intent_of("领保案件有多少起？").in_asked_unit("件")
    assert intent_of("中欧班列跑了多少趟？").in_asked_unit("列") and not intent_of("开了多少列？").in_asked_unit("批")
    assert not intent_of("接待外宾多少人次？").in_asked_unit("批")
    assert not intent_of("为多少家企业办理了APEC卡？").in_asked_unit("批")  # companies are no batches
    assert intent_of("接待了多少批外宾团组？").in_asked_unit("个")
    assert intent_of("2024年笔译量是多少万字？").units == ("字",)
    experts = intent_of("2021年锦水引进了多少个外国专家？")  # people counted with 个
    assert experts.in_asked_unit("人") and not experts.in_asked_unit("批")
    assert intent_of("2019年接待了多少个外宾团组？").units == ("个",)


def _hit(title: str, text: str) -> Hit:
    return Hit(Chunk("c1", "d1", 0, text, (), title, "a.txt", 2021), 1.0)


def test_a_passage_of_another_citys_office_is_no_evidence() -> None:
    assert cities_named("南岭市外办2021年签发护照多少本？") == {"南岭市"}
    assert cities_named("全市友好城市总数、本市、城市") == set()
    assert cities_named("关于新型肺炎疫情防治期间市区政务服务中心暂停对外办公的通告") == set()
    assert cities_named("江南省市场监管局呼吁消费者通过什么渠道举报") == set()  # no city 南省市
    asked = {"南岭市"}
    assert about_another_city(_hit("东川市外办2021年工作亮点", "签发护照66本"), asked)
    assert not about_another_city(_hit("南岭市外事办公室2021年度报告", "签发护照20本"), asked)
    assert not about_another_city(_hit("东川市外办新闻", "南岭市代表团来访"), asked)  # it is about 南岭市 too
    assert not about_another_city(_hit("工作报告", "签发护照20本"), asked)  # a title naming no city
    assert not about_another_city(_hit("东川市外办2021年工作亮点", "签发护照66本"), set())
    # a province's foreign-affairs office is another body too, unless its text names the city
    assert about_another_city(_hit("南溟省委外办：2023年全省外事工作全面恢复", "全省办理领事认证12680件"), asked)
    assert not about_another_city(_hit("南溟省委外办：2023年全省外事工作", "南岭市办理领事认证80件"), asked)
    assert not about_another_city(_hit("四川省人民政府关于做好复工的通知", "各市州按此执行"), asked)  # a policy
    # the city's own district is another office: the city named as its address is not the city's own news
    district = _hit("金沙区外事工作助力陶瓷小镇走向世界", "2019年，南岭市金沙区外事办公室全年接待外国来访团组23批。")
    assert about_another_city(district, asked)
    assert not about_another_city(district, {"金沙区"})
    assert about_another_city(_hit("南岭市金沙区外事工作有序推进", "全年迎来外宾来访团组3批。"), asked)  # its title
    assert not about_another_city(_hit("金沙区外事工作", "金沙区与南岭市外办联合举办推介会"), asked)
    # a town after its city is a body of its own: its figures are not the city's
    assert cities_named("南岭市石桥镇涉外工作稳步推进") == {"南岭市", "石桥镇"}
    assert cities_named("全市各乡镇街道") == set()
    town = _hit("南岭市石桥镇涉外工作稳步推进", "2021年，南岭市石桥镇全镇境外作业渔船23艘，合同外资1260万美元。")
    assert about_another_city(town, asked)
    assert not about_another_city(town, {"石桥镇"})


def test_a_passage_of_a_document_about_another_province_is_no_evidence() -> None:
    notice = _hit("195个涉税缴费事项可网上办", "纳税人可登录网页了解网上办税清单。")
    asked = regions_named("四川省政府如何加强“非接触式”办税缴费服务？")
    assert asked == {"四川"}
    assert on_topic([notice], set(), {}, asked, {"d1": frozenset({"重庆"})}) == []
    assert on_topic([notice], set(), {}, asked, {"d1": frozenset({"重庆", "四川"})}) == [notice]
    assert on_topic([notice], set(), {}, asked, {"d1": frozenset()}) == [notice]  # a national notice
    assert on_topic([notice], set(), {}, set(), {"d1": frozenset({"重庆"})}) == [notice]  # no province asked


def test_synonyms_and_formal_country_names() -> None:
    assert "外事办公室" in alternatives("外办")
    assert "举行" in alternatives("举办")
    names = find_names("与蒙古国乌兰巴托市缔结友好城市关系。")
    assert any(n.text == "乌兰巴托市" and n.country == "蒙古国" for n in names)


def test_a_heading_line_that_is_a_whole_sentence_keeps_its_text() -> None:
    outline = parse_outline("标题\n一、主要工作\n（二）第三届论坛在会展中心举行，20个国家的代表出席。\n（三）出访管理。审批团组6个。")
    texts = [p.text for p in outline.paragraphs]
    assert "（二）第三届论坛在会展中心举行，20个国家的代表出席。" in texts
    assert "审批团组6个。" in texts


def test_the_post_asked_is_read_with_its_synonyms_and_never_as_a_shorter_post() -> None:
    from assistant.ask.person import posts_asked

    assert posts_asked("2015年海澄市外办主任是谁？") == ("主任",)
    assert posts_asked("2022年市外办的一把手是谁？") == ("主任",) and posts_asked("22年外办的头儿是谁") == ("主任",)
    assert posts_asked("2019年市委外办的当家人是哪位？") == ("主任",) and posts_asked("外办的副手是谁？") == ("副主任",)
    assert posts_asked("2016年市外办副主任是谁？") == ("副主任",)
    assert posts_asked("2014年外办的常务副主任是谁") == ("常务副主任",)  # a post no 副主任 holds by that name


def test_a_post_holder_is_the_one_the_asked_years_report_names_with_that_post() -> None:
    from assistant.ask.person import post_holder
    from ingest.document import Chunk
    from vectorstore.hits import Hit

    def report(year: int, text: str) -> Hit:
        return Hit(Chunk(f"c{year}", f"d{year}", 0, text, ("（八）自身建设",), f"市外办{year}年工作总结", "/r.txt", year), 1.0)

    hits = [report(2018, "办党组书记、主任程慧敏同志带头讲党课。"),
            report(2017, "副主任韩晓梅同志分管接待工作。办党组书记、主任方志远同志认真履行第一责任人职责。")]
    question = "2017年市外办主任是谁？"
    holder = post_holder(question, intent_of(question), hits)
    assert holder is not None and holder.name == "方志远" and holder.hit.chunk.year == 2017
    deputy = "2017年市外办副主任是谁？"
    assert post_holder(deputy, intent_of(deputy), hits).name == "韩晓梅"
    team = [report(2014, "办领导班子（主任严绍峰，副主任魏红英、石鹏）逐项落实整改任务。")]
    deputies = "2014年市外办副主任是谁？"
    assert post_holder(deputies, intent_of(deputies), team).name == "魏红英、石鹏"
    two = "2014年市外办副主任是哪两位"
    assert post_holder(two, intent_of(two), team).name == "魏红英、石鹏"
    leaders = "2014年市外办的领导班子有哪些人"
    assert post_holder(leaders, intent_of(leaders), team).name == "严绍峰、魏红英、石鹏"
    standing = "2014年市外办常务副主任是谁？"
    assert post_holder(standing, intent_of(standing), team) is None
    assert post_holder("2016年市外办主任是谁？", intent_of("2016年市外办主任是谁？"), hits) is None
    # a change told by the next report: its former holder (原主任) held the post the year before, not that year
    changed = [report(2021, "2月，原主任施望舒同志到龄退休，柯蔓青同志任市委外办主任，副主任贾志诚同志协助主任工作。")]
    asked = "2021年市委外办主任是谁？"
    assert post_holder(asked, intent_of(asked), changed).name == "柯蔓青"
    before = "2020年市委外办主任是谁？"
    assert post_holder(before, intent_of(before), changed) is None  # no 2020 report
    assert post_holder(before, intent_of(before), changed, before=True).name == "施望舒"
    # a change in the asked year: a part of the year before its month is the former holder's, after it the new one's
    midyear = [report(2016, "7月，原主任葛望澜同志调任市人大常委会副主任，屠振洋同志任市外办主任。"),
               report(2016, "主任屠振洋到任后率团访问维戈市。")]
    for asked, held in (("2016年上半年市外办主任是谁", "葛望澜"), ("2016年初市外办主任是谁", "葛望澜"),
                        ("2016年3月市外办主任是谁", "葛望澜"), ("2016年下半年市外办主任是谁", "屠振洋"),
                        ("2016年市外办主任是谁", "屠振洋")):
        assert post_holder(asked, intent_of(asked), midyear).name == held, asked
    june = [report(2015, "6月，原主任刀永明同志退休，杨绍康同志任州外侨办主任。")]  # 上半年: five months of the former
    assert post_holder("2015年上半年州外侨办主任是谁", intent_of("2015年上半年州外侨办主任是谁"), june).name == "刀永明"


def test_every_holder_of_a_post_is_listed_with_the_years_of_the_reports_naming_them() -> None:
    from assistant.ask.person import asks_succession, post_holders, span_text
    from ingest.nlp.names import people_with_posts

    assert [(n.text, n.post) for n in people_with_posts("3月，市外办主任周明远率团赴法国图尔市。")] == [("周明远", "主任")]
    assert [(n.text, n.post) for n in people_with_posts("市外办副主任李慧敏率团赴泰国清莱府")] == [("李慧敏", "副主任")]
    assert people_with_posts("市外办主任带头讲党课。") == []  # no name, though an act follows the post
    assert [(n.text, n.post) for n in people_with_posts("办领导班子（主任严绍峰，副主任魏红英、石鹏）落实整改")] == [
        ("严绍峰", "主任"), ("魏红英", "副主任"), ("石鹏", "副主任")]  # names listed after one post share it
    assert [n.text for n in people_with_posts("主任乔慕云，副主任马骁、宁可欣带头开展学习")] == ["乔慕云", "马骁", "宁可欣"]

    def report(year: int, text: str) -> Hit:
        return Hit(Chunk(f"c{year}", f"d{year}", 0, text, (), f"市外办{year}年工作总结", "/r.txt", year), 1.0)

    hits = [report(2019, "主任陈国栋为全体党员干部讲专题党课。"), report(2014, "市外办主任周明远率团赴法国图尔市。"),
            report(2015, "一是主任周明远带头讲专题党课。副主任李慧敏率团出访。"), report(2017, "办主任陈国栋同志带头讲党课。")]
    question = "报告里出现过的市外办历任主任有哪几位？"
    assert asks_succession(question) and not asks_succession("2017年市外办主任是谁？")
    holders = post_holders(question, hits)
    assert [(h.name, years) for h, years in holders] == [("周明远", (2014, 2015)), ("陈国栋", (2017, 2019))]
    assert span_text((2014, 2015)) == "2014—2015年" and span_text((2019,)) == "2019年"


def test_how_much_money_asks_for_a_sum_in_yuan() -> None:
    assert intent_of("青州区侨办2019年侨捐项目一共捐了多少钱？").units == ("元",)


def test_a_count_asked_by_its_counter_and_shu_is_in_that_unit() -> None:
    assert intent_of("2018年援外培训班期数是多少").units == ("期",)
    assert intent_of("2019年举办国际会议的场数").units == ("场",)
    assert intent_of("建交国家数是多少").units != ("家",)  # 国家数 counts countries, not 家
    assert not intent_of("2019年同期数据是多少").units


def test_the_things_a_which_question_lists() -> None:
    from assistant.ask.quote import listed_things

    weights = {"白河": 1.0, "新结": 7.0, "国际友好学校": 3.0, "友好学校": 0.0, "合作协议": 7.0, "备忘录": 3.0,
               "协议": 1.0, "对外": 1.0}
    assert listed_things("2017—2019年白河新结的国际友好学校有哪几所？", weights) == ("国际友好学校",)
    assert listed_things("2023年白河对外签了哪些合作协议和备忘录？", weights) == ("合作协议", "备忘录")
    assert listed_things("白河对外签了多少项协议？", weights) == ()
    assert intent_of("2023、2024两年白河签了哪些合作协议？").years == (2023, 2024)
    assert intent_of("2023年白河签了哪些合作协议？").listing
    assert not intent_of("2023年白河采取了哪些措施？").listing  # an open question, answered by its section
    assert not intent_of("陕西省政府在援企稳岗方面有哪些举措？").listing
    assert not intent_of("2024年西陵在海外引才方面有哪些主要做法？").listing
    assert not intent_of("淮安市为台资企业提供哪些便利？").listing
    assert intent_of("有哪些友好城市？").listing and intent_of("都有哪些国家？").listing


def test_a_section_of_shortcomings_or_plans_answers_only_a_question_about_them() -> None:
    from assistant.ask.points import fits

    def hit(*headings: str) -> Hit:
        return Hit(Chunk("c", "d", 0, "正文。", headings, "2016年工作总结", "d.txt", 2016), 1.0)

    how = {"怎么": 0.0, "规范": 1.0, "涉外案件": 2.0}
    assert fits(hit("一、2016年工作", "（五）涉外安全工作扎实有效"), how, intent_of("2016年是怎么规范涉外案件的？"))
    for headings in (("二、存在的不足",), ("第二部分　存在的困难和问题",), ("三、2017年工作安排",),
                     ("四、下一步工作打算",), ("第三部分 关于2017年的工作考虑", "5．统筹做好涉外案件处置。")):
        assert not fits(hit(*headings), how, intent_of("2016年是怎么规范涉外案件的？")), headings
    assert fits(hit("二、存在的不足",), {"存在": 0.0, "不足": 1.0}, intent_of("2016年存在哪些不足？"))
    assert fits(hit("三、2017年工作安排",), {"2017年": 1.0, "安排": 1.0}, intent_of("2017年有哪些工作安排？"))
    assert fits(hit("9.友好城市工作不聚焦问题的整改进展情况",), how, intent_of("友城工作是怎么整改的？"))


def test_a_stock_is_asked_at_a_years_end_and_counts_in_ten_thousands_are_persons_counted() -> None:
    assert intent_of("2019年底白河的国际航线有几条？").stock and not intent_of("2019年新开了几条国际航线？").stock
    assert intent_of("白河2015年的境外游客有多少万人次？").units == ("人次",)
    sides = comparison("国际航线2019年底和2022年底分别有几条？差了几条？",
                       intent_of("国际航线2019年底和2022年底分别有几条？差了几条？"))
    assert [s.question for s in sides] == ["2019年底国际航线有几条？", "2022年底国际航线有几条？"]


def test_a_prefecture_is_named_by_its_name_before_the_ethnic_groups_and_a_city_ending_in_cheng_by_its_office() -> None:
    assert cities_named("中共澜源傣族自治州委员会外事工作委员会办公室") == {"澜源州"}
    assert cities_named("湘西土家族苗族自治州外事办公室") == {"湘西州"}
    assert cities_named("2014年澜源州委外办审批了几个出访团？") == {"澜源州"}
    assert cities_named("全州外事工作情况的报告") == set() and cities_named("贵州省外办") == set()
    assert cities_named("澜城市外办2022年接待外宾多少批次？") == {"澜城市"}
    assert cities_named("聊城市人民政府外事办公室") == {"聊城市"}
    assert cities_named("新结了哪些国际友好城市") == set()  # 城市 is a word, 好城 no city


def test_a_passage_of_a_report_whose_body_is_named_only_at_its_end_is_about_that_body() -> None:
    from assistant.ask.evidence import weigh_evidence

    passages = ["关于2020年全州外事工作情况的报告 全年接待外宾来访团组29批次。"]
    weights = {"接待": 1.0, "外宾": 1.0}
    assert weigh_evidence(weights, passages, (), set(), ("澜源州",)).missing_names == ("澜源州",)
    issued = weigh_evidence(weights, passages, (), set(), ("澜源州",), ("中共澜源傣族自治州委员会外事工作委员会办公室",))
    assert issued.missing_names == () and issued.enough(0.5)


def test_the_body_a_figure_question_names_is_not_what_it_counts() -> None:
    from assistant.grounding.context import measured_terms

    weights = {"2022年": 2.0, "澜源州": 1.4, "州外侨办": 5.5, "接待": 0.9, "外宾": 1.2}
    assert measured_terms("2022年澜源州外侨办接待了多少批外宾？", weights) == ("接待", "外宾")
    assert measured_terms("2022年临江市外办接待了多少批外宾？", {"临江市": 1.0, "外办": 1.0, "接待": 1.0,
                                                          "外宾": 1.0}) == ("接待", "外宾")


def test_a_part_asking_what_was_done_asks_the_planned_figure_as_done() -> None:
    from assistant.ask.parts import question_parts

    parts = question_parts("2024年澜源州委外办计划接待多少批外宾？实际完成了多少？")
    assert [p.question for p in parts] == ["2024年澜源州委外办计划接待多少批外宾？", "2024年澜源州委外办接待多少批外宾？"]
    parts = question_parts("澜源外办定的2023年入境游客目标是多少万人次？最后完成了多少？")
    assert parts[1].question == "澜源外办2023年入境游客多少万人次？"
    # the result in other verbs; a target set in one year's report for the next year is asked of that year
    assert question_parts("2017年认证业务原定目标多少件？实际办了多少")[1].question == "2017年认证业务多少件？"
    assert question_parts("2018年邮轮靠港定的目标是多少，最后来了几艘次？")[1].question == "2018年邮轮靠港多少？"
    assert question_parts("2015年总结里给2016年邮轮靠港定了什么目标？实际完成多少")[1].question == "2016年邮轮靠港多少？"
    assert question_parts("松阳的国际友城有哪些，都是哪个国家的") == []  # one list, with the countries
    # a plan of its own (工作要点), the target asked with its unit: the result is the year's, not the plan's
    assert question_parts("2023年工作要点给外宾团定了多少个的目标？实际来了几个")[1].question == "2023年外宾团多少个？"
    assert question_parts("西陵市外办2018年工作要点里计划接待多少个外国来访团组？实际接待了多少个？")[1].question == (
        "2018年西陵市外办接待多少个外国来访团组？")
    assert question_parts("2020年原本计划接待多少外宾团组，实际接待了几个")[1].question == "2020年接待多少外宾团组？"


def test_a_post_holder_is_named_before_what_he_leads() -> None:
    from ingest.nlp.names import people_with_posts

    found = people_with_posts("接待了泰国帕尧市代表团等重要团组，副主任何建平牵头做好接待服务保障")
    assert [(n.text, n.post) for n in found] == [("何建平", "副主任")]


def test_a_report_whose_title_names_no_body_is_about_the_body_that_issued_it() -> None:
    hit = Hit(Chunk("c", "d", 0, "全年接待外宾来访团组29批次。", (), "关于2022年全州外事工作情况的报告", "/r.txt", 2022),
              1.0)
    issued = "中共澜源傣族自治州委员会外事工作委员会办公室"
    assert about_another_city(hit, {"永昌市"}, issued) and not about_another_city(hit, {"澜源州"}, issued)
    assert not about_another_city(hit, {"永昌市"})  # whose it is, unknown: kept


def test_posts_held_by_people_with_dai_names() -> None:
    from ingest.nlp.names import people_with_posts

    assert [(n.text, n.post) for n in people_with_posts("接待了重要团组，主任刀永明全程陪同会见会谈。")] == [("刀永明", "主任")]
    assert [(n.text, n.post) for n in people_with_posts("副主任玉应罕分管机关作风建设。")] == [("玉应罕", "副主任")]


def test_a_rate_asked_is_a_share_and_a_unit_that_begins_a_word_is_no_unit() -> None:
    # 调处成功率是多少: a percentage, not the count of the disputes in the same sentence
    assert intent_of("2025年涉外渔业纠纷的调处成功率是多少").kind == "share"
    assert intent_of("疫苗覆盖率达到多少").kind == "share"
    # 多少国际学生: students, not countries (国); 多少国家 and 多少国 are countries
    assert intent_of("2017年有多少国际学生").units == ()
    assert intent_of("与多少国家结好").units == ("国",) and intent_of("访问了多少国").units == ("国",)
    assert intent_of("多少名外籍专家").units == ("人",)


def test_the_year_before_as_a_ratio_base_and_sides_named_by_place() -> None:
    """是前一年的几倍 / 只有上一年的百分之几: the year before and the year, the base the year before; 后者多出几个: each
    year's figure in the unit of the change; 各培训了多少人次: 各 is the comparison's word, not the question's."""
    times = "2023年来访的外宾团是前一年的几倍"
    sides = comparison(times, intent_of(times))
    assert [s.question for s in sides] == ["2022年来访的外宾团多少", "2023年来访的外宾团多少"]
    assert computed(times, sides, ["14批", "58批"]) == "2023年是2022年的4.1倍（按以上两数计算）。"
    share = "2020年接待的来访团组只有上一年的百分之几？"
    sides = comparison(share, intent_of(share))
    assert [s.year for s in sides] == [2019, 2020]
    assert computed(share, sides, ["219批", "23批"]) == "2020年是2019年的10.5%（按以上两数计算）。"
    latter = "2017年和2019年的省领导出访团组，后者多出几个？"
    assert [s.question for s in comparison(latter, intent_of(latter))] == [
        "2017年的省领导出访团组多少个？", "2019年的省领导出访团组多少个？"]
    each = "2018年和2023年的外语培训各培训了多少人次，多了多少"
    assert [s.question for s in comparison(each, intent_of(each))] == [
        "2018年的外语培训培训了多少人次", "2023年的外语培训培训了多少人次"]
    assert not comparison("2019年报告中，上一年的来访团组是多少？", intent_of("2019年报告中，上一年的来访团组是多少？"))


def test_a_post_holder_of_a_rarer_surname_is_read() -> None:
    """容嘉禾同志任市外办主任 / 主任容嘉禾率团: surnames of the 百家姓 beyond the hundred commonest."""
    from ingest.nlp.names import people_with_posts

    changed = "4月，原主任冼思远同志调任市贸促会会长，容嘉禾同志任市外办主任，麦卓然同志继续担任副主任"
    assert {(n.text, n.post) for n in people_with_posts(changed)} >= {("冼思远", "主任"), ("容嘉禾", "主任")}
    assert [(n.text, n.post) for n in people_with_posts("主任容嘉禾率团访问槟城港")] == [("容嘉禾", "主任")]


def test_the_years_a_yearly_event_was_not_held_are_each_reports_own_or_those_before_a_pause() -> None:
    from assistant.ask.not_held import asks_not_held, event_terms, not_held_text, not_held_years

    def hit(year: int, text: str, headings: tuple[str, ...] = ("一、工作情况",), title: str = "") -> Hit:
        title = title or f"南岭市外办{year}年工作总结"
        return Hit(Chunk(f"c{year}{len(text)}", f"d{year}", 0, text, headings, title, "/r.txt", year), 1.0)

    question = "南岭茶博会哪几年没办"
    assert asks_not_held(question) and asks_not_held("博览会哪些年份停办了") and not asks_not_held("博览会哪年创办")
    weights = {"南岭": 0.1, "博览会": 1.7}
    hits = [hit(2015, "因会展中心改建，本年度南岭国际茶叶博览会暂停举办。"),
            hit(2016, "推动博览会恢复举办，境外展商52家。"),
            hit(2016, "国际茶叶博览会2017年暂停一届。", ("二、2017年工作打算",)),  # a plan: no year not held
            hit(2021, "停办一届后，10月，第九届南岭国际茶叶博览会以线上方式举办。"),  # 2020
            hit(2022, "原定5月举办的第十届南岭国际茶叶博览会因疫情停办。"),
            hit(2022, "全年接待外宾团组停办。")]  # not the event
    found = not_held_years(hits, event_terms(question, weights))
    assert [f.year for f in found] == [2015, 2020, 2022]
    text, cited = not_held_text(found)
    assert text.startswith("据资料，共3年未如期举办：2015年（") and "[3]" in text and len(cited) == 3


def test_the_years_a_yearly_event_was_held_are_those_reports_say_it_was_held_not_planned_or_put_off() -> None:
    from assistant.ask.not_held import asks_held, asks_not_held, event_terms, held_years, not_held_text

    def hit(year: int, text: str, headings: tuple[str, ...] = ("一、工作情况",)) -> Hit:
        return Hit(Chunk(f"c{year}{len(text)}", f"d{year}", 0, text, headings, f"北滨市外办{year}年工作总结", "/r.txt",
                         year), 1.0)

    question = "北滨海洋论坛一共办过哪几年"
    assert asks_held(question) and asks_held("海洋论坛分别是哪几年办的") and asks_held("论坛哪些年份举办了")
    assert not asks_held("海洋论坛哪几年没办") and asks_not_held("海洋论坛哪几年没办") and not asks_held("论坛哪年创办")
    weights = {"北滨": 0.1, "海洋": 1.2, "论坛": 1.5}
    hits = [hit(2014, "10月，首次举办北滨国际海洋论坛，嘉宾200余人。"),
            hit(2015, "原定于9月举办的第二届北滨国际海洋论坛延期至2016年举办。"),  # put off: not 2015
            hit(2016, "9月，延期一年的第二届北滨国际海洋论坛成功举办。"),
            hit(2016, "办好第三届北滨国际海洋论坛。", ("二、2017年工作打算",)),  # a plan
            hit(2017, "筹备第三届海洋论坛。拟举办海洋论坛分论坛。"),  # preparing and planning: not held
            hit(2019, "原定于2019年举办的第四届海洋论坛因故推迟。"),
            hit(2021, "在去年以线上方式举办第四届海洋论坛的基础上，11月举办第五届北滨国际海洋论坛。"),
            hit(2021, "举办外事干部培训班2期。")]  # another event
    found = held_years(hits, event_terms(question, weights))
    assert [f.year for f in found] == [2014, 2016, 2020, 2021]
    text, _ = not_held_text(found, "举办")
    assert text.startswith("据资料，共4年举办：2014年（10月，首次举办北滨国际海洋论坛")

def test_friendship_ports_are_listed_once_each_with_the_year_of_the_tie() -> None:
    from assistant.ask.ports import asks_ports, port_ties

    def hit(year: int, text: str, headings: tuple[str, ...] = ("一、工作情况",)) -> Hit:
        return Hit(Chunk(f"c{year}{len(text)}", f"d{year}", 0, text, headings, f"南港市外办{year}年工作总结", "/r.txt",
                         year), 1.0)

    assert asks_ports("跟南港结成友好港的外国港口有哪些") and not asks_ports("有哪些友好城市")
    hits = [hit(2013, "南港2011年与马来西亚槟城港结为友好港口，这是我市唯一的国际友好港口。"),
            hit(2014, "6月，南港与泰国林查班港签署友好港口协议，全市国际友好港口增至两个。"),
            hit(2015, "南港与槟城港、林查班港开展集装箱运输合作。"),  # no tie
            hit(2015, "推动南港与肯尼亚拉穆港缔结友好港口关系。", ("二、2016年工作打算",)),  # a plan
            hit(2016, "积极推动与西班牙阿尔赫西拉斯港缔结友好港口关系。")]  # talks, no tie
    assert [(t.name, t.year) for t in port_ties(hits)] == [("马来西亚槟城港", 2011), ("泰国林查班港", 2014)]


def test_a_plan_and_its_result_asked_in_other_words_ask_both_and_compute_the_gap() -> None:
    cases = {
        "2023年南岭马拉松外籍选手比计划少了多少人": ("2023年南岭马拉松外籍选手的目标是多少人？", "2023年南岭马拉松外籍选手多少人？"),
        "南岭2022年丝绸出口订单离当年目标还差多少？": ("南岭2022年丝绸出口订单的目标是多少？", "南岭2022年丝绸出口订单多少？"),
        "2022年南岭中欧班列目标和实际各多少？差了多少列？": ("2022年南岭中欧班列的目标是多少列？", "2022年南岭中欧班列多少列？"),
        "2024年南岭外国来访团组超额完成目标了吗？超了几个？": ("2024年南岭外国来访团组的目标是多少？", "2024年南岭外国来访团组多少？"),
        "南岭2025年外籍选手达到年初定的目标没有？差几个人？": ("南岭2025年外籍选手的目标是多少人？", "南岭2025年外籍选手多少人？"),
        "南岭2024年合同外资完成1亿美元的目标没有？超了多少": ("南岭2024年合同外资的目标是多少？", "南岭2024年合同外资多少？"),
        "南岭外办2023年班列开行跟年中定的目标差多少": ("南岭外办2023年班列开行的目标是多少？", "南岭外办2023年班列开行多少？"),
    }
    for question, expected in cases.items():
        sides = comparison(question, intent_of(question))
        assert [s.label for s in sides] == ["目标", "实际"], question
        assert tuple(s.question for s in sides) == expected, question
    beyond = "2024年南岭外国来访团组超额完成目标了吗？超了几个？"
    assert computed(beyond, comparison(beyond, intent_of(beyond)), ["78批次", "84批次"]) == (
        "实际超过目标6批（按以上两数计算）。")
    # a target asked alone, or a plan asked as a figure, is no comparison
    # the plan named before what it counts is a question of two parts, not a topic of 2020年原本
    for alone in ("2025年南岭的目标是多少个友城", "2024年南岭计划接待多少外宾团组", "2020年原本计划接待多少外宾团组，实际接待了几个"):
        assert not comparison(alone, intent_of(alone))


def test_doubling_sums_and_which_way_a_figure_went() -> None:
    doubled = "南岭外办涉外笔译字数，2025年比2013年翻了一番吗？"
    sides = comparison(doubled, intent_of(doubled))
    assert [s.question for s in sides] == ["2013年南岭外办涉外笔译字数是多少？", "2025年南岭外办涉外笔译字数是多少？"]
    assert computed(doubled, sides, ["126万字", "247万字"]) == "2025年是2013年的1.96倍，未翻一番（按以上两数计算）。"
    assert computed(doubled, sides, ["46人次", "102人次"]) == "2025年是2013年的2.22倍，已翻一番（按以上两数计算）。"
    summed = "南岭外办2023、2024两年因公出国团组合计审批了多少批？"
    sides = comparison(summed, intent_of(summed))
    assert [s.question for s in sides] == ["2023年南岭外办因公出国团组审批了多少批？", "2024年南岭外办因公出国团组审批了多少批？"]
    assert computed(summed, sides, ["41批", "58批"]) == "2023年与2024年合计99批（按以上两数计算）。"
    # a span's total is the ledger's (every year between), not two sides
    assert not comparison("2014年到2019年累计新结了多少友城", intent_of("2014年到2019年累计新结了多少友城"))
    way = "2015年和2016年南岭边境贸易额对比，是上升还是下降？变了多少？"
    assert [s.question for s in comparison(way, intent_of(way))] == ["2015年南岭边境贸易额是多少？", "2016年南岭边境贸易额是多少？"]
    points = "南岭涉外案件占比，2020年比2019年提高了几个百分点？"
    assert [s.question for s in comparison(points, intent_of(points))] == [
        "2019年南岭涉外案件占比是多少？", "2020年南岭涉外案件占比是多少？"]
    rate = "2020年和2021年南岭中欧班列比一下，增长了多少列，百分之几？"
    sides = comparison(rate, intent_of(rate))
    assert [s.question for s in sides] == ["2020年南岭中欧班列多少列？", "2021年南岭中欧班列多少列？"]
    assert computed(rate, sides, ["368列", "455列"]) == (
        "2021年比2020年增加87列（按以上两数计算）。\n2021年比2020年增长23.6%（按以上两数计算）。")
    faster = "南岭边境贸易额2018年和2019年的增速哪年更快？差几个百分点？"
    assert [s.question for s in comparison(faster, intent_of(faster))] == [
        "2018年南岭边境贸易额的增速是多少？", "2019年南岭边境贸易额的增速是多少？"]
    same_period = "2019年上半年南岭接待境外游客同比多了多少万人次？"
    assert [s.year for s in comparison(same_period, intent_of(same_period))] == [2018, 2019]


def test_a_city_name_starts_a_word_and_ends_in_no_year_or_month() -> None:
    assert cities_named("2019年机构改革后市委外办设了哪几个内设科室") == set()
    assert cities_named("2023年、2024年两年州外办一共办了多少证件") == set()
    assert cities_named("建立友城后河西市外办") == {"河西市"}
    assert cities_named("同年泉阳市") == {"泉阳市"}
    assert cities_named("来临江市外办") == {"临江市"}

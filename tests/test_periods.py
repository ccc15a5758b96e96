"""The period a figure holds for, and the period a question asks about (ingest.nlp.dates)."""

from __future__ import annotations

from ingest.nlp.dates import AskedPeriod, Period, asked_period, document_period, part_of_year, period_at


def at(sentence: str, figure: str, report_year: int | None = 2021, headings: tuple[str, ...] = ()) -> Period:
    return period_at(sentence, sentence.index(figure), report_year, headings)


def test_a_figure_holds_for_the_last_year_named_before_it() -> None:
    s = "接待境外来访团组9个、41人次（2019年为38个、245人次）。"
    assert at(s, "9个", 2020) == Period(2020)
    assert at(s, "38个", 2020) == Period(2019)
    assert at("2018年10月，第二届大会召开，18个国家的代表出席。", "18个", 2019) == Period(2018)


def test_a_year_in_a_closed_bracket_is_of_its_own_figure_only() -> None:
    text = "实际利用外资4950万美元（上年为5210万美元），接待入境游客6.1万人次，同比增长117.9%（上年2.8万人次）。"
    assert period_at(text, text.find("6.1万"), 2022).year == 2022
    assert period_at(text, text.find("5210万"), 2022).year == 2021
    assert period_at(text, text.find("2.8万"), 2022).year == 2021


def test_relative_years_count_from_the_reports_year() -> None:
    s = "接待境外来访团组22个、131人次，上年为14个76人次。"
    assert at(s, "22个", 2022) == Period(2022)
    assert at(s, "14个", 2022) == Period(2021)
    assert at("前年审批团组5个。", "5个", 2022) == Period(2020)
    assert at("去年审批团组5个。", "5个", None) == Period(None)


def test_a_comparison_base_names_the_year_only_of_the_figure_right_after_it() -> None:
    s = "共接待境外来访团组38个，比上一年度的33个增加5个。"
    assert at(s, "38个", 2019) == Period(2019)
    assert at(s, "33个", 2019) == Period(2018)
    assert at(s, "5个", 2019) == Period(2019)
    assert at("接待团组14个，较2020年增加5个。", "5个") == Period(2021)


def test_plans_and_targets_are_not_results() -> None:
    assert at("2022年计划接待来访团组20个，办理卡30张。", "30张") == Period(2022, planned=True)
    assert at("办理卡30张。", "30张", 2021, ("二、下一步工作安排",)) == Period(2021, planned=True)
    assert at("办理卡30张。", "30张", 2021, ("一、2021年主要工作", "（三）出访管理")) == Period(2021)
    assert at("办理卡30张。", "30张", 2022, ("一、2021年主要工作",)) == Period(2021)
    # 上届 of a yearly event: the edition of the year before the report's
    expo = "第五届博览会举办，境外参展商104家，上届（第四届）为88家。"
    assert at(expo, "88家", 2018) == Period(2017) and at(expo, "第四届", 2018) == Period(2017)
    assert at(expo, "104家", 2018) == Period(2018)
    compared = "第八届博览会举行，境外参展企业597家，比上届（第七届）的552家增加45家。"
    assert at(compared, "552家", 2017) == Period(2016) and at(compared, "597家", 2017) == Period(2017)


def test_a_question_names_the_figures_year_the_reports_year_and_whether_it_asks_for_a_plan() -> None:
    assert asked_period("北岸市2021年办理APEC卡多少张？") == AskedPeriod((2021,))
    assert asked_period("2022年工作报告中提到上年接待团组多少个？") == AskedPeriod((2021,), 2022)
    assert asked_period("2021年度工作报告中，2022年计划接待团组多少个？") == AskedPeriod((2022,), 2021, True)
    assert asked_period("2019年的总结里，全年接待了多少个团组？") == AskedPeriod((2019,), 2019)
    assert asked_period("办理了多少张卡？") == AskedPeriod()
    # the edition before the report's of a yearly event: the year before
    assert asked_period("2020年报告里说的上一届论坛签了几个项目") == AskedPeriod((2019,), 2020)


def test_a_report_asked_without_a_year_of_its_own_admits_its_stock_at_the_start_of_its_year() -> None:
    handed = "交接时，我办移交侨务台账：截至2018年底，全市侨资企业293家，联络海外侨团60个。"
    at_start = (handed, handed.find("293"), handed.find("293") + 4, 2019)
    assert asked_period("2019年总结里移交的侨资企业有多少家").admits_figure(*at_start)
    assert not asked_period("2019年侨资企业有多少家").admits_figure(*at_start)  # the year's own stock is asked
    assert not asked_period("2020年总结里侨资企业有多少家").admits_figure(*at_start)  # another report
    told = "全年接待团组120个，上年为100个。"
    assert not asked_period("2019年总结里接待了多少团组").admits_figure(told, told.find("100"), told.find("100") + 4,
                                                                       2019)  # last year's flow is no stock


def test_what_a_question_admits() -> None:
    asked = asked_period("2022年工作报告中提到上年接待团组多少个？")
    assert asked.admits(Period(2021), 2022)
    assert not asked.admits(Period(2022), 2022)
    assert not asked.admits(Period(2021), 2021)  # the right year, stated in another report
    assert not asked_period("2022年接待团组多少个？").admits(Period(2022, planned=True), 2021)
    assert asked_period("2022年计划接待团组多少个？").admits(Period(2022, planned=True), 2021)
    assert asked_period("接待团组多少个？").admits(Period(2020), 2020)


def test_a_comparison_base_at_a_years_end_is_that_years_figure() -> None:
    s = "全区侨资企业达到203家，比2015年底的186家增加17家"
    assert period_at(s, s.index("186家"), 2016).year == 2015
    assert period_at(s, s.index("203家"), 2016).year == 2016


def test_a_question_naming_a_years_plan_asks_for_its_targets() -> None:
    assert asked_period("按2022年的工作安排，青州区2023年侨资企业总数要达到多少家？") == AskedPeriod((2023,), 2022, True)
    assert asked_period("2023年的工作计划中，侨资企业要达到多少家？") == AskedPeriod((2023,), None, True)
    assert asked_period("2019年接待外宾多少批？") == AskedPeriod((2019,), None, False)


def test_the_base_year_before_a_bracketed_figure_and_an_earlier_event_the_sentence_goes_on_from() -> None:
    s = "全市常住外籍人员1986人，较2021年（2104人）减少118人。"
    assert period_at(s, s.index("2104人"), 2022) == Period(2021, False)
    assert period_at(s, s.index("1986人"), 2022) == Period(2022, False)
    s = "继2021年以线上方式举办第九届论坛后，11月成功举办第十届论坛，来自19个国家和地区的210名嘉宾参会。"
    assert period_at(s, s.index("第九届"), 2022) == Period(2021, False)
    assert period_at(s, s.index("第十届"), 2022) == Period(2022, False)
    assert period_at(s, s.index("210名"), 2022) == Period(2022, False)


def test_an_asked_year_naming_what_the_figure_joined_admits_it_but_a_comparison_base_does_not() -> None:
    from ingest.nlp.dates import named_after

    s = "成功将我市9家企业纳入2024年山东省APEC商务旅行卡白名单，入选数量位居全省第三。"
    assert named_after(s, s.index("9家") + 2, (2024,)) and not named_after(s, s.index("9家") + 2, (2023,))
    s = "接待团组50批比2022年增加10批，2022年为40批。"
    assert not named_after(s, s.index("50批") + 3, (2022,))


def test_a_plan_for_next_year_is_for_the_year_after_the_report() -> None:
    assert period_at("力争接待外国来访团组55个", 10, 2017, ("三、明年工作打算",)) == Period(2018, True)
    assert period_at("明年力争接待外国来访团组55个", 10, 2017) == Period(2018, True)
    assert period_at("力争接待外国来访团组55个", 10, 2017, ("三、2019年工作打算",)) == Period(2019, True)
    assert period_at("APEC商务旅行卡办理达到50张", 12, 2021, ("第三部分 关于2022年的工作考虑",)) == Period(2022, True)


def test_a_part_of_the_year_is_named_in_several_ways_and_whole_year_after_it_wins() -> None:
    assert part_of_year("上半年共接待外宾来访团组33个") == "上半年"
    assert part_of_year("1—6月，全市接待") == part_of_year("截至6月底") == "上半年"
    assert part_of_year("前三季度") == "前三季度" and part_of_year("第一季度") == "一季度"
    assert part_of_year("上半年接待33批，全年接待") == ""
    assert part_of_year("全年接待外宾来访团组") == ""


def test_a_document_title_makes_its_figures_plans_or_of_a_part_of_the_year() -> None:
    assert document_period("白河市外办2018年工作要点") == (True, "")
    assert document_period("白河市外办2019年工作总结和2020年工作计划") == (False, "")  # reports results too
    assert document_period("白河市外办2017年上半年工作总结") == (False, "上半年")
    sentence = "共接待外宾来访团组33个261人"
    assert period_at(sentence, 9, 2017, (), "白河市外办2017年上半年工作总结") == Period(2017, False, "上半年")
    assert period_at(sentence, 9, 2018, (), "白河市外办2018年工作要点") == Period(2018, True, "")
    assert period_at(sentence, 9, 2017, ("一、上半年主要工作",)) == Period(2017, False, "上半年")
    # the sentence's 全年 is the whole year, under a half-year heading of a half-year report
    plan = "一是全年外宾来访团组力争达到80批次"
    assert period_at(plan, 14, 2019, ("三、下半年工作安排",), "临海市委外办2019年上半年工作总结") == Period(2019, True)


def test_a_half_year_figure_answers_only_a_half_year_question() -> None:
    half = Period(2017, False, "上半年")
    assert not asked_period("2017年接待了多少批外宾？").admits(half, 2017)
    assert asked_period("2017年上半年接待了多少批外宾？").admits(half, 2017)
    assert not asked_period("2017年上半年接待了多少批外宾？").admits(Period(2017), 2017)


def test_years_listed_before_one_nian_are_each_a_year() -> None:
    from ingest.nlp.dates import years_written_out

    assert years_written_out("2023、2024两年签了哪些协议") == "2023年、2024年签了哪些协议"
    assert years_written_out("2021和2022年接待外宾") == "2021年、2022年接待外宾"
    assert years_written_out("2019年接待外宾120批") == "2019年接待外宾120批"  # one year, as it was
    assert years_written_out("编号12023、2024年") == "编号12023、2024年"  # 12023 is no year


def test_a_period_named_by_an_event_is_asked_in_its_years() -> None:
    from ingest.nlp.dates import periods_written_out

    assert periods_written_out("疫情第一年，外办处理了多少件领保案件？") == "2020年，外办处理了多少件领保案件？"
    assert periods_written_out("疫情前一年接待了多少批外宾？") == "2019年接待了多少批外宾？"
    assert periods_written_out("“十三五”期间新结了几个友城？") == "2016年到2020年新结了几个友城？"
    assert periods_written_out("2020年疫情期间采取了哪些措施？") == "2020年疫情期间采取了哪些措施？"


def test_a_part_of_a_year_asked_by_its_months_is_asked_as_the_part() -> None:
    from ingest.nlp.dates import periods_written_out

    assert periods_written_out("2024年7到12月举办了几场会议") == "2024年下半年举办了几场会议"
    assert periods_written_out("2023年一至六月份接待多少批") == "2023年上半年接待多少批"
    assert periods_written_out("2020年1月至9月") == "2020年前三季度"
    assert periods_written_out("2023年3月到5月接待多少批") == "2023年3月到5月接待多少批"  # no part the reports name
    assert periods_written_out("编号2017-12月") == "编号2017-12月"


def test_a_year_said_with_two_digits_is_asked_as_its_full_year() -> None:
    from ingest.nlp.dates import periods_written_out

    assert periods_written_out("23年外办处理了几起案件？") == "2023年外办处理了几起案件？"
    assert periods_written_out("16年上半年靠港的邮轮有多少") == "2016年上半年靠港的邮轮有多少"
    assert periods_written_out("从19年到23年新结了几个友城") == "从2019年到2023年新结了几个友城"
    assert periods_written_out("19年来访的外国军舰") == "2019年来访的外国军舰"
    # after a report's words (说的, 定的) a short year is a year
    assert periods_written_out("18年总结里说的17年外派渔工有多少人") == "2018年总结里说的2017年外派渔工有多少人"
    assert periods_written_out("18年报告里说17年那届跨博会来了多少家") == "2018年报告里说2017年那届跨博会来了多少家"
    assert periods_written_out("走过的15年") == "走过的15年"
    assert asked_period("2018年定的2019年国际学生目标是多少") == AskedPeriod((2019,), 2018, True)
    # a half-year report named, and last year's same period in it
    assert asked_period("2023年上半年总结里，去年同期班列开了多少列") == AskedPeriod((2022,), 2023, False, "上半年")
    assert asked_period("2023年上半年总结里全年班列要开多少列") == AskedPeriod((2023,), 2023, True)
    assert not asked_period("办这个需要多少人").planned and not asked_period("办理签证要提前几天预约").planned
    # two years joined are years after a name too
    assert periods_written_out("白河16年和18年出访团各几个") == "白河2016年和2018年出访团各几个"
    assert periods_written_out("19年和21年来河西的外宾团各有几拨") == "2019年和2021年来河西的外宾团各有几拨"
    # a name that opens the question, then the year asked for; not a span after it
    assert periods_written_out("临海16年批了几个出访团") == "临海2016年批了几个出访团"
    for kept in ("两市结好16年了", "建交16年来", "成立16年"):
        assert periods_written_out(kept) == kept
    # 17年来沙南的专家: the year, and who came; 13年来，… and 13年来累计… are spans; 17年比16年: both years
    assert periods_written_out("18年报告里说的17年来沙南的专家有多少") == "2018年报告里说的2017年来沙南的专家有多少"
    assert periods_written_out("22年来沙南交流的专家有多少") == "2022年来沙南交流的专家有多少"
    assert periods_written_out("17年比16年多接待了几批") == "2017年比2016年多接待了几批"
    for kept in ("13年来，全市累计接待外宾", "13年来累计接待外宾"):
        assert periods_written_out(kept) == kept
    assert asked_period("2018年的报告里，前一年跨境电商交易额是多少") == AskedPeriod((2017,), 2018, False)
    # a span of years is no year
    for kept in ("13年来停靠的邮轮有几艘次", "近10年新结了几个友城", "两市建交10年", "这10年间", "工作3年多",
                 "近10年和上一个10年相比"):
        assert periods_written_out(kept) == kept


def test_a_clause_judging_a_target_met_plans_nothing_after_it() -> None:
    s = "截至年底，全市境外作业渔船85艘，完成年初确定的目标，外派渔工1713人，全年协调处置涉外渔业纠纷8起。"
    assert period_at(s, s.index("1713人"), 2024) == Period(2024, False)
    assert period_at(s, s.index("8起"), 2024) == Period(2024, False)
    s = "合同外资10240万美元，超过工作要点提出的1亿美元目标，通过外事渠道促成出口额7.2亿元。"
    assert period_at(s, s.index("7.2亿元"), 2024) == Period(2024, False)
    # a target still set (力争达到目标，…) or listed after a colon is a plan
    assert period_at("力争达到目标，新设外商投资企业20家", 13, 2024).planned
    assert period_at("年初确定的目标：新设外商投资企业20家", 15, 2024).planned


def test_a_heading_of_what_is_to_come_makes_its_figures_targets() -> None:
    """三、下半年重点工作 in a half-year report: 恢复到55个以上 is a target; a heading of results is not."""
    assert period_at("1．全年外宾来访团组恢复到55个以上", 13, 2023, ("三、下半年重点工作",)).planned
    assert period_at("1．外宾来访团组60个", 9, 2023, ("二、明年主要任务",)).planned
    assert not period_at("全年外宾来访团组58个", 8, 2023, ("一、2023年重点工作完成情况",)).planned


def test_first_months_and_two_digit_years_before_more() -> None:
    from ingest.nlp.dates import periods_written_out

    assert periods_written_out("2023年头三个月州外办接待了几批外宾团组") == "2023年一季度州外办接待了几批外宾团组"
    assert periods_written_out("2022年前六个月") == "2022年上半年"
    assert periods_written_out("领保案件2025年比24年多了几起") == "领保案件2025年比2024年多了几起"
    assert periods_written_out("建交3年多了") == "建交3年多了"

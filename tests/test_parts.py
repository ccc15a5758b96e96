"""Multi-part questions cut into parts, each completed from the first part or from the answer before it."""

from __future__ import annotations

import pytest

from assistant.ask.parts import Part, question_parts, resolved

BODIES = frozenset({"白河市"})


def _asked(question: str) -> list[str]:
    return [p.question for p in question_parts(question, BODIES)]


def test_two_figures_asked_in_one_sentence_are_two_parts_of_one_topic() -> None:
    assert _asked("2018年接待了多少批外宾、多少人次？") == ["2018年接待了多少批外宾？", "2018年接待了多少人次？"]
    assert _asked("翻译人才库有多少人、以及多少个语种？") == ["翻译人才库有多少人？", "翻译人才库有多少个语种？"]
    # a part naming what it counts is asked as it is, with the first part's year and city
    assert _asked("白河外办2017年办了几期培训班？培训了多少人次？") == [
        "白河外办2017年办了几期培训班？", "白河市2017年培训了多少人次？"]


def test_a_later_part_takes_the_first_parts_year_and_city() -> None:
    assert _asked("2016年来白河的外国留学生有多少？外资企业有几家？") == [
        "2016年来白河的外国留学生有多少？", "白河市2016年外资企业有几家？"]
    # 实际利用外资 is a measure of its own, not the first part's result
    assert _asked("2013年白河新批外商投资企业多少家，实际利用外资多少") == [
        "2013年白河新批外商投资企业多少家？", "白河市2013年实际利用外资多少？"]


def test_a_follow_up_part_is_the_first_asked_again() -> None:
    assert _asked("2019年接待了多少批外宾？2020年呢？") == ["2019年接待了多少批外宾？", "2020年接待了多少批外宾？"]


def test_a_part_naming_only_another_period_asks_the_first_parts_figure_in_it() -> None:
    assert _asked("白河2019年上半年接待外宾多少批，下半年又接待了多少") == [
        "白河2019年上半年接待外宾多少批？", "白河2019年下半年接待外宾多少批？"]
    assert _asked("2019年全年办了多少期培训班，上半年几期？") == [
        "2019年全年办了多少期培训班？", "2019年上半年办了多少期培训班？"]
    assert _asked("2019年接待了多少批外宾？上半年有几批？") == ["2019年接待了多少批外宾？", "2019年上半年接待了多少批外宾？"]
    # a part with a topic of its own keeps it
    assert _asked("2019年上半年接待了多少批外宾？下半年出访了几批？") == [
        "2019年上半年接待了多少批外宾？", "2019年下半年出访了几批？"]


def test_a_part_that_refers_back_is_marked() -> None:
    parts = question_parts("白河市第一个友好城市是哪年结好的？那一年接待了多少批外宾？", BODIES)
    assert [p.refers for p in parts] == ["", "year"]
    assert question_parts("2018年市外办主任是谁？他率团访问了哪些国家？", BODIES)[1].refers == "person"


def test_the_year_of_an_event_named_in_a_clause_is_asked_first() -> None:
    parts = question_parts("白河和巴西库里蒂巴结为友好城市的那一年，白河外办接待了多少批外宾？", BODIES)
    assert parts == [Part("白河和巴西库里蒂巴结为友好城市是哪一年？"), Part("那一年白河外办接待了多少批外宾？", "year")]
    assert question_parts("2018年当年接待了多少批？", BODIES) == []


@pytest.mark.parametrize("question", [
    "请问，2018年接待了多少批外宾？",  # one question with a greeting
    "2018年接待外宾多少批，其中欧洲的有几批？",  # a part of the same figure
    "市外办新建了几个友城？其中县级友城几个？",
    "一共新建了几个友城？分别是哪些？",  # the list of the same count
    "2018年和2019年分别接待了多少批外宾？增加了多少？",  # a comparison answers it whole
    "市外办如何开展调查研究，取得了哪些成效？",  # an open question: one section answers it
    "其他城市的友城有哪些？",
])
def test_one_question_is_not_cut(question: str) -> None:
    assert question_parts(question, BODIES) == []


def test_that_year_is_the_year_the_part_before_named_or_was_answered() -> None:
    part = Part("白河市那一年接待了多少批外宾？", "year")
    asked_year = Part("2016年白河市开通了几条国际航线？")
    assert resolved(part, asked_year, "3条[1]。", True) == "白河市2016年接待了多少批外宾？"
    date = Part("白河市第一个友好城市是哪年结好的？")
    assert resolved(part, date, "2014年（2014年与日本某市缔结友好城市关系[1]）。", True) == "白河市2014年接待了多少批外宾？"
    assert resolved(part, date, "资料中未找到相关内容。", False) is None


def test_he_is_the_person_the_part_before_was_answered_with() -> None:
    part = Part("2018年他率团访问了哪些国家？", "person")
    who = Part("2018年市外办主任是谁？")
    assert resolved(part, who, "郑国栋（市外办主任郑国栋同志主持召开会议[1]）。", True) == "2018年郑国栋率团访问了哪些国家？"
    assert resolved(part, who, "资料中未找到相关内容。", False) is None

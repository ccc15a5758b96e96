"""Comparisons across years, parts of a year or bodies: one sub-question per side, each answered by a
quoted, cited figure, and the difference computed by the program, never by the model.

"2022年办理APEC卡比2021年增加了多少张？" -> "2022年办理APEC卡多少张？" and "2021年办理APEC卡多少张？";
"2019年上半年和全年分别接待了多少批？" -> "2019年上半年接待了多少批？" and "2019年全年接待了多少批？";
"2023年白河和枫林分别接待了多少批外宾？" -> "2023年白河接待了多少批外宾？" and "2023年枫林接待了多少批外宾？".
Pure functions; the chain runs the sub-questions.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.grounding.intent import ASKED_UNIT, Intent
from ingest.nlp.dates import years_written_out
from ingest.nlp.names import countries
from ingest.nlp.numbers import ASKS_CHANGE, UNIT_ALT
from ingest.nlp.quantities import SCALES, Quantity, base_unit, counts_alike, quantities

# 是2013年的多少倍, 只有上一年的百分之几: one side as a multiple or a share of the other
# 翻了一番没有 / 翻番了吗: whether it doubled, told by the multiple
RATIO = re.compile(r"(?:多少|几)倍|百分之(?:几|多少)|几成|翻了?(?:几|多少)番"
                   r"|翻了?[一两二]?番(?:了没有|没有|了吗|吗|没|与否)?")
DOUBLINGS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五"}  # 翻了两番: four times as much
RATIO_ASK = re.compile(rf"(?:是|为|只有|仅有|仅为|相当于|约为)?的?(?:{RATIO.pattern})")
# 增长了百分之多少, 增幅是多少: the change as a rate of the earlier side
GROWTH = re.compile(r"(?:增加|减少|增长|下降|提高|降低)了?百分之(?:几|多少)|增长率|增幅|降幅|下降率")
# 增长了多少列，百分之几: the amount, then the rate
RATE_TOO = re.compile(r"(?:增加|减少|增长|下降|提高|降低)了?(?:多少|几)[^，,。？?]{0,3}[，,、]\s*"
                      r"(?:是|为|有)?百分之(?:几|多少)")
# 是上升还是下降: which way it changed, told by the change computed
UP_OR_DOWN = re.compile(r"(?:是|有)?(?:上升|增加|增长|提高|升高|多了?)还是(?:下降|减少|降低|回落|少了?)了?")
# 合计多少 / 两年一共: the sides added up
SUMMED = re.compile(r"合计|一共|总共|共计|加起来|累计|总计")
COMPARES = re.compile(rf"分别|{UP_OR_DOWN.pattern}|各(?:是|为|有|自|(?=多少|几))|比较|对比|变化|相比|差"
                      rf"|{ASKS_CHANGE.pattern}|{RATIO.pattern}|{GROWTH.pattern}")
LAST_YEAR_BASE = re.compile(r"(?:比|较|与|同|跟)\s*(?:去年|上年|上一年度?|前一年)(?:同期)?(?:相比)?"
                            r"|同比(?=[增减多少上下提降])")  # 同比多了多少: than the year before
# 是前一年的几倍, 只有上一年的百分之几: the year before as the base of a ratio
LAST_YEAR_RATIO = re.compile(rf"(?:是|为|只有|仅有|仅为|相当于|约为)?\s*(?:去年|上年|上一年度?|前一年)(?:同期)?的?"
                             rf"(?=(?:{RATIO.pattern}))")
# 后者多出几个 / 前者少多少: the sides named by their place in the question
FORMER_LATTER = re.compile(r"(?:前者|后者)(?:比(?:前者|后者))?")
YEARS_JOINED = re.compile(r"\d{4}\s*年度?\s*(?:和|与|及|以及|、)\s*\d{4}\s*年")  # 2018年和2021年…多少: one per year
# 2014、2016、2018年 / 2016和2019年: years listed under one 年, the list taken out as a whole
YEAR_LIST = re.compile(r"(?:(?:19|20)\d{2}\s*年?度?\s*(?:、|和|与|及|以及|，|,)\s*)+(?:19|20)\d{2}\s*年度?(?:底|末)?"
                       r"(?:这?[两二三四五]个?年度?)?")  # 2023年、2024年两年
QUESTION_WORD = re.compile(r"多少|几")
# the comparison's own words, taken out of each side's question (各培训了多少人次: 培训了多少人次)
EACH = re.compile(r"合计|一共|总共|共计|加起来|分别|各(?=[^，,。？?、]{0,4}?(?:多少|几))|各自|相比"
                  r"|(?:对比|比较|比)一下|对比|比较|有什么变化|变化")
# 还没恢复到2019年的水平，差多少家: the level of the other year is how the comparison is asked, not what is counted
LEVEL = re.compile(r"(?:还|仍|尚|是否|有没有)?(?:没有?|未)?(?:恢复|回升|回落|回到|达到|超过|超出|赶上|低于|高于)"
                   r"(?:到|至)?了?的?(?:之前|以前|疫情前)?的?水平(?:了吗|了没有|没有|吗)?[，,]?")
COMPARED_KINDS = ("figure", "share")  # a count or a share (占比…提高了几个百分点) is compared side by side
CHANGE_UNIT = re.compile(rf"{ASKS_CHANGE.pattern}(?P<unit>{UNIT_ALT})")
# 哪一年批次更多、多多少: which year is more is told by the change; what is compared stays (批次)
WHICH_MORE = re.compile(r"哪一?(?:年|个年份|年度)(?P<what>[^？?，,、]*?)(?:更|较)?[多少高低大小快慢](?![少几])[、，,]?")
# 占比2019年: 占比 stays; 从2012年到2025年: the span's words go with its years
ANOTHER_YEAR = r"(?:(?<!占)比|较|与|和|同|、|及|从|到|至)?\s*{year}\s*年度?(?:底|末)?(?:相比)?"
JOINS = r"和|与|及|以及|、|跟|同|对比|比"
# 上半年和全年 of one year: the parts compared (全年 is the whole year's figure)
PART = re.compile(r"前三季度|[一二三四]季度|第[一二三四]季度|上半年|下半年|全年")
# 哪个城市接待更多 / 哪家外办多: which body is more is told by the change; what is compared stays
WHICH_BODY_MORE = re.compile(r"(?:哪(?:个|一个|家|座|一家)(?:城市|市|地方|外办|单位|区|县)?|谁的?)"
                             r"(?P<what>[^？?，,、]*?)(?:更|较)?[多少高低大小](?![少几])[、，,]?")


# 青溪区驻留的外籍人员占全市的百分之几: the part and the whole, each asked, the share computed
SHARE_OF = re.compile(r"占(?P<whole>全(?:市|省|州|区|县|国)|[\u4e00-\u9fff]{2,8}?(?:市|省|州|区|县))的?"
                      r"(?:百分之(?:几|多少)|比重|比例|份额|几成)")

# 2024年新设的外商投资企业中，经外事渠道引进的占百分之几: a part of a whole the question names first
SUBSET_SHARE = re.compile(r"(?P<whole>[^，,。；;？?]{2,}?)(?:中|当中|之中|里|里面|里头)[，,]?\s*(?:其中)?"
                          r"(?P<part>[^，,。；;？?]{2,}?)的?占(?:比)?(?:百分之(?:几|多少)|多大的?(?:比例|比重|份额)|比重|比例"
                          r"|份额|几成|多少)")

# 目标完成了没有？差多少 / 目标实现了吗，超了多少: the plan's figure and the year's actual one, the gap computed
TARGET_MET = re.compile(r"的?(?:目标|任务|指标|计划)(?:数)?(?:是否)?(?:完成|实现|达到|达成|达标)了?"
                        r"(?:没有|没|吗|与否|了吗)?"
                        r"|的?(?:目标|任务|指标)(?:是否)?(?:完成|实现|达到)?了?[^，,。？?]{0,2}[，,？?]\s*(?:实际)?"
                        r"(?:超|差|多|少)了?多少|的?(?:目标|任务|指标)(?:是|为)(?:多少|几)[^，,。？?]{0,3}[，,？?]\s*"
                        r"(?:实际|最后|最终|结果)?(?:超|差|完成|完成了|多|少)了?(?:多少|几)")
# 2013年总结提出2014年合同外资要达到多少，实际是多少 / …目标是多少，最后招了多少: the plan asked, then the result
PLAN_THEN_RESULT = re.compile(r"^(?P<plan>[^，,。？?]*?(?:要达到|要实现|达到|目标|力争|定的|提出"
                              r"|(?<![需还只重主想])要[\u4e00-\u9fff]{1,2}?(?=多少|几))"
                              r"[^，,。？?]*?(?:多少|几)(?P<unit>[^，,。？?\s]{0,3}?))[？?]?[，,？?]\s*(?:最后|最终|实际上?|结果)"
                              r"[^，,。？?]{0,6}?(?:多少|几|吗|没有|与否)")
# 2025年引进海外人才实际完成了多少人？年初的目标是多少: the result asked, then the plan
RESULT_THEN_PLAN = re.compile(r"^(?P<topic>[^，,。？?]*?)(?:实际上?|最终|最后)(?:完成|实现|达到|办|做|引进|接待)?了?"
                              r"(?:多少|几)(?P<unit>[^，,。？?\s]{0,3}?)[？?，,]\s*(?:年初|原定|原来|当初|最初)?"
                              r"(?:定|提出|确定)?的?(?:目标|计划|任务|指标)(?:是|为)?(?:多少|几)")
# any other wording of a plan and its result: 比计划少了多少, 离当年目标还差多少, 达到年初定的目标没有,
# 目标和实际各多少, 超额完成目标了吗: a plan's word and a word of meeting it or of the gap
# (多少 and 几 taken out first: no 多 or 少)
PLAN_WORD = r"(?:目标|计划|任务|指标|预期)"
PLAN_GAP = re.compile(rf"{PLAN_WORD}[^。]*?(?:完成|实现|达成|达标|达到|超额|超过|超出|超了|差|少了|多了|实际|没有|吗)"
                      rf"|(?:完成|实现|达成|达到|超过|超出|比|离|跟|与|较)[^，,。？?]{{0,8}}?{PLAN_WORD}")
# where the topic of such a question ends: at the plan (比计划, 离当年目标, 年初定的目标) or at the verb of meeting it
PLAN_TOPIC_END = re.compile(rf"(?:比|离|跟|与|较)?(?:年初|年中|年底|原|原来|当年|当初|最初|年度|全年)?"
                            rf"(?:定下?的|确定的|提出的|设定的)?的?{PLAN_WORD}|(?:超额)?(?:完成|实现|达成|达到|超过|超出)了?(?=[^，,。？?]{{0,8}}?{PLAN_WORD})")
# the year a plan is for, not the year of the report that set it (2013年总结提出2014年…: 2014)
FOR_YEAR = re.compile(r"((?:19|20)?\d{2})\s*年(?!度?(?:上半年|下半年)?的?(?:工作)?(?:总结|报告|要点))")
PLAN_WORDING = re.compile(r"(?:(?:19|20)?\d{2}\s*年度?(?:上半年|下半年)?的?(?:工作)?(?:总结|报告|要点|计划|打算)"
                          r"(?:里|中|上)?(?:说的|提出的?|定的|确定的?)?)|提出的?|定下?的|确定的?|设定的?|要达到|要实现|要突破|突破"
                          r"|达到|力争|的?(?:目标|任务|指标)(?:是|为)?|(?<![需还只重主想])要(?=[\u4e00-\u9fff]{1,2}$)")
PLAN_SET = re.compile(r"(?:(?:19|20)\d{2}\s*年度?的?(?:工作)?(?:要点|计划|总结|报告)(?:里|中|内|上)?)?"
                      r"(?:定的|提出的|确定的|设定的|定下的)?")


@dataclass(frozen=True)
class Side:
    """One side of a comparison (a year, a part of a year, a body), named by `label`, and its sub-question."""

    year: int | None
    question: str
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label and self.year is not None:
            object.__setattr__(self, "label", f"{self.year}年")


def growth_sides(question: str, intent: Intent) -> list[Side]:
    """比去年同期增长了百分之几, of one year: the year before and the year, each asked, for the rate to be computed
    where the reports do not state it (the chain asks the question as it is first: a report's 同比增长 is the
    answer); [] for anything else."""
    years = intent.period.years
    if (len(years) != 1 or intent.kind != "share" or not GROWTH.search(question)
            or not (base := LAST_YEAR_BASE.search(question))):
        return []
    return _year_before(question[: base.start()] + question[base.end():], years[0], intent.period.part)


def _year_before(question: str, year: int, part: str = "") -> list[Side]:
    """The year before and the year, each asked of `question` (its base already taken out)."""
    return [Side(y, sub_question(question, y, (year,)), f"{y}年{part}" if part else "") for y in (year - 1, year)]


def comparison(question: str, intent: Intent, places: frozenset[str] | set[str] = frozenset()) -> list[Side]:
    """The sides of a comparison of a figure question across two or more years, two parts of one year
    (上半年和全年) or two bodies the question names (`places`: the cities and districts asked, 白河市 named as
    白河 too); [] for anything else."""
    years = intent.period.years
    if (plan := PLAN_THEN_RESULT.search(question)) and intent.period.planned:
        return _plan_then_result(plan)
    if (result := RESULT_THEN_PLAN.search(question)) and len(years) <= 1:
        return _plan_and_result(result.group("topic"), years[0] if years else None, result.group("unit"))
    # 2024年报告提出的2025年留学生目标完成了没有: a report names the plan; the result is of the year planned
    if (met := TARGET_MET.search(question)) and len(years) <= 1 and intent.kind in ("figure", "other"):
        end = _topic_end(question, met.start())
        return _plan_and_result(question[:end], years[0] if years else None, _gap_unit(question, met.start()))
    if (len(years) <= 1 and intent.kind in ("figure", "other") and asks_plan_gap(question)
            and (end := _topic_end(question, len(question))) < len(question)):
        return _plan_and_result(question[:end], years[0] if years else None, _gap_unit(question, end))
    if intent.period.report_year:
        return []
    if (share := SHARE_OF.search(question)) and len(years) <= 1:
        return _part_and_whole(question, share, years[0] if years else None, places)
    if (subset := SUBSET_SHARE.search(question)) and len(years) <= 1:
        return _subset_and_set(subset, years[0] if years else None)
    # 2023年上半年班列比去年同期少开了多少列: the year before and the year, each asked
    if len(years) == 1 and intent.kind == "figure" and intent.change and (base := LAST_YEAR_BASE.search(question)):
        return _year_before(question[: base.start()] + question[base.end():], years[0])
    # 2023年来沙南的外宾团是前一年的几倍: the year before and the year, the ratio computed
    if len(years) == 1 and intent.kind in COMPARED_KINDS and (base := LAST_YEAR_RATIO.search(question)):
        return _year_before(question[: base.start()] + "是" + question[base.end():], years[0])
    if len(years) >= 2:
        which = WHICH_MORE.search(question)
        # 翻了一番没有 asks no count, yet compares two years' figures
        summed = SUMMED.search(question) is not None and YEAR_LIST.search(years_written_out(question)) is not None
        if (intent.kind not in COMPARED_KINDS and not which and "番" not in question) or not (
                which or summed or COMPARES.search(question) or YEARS_JOINED.search(question)):
            return []
        return [Side(year, sub_question(question, year, years)) for year in years]
    year = years[0] if years else None
    which = WHICH_BODY_MORE.search(question)
    if (intent.kind not in COMPARED_KINDS and not which) or not (which or COMPARES.search(question)):
        return []
    if len(parts := list(dict.fromkeys(PART.findall(question)))) >= 2 and _joined(question, parts):
        return [Side(year, _one_side(question, part, parts, None, year), f"{year or ''}{'年' if year else ''}{part}")
                for part in parts]
    named = sorted(((at, place, said) for place in places if (at := _said_at(question, place)) is not None
                    and not _foreign(question, at) for said in [_said(question, place)]), key=lambda t: t[0])
    if len(named) >= 2 and _joined(question, [said for _, _, said in named]):
        return [Side(year, _one_side(question, said, [s for _, _, s in named], which, year), place)
                for _, place, said in named]
    return []


def _part_and_whole(question: str, share: re.Match[str], year: int | None, places: frozenset[str] | set[str]
                    ) -> list[Side]:
    """青溪区驻留的外籍人员占全市的百分之几 -> 青溪区驻留的外籍人员多少？ and 全市驻留的外籍人员多少？ (the part's
    body, or the year, followed by the whole); the part named as the question names it, else as the one body
    asked (the library's own, for a question naming none)."""
    whole = share.group("whole")
    part = re.sub(r"的$", "", question[: share.start()])
    named = sorted(((at, said) for place in places if (at := _said_at(part, place)) is not None
                    for said in [_said(part, place)]), key=lambda t: t[0])
    if named:
        at, said = named[0]
        label = said
        whole_question = part[:at] + whole + part[at + len(said):]
    else:
        label = next(iter(places)) if len(places) == 1 else "所问"
        lead = re.match(r"\s*(?:(?:19|20)\d{2}\s*年度?(?:底|末)?)?", part)
        whole_question = part[: lead.end()] + whole + part[lead.end():]
    if year is not None and f"{year}年" not in part:
        part, whole_question = f"{year}年{part}", f"{year}年{whole_question}"
    return [Side(year, f"{part}多少？", label), Side(year, f"{whole_question}多少？", whole)]


def _subset_and_set(share: re.Match[str], year: int | None) -> list[Side]:
    """2024年新设的外商投资企业中，经外事渠道引进的占百分之几 -> 2024年新设的外商投资企业中经外事渠道引进的多少？ and
    2024年新设的外商投资企业多少？ (the part first, then the whole)."""
    whole, part = share.group("whole").strip(), share.group("part").strip().removesuffix("的")
    if year is not None and f"{year}年" not in whole:
        whole = f"{year}年{whole}"
    label = re.sub(r"^(?:(?:19|20)\d{2}\s*年度?(?:底|末)?)?的?", "", whole)
    return [Side(year, f"{whole}中{part}的多少？", part), Side(year, f"{whole}多少？", label)]


def _topic_end(question: str, at: int) -> int:
    """Where the topic of a question about a plan ends: at `at`, or before, at the verb of meeting the plan
    (合同外资完成1亿美元的目标没有: 合同外资)."""
    end = PLAN_TOPIC_END.search(question)
    return end.start() if end and end.start() < at and _has_topic(question[: end.start()]) else at


def _has_topic(text: str) -> bool:
    """Does the text before a plan's word say what was planned (2023年马拉松外籍选手), not only when (2020年原本:
    原本计划接待多少外宾团组 names it after the plan's word)?"""
    bare = re.sub(r"(?:19|20)\d{2}\s*年度?|原本|原来|本来|当初|年初|的", "", text)
    return len(re.findall(r"[\u4e00-\u9fff]", bare)) >= 2


def _gap_unit(question: str, at: int) -> str:
    """The unit the gap is asked in (差几期: 期; 差几个人: 人, not 个), or ""."""
    if not (m := CHANGE_UNIT.search(question, at)):
        return ""
    if m.group("unit") == "个":  # 差几个: no unit of the count (the reports say 批次); 差几个人: in 人
        return "人" if question.startswith("人", m.end()) else ""
    return m.group("unit")


def asks_plan_gap(question: str) -> bool:
    """Does the question ask whether a plan was met, or by how much it was missed or passed?"""
    return (TARGET_MET.search(question) is not None or PLAN_THEN_RESULT.search(question) is not None
            or PLAN_GAP.search(QUESTION_WORD.sub("", question)) is not None)


def _plan_then_result(asked: re.Match[str]) -> list[Side]:
    """2013年总结提出2014年合同外资要达到多少，实际是多少 -> 2013年总结提出2014年合同外资要达到多少？ and
    2014年合同外资多少？ (the result in the year the plan was for: the last year the plan names)."""
    plan = asked.group("plan")
    # the year the plan is for, else (2019年上半年总结提出全年…) the report's own
    said = [m.group(1) for m in FOR_YEAR.finditer(plan)] or re.findall(r"((?:19|20)\d{2})\s*年", plan)
    year = None if not said else int(said[-1]) if len(said[-1]) == 4 else 2000 + int(said[-1])
    topic = PLAN_WORDING.sub("", plan[: plan.rfind("多少") if "多少" in plan else plan.rfind("几")])
    topic = re.sub(r"(?:(?:19|20)?\d{2})\s*年度?", "", topic).strip("的，, ")
    result = f"{year}年{topic}" if year else topic
    return [Side(year, f"{plan}？", "目标"), Side(year, f"{result}{'多少' + asked.group('unit')}？", "实际")]


def _plan_and_result(topic: str, year: int | None, unit: str = "") -> list[Side]:
    """2024年工作要点定的外宾来访团组（目标完成了没有） -> 2024年工作要点定的外宾来访团组目标是多少？ and
    2024年外宾来访团组多少？ (the year's result, as its own report tells it); each in `unit` where the gap is
    asked in one (差几期)."""
    topic = topic.rstrip("的，, ")
    done = PLAN_SET.sub("", topic).strip("的，, ")
    if year is not None and f"{year}年" not in done:
        done = f"{year}年{done}"
    return [Side(year, f"{topic}的目标是多少{unit}？", "目标"), Side(year, f"{done}多少{unit}？", "实际")]


def _said(question: str, place: str) -> str:
    """How the question names a place: in full (白河市) or without 市/区/县/州 (白河)."""
    return place if place in question else place[:-1]


def _said_at(question: str, place: str) -> int | None:
    at = question.find(_said(question, place))
    return None if at < 0 else at


def _foreign(question: str, at: int) -> bool:
    """Is the place at `at` a foreign city (韩国昌原市: after its country)?"""
    return any(question[:at].endswith(country) for country in countries())


def _joined(question: str, names: list[str]) -> bool:
    """Are the first two of `names` joined in the question (白河和枫林, 上半年与全年, 枫林比白河)?"""
    a, b = (rf"(?:\d{{4}}\s*年)?{re.escape(name)}" for name in names[:2])
    # …上半年靠港的邮轮有多少，跟全年差多少: the second joined at the start of the next clause
    # 临江市2017年接待的外宾来访团组比临海少多少: 比 joins across the whole thing compared
    return re.search(rf"{a}[^，,。？?]{{0,8}}?(?:{JOINS})\s*{b}|{b}[^，,。？?]{{0,8}}?(?:{JOINS})\s*{a}"
                     rf"|{a}[^。？?]*?[，,]\s*(?:{JOINS})\s*{b}|{a}[^，,。？?]{{0,24}}?比\s*{b}"
                     rf"|{b}[^，,。？?]{{0,24}}?比\s*{a}", question) is not None


def _one_side(question: str, kept: str, named: list[str], which: re.Match[str] | None, year: int | None) -> str:
    """The question about one part or body: the others and the comparison words taken out."""
    if which:
        question = WHICH_BODY_MORE.sub(lambda m: m.group("what") or "多少", question)
    parts = re.findall(r"[^？?，,；;]+[？?，,；;]?", question)
    asked = [p for p in parts if not _asks_change(p)]
    text = "".join(asked) if asked and any(QUESTION_WORD.search(p) for p in asked) else question
    compared_to = "|".join(rf"(?:\d{{4}}\s*年)?{re.escape(n)}" for n in named)
    text = re.sub(rf"比\s*(?:{compared_to})(?:外办|的)?", "", text, count=1)  # A…比B少多少: B, the one compared to
    for other in named:
        if other != kept:  # 白河和枫林 / 枫林与白河的 / 上半年和2014年全年: the other one and its joining word
            other = rf"(?:\d{{4}}\s*年)?{re.escape(other)}"
            text = re.sub(rf"(?:{JOINS})\s*{other}(?:外办|的)?|{other}(?:外办)?\s*(?:{JOINS})", "", text, count=1)
    if kept not in text:  # …上半年靠港的邮轮有多少，跟全年差多少: the asked clause names the other one only
        other = next((o for o in named if o != kept and o in text), None)
        text = text.replace(other, kept, 1) if other else text
    if year is not None and f"{year}年" not in text:  # 2014年上半年和全年: the year went with 上半年
        text = f"{year}年{text}"
    text = RATIO_ASK.sub("多少", GROWTH.sub("", text))
    text = ASKS_CHANGE.sub(r"\1", text)
    text = EACH.sub("", text)
    if not QUESTION_WORD.search(text):
        text = re.sub(r"[？?]?$", "多少？", text, count=1)
    return _tidied(text)


def _tidied(text: str) -> str:
    """A side's question without its leading commas and a clause left holding nothing but its question word (…多少人，
    增幅多少 once 增幅 is taken out)."""
    bare = re.search(r"[，,；;]\s*(?:是|为|有)?(?:多少|几)\s*[？?]?$", text)
    if bare and QUESTION_WORD.search(text[: bare.start()]):
        text = text[: bare.start()] + ("？" if text.endswith(("？", "?")) else "")
    text = re.sub(r"[？?](?=是多少[？?]$)", "", text)  # 增速？是多少？ of 增速哪年更快？差几个百分点？
    return re.sub(r"^[，,\s]+|[，,]\s*(?=[？?]|$)", "", text)


def _asks_change(clause: str) -> bool:
    """Does the clause ask for the change (增加了多少, 增幅多少, 是2013年的几倍) rather than each side's figure?"""
    return bool(ASKS_CHANGE.search(clause) or GROWTH.search(clause) or RATIO.search(clause)
                or UP_OR_DOWN.search(clause) or re.search(r"变(?:化)?了(?:多少|几)", clause))


def sub_question(question: str, year: int, years: tuple[int, ...]) -> str:
    """The question about one year: the years and the comparison words taken out, the year put first."""
    question = re.sub(r"是不是|是否", "", years_written_out(question))  # 是不是比2021年翻了一番: no 是不
    which = WHICH_MORE.search(question)
    question = WHICH_MORE.sub(lambda m: m.group("what"), question)
    # …分别是多少？增加了多少？ / …分别是多少，2020年多了几起？: the change is computed, not asked of each year
    question = YEAR_LIST.sub("", question)
    question = FORMER_LATTER.sub("", question)
    parts = re.findall(r"[^？?，,；;]+[？?，,；;]?", question)
    asked = [p for p in parts if not _asks_change(p)]
    text = "".join(asked) if asked and any(QUESTION_WORD.search(p) for p in asked) else question
    unit = next((m.group("unit") for p in parts if (m := CHANGE_UNIT.search(p))), "")
    points = "百分点" in unit
    unit = "" if points else unit  # 提高了几个百分点: each year's share is asked as a share
    if asked and len(asked) < len(parts) and text == question and (unit or points or not which):  # 后者多出几个: 个
        text = "".join(asked).rstrip("，,；; ") + (f"多少{unit}？" if unit else "是多少？")
    if text != question and unit and not any(m.group(1) for m in ASKED_UNIT.finditer(text)):  # 多了几起: in 起
        text = re.sub(r"(多少|几)(?!.*(?:多少|几))", rf"\g<1>{unit}", text)
    for each in years:
        text = re.sub(ANOTHER_YEAR.format(year=each), "", text)
    text = LEVEL.sub("", text)
    text = GROWTH.sub("", text)  # 增幅是多少: each year's figure is asked, the rate computed
    text = RATIO_ASK.sub("多少", text)
    text = ASKS_CHANGE.sub(r"\1", text)
    text = EACH.sub("", text)
    if not QUESTION_WORD.search(text):  # 哪一年接待外宾更多: how many each year
        text = re.sub(r"[？?]?$", "多少？", text, count=1)
    at_end = re.search(rf"{year}\s*年度?(底|末)", question)  # 2019年底: a stock at the year's end
    return f"{year}年{at_end.group(1) if at_end else ''}" + _tidied(text)


def _one_thing(first: str, second: str) -> tuple[Quantity, Quantity] | None:
    """The one figure each text states, when they count one thing: one unit, or counters of one thing (72个 and
    64批, 团组 counted in two house styles; 72个 and 64人 never)."""
    a, b = quantities(first), quantities(second)
    if len(a) != 1 or len(b) != 1 or a[0].value is None or b[0].value is None:
        return None
    if base_unit(a[0].unit) != base_unit(b[0].unit) and not counts_alike(a[0].unit, b[0].unit):
        return None
    return a[0], b[0]


def difference(later: str, earlier: str) -> tuple[float, str] | None:
    """later - earlier, when both are one figure of one thing (41张, 20张 -> 21, 张; 72个, 64批 -> 8, 个), in the
    scale and counter the later one is written in (4.5亿美元, 3.6亿美元 -> 0.9, 亿美元)."""
    return _combined(later, earlier, -1)


def total(first: str, second: str) -> tuple[float, str] | None:
    """first + second, when both are one figure of one thing (1127件, 1389件 -> 2516, 件), in the scale and counter
    the second is written in."""
    return _combined(second, first, 1)


def _combined(lead: str, other: str, sign: int) -> tuple[float, str] | None:
    """lead + sign × other, in the scale and counter `lead` is written in."""
    if not (pair := _one_thing(lead, other)):
        return None
    a, b = pair
    scale = next((s for s in SCALES if s in lead), "")
    return round((a.value + sign * b.value) / SCALES.get(scale, 1.0), 6), scale + a.unit


def ratio(numerator: str, denominator: str) -> float | None:
    """numerator / denominator, when both are one figure of one thing (17.3万人次, 6.2万人次 -> 2.79...)."""
    if not (pair := _one_thing(numerator, denominator)) or not pair[1].value:
        return None
    return pair[0].value / pair[1].value  # values at their scale (万, 亿) already


def computed(question: str, sides: list[Side], figures: list[str]) -> str | None:
    """The line the program adds under two answered sides: the difference (增加了多少), the growth rate
    (增长了百分之多少) or one side as a multiple or share of the other (是2013年的多少倍, 只有上一年的百分之几)."""
    if len(sides) != 2 or len(figures) != 2:
        return None
    earlier, later = sides
    if SHARE_OF.search(question) or SUBSET_SHARE.search(question):  # the part, then the whole
        if (value := ratio(figures[0], figures[1])) is None:
            return None
        return f"{earlier.label}占{later.label}的{value * 100:.1f}%（按以上两数计算）。"
    if GROWTH.search(question) or RATE_TOO.search(question):
        if (value := ratio(figures[1], figures[0])) is None:
            return None
        rate = (value - 1) * 100
        verb = "持平" if round(rate, 1) == 0 else f"{'增长' if rate > 0 else '下降'}{abs(rate):.1f}%"
        growth = f"{later.label}比{earlier.label}{verb}（按以上两数计算）。"
        # 增加了多少人，增幅多少: the amount asked too
        amount = ASKS_CHANGE.search(GROWTH.sub("", question)) and difference(figures[1], figures[0])
        return f"{change_text(later, earlier, *amount)}\n{growth}" if amount else growth
    if (ask := RATIO.search(question)) and "番" in ask.group():  # 从2015年到2019年翻了几番: the later over the earlier
        if not (value := ratio(figures[1], figures[0])) or value <= 0:
            return None
        times = _multiple(value)
        if said := re.search(r"翻了?([一两二])番", ask.group()):  # 翻了一番没有: yes or no, not rounded into a yes
            n = 1 if said.group(1) == "一" else 2
            verdict = f"{'已' if value >= 2**n else '未'}翻{said.group(1)}番"
            return f"{later.label}是{earlier.label}的{value:.2f}倍，{verdict}（按以上两数计算）。"
        doublings = math.log2(value)
        said = (f"翻了{DOUBLINGS.get(round(doublings), round(doublings))}番" if abs(doublings - round(doublings)) < 0.1
                and round(doublings) > 0 else f"约翻了{doublings:.1f}番")
        return f"{later.label}是{earlier.label}的{times}倍，{said}（按以上两数计算）。"
    if ask:
        # the side named right before the ask is the base (2017年…是2013年的多少倍: 2013年); else the earlier one
        base = 0 if LAST_YEAR_RATIO.search(question) else max(  # 是前一年的几倍: the year before
            (1, 0), key=lambda i: _named_at(question[: ask.start()], sides[i]))
        whole, part = sides[base], sides[1 - base]
        if (value := ratio(figures[1 - base], figures[base])) is None:
            return None
        amount = (_multiple(value) + "倍" if "倍" in ask.group()
                  else f"{value * 100:.1f}%")
        return f"{part.label}是{whole.label}的{amount}（按以上两数计算）。"
    if SUMMED.search(question) and not ASKS_CHANGE.search(question) and (summed := total(*figures)):
        return f"{earlier.label}与{later.label}合计{_amount(*summed)}（按以上两数计算）。"
    if change := difference(figures[1], figures[0]):
        if asks_plan_gap(question):
            delta, unit = change
            amount = _amount(delta, unit)
            verdict = "完成目标" if delta == 0 else f"超过目标{amount}" if delta > 0 else f"比目标少{amount}，未完成"
            return f"实际{verdict}（按以上两数计算）。"
        return change_text(later, earlier, *change)
    return None


def _multiple(value: float) -> str:
    """A multiple as a report writes it, with one decimal at most (15.3, 1.9, 4)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _named_at(text: str, side: Side) -> int:
    """Where the text last names the side (-1: not at all, as 上一年 names no year)."""
    return text.rfind(side.label) if side.label else -1


def _amount(delta: float, unit: str) -> str:
    return f"{abs(delta):g}{'个百分点' if unit == '%' else unit}"  # shares differ in points, not per cent


def change_text(later: Side, earlier: Side, delta: float, unit: str) -> str:
    """The computed change, said over time (2022年比2020年增加…) or between bodies or parts (枫林市比白河市多…)."""
    amount = _amount(delta, unit)
    if delta == 0:
        return f"{later.label}与{earlier.label}{'持平' if _over_time(later, earlier) else '相同'}。"
    more, less = ("增加", "减少") if _over_time(later, earlier) else ("多", "少")
    return f"{later.label}比{earlier.label}{more if delta > 0 else less}{amount}（按以上两数计算）。"


def _over_time(later: Side, earlier: Side) -> bool:
    return later.year is not None and earlier.year is not None and later.year != earlier.year

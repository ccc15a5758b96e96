"""What a question asks for: a figure (and in which unit), a date, a list, or a total across reports.

Pure functions over the question text, so the routing rules are easy to test one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR, AskedPeriod, asked_period, years_spanned, years_written_out
from ingest.nlp.names import dictionary_tags
from ingest.nlp.numbers import ASKS_CHANGE, UNIT_ALT
from ingest.nlp.quantities import base_unit, counts_alike, scaled

ASKED_UNIT = re.compile(rf"(?<![第哪])(?:几|多少)({UNIT_ALT})?")  # 哪几个: which, not how many
ORDINAL_ASK = re.compile(rf"第(?:几|多少)({UNIT_ALT})")  # 第几届: an ordinal, not a count
DATE_ASK = re.compile(r"哪天|哪一天|什么时候|何时|几月几[日号]|哪个月|哪一?年|什么时间|日期")
WHO_ASK = re.compile(r"谁|哪位|什么名字|叫什么|姓名")
# 成功率是多少, 覆盖率达到多少: a rate
SHARE_ASK = re.compile(r"比例|占比|比重|百分之|进度|[增降]长?率|多大|率(?:是|为|达到?|有|在)?(?:多少|几)")
# 有哪些举措 / 采取了哪些措施: what was done, an open question (the section answers it), not a list of names
LIST_ASK = re.compile(r"列出|列举|罗列|列一下|列一列|列个|哪几[个所家项场]|分别是|分别有"
                      r"|(?:有|都有|是|[了过])哪些(?!(?:主要|具体|重要|重点|有效|新的?)?(?:措施|做法|举措|工作|方面|成效"
                      r"|成绩|经验|问题|困难|不足|要求|政策|便利|优惠|规定|内容|变化))"
                      r"|哪些(?:国际)?(?:友好城市|友城|城市|国家|地区|单位|机构|部门|文件|制度)"
                      r"|哪(?:个|一个|座)(?:国际)?(?:友好城市|友城|城市)")  # 和法国哪个城市是友城: the list answers
# 接待海外侨胞人次是多少 / 人次比2023年多多少: the unit named before the question word
NAMED_UNIT = re.compile(r"(人次|批次|万元|亿元|百分点)数?(?:是|为|有|比\S{0,12}?)?(?:多少|几)")
COUNT_ASK = re.compile(r"(?:数|数量|总数|数目)(?:是|为|有)?(?:多少|几)")  # 团组数是多少: a count, in its own unit
MONEY_ASK = re.compile(r"多少钱|多少资金|多少经费|金额(?:是|为|有)?多少")  # 捐了多少钱: a sum in 元 (1730万元)
PEOPLE_ASK = re.compile(r"人数|多少人(?!次)|几人")  # 人数是多少: a count of 人次 or 人
# 多少个外国专家: people counted with 个, answered by 85人 or 85名
PERSONS_COUNTED = re.compile(r"(?:多少|几)个[^，,。？?]{0,6}?(?:专家|人员|学生|校长|嘉宾|客商|代表|记者|教师|干部"
                             r"|华侨|侨胞|志愿者|外宾|人才)(?=[？?，,。]|$)")
STOCK_ASK = re.compile(r"年底|年末|截至|截止|累计|总数|总共有|共有|现有|目前有|保有")
TOTAL_ASK = re.compile(r"一共|总共|合计|共计|总计|加起来|累计共|各(?:新建|开展|举办|签订|有)")


@dataclass(frozen=True)
class Intent:
    """`kind`: figure | date | share | person | other; `listing`/`total` ask for rows across the library."""

    kind: Literal["figure", "date", "share", "person", "other"]
    units: tuple[str, ...] = ()
    listing: bool = False
    total: bool = False
    years: tuple[int, ...] = ()
    change: bool = False  # asks for an amount of change (增加了多少)
    period: AskedPeriod = field(default_factory=AskedPeriod)  # the figure's years, its report's year, a plan?
    people: bool = False  # 人数: a count of 人次 or 人, either unit answers
    ordinal: bool = False  # 第几届: answered by an ordinal (第五届), never by a count (5届)
    any_unit: bool = False  # 团组数是多少: a figure in whatever unit the passage counts it
    span: tuple[int, ...] = ()  # 2014年到2019年…哪些: the years a list or a total runs over
    stock: bool = False  # 2019年底有几条航线: what there is at a date (达到九条), not what was added (开通两条)

    def in_asked_unit(self, unit: str) -> bool:
        """多少个团组 is answered by 110批 too, 几起领保案件 by 58件 (`counts_alike`); 多少人次 only by 人次."""
        return unit in self.units or (len(self.units) == 1 and counts_alike(self.units[0], unit))

    @property
    def across_reports(self) -> bool:
        return self.listing or self.total


def asked_unit(unit: str) -> str:
    """The unit a figure is stored in: 多少亿元 asks for 元 (941亿元 is 94100000000 元), 多少万人次 for 人次."""
    return scaled(1.0, unit)[1] or base_unit(unit)


# 援外培训班期数是多少: a count in the unit the word names (期); the word is how it is asked, no term a passage holds
COUNTER_WORD = re.compile(r"(?<![国同市商])(期|批|场|家|件|项|本|张|所|起|艘|架次|场次|批次|字|列|条|天)数(?!据|字)")
# the words by which a question asks, no terms a passage holds: 期数 (a count in 期), 第几次 (an ordinal)
ASKING_TERM = re.compile(rf"{COUNTER_WORD.pattern}|第几[\u4e00-\u9fff]?")
COUNTED_NOUNS = frozenset({"国家"})  # 多少国家: the unit 国 and what it counts


def starts_word(text: str, unit: re.Match) -> bool:
    """Does a one-character unit begin a word with the next character (多少国际学生, 多少名额), not count?"""
    word = text[unit.start(1) : unit.end(1) + 1]
    return len(unit.group(1)) == 1 and len(word) == 2 and len(dictionary_tags(word)) == 1 and word not in COUNTED_NOUNS


def intent_of(question: str) -> Intent:
    text = years_written_out(canonical(question))
    units = tuple(dict.fromkeys(asked_unit(m.group(1)) for m in ASKED_UNIT.finditer(text)
                                if m.group(1) and not starts_word(text, m)))
    if not units and (named := NAMED_UNIT.search(text)):
        units = (asked_unit(named.group(1)),)
    if not units and (counter := COUNTER_WORD.search(text)):
        units = (asked_unit(counter.group(1)),)
    if not units and MONEY_ASK.search(text):
        units = ("元",)
    ordinal = ORDINAL_ASK.search(text)
    if ordinal:
        units = (base_unit(ordinal.group(1)),)
    if units == ("个",) and PERSONS_COUNTED.search(text):
        units = ("人",)
    people = not units and PEOPLE_ASK.search(text) is not None
    any_unit = not units and not people and COUNT_ASK.search(text) is not None
    if people:
        units = ("人次", "人")
    years = tuple(sorted({int(y) for y in YEAR.findall(text)}))
    if DATE_ASK.search(text):
        kind = "date"
    elif WHO_ASK.search(text):
        kind = "person"
    elif SHARE_ASK.search(text):
        kind = "share"
    elif ASKED_UNIT.search(text) or units or ordinal:
        kind = "figure"
    else:
        kind = "other"
    # "2023年开展了几次培训？" counts events of a period, which several reports may each contribute to.
    counts_events = kind == "figure" and units == ("次",) and bool(years)
    listing, total = bool(LIST_ASK.search(text)), bool(TOTAL_ASK.search(text)) or counts_events
    # 2014年到2019年新结了哪些友城 / 到2015年底有哪几个友城: every year between, for a list or a total
    span = years_spanned(text) if listing or total else ()
    return Intent(kind, units, listing, total, years,
                  bool(ASKS_CHANGE.search(text)), asked_period(text), people,
                  ordinal is not None, any_unit, span, bool(STOCK_ASK.search(text)))

"""Every year and date pattern of the project: years (2023年), dates (2023年8月1日, 8月1日, 2023年8月),
and the time words that say when a figure holds (2023年以来, 上半年, 截至目前)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ingest.nlp.lexicon import lexicon_lines
from ingest.nlp.sentences import CLAUSE_BREAK

YEAR_DIGITS = r"(?:19|20)\d{2}"
# A year as a question, a claim or a time word says it: 2023年 (a space before 年 allowed).
YEAR = re.compile(rf"({YEAR_DIGITS})\s*年")
# A year in running text: not the tail of a longer number, 年 right after it.
YEAR_IN_TEXT = re.compile(rf"(?<!\d)({YEAR_DIGITS})年")
# The year digits alone, where 年 follows (for shifting years in a text).
YEAR_BEFORE_NIAN = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?=年)")
# 2023年 or 2023年度, as a follow-up question swaps it.
YEAR_OR_ANNUAL = re.compile(rf"{YEAR_DIGITS}\s*年(?:度)?")
# A year in a title or a file name: four digits not inside a longer number.
YEAR_IN_NAME = re.compile(rf"(?<!\d)({YEAR_DIGITS})(?!\d)")
# A year or a range typed by a user: 2023, 2022-2023, 2022至2023年.
YEAR_RANGE = re.compile(rf"\s*({YEAR_DIGITS})\s*(?:[-~至到]\s*({YEAR_DIGITS}))?\s*年?\s*")
# A document's date line: 2023年8月 or 2023年8月1日.
YEAR_MONTH_DAY = re.compile(rf"({YEAR_DIGITS})\s*年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*日)?")
# A date as one keyword token: 2023年8月1日, 2023年8月, 2023年, 8月1日.
DATE_TOKEN = rf"{YEAR_DIGITS}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?|\d{{1,2}}月\d{{1,2}}日"
DATE = re.compile(
    r"(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
)
# 确保3月份全面复工: a month of no year named (3月 alone may be a span: 停办3月)
MONTH_ONLY = re.compile(r"(?<![\d年])(\d{1,2})\s*月份")
TIME_WORDS = re.compile(
    r"((?:19|20)\d{2}年(?:\d{1,2}月)?(?:以来|上半年|下半年|全年)?|年初以来|今年以来|截至目前|截至\S{0,12}?(?:底|末)"
    r"|整改工作启动以来|[上下]半年|全年)"
)


def time_of(sentence: str) -> str:
    match = TIME_WORDS.search(sentence)
    return match.group(1) if match else ""


# 2014年到2019年, 2020—2024年, 从2014至2019年: every year between, for a list or a total over the span
YEAR_SPAN = re.compile(rf"({YEAR_DIGITS})\s*年?\s*(?:到|至|—|－|-|~|～)\s*({YEAR_DIGITS})\s*年")


UNTIL = re.compile(rf"(?:到|截至|截止到?)\s*({YEAR_DIGITS})\s*年(?:底|末|为止)")  # 到2015年底: every year up to it
LOOK_BACK = 40  # the years before an "up to" year that a list over them may reach


# 2023、2024两年 / 2022和2023年: years listed before one 年
YEARS_LISTED = re.compile(rf"((?<!\d){YEAR_DIGITS}(?:\s*[、和与及]\s*{YEAR_DIGITS})+)\s*"
                          r"(?:[两二三四五六七八九十]个?)?年(?!代)")


def years_written_out(text: str) -> str:
    """Each year of a list with its own 年 (2023、2024两年 -> 2023年、2024年), as a year is read elsewhere."""
    return YEARS_LISTED.sub(lambda m: "、".join(f"{y}年" for y in re.findall(YEAR_DIGITS, m.group(1))), text)


@cache
def _named_periods() -> tuple[tuple[str, str], ...]:
    pairs = (tuple(line.split("\t", 1)) for line in lexicon_lines("named_periods"))
    return tuple(sorted(((name.strip(), years.strip()) for name, years in pairs), key=lambda p: -len(p[0])))


# 23年 as people say 2023年 when they talk: two digits and 年 where a year starts (the question's start, after
# punctuation or 在/从/到/和…, or after 说/说的/定的: 18年总结里说的17年, 报告里说17年), not a span of years (13年来,
# 近10年, 建交10年, 10年间, 3年多)
# 13年来，… / 13年来累计…: a span of years; 17年来沙南的专家: the year, and who came
SPAN_SINCE = r"来(?=$|[，,。；;、\s]|累计|共|始终|一直|先后|已|坚持|持续|不断|逐步|我|全|各)"
SHORT_YEAR = re.compile(r"(?:^|(?<=[\s，,。；;：:（(“\"、在于从到至和与及或是比较说讲])|(?<=[说讲提写定]的))([0-3]\d)年"
                        rf"(?!{SPAN_SINCE}|间|内|前|后|多(?!了?(?:多少|几))|左右|以[来内上下前后]|里|之|代|级|期|制)")


# 临海16年和18年: two such years joined are years after a name too (18 is after 和, and so a year start); not
# spans (近10年和20年, 建交10年)
SHORT_YEAR_PAIR = re.compile(r"(?<![\d.近满第前后过去来交约超逾共达了])([0-3]\d)年([和与及、至到比])(?:20)?([0-3]\d)年")

# 临海16年批了几个出访团: a name that opens the question, then the year it is asked for (not 建交16年, 近16年)
SHORT_YEAR_AFTER_NAME = re.compile(r"^((?:(?![的了过着这那些])[\u4e00-\u9fff]){2,6})"
                                   r"(?<![近满第前后过去来交约超逾共达了好立])([0-3]\d)年"
                                   rf"(?!{SPAN_SINCE}|了|间|内|前|后|多|左右|以[来内上下前后]|里|之|代|级|期|制)")


def short_years_written_out(text: str) -> str:
    """23年外办处理了几起案件 -> 2023年…; 16年上半年 -> 2016年上半年; 临海16年和18年 -> 临海2016年和2018年;
    临海16年批了… -> 临海2016年…."""
    # 19年和21年来河西的外宾: the second year too (年来 after it is no span: it is joined to a year)
    text = SHORT_YEAR_PAIR.sub(lambda m: f"20{m.group(1)}年{m.group(2)}20{m.group(3)}年", text)
    text = SHORT_YEAR_AFTER_NAME.sub(lambda m: m.group() if _since(m.string, m.end()) else
                                     f"{m.group(1)}20{m.group(2)}年", text)
    return SHORT_YEAR.sub(lambda m: m.group() if _since(m.string, m.end()) else f"20{m.group(1)}年", text)


def _since(text: str, at: int) -> bool:
    """Is the 来 at `at` that of a span (13年来停靠的邮轮, 13年来共接待: a verb or an adverb follows), not a
    coming (17年来沙南的专家)?"""
    from ingest.nlp.names import dictionary_tags  # jieba's tagger: loaded only for such a question

    if not text.startswith("来", at) or text.startswith("来访", at):
        return False
    tags = dictionary_tags(text[at + 1 : at + 5])
    return not tags or tags[0][0] in "vdp"


def named_periods_in(text: str) -> list[tuple[str, str]]:
    """The periods a text names by an event, each with its years (疫情第一年, 2020年), longest names first."""
    found = []
    for name, years in _named_periods():
        if name in text:
            found.append((name, years))
            text = text.replace(name, "")
    return found


def periods_written_out(text: str) -> str:
    """A period named by an event, in its years (疫情第一年 -> 2020年, 十三五期间 -> 2016年到2020年; the list is
    data/named_periods.txt), and a year said with two digits (23年 -> 2023年), so that the year is asked as any
    other year is."""
    for name, years in _named_periods():
        text = text.replace(name, years)
    text = MONTH_SPAN.sub(lambda m: MONTH_SPAN_PARTS.get((_month(m.group(1)), _month(m.group(2))), m.group()), text)
    text = FIRST_MONTHS.sub(lambda m: MONTH_SPAN_PARTS[(1, _month(m.group(1)))], text)
    return short_years_written_out(text)


# 7到12月 -> 下半年, 一至六月份 -> 上半年: a part of the year asked by its months, as the reports name it
MONTH_SPAN_PARTS = {(1, 6): "上半年", (7, 12): "下半年", (1, 3): "一季度", (1, 9): "前三季度"}
MONTH_WORD = r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
# 头三个月 -> 一季度, 前六个月 -> 上半年
FIRST_MONTHS = re.compile(r"[前头]\s*([369三六九])\s*个月份?")
MONTH_SPAN = re.compile(rf"(?<![\d.])(?:{MONTH_WORD}\s*月?份?\s*(?:[-—–~至到])\s*{MONTH_WORD}\s*月份?)")
CHINESE_MONTHS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}


def _month(word: str) -> int:
    return int(word) if word.isdigit() else CHINESE_MONTHS[word]


def years_spanned(text: str) -> tuple[int, ...]:
    """The years of every span the text names (2014年到2019年 -> 2014…2019; 到2015年底 -> every year up to
    2015), or ()."""
    years = {y for m in UNTIL.finditer(text) for y in range(int(m.group(1)) - LOOK_BACK, int(m.group(1)) + 1)}
    years |= {y for m in YEAR_SPAN.finditer(text) if int(m.group(1)) <= int(m.group(2)) <= int(m.group(1)) + 50
             for y in range(int(m.group(1)), int(m.group(2)) + 1)}
    return tuple(sorted(years))


def parse_year_range(text: str) -> tuple[int, int] | None:
    """2023 -> (2023, 2023); 2022-2023 or 2022至2023年 -> (2022, 2023); anything else -> None."""
    match = YEAR_RANGE.fullmatch(text)
    if not match:
        return None
    first = int(match.group(1))
    return first, int(match.group(2) or first)


# ---- the period a figure holds for, and the period a question asks about

# A year reference in running text: an explicit year, or one relative to the report's year.
# 上届（第四届）为88家: the edition of a yearly event before the report's, of the year before
YEAR_REF = re.compile(rf"({YEAR_DIGITS})\s*年(?!代)|上一年度|上一年|前一年|上年|去年|前年|上一届|上届|今年|本年度|本年"
                      r"|当年|全年|明年|下一年度")
RELATIVE_YEARS = {"上一年度": -1, "上一年": -1, "前一年": -1, "上年": -1, "去年": -1, "前年": -2, "上一届": -1,
                  "上届": -1, "今年": 0, "本年度": 0, "本年": 0, "当年": 0, "全年": 0, "明年": 1, "下一年度": 1}
# 较上年增加5个: a comparison base; its year holds only for a figure right after it (较上年的73批).
COMPARED = re.compile(r"(?:较|比|同比|相比|与|由)\s*$")  # 由上年末的67艘增加到71艘: 71艘 is this year's
# 比2015年底的186家, 较2021年（2104人）, 比上届（第七届）的552家
COMPARED_GAP = re.compile(r"\s*(?:[（(][^（）()]{1,8}[）)])?\s*(?:底|末)?\s*(?:的|为|同期的?|同期为)?\s*[（(]?\s*$")
# A plan or target, not a result: in the sentence before the figure, or in the heading of its section.
PLAN_WORDS = re.compile(r"计划|力争|目标|预计|打算|争取|拟[新建办举开签]")
# 完成年初确定的目标，外派渔工1713人: a clause judging a target met or missed plans nothing after it
TARGET_JUDGED = re.compile(r"(?:完成|实现|达到|超过|超额完成|未完成|未达到|没有完成|没有达到|距)[^，,。；;]{0,14}?目标"
                           r"[^，,。；;]*[，,；;]")
# 三、下半年重点工作 / 明年主要任务: what is to come, however the heading words it (not 2023年重点工作完成情况)
PLAN_HEADING = re.compile(r"打算|计划|下一步|工作安排|工作思路|展望|工作考虑|工作设想|工作重点"
                          r"|(?:下半年|明年|来年|下一?年度?|下一?阶段)的?(?:重点|主要)?(?:工作|任务)")
# 上年为14个 / （2019年为38个 / 比上一年度的33个 / 是上年38列的2.5倍: a clause giving another year's value of the
# clause before it (matched at the clause's start).
ANOTHER_YEARS_VALUE = re.compile(
    rf"\s*(?:较|比|同比|与|是)?\s*(?:{YEAR_DIGITS}\s*年(?:同期|底|末)?(?:的|为)"
    rf"|(?:上一年度|上一年|上年|去年|前年|上一?届(?:[（(][^（）()]{{1,8}}[）)])?)(?:同期|底|末)?(?:仅为|仅有|只有|仅|约为|约)?"
    rf"(?:的|为|(?=\d)))")
# Words by which a report states the previous year's figures.
PREVIOUS_YEAR = re.compile(r"上一年度|上一年|上年|去年")
# A question naming the report it asks about: 2020年的工作总结中, 2021年度工作报告里.
SENTENCE_END = re.compile(r"[。！？；\n]")
# 按2022年的工作安排: the plan a report sets (for the year after it, when the question names that year)
NEXT_YEAR = re.compile(r"第二年|次年|翌年|下一年|明年")  # in a question: the year after the one it names
PLAN_REF = re.compile(rf"({YEAR_DIGITS})\s*年度?(?:的)?(?:工作)?(?:安排|计划|打算|要点|思路)"
                      rf"|({YEAR_DIGITS})\s*年(?:定下?的|提出的|确定的)")  # 2018年定的2019年目标
TARGET_ASKED = re.compile(r"要达到|要实现|要突破|定的目标|目标是")
# 上半年总结里全年班列要开多少列: what a named report said was to be done (not 办证要提前几天, 需要多少)
WANTED = re.compile(r"(?<![需还只重主想])要[\u4e00-\u9fff]{1,2}?(?:多少|几)")
REPORT_NAMED = re.compile(r"总结|报告|要点|计划|全年")
# 2023年总结 / 2023年上半年总结: the report named, a half-year one too
REPORT_REF = re.compile(rf"({YEAR_DIGITS})\s*年度?(?:上半年|下半年)?(?:的)?(?:工作)?(?:总结|报告|通报|汇报|综述)")


@dataclass(frozen=True)
class Period:
    """The year a figure holds for, whether it is a plan or target rather than a result, and the part of the
    year it covers ("" for the whole year; 上半年, 一季度 …)."""

    year: int | None
    planned: bool = False
    part: str = ""


# Parts of a year a half-year summary or a quarterly report states figures for, each with its other names;
# a figure of a part never answers a question about the whole year (上半年接待33批 is no year's figure).
PARTS_OF_YEAR = {
    "上半年": r"上半年|1\s*[-—–~至到]\s*6\s*月|前6个月|前六个月|截至6月底|截至6月末|截至6月30日",
    "下半年": r"下半年|7\s*[-—–~至到]\s*12\s*月|后6个月|后六个月",
    "一季度": r"第?一季度|1\s*[-—–~至到]\s*3\s*月|[前头]三个月|[前头]3个月",
    "前三季度": r"前三季度|1\s*[-—–~至到]\s*9\s*月",
}
# the months each part spans (2016年上半年的主任: January to June)
PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "一季度": (1, 3), "前三季度": (1, 9)}
PART_OF_YEAR = re.compile("|".join(f"(?P<{part}>{alt})" for part, alt in PARTS_OF_YEAR.items()))  # named as the part
WHOLE_YEAR = re.compile(r"全年|全年度|年度")
# a document that is a plan: every figure in it is a target (白河市外办2018年工作要点), unless it reports too
PLAN_TITLE = re.compile(r"工作要点|工作计划|行动计划|实施方案|工作安排")
REPORT_TITLE = re.compile(r"总结|报告|情况|通报|汇报")


def in_plan(title: str, headings: Iterable[str]) -> bool:
    """Is a passage one of a plan: a plan document (工作要点) or a section of plans (2017年工作打算)?"""
    return document_period(title)[0] or any(PLAN_HEADING.search(h) for h in headings)


def part_of_year(text: str) -> str:
    """The part of the year the last marker of `text` names ("" when none, or when 全年 comes after it)."""
    parts = list(PART_OF_YEAR.finditer(text))
    if not parts:
        return ""
    last = parts[-1]
    if any(m.start() > last.end() for m in WHOLE_YEAR.finditer(text)):
        return ""  # 上半年接待33批，全年接待74批: 74 is the year's
    return last.lastgroup or ""


@cache
def document_period(title: str) -> tuple[bool, str]:
    """Whether a document is a plan as a whole (its title: 工作要点, not 工作总结和工作计划) and the part of the
    year it covers (上半年工作总结)."""
    return bool(PLAN_TITLE.search(title) and not REPORT_TITLE.search(title)), part_of_year(title)


NEXT_YEAR_HEADING = re.compile(r"明年|下一年度|新的一年")


def _heading_year(heading: str, report_year: int | None) -> int | None:
    """2018年工作打算 -> 2018; 明年工作打算 -> the year after the report's."""
    if m := YEAR.search(heading):
        return int(m.group(1))
    return report_year + 1 if report_year and NEXT_YEAR_HEADING.search(heading) else None


def period_at(sentence: str, position: int, report_year: int | None, headings: tuple[str, ...] = (),
              title: str = "") -> Period:
    """The period of the figure starting at `position` of `sentence`, in a report about `report_year` under
    `headings`: the last year reference before it in the sentence (上年 counts from the report's year; a
    comparison base such as 较上年 only for a figure right after it), else the last year a heading names,
    else the report's year. A document `title` may make every figure a plan (工作要点) or of a part of the
    year (上半年工作总结), as a heading or the sentence may."""
    before = SENTENCE_END.split(sentence[:position])[-1]  # the sentence may be a passage: look back to its start
    plan_document, part = document_period(title)
    # 下半年工作安排：一是全年外宾来访团组力争达到80批次: the sentence's 全年 is the whole year, whatever the heading
    whole = not part_of_year(before) and WHOLE_YEAR.search(before) is not None
    said = part_of_year(before) or next((p for h in reversed(headings) if (p := part_of_year(h))), part)
    part = "" if whole else said
    planned = (plan_document or bool(PLAN_WORDS.search(TARGET_JUDGED.sub("", before)))
               or any(PLAN_HEADING.search(h) for h in headings))
    headed = next((y for h in reversed(headings) if (y := _heading_year(h, report_year))), None)
    year = None
    earlier = [m.span() for m in AFTER_EARLIER.finditer(before)]
    # 外资4950万美元（上年为5210万美元），接待入境游客6.1万人次: a closed bracket speaks of its own figure only
    aside = [m.span() for m in CLOSED_BRACKET.finditer(before)]
    for match in reversed(list(YEAR_REF.finditer(before))):
        if any(a <= match.start() < b for a, b in earlier + aside):  # 继2021年举办第九届论坛后，…第十届: not 2021's
            continue
        compared = COMPARED.search(before, 0, match.start()) is not None
        if compared and not COMPARED_GAP.fullmatch(before[match.end():]):
            continue
        # 全年 under the heading 2017年工作打算 is 2017, not the report's year
        year = headed if headed and match.group() in THIS_YEAR else _year_of(match, report_year)
        break
    if year is None:
        year = headed or report_year
    return Period(year, planned, part)


def named_after(text: str, end: int, years: tuple[int, ...]) -> bool:
    """9家企业纳入2024年山东省…白名单: an asked year naming what the figure ending at `end` joined, later in its
    clause, and not as a comparison base (比2022年增加10批 is another year's figure)."""
    clause = CLAUSE_BREAK.split(text[end:], maxsplit=1)[0]
    return any(m.group(1) and int(m.group(1)) in years and not COMPARED.search(clause[: m.start()])
               for m in YEAR_REF.finditer(clause)) if years else False


CLOSED_BRACKET = re.compile(r"[（(][^（）()]*[）)]")
AFTER_EARLIER = re.compile(r"继[^，,。；;]*?后[，,]")  # 继…后，: an earlier event the sentence goes on from
THIS_YEAR = ("今年", "本年度", "本年", "当年", "全年")


def _year_of(match: re.Match[str], report_year: int | None) -> int | None:
    if match.group(1):
        return int(match.group(1))
    return report_year + RELATIVE_YEARS[match.group()] if report_year else None


@dataclass(frozen=True)
class AskedPeriod:
    """What a question asks about: the years of the figure, the year of the report that states it, a plan."""

    years: tuple[int, ...] = ()
    report_year: int | None = None
    planned: bool = False
    part: str = ""  # 上半年: a part of the year asked about
    # 2019年总结里…有多少家: the year is only the report's; its stock at the start (截至2018年底…293家) answers too
    report_only: bool = field(default=False, compare=False)

    def admits(self, period: Period, report_year: int | None) -> bool:
        """May a figure of `period`, stated in a report of `report_year`, answer the question?"""
        if self.report_year and report_year and report_year != self.report_year:
            return False
        if self.planned != period.planned or self.part != period.part:
            return False
        return not self.years or period.year is None or period.year in self.years

    def admits_figure(self, text: str, start: int, end: int, report_year: int | None,
                      headings: tuple[str, ...] = (), title: str = "") -> bool:
        """May the figure at text[start:end], in a report of `report_year` under `headings`, answer the
        question: its period is admitted, or an asked year names what it joined (`named_after`)?"""
        period = period_at(text, start, report_year, headings, title)
        return self.admits(period, report_year) or named_after(text, end, self.years) or (
            self.report_only and report_year == self.report_year and not self.planned and not period.planned
            and period.year == report_year - 1 and STOCK_BEFORE.search(text[:start]) is not None
            and STOCK_BEFORE.search(text[:start]).group(1) in (str(report_year - 1), "上年", "上一年", "去年"))


def asked_period(question: str) -> AskedPeriod:
    report = REPORT_REF.search(question)
    report_year = int(report.group(1)) if report else None
    rest = question[: report.start()] + question[report.end():] if report else question
    years = [_year_of(m, report_year) for m in YEAR_REF.finditer(rest) if m.group() != "全年"]
    planned = bool(PLAN_WORDS.search(question) or TARGET_ASKED.search(question)
                   or (REPORT_NAMED.search(question) and WANTED.search(question)))
    if (plan := PLAN_REF.search(question)) and not report_year:
        # 按2022年的工作安排，2023年要达到多少: the targets for 2023 set in the 2022 report
        made = int(plan.group(1) or plan.group(2))
        later = [y for y in years if y and y > made]
        report_year, years, planned = (made, later, True) if later else (None, years, True)
    if planned and not report_year and len(years) == 1 and years[0] and NEXT_YEAR.search(question):
        # 2018年打算第二年做到多少: the target the 2018 report set for 2019
        report_year, years = years[0], [years[0] + 1]
    report_only = not years and report_year is not None
    if not years and report_year:
        years = [report_year]
    return AskedPeriod(tuple(sorted({y for y in years if y})), report_year, planned, part_of_year(question),
                       report_only)


# 截至2018年底，全市侨资企业293家: a stock at the end of the year named, in the clause before the figure
STOCK_BEFORE = re.compile(rf"(?:截至|截止|到)\s*({YEAR_DIGITS}|上一?年|去年)\s*年?\s*(?:底|末)[^。；;]*$")

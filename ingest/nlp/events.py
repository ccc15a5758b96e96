"""The year a lasting tie began or an event was founded, as reports state it: 2003年与日本宇治市缔结友好城市关系,
日本烧津市（2005年结好）, 马六甲市是我市2009年结好的友好城市, 陶博会自2009年创办以来. Such a year is one fact for
every report that mentions it, whatever the report's own year, so a draft stating another year contradicts them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.nlp.clean import canonical
from ingest.nlp.names import countries

# the tie made (缔结友好城市关系, 结为友好港口, 建立友好交流城市关系, 结好)
TIE = re.compile(r"缔结|结为|结好|结成|建立(?=[^，,。；;]{0,12}关系)")
TIE_KIND = re.compile(r"友好交流|友好港|友好学校|友好组织|友好省|友好县|友好区|友好城")
# 自2010年创办以来 / 创办于2010年 / 自2016年4月…首发以来
FOUNDED = re.compile(r"创办|创立|首办|首发|首届|成立")
YEAR_AT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?")
NOT_EVENT_YEAR = re.compile(r"^(?:底|末|初|以来|来|度|全年|上半年|下半年|前|后|起|至|到|是|为)")  # 2018年是…
UNTIL_BEFORE = re.compile(r"(?:截至|截止|到|至)\s*$")
PARTNER_BEFORE_BRACKET = re.compile(r"([\u4e00-\u9fff]{2,16}?)[（(]\s*((?:19|20)\d{2})\s*年\s*(?:缔结|结好|结为|建立)")
PARTNER_LIST = re.compile(r"(?:与|和|同)((?:[\u4e00-\u9fff·]{2,16}[、和及与]){0,6}[\u4e00-\u9fff·]{2,16}?)"
                          r"(?:在|于|自)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?(?:正式|先后|相继|共同|签约)?"
                          r"(?=缔结|结为|结好|结成|建立)")
PARTNER_IS = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:是|为)(?:我市|我州|我县|我区|我省|本市)?"
                        r"((?:19|20)\d{2})年(?:\d{1,2}月)?(?:缔结|结好|结为|建立)")
SUBJECT_FOUNDED = re.compile(r"([\u4e00-\u9fff—\-]{2,20}?)(?:自|于|从)?\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?"
                             r"[^，,。；;]{0,16}?(?:创办|创立|首办|首发|首届举办)"
                             r"|([\u4e00-\u9fff]{2,20}?)(?:创办|创立|首办|成立)于\s*((?:19|20)\d{2})\s*年")
# 2011年创办的龙舟节今年… / 创办于2008年的陶博会迎来…: the event named after its year
FOUNDED_BEFORE_NAME = re.compile(r"(?:((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:创办|创立|首办|成立)"
                                 r"|(?:创办|创立|首办|成立)于\s*((?:19|20)\d{2})\s*年)的([\u4e00-\u9fff]{2,12}?)"
                                 r"(?=今年|本届|在|于|已|是|将|[，,。；;（(]|举办|迎来|吸引|共|继续|累计|规模)")
# 首届白河国际马拉松于2015年4月鸣枪开跑 / 4月，首届…鸣枪开跑: the first edition held is the founding
FIRST_EDITION = re.compile(r"首届([\u4e00-\u9fff—\-]{3,20}?)(?=(?:于|在)?\s*(?:(?:19|20)\d{2}\s*年)?"
                           r"\s*(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?\s*(?:在[\u4e00-\u9fff]{1,12})?(?:鸣枪)?(?:开跑|举办|开幕|召开|举行|启动|开行|开通))")
LEADING_WORDS = re.compile(r"^(?:这项|这一|这个|该|本届|此项|其中|并|且|而|另|另与|还|同时|我市|我州|我县|我区|其|已)+")
PLACE_TAIL = re.compile(r"(?:市|港口|港|郡|州|府|道|县|区|省)$")
FOREIGN_SCHOOL = re.compile(r"学校|中学|小学|大学|学院")


MONTH_AFTER_YEAR = re.compile(r"\s*年\s*(\d{1,2})\s*月")
# a sentence about a tie made: 缔结…关系, 结好, 签约结为…, 建立…关系, 关系始于
TIE_SENTENCE = re.compile(r"缔结|结好|结为|结成|签约|建立[^，,。；;]{0,12}关系|关系始于")
# not the tie itself: an anniversary, a plan, talks (与宇治市缔结友好城市关系十周年, 推动与X缔结)
NOT_THE_TIE = re.compile(r"周年|\d+年来|纪念|拟|计划|力争|争取|推动|推进|洽谈|商谈|意向|意愿|磋商|希望|尽快|前期|筹备"
                         r"|有望|将与|将于|落实|确定的")
DATE_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?|(?<![\d年])(\d{1,2})\s*月(?![\d份])")


@dataclass(frozen=True)
class EventYear:
    """`what` began in `year`: a partner (its name without country and 市) tied as `kind`, or an event founded."""

    what: str
    kind: str  # 友好城市 / 友好交流 / 友好港 / 友好学校 … / 创办
    year: int
    span: tuple[int, int]  # the year's characters in the sentence
    name: str  # the name as the sentence writes it
    month: int | None = None  # 2017年11月: the month, where the sentence gives it
    month_span: tuple[int, int] | None = None


@cache
def _countries_longest_first() -> tuple[str, ...]:
    return tuple(sorted(countries(), key=len, reverse=True))


def partner_key(name: str) -> str:
    """日本宇治市 / 宇治市 / 宇治 -> 宇治: one partner however a report names it."""
    name = canonical(name).strip("“”\"'《》 ")
    country = next((c for c in _countries_longest_first() if name.startswith(c) and len(name) > len(c) + 1), "")
    name = name[len(country):]
    return PLACE_TAIL.sub("", name) or name


def _kind(text: str) -> str:
    """The kind of tie the clause after the partner names (缔结友好城市关系 -> 友好城市); "" for another tie
    (建立合作关系), and 友好城市 for a bare 结好."""
    found = TIE_KIND.search(text)
    if not found:
        return "友好城市" if text.startswith("结好") or re.match(r"[^，,。；;]{0,6}结好", text) else ""
    return {"友好城": "友好城市"}.get(found.group(), found.group())


def _event_year(sentence: str, start: int, end: int) -> bool:
    """A year that dates an event: not 截至2015年底, 2023年以来, 2015年度."""
    return not NOT_EVENT_YEAR.match(re.sub(r"^\s*年", "", sentence[end:])) and not UNTIL_BEFORE.search(sentence[:start])


CLAUSE_MARK = re.compile(r"[，,。；;]")


def _clause_end(sentence: str, at: int) -> int:
    found = CLAUSE_MARK.search(sentence, at)
    return found.start() if found else len(sentence)


def _clause_start(sentence: str, at: int) -> int:
    return max(sentence.rfind(c, 0, at) for c in "，,；;。") + 1


def event_years(sentence: str) -> list[EventYear]:
    """Every tie and founding in `sentence` with the year it began, where the sentence pairs them plainly."""
    text = canonical(sentence)
    found: dict[tuple[str, str], EventYear] = {}

    def add(name: str, kind: str, year_at: tuple[int, int]) -> None:
        name = LEADING_WORDS.sub("", name.strip("，,、：: "))
        key = partner_key(name) if kind != "创办" else name
        # a founded event is known by a name of its own (陶博会, 龙舟节), not by 论坛 or 赛事
        if kind and len(key) >= (3 if kind == "创办" else 2) and _event_year(text, *year_at):
            year = int(text[year_at[0]:year_at[0] + 4])
            month = MONTH_AFTER_YEAR.match(text, year_at[1])
            found.setdefault((key, kind), EventYear(key, kind, year, year_at, name,
                                                    int(month.group(1)) if month else None,
                                                    month.span(1) if month else None))

    for m in PARTNER_BEFORE_BRACKET.finditer(text):
        name = re.split(r"[，,、：:；;即和与及]", m.group(1))[-1].split("的")[0]  # 与安岭市的国内友好城市关系（…）
        add(name, _kind(text[m.end(2):_clause_end(text, m.end())]), m.span(2))
    for m in PARTNER_IS.finditer(text):
        add(re.split(r"[，,、：:；;]", m.group(1))[-1], _kind(text[m.end(2):_clause_end(text, m.end())]), m.span(2))
    for m in PARTNER_LIST.finditer(text):
        names = [n for n in re.split(r"[、和及与]", m.group(1)) if n]
        kind = _kind(text[m.end():_clause_end(text, m.end())])
        years = _years_for(text, m.start(), m.end())
        if len(years) == len(names) > 1:  # 于1998年、2004年先后与A、B缔结: in order
            for name, at in zip(names, years, strict=True):
                add(name, kind, at)
        elif years:
            for name in names:
                add(name, kind, years[-1])
    for m in SUBJECT_FOUNDED.finditer(text):
        name, at = (m.group(1), m.span(2)) if m.group(1) else (m.group(3), m.span(4))
        name = re.split(r"[，,、：:；;是]", name)[-1]
        add(name, "创办", at)
    for m in FOUNDED_BEFORE_NAME.finditer(text):
        add(m.group(3), "创办", m.span(1) if m.group(1) else m.span(2))
    return sorted(found.values(), key=lambda e: e.span)


def _years_for(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The years dating a tie whose partners stand at start..end: in the match itself (与A在2016年结好), else
    those of the same clause before it (于1998年、2004年先后与A、B), else of a clause leading the sentence
    (2019年，我市与A建立…)."""
    inside = [m.span(1) for m in YEAR_AT.finditer(text, start, end + 1)]
    if inside:
        return inside
    clause_start = _clause_start(text, start)
    before = [m.span(1) for m in YEAR_AT.finditer(text, clause_start, start)]
    if before:
        return before
    lead = re.match(r"\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,]", text)
    if lead and lead.end() <= start and not re.search(r"(?:19|20)\d{2}\s*年", text[lead.end():start]):
        return [lead.span(1)]
    return []


def tie_dates(sentence: str, report_year: int | None, partners: list[str]) -> list[EventYear]:
    """Ties of `partners` (names or partner keys) in a sentence about making a tie, each dated by the date of its
    clause, else the date nearest its tie word: 2018年9月，…赴罗兹市签署结好协议书; a date without a year (9月，…
    赴库塔伊西市签署…协议书) is of the report's year. For what the plain patterns of `event_years` do not pair."""
    text = canonical(sentence)
    ties = list(TIE_SENTENCE.finditer(text))
    if not ties or not partners or NOT_THE_TIE.search(text):
        return []
    dates = [m for m in DATE_IN_TEXT.finditer(text) if not m.group(1) or _event_year(text, *m.span(1))]
    found = []
    for name in dict.fromkeys(partner_key(p) for p in partners):
        at = text.find(name)
        if len(name) < 2 or at < 0:
            continue
        tie = min(ties, key=lambda t: abs(t.start() - at))
        clause = _clause_start(text, at)
        kind = (_kind(text[tie.start():_clause_end(text, tie.start())]) or _kind(text[clause:_clause_end(text, at)])
                or _kind(text[tie.start():]) or _kind(text))
        when = _when(_nearest_date(text, dates, at, tie.start()), report_year)
        if kind and when:
            found.append(EventYear(name, kind, *when[:2], name, *when[2:]))
    return found


def _when(date: re.Match[str] | None, report_year: int | None
          ) -> tuple[int, tuple[int, int], int | None, tuple[int, int] | None] | None:
    """(year, its span, month, its span) of a date of DATE_IN_TEXT; a month alone is of the report's year (its
    span then stands for the year's too)."""
    if date is not None and date.group(1):
        month = date.group(2)
        return int(date.group(1)), date.span(1), int(month) if month else None, date.span(2) if month else None
    if not report_year:
        return None
    if date is None:
        return report_year, (0, 0), None, None
    return report_year, date.span(3), int(date.group(3)), date.span(3)


def _nearest_date(text: str, dates: list[re.Match[str]], at: int, tie: int) -> re.Match[str] | None:
    """The date of the partner's clause (a year first), else the one nearest the tie word, a year first."""
    start = _clause_start(text, at)
    end = _clause_end(text, at)
    for pool in ([d for d in dates if start <= d.start() < end], dates):
        with_year = [d for d in pool if d.group(1)]
        if with_year or pool:
            return min(with_year or pool, key=lambda d: abs(d.start() - tie))
    return None


def first_editions(sentence: str, report_year: int | None) -> list[EventYear]:
    """首届白河国际马拉松于2015年4月鸣枪开跑 / 4月，首届…鸣枪开跑 (the report's year): the first edition's date
    is the event's founding."""
    text = canonical(sentence)
    found = []
    for m in FIRST_EDITION.finditer(text):
        dates = [d for d in DATE_IN_TEXT.finditer(text) if not d.group(1) or _event_year(text, *d.span(1))]
        when = _when(_nearest_date(text, dates, m.start(), m.end()), report_year)
        if when:
            found.append(EventYear(m.group(1), "创办", *when[:2], m.group(1), *when[2:]))
    return found

"""Years and dates by GB/T 15835-2011 and GB/T 9704-2012: 2023年 not 23年, 二〇二三 not 二0二三, 2023年8月1日 not
2023.8.1 or 8月1号, months and days without a leading zero, dates that exist, weekdays that match, 20世纪90年代."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from assistant.check.proofread.basics import CJK, GB9704, GB15835, full_year
from assistant.check.proofread.model import Level, Proof, Rule

ZEROS = "0０OoΟ○Ｏ"
YEAR_MIXED = re.compile(rf"[〇零一二三四五六七八九{ZEROS}]{{4}}(?=年)")
# 23年8月, 23年底; 较19年: a year written with two digits (not 10年来, 连续10年度, 在40年的交往中)
TWO_DIGIT_YEAR = re.compile(r"(?<![\d年〇零一二三四五六七八九'’.\-续近每逾超满])(?P<yy>\d{2})年"
                            r"(?=\d{1,2}月|[上下]半年|底|初|末|度|第?[一二三四]季度)")
SHORT_YEAR_AFTER = re.compile(r"(?<=较|比|至|到|自|从)(?P<yy>\d{2})年(?=的|[，。；])")
DECADE = re.compile(r"上世纪|(?<![世纪\d])(?P<d>[1-9]0)年代")
DOTTED_DATE = re.compile(r"(?<![\d./A-Za-z])(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?"
                         r"(?![\d./])(?![万亿元%千百个人吨米倍])")
ISO_DATE = re.compile(rf"(?<=[{CJK}，。：（])(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?=[{CJK}，。；）])")
MONTH_DAY_DOTTED = re.compile(r"(?:(?<=^)|(?<=[。；，\n]|于|在)|(?<=\d．|\d\.))(?P<m>1[0-2]|[1-9])\."
                              r"(?P<d>[12]\d|3[01]|[1-9])(?=[，,、]|前后|期间)", re.M)
DAY_HAO = re.compile(r"(?<=\d月)(?P<d>\d{1,2})号")
PADDED = re.compile(r"(?<=年)0(?P<m>[1-9])月|(?<=月)0(?P<d>[1-9])日")
MONTH_DAY = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                       r"(?:[（(](?:星期|周)(?P<w>[一二三四五六日天])[）)])?")
CN_DATE_LINE = re.compile(r"^[ \t\u3000]*(?P<date>[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                          r"[一二三四五六七八九十]{1,3}日)[ \t\u3000]*\r?$", re.M)
WEEKDAYS = "一二三四五六日"
MIXED_DATE = re.compile(r"(?<!\d)\d{1,2}月[一二三四五六七八九十]{1,3}日|[一二三四五六七八九十]{1,2}月\d{1,2}日")


def date_findings(text: str, year: int | None = None) -> Iterator[Proof]:
    """Years and dates of a draft of `year` (the year a two-digit year is read in)."""
    yield from year_findings(text, year)
    yield from written_dates(text)
    yield from impossible_dates(text)


def year_findings(text: str, year: int | None) -> Iterator[Proof]:
    for m in YEAR_MIXED.finditer(text):
        written = m.group()
        if any(c in ZEROS for c in written) and any(c in "〇零一二三四五六七八九" for c in written):
            fixed = written.translate(str.maketrans({c: "〇" for c in ZEROS + "零"}))
            yield Proof(Rule.NUMBER, Level.MUST, written, fixed, m.start(), m.end(),
                        "汉字数字的年份中“0”应写作“〇”，不与阿拉伯数字或字母混用", GB15835)
        elif "零" in written:
            yield Proof(Rule.NUMBER, Level.SHOULD, written, written.replace("零", "〇"), m.start(), m.end(),
                        "汉字数字的年份中“零”应写作“〇”", GB15835)
    for m in [*TWO_DIGIT_YEAR.finditer(text), *SHORT_YEAR_AFTER.finditer(text)]:
        full = full_year(int(m.group("yy")), year)
        yield Proof(Rule.NUMBER, Level.MUST, m.group("yy"), str(full), m.start("yy"), m.end("yy"),
                    f"年份不能简写，应写“{full}年”", GB15835)
    for m in DECADE.finditer(text):
        if m.group() == "上世纪":
            yield Proof(Rule.NUMBER, Level.SHOULD, "上世纪", "20世纪", m.start(), m.end(),
                        "年代应写明世纪，如“20世纪90年代”，不写“上世纪”", GB15835)
        elif text[max(0, m.start() - 3):m.start()] not in ("上世纪",):
            yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), f"20世纪{m.group('d')}年代", m.start(), m.end(),
                        "年代应写明世纪，如“20世纪90年代”", GB15835)


def written_dates(text: str) -> Iterator[Proof]:
    """Dates as 2023年8月1日 in running text."""
    for m in DOTTED_DATE.finditer(text):
        month, day = int(m.group("m")), m.group("d")
        if not 1 <= month <= 12 or (day and not 1 <= int(day) <= 31):
            continue
        written = f"{m.group('y')}年{month}月" + (f"{int(day)}日" if day else "")
        yield Proof(Rule.NUMBER, Level.MUST if day else Level.SHOULD, m.group(), written, m.start(), m.end(),
                    f"正文中的日期写作“{written}”", GB15835)
    for m in ISO_DATE.finditer(text):
        written = f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日"
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), written, m.start(), m.end(),
                    f"公文正文中的日期宜写作“{written}”", GB15835)
    for m in MONTH_DAY_DOTTED.finditer(text):
        written = f"{m.group('m')}月{m.group('d')}日"
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), written, m.start(), m.end(),
                    f"正文中的日期写作“{written}”", GB15835)
    for m in MIXED_DATE.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), None, m.start(), m.end(),
                    "同一日期中阿拉伯数字与汉字数字不混用", GB15835)
    for m in DAY_HAO.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('d')}日", m.start(), m.end(),
                    "公文中日期写“日”，不写“号”", GB15835)
    for m in PADDED.finditer(text):
        digit = m.group("m") or m.group("d")
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), m.group()[1:], m.start(), m.end(),
                    f"月、日不编虚位，写“{digit}{m.group()[-1]}”", f"{GB15835}；{GB9704}")
    for m in CN_DATE_LINE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group("date"), None, m.start("date"), m.end("date"),
                    "成文日期用阿拉伯数字标全年、月、日（如“2024年1月15日”）", GB9704)


def impossible_dates(text: str) -> Iterator[Proof]:
    """A date that does not exist (6月31日; 2月29日 of a common year named with it) or a weekday that is not that
    date's (only where the year is written with the date)."""
    for m in MONTH_DAY.finditer(text):
        month, day = int(m.group("m")), int(m.group("d"))
        if not 1 <= month <= 12:
            continue
        when = int(m.group("y")) if m.group("y") else None
        days = calendar.monthrange(when or 2024, month)[1]
        if not 1 <= day <= days:
            start = m.start("m")
            yield Proof(Rule.NUMBER, Level.MUST, text[start:m.end("d") + 1], None, start, m.end("d") + 1,
                        f"{when or ''}{'年' if when else ''}{month}月没有{day}日，请核对日期", "日期")
        elif m.group("w") and when:
            actual = WEEKDAYS[dt.date(when, month, day).weekday()]
            written = "日" if m.group("w") in "日天" else m.group("w")
            if written != actual:
                yield Proof(Rule.NUMBER, Level.MUST, m.group("w"), actual, m.start("w"), m.end("w"),
                            f"{when}年{month}月{day}日是星期{actual}，不是星期{written}", "日期")

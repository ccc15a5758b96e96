"""数字用法 by GB/T 15835-2011 (and GB/T 15834-2011 for the range marks): ranges, approximations, years, dates,
percentages and the forms of digits."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from assistant.check.proofread.model import Level, Proof, Rule

GB15835 = "GB/T 15835-2011《出版物上数字用法》"
GB15834 = "GB/T 15834-2011《标点符号用法》"
CJK = "\u4e00-\u9fff"
NUM = r"\d+(?:\.\d+)?"
# 3-5天, 2020-2022年, 5-10%: a hyphen between two numbers in Chinese text (not a phone number, a code, a date)
HYPHEN_RANGE = re.compile(rf"(?<![A-Za-z0-9.\-/－—~～:：#_])(?P<a>{NUM})(?P<pa>%?)\s*[-－]\s*(?P<b>{NUM})(?P<pb>%?)"
                          r"(?![\d\-－/.A-Za-z])")
CODE_BEFORE = re.compile(r"[A-Za-z/]+\s*$")
PERCENT_RANGE = re.compile(rf"(?<![\d.%])(?P<a>{NUM})\s*(?P<mark>[～~—－-]{{1,2}})\s*(?P<b>{NUM})%")
SCALED_RANGE = re.compile(rf"(?<![\d.万亿])(?P<a>{NUM})\s*(?P<mark>[～~—]|至|到)\s*(?P<b>{NUM})(?P<u>万|亿)")
ASCII_TILDE = re.compile(r"(?<=\d)~(?=\d)")
CN_DIGITS = "零〇一二三四五六七八九两十百千万亿"
# 约100余人, 约3万多元, 约50人左右: two approximations at once
NOT_MORE = "(?!边|元化|样|种|方面|措并举|层次|国)"  # 多边, 多元化: not 多 of a number
ABOUT_MORE = re.compile(rf"约\s*(?:[\d.,]+|[{CN_DIGITS}]+)\s*[万亿千百]?(?P<x>余|多){NOT_MORE}")
NEAR_MORE = re.compile(rf"近\s*(?:[\d.,]+|[{CN_DIGITS}]+)\s*[万亿千百]?(?P<x>余|多){NOT_MORE}")
ABOUT_AROUND = re.compile(rf"约\s*(?:[\d.,]+|[{CN_DIGITS}]+)[^，。；、\n]{{0,6}}?左右")
YEAR_MIXED = re.compile(r"[〇零一二三四五六七八九0０OoΟ○Ｏ]{4}(?=年)")
UNIT_RANGE = re.compile(r"(?<![\d.])(?P<a>\d+)(?P<u>年|月|日|时|点|天|周|个月)\s*[-－~]\s*(?P<b>\d+)(?P=u)")
DECADE = re.compile(r"(?P<w>上世纪|(?<![世纪\d])(?=[1-9]0年代))(?P<d>[1-9]0)?年代|上世纪")
CN_PERCENT = re.compile(rf"(?P<n>[{CN_DIGITS}]+)[%％]")
THOUSAND = re.compile(r"(?<![\d.])(?P<n>\d{1,3})千(?=[万亿元人次名家个项批吨米]|多|余)")
DIGITS_ADJACENT = re.compile(r"(?<![\d、.])(?P<a>\d)、(?P<b>\d)(?![\d、])(?=[人天年个次名家项批月周倍])")
MONTH_DAY_DOTTED = re.compile(r"(?:(?<=^)|(?<=[。；，\n]|于|在))(?P<m>1[0-2]|[1-9])\.(?P<d>[12]\d|3[01]|[1-9])"
                              r"(?=[，,、]|前后|期间)", re.M)
TWO_DIGIT_YEAR = re.compile(r"(?<![\d年〇零一二三四五六七八九'’.\-])(?P<yy>\d{2})年(?=\d{1,2}月|[上下]半年|底|初|末|度"
                            r"|第?[一二三四]季度)")
DOTTED_DATE = re.compile(r"(?<![\d./A-Za-z])(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?"
                         r"(?![\d./])(?![万亿元%千百个人吨米倍])")
ISO_DATE = re.compile(rf"(?<=[{CJK}，。：（])(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?=[{CJK}，。；）])")
PERCENT_WORDS = re.compile(r"百分之(?P<n>[\d０-９]+(?:[.．][\d０-９]+)?)")
FULL_WIDTH_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
CN_ADJACENT = re.compile(r"(?<![一二三四五六七八九十\n])(?P<a>[一二三四五六七八九])、(?P<b>[一二三四五六七八九十])"
                         r"(?=[十百千万]?[天年月日次个人位名家项倍周批场届])")
CN_ORDER = "一二三四五六七八九十"
DAY_HAO = re.compile(r"(?<=\d月)(?P<d>\d{1,2})号")
MIXED_THOUSANDS = re.compile(r"(?<![\d.])(?P<a>\d)(?P<u1>万|千)(?P<b>\d)(?P<u2>千|百)(?![\d万千百])")


def number_findings(text: str, year: int | None = None) -> Iterator[Proof]:
    yield from _hyphen_ranges(text)
    yield from _percent_ranges(text)
    for m in ASCII_TILDE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, "~", "～", m.start(), m.end(),
                    "数值范围用全角浪纹线“～”", GB15834)
    for m in ABOUT_MORE.finditer(text):
        yield _about(m)
    for m in NEAR_MORE.finditer(text):
        yield _about(m, "近")
    for m in ABOUT_AROUND.finditer(text):
        yield _about(m)
    for m in YEAR_MIXED.finditer(text):
        yield from _mixed_year(m)
    for m in TWO_DIGIT_YEAR.finditer(text):
        yy = int(m.group("yy"))
        full = (2000 if yy <= dt.date.today().year % 100 + 5 else 1900) + yy
        yield Proof(Rule.NUMBER, Level.MUST, m.group("yy"), str(full), m.start("yy"), m.end("yy"),
                    f"年份不能简写，应写“{full}年”", GB15835)
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
    for m in PERCENT_WORDS.finditer(text):
        number = _half_width(m.group("n"))
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{number}%", m.start(), m.end(),
                    "“百分之”后不能接阿拉伯数字，应写百分号形式", GB15835)
    for m in FULL_WIDTH_DIGITS.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), _half_width(m.group()), m.start(), m.end(),
                    "阿拉伯数字应使用半角形式", GB15835)
    yield from _more_number_findings(text)
    yield from _even_more(text, year)
    for m in DAY_HAO.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('d')}日", m.start(), m.end(),
                    "公文中日期写“日”，不写“号”", GB15835)
    for m in MIXED_THOUSANDS.finditer(text):
        scale = {"万": 10_000, "千": 1_000, "百": 100}
        value = int(m.group("a")) * scale[m.group("u1")] + int(m.group("b")) * scale[m.group("u2")]
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), str(value), m.start(), m.end(),
                    "阿拉伯数字不与“千”“百”混写", GB15835)
    for m in CN_ADJACENT.finditer(text):
        a, b = CN_ORDER.index(m.group("a")), CN_ORDER.index(m.group("b"))
        if b in (a + 1, a + 2):
            yield Proof(Rule.NUMBER, Level.MUST, m.group(), m.group("a") + m.group("b"), m.start(), m.end(),
                        "相邻两个数字连用表示概数，中间不加顿号", GB15835)


def _hyphen_ranges(text: str) -> Iterator[Proof]:
    for m in HYPHEN_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if (a.startswith("0") and not a.startswith("0.")) or max(len(a), len(b)) >= 5:
            continue  # an area code, a phone or standard number
        if CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # GB/T 15835-2011, ISO 9001-2015
        after = text[m.end():m.end() + 1]
        if after and not (re.match(rf"[{CJK}，。；、）)”\s]", after)):
            continue
        if m.group("pb") or m.group("pa"):
            fixed = f"{a}%～{b}%"
        elif len(a) == len(b) == 4 and a[:2] in ("19", "20") and b[:2] in ("19", "20"):
            fixed = f"{a}—{b}"
        else:
            fixed = f"{a}～{b}"
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), fixed, m.start(), m.end(),
                    "数值或年份范围用浪纹线“～”或一字线“—”，不用短横线“-”", f"{GB15835}；{GB15834}")


def _percent_ranges(text: str) -> Iterator[Proof]:
    for m in PERCENT_RANGE.finditer(text):
        if m.group("mark") in ("-", "－"):
            continue  # a hyphen range: _hyphen_ranges
        fixed = f"{m.group('a')}%～{m.group('b')}%"
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), fixed, m.start(), m.end(),
                    "百分数范围的前一个数字也要带百分号", GB15835)
    for m in SCALED_RANGE.finditer(text):
        mark = m.group("mark") if m.group("mark") in ("至", "到") else "～"
        fixed = f"{m.group('a')}{m.group('u')}{mark}{m.group('b')}{m.group('u')}"
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), fixed, m.start(), m.end(),
                    f"带“{m.group('u')}”的数值范围，前一个数字的“{m.group('u')}”不宜省略", GB15835)


def _about(m: re.Match[str], word: str = "约") -> Proof:
    fixed = m.group()[1:].lstrip()
    return Proof(Rule.NUMBER, Level.MUST, m.group(), fixed, m.start(), m.end(),
                 f"“{word}”与“余”“多”“左右”等表示概数的词不能同时使用", GB15835)


def _mixed_year(m: re.Match[str]) -> Iterator[Proof]:
    written = m.group()
    zeros = "0０OoΟ○Ｏ"
    if any(c in zeros for c in written) and any(c in "〇零一二三四五六七八九" for c in written):
        fixed = written.translate(str.maketrans({c: "〇" for c in zeros + "零"}))
        yield Proof(Rule.NUMBER, Level.MUST, written, fixed, m.start(), m.end(),
                    "汉字数字的年份中“0”应写作“〇”，不与阿拉伯数字混用", GB15835)
    elif "零" in written:
        yield Proof(Rule.NUMBER, Level.SHOULD, written, written.replace("零", "〇"), m.start(), m.end(),
                    "汉字数字的年份中“零”应写作“〇”", GB15835)


def _half_width(number: str) -> str:
    return number.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))


SHORT_YEAR_AFTER = re.compile(r"(?<=较|比|至|到|自|从|于|在|与|和)(?P<yy>\d{2})年"
                              r"(?!代|来|间|内|前|后|多|余|左右|以来|之|时|里|中|[\d])")
MONTH_DAY = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                       r"(?:[（(](?:星期|周)(?P<w>[一二三四五六日天])[）)])?")
PADDED = re.compile(r"(?<=年)0(?P<m>[1-9])月|(?<=月)0(?P<d>[1-9])日")
CN_DATE_LINE = re.compile(r"^[ \t\u3000]*(?P<date>[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                          r"[一二三四五六七八九十]{1,3}日)[ \t\u3000]*$", re.M)
NO_LEADING_ZERO = re.compile(r"(?<![\d.])\.(?P<n>\d+)(?=个百分点|%|倍|万|亿|元)")
MORE_BEFORE_UNIT = re.compile(r"(?<![\d一二三四五六七八九十百千两.])(?P<n>[一二三四五六七八九两\d])余"
                              r"(?P<u>万|亿|千|百)")
TWO_BEFORE_MEASURE = re.compile(r"(?<![一二三四五六七八九十第〇零\d百千万亿两])二(?=[场个次项批名位家所条])")
DIGIT_ORDINAL = re.compile(r"(?:(?<=^)|(?<=[。；：\n]))(?P<n>[1-9])是(?=[\u4e00-\u9fff])", re.M)
DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
WEEKDAYS = "一二三四五六日"


def date_findings(text: str, year: int | None) -> Iterator[Proof]:
    """A date that does not exist (6月31日, 2月29日 of a common year) or a weekday that is not that date's."""
    for m in MONTH_DAY.finditer(text):
        month, day = int(m.group("m")), int(m.group("d"))
        when = int(m.group("y")) if m.group("y") else year
        if not 1 <= month <= 12:
            continue
        leap = when is None or (when % 4 == 0 and (when % 100 != 0 or when % 400 == 0))
        if day < 1 or day > DAYS[month] or (month == 2 and day == 29 and not leap):
            start = m.start("m")
            yield Proof(Rule.NUMBER, Level.MUST, text[start:m.end("d") + 1], None, start, m.end("d") + 1,
                        f"{month}月没有{day}日，请核对日期", "日期")
            continue
        if m.group("w") and when:
            actual = WEEKDAYS[dt.date(when, month, day).weekday()]
            written = "日" if m.group("w") in "日天" else m.group("w")
            if written != actual:
                yield Proof(Rule.NUMBER, Level.MUST, m.group("w"), actual, m.start("w"), m.end("w"),
                            f"{when}年{month}月{day}日是星期{actual}，不是星期{written}", "日期")


def _even_more(text: str, year: int | None) -> Iterator[Proof]:
    for m in SHORT_YEAR_AFTER.finditer(text):
        yy = int(m.group("yy"))
        full = (2000 if yy <= dt.date.today().year % 100 + 5 else 1900) + yy
        yield Proof(Rule.NUMBER, Level.MUST, m.group("yy"), str(full), m.start("yy"), m.end("yy"),
                    f"年份不能简写，应写“{full}年”", GB15835)
    yield from date_findings(text, year)
    for m in PADDED.finditer(text):
        digit = m.group("m") or m.group("d")
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), m.group()[1:], m.start(), m.end(),
                    f"月、日不编虚位，写“{digit}{m.group()[-1]}”", f"{GB15835}；GB/T 9704-2012")
    for m in CN_DATE_LINE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group("date"), None, m.start("date"), m.end("date"),
                    "成文日期用阿拉伯数字标全年、月、日（如“2024年1月15日”）", "GB/T 9704-2012")
    for m in NO_LEADING_ZERO.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"0.{m.group('n')}", m.start(), m.end(),
                    "小数点前的“0”不能省略", GB15835)
    for m in MORE_BEFORE_UNIT.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('n')}{m.group('u')}余", m.start(), m.end(),
                    "“余”放在末位数量单位之后：“一万余”", GB15835)
    for m in TWO_BEFORE_MEASURE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, "二", "两", m.start(), m.end(), "一般量词前用“两”，不用“二”", GB15835)
    for m in DIGIT_ORDINAL.finditer(text):
        cn = "一二三四五六七八九"[int(m.group("n")) - 1]
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{cn}是", m.start(), m.end(),
                    f"序次语用汉字数字：“{cn}是”", GB15835)


CN_PAIRS = {1: "一两", 2: "两三", 3: "三四", 4: "四五", 5: "五六", 6: "六七", 7: "七八", 8: "八九"}


def _more_number_findings(text: str) -> Iterator[Proof]:
    for m in UNIT_RANGE.finditer(text):
        unit = m.group("u")
        mark = "—" if unit in ("年", "月", "日") else "～"
        fixed = f"{m.group('a')}{unit}{mark}{m.group('b')}{unit}"
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), fixed, m.start(), m.end(),
                    "时间范围用一字线“—”或浪纹线“～”，不用短横线“-”", f"{GB15835}；{GB15834}")
    for m in DECADE.finditer(text):
        if m.group() == "上世纪" or m.group("w") == "上世纪":
            yield Proof(Rule.NUMBER, Level.SHOULD, "上世纪", "20世纪", m.start(), m.start() + 3,
                        "年代应写明世纪，如“20世纪90年代”，不写“上世纪”", GB15835)
        elif m.group("d"):
            yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), f"20世纪{m.group('d')}年代", m.start(), m.end(),
                        "年代应写明世纪，如“20世纪90年代”", GB15835)
    for m in CN_PERCENT.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), None, m.start(), m.end(),
                    "百分号前用阿拉伯数字，汉字数字写“百分之……”", GB15835)
    for m in THOUSAND.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), f"{int(m.group('n')) * 1000}", m.start(), m.end(),
                    "阿拉伯数字不与“千”连用，写作完整数字", GB15835)
    for m in DIGITS_ADJACENT.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b == a + 1 and a in CN_PAIRS:
            yield Proof(Rule.NUMBER, Level.MUST, m.group(), CN_PAIRS[a], m.start(), m.end(),
                        "相邻两个数字连用表示概数，用汉字数字且不加顿号", GB15835)
    for m in MONTH_DAY_DOTTED.finditer(text):
        fixed = f"{m.group('m')}月{m.group('d')}日"
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), fixed, m.start(), m.end(),
                    f"正文中的日期写作“{fixed}”", GB15835)

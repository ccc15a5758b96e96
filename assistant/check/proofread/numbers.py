"""数字用法 by GB/T 15835-2011 (and GB/T 15834-2011 for the range marks): ranges, approximations and the forms
of numbers. Years and dates are `dates.py`'s; fixed expressions with numbers (一线, 三会一课) are in
rules/numbers.tsv."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.proofread.basics import CJK, CN, CN_DIGITS, GB15834, GB15835
from assistant.check.proofread.model import Level, Proof, Rule

NUM = r"\d+(?:\.\d+)?"
# 3-5天, 5-10%: a hyphen between two numbers in Chinese text (not a phone number, a code 图3-1, a date)
HYPHEN_RANGE = re.compile(rf"(?<![A-Za-z0-9.\-/－—~～:：#_])(?P<a>{NUM})(?P<pa>%?)\s*[-－]\s*(?P<b>{NUM})(?P<pb>%?)"
                          r"(?![\d\-－/.A-Za-z])")
CODE_BEFORE = re.compile(r"[A-Za-z/]+\s*$")
UNIT_RANGE = re.compile(r"(?<![\d.])(?P<a>\d+)(?P<u>年|月|日|时|点|天|周|个月)\s*[-－~]\s*(?P<b>\d+)(?P=u)")
PERCENT_RANGE = re.compile(rf"(?<![\d.%])(?P<a>{NUM})\s*(?P<mark>[～~—]{{1,2}})\s*(?P<b>{NUM})%")
SCALED_RANGE = re.compile(rf"(?<![\d.万亿])(?P<a>{NUM})\s*(?P<mark>[～~—]|至|到)\s*(?P<b>{NUM})(?P<u>万|亿)")
ASCII_TILDE = re.compile(r"(?<=\d)~(?=\d)")
# 约100余人, 约3万多元, 约50人左右: two approximations at once; not 签约30余个, 节约, 最近30多年
NOT_MORE = "(?!边|元化|样|种|方面|措并举|层次|国)"  # 多边, 多元化: not 多 of a number
ABOUT_WORDS = "(?<![签节制公预特相契隐婚违履合条缔誓守失])"
NEAR_WORDS = "(?<![最附接靠邻贴亲将])"
AMOUNT = rf"(?:[\d.,]+|[{CN_DIGITS}]+)"
ABOUT_MORE = re.compile(rf"{ABOUT_WORDS}约\s*{AMOUNT}\s*[万亿千百]?(?:余|多){NOT_MORE}")
NEAR_MORE = re.compile(rf"{NEAR_WORDS}近\s*{AMOUNT}\s*[万亿千百]?(?:余|多){NOT_MORE}")
ABOUT_AROUND = re.compile(rf"{ABOUT_WORDS}约\s*{AMOUNT}[^，。；、\n]{{0,6}}?左右")
PERCENT_WORDS = re.compile(r"百分之(?P<n>[\d０-９]+(?:[.．][\d０-９]+)?)")
CN_PERCENT = re.compile(rf"(?P<n>[{CN_DIGITS}]+)[%％]")
FULL_WIDTH_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
# 三、四天 and 2、3人: adjacent numbers for an approximation, not 第一、二批 or 1、2月份
CN_ADJACENT = re.compile(rf"(?<![{CN}第\n])(?P<a>[一二三四五六七八九])、(?P<b>[{CN}])"
                         r"(?=[十百千万]?[天年日次个人位名家项倍周批场届])")
DIGITS_ADJACENT = re.compile(r"(?<![\d、.第])(?P<a>\d)、(?P<b>\d)(?![\d、])(?=[人天年个次名家项批周倍])")
CN_PAIRS = {1: "一两", 2: "两三", 3: "三四", 4: "四五", 5: "五六", 6: "六七", 7: "七八", 8: "八九"}
THOUSAND = re.compile(r"(?<![\d.])(?P<n>\d{1,3})(?P<u>千|百)(?=[万亿元人次名家个项批吨米份条篇场件所套张本册幅]|多|余)")
WAN_MIXED = re.compile(r"(?<![\d.])(?P<a>\d+)(?P<u1>万|千)(?P<b>\d{2,4})(?P<u2>万)?(?=[人元个名家份条项次美欧])")
MIXED_THOUSANDS = re.compile(r"(?<![\d.])(?P<a>\d)(?P<u1>万|千)(?P<b>\d)(?P<u2>千|百)(?![\d万千百])")
NO_LEADING_ZERO = re.compile(r"(?<![\d.])\.(?P<n>\d+)(?=个百分点|%|倍|万|亿|元)")
MORE_BEFORE_UNIT = re.compile(r"(?<![\d一二三四五六七八九十百千两.])(?P<n>[一二三四五六七八九两\d])余"
                              r"(?P<u>万|亿|千|百)")
TWO_BEFORE_MEASURE = re.compile(r"(?<![一二三四五六七八九十第〇零\d百千万亿两])二(?=[场个次项批名位家所条])")
DIGIT_ORDINAL = re.compile(rf"(?:(?<=^)|(?<=[。；：\n]))(?P<n>[1-9])是(?=[{CJK}])", re.M)


def number_findings(text: str) -> Iterator[Proof]:
    """Ranges, approximations and the forms of numbers."""
    yield from range_findings(text)
    yield from approximation_findings(text)
    yield from form_findings(text)


def range_findings(text: str) -> Iterator[Proof]:
    """3～5天, 2021—2025年, 5%～10%, 3万～5万: not a hyphen, and the unit on both numbers."""
    for m in HYPHEN_RANGE.finditer(text):
        a, b = m.group("a"), m.group("b")
        if (a.startswith("0") and not a.startswith("0.")) or max(len(a), len(b)) >= 5 or float(a) >= float(b):
            continue  # an area code, a phone or standard number, a code (图3-1, 12-3号)
        if CODE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # GB/T 15835-2011, ISO 9001-2015
        after = text[m.end():m.end() + 1]
        if after and not re.match(rf"[{CJK}，。；、）)”\s]", after):
            continue
        if m.group("pb") or m.group("pa"):
            fixed = f"{a}%～{b}%"
        elif len(a) == len(b) == 4 and a[:2] in ("19", "20") and b[:2] in ("19", "20"):
            fixed = f"{a}—{b}"
        else:
            fixed = f"{a}～{b}"
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), fixed, m.start(), m.end(),
                    "数值或年份范围用浪纹线“～”或一字线“—”，不用短横线“-”", f"{GB15835}；{GB15834}")
    for m in UNIT_RANGE.finditer(text):
        unit = m.group("u")
        if int(m.group("a")) >= int(m.group("b")):
            continue
        mark = "—" if unit in ("年", "月", "日") else "～"
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('a')}{unit}{mark}{m.group('b')}{unit}",
                    m.start(), m.end(), "时间范围用一字线“—”或浪纹线“～”，不用短横线“-”", f"{GB15835}；{GB15834}")
    for m in PERCENT_RANGE.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('a')}%～{m.group('b')}%", m.start(), m.end(),
                    "百分数范围的前一个数字也要带百分号", GB15835)
    for m in SCALED_RANGE.finditer(text):
        mark = m.group("mark") if m.group("mark") in ("至", "到") else "～"
        unit = m.group("u")
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), f"{m.group('a')}{unit}{mark}{m.group('b')}{unit}",
                    m.start(), m.end(), f"带“{unit}”的数值范围，前一个数字的“{unit}”不宜省略", GB15835)
    for m in ASCII_TILDE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, "~", "～", m.start(), m.end(), "数值范围用全角浪纹线“～”", GB15834)


def approximation_findings(text: str) -> Iterator[Proof]:
    """约 or 近 with 余, 多 or 左右; 余 after the unit (一万余, not 一余万); adjacent numbers (三四天, 两三人)."""
    for pattern, word in ((ABOUT_MORE, "约"), (NEAR_MORE, "近"), (ABOUT_AROUND, "约")):
        for m in pattern.finditer(text):
            yield Proof(Rule.NUMBER, Level.MUST, m.group(), m.group()[1:].lstrip(), m.start(), m.end(),
                        f"“{word}”与“余”“多”“左右”等表示概数的词不能同时使用", GB15835)
    for m in MORE_BEFORE_UNIT.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{m.group('n')}{m.group('u')}余", m.start(), m.end(),
                    "“余”放在末位数量单位之后：“一万余”", GB15835)
    for m in CN_ADJACENT.finditer(text):
        a, b = CN.index(m.group("a")), CN.index(m.group("b"))
        if b in (a + 1, a + 2):
            yield Proof(Rule.NUMBER, Level.MUST, m.group(), m.group("a") + m.group("b"), m.start(), m.end(),
                        "相邻两个数字连用表示概数，中间不加顿号", GB15835)
    for m in DIGITS_ADJACENT.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if b == a + 1 and a in CN_PAIRS:
            yield Proof(Rule.NUMBER, Level.MUST, m.group(), CN_PAIRS[a], m.start(), m.end(),
                        "相邻两个数字连用表示概数，用汉字数字且不加顿号", GB15835)


def form_findings(text: str) -> Iterator[Proof]:
    """百分之 with digits, 五十% , full-width digits, 5千, .5, 二场, 2是."""
    for m in PERCENT_WORDS.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{half_width(m.group('n'))}%", m.start(), m.end(),
                    "“百分之”后不能接阿拉伯数字，应写百分号形式", GB15835)
    for m in CN_PERCENT.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), None, m.start(), m.end(),
                    "百分号前用阿拉伯数字，汉字数字写“百分之……”", GB15835)
    for m in FULL_WIDTH_DIGITS.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), half_width(m.group()), m.start(), m.end(),
                    "阿拉伯数字应使用半角形式", GB15835)
    for m in THOUSAND.finditer(text):
        scale = 1000 if m.group("u") == "千" else 100
        yield Proof(Rule.NUMBER, Level.SHOULD, m.group(), f"{int(m.group('n')) * scale}", m.start(), m.end(),
                    f"阿拉伯数字不与“{m.group('u')}”连用，写作完整数字", GB15835)
    for m in WAN_MIXED.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), None, m.start(), m.end(),
                    "阿拉伯数字与“万”“千”不能这样混写（如“1万1300”应写“11300”或“1.13万”）", GB15835)
    for m in MIXED_THOUSANDS.finditer(text):
        scale = {"万": 10_000, "千": 1_000, "百": 100}
        value = int(m.group("a")) * scale[m.group("u1")] + int(m.group("b")) * scale[m.group("u2")]
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), str(value), m.start(), m.end(),
                    "阿拉伯数字不与“千”“百”混写", GB15835)
    for m in NO_LEADING_ZERO.finditer(text):
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"0.{m.group('n')}", m.start(), m.end(),
                    "小数点前的“0”不能省略", GB15835)
    for m in TWO_BEFORE_MEASURE.finditer(text):
        yield Proof(Rule.NUMBER, Level.SHOULD, "二", "两", m.start(), m.end(), "一般量词前用“两”，不用“二”", GB15835)
    for m in DIGIT_ORDINAL.finditer(text):
        cn = CN[int(m.group("n")) - 1]
        yield Proof(Rule.NUMBER, Level.MUST, m.group(), f"{cn}是", m.start(), m.end(),
                    f"序次语用汉字数字：“{cn}是”", GB15835)


def half_width(number: str) -> str:
    return number.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))

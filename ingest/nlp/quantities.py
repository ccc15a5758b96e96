"""Every figure, year, date and bare number in a text, normalised for comparison:
中文数字 and full-width digits as numbers, 万/亿 multiplied out (0.3万人 == 3000人), 名/位 as 人.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.nlp.clean import canonical
from ingest.nlp.dates import DATE, MONTH_ONLY, YEAR_IN_TEXT
from ingest.nlp.numbers import ARABIC, FIGURE, FIRST, ORDINAL, PART, UNIT_ALT, format_number, is_enumeration, to_number

SCALES = {"万": 1e4, "亿": 1e8}
UNIT_ALIASES = {"名": "人", "位": "人", "余人": "人", "批次": "批", "场次": "场", "拨": "批"}  # 几拨: 批, as said
# Things counted one by one: 个 is every thing's counter, so a question in 个 is answered by a figure in
# any of these and a figure in 个 answers a question in any of them (多少个团组 -> 110批); otherwise only the
# pairs house styles use for one thing (几起领保案件 -> 58件) answer each other; 多少家企业 is never 76批.
COUNTERS = ("个", "批", "项", "家", "起", "件", "场", "所", "座", "支", "处")
# 证件: 本 or 件; papers: 份 or 件; a train: 列 or 趟 (中欧班列跑了多少趟: 386列)
COUNTER_PAIRS = (frozenset({"起", "件"}), frozenset({"场", "次"}), frozenset({"本", "件"}), frozenset({"列", "趟"}),
                 frozenset({"份", "件"}), frozenset({"艘", "条"}),  # 认证: 3486件 or 6045份; 渔船多少条: 74艘
                 frozenset({"人", "人次"}))  # 培训815人 in one house style, 1046人次 in the next
# units that count anything (people, groups, times): a figure in one says nothing of what it counts (换班1392人次
# does not answer 外派劳务人员有多少人次), as 406本 does
GENERIC_UNITS = frozenset({"人", "人次", "个", "次", "项", "批", "件", "名", "场", "起", "家", "元", "位"})
MEASURE = re.compile(UNIT_ALT)
BARE = re.compile(rf"(?<![\d.]){ARABIC}(?![\d.])")


@dataclass(frozen=True)
class Quantity:
    """`kind`: figure (value with unit), ordinal (第五届: value 5, unit 届), year, date (norm y-m-d, month-day or
    year-month), number (no unit)."""

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    unit: str = ""
    norm: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """What two quantities must share to say the same thing."""
        if self.kind == "ordinal":
            return "第" + self.unit, format_number(self.value or 0.0)
        if self.kind in ("figure", "number"):
            return ("number", format_number(self.value or 0.0)) if self.kind == "number" else (
                self.unit, format_number(self.value or 0.0))
        return self.kind, self.norm


def counts_alike(asked: str, unit: str) -> bool:
    """Does a figure in `unit` answer a question asked in `asked` (see COUNTERS)?"""
    if asked == unit:
        return True
    if "个" in (asked, unit):
        return asked in COUNTERS and unit in COUNTERS
    return any({asked, unit} <= pair for pair in COUNTER_PAIRS)


def base_unit(unit: str) -> str:
    return UNIT_ALIASES.get(unit, unit)


def scaled(value: float, unit: str) -> tuple[float, str]:
    """0.3万 -> 3000; 1.2亿元 -> 120000000 元; 5个 stays."""
    for prefix, factor in SCALES.items():
        if unit.startswith(prefix):
            return round(value * factor, 6), base_unit(unit[len(prefix):])
    return value, base_unit(unit)


def quantities(text: str) -> list[Quantity]:
    """Dates first, then figures, years and bare numbers outside them, in text order."""
    text = canonical(text)
    found = _dates(text)
    taken = [(q.start, q.end) for q in found]
    for match in ORDINAL.finditer(text):
        if not _inside(match.start(), taken) and (value := to_number(match.group(1))) is not None:
            found.append(Quantity("ordinal", match.group(), *match.span(), value, base_unit(match.group(2))))
            taken.append(match.span())
    for match in FIRST.finditer(text):  # 首届 is 第一届, 首次 第一次
        if not _inside(match.start(), taken):
            found.append(Quantity("ordinal", match.group(), *match.span(), 1.0, base_unit(match.group(1))))
            taken.append(match.span())
    for match in FIGURE.finditer(text):
        if _inside(match.start(), taken) or is_enumeration(text, match.start(), match.end()):
            continue
        for part in PART.finditer(match.group()):
            value = to_number(part.group(1))
            # 一起: together, not one case; 十六字方针: a motto, not a count of characters (115万字 is); 一对一:
            # one to one, not a pair (15对 友好学校 is; 结成国际友好学校九对。 too: the clause ends with it)
            closes = re.match(r"\s*(?:[，。；、）,;)[]|$)", text[match.start() + part.end():]) is not None
            if value is not None and part.group() != "一起" and not (
                    part.group(3).endswith(("字", "对")) and not part.group(1)[0].isdigit() and not closes):
                start = match.start() + part.start()
                end = start + len(part.group())
                unit, unit_start = part.group(3), match.start() + part.start(3)
                measure = MEASURE.match(text, unit_start + 1) if unit[0] in SCALES else None
                if measure and measure.end() > unit_start + len(unit):  # 0.3万条, 0.3万人次: a count of 条, 人次
                    unit, end = unit[0] + measure.group(), max(end, measure.end())
                if unit == "个" and text.startswith("人", end):  # 50个人 is 50人
                    unit, end = "人", end + 1
                amount, unit = scaled(value, unit)
                found.append(Quantity("figure", text[start:end], start, end, amount, unit))
        taken.append(match.span())
    for match in YEAR_IN_TEXT.finditer(text):
        if not _inside(match.start(), taken):
            found.append(Quantity("year", match.group(), *match.span(), norm=match.group(1)))
            taken.append(match.span())
    for match in BARE.finditer(text):
        if not _inside(match.start(), taken):
            found.append(Quantity("number", match.group(), *match.span(), value=float(match.group())))
    return sorted(found, key=lambda q: q.start)


def _dates(text: str) -> list[Quantity]:
    dates = []
    for m in DATE.finditer(text):
        year, month, day = m.group(1) or m.group(4), m.group(2) or m.group(5), m.group(3)
        norm = "-".join(p for p in (year or "", f"{int(month):02d}", f"{int(day):02d}" if day else "") if p)
        dates.append(Quantity("date", m.group().strip(), m.start(), m.end(), norm=norm))
    dates += [Quantity("date", m.group(), m.start(), m.end(), norm=f"{int(m.group(1)):02d}")
              for m in MONTH_ONLY.finditer(text) if 1 <= int(m.group(1)) <= 12]
    return sorted(dates, key=lambda q: q.start)


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def same_date(a: str, b: str) -> bool:
    """`12-28` (no year) matches `2023-12-28`; two full dates must be equal."""
    return a == b or (a.count("-") < b.count("-") and b.endswith("-" + a)) or (
        b.count("-") < a.count("-") and a.endswith("-" + b))

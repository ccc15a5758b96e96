"""Every year and date pattern of the project: years (2023年), dates (2023年8月1日, 8月1日, 2023年8月),
and the time words that say when a figure holds (2023年以来, 上半年, 截至目前)."""

from __future__ import annotations

import re

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
TIME_WORDS = re.compile(
    r"((?:19|20)\d{2}年(?:\d{1,2}月)?(?:以来|上半年|下半年|全年)?|年初以来|今年以来|截至目前|截至\S{0,12}?(?:底|末)"
    r"|整改工作启动以来|[上下]半年|全年)"
)


def time_of(sentence: str) -> str:
    match = TIME_WORDS.search(sentence)
    return match.group(1) if match else ""


def parse_year_range(text: str) -> tuple[int, int] | None:
    """2023 -> (2023, 2023); 2022-2023 or 2022至2023年 -> (2022, 2023); anything else -> None."""
    match = YEAR_RANGE.fullmatch(text)
    if not match:
        return None
    first = int(match.group(1))
    return first, int(match.group(2) or first)

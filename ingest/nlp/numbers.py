"""Figures in Chinese text: units, Arabic and Chinese numerals (三 -> 3), figure patterns, clauses."""

from __future__ import annotations

import re

from ingest.nlp.dates import DATE, YEAR_DIGITS
from ingest.nlp.sentences import CLAUSE_BREAK

UNITS = ("万人次", "人次", "批次", "场次", "余人", "个月", "个工作日", "个百分点",
         "个", "次", "批", "人", "家", "名", "项", "条", "份", "篇", "场", "期", "件", "所",
         "起", "座", "字", "对",
         "万字", "届", "天", "本", "部", "处", "支", "位", "种", "户", "国", "城", "元", "册", "吨", "台", "辆", "套",
         "张", "万元", "亿元", "美元", "万美元", "亿美元", "欧元", "港元", "万人", "万", "亿", "%", "％", "倍", "小时",
         "年", "月", "周", "列", "趟", "架次", "班次", "艘", "拨")
UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
ARABIC = r"\d+(?:\.\d+)?"
CHINESE = r"[一二两三四五六七八九十百千万]+"
APPROX = r"(?:余|多|左右)?"
ONE_FIGURE = rf"(?:{ARABIC}|{CHINESE}){APPROX}(?:{UNIT_ALT}){APPROX}"
FIGURE = re.compile(rf"(?<![第\d.A-Za-z])(?:{ONE_FIGURE})+")
# 第五届, 第3次, 第十个: an ordinal, not a count (五届)
ORDINAL = re.compile(rf"第({ARABIC}|[一二两三四五六七八九十百千]+)({UNIT_ALT})")
# 首届, 首次, 首批: the first (not 首都, 首先: the unit must follow)
FIRST = re.compile(r"首(届|次|批|个|期|家|场|座|部|台|所)")
PART = re.compile(rf"({ARABIC}|{CHINESE})({APPROX})({UNIT_ALT})")
CHANGE_VERBS = "增加|减少|增长|下降|提高|降低|相差|差|多|少|降|涨|升"
# 增加5个, 减少了2批: the figure after such a word is a change, not a level.
CHANGE_BEFORE = re.compile(rf"(?:{CHANGE_VERBS}|增|减)(?:出|了)?\s*$")  # 多出7起
# A question asking for a change: 增加了多少, 减少几批 (group 1: the question word).
# 增长了百分之多少: a change in %; 少开了多少列, 多接待了几批: a verb of what was done between; 多出几个
ASKS_CHANGE = re.compile(rf"(?:{CHANGE_VERBS})(?:出|开|办|来|签|派|建|招|接待|引进|开行)?了?(?:百分之)?(多少|几)")


def is_change(text: str, start: int) -> bool:
    """Is the figure starting at `start` an amount of change (…较上年增加5个)?"""
    return CHANGE_BEFORE.search(text[max(0, start - 4):start]) is not None


def to_number(text: str) -> float | None:
    """Arabic (full-width already normalised) or Chinese numerals, e.g. 三 -> 3, 十二 -> 12."""
    if re.fullmatch(ARABIC, text):
        return float(text)
    import cn2an  # ~0.1 s to import: only when a Chinese numeral is read

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def is_enumeration(sentence: str, start: int, end: int) -> bool:
    """一是 as a list marker, and the year or month of a date, are not figures."""
    if sentence[end : end + 1] == "是":
        return True
    return any(m.start() <= start < m.end() for m in DATE.finditer(sentence)) or bool(
        re.fullmatch(rf"{YEAR_DIGITS}年", sentence[start:end]))


def clause_around(sentence: str, start: int) -> str:
    left = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right = CLAUSE_BREAK.search(sentence, start)
    return sentence[left : right.start() if right else len(sentence)]

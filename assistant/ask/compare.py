"""Comparisons across years: one sub-question per year, each answered by a quoted, cited figure, and
the difference computed by the program, never by the model.

"2022年办理APEC卡比2021年增加了多少张？" -> "2022年办理APEC卡多少张？" and "2021年办理APEC卡多少张？".
Pure functions; the chain runs the sub-questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding.intent import ASKED_UNIT, Intent
from ingest.nlp.numbers import ASKS_CHANGE, UNIT_ALT
from ingest.nlp.quantities import SCALES, base_unit, counts_alike, quantities

COMPARES = re.compile(rf"分别|各(?:是|为|有|自|(?=多少|几))|比较|对比|变化|相比|差|{ASKS_CHANGE.pattern}")
YEARS_JOINED = re.compile(r"\d{4}\s*年度?\s*(?:和|与|及|以及|、)\s*\d{4}\s*年")  # 2018年和2021年…多少: one per year
QUESTION_WORD = re.compile(r"多少|几")
CHANGE_UNIT = re.compile(rf"{ASKS_CHANGE.pattern}(?P<unit>{UNIT_ALT})")
# 哪一年批次更多、多多少: which year is more is told by the change; what is compared stays (批次)
WHICH_MORE = re.compile(r"哪一?(?:年|个年份|年度)(?P<what>[^？?，,、]*?)(?:更|较)?[多少高低大小](?![少几])[、，,]?")
ANOTHER_YEAR = r"(?:比|较|与|和|同|、|及)?\s*{year}\s*年度?(?:底|末)?(?:相比)?"


@dataclass(frozen=True)
class Side:
    """One year of a comparison and its sub-question."""

    year: int
    question: str


def comparison(question: str, intent: Intent) -> list[Side]:
    """The sides of a comparison across two or more years of a figure question; [] for anything else."""
    years = intent.period.years
    which = WHICH_MORE.search(question)
    if (intent.kind != "figure" and not which) or len(years) < 2 or intent.period.report_year or not (
            which or COMPARES.search(question) or YEARS_JOINED.search(question)):
        return []
    return [Side(year, sub_question(question, year, years)) for year in years]


def sub_question(question: str, year: int, years: tuple[int, ...]) -> str:
    """The question about one year: the years and the comparison words taken out, the year put first."""
    question = WHICH_MORE.sub(lambda m: m.group("what"), question)
    # …分别是多少？增加了多少？ / …分别是多少，2020年多了几起？: the change is computed, not asked of each year
    parts = re.findall(r"[^？?，,；;]+[？?，,；;]?", question)
    asked = [p for p in parts if not ASKS_CHANGE.search(p)]
    text = "".join(asked) if asked and any(QUESTION_WORD.search(p) for p in asked) else question
    unit = next((m.group("unit") for p in parts if (m := CHANGE_UNIT.search(p))), "")
    if text != question and unit and not any(m.group(1) for m in ASKED_UNIT.finditer(text)):  # 多了几起: in 起
        text = re.sub(r"(多少|几)(?!.*(?:多少|几))", rf"\g<1>{unit}", text)
    for each in years:
        text = re.sub(ANOTHER_YEAR.format(year=each), "", text)
    text = ASKS_CHANGE.sub(r"\1", text)
    text = re.sub(r"分别|各(?=是|为|有|多少|几)|各自|相比|对比|比较|有什么变化|变化", "", text)
    if not QUESTION_WORD.search(text):  # 哪一年接待外宾更多: how many each year
        text = re.sub(r"[？?]?$", "多少？", text, count=1)
    at_end = re.search(rf"{year}\s*年度?(底|末)", question)  # 2019年底: a stock at the year's end
    return f"{year}年{at_end.group(1) if at_end else ''}" + re.sub(r"^[，,\s]+|[，,]\s*(?=[？?]|$)", "", text)


def difference(later: str, earlier: str) -> tuple[float, str] | None:
    """later - earlier, when both are one figure in one unit (41张, 20张 -> 21, 张) or in counters of one thing
    (72个, 64批 -> 8, 个), in the scale and counter the later one is written in (4.5亿美元, 3.6亿美元 -> 0.9,
    亿美元)."""
    a, b = quantities(later), quantities(earlier)
    if len(a) != 1 or len(b) != 1 or a[0].value is None or b[0].value is None:
        return None
    if base_unit(a[0].unit) != base_unit(b[0].unit) and not counts_alike(a[0].unit, b[0].unit):
        return None  # 72个 and 64批 (团组 counted in two house styles) are compared; 72个 and 64人 never
    scale = next((s for s in SCALES if s in later), "")
    return round((a[0].value - b[0].value) / SCALES.get(scale, 1.0), 6), scale + a[0].unit


def change_text(later_year: int, earlier_year: int, delta: float, unit: str) -> str:
    amount = f"{abs(delta):g}{unit}"
    if delta == 0:
        return f"{later_year}年与{earlier_year}年持平。"
    return f"{later_year}年比{earlier_year}年{'增加' if delta > 0 else '减少'}{amount}（按以上两数计算）。"

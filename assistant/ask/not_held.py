"""The years a yearly event was not held: "渔博会哪几年没办？" is answered by every report sentence saying the
event was suspended, cancelled or postponed that year (本年度停办, 暂停举办, 因疫情停办, 延期举办), each year
with its quoted clause, and by 停办两年后 in a later report (the two years before it). Pure functions; the chain
searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding.context import held_terms, reported_sentences
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PLAN_WORDS, YEAR
from ingest.nlp.numbers import to_number
from vectorstore.hits import Hit

# 渔博会哪几年没办, 哪些年份停办了, 哪一年没有举办
NOT_HELD_ASK = re.compile(r"哪(?:几|些|一)年份?(?:都)?(?:没有?|未能?|停|暂停|中断|取消)(?:办|举办|举行|开|了)?")
# 本年度停办, 暂停举办, 暂停一届, 因疫情停办, 未能按原计划于10月举办, 延期举办, 取消
NOT_HELD = re.compile(r"停办|暂停(?:举办|一届|一年)?|未能[^，,。；;]{0,10}?举办|未举办|没有举办|取消举办|延期举办"
                      r"|停了一届")
# 停办两年后, 停办一届后 (of a yearly event): the years before the report's
AFTER_PAUSE = re.compile(r"停办([一二两三四五六七八九十\d]+)(?:年|届)后")
# 恢复举办 / 停办后重启: the event held again, no year of its own not held (unless said so too)
HELD_AGAIN = re.compile(r"恢复(?:举办|线下)|重启|重新举办")
CLAUSES = re.compile(r"[，,；;。]")
QUOTE_CHARS = 80  # a sentence this short is quoted whole (停办一届后，10月，第十一届…举办), else its clause


@dataclass(frozen=True)
class NotHeld:
    year: int
    hit: Hit
    clause: str


def asks_not_held(question: str) -> bool:
    return NOT_HELD_ASK.search(canonical(question)) is not None


def event_terms(question: str, weights: dict[str, float]) -> dict[str, float]:
    """What the event is (博览会 of 临海渔博会哪几年没办, as the library names 渔博会): the question's terms but
    those of its asking words (停办)."""
    text = canonical(question)
    asked = NOT_HELD_ASK.search(text)
    asking = text[asked.start():] if asked else ""
    return {t: w for t, w in weights.items() if w > 0 and t not in asking} or weights


def not_held_years(hits: list[Hit], event: dict[str, float]) -> list[NotHeld]:
    """Each year a sentence about the event says it was not held, the first sentence saying so for each year; a
    plan (工作要点, a heading of plans, 计划…暂停) tells no year."""
    heaviest = max(event, key=lambda t: event[t]) if event else ""
    found: dict[int, NotHeld] = {}
    for hit, sentence, text in reported_sentences(hits):
        if heaviest and heaviest not in held_terms(f"{' '.join(hit.chunk.heading_path)} {sentence}", event):
            continue
        for years, clause in _years_not_held(text, hit.chunk.year or 0):
            quoted = sentence.rstrip("。；;") if len(sentence) <= QUOTE_CHARS else clause
            for year in years:
                found.setdefault(year, NotHeld(year, hit, quoted))
    return [found[y] for y in sorted(found)]


def _years_not_held(text: str, report_year: int) -> list[tuple[tuple[int, ...], str]]:
    said = []
    for clause in CLAUSES.split(text):
        if pause := AFTER_PAUSE.search(clause):
            n = int(to_number(pause.group(1)) or 0)
            if 0 < n < 10:
                said.append((tuple(range(report_year - n, report_year)), clause))
            continue
        # 计划10月举办的第七届…停办: the plan cancelled; 拟暂停一届: a plan to suspend it, no year not held yet
        if not (stop := NOT_HELD.search(clause)) or HELD_AGAIN.search(clause) or any(
                stop.start() - m.end() <= 2 for m in PLAN_WORDS.finditer(clause, 0, stop.start())):
            continue
        named = [int(m.group(1)) for m in YEAR.finditer(clause) if int(m.group(1)) <= report_year]
        said.append(((named[-1] if named else report_year,), clause))
    return said


def not_held_text(found: list[NotHeld]) -> tuple[str, list[tuple[int, NotHeld]]]:
    """共N年：2015年（…[1]）、…; the citations numbered in order of the sentences quoted."""
    numbers: dict[tuple[str, str], int] = {}
    parts = []
    for item in found:
        n = numbers.setdefault((item.hit.chunk.chunk_id, item.clause), len(numbers) + 1)
        parts.append(f"{item.year}年（{item.clause}[{n}]）")
    cited = [(n, next(i for i in found if (i.hit.chunk.chunk_id, i.clause) == key)) for key, n in numbers.items()]
    return f"据资料，共{len(found)}年未如期举办：" + "；".join(parts) + "。", cited

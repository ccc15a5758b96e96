"""The years a yearly event was held or not held. "渔博会哪几年没办？" is answered by every report sentence saying
the event was suspended, cancelled or postponed that year (本年度停办, 暂停举办, 因疫情停办, 延期举办), each year
with its quoted clause, and by 停办两年后 in a later report (the two years before it); "使节蓬湾行一共办过哪几年？"
by every report clause saying it was held (第三次举办“外国驻华使节走进蓬湾”活动), a plan or a preparation no
holding. Pure functions; the chain searches.
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
# 使节蓬湾行一共办过哪几年, 博览会哪些年份举办了, 分别是哪几年办的
HELD_ASK = re.compile(r"哪(?:几|些)年份?(?:都|分别)?(?:办|举办|举行|召开|开)(?:过|了|的)"
                      r"|(?:办|举办|举行|召开)(?:过|了)哪(?:几|些)年|分别(?:在|是|于)哪(?:几|些)年")
# 首次举办, 第三次举办, 成功举行, 召开: the event held (筹备, 办好 and 拟举办 are plans)
HELD = re.compile(r"(?<![拟将要])(?:举办|举行|召开)(?![^，,。；;]{0,4}(?:筹备|工作))")
# 原定于9月举办的第四届…延期至2016年举办, 原定于2020年举办的第八届…因疫情延期: not held that year (延期一年的第四届
# …成功举办 was held)
PUT_OFF = re.compile(r"延期|推迟|顺延|改期|取消")
SCHEDULED = re.compile(r"原定|原计划")
# 在去年以线上方式举办第八届论坛的基础上: held the year before the report ("比上年" compares, holds nothing)
YEAR_BEFORE = re.compile(r"(?<![比较])(?:去年|上年|上一年)(?!同期|底|末)")
QUOTE_CHARS = 80  # a sentence this short is quoted whole (停办一届后，10月，第十一届…举办), else its clause


@dataclass(frozen=True)
class NotHeld:
    year: int
    hit: Hit
    clause: str


def asks_not_held(question: str) -> bool:
    return NOT_HELD_ASK.search(canonical(question)) is not None


def asks_held(question: str) -> bool:
    text = canonical(question)
    return HELD_ASK.search(text) is not None and NOT_HELD_ASK.search(text) is None


def event_terms(question: str, weights: dict[str, float]) -> dict[str, float]:
    """What the event is (博览会 of 临海渔博会哪几年没办, as the library names 渔博会): the question's terms but
    those of its asking words (停办, 办过)."""
    text = canonical(question)
    asked = NOT_HELD_ASK.search(text) or HELD_ASK.search(text)
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


def held_years(hits: list[Hit], event: dict[str, float]) -> list[NotHeld]:
    """Each year a report clause naming the event says it was held, the first clause saying so for each year; a
    plan (工作要点, a heading of plans, 拟举办) or a year it was not held tells none."""
    heaviest = max(event, key=lambda t: event[t]) if event else ""
    found: dict[int, NotHeld] = {}
    for hit, sentence, text in reported_sentences(hits):
        report_year = hit.chunk.year or 0
        for clause in CLAUSES.split(text):
            if not (held := HELD.search(clause)) or heaviest not in held_terms(clause, event) or NOT_HELD.search(
                    clause) or PUT_OFF.search(clause, held.end()) or SCHEDULED.search(clause, 0, held.start()) or any(
                    held.start() - m.end() <= 2 for m in PLAN_WORDS.finditer(clause, 0, held.start())):
                continue
            named = [int(m.group(1)) for m in YEAR.finditer(clause) if int(m.group(1)) <= report_year]
            before = YEAR_BEFORE.search(clause, 0, held.start())
            year = named[-1] if named else report_year - 1 if before else report_year
            found.setdefault(year, NotHeld(year, hit, sentence.rstrip("。；;") if len(sentence) <= QUOTE_CHARS
                                           else clause))
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


def not_held_text(found: list[NotHeld], lead: str = "未如期举办") -> tuple[str, list[tuple[int, NotHeld]]]:
    """共N年未如期举办：2015年（…[1]）、…; the citations numbered in order of the sentences quoted."""
    numbers: dict[tuple[str, str], int] = {}
    parts = []
    for item in found:
        n = numbers.setdefault((item.hit.chunk.chunk_id, item.clause), len(numbers) + 1)
        parts.append(f"{item.year}年（{item.clause}[{n}]）")
    cited = [(n, next(i for i in found if (i.hit.chunk.chunk_id, i.clause) == key)) for key, n in numbers.items()]
    return f"据资料，共{len(found)}年{lead}：" + "；".join(parts) + "。", cited

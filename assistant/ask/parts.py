"""Multi-part questions, answered part by part.

"2018年接待了多少批外宾、多少人次？" asks two figures; "白河市第一个友好城市是哪年结好的？那一年接待了多少批
外宾？" asks a year, then a figure of that year. One retrieval for the whole question finds the passage of
one part at best, and one quoted clause answers one part. So the question is cut into its parts (each
clause that asks something starts one), each part gets what it leaves to the first (its topic, its city,
its year), and a part that refers back (那一年, 他) is completed from the answer before it.

Pure functions; the chain asks the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ask.compare import COMPARES, PART
from assistant.ask.followup import standalone
from assistant.ask.points import is_open
from assistant.grounding.intent import intent_of
from ingest.nlp.clean import canonical
from ingest.nlp.dates import REPORT_REF, YEAR, YEAR_DIGITS, YEAR_OR_ANNUAL
from ingest.nlp.names import person_names, places_asked

QUESTION_WORD = re.compile(r"多少|几|哪|什么|谁|如何|怎样|怎么")
ASKS = re.compile(rf"{QUESTION_WORD.pattern}|是否|何时|呢\s*[？?]?\s*$")
CLAUSE = re.compile(r"[^，,、；;？?。]+[，,、；;？?。\s]*")
# 其中欧洲的有几批 / 比上年增加多少 / 分别是哪些: about the same figure or list, not a part of its own
CONTINUES = re.compile(r"^\s*(?:其中|其|分别|各|比|较|同比|占|增|减|多(?!少)|少)")
REFERS_YEAR = re.compile(r"那一?年|当年|同年|该年|这一?年")
REFERS_PERSON = re.compile(r"(?<![其吉])他(?!们|国|人|方)|她(?!们)|此人|该同志")
# 多少人次？ / 以及多少个语种？: a part that starts with its question word asks about the first part's topic
ASKED_FIRST = re.compile(r"^\s*(?:以及|还有|和|与|并且|又|另外)?\s*(?:有|是|共|一共)?(?P<ask>多少|几)")
# 计划接待多少批外宾？实际完成了多少？: the first part's figure as it turned out, the plan's words left out
# (实际办了多少？ 最后来了几艘次？)
# not 实际利用外资多少 (a measure of its own, named with 实际)
ACTUAL = re.compile(r"^\s*(?:那么|那|而)?(?:实际(?!利用|使用|到位|到账)|最后|最终|结果|到头来)上?"
                    r"[^，,、；;？?。]{0,4}?(?:多少|几)")
PLANNED = re.compile(r"的?(?:原本|原)?(?:计划|预计|打算|力争|争取)|的?原?定的?|的?目标(?:是|为)?")
# 定了什么目标 / 提出了多少的任务: the plan asked for, as a figure
PLAN_ASKED = re.compile(r"(?:设?定了?|提出了?|确定了?)(?:什么|多少|几|怎样的)(?P<unit>[个批项人名件次场家])?的?"
                        r"(?:目标|任务|指标)")
# 2015年总结里给: the report the plan was set in; the result is told by the year's own report
SET_IN = re.compile(rf"(?:{REPORT_REF.pattern}|{YEAR_DIGITS}\s*年度?的?(?:工作)?(?:要点|计划))(?:里|中|内|上)?"
                    r"(?:给|对|为)?")  # 2023年工作要点里给: a plan of its own
# 都是哪个国家的 / 分别在哪个国家: what each listed thing is, asked with the list
ATTRIBUTE = re.compile(r"^(?:它们|这些)?(?:都|分别|各自|各)?(?:是|属于|来自|在)?哪(?:个|一个|些)?国(?:家)?(?:的)?"
                       r"[？?]?$")
# 上半年多少件？下半年多少件？ / 下半年又接待了多少: the first part's figure in another period of its year
AGAIN = re.compile(r"[又还再也那呢了是有共则]|一共|总共|分别")
MAX_PARTS = 5  # more questions in one are asked whole
ENDS = "，,、；;？?。 "


@dataclass(frozen=True)
class Part:
    """One part as it will be asked, and the reference it makes to the answer before it."""

    question: str
    refers: str = ""  # "year" | "person" | ""


def _asks(clause: str) -> bool:
    return ASKS.search(clause) is not None


def _groups(question: str) -> list[str]:
    """The question's clauses grouped: a clause that asks starts a part once a part has asked."""
    groups: list[str] = []
    asked = False
    for clause in CLAUSE.findall(question.strip()):
        if groups and asked and _asks(clause) and not CONTINUES.match(clause):
            groups.append(clause)
        elif groups:
            groups[-1] += clause
        else:
            groups.append(clause)
        asked = asked or _asks(clause)
    return groups


def _lead(first: str) -> str:
    """What the first part says before its question word: 2018年接待了 of 2018年接待了多少批外宾."""
    match = QUESTION_WORD.search(first)
    lead = first[: match.start()] if match else ""
    return re.sub(r"^(?:请问|帮我查一下|查一下|想问一下)[，,：:\s]*", "", lead)


def _closed(part: str) -> str:
    return part.rstrip(ENDS) + "？"


def _in_period(first: str, text: str) -> str | None:
    """The first part asked again for the period this part names, when the part says nothing else of its
    own (下半年又接待了多少 after 上半年接待外宾来访团组多少批次: 下半年接待外宾来访团组多少批次); None
    otherwise."""
    said = PART.match(text.strip(ENDS))
    if not said:
        return None
    rest = AGAIN.sub("", text.strip(ENDS)[said.end():])
    if not QUESTION_WORD.search(rest) or len(rest) > 8 or any(ch not in first for ch in QUESTION_WORD.sub("", rest)):
        return None
    period = said.group()
    if len(named := list(PART.finditer(first))) >= 2:  # 全年和上半年各接待了多少个: the parts compared, each word
        rest = re.sub(r"^\s*(?:各自?|分别)", "", first[named[-1].end():])
        return _closed(first[: named[0].start()] + period + rest)
    if own := PART.search(first):
        return _closed(first[: own.start()] + period + first[own.end():])
    if year := YEAR.search(first):
        return _closed(first[: year.end()] + period + first[year.end():])
    return None


def _done(planned: str) -> str:
    """The question of a plan's result: 2015年总结里给2016年邮轮靠港定了什么目标 -> 2016年邮轮靠港多少."""
    asked = PLAN_ASKED.sub(lambda m: "多少" + (m.group("unit") or ""), SET_IN.sub("", planned))
    return PLANNED.sub("", asked)


# 白河和库里蒂巴结为友好城市的那一年，白河外办接待了多少批外宾: the year of an event, then a figure of that year
EVENT_YEAR = re.compile(r"^(?P<event>[^，,？?。；;]{4,}?)的?(?P<ref>那一?年|当年)(?:年初|年底|年末)?[，,]?"
                        r"(?P<rest>[^，,].*)$")


def _groups_of(question: str) -> list[str]:
    """The question's parts as asked; a clause naming an event's year (…创办那年，) is a part of its own."""
    if (m := EVENT_YEAR.match(question.strip())) and not _asks(m.group("event")) and not YEAR_OR_ANNUAL.search(
            m.group("event")) and _asks(m.group("rest")):
        return [f"{m.group('event')}是哪一年？", f"{m.group('ref')}{m.group('rest')}"]
    return _groups(question)


def question_parts(question: str, bodies: frozenset[str] = frozenset()) -> list[Part]:
    """The parts of a question that asks two or more things, [] for one question (or a comparison, a change,
    a list, an open question: their own routes answer them whole). `bodies`: the library's cities."""
    groups = _groups_of(question)
    if not 2 <= len(groups) <= MAX_PARTS or not all(_asks(g) for g in groups):
        return []
    if any(ATTRIBUTE.match(g.strip(ENDS)) for g in groups[1:]):  # 友城有哪些，都是哪个国家的: one list, with countries
        return []
    if any(COMPARES.search(g) for g in groups[1:]):  # 下半年又接待了多少个: the comparison route computes it
        return []
    first = _closed(groups[0])
    parts = [Part(first)]
    places = places_asked(canonical(first), bodies)
    years = YEAR.findall(first)
    for group in groups[1:]:
        text = _closed(group)
        refers = "year" if REFERS_YEAR.search(text) else "person" if REFERS_PERSON.search(text) else ""
        if text.rstrip("？").endswith("呢"):  # 2020年呢？: the first part asked again
            text = standalone(text, first)
        elif not refers and (again := _in_period(first, text)):
            text = again
        elif not refers and ACTUAL.match(text):  # 实际完成了多少？: the first part, done rather than planned
            text = _done(first)
        elif not refers and ASKED_FIRST.match(text):  # 多少人次？: the first part's topic
            text = _lead(first) + ASKED_FIRST.sub(lambda m: m.group("ask"), text.lstrip(ENDS), count=1)
        if refers != "year" and len(years) == 1 and not YEAR_OR_ANNUAL.search(text):
            text = f"{years[0]}年" + text
        if places and not places_asked(canonical(text), bodies):
            text = "".join(sorted(places)) + text
        parts.append(Part(text, refers))
    for part in parts:
        intent = intent_of(part.question)
        if COMPARES.search(part.question) or is_open(part.question, intent):
            return []
    return parts


def resolved(part: Part, previous: Part, answer_text: str, found: bool) -> str | None:
    """The part with its reference replaced by what the part before it asked or was answered (那一年 -> the
    year that part named, else the year its date answer gives; 他 -> the person it answered); None when
    there is nothing to refer to."""
    if not part.refers:
        return part.question
    if part.refers == "year":
        asked = YEAR.findall(previous.question)
        if len(asked) == 1:
            year = asked[0]
        elif found and intent_of(previous.question).kind == "date" and (told := YEAR.search(answer_text)):
            year = told.group(1)
        else:
            return None
        return REFERS_YEAR.sub(f"{year}年", part.question, count=1)
    names = person_names(answer_text) if found and intent_of(previous.question).kind == "person" else []
    return REFERS_PERSON.sub(names[0].text, part.question, count=1) if names else None

"""The fast path: a figure or date question that one clause of the passages answers, answered at
once by quoting that clause, without the model (which then phrases it only if asked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.grounding.context import (
    MEASURED_SHARE,
    ContextPassage,
    admitted,
    has_asked_figure,
    held_share,
    held_terms,
    matched_weight,
    measured_held,
    measured_weight,
    said_otherwise,
)
from assistant.grounding.intent import Intent
from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import ANOTHER_YEARS_VALUE, YEAR_DIGITS, YEAR_OR_ANNUAL, period_at
from ingest.nlp.names import dictionary_tags, mentions_city
from ingest.nlp.numbers import FIGURE, is_change
from ingest.nlp.quantities import Quantity, quantities
from ingest.nlp.sentences import CLAUSE_BREAK

# 同比增长8.5%: a change with nothing of what changed, said by the clause before it
BARE_CHANGE = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年)?(?:增长|增加|下降|减少|提高|降低|上升)了?\d")
MIN_CLAUSE_MATCH = 0.5  # share of the question's term weight the clause must hold (README, "Fast path")
MIN_SENTENCE_MATCH = 0.75  # ... and its sentence: a clause naming half the question can answer another one
MAX_CLAUSE_CHARS = 60  # a quote longer than this is no longer a direct answer
ORDINAL_REACH = 12  # the characters after an ordinal that name what it counts (第十二届松阳国际茶叶博览会)
HEAD_BONUS = 0.5  # a clause holding the term right before the question word
NAMED_BONUS = 0.5  # no unit asked: the figure right after what is counted (经贸团组100多批次, not 500余人次)
# a stock asked (年底有几条): answered by a figure said as one (达到九条, 累计12对, 恢复至3条) when there is one
STOCK_SAID = re.compile(r"(?:达到|达|累计|共有|总数|总量|恢复至|增至|增加到|现有|保有)[^，。；]{0,3}$")
RUNNER_UP = 0.85  # a second clause with another value this close makes the answer ambiguous
# 因公出国（境）团组, 外派劳务人员（不含渔工）1156人次: a bracket of words inside a clause, no end of one
SHORT_BRACKET = re.compile(r"（[^（）\d]{1,10}）")
# 较2021年（2104人）: the other year's figure in brackets after the year; the clause before says of what
BRACKETED_OTHER_YEAR = re.compile(
    rf"(?:较|比|同比|与)\s*(?:{YEAR_DIGITS}\s*年|上一年度?|上年|去年)(?:同期|底|末)?\s*[（(]$")
QUALIFIER = re.compile(r"\s*[（(][^（）()]{1,40}[）)]")
# 促成合作项目18个，项目数较2018年的14个增加4个: another year's value as the base of a change; what it counts is
# said by the figure of its unit before it
BASE_OF_CHANGE = re.compile(rf"(?:较|比|同比|与)\s*(?:{YEAR_DIGITS}\s*年|上一年度?|上年|去年)(?:同期|底|末)?的?\s*$")


@dataclass(frozen=True)
class Extract:
    n: int  # the context passage
    sentence: str
    clause: str
    score: float
    figure: str = ""  # the figure that answers
    crowded: bool = False  # the clause holds other figures of its unit (…38个，比上一年度的33个…)


def asked(q: Quantity, intent: Intent) -> bool:
    if intent.kind == "date":
        return q.kind == "date"
    if intent.kind == "share":
        return q.unit == "%"
    if intent.ordinal:
        return q.kind == "ordinal" and q.unit in intent.units
    if intent.any_unit:  # 团组数: a count of things (批, 个), not of the people in them (人次 is asked as 人数)
        return q.kind == "figure" and q.unit not in ("人次", "人", "%")
    if not intent.units:
        return q.kind in ("figure", "number")
    return q.kind == "figure" and intent.in_asked_unit(q.unit)


def clause_of(sentence: str, start: int, end: int) -> str:
    """The clause holding the figure, with a qualifier in brackets right after it (其中县级友城3个)."""
    text = canonical(sentence)
    # a 、 between nouns (接待外国政要、友城代表团等来访团组52批) is inside the clause; between figures
    # (新建友城3个、友好交流城市5个) it ends one
    inner = [m.span() for m in SHORT_BRACKET.finditer(text)]  # 因公出国（境）团组: no clause ends inside
    found = [m for m in CLAUSE_BREAK.finditer(text, 0, start) if not any(a <= m.start() < b for a, b in inner)]
    # (…团组132个、1168人次，: a figure right after the 、 naming nothing after it counts the same thing in another
    # unit; 5次…培训、3次APEC推介会 counts another thing)
    same_thing = end >= len(text) or CLAUSE_BREAK.match(text, end) is not None
    breaks = [m for i, m in enumerate(found)
              if m.group() != "、" or (FIGURE.search(text[found[i - 1].end() if i else 0 : m.start()])
                                       and not (m.end() == start and same_thing))]
    left = breaks[-1].end() if breaks else 0
    if ANOTHER_YEARS_VALUE.match(text, left) or BARE_CHANGE.match(text, left):  # 上年为14个, 同比增长8.5%: say
        # of what, from the clause before (past its 、)
        stops = [m.end() for m in breaks[:-1] if m.group() != "、"]
        left = max(stops, default=0)
        # （含外国政府代表团15批次）: a qualifier in brackets is no clause the other year's value is compared with
        stops = [m.end() for m in breaks[:-1] if m.group() not in "、（）()"]
        if ANOTHER_YEARS_VALUE.match(text, breaks[-1].end()):  # 外籍选手203人，占…1.6%，同比增长28.5%（上年158人）:
            left = _same_unit_before(text, stops, start, left)  # back to this year's figure of its unit
    elif other := BRACKETED_OTHER_YEAR.search(text[:left]):  # 1986人，较2021年（2104人）: the same, before 较
        left = max((m.end() for m in breaks if m.end() < other.start() and m.group() != "、"), default=0)
    right = CLAUSE_BREAK.search(text, end)
    stop = right.start() if right else len(text)
    if text[left:stop].count("（") > text[left:stop].count("）") and text.startswith("）", stop):
        stop += 1  # 较2021年（2104人）: the bracket closed
    elif qualifier := QUALIFIER.match(text, stop):
        after = CLAUSE_BREAK.search(text, qualifier.end())
        stop = after.start() if after and after.group() not in "（）" else qualifier.end()
    return sentence[left:stop].strip()


def _same_unit_before(text: str, stops: list[int], start: int, fallback: int, reach: int = 3) -> int:
    """Where the nearest of the last `reach` clauses before `start` that states a figure in the unit of the figure
    at `start` begins (the figure another year's value is compared with); `fallback` when none does."""
    unit = next((q.unit for q in quantities(text[start:]) if q.start == 0), None)
    for stop in sorted({0, *stops}, reverse=True)[:reach]:
        if unit and any(q.unit == unit for q in quantities(text[stop:start])):
            return stop
    return fallback


def _crowded(clause: str, q: Quantity, chunk: Chunk) -> bool:
    """Does the clause hold a figure of the same unit for another period (…38个，比上一年度的33个…)?"""
    text = canonical(clause)
    found = [f for f in quantities(clause) if f.unit == q.unit]
    periods = {period_at(text, f.start, chunk.year, chunk.heading_path, chunk.title) for f in found}
    return len(periods) > 1


def _compared_with(sentence: str, q: Quantity, plain: str) -> str:
    """The clause of the figure another year's value `q` is the base of (项目数较2018年的14个: 促成合作项目18个, the
    nearest figure of its unit before it), or ""."""
    if not BASE_OF_CHANGE.search(plain[: q.start]):
        return ""
    before = [f for f in quantities(sentence) if f.end <= q.start and f.unit == q.unit]
    return clause_of(sentence, before[-1].start, before[-1].end) if before else ""


def measures(held: set[str], measured: tuple[str, ...], weights: dict[str, float], head: str | None = None
             ) -> bool:
    """Does a sentence (with its headings) hold what the question counts: every measured term, or all but one
    that is not the counted thing itself (`head`), holding MEASURED_SHARE of their weight (查摆出问题50个
    answers 主题教育检视整改查摆出多少个问题 without the word 检视)?"""
    missing = [t for t in measured if t not in held]
    if not missing:
        return True
    total = sum(weights[t] for t in measured) or 1.0
    share = sum(weights[t] * held_share(t, held, weights) for t in measured) / total
    # 接待外宾来访团组 of 外宾来访团组132个: the counted thing itself, a compound held all but one word
    return (len(missing) == 1 and share >= MEASURED_SHARE and (
        missing[0] != head or held_share(head, held, weights) >= MEASURED_SHARE)) or (
        missing[0] != head and said_otherwise(held, measured, weights))


def _names_next(text: str, end: int, weights: dict[str, float]) -> bool:
    """Does the thing right after an ordinal (第十二届|茶叶博览会和第七届马拉松) hold a term of the question?"""
    after = CLAUSE_BREAK.split(text[end : end + ORDINAL_REACH])[0]
    return any(weights[t] > 0 for t in held_terms(re.split(r"[和与及、]", after)[0], weights))


# 修订…两项管理办法: a figure right before a noun counts that noun; none of the question's is no answer to it
COUNTS_ELSE = 0.3
COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _counts_else(text: str, end: int, weights: dict[str, float]) -> bool:
    """Does the figure ending at `end` count a thing named right after it that holds no term of the question?"""
    after = COUNTED_NOUN.match(text, end)
    first = dictionary_tags(after.group())[0] if after else ""
    if not (first.startswith("n") or first == "vn"):
        return False  # 11个74人次, 12列，: nothing named after it (or a verb: 5批次赴德国参展)
    return not any(weights[t] > 0 for t in held_terms(after.group(), weights))


# 第七届…博览会举办，…在去年第六届的基础上: an ordinal that names nothing after it counts what an earlier one did
NOTHING_NAMED = re.compile(r"[的，,。；;）)]|基础|以来")


def _same_as_before(text: str, q: Quantity, found: list[Quantity], weights: dict[str, float]) -> bool:
    """Is `q` an ordinal naming nothing after it, of the thing an earlier ordinal of its unit names?"""
    return NOTHING_NAMED.match(text, q.end) is not None and any(
        o.kind == "ordinal" and o.unit == q.unit and o.end <= q.start and _names_next(text, o.end, weights)
        for o in found)


def _names_place(clause: str, places: frozenset[str]) -> bool:
    text = canonical(clause)
    return any(mentions_city(text, p) for p in places)


def extract_answer(intent: Intent, weights: dict[str, float], passages: list[ContextPassage],
                   measured: tuple[str, ...] = (), question_head: str | None = None,
                   given: tuple[Quantity, ...] = (), places: frozenset[str] = frozenset()) -> Extract | None:
    """`measured`: what the question counts (measured_terms); the sentence, with its headings, must hold it.
    `question_head`: the term right before the question word; a clause holding it is preferred (已有18个问题
    得到解决, not 发现的20个问题, answers 问题解决了多少个). `given`: the question's own figures and dates, which do
    not answer it (20家产业园区 of 20家产业园区减免租惠及的企业有多少家; 2月份 of 2月份申报期限延长至哪天).
    `places`: the bodies the question names; where a clause of a sentence names one beside its figure
    (全省接待…436批次，其中胥州市239批次), only such clauses answer in that unit: the sentence's other figures of
    it are the whole's or another part's."""
    stated = {(g.value, g.unit) for g in given if g.kind == "figure"}
    # 2020年2月份纳税申报期限延长至哪天: the month the question names is what was extended, not to when
    dated = {g.norm for g in given if g.kind == "date" and g.norm}
    # 2021年一共接待了几批: one year's total is stated by its report (全年共…), as any figure of the year
    across = intent.listing or (intent.total and len(intent.years) != 1)
    if intent.kind not in ("figure", "date", "share") or across or (
            len(intent.units) > 1 and not intent.people):
        return None
    # 多少吨: a unit not known; 引进外资多少: no unit, answered only by a clause that names what is counted
    unitless = intent.kind == "figure" and not intent.units and not intent.any_unit
    if unitless and not measured:
        return None
    # the year is judged by the figure's period (上年为63批 in the next year's report answers for this year)
    weights = {t: w for t, w in weights.items() if not YEAR_OR_ANNUAL.fullmatch(t)} or weights
    total = sum(weights.values()) or 1.0
    candidates: list[tuple[float, float | str, Extract, bool]] = []
    head = question_head if question_head in measured else None
    for p in passages:
        # the document's title and the section's headings say what a sentence is about (北岸市外办, 2021年)
        about = " ".join((p.hit.chunk.title, *p.hit.chunk.heading_path))
        for sentence in p.sentences:
            if not has_asked_figure(sentence, intent, p.hit.chunk) or not measures(
                    measured_held(f"{about} {sentence}", weights), measured, weights, head):
                continue
            plain = canonical(sentence)
            found = [(q, clause_of(sentence, q.start, q.end)) for q in quantities(sentence)
                     if asked(q, intent) and admitted(q, sentence, p.hit.chunk, intent)
                     and (q.kind != "figure" or (q.value, q.unit) not in stated)
                     and (q.kind != "date" or q.norm not in dated)
                     and (intent.change or not is_change(plain, q.start))]
            # a figure of a unit some clause states for the place asked: only that clause's, of what the sentence
            # counts (其中石门市88批次 holds no word of 外国来访团组)
            # (the body the document is about is no part of it: 白河至吉隆坡 in 白河's report names a route's end)
            parts = frozenset(b for b in places if not mentions_city(canonical(p.hit.chunk.title), b))
            named = {q.unit for q, c in found if _names_place(c, parts)} if parts else set()
            found = [(q, c) for q, c in found if q.unit not in named or _names_place(c, parts)]
            for q, clause in found:
                if unitless and (q.kind != "figure" or not set(measured) <= held_terms(f"{about} {clause}",
                                                                                      weights)):
                    continue
                in_context = measured_weight(f"{about} {sentence}", weights)
                if len(clause) > MAX_CLAUSE_CHARS or in_context < MIN_SENTENCE_MATCH * total:
                    continue
                said = in_context if q.unit in named else measured_weight(
                    f"{_compared_with(sentence, q, plain)}{clause}", weights)
                score = (said + 0.25 * in_context) / total + (
                    HEAD_BONUS if head and head in held_terms(clause, weights) else 0.0) + (
                    NAMED_BONUS if unitless and any(plain[: q.start].endswith(t) for t in measured) else 0.0) + (
                    HEAD_BONUS if q.kind == "ordinal" and (_names_next(plain, q.end, weights) or _same_as_before(
                        plain, q, quantities(sentence), weights)) else 0.0)
                if q.kind == "figure" and _counts_else(plain, q.end, weights):
                    score -= COUNTS_ELSE
                extract = Extract(p.n, sentence, clause, score, q.text, _crowded(clause, q, p.hit.chunk))
                stock = intent.stock and STOCK_SAID.search(plain[: q.start]) is not None
                candidates.append((score, q.norm or q.value or 0.0, extract, stock))
    if any(stock for *_, stock in candidates):  # 2019年底有几条: 达到九条, not 两条…相继开通
        candidates = [c for c in candidates if c[3]]
    if not candidates:
        return None
    candidates.sort(key=lambda c: -c[0])
    best_score, best_value, best, _ = candidates[0]
    rivals = [c for c in candidates[1:] if c[1] != best_value and c[0] >= RUNNER_UP * best_score]
    return best if best_score >= MIN_CLAUSE_MATCH and not rivals else None


def stating_sentences(intent: Intent, weights: dict[str, float], passages: list[ContextPassage],
                      measured: tuple[str, ...], limit: int = 3) -> list[tuple[int, str]]:
    """Sentences (passage number, text) that state a figure of the asked kind for the asked period and,
    with their headings, hold everything the question counts: what the model should have answered from,
    quoted when it says not found."""
    if intent.kind not in ("figure", "share") or not measured:
        return []
    found = []
    for p in passages:
        about = " ".join((p.hit.chunk.title, *p.hit.chunk.heading_path))
        found += [(p.n, s) for s in p.sentences
                  if measures(held_terms(f"{about} {s}", weights), measured, weights)
                  and _states_measured(s, p.hit.chunk, intent, weights, measured, about)]
    return found[:limit]


# a what-question's sentence (with its title and headings) that says this much of the question's weight answers
# it, when the model says not found although the passage was given (欠费不停电 for 会被拉闸停电吗)
SAYS_MOST = 0.5


def saying_sentences(weights: dict[str, float], passages: list[ContextPassage],
                     limit: int = 2) -> list[tuple[int, str]]:
    """The context's sentences (passage number, text) that, with their title and headings, say most of what a
    what-question asks (`SAYS_MOST` of its weight), best first: quoted when the model says not found."""
    total = sum(weights.values())
    if not total:
        return []
    scored = []
    for p in passages:
        about = " ".join((p.hit.chunk.title, *p.hit.chunk.heading_path))
        scored += [(matched_weight(f"{about} {s}", weights) / total, p.n, s) for s in p.sentences]
    best = sorted((t for t in scored if t[0] >= SAYS_MOST), key=lambda t: -t[0])[:limit]
    return [(n, s) for _, n, s in best]


def _states_measured(sentence: str, chunk: Chunk, intent: Intent, weights: dict[str, float],
                     measured: tuple[str, ...], about: str) -> bool:
    """Does a figure of the asked kind for the asked period stand in a clause about what is counted, or right
    after the clause naming it (特别是一线急需的医用N95口罩，产能利用率已达到128%)? (…承担外事翻译88场次 with
    团组14个（上年为9个）: last year's 9个 counts the groups, not the interpreting asked for 2021.)"""
    return any(asked(q, intent) and admitted(q, sentence, chunk, intent) and measures(
        held_terms(f"{about} {_led_clause(sentence, q)}", weights), measured, weights)
        for q in quantities(sentence))


def _led_clause(sentence: str, q: Quantity) -> str:
    """The clause holding the figure, with the clause before it in its sentence."""
    clause = clause_of(sentence, q.start, q.end)
    return _clause_before(sentence, clause) + clause


def _clause_before(sentence: str, clause: str) -> str:
    """The clause before `clause` in its sentence, with the mark ending it (…合计762家，)."""
    text = canonical(sentence)
    at = max(text.find(clause), 0)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text[:at].rstrip("，,：: "))]
    return text[breaks[-1] if breaks else 0 : at]


def with_count_of_share(extract: Extract, intent: Intent) -> Extract:
    """多少家，占…比例是多少: a share asked with the count it is of (合计762家，占全市规上工业16.5%) is quoted with
    the clause before it when that clause states the count in the asked unit."""
    if intent.kind != "share" or not intent.units:
        return extract
    before = _clause_before(extract.sentence, extract.clause)
    if not any(q.kind == "figure" and intent.in_asked_unit(q.unit) for q in quantities(before)):
        return extract
    return replace(extract, clause=before + extract.clause)

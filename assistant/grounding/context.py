"""A compact context: the sentences of the retrieved passages that bear on the question.

On a 2-core CPU every 100 prompt tokens cost ~1 s before the first token, so the model gets the
few best sentences (by the question's weighted terms, the passage's rank and whether a sentence
holds the kind of figure asked for), in their original order, within a character budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial

from assistant.grounding.intent import Intent
from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PLAN_WORDS, REPORT_REF, in_plan
from ingest.nlp.names import (
    OFFICE_NAME,
    cities_named,
    countries,
    dictionary_tags,
    mentions_city,
    person_names,
    without_asides,
)
from ingest.nlp.quantities import Quantity, quantities
from ingest.nlp.sentences import heads_next, split_sentences
from ingest.nlp.synonyms import alternatives
from vectorstore.hits import Hit

RANK_BONUS = 0.15  # a passage ranked higher wins a tie between equally matching sentences
ASKED_BONUS = 0.5  # a sentence with the asked kind of figure, in the asked unit
ABOUT_SHARE = 0.5  # ... taken without a term of the question when its passage holds this share of them
# a term the passage's title or headings hold is what the whole passage is about: every sentence of it has it, so
# in a sentence it counts this much (in a notice of 国务院联防联控机制, the sentence on 文件 and 开会 answers)
GIVEN_SHARE = 0.3
# a term a sentence already chosen holds counts this much in the next: the context covers the question (the
# sentence on 文件, then the one on 开会) rather than saying one part of it twice
REPEATED_SHARE = 0.4


@dataclass(frozen=True)
class ContextPassage:
    """Passage `n` of the prompt: some sentences of one retrieved hit."""

    n: int
    hit: Hit
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(self.sentences)


def matched_weight(text: str, weights: dict[str, float]) -> float:
    """The weight of the terms the text holds, itself or by a synonym (外办: 外事办公室). A compound term
    of the question (接待来访团组) is held when the words it is made of are (接待外国政要等来访团组):
    the search tokenizer gives both, and a passage rarely repeats a question's compound verbatim; and the
    other way round."""
    held = held_terms(text, weights)
    return sum(weights[t] * held_share(t, held, weights) for t in weights)


def held_share(term: str, held: set[str], weights: dict[str, float]) -> float:
    """1 for a held term; for a compound that is not, the share of its characters its held pieces spell
    (接待外宾来访团组 of a passage saying 外宾来访团组132个: 6 of 8): a passage that leaves out one word of a
    long compound of the question still says most of it."""
    if term in held:
        return 1.0
    return len(spelled(term, pieces_of(term, held))) / len(term)


def pieces_of(term: str, terms: Iterable[str]) -> list[str]:
    """The other terms of two or more characters inside `term` (来访, 团组 of 来访团组)."""
    return [t for t in terms if t != term and len(t) > 1 and t in term]


def spelled(term: str, pieces: Iterable[str]) -> set[int]:
    """The positions of `term` the pieces spell (every occurrence of each)."""
    covered: set[int] = set()
    for piece in pieces:
        start = term.find(piece)
        while start >= 0:
            covered.update(range(start, start + len(piece)))
            start = term.find(piece, start + 1)
    return covered


def collapsed(weights: dict[str, float]) -> dict[str, float]:
    """One weight per thing asked about: the search tokenizer gives a compound and its pieces (市外侨办,
    外侨办, 外侨, 侨办), which would count the office four times; the pieces stay, weighing nothing, to
    say when the compound is held."""
    return {t: 0.0 if any(t != o and t in o for o in weights) else w for t, w in weights.items()}


MEASURED_END = re.compile(r"(?<!第)(?:多少|几)")
# 2021年工作要点中: the plan the question names, no term of what it counts
PLAN_DOC = (r"(?:(?:19|20)\d{2}\s*年度?的?(?:工作)?|工作)(?:要点|计划|打算|安排)(?:中|里|上)?"
            r"(?:提出的?|定的|说的?|确定的?)?")
# what is counted starts after the last year, report (2021年报告中提到), relative year (上一年) or comma
MEASURED_START = re.compile(
    rf"{REPORT_REF.pattern}(?:中|里)?(?:提到|说)?|{PLAN_DOC}|(?:19|20)\d{{2}}\s*年度?|上一年度?|上年|去年|前年|[，,？?]")


def _question_word(question: str) -> tuple[str, re.Match[str] | None]:
    """The question as terms are matched (canonical, lower case) and its 多少/几."""
    text = canonical(question).lower()
    return text, MEASURED_END.search(text)


def measured_terms(question: str, weights: dict[str, float], bodies: Iterable[str] = ()) -> tuple[str, ...]:
    """What a figure question counts: its terms between the last year (or comma) and the question word,
    and those right after it (2022年接待海外侨胞多少人次 -> 接待, 海外侨胞; 来了多少个外宾团 -> 外宾). A
    figure of something else answers nothing. `bodies`: the places asked (澜源州), the library knowing
    them where the question drops their 州 (境外来澜源的游客): whose figure, not what it counts."""
    text, end = _question_word(question)
    if not end:
        return ()
    after = MEASURED_START.search(text, end.end())
    # 白河的国际航线2019年底有几条: nothing between the year and the question word; what is counted comes before
    starts = sorted({0, *(m.end() for m in MEASURED_START.finditer(text, 0, end.start()))}, reverse=True)
    for start in starts:
        segment = text[start : end.start()] + "|" + text[end.end() : after.start() if after else len(text)]
        if found := tuple(t for t, w in weights.items() if w > 0 and t in segment and not names_body(t, text, bodies)
                          and not PLAN_WORDS.fullmatch(t) and not PERIOD_WORD.fullmatch(t)
                          and not any(c.isdigit() for c in t)):
            return found
    return ()



# 全年计划举办几场: when the figure holds and that it is a target are judged by its period (`admitted`), not as
# what is counted; nor is the verb by which a figure grows to its level (志愿者队伍扩大到多少人: 达到800人)
PERIOD_WORD = re.compile(r"全年|全年度|年内|年底|年末|年初|上半年|下半年|扩大|增加|增至|提高|提升|达到|突破")


def names_body(term: str, question: str, bodies: Iterable[str] = ()) -> bool:
    """Is the term the body a question asks about (澜源州, 州外侨办, 澜源 of 澜源州), rather than what it counts?
    Which body a passage is about is judged apart (`about_another_city`, the names the evidence must hold)."""
    cities = cities_named(question) | set(bodies)
    return OFFICE_NAME.fullmatch(term) is not None or any(term in (c, c[:-1]) for c in cities)


MEASURED_SHARE = 0.7  # a passage measures the asked thing when it holds this share of its terms' weight


def measures_text(text: str, measured: tuple[str, ...], weights: dict[str, float]) -> bool:
    """Does a passage or sentence hold what a figure question counts: MEASURED_SHARE of its weight, or all of it
    but a verb the question says in its own words (`said_otherwise`)?"""
    return measured_share(text, measured, weights) >= MEASURED_SHARE or said_otherwise(
        measured_held(text, weights), measured, weights)


def measured_share(text: str, measured: tuple[str, ...], weights: dict[str, float]) -> float:
    """How much of what a figure question counts a passage holds, by weight: the place a question starts
    with (江西…) or a word split oddly (最多贷) need not be in the passage; the thing counted must."""
    total = sum(weights[t] for t in measured)
    held = measured_held(text, weights)
    return sum(weights[t] * held_share(t, held, weights) for t in measured) / total if total else 1.0


LIGHT = 0.1  # a term weighing less says nearly nothing (the library's own name, 蓬湾 of every report)
SAID_OTHERWISE_TERMS = 3  # what a question counts, said in this many terms or more, may say how in its own verb
# 接待了几批外宾, 处理了多少起涉外案件: verbs of an office's handling, which say nothing of what is counted beside the
# one noun a question names (外宾来访团组12批, 涉外案件56起)
HANDLING_VERBS = frozenset({"接待", "处理", "办理", "受理", "处置", "举办", "开展", "组织"})


def said_otherwise(held: set[str], measured: tuple[str, ...], weights: dict[str, float]) -> bool:
    """Does a passage hold what a question counts but for one verb the question says in its own words, rarer in the
    library than every term the passage holds (坐邮轮进出蓬湾的旅客 of 邮轮出入境旅客, 谈成了几个合作项目 of 促成合作
    项目)? IDF weighs a user's own word most because the reports say it otherwise, not because it tells passages
    apart; the things counted (nouns) must still be held."""
    content = [t for t in measured if weights.get(t, 0.0) >= LIGHT]
    missing = [t for t in content if t not in held]
    if len(missing) == 1 and missing[0] in HANDLING_VERBS and len(content) == 2:  # 处理了多少起涉外案件
        return True
    if len(content) < SAID_OTHERWISE_TERMS or len(missing) != 1 or len(content) - len(missing) < 2:
        return False
    tags = dictionary_tags(missing[0])
    verb = bool(tags) and tags[0].startswith("v") and tags[0] != "vn"
    return verb and weights[missing[0]] > max(weights[t] for t in content if t in held)


def measured_head(question: str, weights: dict[str, float]) -> str | None:
    """The term right before the question word, what is counted itself (问题已经解决了多少个 -> 解决)."""
    text, end = _question_word(question)
    if not end:
        return None
    before = text[: end.start()]
    ends = [(before.rfind(t) + len(t), t) for t, w in weights.items() if w > 0 and t in before]
    return max(ends)[1] if ends else None


# 外国 of 来了几批外国军舰: what is counted is said foreign by the countries a sentence names (接待俄罗斯、泰国海军
# 舰艇4批次); a list of things 跟外国城市签的 still names its places
FOREIGN_WORDS = frozenset({"外国", "国外", "境外", "海外"})


@cache
def _foreign_country() -> re.Pattern[str]:
    names = sorted((c for c in countries() if c not in ("中国", "中华人民共和国")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def held_terms(text: str, weights: dict[str, float]) -> set[str]:
    # 新华社成都2月24日电: where a news item was filed is no term it holds
    text = canonical(without_asides(text)).lower()
    held = {term for term in weights if term in text or any(a in text for a in alternatives(term))
            or (len(term) >= 3 and mentions_city(text, term))}  # 平凉市 held by 甘肃政务服务网平凉子站
    held |= {t for t in weights if t not in held and parts_of(t, {p: 0.0 for p in parts_of(t, weights) & held})}
    # a piece of a held compound is held (侨办 of 市外侨办, held by its synonym 外事侨务办公室)
    return held | {t for t in weights if any(t in h for h in held if h != t)}


def names_foreign_country(text: str) -> bool:
    return _foreign_country().search(canonical(text)) is not None


def measured_held(text: str, weights: dict[str, float], kinds: frozenset[str] = frozenset()) -> set[str]:
    """The terms a passage holds of what a figure question counts: `held_terms`, and 外国 where it names a foreign
    country; `kinds`: words the question lists things of (国家 of 哪些国家), held too where it names one."""
    held = held_terms(text, weights)
    foreign = [t for t in weights if (t in FOREIGN_WORDS or t in kinds) and t not in held]
    return held | set(foreign) if foreign and names_foreign_country(text) else held


def measured_weight(text: str, weights: dict[str, float]) -> float:
    """`matched_weight` of the terms `measured_held` finds."""
    held = measured_held(text, weights)
    return sum(weights[t] * held_share(t, held, weights) for t in weights)


def parts_of(term: str, weights: dict[str, float]) -> frozenset[str]:
    """The other terms that together spell out `term` (接待、来访、团组 of 接待来访团组); empty if they do not
    cover every character of it. A compound is held when its held parts cover it: a piece the tokenizer cut
    across two words (外人 of 引进海外人才) need not be."""
    parts = pieces_of(term, weights)
    return frozenset(parts) if len(spelled(term, parts)) == len(term) else frozenset()


def admitted(q: Quantity, sentence: str, chunk: Chunk | None, intent: Intent) -> bool:
    """Does the figure hold for the period the question asks about (its year; a result, not a target;
    stated in the report the question names)? Without a chunk nothing is known: admitted."""
    if chunk is None or q.kind not in ("figure", "number", "ordinal"):
        return True
    return intent.period.admits_figure(canonical(sentence), q.start, q.end, chunk.year, chunk.heading_path,
                                       chunk.title)


def has_asked_figure(sentence: str, intent: Intent, chunk: Chunk | None = None) -> bool:
    """A figure of the asked kind (and unit) in the sentence, for the asked period when `chunk` is given; a
    person's name for a question about a person."""
    if intent.kind == "person":  # 主任是谁: a sentence naming someone
        return bool(person_names(sentence))
    found = [q for q in quantities(sentence) if admitted(q, sentence, chunk, intent)]
    if intent.kind == "date":
        return any(q.kind == "date" for q in found)
    if intent.kind == "share":
        return any(q.unit == "%" for q in found)
    if intent.kind == "figure":
        kind = "ordinal" if intent.ordinal else "figure"
        return any(q.kind == kind and (not intent.units or intent.in_asked_unit(q.unit)) for q in found)
    return False


def sentence_score(sentence: str, rank: int, weights: dict[str, float], intent: Intent,
                   chunk: Chunk | None = None, about: bool = False, covered: frozenset[str] = frozenset()) -> float:
    """0 for a sentence sharing no term with the question, unless it holds a figure of the asked kind for the
    asked period in a passage about the question (`about`): it only costs prompt time. For a question of no
    figure, date or person kind, terms of the passage's title or headings, and terms `covered` by the sentences
    chosen before, count less: its answer may take several sentences. A figure sits in one, best found by all
    the question's terms (a second sentence on the same thing is a second chance at it)."""
    covering = intent.kind == "other"
    given = _given(chunk, weights) if chunk and covering else frozenset()
    return _score(held_terms(sentence, weights), given, lambda: has_asked_figure(sentence, intent, chunk), rank,
                  weights, about, covered)


def _given(chunk: Chunk, weights: dict[str, float]) -> frozenset[str]:
    """The question's terms the passage's title and headings hold."""
    return frozenset(held_terms(" ".join((chunk.title, *chunk.heading_path)), weights))


def _score(held: set[str], given: frozenset[str], figure: Callable[[], bool], rank: int,
           weights: dict[str, float], about: bool, covered: frozenset[str]) -> float:
    """`sentence_score` from what is known of the sentence (`figure` asked only when it matters)."""
    def share(t: str) -> float:
        return (GIVEN_SHARE if t in given else 1.0) * (REPEATED_SHARE if t in covered else 1.0)

    match = sum(weights[t] * share(t) for t in held) / (sum(weights.values()) or 1.0)
    if match == 0 and not about:
        return 0.0
    has_figure = figure()
    if match == 0 and not has_figure:  # the asked figure in other words than the question's (外宾团: 来访团组)
        return 0.0
    return match + RANK_BONUS / (rank + 1) + (ASKED_BONUS if has_figure else 0.0)


def compact_context(hits: list[Hit], weights: dict[str, float], intent: Intent, budget: int) -> list[ContextPassage]:
    """The best sentences within `budget` characters (always at least one), grouped by passage."""
    total = sum(weights.values())
    about = [matched_weight(hit.chunk.embedding_text(), weights) >= ABOUT_SHARE * total for hit in hits]
    covering = intent.kind == "other"
    given = [_given(hit.chunk, weights) if covering else frozenset[str]() for hit in hits]
    left = [(rank, i, s) for rank, hit in enumerate(hits) for i, s in enumerate(split_sentences(hit.chunk.text))]
    held = {(rank, i): held_terms(s, weights) for rank, i, s in left}  # each sentence read once, scored many times
    for rank, i, s in left:  # 9. 做好意见收集。做好工作统筹，…通过12366…: a point says what its heading names
        if heads_next(s) and (rank, i + 1) in held:
            held[rank, i + 1] = held[rank, i + 1] | held[rank, i]

    @cache
    def figure(rank: int, i: int, sentence: str) -> bool:
        return has_asked_figure(sentence, intent, hits[rank].chunk)

    chosen: dict[int, list[tuple[int, str]]] = {}
    used, covered = 0, frozenset[str]()
    while left:  # the best sentence for what is not covered yet, until the budget is spent
        scored = [(_score(held[rank, i], given[rank] & held[rank, i], partial(figure, rank, i, s), rank, weights,
                          about[rank], covered), rank, i, s)
                  for rank, i, s in left if not chosen or used + len(s) <= budget]
        if not scored or (best := min(scored, key=lambda t: (-t[0], t[1], t[2])))[0] == 0:
            break
        _, rank, i, sentence = best
        chosen.setdefault(rank, []).append((i, sentence))
        used += len(sentence)
        covered |= held[rank, i] if covering else set()
        left.remove((rank, i, sentence))
    # the best evidence first for a what-question (its passages as their first sentences were chosen); by rank
    # for a figure
    order = list(chosen) if intent.kind == "other" else sorted(chosen)
    return [ContextPassage(n, hits[rank], tuple(s for _, s in sorted(chosen[rank])))
            for n, rank in enumerate(order, 1)]


def reported_sentences(hits: list[Hit]) -> Iterator[tuple[Hit, str, str]]:
    """Each sentence (as written, and canonical) of the hits that report what was done, oldest report first: a
    plan (工作要点, a section of plans) tells of nothing done yet, and a passage of no year of none."""
    for hit in sorted(hits, key=lambda h: h.chunk.year or 0):
        if hit.chunk.year is None or in_plan(hit.chunk.title, hit.chunk.heading_path):
            continue
        for sentence in split_sentences(hit.chunk.text):
            yield hit, sentence, canonical(sentence)

"""Questions of what, which and what was required (提出了什么要求, 包括哪些, 到哪家企业), answered by
quoting the sentences that hold the answer.

Given a short context the embedded model answers such questions with one clause, a dangling “以下要求：”
or a name from another passage; the passage's own sentences are exact, verified by construction and
shown at once. The best sentence (most of the question's weighted terms, with its document's title and
headings; the higher-ranked passage on a tie), naming every place the question names, is quoted with the
sentences that follow it within its point (up to the next 三是, （二）…) and a budget, and the sentences just
before it that hold what it leaves out of the question (要精简文件… before 要少开会… for 文件和开会).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ask.points import in_period, restates_title
from assistant.grounding.context import held_share, held_terms, measured_held, names_foreign_country
from assistant.grounding.intent import Intent
from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR_IN_TEXT
from ingest.nlp.names import is_place
from ingest.nlp.sentences import MARKED, heads_next, split_sentences
from ingest.nlp.synonyms import alternatives
from ingest.nlp.weights import phrase_pairs, phrase_share
from vectorstore.hits import Hit

WHICH = re.compile(r"哪一?[个家所支]")
LISTED = re.compile(r"[有是]?(?:哪些|哪几[个所家项场位])")
CLAUSE_END = re.compile(r"[，,。；;？?！!]")
SPECIFIED = 0.3  # a sentence naming the asked kind by its ordinal (第五巡察组 for 哪个巡察组) gains this much
MIN_MATCH = 0.6  # share of the question's term weight the best sentence, with its headings, must hold
MAX_CHARS = 300  # the quote: the best sentence and those after it, up to this length
SECOND_SHARE = 0.8  # another document's best sentence scoring this share of the best is quoted too
# of sentences holding as much of the question's weighted terms, the one saying more of its phrases (全省共有971家
# 台资企业正常生产 for 哪些企业现已正常生产了): this much of the share of the question's character pairs it holds
PHRASE = 0.15
OWN = 0.01  # a sentence's own terms break a tie between sentences of one passage (二、降价措施… over 一、降价范围…)
BEFORE = 2  # sentences before the best one that may be quoted with it, when they hold more of the question
BEFORE_SHARE = 0.1  # ... holding at least this share of the question's weight that the quote leaves out
WHOLE_TITLE = 0.9  # a sentence holding this share of its title's character pairs is the title (支持小微企业渡过难关的
# 针对性措施主要有四个方面： says much of 浙江出台17条措施支持小微企业渡过难关 and announces the answer)
SECTION = re.compile(r"[一二三四五六七八九十]+、")  # 三、加强部门沟通: a heading run into the text
LIST_CHARS = 600  # the quote of a sentence announcing its points (主要有四个方面：一是…), through them
# 主要有四个方面：, 通知如下：, 提出了五条措施: the points that follow belong to the sentence
ANNOUNCES = re.compile(r"[：:]\s*$|如下|[两三四五六七八九十]+(?:个方面|条|项|点)")


@dataclass(frozen=True)
class Quote:
    hit: Hit
    sentences: tuple[str, ...]
    score: float

    @property
    def text(self) -> str:
        return "".join(self.sentences)


def _ordinal_of_asked_kind(question: str, weights: dict[str, float]) -> re.Pattern[str] | None:
    """哪个巡察组 -> 第N巡察组: the kind is the longest term of the question right after 哪个."""
    which = WHICH.search(question)
    kinds = [t for t in weights if which and question.startswith(t, which.end())]
    return re.compile(rf"第[一二三四五六七八九十\d]+{re.escape(max(kinds, key=len))}") if kinds else None


def listed_things(question: str, weights: dict[str, float]) -> tuple[str, ...]:
    """What a which-question lists: the terms right after 哪些 (签了哪些合作协议和备忘录), else those right
    before 有哪些 / 是哪些 (新结的国际友好学校有哪几所); a listed thing is one of them."""
    if not (asked := LISTED.search(question)):
        return ()
    after = question[asked.end():]
    after = after[: m.start()] if (m := CLAUSE_END.search(after)) else after
    before = question[: asked.start()]
    before = before[max((before.rfind(c) for c in "，,的了"), default=-1) + 1:]
    for span in (after, before):
        if terms := [t for t, w in weights.items() if w > 0 and t in span and not t[:4].isdigit()]:
            return tuple(t for t in terms if not any(t != o and t in o for o in terms))  # 友好学校 of 国际友好学校
    return ()


# 哪些国家: a sentence names one by its name (接待俄罗斯、泰国海军舰艇), not by the word
COUNTRY_KINDS = frozenset({"国家", "国别", "外国"})


def _names_one(sentence: str, things: tuple[str, ...]) -> bool:
    """The sentence names one of the things, or a synonym no more general than it (协议书 is no 合作协议); a
    country by its name."""
    text = canonical(sentence)
    return any(w in text for t in things
               for w in (t, *(a for a in alternatives(t) if not any(a in o for o in things)))) or bool(
        COUNTRY_KINDS & set(things) and names_foreign_country(text))


def _matched(text: str, weights: dict[str, float], kinds: frozenset[str]) -> float:
    """The weight of the question's terms the text holds; where countries are listed, 外国 and 国家 by naming one."""
    held = measured_held(text, weights, kinds) if kinds else held_terms(text, weights)
    return sum(weights[t] * held_share(t, held, weights) for t in weights)


def _of_another_year(sentence: str, years: tuple[int, ...]) -> bool:
    """Does the sentence name years, none of them asked (2019年，…结为国际友好学校 in the 2020 report)?"""
    named = {int(y) for y in YEAR_IN_TEXT.findall(canonical(sentence))}
    return bool(named and years and not named & set(years))


def best_quote(hits: list[Hit], weights: dict[str, float], intent: Intent, budget: int = MAX_CHARS,
               question: str = "", other_than: str = "", things: tuple[str, ...] = (),
               min_match: float = MIN_MATCH) -> Quote | None:
    """From a report of the asked year, if the question names one (2018年新缔结的友城 is not 2019's); for
    哪个巡察组, a sentence naming one by its ordinal first; `other_than`: a document not to quote from;
    `things`: a sentence must hold one of them (a list of schools is quoted from a sentence about a school)."""
    total = sum(weights.values()) or 1.0
    specified = _ordinal_of_asked_kind(question, weights)
    pairs = phrase_pairs(canonical(question))
    kinds = COUNTRY_KINDS & frozenset(things)
    best: tuple[float, float, Hit, list[str], int] | None = None
    for hit in (h for h in hits if in_period(h, intent) and h.chunk.doc_id != other_than):
        about = " ".join((hit.chunk.title, *hit.chunk.heading_path))
        sentences = split_sentences(hit.chunk.text)
        for i, sentence in enumerate(sentences):
            # 人社厅关于…免费开放中国职业培训在线等培训平台的通知: the notice's title names the platforms asked
            # about; the sentences that list them answer
            if len(sentences) > 1 and restates_title(sentence, hit.chunk.title, WHOLE_TITLE):
                continue
            if things and (not _names_one(sentence, things) or _of_another_year(sentence, intent.years)):
                continue
            # with its title and headings; of two sentences equal so, the one holding more itself. A sentence ending
            # in a point's heading (9. 做好意见收集。) is weighed with the sentence saying the point
            said = f"{sentence}{sentences[i + 1]}" if heads_next(sentence) and i + 1 < len(sentences) else sentence
            score = (_matched(f"{about} {said}", weights, kinds) + OWN * _matched(said, weights, kinds)) / total
            if specified and specified.search(sentence):
                score += SPECIFIED
            rank = score + PHRASE * phrase_share(pairs, canonical(f"{about} {said}"))
            if best is None or rank > best[0] + 1e-9:
                best = (rank, score, hit, sentences, i)
    if best is None or best[1] < min_match:
        return None
    _, score, hit, sentences, i = best
    # 跟外国城市签了哪些协议: 外国 is any foreign place, which the sentence names by its name (烧津市)
    places = {t for t, w in weights.items() if w > 0 and is_place(t) and t not in ("外国", *alternatives("外国"))}
    if places - held_terms(f"{hit.chunk.title} {sentences[i]}", weights):
        return None  # 济宁与日本哪个城市…: a sentence without 日本 answers nothing
    chosen = [sentences[i]]
    # 三是… or 三、…: another point, unless the sentence announced its points
    listed = bool(ANNOUNCES.search(sentences[i]))
    for following in sentences[i + 1 :]:
        if sum(map(len, chosen)) + len(following) > (LIST_CHARS if listed else budget) or (
                (MARKED.match(following) or SECTION.match(following)) and not listed):
            break
        chosen.append(following)
    # 签了哪些协议: the passage's later sentences naming another of the things (同年，与烧津市签署…备忘录) too
    chosen += [f for f in sentences[i + len(chosen):] if things and _names_one(f, things) and not _of_another_year(
        f, intent.years) and sum(map(len, chosen)) + len(f) <= LIST_CHARS]
    # 要精简文件…。要少开会…: the sentences before it in its point holding what it leaves out of the question
    held = held_terms(f"{hit.chunk.title} {''.join(chosen)}", weights)
    starts_point = MARKED.match(sentences[i]) or SECTION.match(sentences[i])
    for before in reversed(sentences[max(0, i - BEFORE) : i] if not starts_point else []):
        new = {t for t in held_terms(before, weights) - held if weights[t] > 0}
        if sum(weights[t] for t in new) < BEFORE_SHARE * total or sum(map(len, chosen)) + len(before) > budget:
            break
        chosen.insert(0, before)
        held |= new
        if MARKED.match(before) or SECTION.match(before):  # the point starts here
            break
    return Quote(hit, tuple(chosen), round(score, 3))


def quotes(hits: list[Hit], weights: dict[str, float], intent: Intent, question: str = "") -> list[Quote]:
    """The best quote, and another document's when it holds nearly as much of the question (two notices
    on one policy: the one naming more of the question's words need not be the one that answers)."""
    best = best_quote(hits, weights, intent, question=question)
    if best is None:
        return []
    other = best_quote(hits, weights, intent, question=question, other_than=best.hit.chunk.doc_id)
    return [best, other] if other and other.score >= SECOND_SHARE * best.score else [best]

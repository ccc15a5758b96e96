"""Counting and listing across reports, from the fact ledger rather than the top passages.

"一共新建了几个友城？" sums every matching figure of every report, each row cited; parts (其中…),
cumulative figures (累计) and a figure repeated by two reports of the same period are listed but
not added. "列出所有新结好的城市" lists the named places of the matching sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from assistant.ask.extractive import clause_of
from assistant.grounding.intent import Intent
from ingest.document import PATH_SEPARATOR
from ingest.nlp.clean import canonical
from ingest.nlp.dates import in_plan, period_at
from ingest.nlp.names import find_names, mentions_city
from ingest.nlp.numbers import format_number
from ingest.nlp.quantities import base_unit
from ingest.nlp.synonyms import synonym_groups
from vectorstore.ledger import LedgerRow

KIND_WORDS = {"城市": "place", "友城": "place", "地方": "place", "地区": "place", "国家": "country", "单位": "org",
              "机构": "org", "部门": "org", "文件": "title", "制度": "title"}
# 国际友好省州: places tied to the office's body, listed by name as 友城 are (a port is not read as a place)
TIED_PLACES = re.compile(r"友好(?:交流)?(?:省州|城市)")
# 友好城市（不算友好交流城市）: what the question leaves out of its list
EXCLUDED = re.compile(r"(?:不算|不含|不包括|除去|除了|不计)([\u4e00-\u9fff]{2,8}?)(?=[）)，,。？?]|以外|之外|在内|$)")
COUNTRY_OF = re.compile(r"(?:分别|各自?)(?:是|属于|来自|在|位于)?哪(?:个|一个|些)?国(?:家)?的?"
                        r"|(?:是|属于|来自|在|位于)?哪(?:个|一个|些)?国(?:家)?的")
MIN_MATCH = 0.6  # share of the topic's weight a row's clause must hold
# the relation a city's own clause names (与美国东利物浦市签署建立友好交流城市关系意向书): a 友好交流城市 is not a
# 友好城市, nor the other way round, unless the question asks for both (友城（含友好交流城市）)
EXCHANGE = re.compile(r"友好交流(?:城市|关系|省州|省|州|港口|港)")
FRIENDSHIP = re.compile(r"友好城市|友城|姊妹城市|结好|友好省州|友好省|友好港")
# what a place's own clause says of its relation: a tie made or held (缔结友好城市关系, 结为友城, 结好), not a
# mention (拓展友城务实合作项目 after 与法国阿莱斯市、土耳其里泽市深化交流)
TIE = re.compile(r"(?:建立|缔结|结为|结成|签署|签订|签约)[^，,。；;]{0,12}?"
                 r"(?:友好城市|友城|姊妹城市|友好省州|友好省|友好港)|结好|(?:友好城市|友城|姊妹城市|友好省州|友好港口?)关系")
BOTH = re.compile(r"[含和及与、]\s*(?:国际)?友好交流城市|友好交流城市[和及与、]"
                  r"|[含和及与、]\s*(?:国际)?(?:友好城市|友城)")


@dataclass(frozen=True)
class Topic:
    """Each group is a question word with its synonyms, and the word's weight."""

    groups: tuple[tuple[tuple[str, ...], float], ...]
    kind: Literal["figure", "place", "country", "org", "title"]
    required: tuple[int, ...] = ()  # groups a row must match: things with synonyms (友城, 新建), not mere words

    @property
    def words(self) -> list[str]:
        return [w for group, _ in self.groups for w in group]

    def match(self, text: str) -> float:
        text = canonical(text)
        total = sum(w for _, w in self.groups) or 1.0
        held = [any(word in text for word in group) for group, _ in self.groups]
        if not all(held[i] for i in self.required):  # 新建“尼山书屋” is no 新结好 城市
            return 0.0
        return sum(w for (_, w), h in zip(self.groups, held, strict=True) if h) / total

    def said(self, text: str) -> int:
        """How many of the topic's words (with their synonyms) the text says."""
        text = canonical(text)
        return sum(word in text for word in dict.fromkeys(self.words))


@dataclass(frozen=True)
class TallyItem:
    row: LedgerRow
    counted: bool
    note: str = ""  # why a figure is not added: 其中分项 / 累计数 / 重复 / 单位不同


@dataclass(frozen=True)
class Tally:
    kind: str
    items: tuple[TallyItem, ...]
    total: float | None
    unit: str
    what: str


def topic_of(weights: dict[str, float], counting: bool = False) -> Topic:
    """The question's words (counting words already left out) without years and kind words, each with
    its synonyms; a compound whose parts are words of the question too (新结好: 结好) gives way to them.
    `counting` (几个友城): figures are added up, and 友城 is what they count, not the kind of a list."""
    kind = "figure" if counting else next((k for word, k in KIND_WORDS.items() if word in weights), None) or (
        "place" if TIED_PLACES.search("".join(weights)) else "figure")
    groups = []
    named = {w for w in weights if any(w in g for g in synonym_groups())}  # 友好城市: a thing with synonyms
    for word, weight in weights.items():
        kind_word = word in KIND_WORDS and kind != "figure"
        part_of_named = word not in named and any(o != word and word in o for o in named)  # 城市 of 友好城市
        compound = word not in named and any(o != word and o in word for o in weights)  # 新结好 of 结好
        if kind_word or word[:4].isdigit() or part_of_named or compound:
            continue
        synonyms = next((g for g in synonym_groups() if word in g), (word,))
        groups.append((tuple(dict.fromkeys((word, *synonyms))), weight))
    required = tuple(i for i, (group, _) in enumerate(groups) if group[0] in named)
    return Topic(tuple(groups), kind, required)


def in_years(row: LedgerRow, years: tuple[int, ...]) -> bool:
    if not years:
        return True
    said = canonical(row.fact.time + row.fact.sentence)
    return any(row.year == y or f"{y}年" in said for y in years)


def planned_where(row: LedgerRow) -> bool:
    """Is the row's place named in a plan: a plan document (工作要点) or a section of plans (工作打算)? Not a
    sentence's own wording (争取省委外办支持，分别促成…建立友好合作关系 tells what was done)."""
    return in_plan(row.title, row.fact.section.split(PATH_SEPARATOR) if row.fact.section else [])


def holds_for(row: LedgerRow, intent: Intent) -> bool:
    """Is the row's figure one of the asked period: not a target (力争…) unless a plan is asked, and not
    another year's value that a report restates (上年为42个)?"""
    sentence = canonical(row.fact.sentence)
    period = period_at(sentence, max(sentence.find(canonical(row.fact.text)), 0), row.year,
                       tuple(row.fact.section.split(PATH_SEPARATOR)) if row.fact.section else (), row.title)
    return intent.period.admits(period, row.year)


def figure_clause(row: LedgerRow) -> str:
    """The clause of the sentence that states the figure, as written, with its bracketed qualifier."""
    start = max(canonical(row.fact.sentence).find(canonical(row.fact.text)), 0)
    return clause_of(row.fact.sentence, start, start + len(row.fact.text))


def listed_words(question: str, weights: dict[str, float], nations: frozenset[str] = frozenset()
                 ) -> dict[str, float]:
    """The question's words that say what is listed: not the words of what it leaves out (交流 of 不算友好交流
    城市, unless said elsewhere too), not the pieces of a country it names (别克 of 乌兹别克斯坦)."""
    said = canonical(question)
    kept = EXCLUDED.sub("", said)
    leave_out = excluded(question)
    of_country = COUNTRY_OF.search(said) is not None  # 外方学校分别是哪个国家的: schools listed, with their countries
    return {t: w for t, w in weights.items()
            if t not in leave_out and (t in kept or t not in said) and not any(t in n for n in nations)
            and not (of_country and t == "国家")}


# 国内友好城市 / 国内友城: cities of one's own country, listed without the foreign ones
DOMESTIC = re.compile(r"国内的?(?:友好城市|友城|友好)")


def relation_asked(question: str) -> str:
    """"exchange" (友好交流城市), "friendship" (友城, 友好城市) or "" (both, or neither)."""
    text = EXCLUDED.sub("", canonical(question))  # 不算友好交流城市 asks for 友好城市
    exchange = EXCHANGE.search(text) or "交流城市" in text or "交流省州" in text
    if BOTH.search(text) or not (exchange or FRIENDSHIP.search(text)):
        return ""
    return "exchange" if exchange else "friendship"


def relation_of(row: LedgerRow) -> str:
    """The relation the place's own clause names ("" when it names none: a visit, a partner's mayor), the
    clause running through a list of places (与法国利摩日市、日本濑户市建立友好城市关系: both)."""
    sentence = canonical(row.fact.sentence)
    at = sentence.find(canonical(row.fact.text))
    if at < 0:
        return ""
    names = {n.text for n in find_names(sentence) if n.kind in ("country", "place")}
    places = sorted({(m.start(), name) for name in names for m in re.finditer(re.escape(name), sentence)
                     if m.start() > at})  # every place the sentence names after it, each once
    end = at + len(canonical(row.fact.text))
    for start, name in places:  # through a list of places (A、B和C建立…): up to the first words after one
        if sentence[end:start].strip(" 、和及与") or start < end:
            break
        end = start + len(name)
    after = sentence[end : next((p for p, _ in places if p >= end), len(sentence))]
    # the first relation said after it (结为国际友好城市…友好交流城市三个: a friendship city, the count of the others
    # only follows)
    said = [(m.start(), kind) for kind, pattern in (("exchange", EXCHANGE), ("friendship", TIE))
            if (m := pattern.search(after))]
    return min(said)[1] if said else ""


def excluded(question: str) -> tuple[str, ...]:
    """What a list question leaves out (不算友好交流城市 -> 友好交流城市)."""
    return tuple(m.group(1) for m in EXCLUDED.finditer(canonical(question)))


def said_after(row: LedgerRow) -> str:
    """What the row's sentence says after the name, up to the next country or place it names (与韩国安东市、
    日本仓吉市缔结友好城市关系，2011年与澳大利亚巴拉瑞特市建立友好交流城市关系: 仓吉市 缔结友好城市)."""
    sentence = canonical(row.fact.sentence)
    at = sentence.find(canonical(row.fact.text))
    if at < 0:
        return sentence
    end = at + len(canonical(row.fact.text))
    starts = [sentence.find(n.text, end) for n in find_names(sentence) if n.kind in ("country", "place")]
    stop = min([p for p in starts if p >= end] + [len(sentence)])
    return sentence[end:stop]


def tally(rows: list[LedgerRow], topic: Topic, intent: Intent, cities: tuple[str, ...] = (),
          leave_out: tuple[str, ...] = (), nations: frozenset[str] = frozenset(), relation: str = "",
          issuers: Mapping[str, str] | None = None, domestic: bool = False) -> Tally | None:
    """`cities`: those the question names (海澄市外办…); a row of a report whose issuer, title and sentence
    name none of them is of another office (关于2020年全州外事工作情况的报告 is 澜源's by its issuer).
    `leave_out`: rows whose clause says one of these are not listed (`excluded`). `nations`: the countries the
    question names; places of other countries are not listed. `relation`: the one asked (`relation_asked`); a
    place whose clause names the other is not listed. `issuers`: each document's issuing body. `domestic`: the
    question asks for places of one's own country (国内友好城市): those no sentence names with a country."""
    issuers = issuers or {}
    rows = [r for r in rows if in_years(r, intent.span or intent.years) and all(
        mentions_city(canonical(f"{issuers.get(r.doc_id, '')} {r.title} {r.fact.sentence}"), c) for c in cities)]
    if topic.kind != "figure":
        # 工作要点：推动与努瓦迪布市缔结友好城市关系: a plan names what is not yet done, unless a plan is asked
        rows = [r for r in rows if r.fact.kind != topic.kind or intent.period.planned or not planned_where(r)]
        left_out = {r.fact.norm for r in rows
                    if r.fact.kind == topic.kind and (any(w in said_after(r) for w in leave_out) or (
                        relation and relation_of(r) not in ("", relation)))}
        return _names([r for r in rows if r.fact.norm not in left_out], topic, nations, domestic)
    matched = [r for r in rows if r.fact.kind == "figure" and topic.match(figure_clause(r)) >= MIN_MATCH
               and holds_for(r, intent)]
    if intent.units:
        matched = [r for r in matched if base_unit(r.fact.unit) in intent.units]
    if not matched:
        return None
    unit = intent.units[0] if intent.units else Counter(base_unit(r.fact.unit) for r in matched).most_common(1)[0][0]
    items, seen = [], set()
    for r in matched:
        key = (r.fact.subject, r.fact.value, r.fact.unit, r.year, r.fact.time)
        note = ("其中分项" if r.fact.qualifier == "其中" else "累计数" if r.fact.status == "累计"
                else "单位不同" if base_unit(r.fact.unit) != unit else "重复" if key in seen else "")
        seen.add(key)
        items.append(TallyItem(r, not note, note))
    total = sum(i.row.fact.value or 0.0 for i in items if i.counted)
    return Tally("figure", tuple(items), total, unit, "、".join(g[0] for g, _ in topic.groups))


def _names(rows: list[LedgerRow], topic: Topic, nations: frozenset[str] = frozenset(),
           domestic: bool = False) -> Tally | None:
    """Names of the asked kind in matching sentences; foreign places only, when any are foreign (those of no
    country only, when `domestic`); of the countries the question names, if it names any (济宁和法国哪个城市是友城:
    a French one, or none)."""
    # the report's title says whose (海澄市外办各年报告里提到的友城: the office of the title)
    matched = [r for r in rows
               if r.fact.kind == topic.kind and topic.match(f"{r.title} {r.fact.sentence}") >= MIN_MATCH]
    if topic.kind == "place" and domestic:
        foreign = {r.fact.norm for r in rows if r.fact.kind == "place" and r.fact.qualifier}
        matched = [r for r in matched if r.fact.norm not in foreign]
    elif topic.kind == "place" and any(r.fact.qualifier for r in matched):
        # a foreign place: one another sentence names with its country (出访意大利，与法恩扎市签署…)
        countries = {r.fact.norm: r.fact.qualifier for r in rows if r.fact.kind == "place" and r.fact.qualifier}
        matched = [r if r.fact.qualifier else replace(r, fact=replace(r.fact, qualifier=countries[r.fact.norm]))
                   for r in matched if r.fact.norm in countries]
    # of the sentences naming one, the one saying most of the topic (签署结好协议书，…国际友好城市增至5个, not
    # 借结好努瓦迪布市的时机) is cited
    said = {r.fact.sentence: topic.said(r.fact.sentence) for r in matched}
    chosen: dict[str, LedgerRow] = {}
    for r in matched:
        if r.fact.norm not in chosen or said[r.fact.sentence] > said[chosen[r.fact.norm].fact.sentence]:
            chosen[r.fact.norm] = r
    unique = list(chosen.values())
    if not unique:
        return None
    if topic.kind == "place" and nations:
        unique = [r for r in unique if r.fact.qualifier in nations]  # none: the library holds no such one
    return Tally(topic.kind, tuple(TallyItem(r, True) for r in unique), None, "",
                 "、".join(g[0] for g, _ in topic.groups))


def total_text(t: Tally) -> str:
    return format_number(t.total or 0.0) + t.unit

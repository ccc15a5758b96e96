"""Open questions (如何开展、做了哪些工作): the section that answers them, quoted point by point.

Given a few hundred characters the embedded model answers a three-part section with one clause and
no hint that it is partial. The section's own points, each quoted and cited, are complete, exact and
shown at once; a section longer than the budget says how many points it has and how many are shown,
and another section on the same topic is named ("资料中另有…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from assistant.grounding.context import held_terms
from assistant.grounding.intent import Intent
from ingest.document import Chunk
from ingest.nlp.clean import bigrams, canonical
from ingest.nlp.dates import document_period
from ingest.nlp.names import without_asides
from ingest.nlp.numbers import to_number
from ingest.nlp.sentences import CN, MARK, MARKED, full_sentences
from ingest.outline import heading_level
from vectorstore.hits import Hit

OPEN_ASK = re.compile(
    r"如何|怎样|怎么(?!回事)|哪些(?:工作|措施|做法|举措|事|方面|成效|成绩|经验|活动|进展|亮点|问题|困难|不足)"
    r"|做了什么|做了哪|采取了?什么|有何(?:举措|做法|成效)|主要内容|情况如何|什么情况|介绍一下|简要介绍|概括"
    # as staff say it: 涉外防疫是咋搞的, 党建抓了些啥, 干了哪些事
    r"|咋(?:搞|办|做|弄|抓|整|样)|(?:做|干|抓|搞|办|弄)了(?:些|哪些|一些)?(?:啥|什么)(?!时候|人|地方)"
    # 有哪些使用要求, 应该有什么样的防控措施: requirements and measures, however qualified
    r"|(?:哪些|什么样?的?|有何)[^，。？?]{0,6}?(?:要求|规定|措施|举措|做法|办法)"
    # 开展了哪些调查研究, 提供了哪些服务: what was done, however it is named
    r"|(?:开展|提供|采取|推出|实施|落实|出台|推进|组织|做好|加强)了?(?:哪些|什么|些什么|哪几方面)")
# A point of a section (ingest.nlp.sentences.MARK) starts the text or follows a full stop.
# ... or, in text whose paragraphs were run together (copied from a web page), a space after a bracket or two
# spaces: （责任单位：省财政厅） 四、实施援企稳岗政策。
POINT_START = re.compile(rf"(?:^|(?<=[。；;：:])|(?<=[）)])(?=\s)|(?<=\s\s))\s*(?={MARK})")
# 四、实施援企稳岗政策。/ 二、使用要求 1、…: a short phrase ended by a full stop or a space (三、捐赠款物应当全部用于
# 疫情防控，不得挪作他用。 is a point's sentence, not a heading)
RUN_IN_HEADING = re.compile(rf"{CN}、([^。；;，,：:、\s]{{2,24}})(?:[。；;：:\s]|$)")
# 打算的第一条是什么 / 第二点讲了什么: one point of a section, by its place
POINT_ASK = re.compile(rf"第({CN}|\d{{1,2}})(?:条|点|项|个方面|方面)(?:措施|工作|打算|内容|问题)?"
                       r"(?:是什么|是啥|是哪|讲的?是?什么|说的?是?什么|写的?是?什么|内容|指什么)")
ITEM_LEVEL = 3  # 1. and （1） are items of a section; （一） and 一、 are sections of their own
LONG_POINT = 400  # a marked point longer than this is quoted sentence by sentence
MAX_CHARS = 800  # the points shown; a longer section says how much is left out
MENTIONED = 0.6  # a term only in a section's text counts this much of what it counts in its heading
RIVAL = 0.8  # another section matching this close to the best is named as well
TITLE_SHARE = 0.6  # a point holding this share of its document title's character pairs restates the headline
NEAR_BEST = 0.8  # a point holding this share of the best point's match is where an unheaded section starts
# 二、存在的不足 / 第二部分　存在的困难和问题: a section of a report's shortcomings answers only a question about them
PROBLEMS_SECTION = re.compile(r"存在的?(?:主要)?(?:困难|问题|不足|短板)|(?:困难|问题)和(?:不足|问题|困难)"
                              r"|^\W*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)?\s*(?:主要)?(?:不足|问题)$")
PROBLEMS_ASKED = re.compile(r"不足|问题|困难|差距|短板|薄弱")
# 三、2017年工作安排 / 下一步工作打算: the next year's plans answer only a question about plans
PLANS_SECTION = re.compile(r"(?:下一步|明年|下一年度?|\d{4}年)(?:的)?(?:主要)?(?:工作)?"
                           r"(?:打算|思路|安排|计划|设想|要点|考虑)|工作(?:打算|思路|安排|设想|考虑)$")
PLANS_ASKED = re.compile(r"打算|思路|安排|计划|设想|要点|下一步|展望|明年|考虑")


@dataclass(frozen=True)
class Section:
    hits: tuple[Hit, ...]  # the retrieved passages of one section of one report, in the report's order
    points: tuple[str, ...]  # every point of those passages, in order
    shown: int  # how many of them fit the budget
    score: float
    first: int = 0  # the first point shown: a section not headed by the question's topic starts where it is
    path: tuple[str, ...] | None = None  # the headings of a section made of its numbered items (（四）引进国外智力)

    @property
    def quoted(self) -> tuple[str, ...]:
        return self.points[self.first : self.first + self.shown]

    @property
    def hit(self) -> Hit:
        return self.hits[0]

    @property
    def chunk_ids(self) -> tuple[str, ...]:
        return tuple(i for h in self.hits for i in h.ids)


def is_open(question: str, intent: Intent) -> bool:
    return intent.kind == "other" and not intent.total and OPEN_ASK.search(canonical(question)) is not None


def point_asked(question: str) -> int | None:
    """The place of the point asked for (第一条是什么 -> 1), or None."""
    if not (match := POINT_ASK.search(canonical(question))):
        return None
    place = to_number(match.group(1))
    return int(place) if place else None


def without_point(question: str) -> str:
    """The question without its 第N条 (which no passage holds as a term)."""
    return POINT_ASK.sub(lambda m: m.group(0)[m.end(1) - m.start(0) + 1:], canonical(question), count=1)


def asked_point(sections: list[Section], place: int) -> Section | None:
    """The best section with that many marked points, showing only the asked one."""
    for section in sections:
        marked = [i for i, p in enumerate(section.points) if MARKED.match(p)]
        if len(marked) >= place:
            return replace(section, first=marked[place - 1], shown=1)
    return None


def points_of(text: str) -> list[str]:
    """The passage's points (一是…二是…, （一）…, 1. …); without such marks, its sentences. A point longer than
    LONG_POINT (一、 heading a whole chapter whose own items are not marked at a sentence start) is its sentences:
    the one answering is found among them, not cut off by the budget."""
    text = text.strip()
    marks = [m.start() for m in POINT_START.finditer(text)]
    cuts = sorted({0, *marks})
    if not marks:
        return full_sentences(text)
    parts = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return [q for p in parts if p for q in (full_sentences(p) if len(p) > LONG_POINT else [p]) if q]



def in_period(hit: Hit, intent: Intent) -> bool:
    """Is the passage of a report about the asked year (or the named report), and a report of results for the
    whole year unless a plan or a part of the year is asked (not the year's 工作要点 or 上半年工作总结)?"""
    asked = intent.period
    plan_document, part = document_period(hit.chunk.title)
    # 上半年总结里全年班列要开多少列: a half-year report's plan for the whole year
    if (plan_document and not asked.planned) or (part and part != asked.part and not asked.planned):
        return False
    year = hit.chunk.year
    if asked.report_year:
        return year == asked.report_year
    return not asked.years or year is None or year in asked.years


def fits(hit: Hit, weights: dict[str, float], intent: Intent) -> bool:
    """A section of shortcomings or of the next year's plans answers only a question asking about them (怎么规范
    涉外案件处置的 is not answered by 存在的不足: 涉外案件处置的机制不够顺畅)."""
    headings = hit.chunk.heading_path
    if any(PROBLEMS_SECTION.search(h) for h in headings):
        return any(PROBLEMS_ASKED.search(t) for t in weights)
    if any(PLANS_SECTION.search(h) for h in headings):
        return intent.period.planned or any(PLANS_ASKED.search(t) for t in weights)
    return True


def _score(hit: Hit, weights: dict[str, float], issuer: str = "") -> float:
    """The heading path says what a section is about; its text only what it mentions (a section on
    调查研究 mentions 对外开放 in passing; the one headed 推进对外开放 is about it). Every section of a report
    is about the body that issued it (澜源州委外办 of a section that never names it)."""
    total = sum(weights.values()) or 1.0
    chunk = hit.chunk
    # a heading run into the text (二、规范疫情防控重点保障企业名单管理 of a notice copied from a web page) is a
    # heading too; a news item's dateline (新华社北京2月7日电) says where it was filed, not what it is about
    about = held_terms(" ".join((chunk.title, issuer, *chunk.heading_path)), weights)
    # of several, the one the answer would be cut to (_headed_part)
    about |= max((held_terms(m.group(1), weights) for p in points_of(chunk.text) if (m := RUN_IN_HEADING.match(p))),
                 key=lambda held: sum(weights[t] for t in held - about), default=set())
    said = held_terms(without_asides(chunk.text), weights) - about
    return (sum(weights[t] for t in about) + MENTIONED * sum(weights[t] for t in said)) / total


def restates_title(text: str, title: str, share: float = TITLE_SHARE) -> bool:
    """Does the text hold most of its document title's character pairs (a news lead restating its headline,
    a notice's own title at the top of its text)? It holds every word of a question and answers none."""
    pairs = _title_pairs(title)
    return bool(pairs) and len(pairs & bigrams(canonical(text))) >= share * len(pairs)


@cache
def _title_pairs(title: str) -> frozenset[str]:  # asked for every sentence of a passage: once per title
    return frozenset(bigrams(canonical(title)))


def _first(hits: tuple[Hit, ...], points: list[str], weights: dict[str, float]) -> int:
    """0 when the headings name the question's topic (every point is about it); else the first point that
    holds nearly as much of the question as the best one (a notice's answer is deep in its text)."""
    if any(held_terms(" ".join(h.chunk.heading_path), weights) & {t for t, w in weights.items() if w > 0}
           for h in hits):
        return 0
    # a news item's lead restating its headline holds every word of the question and answers nothing; the
    # title's words tell no point apart (北京市 of a signature 北京市经济和信息化局 under 北京市…防控疫情指引)
    title = hits[0].chunk.title if hits else ""
    apart = {t: w for t, w in weights.items() if t not in held_terms(title, weights)}
    apart = apart if any(apart.values()) else weights
    matched = [0.0 if restates_title(p, title) else sum(apart[t] for t in held_terms(p, apart)) for p in points]
    best = max(matched, default=0.0)
    return next((i for i, m in enumerate(matched) if best and m >= NEAR_BEST * best), 0)


def _headed_part(points: list[str], weights: dict[str, float], title: str) -> tuple[int, int] | None:
    """The part of a passage under a heading run into its text (四、实施援企稳岗政策。…) that names the
    question's topic best, as (its first point, its number of points): the rest of the passage is about
    other things. None when no such heading names any of it that the document's title does not (机构 of
    三、托养机构监管 in a guide for 救助管理机构 tells nothing apart)."""
    asked = {t for t, w in weights.items() if w > 0} - held_terms(title, weights)
    headed = [(i, sum(weights[t] for t in held_terms(m.group(1), weights) & asked))
              for i, p in enumerate(points) if (m := RUN_IN_HEADING.match(p))]
    best = max(headed, key=lambda h: h[1], default=None)
    if best is None or best[1] <= 0:
        return None
    start = best[0]
    end = next((i for i, _ in headed if i > start), len(points))
    return start, end - start


def _shown(points: list[str], budget: int) -> int:
    used, shown = 0, 0
    for p in points:
        if shown and used + len(p) > budget:
            break
        used, shown = used + len(p), shown + 1
    return shown


def open_sections(hits: list[Hit], weights: dict[str, float], intent: Intent, budget: int = MAX_CHARS,
                  issuers: dict[str, str] | None = None) -> list[Section]:
    """The best section for the question (of the asked period), then the others matching nearly as well.
    `issuers`: each document's issuing body, by document id."""
    issuers = issuers or {}
    scored = sorted(((_score(h, weights, issuers.get(h.chunk.doc_id, "")), i, h) for i, h in enumerate(hits)
                     if in_period(h, intent) and fits(h, weights, intent)),
                    key=lambda t: (-t[0], t[1]))
    if not scored or scored[0][0] <= 0:
        return []
    best = scored[0][0]
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[float, Hit]]] = {}
    for score, _, hit in scored:  # a section cut into several passages is one section
        if score >= RIVAL * best:
            groups.setdefault((hit.chunk.doc_id, hit.chunk.heading_path), []).append((score, hit))
    sections = []
    for group in groups.values():
        hits = tuple(sorted((h for _, h in group), key=lambda h: h.chunk.index))
        points: list[str] = []
        for h in hits:
            parts = points_of(h.chunk.text)
            if points and parts and not MARKED.match(parts[0]):  # a point cut by the passage boundary
                points[-1] += parts.pop(0)
            points += parts
        # 四、实施援企稳岗政策 of a notice's text, asked about 援企稳岗
        if part := _headed_part(points, weights, hits[0].chunk.title):
            first, shown = part
            shown = min(shown, _shown(points[first : first + shown], budget))
        else:
            first = _first(hits, points, weights) if sum(map(len, points)) > budget else 0  # all fit: all shown
            shown = _shown(points[first:], budget)
        sections.append(Section(hits, tuple(points), shown, round(max(s for s, _ in group), 3), first))
    return sorted(sections, key=lambda s: -s.score)


def where_from(hit: Hit, path: tuple[str, ...] | None = None) -> str:
    chunk = hit.chunk
    path = chunk.heading_path if path is None else path
    year = f"{chunk.year}年" if chunk.year else ""
    heading = f"“{path[-1]}”部分" if path else ""
    return f"{year}《{chunk.title}》{heading}"


def items_asked(sections: list[Section]) -> tuple[str, tuple[str, ...]] | None:
    """(document id, the section's headings) when the best section and another matching nearly as well are
    numbered items of one section (3.优化服务 and 4.表彰激励 of （四）引进国外智力工作), or that section and one of
    its items: the question asks about that section, every item of it."""
    if not sections:
        return None
    best = sections[0].hit.chunk
    path = best.heading_path
    rivals = [s.hit.chunk.heading_path for s in sections[1:] if s.hit.chunk.doc_id == best.doc_id]
    if path and any(len(p) > len(path) and p[: len(path)] == path for p in rivals):
        return best.doc_id, path
    if len(path) >= 2 and (heading_level(path[-1]) or 0) >= ITEM_LEVEL and any(
            p != path and p[: len(path) - 1] == path[:-1] for p in rivals):
        return best.doc_id, path[:-1]
    return None


def whole_section(chunks: list[Chunk], parent: tuple[str, ...], score: float, budget: int = MAX_CHARS) -> Section:
    """The parent section of numbered items, from its document's chunks: its own text's points, then each item
    as one point led by its heading (1．设立海外仓：协调在…)."""
    under = [c for c in sorted(chunks, key=lambda c: c.index) if c.heading_path[: len(parent)] == parent]
    points: list[str] = []
    item: tuple[str, ...] | None = None
    for chunk in under:
        if len(chunk.heading_path) == len(parent):
            points += points_of(chunk.text)
        elif chunk.heading_path == item:  # an item cut into two passages
            points[-1] += chunk.text.strip()
        else:
            label, text = chunk.heading_path[len(parent)], chunk.text.strip()
            points.append(text if text.startswith(label) else f"{label}：{text}")
        item = chunk.heading_path
    hits = tuple(Hit(c, score, (c.chunk_id,)) for c in under)
    return Section(hits, tuple(points), _shown(points, budget), score, 0, parent)


def completed(section: Section, chunks: list[Chunk], budget: int = MAX_CHARS) -> Section:
    """The section with the passages of it that were not retrieved (its text cut into several passages, its
    numbered items 1. 2. 3. under their own headings: 采取了四项措施：1.…4.…), when the whole fits the budget;
    else the section as retrieved, its best points chosen."""
    path = section.path or section.hit.chunk.heading_path
    under = [c for c in chunks if path and c.heading_path[: len(path)] == path]
    if not path or {c.chunk_id for c in under} <= set(section.chunk_ids) or sum(len(c.text) for c in under) > budget:
        return section
    return whole_section(chunks, path, section.score, budget)


def point_answer_text(section: Section, place: int) -> str:
    """第N条 of the section, quoted and cited, with how many points the section has."""
    marked = sum(1 for p in section.points if MARKED.match(p))
    return (f"据{where_from(section.hit)}[1]，该部分共 {marked} 条，第 {place} 条是：\n"
            f"{one_point(section.quoted[0])}")


def one_point(point: str) -> str:
    """The last point of a section runs on to what follows it (a closing line, a signature): a point is its
    first paragraph, with the next one when the first is only its heading (（一）强化主体责任)."""
    paragraphs = [p.strip() for p in point.splitlines() if p.strip()] or [point]
    kept = paragraphs[:1]
    while not kept[-1].endswith(("。", "；", ";", "！", "？")) and len(kept) < len(paragraphs):
        kept.append(paragraphs[len(kept)])
    return "\n".join(kept)


def open_answer_text(sections: list[Section]) -> str:
    """The best section's points, numbered and cited [1]; what was left out and the other sections, said."""
    first = sections[0]
    lines = [f"据{where_from(first.hit, first.path)}[1]："]
    # a section of no marked points (a news item, a paragraph) is its sentences: quoted as they run, not
    # numbered as points they are not (“网上办税缴费情况怎么样？ / 业务比例能占到多少？” is one question)
    running = not any(MARKED.match(p) or RUN_IN_HEADING.match(p) for p in first.points)
    unit = "句" if running else "点"
    if running:
        lines.append("".join(first.quoted))
    elif any(heading_level(p) is not None for p in first.quoted):  # 1．在马尔德普拉塔市…: numbered by the report
        lines += list(first.quoted)
    else:
        lines += [f"{i}. {p}" for i, p in enumerate(first.quoted, 1)]
    if first.shown < len(first.points):
        which = f"前 {first.shown} {unit}" if not first.first else f"与问题相关的 {first.shown} {unit}"
        lines.append(f"（该部分共 {len(first.points)} {unit}，以上列出{which}，其余见出处[1]。）")
    others = [f"{where_from(s.hit, s.path)}[{n}]" for n, s in enumerate(sections[1:], 2)]
    if others:
        lines.append(f"资料中另有：{'；'.join(others)}。")
    return "\n".join(lines)

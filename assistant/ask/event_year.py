"""The year of a past event (哪一年结为友好城市, 第十二届是哪一年举办的), read from where the event is told.

A yearly report seldom writes the year beside the event: it is the year its section or the report is
about. Later reports recall the event (深化与图尔库市的合作), and plans announce it (办好第十二届): neither
says when it happened. So the year is that of the sentence that tells the event as done (the question's
words and any ordinal or figure it names are in the sentence, and it is no plan): an explicit year in
the clause of the event, else the period the sentence speaks of; of several such sentences, the earliest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding.context import matched_weight
from assistant.grounding.intent import Intent
from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR_IN_TEXT, period_at
from ingest.nlp.names import OFFICE_NAME
from ingest.nlp.quantities import quantities
from ingest.nlp.sentences import CLAUSE_BREAK, split_sentences
from ingest.nlp.synonyms import alternatives
from vectorstore.hits import Hit

YEAR_ASK = re.compile(r"哪一?年|什么年份|何年|哪个年份|哪一年度|几几年")
# 原定于年内举办的第九届…未能如期举办: the event did not happen that year (unless the sentence says it did)
NOT_HELD = re.compile(r"未能|未如期|未举办|没有举办|推迟|延期|取消|停办|顺延")
HELD = re.compile(r"成功|顺利|圆满")
# 停办两年后，11月…举办第九届: the stop came before; the sentence tells the event held
AFTER_STOP = re.compile(r"[^，,。；;]*(?:未能|未举办|没有举办|推迟|延期|取消|停办)[^，,。；;]*后[，,]")
# 自2012年创办以来: where the first edition is told without its ordinal (第一届是哪年办的)
STARTED = re.compile(r"创办|创立|创设|开办|始办|首次举办|首[列趟班批架艘]")  # 首列…班列发车: the first one
# 开展结好前期磋商, 签署…意向书, 达成一致意见, 互致信函表达…意愿: steps towards the event, not the event (unless
# nothing else tells it)
PRELIMINARY = re.compile(r"前期|磋商|意向|意愿|一致意见|交换意见|会谈|筹备|筹建|商谈|洽谈|拟于|拟在|互致信函|致函"
                         r"|希望|期待|有意|愿意|愿望")  # 双方都希望尽快结为友好城市: a wish, not the tie
MIN_MATCH = 0.75  # share of the question's term weight the sentence (with its headings and title) must hold


@dataclass(frozen=True)
class EventYear:
    year: int
    hit: Hit
    sentence: str
    score: float
    preliminary: bool = False


def is_first(key: tuple[str, str]) -> bool:
    """The key of 第一届, 首次 (see Quantity.key)."""
    return key[0].startswith("第") and key[1] == "1"


def asks_year(question: str, intent: Intent) -> bool:
    return intent.kind == "date" and YEAR_ASK.search(canonical(question)) is not None


def _mention(text: str, weights: dict[str, float]) -> int:
    """Where the sentence names the rarest term of the question it holds (图尔库市 before 友好城市)."""
    positions = []
    for term, weight in weights.items():
        for form in (term, *alternatives(term)):
            if (at := text.find(form)) >= 0:
                positions.append((-weight, at))
                break
    return min(positions)[1] if positions else 0


def _year_of(text: str, at: int, hit: Hit) -> int | None:
    """An explicit year in the clause of the mention; else the period the sentence speaks of there,
    unless it is a plan."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)]
    left = breaks[-1] if breaks else 0
    right = (m.start() if (m := CLAUSE_BREAK.search(text, at)) else len(text))
    if years := [int(m.group(1)) for m in YEAR_IN_TEXT.finditer(text, left, right)]:
        return years[0]
    period = period_at(text, at, hit.chunk.year, hit.chunk.heading_path, hit.chunk.title)
    return None if period.planned else period.year


def event_year(question: str, weights: dict[str, float], hits: list[Hit]) -> EventYear | None:
    # 第十二届 must be the one told (哪一年 is no figure): the ordinal is checked as such, not as a term
    told = [q for q in quantities(YEAR_ASK.sub("", canonical(question))) if q.kind in ("ordinal", "figure")]
    named = {q.key for q in told}
    weights = {t: w for t, w in weights.items() if not any(t in q.text for q in told)} or weights
    total = sum(weights.values()) or 1.0
    found = []
    for hit in hits:
        # the office a title names issued every report: holding it tells nothing of the event (市委外办是哪一年组建的)
        about = OFFICE_NAME.sub("", " ".join((hit.chunk.title, *hit.chunk.heading_path)))
        sentences = split_sentences(hit.chunk.text)
        for i, sentence in enumerate(sentences):
            text = canonical(sentence)
            unheld = named - {q.key for q in quantities(text)}
            before = ""
            if STARTED.search(text):  # 论坛自2012年创办以来: the sentence before names the 论坛
                unheld = {k for k in unheld if not is_first(k)}
                before = canonical(sentences[i - 1]) if i else ""
            if unheld or (NOT_HELD.search(AFTER_STOP.sub("", text)) and not HELD.search(text)):
                continue
            score = matched_weight(f"{about} {before} {text}", weights) / total
            if score < MIN_MATCH:
                continue
            if (year := _year_of(text, _mention(text, weights), hit)) is not None:
                found.append(EventYear(year, hit, sentence, round(score, 3), PRELIMINARY.search(text) is not None))
    found = [f for f in found if not f.preliminary] or found
    if not found:
        return None
    best = max(f.score for f in found)
    return min((f for f in found if f.score >= best - 1e-9), key=lambda f: f.year)

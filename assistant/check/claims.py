"""Claims of a draft: its figures and dates, each with the subject it is about, its period and status,
extracted with the fact ledger's own machinery so both sides are read alike."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ingest.facts import Fact, sentence_facts
from ingest.nlp.clean import bigrams, canonical, dice
from ingest.nlp.dates import YEAR, YEAR_DIGITS, period_at, time_of
from ingest.nlp.names import people_with_posts
from ingest.nlp.numbers import is_change
from ingest.nlp.quantities import scaled
from ingest.nlp.sentences import split_sentences
from ingest.nlp.synonyms import synonym_groups

NOT_SUBJECT = re.compile(
    rf"{YEAR_DIGITS}年|[\d.%]+|[一二三四五六七八九十]+是|其中|共|累计|截至目前|以来|全年|[，。；：、（）“”《》\s]"
)
NUMERIC_KINDS = ("figure", "date")
CHECKED_KINDS = (*NUMERIC_KINDS, "country", "place", "org", "title")  # and people, found outside the ledger
MIN_EVENT_CHARS = 4  # a date at the end of its clause is about what comes before it
# 上年为117名 / 较上年的588万元: a subject that only names the comparison base; the figure is of the clause before
BASE_ONLY = re.compile(r"(?:较|比|同比|与|相比|由)?(?:上一年度|上一年|上年|去年|前年|(?:19|20)\d{2}年)?"
                       r"(?:同期|末|底)?(?:的|为)?")
FIGURE_WITH_UNIT = re.compile(r"[\d.]+(?:万|亿)?[\u4e00-\u9fff]?")
# 首届 / 第三届 白河国际马拉松: the edition of an event a figure is about
EDITION = re.compile(r"(首|第[一二三四五六七八九十百\d]+)届")


@dataclass(frozen=True)
class Claim:
    fact: Fact
    sentence: str
    period: int | None  # the year the figure is of: its own time expression, else the document's
    cumulative: bool
    part: bool  # a 其中 part of a larger figure

    @cached_property
    def subject(self) -> str:
        return subject_text(self.fact)

    @cached_property
    def grams(self) -> frozenset[str]:
        return frozenset(bigrams(self.subject))

    @cached_property
    def unit(self) -> str:
        """The base unit a figure is counted in (万元 and 亿元 are both 元), for comparing like with like."""
        return scaled(1, self.fact.unit)[1] if self.fact.kind == "figure" else ""

    @cached_property
    def at(self) -> int:
        return max(canonical(self.sentence).find(canonical(self.fact.text)), 0)

    @cached_property
    def change(self) -> bool:
        """增加4艘: an amount of change, not a level (增加到71艘)."""
        return self.fact.kind == "figure" and is_change(canonical(self.sentence), self.at)

    @cached_property
    def edition(self) -> str:
        """第三届 of 第三届白河国际马拉松参赛选手达15000人 (首届 as 第一届); "" when the figure names none."""
        found = EDITION.findall(canonical(self.sentence)[:self.at])
        return "" if not found else "第一" if found[-1] == "首" else found[-1]


def claims_of(text: str, year: int | None) -> list[Claim]:
    claims = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            for fact in sentence_facts(sentence, year) + person_facts(sentence, year):
                if fact.kind in (*CHECKED_KINDS, "person"):
                    claims.append(claim_of(fact, year))
    return claims


def person_facts(sentence: str, year: int | None) -> list[Fact]:
    """People with their posts, read the way the ledger reads names (it does not store people)."""
    return [Fact("person", n.text, n.text, None, "", n.text, n.post, time_of(sentence), "", sentence, "", "")
            for n in people_with_posts(canonical(sentence))]


@lru_cache(maxsize=200_000)
def claim_of(fact: Fact, year: int | None) -> Claim:
    """The fact read as a claim (cached: a library's facts are read once per process, not once per check)."""
    said = YEAR.search(fact.time) or (YEAR.search(fact.text) if fact.kind == "date" else None)
    cumulative = fact.status == "累计" or "截至" in fact.time or "以来" in fact.time
    return Claim(fact, fact.sentence, int(said.group(1)) if said else _relative_year(fact, year), cumulative,
                 fact.qualifier == "其中")


def _relative_year(fact: Fact, year: int | None) -> int | None:
    """由上年末的67艘增加到71艘: 上年, 去年, 前年 before a figure count back from the report's year."""
    at = canonical(fact.sentence).find(canonical(fact.text))
    if fact.kind != "figure" or at < 0 or year is None:
        return year
    return period_at(canonical(fact.sentence), at, year).year or year


def subject_text(fact: Fact) -> str:
    """What a figure is about, without figures and years; a date is about the rest of its clause."""
    if fact.kind == "date":
        start = max(fact.sentence.find(fact.text), 0)
        after = NOT_SUBJECT.sub("", re.split(r"[。；]", fact.sentence[start + len(fact.text):])[0])[:30]
        before = NOT_SUBJECT.sub("", re.split(r"[。；]", fact.sentence[:start])[-1])[-30:]
        return _canonical_words(after if len(after) >= MIN_EVENT_CHARS else before + after)
    subject = NOT_SUBJECT.sub("", fact.subject)
    if BASE_ONLY.fullmatch(subject):  # 较上年的588万元: what the clause before counts
        at = max(fact.sentence.find(fact.text), 0)
        clauses = [c for c in re.split(r"[，,；;（(]", fact.sentence[:at])[:-1] if c.strip()]
        if clauses:
            subject = NOT_SUBJECT.sub("", FIGURE_WITH_UNIT.sub("", clauses[-1]))
    return _canonical_words(subject)


def _canonical_words(text: str) -> str:
    """Synonyms spelt one way (新结好友城 -> 新建友城), so wording differences do not hide a match."""
    return SYNONYM.sub(lambda m: CANONICAL_WORD[m.group()], canonical(text))


CANONICAL_WORD = {word: group[0] for group in synonym_groups() for word in group}
SYNONYM = re.compile("|".join(sorted(map(re.escape, CANONICAL_WORD), key=len, reverse=True)))


FIGURES = re.compile(r"[\d.%]+")
PUNCTUATION = re.compile(r"[，。；：、（）“”\s]")


@lru_cache(maxsize=100_000)
def shape(sentence: str) -> frozenset[str]:
    """A sentence's character bigrams with its figures masked and punctuation dropped."""
    return frozenset(bigrams(PUNCTUATION.sub("", FIGURES.sub("#", canonical(sentence)))))


def likeness(a: str, b: str) -> float:
    """Dice overlap of two sentences' shapes: 1.0 for the same sentence with other figures."""
    return dice(shape(a), shape(b))


def similarity(a: Claim, b: Claim) -> float:
    """Shared character bigrams over the shorter subject's: 1.0 when one subject contains the other."""
    x, y = a.grams, b.grams
    return len(x & y) / min(len(x), len(y)) if x and y else float(a.subject == b.subject and bool(a.subject))

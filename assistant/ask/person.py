"""Who held a post in a year (2015年市外办主任是谁, 2022年的一把手是谁): the person a report of that
year names with the asked post (办党组书记、主任郑国栋同志), quoted with the sentence.

Yearly reports of one body name the post holder of their own year; a later report's holder is another
period's. So only passages of the asked year's reports count, the post must be the asked one (a 副主任 is
no 主任), and two different holders named for one year make no answer (the model then reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.grounding.intent import Intent
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PART_MONTHS
from ingest.nlp.names import POSTS, Name, people_with_posts
from ingest.nlp.sentences import split_sentences
from ingest.nlp.synonyms import synonym_groups
from vectorstore.hits import Hit

SUCCESSION_ASK = re.compile(r"历任|历届|先后|哪几任|几任|哪几位|哪些人")  # 历任主任有哪几位: every holder
MONTH = re.compile(r"(?<!\d)(1[0-2]|[1-9])月")  # 3月 of a question, 7月 of a change of post
START_OR_END = {"年初": (1, 2), "年底": (12, 12), "年末": (12, 12)}


@dataclass(frozen=True)
class Holder:
    name: str
    post: str
    hit: Hit
    sentence: str
    before: Holder | None = None  # a year no report tells: the same holder, named the year before this one


# 领导班子有哪些人: the office's leaders, its 主任 and 副主任 (as a report names its 办领导班子)
LEADERSHIP = re.compile(r"领导班子|班子成员|领导成员|办领导")
LEADERS = ("主任", "副主任")
# 副主任是哪两位, 有哪几位: people asked by the post's holders
PEOPLE_ASKED = re.compile(r"哪[一两几三四]?位|哪些人|有谁|都有谁|是谁")


def asks_leaders(question: str) -> bool:
    """领导班子有哪些人, 副主任是哪两位: the holders of the office's posts asked, however put."""
    text = canonical(question)
    return LEADERSHIP.search(text) is not None or PEOPLE_ASKED.search(text) is not None


def posts_asked(question: str) -> tuple[str, ...]:
    """The posts a question names (副主任 is not also 主任), and those it names in other words (一把手 ->
    主任, by the synonyms list; 领导班子 -> 主任 and 副主任)."""
    text = canonical(question)
    named = [p for p in POSTS if p in text and not any(p != o and p in o and o in text for o in POSTS)]
    spoken = [w for group in synonym_groups() if any(m in text for m in group if m not in POSTS)
              for w in group if w in POSTS]
    return tuple(dict.fromkeys([*named, *spoken])) or (LEADERS if LEADERSHIP.search(text) else ())


def former(sentence: str, name: str, post: str) -> bool:
    """Is the person named as the post's former holder (2月，原主任施望舒同志到龄退休，柯蔓青同志任…主任)?"""
    at = sentence.find(name)
    return at > 0 and sentence[:at].endswith((f"原{post}", f"前任{post}"))


def post_holder(question: str, intent: Intent, hits: list[Hit], before: bool = False) -> Holder | None:
    """The one person the asked year's reports name with the asked post (not as its former holder), or None.
    `before`: the hits are of the next year's reports, whose former holder (原主任施望舒) held the post in
    the asked year, the year before the change."""
    posts = posts_asked(question)
    years = intent.period.years
    asked = intent.kind == "person" or asks_leaders(question)
    if not asked or not posts or len(years) != 1 or intent.period.report_year:
        return None
    holders: dict[str, Holder] = {}
    months = months_asked(question, intent.period.part)
    for hit in hits:
        if hit.chunk.year != years[0] + (1 if before else 0):
            continue
        for sentence in split_sentences(hit.chunk.text):
            named = [p for p in people_with_posts(sentence) if p.post in posts]
            if not before and months and (change := changed_in(sentence, named)):
                month, old, new = change  # 7月，原主任葛望澜同志调任…，屠振洋同志任市外办主任: 上半年 is 葛望澜's
                # the one who held the post for more of the asked months (a June change: 上半年 is the former's)
                name = old.text if month - months[0] > months[1] - month + 1 else new.text
                return Holder(name, old.post, hit, sentence)
            for person in named:
                if former(sentence, person.text, person.post) == before:
                    holders.setdefault(person.text, Holder(person.text, person.post, hit, sentence))
    if len({h.sentence for h in holders.values()}) == 1:  # 副主任魏红英、石鹏: the post's holders, named together
        first = next(iter(holders.values()))
        return replace(first, name="、".join(holders)) if len(holders) > 1 else first
    return None


def months_asked(question: str, part: str) -> tuple[int, int] | None:
    """The first and last month of the year a question asks about (上半年: 1-6, 3月: 3-3), or None."""
    if part in PART_MONTHS:
        return PART_MONTHS[part]
    text = canonical(question)
    if said := next((months for word, months in START_OR_END.items() if word in text), None):
        return said
    return (int(m.group(1)),) * 2 if (m := MONTH.search(text)) else None


def changed_in(sentence: str, named: list[Name]) -> tuple[int, Name, Name] | None:
    """The month, the former and the new holder of a change of post a sentence tells (7月，原主任葛望澜同志调任…，
    屠振洋同志任市外办主任), or None."""
    old = [p for p in named if former(sentence, p.text, p.post)]
    new = [p for p in named if not former(sentence, p.text, p.post) and p.post == (old[0].post if old else "")]
    month = MONTH.search(sentence[:sentence.find(old[0].text)]) if old else None
    return (int(month.group(1)), old[0], new[0]) if month and new else None


def asks_succession(question: str) -> bool:
    return SUCCESSION_ASK.search(canonical(question)) is not None and bool(posts_asked(question))


def post_holders(question: str, hits: list[Hit]) -> list[tuple[Holder, tuple[int, ...]]]:
    """Everyone the reports name with the asked post, with the years of the reports naming them, in order
    of their first year (历任主任: 周明远 2013—2015, 陈国栋 2017—2020, …)."""
    posts = posts_asked(question)
    held: dict[str, tuple[Holder, set[int]]] = {}
    for hit in hits:
        for sentence in split_sentences(hit.chunk.text):
            for person in people_with_posts(sentence):
                if person.post in posts:
                    _, years = held.setdefault(person.text, (Holder(person.text, person.post, hit, sentence), set()))
                    years.update({hit.chunk.year} if hit.chunk.year else set())
    ordered = sorted(held.values(), key=lambda h: (min(h[1], default=9999), h[0].name))
    return [(holder, tuple(sorted(years))) for holder, years in ordered]


def span_text(years: tuple[int, ...]) -> str:
    if not years:
        return ""
    return f"{years[0]}年" if len(years) == 1 else f"{years[0]}—{years[-1]}年"

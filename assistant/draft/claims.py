"""Claim-level grounding of a draft: the program, not the model, decides what a sentence may state.

A sentence's specifics are its figures, years and dates, the foreign places, countries and people it
names, quoted terms (“一带一路”, 《…》) and the activities, events and programmes it names (文化活动,
国际会议, 旅游合作). Each must be held by what the writer typed (heading, points, text) or by a passage
the draft was given. A sentence with one that is not is cut back to its clauses without it, or dropped
when too little is left; where the writer asked for it, the specific stays and is marked 【待核实】.
Placeholders (XX, ×, 某, ……) of masked examples never stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.draft.figures import LEADER_CONTEXT, OWN_COUNTRY, PENDING_MARK
from assistant.grounding.verify import Source, supports
from ingest.nlp.activities import Activity, activities
from ingest.nlp.clean import canonical
from ingest.nlp.names import countries, find_names, person_names
from ingest.nlp.quantities import Quantity, quantities
from ingest.nlp.sentences import split_sentences

QUOTED = re.compile(r"[“《]([^”》]{2,30})[”》]")
PLACEHOLDER = re.compile(r"[XＸ]{2}|×|某(?![些种])|……|\.{3}")
CLAUSE = re.compile(r"[^，；：。！？\n]+[，；：。！？]?")
NAME_KINDS = ("country", "place")
MARKED_HERE = ("quoted", "activity")
MIN_LEFT = 8  # characters a cut sentence must keep to stand on its own


@dataclass(frozen=True)
class Claim:
    text: str
    kind: str  # a quantity's kind (figure, year, date, ordinal, number), name, person, quoted or activity
    start: int
    end: int
    quantity: Quantity | None = None
    activity: Activity | None = None


@dataclass(frozen=True)
class Support:
    """What a draft may state: the writer's words and the passages it was given."""

    text: str
    found: tuple[Quantity, ...]

    @classmethod
    def of(cls, *texts: str) -> Support:
        text = canonical("\n".join(t for t in texts if t))
        return cls(text, tuple(quantities(text)))

    def holds(self, claim: Claim) -> bool:
        if claim.quantity is not None:
            return supports(claim.quantity, Source(0, self.text), list(self.found))
        if claim.activity is not None:
            return claim.activity.text in self.text  # as the points or a passage name it, not in other words
        return claim.text in self.text


@dataclass(frozen=True)
class Grounded:
    text: str
    removed: tuple[Claim, ...] = ()  # unsupported specifics cut out with their clause or sentence
    marked: tuple[Claim, ...] = ()  # unsupported specifics kept with 【待核实】 (the writer asked for it)


def claims_of(sentence: str) -> list[Claim]:
    found = [Claim(q.text, q.kind, q.start, q.end, quantity=q) for q in quantities(sentence)]
    names = {n.text for n in find_names(sentence) if n.kind in NAME_KINDS}
    names |= {c for c in countries() if c in sentence}  # 法国巴黎, one word to the tagger
    for name in names - OWN_COUNTRY:
        found += [Claim(name, "name", m.start(), m.end()) for m in re.finditer(re.escape(name), sentence)]
    for name in person_names(sentence):
        for m in re.finditer(re.escape(name.text), sentence):
            if not LEADER_CONTEXT.match(sentence, m.end()):
                found.append(Claim(name.text, "person", m.start(), m.end()))
    found += [Claim(m.group(1), "quoted", m.start(), m.end()) for m in QUOTED.finditer(sentence)]
    found += [Claim(a.text, "activity", a.start, a.end, activity=a) for a in activities(sentence)]
    return found


def ground(text: str, support: Support, mark: bool = False) -> Grounded:
    """The text with every unsupported specific cut out (or marked, with `mark`)."""
    kept: list[str] = []
    removed: list[Claim] = []
    marked: list[Claim] = []
    for sentence in split_sentences(canonical(text)):
        if PLACEHOLDER.search(sentence):
            continue
        unsupported = [c for c in claims_of(sentence) if not support.holds(c)]
        if not unsupported:
            kept.append(sentence)
        elif mark:  # figures and names get their marks where the draft's figures are accounted for
            ends = sorted({c.end for c in unsupported if c.kind in MARKED_HERE}, reverse=True)
            for end in ends:
                sentence = sentence[:end] + PENDING_MARK + sentence[end:]
            kept.append(sentence)
            marked += unsupported
        else:
            kept.append(_cut(sentence, unsupported))
            removed += unsupported
    return Grounded("".join(kept), tuple(removed), tuple(marked))


def _cut(sentence: str, unsupported: list[Claim]) -> str:
    """The sentence's clauses that hold none of the unsupported specifics ("" when too little is left)."""
    clauses = [(m.start(), m.end(), m.group()) for m in CLAUSE.finditer(sentence)]
    left = [text for start, end, text in clauses if not any(start < c.end and c.start < end for c in unsupported)]
    text = "".join(left).rstrip("，；：。！？")
    if len(text) < MIN_LEFT:
        return ""
    return text + "。"

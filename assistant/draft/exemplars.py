"""Exemplars: sections of earlier reports whose heading and topic are like the one being drafted,
with their figures and names masked (X), so the model copies the style and never the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.document import PATH_SEPARATOR
from ingest.nlp.clean import canonical
from ingest.nlp.names import find_names
from ingest.nlp.numbers import ARABIC, CHINESE, clause_around
from ingest.nlp.quantities import quantities
from ingest.nlp.sentences import split_sentences
from ingest.outline import HEADING_PATTERNS, enumeration_items
from vectorstore.hits import Hit

NUMERAL = re.compile(rf"{ARABIC}|{CHINESE}")
ITEM_START = re.compile(r"^[一二三四五六七八九十]+是")
HEAD_CUT = re.compile(r"[，。；：]")
PHRASE = re.compile(r"^[^，。；：]{2,12}。")
MASKED_NAME_KINDS = ("country", "place")  # not people: 习近平总书记 belongs to the genre


@dataclass(frozen=True)
class Exemplar:
    """A section of an earlier report, masked, and its items as (points, item) demonstrations."""

    text: str  # masked
    section: str
    title: str
    year: int | None
    chunk_id: str
    demos: tuple[tuple[str, str], ...] = ()

    @property
    def heading(self) -> str:
        """The section's own heading, without its number."""
        last = self.section.split(PATH_SEPARATOR)[-1] if self.section else ""
        mark = next((p.match(last) for p in HEADING_PATTERNS if p.match(last)), None)
        return last[mark.end():] if mark else last


def items_of(text: str) -> list[str]:
    """The 一是…… items of a passage without their ordinals; its sentences when it has none."""
    parts = [part for line in text.splitlines() for part in enumeration_items(line)]
    items = [ITEM_START.sub("", part) for part in parts if ITEM_START.match(part)]
    return items or split_sentences(text)


def item_point(item: str) -> str:
    """What a writer would jot down for an item: its opening phrase and its figures."""
    head = HEAD_CUT.split(item)[0][:20]
    figures = [clause_around(item, q.start) for q in quantities(item) if q.kind == "figure"][:2]
    return "，".join(dict.fromkeys(p for p in (head, *figures) if p))


def demos_of(text: str, count: int, budget: int) -> tuple[tuple[str, str], ...]:
    """Up to `count` (points, item) pairs, masked, the short items that open with a phrase first
    (a 1.5B model copies a long worked example instead of following it)."""
    items = [first_sentences(item, budget) for item in items_of(text)]
    items.sort(key=lambda item: (not PHRASE.match(item), len(item) > budget))
    return tuple((mask_specifics(item_point(item)), mask_specifics(item)) for item in items[:count])


def mask_specifics(text: str, years: bool = True, names: bool = True) -> str:
    """新建友城5个，与诺林市签约 -> 新建友城X个，与XX市签约."""
    text = canonical(text)
    for q in sorted(quantities(text), key=lambda q: q.start, reverse=True):
        if years or q.kind != "year":
            text = text[:q.start] + NUMERAL.sub("X", q.text) + text[q.end:]
    for name in find_names(text) if names else []:
        if name.kind in MASKED_NAME_KINDS and len(name.text) > 1:
            suffix = name.text[-1] if name.text[-1] in "市区县省州国" else ""
            text = text.replace(name.text, "XX" + suffix)
    return text


def first_sentences(text: str, budget: int) -> str:
    """Whole sentences from the start, within `budget` characters (at least one)."""
    kept: list[str] = []
    for sentence in split_sentences(text):
        if kept and sum(map(len, kept)) + len(sentence) > budget:
            break
        kept.append(sentence)
    return "".join(kept)[: budget * 2]


def choose_exemplars(hits: list[Hit], doc_type: str, count: int, budget: int, demos: int = 2) -> list[Exemplar]:
    """The best hits, one per section, the same document type first."""
    ranked = sorted(hits, key=lambda h: h.chunk.doc_type != doc_type)  # stable: keeps retrieval order within
    chosen: dict[str, Exemplar] = {}
    for hit in ranked:
        chunk = hit.chunk
        key = f"{chunk.doc_id}/{chunk.section}"
        if key not in chosen and len(chosen) < count:
            chosen[key] = Exemplar(mask_specifics(first_sentences(chunk.text, budget)), chunk.section, chunk.title,
                                   chunk.year, chunk.chunk_id, demos_of(chunk.text, demos, budget))
    return list(chosen.values())

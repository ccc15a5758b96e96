"""Section layout done by the program, not the model: heading numbers, the lead, and the
一是……二是…… items (or （一）（二） sub-headings under a top-level heading)."""

from __future__ import annotations

import re

import cn2an

from assistant.draft.exemplars import ITEM_START, PHRASE
from assistant.draft.request import Heading, numbered
from ingest.nlp.numbers import UNIT_ALT
from ingest.nlp.quantities import quantities
from ingest.nlp.sentences import split_sentences
from ingest.outline import enumeration_items

CN = "一二三四五六七八九十"
LEADING_JUNK = re.compile(
    rf"^(?:[\s\"“”'‘’*#>：:]|小标题|标题|正文|内容|[{CN}]+是|\d{{1,2}}[.、．]|[（(][{CN}\d]+[）)])+"
)
SENTENCE_END = "。！？；"
# the model's own labels (具体做法：…取得成效：…)
LABEL = re.compile(r"(?:具体做法|主要做法|做法|取得成效|取得的成效|主要成效|工作成效|成效|效果|意义)[：:]")
CLAUSE = re.compile(r"[^，、；。！？]+")
MASKED_FIGURE = re.compile(rf"(?<![A-Za-z])X(?:{UNIT_ALT}|[年月日])")


def ordinal(number: int) -> str:
    return f"{cn2an.an2cn(number)}是"


def clean_piece(text: str) -> str:
    """One paragraph, the model's own numbering and quotes removed, sentences copied from a masked
    exemplar (X个, X年X月) dropped, ending with 。"""
    text = LABEL.sub("", re.sub(r"\s+", "", text.replace("**", "")))
    if MASKED_FIGURE.search(text):
        text = "".join(s for s in split_sentences(text) if not MASKED_FIGURE.search(s))
    text = without_loops(LEADING_JUNK.sub("", text).strip("\"“”"))
    if text and text[-1] not in SENTENCE_END:
        cut = max(text.rfind(p) for p in SENTENCE_END)
        text = text[: cut + 1] if cut > len(text) // 2 else text + "。"
    return text


def without_loops(text: str) -> str:
    """A small model can fall into 深入学习……，深入学习……，深入学习……: the text is cut before the
    clause that opens the same way for the third time."""
    seen: dict[str, int] = {}
    for clause in CLAUSE.finditer(text):
        opening = clause.group()[:4]
        seen[opening] = seen.get(opening, 0) + 1
        if len(opening) == 4 and seen[opening] == 3:
            return text[: clause.start()].rstrip("，、；") + "。"
    return text


def item_prefix(heading: Heading, number: int, count: int) -> str:
    """What precedes item `number` of `count`: （一） under a top-level heading, else 一是 (none for one item)."""
    if heading.level == 1:
        return numbered(2, number)
    return ordinal(number) if count > 1 else ""


def joiner(heading: Heading) -> str:
    """Items under a top-level heading are paragraphs of their own; otherwise they run on in one paragraph."""
    return "\n" if heading.level == 1 else ""


def next_item_number(text: str) -> int:
    """The number the next 一是/二是 item of an existing section gets."""
    return sum(bool(ITEM_START.match(part)) for part in enumeration_items(text)) + 1


def keep_given_figures(piece: str, point: str) -> str:
    """The writer's figures must all be in the item: when the model dropped or changed one, the item
    becomes its opening phrase (if it wrote one) and the writer's own words."""
    written = {q.key for q in quantities(piece)}
    if all(q.key in written for q in quantities(point)) and piece:
        return piece
    phrase = PHRASE.match(piece)
    return (phrase.group() if phrase else "") + point.rstrip("。") + "。"

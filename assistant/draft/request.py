"""What the writer asks for: document type, heading, key points, length, and which years to draw on."""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from ingest.errors import DraftError
from ingest.metadata import DOC_TYPES, OTHER_TYPE
from ingest.outline import HEADING_PATTERNS, heading_level

DOC_TYPE_NAMES = (*(name for name, _ in DOC_TYPES), OTHER_TYPE)
MODES = ("section", "continue", "rewrite", "outline")
POINT_BREAK = re.compile(r"[；;\n]+|(?<=。)")
NUMBER_IN_HEADING = re.compile(r"[一二三四五六七八九十]+|\d{1,2}")
LEADING_MARK = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.、．)]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]+[、是])\s*")


@dataclass(frozen=True)
class Heading:
    """`（三）拓宽对外交往渠道` is level 2, number 3, title 拓宽对外交往渠道."""

    level: int
    number: int
    title: str

    @property
    def text(self) -> str:
        return numbered(self.level, self.number) + self.title


@dataclass(frozen=True)
class DraftRequest:
    doc_type: str = OTHER_TYPE
    heading: str = ""
    points: tuple[str, ...] = ()
    length: int = 300
    years: tuple[int, ...] = ()  # earlier reports' years to draw on
    doc_ids: tuple[str, ...] = ()  # or earlier reports to draw on
    year: int | None = None  # the year of the report being drafted (outline mode)
    mode: str = "section"
    text: str = ""  # the section to continue, or the paragraph to rewrite
    level: int = 2  # used when the heading carries no numbering of its own
    mark_unsupported: bool = False  # keep unsupported specifics, marked 【待核实】, instead of cutting them

    def __post_init__(self) -> None:
        if self.doc_type not in DOC_TYPE_NAMES:
            raise DraftError(f"文种“{self.doc_type}”不在可选范围内：{'、'.join(DOC_TYPE_NAMES)}")
        if self.mode not in MODES:
            raise DraftError(f"未知的起草方式：{self.mode}")
        if self.mode == "section" and not (self.heading.strip() or self.points):
            raise DraftError("请至少填写标题或要点。")
        if self.mode in ("continue", "rewrite") and not self.text.strip():
            raise DraftError("请粘贴要续写或改写的文字。")
        if self.mode == "continue" and not self.points:
            raise DraftError("续写需要填写要点，每条要点写成一条。")
        if not 50 <= self.length <= 3000:
            raise DraftError("篇幅请在 50 到 3000 字之间。")


def numbered(level: int, number: int) -> str:
    """The heading number of a level: 一、 / （一） / 1. / （1）."""
    chinese = cn2an.an2cn(number)
    return {1: f"{chinese}、", 2: f"（{chinese}）", 3: f"{number}.", 4: f"（{number}）"}[level]


def parse_heading(text: str, default_level: int = 2) -> Heading:
    """A heading as typed: with its own numbering (kept), or a bare topic (numbered 1 at `default_level`)."""
    text = text.strip()
    level = heading_level(text)
    if level is None:
        return Heading(default_level, 1, text)
    mark = HEADING_PATTERNS[level - 1].match(text)
    assert mark is not None
    number = NUMBER_IN_HEADING.search(mark.group())
    value = int(cn2an.cn2an(number.group(), "smart")) if number else 1
    return Heading(level, value, text[mark.end():].strip())


def parse_points(text: str) -> tuple[str, ...]:
    """`新建友城2个；举办友城论坛1次` or one point per line, list marks removed."""
    points = (LEADING_MARK.sub("", part).strip(" ，,。") for part in POINT_BREAK.split(text))
    return tuple(p for p in points if p)

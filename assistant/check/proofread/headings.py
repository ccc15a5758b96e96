"""Heading numbers and enumerations by GB/T 9704-2012: 一、（一）1.（1） in sequence and in that order, the marks
in their form, 一是…二是… and 第一…第二… in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.check.proofread.basics import CJK, CN, GB9704, cn_number, cn_numeral
from assistant.check.proofread.model import Level, Proof, Rule


@dataclass(frozen=True)
class Heading:
    level: int  # 0: a part (第二部分), an annex list; 1: 一、 2: （一） 3: 1. 4: （1）
    number: int
    start: int  # of the number's mark in the text
    end: int
    mark: str


# 第二部分 下半年工作安排, 附件：: numbering starts again
PART = re.compile(rf"第[{CN}]{{1,3}}[部章节篇]分?|附件")
HEADINGS = (
    (1, re.compile(rf"(?P<n>[{CN}]{{1,3}})、(?![{CN}]|季度)")),  # not 一、二季度
    (2, re.compile(rf"（(?P<n>[{CN}]{{1,3}})）")),
    (3, re.compile(r"(?P<n>\d{1,2})[.．](?:(?!\d)|(?=\d{1,2}月))")),
    (4, re.compile(r"（(?P<n>\d{1,2})）")),
)
LEVEL_MARKS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}
LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
# heading marks of the wrong form: 一. 一， 1、 1）
WRONG_MARKS = (
    (re.compile(rf"(?P<n>[{CN}]{{1,3}})[.．，,](?=\s*[{CJK}])"), "{}、", "一级标题序号后用顿号：“一、”", Level.MUST),
    (re.compile(rf"(?P<n>\d{{1,2}})、(?=\s*[{CJK}])"), "{}.", "三级标题序号用阿拉伯数字加下脚点：“1.”",
     Level.SHOULD),
    (re.compile(rf"(?P<n>\d{{1,2}})[)）](?=\s*[{CJK}])"), "（{}）", "四级标题序号用全角括号：“（1）”", Level.SHOULD),
)
CIRCLED = re.compile(r"(?P<n>[①②③④⑤⑥⑦⑧⑨⑩])(?=\s*[\u4e00-\u9fff])")
PART_COMMA = re.compile(rf"第[{CN}]{{1,3}}部分(?P<c>[、，,.．])")
HEADING_END = re.compile(rf"^(?:[{CN}]{{1,3}}、|（[{CN}]{{1,3}}）)[^，。；：、\n]{{2,20}}(?P<p>[：:。])$")
INLINE_MARK = re.compile(rf"(?<=[。；])\s*(?P<n>\d{{1,2}})、(?=[{CJK}])")
# 一是…二是…三是, 第一，第二, 其一，其二 (一是 after any character but those making it part of a word: 统一是, 之一是)
ENUMERATIONS = (
    (re.compile(rf"(?:(?<=^)|(?<=[。；：，！？\s”）]))(?P<n>[{CN}]{{1,2}})是(?=[{CJK}“\d])(?!(?P=n))", re.M), "{}是"),
    (re.compile(rf"(?:(?<=^)|(?<=[。；：！？\s”）]))第(?P<n>[{CN}]{{1,2}})(?=[，,、：])", re.M), "第{}"),
    (re.compile(rf"(?:(?<=^)|(?<=[。；：！？\s”）]))其(?P<n>[{CN}])(?=[，,、：])", re.M), "其{}"),
)
RUN_START = re.compile(rf"(?<![统唯之第其万专划合])一是(?=[{CJK}“\d])")


def line_starts(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each line, leading spaces skipped, line ending dropped."""
    at = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip(" \t\u3000")
        yield at + len(line) - len(stripped), stripped.rstrip("\r\n")
        at += len(line)


def headings(text: str) -> list[Heading]:
    found = []
    for at, line in line_starts(text):
        if PART.match(line):
            found.append(Heading(0, 0, at, at, ""))
            continue
        for level, pattern in HEADINGS:
            if m := pattern.match(line):
                number = cn_number(m.group("n")) if level in (1, 2) else int(m.group("n"))
                if number:
                    found.append(Heading(level, number, at, at + m.end(), m.group()))
                break
    return found


def heading_findings(text: str) -> Iterator[Proof]:
    """Each heading numbered one more than the last of its level under the same parent; after a heading the next
    level down starts at 1, or goes on counting through the parts (问题 1-24 over three parts of a 整改 report).
    A number out of sequence is corrected to the expected one and the count goes on from there (a part
    deleted: every later number is off, and each is shown)."""
    last: dict[int, int] = {}
    ran: dict[int, int] = {}  # the last number of each level before a parent heading ended its run
    seen_parent = seen_first = False
    for h in headings(text):
        if h.level == 0:
            last.clear()
            seen_parent = False
            continue
        if h.level == 1 and last.get(2) == h.number - 1 and not seen_first:  # (七) then 八、 with no 一、 before
            fixed = LEVEL_MARKS[2].format(cn_numeral(h.number) or "")
            yield Proof(Rule.STRUCTURE, Level.SHOULD, h.mark, fixed, h.start, h.end,
                        f"层次错位：前一个标题是（{cn_numeral(h.number - 1)}），此处疑为二级标题“{fixed}”", GB9704)
            last[2] = h.number
            continue
        for deeper in [lv for lv in last if lv > h.level]:
            ran[deeper] = last.pop(deeper)
        if h.level in last:
            expected = last[h.level] + 1
        elif seen_parent and any(lv < h.level for lv in last):
            expected = h.number if h.number == ran.get(h.level, 0) + 1 else 1
        else:
            expected = h.number
        written = cn_numeral(expected) if h.level in (1, 2) else str(expected)
        if h.number != expected and written:
            fixed = LEVEL_MARKS[h.level].format(written)
            what = "重复" if h.number < expected else "跳号"
            yield Proof(Rule.STRUCTURE, Level.MUST, h.mark, fixed, h.start, h.end,
                        f"{LEVEL_NAMES[h.level]}序号{what}，此处应为“{fixed}”", GB9704)
        last[h.level] = expected
        seen_parent = True
        seen_first = seen_first or h.level == 1


def mark_form_findings(text: str) -> Iterator[Proof]:
    """Heading marks of the wrong form at a line's start (一. 1、 1）) or after a sentence (。2、)."""
    for at, line in line_starts(text):
        for pattern, form, why, level in WRONG_MARKS:
            if m := pattern.match(line):
                yield Proof(Rule.STRUCTURE, level, m.group(), form.format(m.group("n")), at, at + m.end(), why,
                            GB9704)
                break
    for at, line in line_starts(text):
        if m := CIRCLED.match(line):
            number = "①②③④⑤⑥⑦⑧⑨⑩".index(m.group("n")) + 1
            yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), f"{number}.", at, at + 1,
                        "层次序数用“1.”“（1）”，不用圈码", GB9704)
        if m := PART_COMMA.match(line):
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group("c"), "", at + m.start("c"), at + m.end("c"),
                        "“第×部分”后不加标点", GB9704)
        if m := HEADING_END.match(line):
            yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group("p"), "", at + m.start("p"), at + m.end("p"),
                        "独立成行的标题末尾不加标点", GB9704)
    for m in INLINE_MARK.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, f"{m.group('n')}、", f"{m.group('n')}.", m.start("n"), m.end(),
                    "阿拉伯数字序号后用下脚点“.”，不用顿号", GB9704)


def enumeration_findings(text: str) -> Iterator[Proof]:
    """一是, 二是… counted within a part of the text (a heading starts a new part; 一是 starts a new run). A run
    must begin at 一 to be judged: then a skipped or repeated number is shown with the expected one."""
    breaks = [h.start for h in headings(text)]
    for pattern, form in ENUMERATIONS:
        expected: int | None = None
        part = -1
        found = list(pattern.finditer(text))
        if form == "{}是":
            known = {m.start() for m in found}
            found = sorted([*found, *(m for m in RUN_START.finditer(text) if m.start() not in known)],
                           key=lambda m: m.start())
        for m in found:
            n = cn_number(m.group("n")) if "n" in m.groupdict() else 1
            if n is None:
                continue
            here = sum(1 for b in breaks if b <= m.start())
            if here != part:
                part, expected = here, None
            if n == 1:
                expected = 2
                continue
            if expected is None:
                continue
            written = cn_numeral(expected)
            if n != expected and written:
                fixed = form.format(written)
                yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), fixed, m.start(), m.end(),
                            f"序列“{form.format('一')}、{form.format('二')}……”中此处应为“{fixed}”", GB9704)
            expected += 1

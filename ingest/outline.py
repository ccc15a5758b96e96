"""The 公文 outline: title and the heading tree (第一部分 >) 一、 > （一） > 1. > （1）, with each paragraph's path."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.document import Paragraph

CN_NUM = "一二三四五六七八九十"
HEADING_PATTERNS = (
    re.compile(rf"^[{CN_NUM}]+、"),
    re.compile(rf"^[（(][{CN_NUM}]+[）)]"),
    # 3．9月举办…: a point that opens with a month (no decimal is followed by 月); 3、5家: 、 is never a decimal
    re.compile(r"^\d{1,2}(?:、|[.．](?!\d)|[.．](?=\d{1,2}月)|\s)"),
    re.compile(r"^[（(]\d{1,2}[）)]"),
)
# 第一部分 2023年主要工作和成效: a report's parts, above its 一、 (level 0)
PART_HEADING = re.compile(rf"^第[{CN_NUM}]+部分(?:\s|[：:、]|$)")
MAX_HEADING_CHARS = 60
MAX_TITLE_LINE_CHARS = 50
HEADING_END = re.compile(r"[。：:]")
SENTENCE_PUNCT = re.compile(r"[。；！？]")
# a figure with its measure word (52批次, 418人次, 3.5亿元, 12%): what a sentence states, never a heading's label
COUNTED = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:万|亿)?(?:[个批次人项家起件场所座支处名位对条期元%]|人次)")
# a label is a phrase or two (坚持党建引领，全面从严治党持续深化: at most about 27 characters); a longer head of
# clauses, or one that opens with its date (6月，…), is a point's first sentence: it states what happened
MAX_LABEL_CHARS = 28
DATED = re.compile(r"\d{1,2}月|\d{4}年|[上中下]旬")


@dataclass(frozen=True)
class Outline:
    title: str
    paragraphs: list[Paragraph]


def heading_level(line: str) -> int | None:
    """1 for 一、, 2 for （一）, 3 for 1. / 1、, 4 for （1）; None for body text."""
    for level, pattern in enumerate(HEADING_PATTERNS, start=1):
        if pattern.match(line):
            return level
    return None


def outline_level(line: str) -> int | None:
    """0 for a report's part (第一部分), else `heading_level`."""
    return 0 if PART_HEADING.match(line) else heading_level(line)


def split_heading(line: str) -> tuple[str, str]:
    """A heading may share its line with body text: split at the first 。 or ： if the head is short."""
    match = HEADING_END.search(line)
    if match and match.end() <= MAX_HEADING_CHARS:
        head, body = line[: match.start()], line[match.end():].strip()
        # 1.全年接待外宾来访团组52批次。… or （一）6月，…签署缔结友好城市关系协议书。…: a figure or a sentence of
        # clauses is no label; the point is labelled by its number alone (its years no heading's), its facts in the text
        if match.group() == "。" and (COUNTED.search(head) or _clauses(head)):
            return _marker(head), line
        if match.group() != "。" or body:
            return head, body
        if "，" in head:  # （四）第五届大会在会展中心举行，25个国家的代表出席。: a sentence, not a label
            return head, line
    if len(line) <= MAX_HEADING_CHARS or not SENTENCE_PUNCT.search(line):
        return line, ""
    return "", line


def _clauses(head: str) -> bool:
    """Is this head a sentence of clauses rather than a label?"""
    rest = head[len(_marker(head)):]
    return "，" in rest and (len(head) > MAX_LABEL_CHARS or bool(DATED.match(rest)))


def _marker(head: str) -> str:
    """The numbering of a heading (1., （二）), or the heading itself when it has none."""
    return next((m.group() for p in HEADING_PATTERNS if (m := p.match(head))), head)


def _title_lines(lines: list[str]) -> int:
    """How many leading lines form the title: short lines without sentence punctuation."""
    count = 0
    for line in lines:
        if (not line or len(line) > MAX_TITLE_LINE_CHARS or outline_level(line) is not None
                or re.search(r"[。：；]", line)):
            break
        count += 1
    return count


# a headline run into its body on one line, as text copied from a web page comes: 漯河市委书记…检查指导疫情防控
# 2月20日，漯河市委书记… (a short head, no full stop, then a space)
HEADLINE = re.compile(rf"^(\S[^。；]{{5,{MAX_TITLE_LINE_CHARS - 2}}}?[^。；！？，,：:\s])[ \u3000\xa0]+(?=\S)")
# ... or a longer one that ends as a headline or a notice's title does: 呼吸阀口罩有风险吗？…权威解答！, 人力资源社会
# 保障部办公厅关于…提供线上培训与教育服务的通知 (62 characters) before its body
LONG_HEADLINE = re.compile(r"^(\S[^。；]{5,98}?(?:[！？!?]|的(?:通知|意见|公告|通告|办法|方案|决定|批复|规定|细则|"
                           r"指引)))[ \u3000\xa0]+(?=\S)")


def parse_outline(text: str) -> Outline:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    n_title = _title_lines(lines[first:])
    title = "".join(lines[first : first + n_title])
    if not n_title and first < len(lines) and len(lines[first]) > MAX_TITLE_LINE_CHARS and not heading_level(
            lines[first]) and (headline := min((m for p in (HEADLINE, LONG_HEADLINE) if (m := p.match(lines[first]))),
                                               key=lambda m: m.end(), default=None)):
        title, lines[first] = headline.group(1), lines[first][headline.end():]
    stack: list[tuple[int, str]] = []
    paragraphs = []
    # a heading line with nothing under it (（三）力争全市合同外资达到7000万美元。 between its sibling points) is a
    # point of its own: its line is kept as its text when the next line is no deeper heading, never lost
    bare: tuple[int, str, tuple[str, ...]] | None = None
    for line in lines[first + n_title :]:
        if not line:
            continue
        level = outline_level(line)
        if bare and (level is None or level > bare[0]):
            bare = None  # text or a deeper heading under it: it was a label
        elif bare:
            paragraphs.append(Paragraph(bare[1], bare[2]))
            bare = None
        body = line
        if level is not None:
            head, body = split_heading(line)
            if head:
                stack = [(lvl, h) for lvl, h in stack if lvl < level] + [(level, head)]
                if not body:
                    bare = level, line, tuple(h for _, h in stack)
        if body:
            paragraphs.append(Paragraph(body, tuple(h for _, h in stack)))
    if bare:
        paragraphs.append(Paragraph(bare[1], bare[2]))
    return Outline(title, paragraphs)


ENUMERATION = re.compile(rf"(?:(?<=^)|(?<=[。；！？]))(?=[{CN_NUM}]+是)")


def enumeration_items(text: str) -> list[str]:
    """Split a paragraph at its inline enumeration 一是……二是……三是……; text before 一是 is its own item."""
    return [part for part in ENUMERATION.split(text) if part.strip()]

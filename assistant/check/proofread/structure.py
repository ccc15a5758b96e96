"""结构格式 by GB/T 9704-2012 and GB/T 15834-2011: heading numbers in sequence and in the order 一、（一）1.（1）,
一是…二是… in order, full-width punctuation in Chinese text, 文号 with 〔〕, 《》 around cited documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.check.proofread.model import Level, Proof, Rule

GB9704 = "GB/T 9704-2012《党政机关公文格式》"
GB15834 = "GB/T 15834-2011《标点符号用法》"
CJK = "\u4e00-\u9fff"
CN = "一二三四五六七八九十"


def cn_number(text: str) -> int | None:
    """一..九十九 as a number (十二, 二十, 二十三)."""
    if not text or any(c not in CN for c in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN.index(tens) + 1 if tens else 1) * 10 + (CN.index(ones) + 1 if ones else 0)
    return CN.index(text) + 1 if len(text) == 1 else None


def cn_numeral(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return (CN[tens - 1] if tens > 1 else "") + "十" + (CN[ones - 1] if ones else "")


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、 2: （一） 3: 1. 4: （1）
    number: int
    start: int  # of the number's mark in the text
    end: int
    mark: str


PART = re.compile(rf"第[{CN}]{{1,3}}[部章节篇]分?")  # 第二部分 下半年工作安排: numbering starts again
HEADINGS = (
    (1, re.compile(rf"(?P<n>[{CN}]{{1,3}})、")),
    (2, re.compile(rf"（(?P<n>[{CN}]{{1,3}})）")),
    (3, re.compile(r"(?P<n>\d{1,2})[.．](?:(?!\d)|(?=\d{1,2}月))")),
    (4, re.compile(r"（(?P<n>\d{1,2})）")),
)
LEVEL_MARKS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}
LEVEL_NAMES = {1: "一级标题", 2: "二级标题", 3: "三级标题", 4: "四级标题"}
# heading marks of the wrong form: 一. 一， 1、 1） (1)
WRONG_MARKS = (
    (re.compile(rf"(?P<n>[{CN}]{{1,3}})[.．，,](?=\s*[{CJK}])"), "{}、", "一级标题序号后用顿号：“一、”", Level.MUST),
    (re.compile(r"(?P<n>\d{1,2})、(?=\s*[\u4e00-\u9fff])"), "{}.", "三级标题序号用阿拉伯数字加下脚点：“1.”",
     Level.SHOULD),
    (re.compile(r"(?P<n>\d{1,2})[)）](?=\s*[\u4e00-\u9fff])"), "（{}）", "四级标题序号用全角括号：“（1）”",
     Level.SHOULD),
)


def line_starts(text: str) -> Iterator[tuple[int, str]]:
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
            if (m := pattern.match(line)) and (n := _number(m.group("n"), level)):
                found.append(Heading(level, n, at, at + m.end(), m.group()))
                break
    return found


def _number(written: str, level: int) -> int | None:
    return cn_number(written) if level in (1, 2) else int(written)


def heading_findings(text: str) -> Iterator[Proof]:
    """Each heading numbered one more than the last of its level under the same parent; after a heading the
    next level down starts at 1. A number out of sequence is corrected to the expected one and the count
    goes on from there (a deleted part: every later number is off, and each is shown)."""
    last: dict[int, int] = {}
    ran: dict[int, int] = {}  # the last number of each level before a parent heading ended its run
    seen_parent = False
    for h in headings(text):
        if h.level == 0:
            last.clear()
            seen_parent = False
            continue
        for deeper in [lv for lv in last if lv > h.level]:
            ran[deeper] = last.pop(deeper)
        if h.level in last:
            expected = last[h.level] + 1
        elif seen_parent and any(lv < h.level for lv in last):
            # a part's first item: 1, or the count going on through the parts (问题 1-24 over three parts)
            expected = h.number if h.number == ran.get(h.level, 0) + 1 else 1
        else:
            expected = h.number
        if h.number != expected:
            number = cn_numeral(expected) if h.level in (1, 2) else str(expected)
            fixed = LEVEL_MARKS[h.level].format(number)
            what = "重复" if h.number < expected else "跳号"
            yield Proof(Rule.STRUCTURE, Level.MUST, h.mark, fixed, h.start, h.end,
                        f"{LEVEL_NAMES[h.level]}序号{what}，此处应为“{fixed}”", GB9704)
        last[h.level] = expected
        seen_parent = True
    for at, line in line_starts(text):
        for pattern, form, why, level in WRONG_MARKS:
            if m := pattern.match(line):
                yield Proof(Rule.STRUCTURE, level, m.group(), form.format(m.group("n")), at, at + m.end(),
                            why, GB9704)
                break


# 一是…二是…三是: in order within a part; 第一，第二; 其一，其二
ENUMERATIONS = (
    re.compile(rf"(?:(?<=^)|(?<=[。；：，！？\s”）]))(?P<n>[{CN}]{{1,2}})是(?=[{CJK}“])(?!(?P=n))", re.M),
    re.compile(rf"(?:(?<=^)|(?<=[。；：！？\s”）]))第(?P<n>[{CN}]{{1,2}})(?=[，,、：])", re.M),
    re.compile(rf"(?:(?<=^)|(?<=[。；：！？\s”）]))其(?P<n>[{CN}])(?=[，,、：])", re.M),
)
ENUMERATION_FORMS = ("{}是", "第{}", "其{}")
# 一是 after any character but those making it part of a word (统一是, 之一是) starts a run too (市外办将一是加强…)
RUN_START = re.compile(r"(?<![统唯之第其万专划合])一是(?=[\u4e00-\u9fff“])")


def enumeration_findings(text: str) -> Iterator[Proof]:
    """一是, 二是… counted within a part of the text (a heading starts a new part; 一是 starts a new run). A run
    must begin at 一 to be judged: then a skipped or repeated number is shown with the expected one."""
    breaks = [h.start for h in headings(text)]
    for pattern, form in zip(ENUMERATIONS, ENUMERATION_FORMS, strict=True):
        expected: int | None = None
        part = -1
        found = list(pattern.finditer(text))
        if form == "{}是":
            known = {m.start() for m in found}
            found += [m for m in RUN_START.finditer(text) if m.start() not in known]
            found.sort(key=lambda m: m.start())
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
            if n != expected:
                fixed = form.format(cn_numeral(expected))
                yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), fixed, m.start(), m.end(),
                            f"序列“{form.format('一')}、{form.format('二')}……”中此处应为“{fixed}”", GB9704)
            expected += 1


HALF_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
URL = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+-]+|[\w.+-]+@[\w-]+\.[\w.]+", re.I)
CHINESE_CHAR = re.compile(rf"[{CJK}，。；：、“”（）《》]")
STRAIGHT_QUOTED = re.compile(rf'"(?P<q>[^"\n]{{0,60}}[{CJK}][^"\n]{{0,60}})"')
FULL_STOP = re.compile(rf"(?<=[{CJK}）)”])\.(?![\d.A-Za-z])")
DOUBLED = re.compile(r"([，。；：、！？])\1|[，；：、][。！？]|[。！？][，；：、]")


def punctuation_findings(text: str) -> Iterator[Proof]:
    """Half-width , ; : ? ! ( ) " and . in Chinese text (next to a Chinese character or punctuation mark; not in
    a URL, a time 10:30 or a number 1,000), doubled marks (，， or ，。)."""
    urls = [m.span() for m in URL.finditer(text)]
    for at, ch in enumerate(text):
        if ch not in HALF_WIDTH or any(a <= at < b for a, b in urls):
            continue
        before, after = text[at - 1:at] if at else "", text[at + 1:at + 2]
        if ch in ",:" and before.isdigit() and after.isdigit():
            continue
        if ch == "(":
            close = text.find(")", at, at + 80)
            chinese = bool(CHINESE_CHAR.search(text, at, close if close > 0 else at + 2) or CHINESE_CHAR.match(before))
        elif ch == ")":
            opening = text.rfind("(", max(0, at - 80), at)
            chinese = bool(CHINESE_CHAR.search(text, opening + 1 if opening >= 0 else at - 1, at)
                           or CHINESE_CHAR.match(after))
        else:
            chinese = bool(CHINESE_CHAR.match(before) or CHINESE_CHAR.match(after))
        if chinese:
            yield Proof(Rule.STRUCTURE, Level.SHOULD, ch, HALF_WIDTH[ch], at, at + 1,
                        f"中文文本中用全角标点“{HALF_WIDTH[ch]}”", GB15834)
    for m in STRAIGHT_QUOTED.finditer(text):
        if any(a <= m.start() < b for a, b in urls):
            continue
        yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), f"“{m.group('q')}”", m.start(), m.end(),
                    "中文文本中用全角引号“”", GB15834)
    for m in FULL_STOP.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, ".", "。", m.start(), m.end(), "中文句末用句号“。”", GB15834)
    for m in DOUBLED.finditer(text):
        keep = m.group()[0] if m.group(1) else max(m.group(), key="。！？".find)
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), keep, m.start(), m.end(), "标点符号重复或连用", GB15834)


PAIRS = (("（", "）", Level.SHOULD), ("《", "》", Level.SHOULD), ("“", "”", Level.NOTE))


def pairing_findings(text: str) -> Iterator[Proof]:
    """An opening bracket, 书名号 or quote without its closing one in the same paragraph (or the reverse)."""
    for at, line in line_starts(text):
        for opening, closing, level in PAIRS:
            depth, first_open = 0, -1
            for i, ch in enumerate(line):
                if ch == opening:
                    depth, first_open = depth + 1, i if depth == 0 else first_open
                elif ch == closing:
                    if depth == 0:
                        yield Proof(Rule.STRUCTURE, level, ch, None, at + i, at + i + 1,
                                    f"“{closing}”前缺少对应的“{opening}”", GB15834)
                    else:
                        depth -= 1
            if depth > 0 and first_open >= 0:
                stop = re.search(r"[，。；！？]", line[first_open + 1:])
                end = first_open + 1 + (stop.start() if stop else len(line) - first_open - 1)
                yield Proof(Rule.STRUCTURE, level, line[first_open:end], None, at + first_open, at + end,
                            f"“{opening}”缺少对应的“{closing}”", GB15834)


# 市办发[2023]12号, 京政发（2023）5号, 〔2023〕第12号, 〔2023〕012号
DOC_NUMBER = re.compile(rf"(?<=[{CJK}])(?P<open>[\[【［(（〔])\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<close>[\]】］)）〕])"
                        r"\s*(?P<no>第?\s*\d{1,4})\s*号")


def doc_number_findings(text: str) -> Iterator[Proof]:
    for m in DOC_NUMBER.finditer(text):
        if not re.search(rf"[{CJK}]{{1,10}}$", text[max(0, m.start() - 11):m.start()]):
            continue
        number = m.group("no").lstrip("第 ").lstrip("0") or "0"
        fixed = f"〔{m.group('year')}〕{number}号"
        if m.group() == fixed:
            continue
        why = []
        if m.group("open") != "〔" or m.group("close") != "〕":
            why.append("年份用六角括号“〔〕”")
        if m.group("no").startswith("第"):
            why.append("序号前不加“第”")
        if m.group("no").lstrip("第 ").startswith("0"):
            why.append("序号不编虚位（不写012）")
        if why:
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), fixed, m.start(), m.end(),
                        "发文字号格式：" + "，".join(why), GB9704)


TITLE_KINDS = ("实施意见|实施方案|工作方案|若干措施|若干意见|通知|意见|决定|办法|方案|条例|规划|纲要|细则|决议"
               "|公告|通报"
               "|批复|纪要|指导意见|管理办法|行动计划|工作要点")
CITING = "印发|转发|根据|按照|依据|贯彻|落实|出台|制定|下发|执行|学习|对照|遵照|起草|修订|发布|颁布|审议|通过|制发|参照"
TITLE = rf"关于[^，。；：《》“”\n]{{2,40}}?的(?:{TITLE_KINDS})"
CITED = re.compile(rf"(?<={'|'.join(f'{verb}' for verb in CITING.split('|'))})[了的]?(?P<t>{TITLE})"
                   r"(?![\u4e00-\u9fff]{0,2}》)(?=[，。；、）（\u4e00-\u9fff])")  # not a title line: the sentence
                                                                                 # goes on
# a title followed by its 文号: 关于……的通知（发改办价格〔2020〕110号）
NUMBERED = re.compile(rf"(?P<t>{TITLE})(?=[（(][^（）()\n]{{0,20}}〔(?:19|20)\d{{2}}〕\d+号[）)])")


def title_mark_findings(text: str) -> Iterator[Proof]:
    """A cited document's title (印发关于……的通知) without 《》."""
    spans = {m.span("t"): m for m in [*CITED.finditer(text), *NUMBERED.finditer(text)]}
    for (start, end), m in sorted(spans.items()):
        if text[start - 1:start] == "《":
            continue
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group("t"), f"《{m.group('t')}》", start, end,
                    "引用公文标题应加书名号《》", GB15834)


EXTRA_COMMA = re.compile(rf"(?:(?<=^)|(?<=[。；\n]))(?:（[{CN}\d]{{1,3}}）|[{CN}]{{1,3}}、)(?P<c>、)", re.M)
ELLIPSIS = re.compile(r"(?<!…)…(?!…)|\.{3,}|。{3,}|…{3,}")
SERIAL = re.compile(r"、(?=等[\u4e00-\u9fff]|和(?!谐|平|衷|睦)|及(?!时|早|其|以|至|格))")
QUOTED_TITLE = re.compile(rf"“(?P<t>{TITLE})”")


CJK_HYPHEN = re.compile(r"(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])")
ELLIPSIS_ETC = re.compile(r"……等|等……")
LAW = re.compile(r"(?<![《“〈<])中华人民共和国[\u4e00-\u9fff]{2,20}?法(?![院官律学规典制治人定])")
QUOTED_RULES = re.compile(r"“(?P<t>[^“”\n]{2,30}(?:办法|规定|条例|细则|规则|规程|方案|实施意见|通知|规划|纲要"
                          r"|指南))”")
NESTED_TITLE = re.compile(r"《(?P<outer>[^《》\n]*)(?P<inner>《[^《》\n]*》)")
EVENT_TITLE = re.compile(r"《(?P<t>[^《》\n]{2,40}(?:论坛|博览会|交易会|洽谈会|峰会|大会|年会|文化节|艺术节|活动|仪式"
                         r"|开幕式))》")
INLINE_MARK = re.compile(r"(?<=[。；])\s*(?P<n>\d{1,2})、(?=[\u4e00-\u9fff])")
ORGAN = r"[\u4e00-\u9fff]{2,12}(?:委|政府|局|办|厅|部|院|会|室|处|司|中心)"
ORGANS_LINE = re.compile(rf"^(?P<o>(?:{ORGAN}、)*{ORGAN})[ \t]*$")


def layout_findings(text: str) -> Iterator[Proof]:
    """The title (the first line) without a full stop at its end; the addressees (主送机关) on the line after it with
    their colon."""
    lines = [(at, line) for at, line in line_starts(text) if line.strip()]
    if not lines:
        return
    at, title = lines[0]
    if (len(lines) >= 2 and len(title) <= 40 and title.endswith("。") and not re.search(r"[，；。：]", title[:-1])
            and not any(pattern.match(title) for _, pattern in HEADINGS)):
        yield Proof(Rule.STRUCTURE, Level.MUST, "。", "", at + len(title) - 1, at + len(title), "公文标题末尾不加标点",
                    GB9704)
    for at, line in lines[1:3]:
        if (m := ORGANS_LINE.match(line)) and not line.endswith("："):
            end = at + m.end("o")
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group("o")[-2:], m.group("o")[-2:] + "：", end - 2, end,
                        "主送机关后加全角冒号", GB9704)


def mark_findings(text: str) -> Iterator[Proof]:
    """An extra 顿号 after a heading number (（一）、), an ellipsis or dash of the wrong form, 、 before 等 or 和,
    a document's title in quotes, quotes nested without single quotes."""
    for m in EXTRA_COMMA.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, "、", "", m.start("c"), m.end("c"), "序号后不再加顿号", GB15834)
    for m in ELLIPSIS.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "……", m.start(), m.end(), "省略号为两个“…”：“……”",
                    GB15834)
    for m in re.finditer(r"(?<=[\u4e00-\u9fff，。”])(?:--|－－)", text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "——", m.start(), m.end(), "破折号为“——”", GB15834)
    for m in SERIAL.finditer(text):
        level = Level.MUST if text[m.end()] == "等" else Level.SHOULD
        yield Proof(Rule.STRUCTURE, level, "、", "", m.start(), m.end(),
                    f"“{text[m.end()]}”前不加顿号", GB15834)
    for m in CJK_HYPHEN.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, "-", "—", m.start(), m.end(),
                    "连接地名、机构名用一字线“—”，不用半角连字符", GB15834)
    for m in ELLIPSIS_ETC.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "……", m.start(), m.end(), "省略号与“等”不能同用", GB15834)
    for m in LAW.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), f"《{m.group()}》", m.start(), m.end(),
                    "法律名称加书名号《》", GB15834)
    for m in QUOTED_RULES.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), f"《{m.group('t')}》", m.start(), m.end(),
                    "文件、制度名称用书名号《》，不用引号", GB15834)
    for m in NESTED_TITLE.finditer(text):
        inner = m.group("inner")
        start = m.start("inner")
        yield Proof(Rule.STRUCTURE, Level.MUST, inner, f"〈{inner[1:-1]}〉", start, start + len(inner),
                    "书名号里面再用书名号时用单书名号〈〉", GB15834)
    for m in EVENT_TITLE.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), m.group("t"), m.start(), m.end(),
                    "会议、活动名称不加书名号", GB15834)
    for m in INLINE_MARK.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, f"{m.group('n')}、", f"{m.group('n')}.", m.start("n"), m.end(),
                    "阿拉伯数字序号后用下脚点“.”，不用顿号", GB9704)
    for m in QUOTED_TITLE.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), f"《{m.group('t')}》", m.start(), m.end(),
                    "公文标题用书名号《》，不用引号", GB15834)
    for at, line in line_starts(text):
        depth = 0
        for i, ch in enumerate(line):
            if ch == "“":
                depth += 1
                if depth == 2:
                    close = line.find("”", i)
                    end = close + 1 if close > 0 else i + 1
                    inner = line[i + 1:close] if close > 0 else ""
                    yield Proof(Rule.STRUCTURE, Level.SHOULD, line[i:end], f"‘{inner}’" if close > 0 else None,
                                at + i, at + end, "引号里面再用引号时用单引号‘’", GB15834)
            elif ch == "”":
                depth = max(0, depth - 1)


def structure_findings(text: str) -> Iterator[Proof]:
    yield from heading_findings(text)
    yield from enumeration_findings(text)
    yield from punctuation_findings(text)
    yield from pairing_findings(text)
    yield from doc_number_findings(text)
    yield from title_mark_findings(text)
    yield from mark_findings(text)
    yield from layout_findings(text)

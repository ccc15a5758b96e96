"""What a 公文 cites and how it is laid out, by GB/T 9704-2012 and GB/T 15834-2011: 文号 as 市办发〔2023〕12号, 《》
around a cited document's or law's title (not quotes, not around an event), 〈〉 inside 《》, the title line
without a full stop, the addressees with their colon."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from assistant.check.proofread.basics import CJK, GB9704, GB15834
from assistant.check.proofread.headings import HEADINGS, line_starts
from assistant.check.proofread.model import Level, Proof, Rule

# 市办发[2023]12号, 京政发（2023）5号, 〔2023〕第12号, 〔2023〕012号
DOC_NUMBER = re.compile(rf"(?<=[{CJK}])(?P<open>[\[【［(（〔])\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<close>[\]】］)）〕])"
                        r"\s*(?P<no>第?\s*\d{1,4})\s*号")
TITLE_KINDS = ("实施意见|实施方案|工作方案|若干措施|若干意见|指导意见|管理办法|行动计划|工作要点|通知|意见|决定"
               "|办法|方案|条例|规划|纲要|细则|决议|公告|通报|批复|纪要")
TITLE = rf"关于[^，。；：《》“”\n]{{2,40}}?的(?:{TITLE_KINDS})"
CITING = ("印发|转发|根据|按照|依据|贯彻|落实|出台|下发|执行|学习|对照|遵照|发布|颁布|审议|通过|制发|参照|"
          "制定|起草|修订")
DRAFTING = ("制定", "起草", "修订")  # 研究制定关于……的办法 may name a document still to be written: a 建议
CITED = re.compile(rf"(?P<v>{CITING})[了的]?(?P<t>{TITLE})(?![{CJK}]{{0,2}}》)(?=[，。；、）（{CJK}])")
# a title followed by its 文号, issuer and all: 市政府关于……的通知（市政发〔2023〕5号）
TITLE_START = (r"(?:(?<=^)|(?<=[，。；：、“（的\s])|(?<=根据|按照|依据|参照|印发|转发|贯彻|落实|执行|学习|对照|遵照"
               r"|出台|下发|发布|颁布))")
ISSUER = rf"[{CJK}]{{1,16}}?(?:人民政府|政府|办公厅|办公室|委员会|委|部|厅|局|院|署)\s?"
NUMBERED = re.compile(rf"{TITLE_START}(?!{CITING}|我|本)(?P<t>(?:{ISSUER})"
                      rf"{{0,3}}{TITLE})(?=[（(][^（）()\n]{{0,20}}〔(?:19|20)\d{{2}}〕\d+号[）)])")
QUOTED_TITLE = re.compile(rf"“(?P<t>{TITLE})”")
QUOTED_RULES = re.compile(r"“(?P<t>[^“”\n]{2,30}(?:办法|规定|条例|细则|规则|规程|方案|实施意见|通知|规划|纲要|指南))”")
LAW = re.compile(rf"(?<![《“〈<])中华人民共和国(?!驻|成立|国)[{CJK}]{{2,16}}?(?<![依做方办合立执守违用说看想无设好])法"
                 r"(?![院官律学规典制治人定])")
NESTED_TITLE = re.compile(r"《(?P<outer>[^《》\n]*)(?P<inner>《[^《》\n]*》)")
EVENT_TITLE = re.compile(r"《(?P<t>[^《》\n]{2,40}(?:论坛|博览会|交易会|洽谈会|峰会|大会|年会|文化节|艺术节|活动|仪式"
                         r"|开幕式))》")
TITLE_WORDS = re.compile(r"关于|报告|总结|通知|意见|方案|请示|汇报|情况|计划|要点|规划|通报|函|纪要|决定")
ORGAN = rf"[{CJK}]{{1,12}}(?:委|政府|局|办|厅|部|院|室|处|司|中心)"
ADDRESSEES = re.compile(rf"^(?P<o>(?:{ORGAN}、)+{ORGAN})[ \t]*$")


def document_findings(text: str) -> Iterator[Proof]:
    yield from doc_number_findings(text)
    yield from title_mark_findings(text)
    yield from layout_findings(text)


def doc_number_findings(text: str) -> Iterator[Proof]:
    """发文字号: the year in 〔〕, no 第 before the number, no leading zero."""
    for m in DOC_NUMBER.finditer(text):
        if not re.search(rf"[{CJK}]{{1,10}}$", text[max(0, m.start() - 11):m.start()]):
            continue
        number = m.group("no").lstrip("第 ").lstrip("0") or "0"
        fixed = f"〔{m.group('year')}〕{number}号"
        why = []
        if m.group("open") != "〔" or m.group("close") != "〕":
            why.append("年份用六角括号“〔〕”")
        if m.group("no").startswith("第"):
            why.append("序号前不加“第”")
        if m.group("no").lstrip("第 ").startswith("0"):
            why.append("序号不编虚位（不写012）")
        if why and m.group() != fixed:
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), fixed, m.start(), m.end(),
                        "发文字号格式：" + "，".join(why), GB9704)


def title_mark_findings(text: str) -> Iterator[Proof]:
    """Titles of documents and laws in 《》."""
    spans: dict[tuple[int, int], Level] = {}
    for m in CITED.finditer(text):
        spans[m.span("t")] = Level.SHOULD if m.group("v") in DRAFTING else Level.MUST
    for m in NUMBERED.finditer(text):
        start, end = m.span("t")
        spans = {s: lv for s, lv in spans.items() if not (start <= s[0] and s[1] <= end)}
        spans[(start, end)] = Level.MUST
    for (start, end), level in sorted(spans.items()):
        if text[start - 1:start] != "《":
            title = text[start:end]
            yield Proof(Rule.STRUCTURE, level, title, f"《{title}》", start, end, "引用公文标题应加书名号《》", GB15834)
    for m in QUOTED_TITLE.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), f"《{m.group('t')}》", m.start(), m.end(),
                    "公文标题用书名号《》，不用引号", GB15834)
    for m in QUOTED_RULES.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), f"《{m.group('t')}》", m.start(), m.end(),
                    "文件、制度名称用书名号《》，不用引号", GB15834)
    for m in LAW.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), f"《{m.group()}》", m.start(), m.end(),
                    "法律名称加书名号《》", GB15834)
    for m in NESTED_TITLE.finditer(text):
        inner, start = m.group("inner"), m.start("inner")
        yield Proof(Rule.STRUCTURE, Level.MUST, inner, f"〈{inner[1:-1]}〉", start, start + len(inner),
                    "书名号里面再用书名号时用单书名号〈〉", GB15834)
    for m in EVENT_TITLE.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), m.group("t"), m.start(), m.end(),
                    "会议、活动名称不加书名号", GB15834)


DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
BAD_DATE_LINE = re.compile(r"^(?P<d>(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}(?!日)|-\d{2}-\d{2}"
                           r"|年\d{1,2}月\d{1,2}日[。.，]))$")
ORG_LINE = re.compile(rf"^[{CJK}（）]{{4,30}}(?:办公室|委员会|政府|局|厅|委|办|部|院|会)$")
PLEA = re.compile(r"妥否，?请批示|当否，?请批示|请予批准|请批复")


def layout_findings(text: str) -> Iterator[Proof]:
    """The title (a first line that reads as one) without a full stop at its end; the addressees (主送机关, two or
    more) on a line after it with their colon."""
    lines = [(at, line) for at, line in line_starts(text) if line.strip()]
    if len(lines) < 2:
        return
    at, title = lines[0]
    if (len(title) <= 40 and title.endswith("。") and not re.search(r"[，；。：]", title[:-1])
            and TITLE_WORDS.search(title) and not any(pattern.match(title) for _, pattern in HEADINGS)):
        yield Proof(Rule.STRUCTURE, Level.MUST, "。", "", at + len(title) - 1, at + len(title), "公文标题末尾不加标点",
                    GB9704)
    if title.startswith("《") and title.endswith("》"):
        yield Proof(Rule.STRUCTURE, Level.MUST, title, title[1:-1], at, at + len(title), "公文标题不加书名号", GB9704)
    for at, line in lines[1:3]:
        if m := ADDRESSEES.match(line.rstrip("，。,.")):
            end = at + m.end("o")
            trail = line[m.end("o"):m.end("o") + 1]
            if trail in ("，", "。", ",", "."):
                yield Proof(Rule.STRUCTURE, Level.MUST, trail, "：", end, end + 1, "主送机关后用全角冒号", GB9704)
            else:
                yield Proof(Rule.STRUCTURE, Level.MUST, m.group("o")[-2:], m.group("o")[-2:] + "：", end - 2, end,
                            "主送机关后加全角冒号", GB9704)
    yield from signature_findings(lines)
    if TITLE_WORDS.search(title) and "报告" in title:
        for m in PLEA.finditer(text):
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), None, m.start(), m.end(),
                        "报告中不得夹带请示事项（“妥否，请批示”是请示的结束语）", GB9704)


def signature_findings(lines: list[tuple[int, str]]) -> Iterator[Proof]:
    """The signature block at the end: the issuing office, then the date written 2024年1月15日 (no full stop)."""
    tail = lines[-3:]
    for (at, line), (next_at, next_line) in pairwise(tail):
        if DATE_LINE.match(line) and ORG_LINE.match(next_line):
            yield Proof(Rule.STRUCTURE, Level.MUST, f"{line}\n{next_line}", None, at, next_at + len(next_line),
                        "落款先署发文机关，后署成文日期", GB9704)
    for at, line in tail:
        if m := BAD_DATE_LINE.match(line):
            yield Proof(Rule.STRUCTURE, Level.MUST, m.group("d"), None, at, at + len(line),
                        "成文日期写作“2024年1月15日”，年月日齐全，末尾不加标点", GB9704)

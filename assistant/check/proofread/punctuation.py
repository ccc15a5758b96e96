"""Punctuation by GB/T 15834-2011: full-width marks in Chinese text, marks not doubled, brackets and quotes in
pairs, quotes inside quotes as ‘’, …… and ——, no 、 before 等, a dash not a hyphen between Chinese words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.proofread.basics import CJK, CN, GB15834
from assistant.check.proofread.headings import line_starts
from assistant.check.proofread.model import Level, Proof, Rule

HALF_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./?=&%#:~+_-]+|(?<![A-Za-z0-9.+_-])[A-Za-z0-9.+_-]+@[A-Za-z0-9-]+"
                 r"\.[A-Za-z0-9.]+")
CHINESE_CHAR = re.compile(rf"[{CJK}，。；：、“”（）《》]")
STRAIGHT_QUOTED = re.compile(rf'"(?P<q>[^"\n]{{0,60}}[{CJK}][^"\n]{{0,60}})"')
FULL_STOP = re.compile(rf"(?<=[{CJK}）)”])\.(?![\d.A-Za-z])")
DOUBLED = re.compile(r"([，。；：、！？])\1|[，；：、][。！？]|[。！？][，；：、]")
PAIRS = (("（", "）", Level.SHOULD), ("《", "》", Level.SHOULD), ("“", "”", Level.NOTE))
EXTRA_COMMA = re.compile(rf"(?:(?<=^)|(?<=[。；\n]))(?:（[{CN}\d]{{1,3}}）|[{CN}]{{1,3}}、)(?P<c>、)", re.M)
ELLIPSIS = re.compile(r"(?<!…)…(?!…)|\.{3,}|。{3,}|…{3,}")
ELLIPSIS_ETC = re.compile(r"……等|等……")
DOUBLE_HYPHEN = re.compile(rf"(?<=[{CJK}，。”])(?:--|－－)")
SERIAL = re.compile(rf"、(?=等(?![级待同候到于])[{CJK}]|和(?!谐|平|衷|睦)|及(?!时|早|其|以|至|格))")
CJK_HYPHEN = re.compile(rf"(?<=[{CJK}])-(?=[{CJK}])")


def punctuation_findings(text: str) -> Iterator[Proof]:
    yield from half_width_findings(text)
    yield from pairing_findings(text)
    yield from mark_findings(text)


def half_width_findings(text: str) -> Iterator[Proof]:
    """Half-width , ; : ? ! ( ) " and . in Chinese text (next to a Chinese character or mark; not in a URL, a time
    10:30 or a number 1,000), and doubled marks (，， or ，。)."""
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
        if not any(a <= m.start() < b for a, b in urls):
            yield Proof(Rule.STRUCTURE, Level.SHOULD, m.group(), f"“{m.group('q')}”", m.start(), m.end(),
                        "中文文本中用全角引号“”", GB15834)
    for m in FULL_STOP.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, ".", "。", m.start(), m.end(), "中文句末用句号“。”", GB15834)
    for m in DOUBLED.finditer(text):
        keep = m.group()[0] if m.group(1) else max(m.group(), key="。！？".find)
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), keep, m.start(), m.end(), "标点符号重复或连用", GB15834)


def pairing_findings(text: str) -> Iterator[Proof]:
    """An opening bracket, 书名号 or quote without its closing one in the same paragraph (the words it opens shown,
    up to the clause's end), or the reverse; quotes inside quotes written with “”."""
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


def mark_findings(text: str) -> Iterator[Proof]:
    """（一）、 with an extra 顿号; … or ... for ……; …… with 等; -- for ——; 、 before 等 or 和; a hyphen between
    Chinese words (中国-中东欧)."""
    for m in EXTRA_COMMA.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, "、", "", m.start("c"), m.end("c"), "序号后不再加顿号", GB15834)
    for m in ELLIPSIS.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "……", m.start(), m.end(), "省略号为两个“…”：“……”",
                    GB15834)
    for m in ELLIPSIS_ETC.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "……", m.start(), m.end(), "省略号与“等”不能同用", GB15834)
    for m in DOUBLE_HYPHEN.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.MUST, m.group(), "——", m.start(), m.end(), "破折号为“——”", GB15834)
    for m in SERIAL.finditer(text):
        level = Level.MUST if text[m.end()] == "等" else Level.SHOULD
        yield Proof(Rule.STRUCTURE, level, "、", "", m.start(), m.end(), f"“{text[m.end()]}”前不加顿号", GB15834)
    for m in CJK_HYPHEN.finditer(text):
        yield Proof(Rule.STRUCTURE, Level.SHOULD, "-", "—", m.start(), m.end(),
                    "连接地名、机构名用一字线“—”，不用半角连字符", GB15834)

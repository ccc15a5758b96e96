"""The proofreading lexicons: tab-separated files in `rules/` (shipped) and in the office's own folder (added
entries; 级别 停用 switches a shipped entry off). Columns: 写法, 建议, 级别, 说明, 状态, 日期, 除外.

写法 is a literal, `re:` and a regular expression (a group named `w` is the part replaced), or `引号:` and a
formulation that must stand in quotes. 除外 is a regular expression: a match overlapping the finding's words
cancels it (在坐 is wrong, 在坐车 is not)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from assistant.check.proofread.model import Level, Rule
from assistant.check.proofread.words import on_boundaries
from ingest.errors import RuleFileError

log = logging.getLogger(__name__)

FILES = {Rule.TYPO: "typos", Rule.CONFUSION: "confusions", Rule.FORMULATION: "formulations",
         Rule.FOREIGN: "foreign", Rule.NUMBER: "numbers", Rule.STRUCTURE: "structure", Rule.HOUSE: "house"}
COLUMNS = ("写法", "建议", "级别", "说明", "状态", "日期", "除外")
OFF = "停用"
ADJUSTED = "已调整"
OPENING_QUOTES = "“\"‘「『"
CLOSING_QUOTES = "”\"’」』"
EXCLUSION_REACH = 12  # characters either side of a finding an exclusion is looked for in
DEFAULT_NOTES = {Rule.TYPO: "常见错别字", Rule.CONFUSION: "易混淆词语用错", Rule.FORMULATION: "规范表述",
                 Rule.FOREIGN: "外事用语规范", Rule.NUMBER: "数字用法（GB/T 15835-2011）",
                 Rule.STRUCTURE: "标点符号用法（GB/T 15834-2011）", Rule.HOUSE: "本馆用法"}


@dataclass(frozen=True)
class Entry:
    rule: Rule
    written: str  # as in the file
    pattern: re.Pattern[str]
    suggestion: str
    level: Level
    note: str
    adjusted: dt.date | None  # 已调整: flagged in drafts of this date's year and later
    exclude: re.Pattern[str] | None
    source: str  # file:line
    quoting: bool = False  # 引号: a formulation that must be quoted; not judged inside a title or a quotation

    def applies(self, year: int | None) -> bool:
        """An adjusted wording is wrong only after its adjustment: in a draft of a later year, or of the same
        year when it took effect in the first half (a year-end report then already uses the new wording)."""
        if self.adjusted is None or year is None:
            return True
        return year > self.adjusted.year or (year == self.adjusted.year and self.adjusted.month <= 6)


LOOKBEHIND = re.compile(r"\(\?<(?P<sign>[=!])(?P<body>(?:[^()\[\]\\]|\[[^\]]*\])*)\)")


def _width(alternative: str) -> int:
    """Characters an alternative of a look-behind matches: a [class] is one, ^ none."""
    return len(re.sub(r"\[[^\]]*\]", "x", alternative).replace("^", ""))


def fixed_width(pattern: str) -> str:
    """Look-behinds of words of several lengths, which Python refuses, written as one per length:
    (?<=入境|办事处) -> (?:(?<=入境)|(?<=办事处)), (?<!国家|第) -> (?<!国家)(?<!第). The rule files can then list
    words as a reader would."""
    def split(m: re.Match[str]) -> str:
        words = re.findall(r"(?:[^|\[]|\[[^\]]*\])+", m.group("body"))
        by_length: dict[int, list[str]] = {}
        for word in words:
            by_length.setdefault(_width(word), []).append(word)
        if len(by_length) == 1:
            return m.group()
        parts = [f"(?<{m.group('sign')}{'|'.join(group)})" for group in by_length.values()]
        return "".join(parts) if m.group("sign") == "!" else f"(?:{'|'.join(parts)})"

    return LOOKBEHIND.sub(split, pattern)


def quoted_pattern(words: str) -> re.Pattern[str]:
    """A formulation not standing between quotes: 增强四个意识 but not 增强“四个意识”."""
    word = re.escape(words)
    return re.compile(rf"(?<![{OPENING_QUOTES}]){word}|{word}(?![{CLOSING_QUOTES}])")


def bad_line(source: str, problem: str, detail: str) -> RuleFileError:
    return RuleFileError(f"校对规则文件 {source} 有误：{problem}，请修改后重试", f"{source}: {detail}")


def parse_line(rule: Rule, line: str, source: str) -> Entry | None:
    """One entry of a rule file (None for an empty 写法)."""
    if line.count("\t") >= len(COLUMNS):
        raise bad_line(source, f"多于{len(COLUMNS)}列", f"more than {len(COLUMNS)} columns")
    cols = (line.split("\t") + [""] * len(COLUMNS))[:len(COLUMNS)]
    written, suggestion, level, note, status, date, exclude = (c.strip() for c in cols)
    if not written:
        return None
    try:
        if written.startswith("re:"):
            pattern = re.compile(fixed_width(written[3:]))
        elif written.startswith("引号:"):
            pattern = quoted_pattern(written[3:])
            suggestion = suggestion or f"“{written[3:]}”"
        else:
            pattern = re.compile(re.escape(written))
        excluded = re.compile(fixed_width(exclude)) if exclude else None
    except re.error as exc:
        raise bad_line(source, "正则表达式写法不对", f"bad regular expression: {exc}") from exc
    if level == OFF:
        return Entry(rule, written, pattern, suggestion, Level.NOTE, OFF, None, None, source)
    quoting = written.startswith("引号:")
    try:
        chosen = Level(level) if level else Level.MUST
        adjusted = dt.date.fromisoformat(date) if date and status == ADJUSTED else None
    except ValueError as exc:
        problem = "级别应为 必改、建议、提示 或 停用，日期应写作 2018-03-21"
        raise bad_line(source, problem, f"bad level or date: {exc}") from exc
    return Entry(rule, written, pattern, suggestion, chosen, note or DEFAULT_NOTES.get(rule, ""), adjusted, excluded,
                 source, quoting)


def read_entries(rule: Rule, text: str, name: str) -> list[Entry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#") or line.startswith(COLUMNS[0]):
            continue
        if entry := parse_line(rule, line, f"{name}:{number}"):
            entries.append(entry)
    return entries


def shipped_text(name: str) -> str:
    """A shipped rule file's text ("" when there is none: house.tsv is the office's alone)."""
    path = resources.files("assistant.check.proofread").joinpath(f"rules/{name}")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def rule_texts(name: str, folder: Path | None) -> list[tuple[str, str]]:
    """(text, source) of a rule file: the shipped one, then the office's of the same name in `folder`."""
    texts = [(shipped_text(name), name)]
    office = folder / name if folder else None
    if office and office.is_file():
        texts.append((office.read_text(encoding="utf-8-sig"), str(office)))
    return texts


@cache
def _entries(folder: Path | None, stamp: tuple[tuple[str, float], ...]) -> tuple[Entry, ...]:
    found: list[Entry] = []
    for rule, name in FILES.items():
        for text, source in rule_texts(f"{name}.tsv", folder):
            added = read_entries(rule, text, source)
            off = {e.written for e in added if e.note == OFF}
            found = [e for e in found if e.written not in off] + [e for e in added if e.note != OFF]
    return tuple(found)


def _stamp(folder: Path | None) -> tuple[tuple[str, float], ...]:
    if not folder or not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime) for p in folder.glob("*.tsv")))


def entries(folder: Path | None = None) -> tuple[Entry, ...]:
    """The shipped entries with the office's (in `folder`), read again when an office file changes."""
    return _entries(folder, _stamp(folder))


ENCLOSED = re.compile(r"《[^《》\n]*》|“[^“”\n]*”")


def enclosed_spans(text: str) -> list[tuple[int, int]]:
    """Titles in 《》 and quotations in “”: a formulation inside is cited as written
    (《市外办党组三重一大制度执行规则》,
    “共建一带一路·港通四海”)."""
    return [m.span() for m in ENCLOSED.finditer(text)]


WORDS_CHECKED = (Rule.TYPO, Rule.CONFUSION)
SHORT = 3  # a wrong word this short is judged only where it stands as words (格守, not 严|格守|住)


def matches(entry: Entry, text: str, enclosed: list[tuple[int, int]] | None = None) -> Iterable[tuple[int, int, str]]:
    """(start, end, suggestion) of each match of the entry, exclusions applied; a short 错别字 or 近义混淆 only on
    word boundaries."""
    for m in entry.pattern.finditer(text):
        if m.end() == m.start():
            continue
        if entry.quoting and any(a < m.start() and m.end() < b for a, b in enclosed or ()):
            continue
        start, end = m.span("w") if "w" in entry.pattern.groupindex else m.span()
        if entry.exclude and _excluded(entry.exclude, text, start, end):
            continue
        if entry.rule in WORDS_CHECKED and end - start <= SHORT and not on_boundaries(text, (start, end), 6):
            continue
        suggestion = m.expand(entry.suggestion) if "\\" in entry.suggestion else entry.suggestion
        yield start, end, suggestion


def _excluded(exclude: re.Pattern[str], text: str, start: int, end: int) -> bool:
    low = max(0, start - EXCLUSION_REACH)
    return any(m.start() < end and m.end() > start
               for m in exclude.finditer(text, low, min(len(text), end + EXCLUSION_REACH)))

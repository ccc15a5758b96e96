"""International organisations in full on first use (世界卫生组织 before 世卫组织 or WHO), from
rules/organisations.tsv: 全称, 简称 (、-separated), 级别, 说明, 状态, 日期, 除外."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.check.proofread.lexicon import bad_line, fixed_width, rule_texts
from assistant.check.proofread.model import Level, Proof, Rule

BASIS = "外事用语规范：国际组织首次出现用全称"


@dataclass(frozen=True)
class Organisation:
    full: str
    shorts: tuple[str, ...]
    level: Level
    exclude: re.Pattern[str] | None

    def short_pattern(self) -> re.Pattern[str]:
        parts = [rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])" if s.isascii() else re.escape(s)
                 for s in sorted(self.shorts, key=len, reverse=True)]
        return re.compile("|".join(parts))


@cache
def organisations(folder: Path | None = None) -> tuple[Organisation, ...]:
    """The shipped organisations and the office's (organisations.tsv in its rules folder)."""
    found = []
    for text, source in rule_texts("organisations.tsv", folder):
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("全称"):
                continue
            cols = (line.split("\t") + [""] * 7)[:7]
            full, shorts, level, exclude = cols[0].strip(), cols[1].strip(), cols[2].strip(), cols[6].strip()
            try:
                found.append(Organisation(full, tuple(s for s in shorts.split("、") if s), Level(level or "建议"),
                                          re.compile(fixed_width(exclude)) if exclude else None))
            except (ValueError, re.error) as exc:
                raise bad_line(f"{source}:{number}", "级别或正则表达式写法不对", str(exc)) from exc
    return tuple(found)


def first_use_findings(text: str, folder: Path | None = None) -> Iterator[Proof]:
    """The first short name or acronym of an organisation before its full name (世卫组织 before 世界卫生组织)."""
    for org in organisations(folder):
        for m in org.short_pattern().finditer(text):
            if org.exclude and any(e.start() < m.end() and e.end() > m.start()
                                   for e in org.exclude.finditer(text, max(0, m.start() - 12), m.end() + 12)):
                continue
            if org.full in text[:m.start()] or text[m.start():m.start() + len(org.full)] == org.full:
                break
            near = text.find(org.full, max(0, m.end() - len(org.full)), m.end() + len(org.full))
            if m.group() in org.full and near >= 0:
                break
            yield Proof(Rule.FOREIGN, org.level, m.group(), f"{org.full}（{m.group()}）", m.start(), m.end(),
                        f"国际组织名称首次出现应写全称“{org.full}”，此后可用简称", BASIS)
            break

"""What the tuning-library writers share: numerals as the reports write them, a question row, and the self-checks'
reading of the text (figures as the grader finds them, sentences, the other libraries' reports)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import cn2an

REPORTS = Path(__file__).parent / "reports"


def cn(n: int) -> str:
    """Chinese numeral (十二, 二十三)."""
    return cn2an.an2cn(n)


def liang(n: int) -> str:
    """两 for 2 before a measure word (两个), else the numeral."""
    return "两" if n == 2 else cn(n)


def q(kind: str, text: str, gold: list[list[str]] | None, forbidden: list[str] | None = None) -> dict:
    """A question of the frozen-eval format; `gold` None: the library does not hold the answer."""
    return {"type": kind, "q": text, "gold": gold, "forbidden": forbidden or [], "doc": None}


DIGITS = "零一二三四五六七八九"
FIGURE = re.compile(r"^(\d+(?:\.\d+)?)(\D+)$")


def fmt(x: float | int) -> str:
    """A figure as the reports write it: 3.5, 12 (a float without its trailing zeros)."""
    if isinstance(x, float):
        return f"{x:.1f}".rstrip("0").rstrip(".")
    return str(x)


def mentions(text: str, value: str) -> bool:
    """As the grader reads an answer: a figure as that number followed by its unit, not inside a longer number;
    a Chinese numeral not inside a longer one (三批 is not in 十三批)."""
    if m := FIGURE.match(value):
        number, u = m.groups()
        return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])\s*{re.escape(u)}", text) is not None
    if value[0] in DIGITS + "十两":
        return re.search(rf"(?<![{DIGITS}十百]){re.escape(value)}", text) is not None
    return value in text


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[。；\n]", text) if s.strip()]


def other_reports(mine: set[str]) -> dict[str, str]:
    """The other libraries' reports (written by their own scripts): each office's reports are the others' traps."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")) if p.name not in mine}


def write_questions(path: Path, questions: list[dict]) -> dict[str, int]:
    """The questions one a line as the frozen eval reads them; how many of each kind, in order of first use."""
    with path.open("w", encoding="utf-8") as f:
        for q in questions:
            f.write(json.dumps({"type": q["type"], "q": q["q"], "gold": q["gold"], "forbidden": q["forbidden"],
                                "doc": None}, ensure_ascii=False) + "\n")
    return dict(Counter(q["type"] for q in questions))

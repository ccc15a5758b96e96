"""What the tuning-library writers share: Chinese numerals as the reports write them, and a question row."""

from __future__ import annotations

import cn2an


def cn(n: int) -> str:
    """Chinese numeral (十二, 二十三)."""
    return cn2an.an2cn(n)


def liang(n: int) -> str:
    """两 for 2 before a measure word (两个), else the numeral."""
    return "两" if n == 2 else cn(n)


def q(kind: str, text: str, gold: list[list[str]] | None, forbidden: list[str] | None = None) -> dict:
    """A question of the frozen-eval format; `gold` None: the library does not hold the answer."""
    return {"type": kind, "q": text, "gold": gold, "forbidden": forbidden or [], "doc": None}

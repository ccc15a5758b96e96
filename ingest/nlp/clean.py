"""Remove copy-paste junk while keeping the wording (and placeholders such as XX市) intact."""

from __future__ import annotations

import re
from collections.abc import Set

JUNK_MARKERS = re.compile(r"##paid(?:begin|end)##")
INLINE_SPACE = re.compile(r"[ \t\u3000\xa0]+")


def clean_text(text: str) -> str:
    text = JUNK_MARKERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


_WIDE = "".join(chr(c) for c in range(0xFF10, 0xFF1A)) + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
_WIDE += "".join(chr(c) for c in range(0xFF41, 0xFF5B)) + "．％＋－／"
_NARROW = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.%+-/"
CANONICAL = str.maketrans(_WIDE + ",;:()!?", _NARROW + "，；：（）！？")


def bigrams(text: str) -> set[str]:
    """Character pairs: what two Chinese clauses share when their words are spelt alike."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def dice(x: Set[str], y: Set[str]) -> float:
    """Dice overlap of two bigram sets: 1.0 when equal, 0.0 when disjoint or either is empty."""
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


# a year in Chinese numerals, as titles write it (二〇一七年工作总结): four digits, the same length
CHINESE_YEAR = re.compile(r"(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=年)")
CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def canonical(text: str) -> str:
    """One spelling for matching: half-width digits and Latin letters, Chinese punctuation, years in digits
    (二〇一七年 -> 2017年).

    The mapping is one character for one, so offsets in the canonical text are offsets in the
    original, and quotes are always cut from the original.
    """
    text = text.translate(CANONICAL)
    if "年" in text:
        text = CHINESE_YEAR.sub(lambda m: m.group(1).translate(CHINESE_DIGITS), text)
    return text

"""Remove copy-paste junk while keeping the wording (and placeholders such as XX市) intact."""

from __future__ import annotations

import re

JUNK_MARKERS = re.compile(r"##paid(?:begin|end)##")
INLINE_SPACE = re.compile(r"[ \t\u3000\xa0]+")


def clean_text(text: str) -> str:
    text = JUNK_MARKERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def normalize_digits(text: str) -> str:
    """Full-width digits, point and percent as half-width, for matching figures (quotes keep the original)."""
    return text.translate(FULL_WIDTH)

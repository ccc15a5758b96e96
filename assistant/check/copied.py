"""Passages copied from earlier reports: runs of 30 or more identical characters, punctuation and
spacing ignored, found by indexing the draft's 12-character shingles and scanning the library."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.document import Chunk

SHINGLE = 12
IGNORED = re.compile(r"[\s，。；：、！？,.;:!?（）()“”\"'《》〈〉【】\-—…·]")


@dataclass(frozen=True)
class Copy:
    draft_start: int  # offsets in the draft as written
    draft_end: int
    chunk: Chunk
    quote: str  # the earlier report's words, as written
    length: int  # characters, punctuation not counted


@lru_cache(maxsize=20_000)
def normalised(text: str) -> tuple[str, list[int]]:
    """The text without punctuation and spaces, and where each kept character was (an earlier report's
    chunk is read once per process; do not change the list returned)."""
    kept = [(i, c) for i, c in enumerate(text) if not IGNORED.match(c)]
    return "".join(c for _, c in kept), [i for i, _ in kept]


def copied_passages(draft: str, chunks: list[Chunk], min_chars: int = 30) -> list[Copy]:
    plain, where = normalised(draft)
    starts: dict[str, list[int]] = {}
    for i in range(len(plain) - SHINGLE + 1):
        starts.setdefault(plain[i:i + SHINGLE], []).append(i)
    found: list[Copy] = []
    for chunk in chunks:
        found += _copies_in(plain, where, draft, starts, chunk, min_chars)
    return _longest_first(found)


def _copies_in(plain: str, where: list[int], draft: str, starts: dict[str, list[int]], chunk: Chunk,
               min_chars: int) -> list[Copy]:
    other, other_where = normalised(chunk.text)
    copies, j = [], 0
    while j <= len(other) - SHINGLE:
        best = 0, 0
        for i in starts.get(other[j:j + SHINGLE], ()):
            length = _common_run(plain, i, other, j)
            best = max(best, (length, i))
        length, i = best
        if length >= min_chars:
            copies.append(Copy(where[i], where[i + length - 1] + 1, chunk,
                               chunk.text[other_where[j]:other_where[j + length - 1] + 1], length))
            j += length
        else:
            j += 1
    return copies


def _common_run(a: str, i: int, b: str, j: int) -> int:
    length = 0
    while i + length < len(a) and j + length < len(b) and a[i + length] == b[j + length]:
        length += 1
    return length


def _longest_first(copies: list[Copy]) -> list[Copy]:
    """One copy per stretch of the draft: the longest source wins where two overlap."""
    kept: list[Copy] = []
    for copy in sorted(copies, key=lambda c: -c.length):
        if all(copy.draft_end <= k.draft_start or copy.draft_start >= k.draft_end for k in kept):
            kept.append(copy)
    return sorted(kept, key=lambda c: c.draft_start)

"""Word boundaries of Chinese text (jieba, loaded once, without its HMM guesses for unknown words)."""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType


@cache
def segmenter() -> ModuleType:
    """jieba, loaded on first use."""
    import jieba

    jieba.setLogLevel(60)
    return jieba


def words(text: str) -> list[str]:
    return segmenter().lcut(text, HMM=False)


@lru_cache(maxsize=4096)
def boundaries(text: str) -> frozenset[int]:
    """The offsets where a word of `text` starts or ends."""
    cuts, at = {0}, 0
    for word in words(text):
        at += len(word)
        cuts.add(at)
    return frozenset(cuts)


def on_boundaries(text: str, offsets: tuple[int, ...], reach: int = 8) -> bool:
    """Whether each offset is where a word starts or ends, the words read in a window around them."""
    low = max(0, min(offsets) - reach)
    cuts = boundaries(text[low:max(offsets) + reach])
    return all(at - low in cuts for at in offsets)

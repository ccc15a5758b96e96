"""How much a term of a question says: IDF weights over the library, question words and fillers left out."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import cache

from ingest.nlp.lexicon import lexicon_lines

QUESTION_WORD = re.compile(r"^(?:几|多少|哪|什么|怎|如何|谁|为何|为什么|是否|多大|多久|多长|占多)")


@cache
def fillers() -> frozenset[str]:
    """data/question_fillers.txt: words that say how a question is asked, not what it is about."""
    return frozenset(lexicon_lines("question_fillers"))


def idf(df: int, documents: int) -> float:
    return math.log((documents + 1) / (df + 0.5))


def term_weights(tokens: Iterable[str], df: dict[str, int], documents: int) -> dict[str, float]:
    """IDF weights; a term the library never uses weighs most, since nothing can answer for it."""
    return {t: idf(df.get(t, 0), documents) for t in dict.fromkeys(tokens) if asks_about(t)}


def asks_about(token: str) -> bool:
    """Question words and one-character words say how something is asked, not what about."""
    return len(token) > 1 and not QUESTION_WORD.match(token) and token not in fillers()

"""Groups of words the office uses for one thing (友城 友好城市 …), from data/synonyms.txt."""

from __future__ import annotations

import re
from functools import cache

from ingest.nlp.lexicon import lexicon_lines


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in lexicon_lines("synonyms"))


@cache
def _alternatives() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for group in synonym_groups():
        for word in group:
            table[word] = tuple(dict.fromkeys((*table.get(word, ()), *(w for w in group if w != word))))
    return table


def alternatives(word: str) -> tuple[str, ...]:
    """The other words of the groups `word` belongs to (外办: 市外办, 外事办公室, 外事办)."""
    return _alternatives().get(word, ())


def synonym_words_in(text: str) -> list[str]:
    """The lexicon's words of three or more characters that the text holds (结对学校, which a tokenizer
    cuts into 结对 and 学校), longest first."""
    return sorted((w for w in _alternatives() if len(w) >= 3 and w in text), key=len, reverse=True)


# 出访团, 来访团: what the reports count as 团组 (审批因公出国（境）团组39批次), said short; not 代表团, 团体, 团长
TEAM = re.compile(r"(出访|来访|出国|出境|外宾|外事|考察|访问)团(?![组体长员队])")


def teams_written_out(text: str) -> str:
    """临海16年批了几个出访团 -> …出访团组: the word the reports use for a delegation they count."""
    return TEAM.sub(r"\1团组", text)

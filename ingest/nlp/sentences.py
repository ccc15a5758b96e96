"""Sentences and clauses of Chinese text (公文 punctuation)."""

from __future__ import annotations

import re

SENTENCE = re.compile(r"[^。！？；]*[。！？；]+[”’」』）)]*|[^。！？；]+$")
FULL_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")  # clauses joined by ；stay together
CLAUSE = re.compile(r"[^，、：,:]*[，、：,:]+|[^，、：,:]+$")
# Where a clause ends, for taking the clause around a figure (brackets too: 较2021年（2104人）).
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？、（）()]")
# A long sentence stays whole (公文 sentences of 300-900 characters are common); beyond this it is
# cut at clauses, then by length: a pasted table or a line without any full stop must not become
# one passage the embedding model truncates after 512 tokens.
MAX_SENTENCE_CHARS = 900
# A point of a section: 一是… / （一）… / 1. … / 第一，…
CN = "[一二三四五六七八九十]{1,2}"
MARK = rf"{CN}是|{CN}、|（(?:{CN}|\d{{1,2}})）|\d{{1,2}}[.．、](?!\d)|第{CN}[，,、]"
MARKED = re.compile(MARK)
# 三、全速推进… 9. 做好意见收集。: a sentence ending in a point's short heading, which the sentence after it says
LEAD = re.compile(rf"(?:{MARK})\s*[^。；;，,：:\s]{{2,12}}[。：:]?\s*$")


def heads_next(sentence: str) -> bool:
    """Does the sentence end in a point's short heading, said by the sentence after it (9. 做好意见收集。)?"""
    return LEAD.search(sentence) is not None


def split_sentences(text: str) -> list[str]:
    return [s for s in (m.group().strip() for m in SENTENCE.finditer(text)) if s]


def full_sentences(text: str) -> list[str]:
    """Sentences to a full stop: an unmarked sentence of clauses joined by ；is read as one."""
    return [s for s in (m.group().strip() for m in FULL_SENTENCE.finditer(text)) if s]

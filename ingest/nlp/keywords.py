"""Chinese text as keyword tokens for BM25: jieba words with a domain dictionary, figures whole.

Figures and years stay single tokens (`2023年`, `5个`, `82.1%`) so a question naming them matches
them exactly; jieba would otherwise split them into a bare number and a measure word.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import cache

import jieba

from ingest.nlp.clean import canonical
from ingest.nlp.dates import DATE_TOKEN
from ingest.nlp.lexicon import lexicon_lines

jieba.setLogLevel(logging.WARNING)

FIGURE_TOKEN = re.compile(
    DATE_TOKEN + r"|\d+(?:\.\d+)?(?:%|[个次人批家名项条份篇场期件所届天本部处位种户]|万元|亿元|万|亿)?"
)
WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
TOKEN_CHARS = re.compile(r"[\w%.]+")  # what SQLite's unicode61 tokenizer keeps together (with tokenchars '.%')
STOPWORDS = frozenset({
    "的", "了", "是", "在", "和", "与", "及", "等", "对", "为", "把", "被", "将", "从",
    "向", "以", "于", "由", "也", "都", "就", "而", "并", "或", "其", "之", "这", "那",
    "有", "个", "中", "上", "下", "我", "我们", "你", "他", "它", "哪些", "什么", "怎么",
    "怎样", "如何", "多少", "几", "几个", "哪", "吗", "呢", "吧", "啊", "请问", "一下",
    "是否", "有没有", "关于", "进行",
})


COMMON = 20  # a dictionary word at least this frequent in jieba's dictionary is an everyday word (博会: 5)


class KeywordTokenizer:
    """Its own jieba dictionary (the domain words plus words learned from the library)."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.jieba = jieba.Tokenizer()
        self.known: set[str] = set()
        self.learn(domain_words())
        self.learn(words)

    def learn(self, words: Iterable[str]) -> list[str]:
        """Adds words jieba does not know yet; returns the new ones."""
        new = [w for w in dict.fromkeys(words) if 2 <= len(w) <= 12 and w not in self.known]
        for word in new:
            self.jieba.add_word(word, freq=20000)
            self.known.add(word)
        return new

    def is_word(self, word: str) -> bool:
        """In jieba's dictionary (or learned from the domain or the library)?"""
        self.jieba.check_initialized()
        return word in self.known or self.jieba.FREQ.get(word, 0) > 0

    def frequency(self, word: str) -> int:
        """How common the word is in jieba's dictionary (0: unknown; learned words count as common)."""
        self.jieba.check_initialized()
        return COMMON if word in self.known else self.jieba.FREQ.get(word, 0)

    def words(self, text: str) -> list[str]:
        """The text cut into words (precise mode, no overlapping parts)."""
        return self.jieba.lcut(text)

    def tokens(self, text: str) -> list[str]:
        text = canonical(text)
        figures = [m.group() for m in FIGURE_TOKEN.finditer(text)]
        figures += [f[:5] for f in figures if len(f) > 5 and f[4] == "年"]  # a full date also matches its year
        rest = FIGURE_TOKEN.sub(" ", text)
        words = (part for w in self.jieba.cut_for_search(rest) for part in TOKEN_CHARS.findall(w.lower()))
        return figures + [w for w in words if WORD.search(w) and w not in STOPWORDS]


@cache
def domain_words() -> tuple[str, ...]:
    return lexicon_lines("domain_words")


def fts_query(tokens: Iterable[str]) -> str:
    """An FTS5 OR-query of quoted tokens (quotes inside a token are doubled)."""
    quoted = ['"' + t.replace('"', '""') + '"' for t in dict.fromkeys(tokens)]
    return " OR ".join(quoted)

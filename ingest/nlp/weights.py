"""How much a term of a question says: IDF weights over the library, question words and fillers left out."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import cache

from ingest.nlp.lexicon import lexicon_lines
from ingest.nlp.names import GRAMMAR_CHARS, dictionary_tags

# Characters of grammar, not of content: a term the library never uses, made of a word and one of these
# (or two characters with one), is a fragment of a mis-segmented question (总结中说 -> 中说), not a topic.
FUNCTION_CHARS = GRAMMAR_CHARS | frozenset("数底末初来去")  # 来锦水, 锦水去: a place and a coming
QUESTION_WORD = re.compile(r"^(?:几|多少|哪|什么|怎|如何|谁|为何|为什么|是否|多大|多久|多长|占多)")
# the words that ask, anywhere in a question: no pair of characters of them is a phrase a passage says
ASKING = re.compile(r"哪[些家个所里几项位一]?|什么|怎[么样]|如何|多少|是否|有何|为何|为什么|何时|请问|[吗呢？?]")
CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def phrase_pairs(question: str) -> frozenset[str]:
    """The question's pairs of Chinese characters, its asking words left out: what a sentence that says the
    question's phrase (正常生产) holds, however the question's words were segmented and weighed."""
    pairs: set[str] = set()
    for run in ASKING.split(question):
        pairs.update(run[i : i + 2] for i in range(len(run) - 1) if CJK_PAIR.fullmatch(run[i : i + 2]))
    return frozenset(pairs)


def phrase_share(pairs: frozenset[str], text: str) -> float:
    """The share of the question's phrase pairs the text holds."""
    return sum(p in text for p in pairs) / len(pairs) if pairs else 0.0


@cache
def fillers() -> frozenset[str]:
    """data/question_fillers.txt: words that say how a question is asked, not what it is about."""
    return frozenset(lexicon_lines("question_fillers"))


def idf(df: int, documents: int) -> float:
    return math.log((documents + 1) / (df + 0.5))


# A word of everyday Chinese (at least this frequent in jieba's dictionary) that the library never uses is how
# a user says what the reports say otherwise (打鱼 for 作业, 干活 for 务工, 当家的 for 主任): no passage can hold
# it, so it weighs nothing, as a filler. A noun keeps the most: it may be what is counted (渔民, where the
# reports count 渔工), as a name, a place or a term of art the library lacks is.
EVERYDAY = 100
KEEPS = ("n", "ns", "nr", "nt", "nz", "nrt", "nrfg", "eng", "m", "j", "vn")


def everyday(term: str, frequency: int) -> bool:
    """Is a term (that the library never uses) an everyday word (打鱼, 国外), not a noun, a name or a term of art?"""
    tags = dictionary_tags(term)
    return frequency >= EVERYDAY and len(tags) == 1 and tags[0] not in KEEPS


def term_weights(tokens: Iterable[str], df: dict[str, int], documents: int,
                 is_word: Callable[[str], bool] = lambda _: True,
                 frequency: Callable[[str], int] = lambda _: 0) -> dict[str, float]:
    """IDF weights; a term the library never uses weighs most, since nothing can answer for it (unless it
    is a fragment of a mis-segmentation: no word of the dictionary, made with a grammar character; or an
    everyday word, which weighs nothing). `frequency`: how common a word is in everyday Chinese."""
    tokens = list(dict.fromkeys(tokens))
    known = set(tokens)  # the question's own words count as words (全市 of 给全市)
    said = [t for t in tokens if t in fillers()]  # 二年 of 第二年: a piece of a filler says nothing either
    return {t: 0.0 if not df.get(t) and everyday(t, frequency(t)) else idf(df.get(t, 0), documents)
            for t in tokens if asks_about(t) and not says_how(t) and not grammar_edged(t) and not (
            df.get(t, 0) == 0 and (is_fragment(t, is_word, known) or not names_a_thing(t))) and not any(
            t in f for f in said)}


EDGE_GRAMMAR = ("p", "c", "u")  # prepositions, conjunctions, particles (in, and, 了)


@cache
def grammar_edged(term: str) -> bool:
    """签了, 团组控制在, 与外国: a piece of the question cut with a particle, preposition or conjunction at its
    edge (the library's learned words hold some); what it is about, the question's other terms say."""
    tags = dictionary_tags(term)
    return len(tags) > 1 and (tags[0][0] in EDGE_GRAMMAR or tags[-1][0] in EDGE_GRAMMAR)


# Parts of speech (jieba's dictionary tags) of words that say how, when or where, not what: adverbs (已经),
# locality words (期间), prepositions, conjunctions, particles, pronouns, measure words; and verbs, when a term
# the library lacks is cut into such pieces (建在).
COMING = frozenset("来去")  # 来讲, 去谈: come to do
DIRECTED = frozenset("出进回过上下起开")  # 出去, 回来: a verb of direction (带队出去了几批 for 出访), no thing
RESULT = frozenset("到完好给")  # 办到, 讲完: done to a result
NOT_A_THING = ("d", "f", "p", "c", "u", "r", "y", "e", "o", "q", "v")


@cache
def says_how(term: str) -> bool:
    """An adverb, locality word, preposition and the like (已经, 期间), by jieba's dictionary: no topic,
    whether the library uses it or not."""
    tags = dictionary_tags(term)
    if tags == ("v",) and len(term) == 2 and term[0] in DIRECTED and term[1] in COMING:
        return True
    return len(tags) == 1 and tags[0][0] in NOT_A_THING and tags[0][0] != "v" and tags[0] != "eng"


@cache
def names_a_thing(term: str) -> bool:
    """Can a term the library never uses be what a question is about? A word of the dictionary can (藏书,
    一把手, 在编), unless it is an adverb or the like (已经, 期间); a term the dictionary cuts into verbs and
    grammar (建在) only says how the question is put."""
    tags = dictionary_tags(term)
    if tags == ("v",) and len(term) == 2 and (term[0] in COMING or term[1] in RESULT):
        return False  # 谁来讲了, 办到了第几届: a verb with a direction or a result, no thing asked about
    if len(tags) == 1:  # a verb of the dictionary may be what is asked about (在编人员)
        return not says_how(term)
    # cut into pieces of grammar, verbs and numerals, no thing (建在: 建/v 在/p; 最多贷: 最/d 多/m 贷/v)
    return not all((f[0] in NOT_A_THING or f[0] == "m") and f not in ("vn", "eng") for f in tags)


def is_fragment(term: str, is_word: Callable[[str], bool], known: set[str] | frozenset[str] = frozenset()) -> bool:
    """中说 (of 总结中说): two characters, no word of the dictionary, one of grammar; 港帮 (of 临海港帮外国船员):
    two characters, no word, one a verb of its own, glued by the tokenizer to a noun it does not belong to;
    给全市 (of 谁给全市翻译人才): a grammar character at its edge and a word (of the dictionary or the question)
    left without it (the library's learned words may hold such a fragment, so the whole is not looked up)."""
    if len(term) == 2:
        return not is_word(term) and (any(c in FUNCTION_CHARS for c in term) or ("v" in dictionary_tags(term)[1:]
                                      and len(dictionary_tags(term)) == 2))
    rest = [term[1:]] * (term[0] in FUNCTION_CHARS) + [term[:-1]] * (term[-1] in FUNCTION_CHARS)
    return any(r in known or is_word(r) for r in rest)


def asks_about(token: str) -> bool:
    """Question words and one-character words say how something is asked, not what about."""
    return len(token) > 1 and not QUESTION_WORD.match(token) and token not in fillers()

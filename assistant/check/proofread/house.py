"""本馆用法: how the office's earlier reports write a term is its norm. Learned from the library: the terms its
reports repeat (strings of 3-10 characters written at least MIN_USES times in at least two documents, taken where
the characters around them start to vary on one side at least) and the short names they define
(全称（以下简称“简称”）). A draft that
writes one of them another way the library never uses gets a 建议 with an example from the library:
a character or two dropped or added (市外事办 for 市外办, 境外展商 for 境外参展商, 中欧班列 for 中欧（中亚）班列; a noun
added inside a name: 港口城市合作论坛 for 港口合作论坛),
or at five characters and more one character changed: of the same sound or shape (茶业博览会 for 茶叶博览会), or
any in a place's name (罗托鲁阿市 for 罗托鲁瓦市: another transliteration)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from assistant.check.proofread.canonical import canonical_writings
from assistant.check.proofread.model import Level, Proof, Rule
from assistant.check.proofread.similar import similar
from assistant.check.proofread.words import boundaries
from ingest.nlp.aliases import aliases_in

log = logging.getLogger(__name__)
CJK = "\u4e00-\u9fff"
TERM_CHARS = re.compile(rf"[{CJK}（）]+")
SHORTEST, LONGEST = 3, 10  # the lengths of the terms learned
MIN_USES = 4  # a term written this often (in two documents at least) is a norm
MAX_LEARNED_CHARS = 400_000  # a larger library is learned from its first passages this long (~5 s, ~200 MB)
FUNCTION_CHARS = set("的了和与在是对为及等并从将把被于以其之而或也都就要")
BASIS = "本馆此前公文的写法"
PLACE_ENDS = set("市县郡州省区府")  # a place's name: a transliteration differs in any character (罗托鲁阿市)
CJK_DIGITS = set("〇零一二三四五六七八九十百千万两")


@dataclass(frozen=True)
class Example:
    title: str
    quote: str


@dataclass
class HouseUsage:
    """The library's norms with how often each is written, an example each, and the library's text as learned (to
    tell whether a draft's variant is ever written there; at most MAX_LEARNED_CHARS and a passage)."""

    norms: dict[str, int] = field(default_factory=dict)
    ngrams: dict[str, int] = field(default_factory=dict)  # 3- and 4-character strings written at least twice
    examples: dict[str, Example] = field(default_factory=dict)
    text: str = ""
    _by_ends: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def learn(cls, documents: Iterable[tuple[str, str]]) -> HouseUsage:
        """From (title, text) of each stored passage or document."""
        counts: Counter[str] = Counter()
        in_docs: Counter[str] = Counter()
        where: dict[str, str] = {}
        parts: list[str] = []
        learned = 0
        for title, text in documents:
            if learned > MAX_LEARNED_CHARS:
                continue
            parts.append(text)
            learned += len(text)
            terms = [run[i:i + size] for run in TERM_CHARS.findall(text) for size in range(SHORTEST, LONGEST + 2)
                     for i in range(len(run) - size + 1)]
            counts.update(terms)
            seen = set(terms)
            for term in seen:
                in_docs[term] += 1
                where.setdefault(term, title)
            for long, short in aliases_in(text):
                for name in (long, short):
                    where.setdefault(name, title)
                    in_docs[name] += 2  # a defined name is a norm from one document
        if learned > MAX_LEARNED_CHARS:
            log.info("house usage learned from the first %d characters of the library", learned)
        left: Counter[str] = Counter()  # the most frequent one-character extension of each term, on each side
        right: Counter[str] = Counter()
        for term, count in counts.items():
            if len(term) > SHORTEST:
                left[term[1:]] = max(left[term[1:]], count)
                right[term[:-1]] = max(right[term[:-1]], count)
        usage = cls(text="\n".join(parts))
        usage.ngrams = {term: count for term, count in counts.items() if len(term) <= 4 and count >= 2}
        for term, count in counts.items():
            if (len(term) <= LONGEST and count >= MIN_USES and in_docs[term] >= 2
                    and (count > left[term] or count > right[term])
                    and term[0] not in FUNCTION_CHARS and term[-1] not in FUNCTION_CHARS):
                usage.norms[term] = count
        for term in list(usage.norms):
            at = usage.text.find(term)
            low = max(0, at - 12)
            cuts = boundaries(usage.text[low:at + len(term) + 12])
            if at - low not in cuts or at - low + len(term) not in cuts:
                del usage.norms[term]  # a piece of words (市友好 of 市|友好), not a term
                continue
            usage.examples[term] = Example(where.get(term, ""),
                                           usage.text[max(0, at - 16):at + len(term) + 16].replace("\n", ""))
            usage._by_ends.setdefault((term[0], term[-1]), []).append(term)
        return usage

    def alike(self, written: str) -> list[str]:
        return self._by_ends.get((written[0], written[-1]), [])


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


BRACKETED = re.compile(r"（[^（）]{1,6}）")


NUMERALS = set("〇零一二三四五六七八九十百千万两0123456789")
# characters whose presence or change makes another statement, not another spelling of the same term
MEANINGFUL = NUMERALS | set("的之与和及或为仅共均已都全各本该此其级度年月日"
                            "市区县州省镇乡村内外上下前后新老大小多少正副")


def _dropped(short: str, long: str) -> list[int]:
    """Where the characters of `long` that `short` lacks stand (short in long in order, matched from the left)."""
    out, j = [], 0
    for i, ch in enumerate(long):
        if j < len(short) and ch == short[j]:
            j += 1
        else:
            out.append(i)
    return out


NAME_ENDS = set("会节坛件业家列织心地园港馆赛营展周奖目划程制台办局委厅处室团组商员站点区市县镇村校院所社司行班队")
PHRASE_CHARS = set("的和与及或在对为把被将从向于以")


def name_like(term: str) -> bool:
    """A name (市外办, 茶叶博览会, 中欧（中亚）班列), not a phrase (年初工作, 贯彻落实党): the kind of term a house
    usage is about."""
    return term[-1] in NAME_ENDS and not PHRASE_CHARS & set(term)


def _balanced(term: str) -> bool:
    return term.count("（") == term.count("）") and term[0] not in "（）" and term[-1] not in "（）"


@cache
def _noun(word: str) -> bool:
    """A word that names (城市, 文化, 海洋), not one that tells what happened (暂停, 恢复, 签署)."""
    from jieba import posseg

    flags = [pair.flag for pair in posseg.lcut(word, HMM=False)]
    return len(flags) == 1 and flags[0].startswith("n")


def variant_of(written: str, norm: str) -> bool:
    """The same term written otherwise (see the module's docstring); not a term with a word or a number added
    (服务侨资企业 is not 服务企业 written otherwise, 十八大 is not 十九大)."""
    if written == norm or written[0] != norm[0] or written[-1] != norm[-1] or not name_like(norm):
        return False
    short, long = sorted((written, norm), key=len)
    if len(short) >= SHORTEST and BRACKETED.sub("", long) == short:
        return True  # 中欧班列 / 中欧（中亚）班列
    if len(long) - len(short) == 1 and len(short) >= SHORTEST and _in_order(short, long):
        gone = _dropped(short, long)
        cuts = boundaries(long)
        one_char_word = gone[0] in cuts and gone[0] + 1 in cuts  # a word added (市级领导), not a spelling
        return long[gone[0]] not in MEANINGFUL and not one_char_word
    if len(long) - len(short) == 2 and len(short) >= 5 and _in_order(short, long):
        gone = _dropped(short, long)
        return (gone[1] == gone[0] + 1 and gone[0] >= 2 and len(long) - gone[1] > 3
                and not FUNCTION_CHARS & {long[i] for i in gone} and _noun(long[gone[0]:gone[1] + 1])
                and short not in canonical_writings())  # 港口（城市）合作论坛; not 友好城市 for 友好交流城市
    if len(written) == len(norm) >= 5:
        changed = [i for i, (a, b) in enumerate(zip(written, norm, strict=True)) if a != b]
        if len(changed) != 1 or written[changed[0]] in MEANINGFUL or norm[changed[0]] in MEANINGFUL:
            return False
        place = norm[-1] in PLACE_ENDS and not CJK_DIGITS & {written[changed[0]], norm[changed[0]]}
        return place or norm[changed[0]] in similar(written[changed[0]])  # 茶业/茶叶, 罗托鲁阿市/罗托鲁瓦市
    return len(written) == len(norm) >= 4 and sorted(written) == sorted(norm)  # 边境会谈会晤 / 边境会晤会谈


def abbreviation_of(written: str, norm: str) -> bool:
    """A short name the library never uses for a name it writes in full (茶博会 for 茶叶博览会, 领保案件 for
    领事保护案件, 江博会 for 江胥国际博览会): the same first and last character, the rest in order."""
    if not (len(written) >= SHORTEST and len(norm) - len(written) >= 2 and len(norm) <= 3 * len(written)
            and written[0] == norm[0] and written[-1] == norm[-1] and name_like(norm) and _in_order(written, norm)):
        return False
    cuts = sorted(boundaries(written))
    return any(b - a == 1 for a, b in pairwise(cuts))  # 茶|博|会, not 我市|企业


def house_findings(text: str, usage: HouseUsage | None) -> Iterator[Proof]:
    if usage is None or not usage.norms:
        return
    found: list[tuple[int, int, str]] = []
    cuts = boundaries(text)
    for run in TERM_CHARS.finditer(text):
        chars = run.group()
        for i in range(len(chars)):
            for size in range(SHORTEST, min(LONGEST + 4, len(chars) - i) + 1):
                written = chars[i:i + size]
                if run.start() + i not in cuts or run.start() + i + size not in cuts or not _balanced(written):
                    continue
                for norm in usage.alike(written):
                    if (variant_of(written, norm) or abbreviation_of(written, norm)) and written not in usage.text:
                        found.append((run.start() + i, run.start() + i + size, norm))
    shown_end = -1
    for start, end, norm in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if start < shown_end:
            continue  # the longest variant at a place, once
        shown_end = end
        written = text[start:end]
        example = usage.examples.get(norm)
        quoted = f"，如《{example.title}》：“…{example.quote}…”" if example and example.title else ""
        yield Proof(Rule.HOUSE, Level.SHOULD, written, norm, start, end,
                    f"本馆此前公文写作“{norm}”（{usage.norms[norm]}处），未见“{written}”{quoted}", BASIS)

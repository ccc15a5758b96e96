"""Sentence alignment: a draft sentence against the earlier sentences that say nearly the same thing.

What a careful reviewer does with a copied and edited sentence: find the earlier sentence it was made
from, lay the two side by side, and read every difference. A difference that is a figure, a year, a
date, an ordinal, a place, an organisation or a person, or two names swapped, is a changed fact; a
difference of wording is not. The earlier sentence is about the same period when both state the same
year, or neither states one and both documents are of the same year: last year's sentence reused with
this year's figures is a new statement, not a changed one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR_DIGITS, time_of
from ingest.nlp.names import (
    GRAMMAR_CHARS,
    NOT_A_CITY,
    ORG_ENDINGS,
    ORG_SUFFIXES,
    countries,
    find_names,
    people_with_posts,
)
from ingest.nlp.numbers import to_number
from ingest.nlp.sentences import split_sentences

NEAR = 0.75  # likeness of an earlier sentence worth aligning with
MOST_CANDIDATES = 12
MIN_CHARS = 8
COMMON_GRAM = 3000  # a bigram in more sentences than this does not pick candidates
NUMERAL = "0123456789.%零〇一二两三四五六七八九十百千万亿"
CHINESE_NUMERAL = "零〇一二两三四五六七八九十百千"
PLACE_END = "市州省县区国郡府道镇村岛"
ENUMERATION = re.compile(r"^[一二三四五六七八九十]+$")
FIGURES = re.compile(r"\d+(?:\.\d+)?")
PUNCTUATION = re.compile(r"[，。；：、（）“”《》！？\s·—-]")


@dataclass(frozen=True)
class Earlier:
    """A sentence of an earlier report, with what its citation needs."""

    text: str
    doc_id: str
    title: str
    year: int | None
    section: str


@dataclass(frozen=True)
class Difference:
    kind: str  # figure | year | date | ordinal | name | swap
    draft: tuple[int, int]  # offsets in the draft sentence
    earlier: tuple[int, int]  # offsets in the earlier sentence
    draft_text: str
    earlier_text: str

    def as_json(self) -> dict:
        return {"kind": self.kind, "draft": self.draft_text, "draft_span": list(self.draft),
                "earlier": self.earlier_text, "earlier_span": list(self.earlier)}


@dataclass(frozen=True)
class Alignment:
    """The draft sentence laid beside one earlier sentence; `differences` are the changed facts."""

    earlier: Earlier
    likeness: float
    differences: tuple[Difference, ...]


def _shape(sentence: str) -> str:
    """The sentence without punctuation, every digit run one mark: last year's sentence with other
    figures has the same shape."""
    return PUNCTUATION.sub("", FIGURES.sub("#", canonical(sentence)))


def _grams(shape: str) -> set[str]:
    return {shape[i:i + 2] for i in range(len(shape) - 1)}


class SentenceIndex:
    """Every sentence of the earlier reports, found by the character pairs it shares with a draft's."""

    def __init__(self, chunks: list[Chunk]) -> None:
        seen: dict[tuple[str, str], Earlier] = {}
        for chunk in chunks:
            for sentence in split_sentences(chunk.text):
                if len(sentence) >= MIN_CHARS:
                    seen.setdefault((chunk.doc_id, sentence),
                                    Earlier(sentence, chunk.doc_id, chunk.title, chunk.year, chunk.section))
        self.sentences = list(seen.values())
        self.grams = [_grams(_shape(s.text)) for s in self.sentences]
        postings: dict[str, list[int]] = {}
        for i, grams in enumerate(self.grams):
            for gram in grams:
                postings.setdefault(gram, []).append(i)
        self.postings = {g: p for g, p in postings.items() if len(p) <= COMMON_GRAM}

    def near(self, sentence: str, least: float = NEAR, most: int = MOST_CANDIDATES) -> list[tuple[float, Earlier]]:
        """Earlier sentences at least `least` alike (Dice of shape bigrams), most alike first."""
        grams = _grams(_shape(sentence))
        if not grams:
            return []
        shared: Counter[int] = Counter()
        for gram in grams:
            shared.update(self.postings.get(gram, ()))
        # Dice >= least needs at least least * (|a| + |b|) / 2 shared pairs, so at least least * |a| / 2
        floor = least * len(grams) / 2
        found = []
        for i, n in shared.items():
            if n >= floor and (dice := 2 * len(grams & self.grams[i]) / (len(grams) + len(self.grams[i]))) >= least:
                found.append((dice, self.sentences[i]))
        found.sort(key=lambda x: -x[0])
        return found[:most]


_INDEX: dict[tuple[str, ...], SentenceIndex] = {}


def sentence_index(chunks: list[Chunk]) -> SentenceIndex:
    """One index per set of chunks (a check of many drafts against one library builds it once)."""
    key = tuple(c.chunk_id for c in chunks)
    if key not in _INDEX:
        _INDEX.clear()
        _INDEX[key] = SentenceIndex(chunks)
    return _INDEX[key]


# 1．10月27日 / 2.5月 / （三） at a sentence's start: a list marker, not part of a figure or a date
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.．、](?!\d+(?:\.\d+)?[^月\d])|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                         r"|[一二三四五六七八九十]{1,3}[、是])")
MERGE_GAP = 2  # changed stretches this close are one changed name (省外办 / 外交部 share only 外)


def masked(sentence: str) -> str:
    """The canonical spelling with a leading list marker blanked out (same length, offsets kept)."""
    text = canonical(sentence)
    marker = LIST_MARKER.match(text)
    return "§" * marker.end() + text[marker.end():] if marker else text


def differences(draft: str, earlier: str) -> tuple[Difference, ...]:
    """The changed facts between two near-identical sentences (offsets in each as written)."""
    a, b = masked(draft), masked(earlier)
    regions = [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in
               SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal"]
    names_a, names_b = names_in(a), names_in(b)
    found = _swaps(a, b, names_a) or _swapped_regions(a, b, regions) or _role_changes(a, b, names_a, names_b)
    for i1, i2, j1, j2 in regions:
        if not any(_overlaps((i1, i2), d.draft) for d in found) and \
                (number := _number_difference(a, b, i1, i2, j1, j2)):
            found.append(number)
    for i1, i2, j1, j2 in _merged(regions):
        if not any(_overlaps((i1, i2), d.draft) for d in found) and \
                (name := _name_difference(a, b, i1, i2, j1, j2, names_a, names_b)):
            found.append(name)
    return tuple(sorted(found, key=lambda d: d.draft))


def _merged(regions: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    out: list[tuple[int, int, int, int]] = []
    for i1, i2, j1, j2 in regions:
        if out and i1 - out[-1][1] <= MERGE_GAP and j1 - out[-1][3] <= MERGE_GAP:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
    return out


def _overlaps(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _widen(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    while start > 0 and text[start - 1] in chars:
        start -= 1
    while end < len(text) and text[end] in chars:
        end += 1
    return start, end


def _number_difference(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> Difference | None:
    """A numeral run changed: 1678 -> 1578, 第五届 -> 第六届, 2013年 -> 2012年, 两个 -> 三个."""
    if first := _first_or_ordinal(a, b, i1, i2, j1, j2):
        return first
    if not any(c in NUMERAL for c in a[i1:i2] + b[j1:j2]):
        return None
    x, y = _widen(a, i1, i2, NUMERAL), _widen(b, j1, j2, NUMERAL)
    da, db = a[x[0]:x[1]], b[y[0]:y[1]]
    if not da or not db or da == db:
        return None
    va, vb = _value(da), _value(db)
    if va is None or vb is None or va == vb:
        return None
    kind = _number_kind(a, x) or _number_kind(b, y)
    if kind == "enumeration":
        return None
    if kind == "figure" and _stated_elsewhere(va, b, y) and _stated_elsewhere(vb, a, x):
        return None  # the same figures in another order: reworded, not changed
    if kind == "ordinal":
        x, y = (x[0] - 1, x[1]), (y[0] - 1, y[1])  # with its 第
    x, y = _with_unit(a, x), _with_unit(b, y)
    return Difference(kind, x, y, a[x[0]:x[1]], b[y[0]:y[1]])


UNIT = "个批项次名家所条位届艘件人年月日元台场篇份期轮"


def _with_unit(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The figure with its measure word, as a reader names it (6个, 第五届, 2013年)."""
    return (span[0], span[1] + 1) if text[span[1]:span[1] + 1] and text[span[1]] in UNIT else span


FIRST_OR_NTH = re.compile(r"^(?:首|第([一二三四五六七八九十百\d]+))$")


def _first_or_ordinal(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> Difference | None:
    """首次 / 第二次: 首 is the first of a series."""
    x, y = a[i1:i2], b[j1:j2]
    if "首" not in (x, y) or x == y or not (FIRST_OR_NTH.match(x) and FIRST_OR_NTH.match(y)) or \
            {x, y} & {"第一", "第1"}:
        return None  # 首届 is 第一届
    if not re.match(r"[届次批个期轮]", a[i2:i2 + 1]):
        return None
    return Difference("ordinal", (i1, i2), (j1, j2), x, y)


def _value(text: str) -> float | None:
    scale = 1.0
    body = text.rstrip("%")
    if body.endswith("亿"):
        body, scale = body[:-1], 1e8
    elif body.endswith("万"):
        body, scale = body[:-1], 1e4
    if not body:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", body):
        return float(body) * scale
    if all(c in CHINESE_NUMERAL + "万亿" for c in body):
        value = to_number(body)
        return None if value is None else value * scale
    return None


def _number_kind(text: str, span: tuple[int, int]) -> str:
    before, after = text[max(0, span[0] - 1):span[0]], text[span[1]:span[1] + 1]
    digits = text[span[0]:span[1]]
    if before == "第" or (after in ("是", "、") and ENUMERATION.fullmatch(digits)) or \
            (before == "（" and after == "）"):
        return "ordinal" if before == "第" else "enumeration"
    if re.fullmatch(YEAR_DIGITS, digits) and after == "年":
        return "year"
    if after in ("月", "日") or before == "月":
        return "date"
    return "figure"


def _stated_elsewhere(value: float, text: str, span: tuple[int, int]) -> bool:
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        if not _overlaps((m.start(), m.end()), span) and float(m.group()) == value:
            return True
    return False


NAME_KINDS = ("country", "place", "org", "person")


@lru_cache(maxsize=50_000)
def names_in(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Names in a sentence with where they stand: countries, places, organisations, people (an earlier
    sentence is read once per process; do not change the list returned)."""
    found = [n.text for n in find_names(text)] + [n.text for n in people_with_posts(text)]
    spans = []
    for name in dict.fromkeys(found):
        spans += [(name, (m.start(), m.end())) for m in re.finditer(re.escape(name), text)]
    return spans


def _name_difference(a: str, b: str, i1: int, i2: int, j1: int, j2: int,
                     names_a: list[tuple[str, tuple[int, int]]],
                     names_b: list[tuple[str, tuple[int, int]]]) -> Difference | None:
    """A name replaced by another (日本 -> 泰国, 琅勃拉邦市 -> 暹粒市): the changed words are (part of) a
    name on both sides, or both end like a place or an organisation."""
    if i1 == i2 or j1 == j2:
        return None  # a word added or left out: wording, not a changed fact
    in_a = [(n, s) for n, s in names_a if _overlaps(s, (i1, i2))]
    in_b = [(n, s) for n, s in names_b if _overlaps(s, (j1, j2))]
    if in_a and in_b:
        x = (min(i1, *(s[0] for _, s in in_a)), max(i2, *(s[1] for _, s in in_a)))
        y = (min(j1, *(s[0] for _, s in in_b)), max(j2, *(s[1] for _, s in in_b)))
    else:
        x, y = _word_around(a, i1, i2), _word_around(b, j1, j2)
        if not (_ends_like_name(a, x) and _ends_like_name(b, y)):
            return None
    da, db = a[x[0]:x[1]], b[y[0]:y[1]]
    if da == db or (da in b and db in a) or da in db or db in da or sorted(da) == sorted(db):
        return None  # moved, reordered (德国、法国 / 法国、德国) or shortened, not replaced
    return Difference("name", x, y, da, db)


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The changed characters up to a place or organisation ending right after them (暹粒 + 市)."""
    for suffix in sorted(ORG_SUFFIXES, key=len, reverse=True):
        if text.startswith(suffix, end):
            return start, end + len(suffix)
    if end < len(text) and text[end] in PLACE_END:
        return start, end + 1
    return start, end


def _ends_like_name(text: str, span: tuple[int, int]) -> bool:
    word = text[span[0]:span[1]]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", word) or GRAMMAR_CHARS & set(word[:-1]):
        return False  # 到市: words, not names
    if word in countries() or word.endswith(ORG_SUFFIXES) or word[-1] in ORG_ENDINGS:
        return True
    return word[-1] in PLACE_END and not NOT_A_CITY.search(word[:-1])  # 我市 / 全市: no place


SWAP_CHARS = 24


def _listed(between: str) -> bool:
    """A、B / A和B市: what stands between two names is list punctuation, not words that give them roles."""
    return len(re.sub(rf"[^\u4e00-\u9fff]|[{PLACE_END}和及与、]", "", between)) < 2


def _swaps(a: str, b: str, names: list[tuple[str, tuple[int, int]]]) -> list[Difference]:
    """Two names in each other's places (甲校与A结好、乙校与B结好): exchanging two stretches that start with
    a name gives the earlier sentence. Two members of one list (A、B) in another order are no swap."""
    if a == b or len(a) != len(b):
        return []
    starts = sorted({s[0] for _, s in names})
    for k, x0 in enumerate(starts):
        if a[:x0] != b[:x0]:
            break
        for y0 in starts[k + 1:]:
            for x1 in range(x0 + 1, min(y0, x0 + SWAP_CHARS) + 1):
                if _listed(a[x1:y0]) or not b.startswith(a[y0:y0 + 1], x0):
                    continue
                for y1 in range(y0 + 1, min(len(a), y0 + SWAP_CHARS) + 1):
                    if a[x0:x1] != a[y0:y1] and a[:x0] + a[y0:y1] + a[x1:y0] + a[x0:x1] + a[y1:] == b:
                        return [Difference("swap", (x0, x1), (x0, x0 + y1 - y0), a[x0:x1], a[y0:y1])]
    return []


ROLES = re.compile(r"牵头|主办|承办|协办|配合|参加|参与|负责|指导|支持|主持|出席")
HOLDER = re.compile(r"[^、，,；;。由在和与及]{2,12}$")


def _role_changes(a: str, b: str, names_a: list[tuple[str, tuple[int, int]]],
                  names_b: list[tuple[str, tuple[int, int]]]) -> list[Difference]:
    """A role given to another body (市外办牵头 -> 市公安局牵头): the name right before a role word that
    both sentences use once."""
    found = []
    for role in {m.group() for m in ROLES.finditer(a)}:
        if a.count(role) != 1 or b.count(role) != 1:
            continue
        x_end, y_end = a.index(role), b.index(role)
        mx, my = HOLDER.search(a[:x_end]), HOLDER.search(b[:y_end])
        if not (mx and my) or mx.group() == my.group():
            continue
        shared = _body_start(mx.group(), my.group())  # 成立市卫健委 / 成立市外办: 市卫健委 / 市外办
        x = next((s for _, s in names_a if s[1] == x_end), (mx.start() + shared, x_end))
        y = next((s for _, s in names_b if s[1] == y_end), (my.start() + shared, y_end))
        if _ends_like_name(a, x) and _ends_like_name(b, y):
            found.append(Difference("name", x, y, a[x[0]:x[1]], b[y[0]:y[1]]))
    return found


def _body_start(x: str, y: str) -> int:
    """Where two role holders start to differ, moved back to the 市/省/区/县 they share (the words before
    the two names are the sentence's, not theirs)."""
    common = 0
    while common < min(len(x), len(y)) - 1 and x[common] == y[common]:
        common += 1
    level = max((i for i in range(common) if x[i] in "市省区县州"), default=None)
    return common if level is None else level


def _swapped_regions(a: str, b: str, regions: list[tuple[int, int, int, int]]) -> list[Difference]:
    """Two changed stretches that are each other's words (由市外办牵头、市商务局配合 / 由市商务局牵头、市外办配合)."""
    for k, (i1, i2, j1, j2) in enumerate(regions):
        for m1, m2, n1, n2 in regions[k + 1:]:
            if i1 < i2 and m1 < m2 and a[i1:i2] == b[n1:n2] and a[m1:m2] == b[j1:j2] and \
                    a[i1:i2] != a[m1:m2] and not _listed(a[i2:m1]):
                return [Difference("swap", (i1, i2), (j1, j2), a[i1:i2], b[j1:j2])]
    return []


def period(sentence: str, year: int | None) -> tuple[int, ...] | None:
    """The year(s) a sentence's time expression names, else its document's year (None: unknown)."""
    said = tuple(int(y) for y in re.findall(YEAR_DIGITS, time_of(canonical(sentence))))
    return said or ((year,) if year else None)


def align(sentence: str, year: int | None, index: SentenceIndex) -> tuple[list[Alignment], Earlier | None]:
    """The alignments whose differences are changed facts of the same statement (the fewest first), or the
    earlier sentence of the same period that states it with no difference at all (it supports the draft's)."""
    same_period: list[Alignment] = []
    for likeness, earlier in index.near(sentence):
        found = differences(sentence, earlier.text)
        if not found:
            if _names_added(sentence, earlier.text):
                continue  # 推动沙南港与丹麦海防港…: a name the earlier sentence does not hold is no support
            if period(sentence, year) == period(earlier.text, earlier.year):
                return [], earlier
            if not _has_figures(sentence):
                return [], None  # a figure-free sentence said again in another year: nothing changed in it
            continue
        if _same_statement(sentence, year, earlier, found):
            same_period.append(Alignment(earlier, likeness, found))
    same_period.sort(key=lambda al: (len(al.differences), -al.likeness))
    return same_period, None


COUNTED = re.compile(
    r"\d+(?:\.\d+)?|第[一二三四五六七八九十百]+"
    r"|[一二两三四五六七八九十百千万]+(?=[个批项次名家所条位届艘件人])"
)


def _names_added(draft: str, earlier: str) -> bool:
    """The draft names a country, place, organisation or person the earlier sentence does not."""
    held = canonical(earlier)
    return any(name not in held for name, _ in names_in(masked(draft)))


def _year(text: str) -> int:
    return int(text.rstrip("年"))


def _figures(sentence: str) -> int:
    """How many figures, counts in Chinese numerals and ordinals a sentence states."""
    return len(COUNTED.findall(masked(sentence)))


def _has_figures(sentence: str) -> bool:
    return _figures(sentence) > 0


def _same_statement(sentence: str, year: int | None, earlier: Earlier, found: tuple[Difference, ...]) -> bool:
    """Is the draft sentence the earlier one restated (so a difference is a changed fact)?"""
    years = [d for d in found if d.kind == "year"]
    numbers = [d for d in found if d.kind in ("figure", "date", "ordinal")]
    if len(numbers) > max(1, _figures(sentence) // 2):
        return False  # most of its figures other: another statement of the same shape (another body, period)
    if years:
        if len(years) < len(found):
            return False  # another year with other figures: a new statement
        # 2024年，市外办…  reused as 2025年，市外办… in the 2025 report: the report's own year, moved on
        return not all(_year(d.earlier_text) == earlier.year and _year(d.draft_text) == year for d in years)
    mine, theirs = period(sentence, year), period(earlier.text, earlier.year)
    return mine is not None and mine == theirs

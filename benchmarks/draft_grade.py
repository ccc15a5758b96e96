"""An independent grader for drafts (issue 22). It reads a draft with jieba's part-of-speech tags and
plain regular expressions, not with the drafter's `ingest.nlp`, and counts:

- specific claims shown unmarked and supported by nothing: a name (place, person, organisation, other
  proper noun), a rarer noun (one that fewer than `GENERIC_SHARE` of the library's documents use: an
  event, a programme, an activity), a quoted term or a number, found in neither the heading, the points,
  the draft's year nor the passages the draft was given, and not followed by 【待核实】 in its sentence;
- placeholders left in the text (XX, ×, 某, ……);
- length against the length asked for; the writer's numbers kept;
- the share of sentences copied from the library (most of their characters in 10-character runs found
  verbatim in one earlier report).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

MARK = re.compile(r"【[^【】]*】")
PENDING = "【待核实】"
CITATION = re.compile(r"\[\d+(?:[,，、]\d+)*\]")
SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
DIGITS = re.compile(r"\d+(?:\.\d+)?")
QUOTED = re.compile(r"[“《]([^”》]{2,30})[”》]")
PLACEHOLDER = re.compile(r"[XＸxｘ]{2,}|×|某(?![些种])|……|\.\.\.")
NAME_FLAGS = frozenset({"ns", "nr", "nt", "nrt", "nrfg"})
NOUN_FLAGS = frozenset({"n", "vn", "nz", "ns", "nr", "nt", "nrt", "nrfg", "nx"})
GENERIC_SHARE = 0.3
# what names an event, an activity, a programme or a body when it ends a noun or follows one (the
# grader's own list: 会 of 博览会/研讨会, 节 of 文化节, 展 of 农博展 ...)
EVENT_WORDS = ("会", "节", "展", "赛", "班", "周", "活动", "论坛", "峰会", "项目", "计划", "倡议", "工程", "行动",
               "协议", "备忘录", "合作", "交流", "中心", "基地", "平台", "联盟", "协会", "商会", "会议")
SHINGLE = 10
COPIED = 0.7
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


@dataclass(frozen=True)
class Claim:
    text: str
    kind: str  # number | name | quoted | event (the specific claims) | noun (another rare noun, counted apart)
    sentence: str


SPECIFIC = ("number", "name", "quoted", "event")


@dataclass(frozen=True)
class Grade:
    unsupported: tuple[Claim, ...]  # shown unmarked and supported by nothing (rare nouns included)
    marked: int  # specific claims followed by 【待核实】
    placeholders: tuple[str, ...]
    length: int  # characters of the body, marks and citations left out
    asked: int
    kept: float  # share of the writer's numbers found in the draft
    copied: float  # share of the body's sentences copied from an earlier report
    sentences: int

    @property
    def specific(self) -> list[Claim]:
        """Unsupported specific claims: numbers, names, quoted terms, events and activities."""
        return [c for c in self.unsupported if c.kind in SPECIFIC]

    @property
    def length_ratio(self) -> float:
        return self.length / self.asked if self.asked else 0.0

    @property
    def length_ok(self) -> bool:
        return abs(self.length_ratio - 1) <= 0.3


@cache
def _posseg():  # jieba's module, loaded once
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


def nouns(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in _posseg().cut(text) if w.flag in NOUN_FLAGS and len(w.word) >= 2]


def plain(text: str) -> str:
    return CITATION.sub("", MARK.sub("", text)).translate(FULL_WIDTH)


class Library:
    """The earlier reports as the grader sees them (raw texts by name): their nouns' document frequency
    and 10-character runs (for copied sentences)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.names = list(texts)
        self.texts = [plain(t) for t in texts.values()]
        counts: dict[str, int] = {}
        for text in self.texts:
            for word in {w for w, _ in nouns(text)}:
                counts[word] = counts.get(word, 0) + 1
        floor = GENERIC_SHARE * max(1, len(self.texts))
        self.generic = frozenset(w for w, n in counts.items() if n >= floor)
        self.shingles: dict[str, int] = {}  # a run -> the one text holding it, or -1 for several
        for i, text in enumerate(self.texts):
            for run in {text[j : j + SHINGLE] for j in range(len(text) - SHINGLE + 1)}:
                self.shingles[run] = i if self.shingles.get(run, i) == i else -1

    def copied(self, sentence: str, own: str = "", skip: str = "") -> bool:
        """Are most of the sentence's characters in runs an earlier report holds (not the held-out
        report `skip`, and not runs of the writer's own words `own`)?"""
        text = re.sub(r"\s", "", sentence).rstrip("。！？；，")
        if len(text) < SHINGLE + 2:
            return False
        skipped = self.names.index(skip) if skip in self.names else None
        covered = [False] * len(text)
        for i in range(len(text) - SHINGLE + 1):
            run = text[i : i + SHINGLE]
            holder = self.shingles.get(run)
            if holder is not None and holder != skipped and run not in own:
                covered[i : i + SHINGLE] = [True] * SHINGLE
        return sum(covered) >= COPIED * len(text)


def claims(sentence: str, library: Library) -> list[tuple[Claim, int]]:
    """(claim, its end in the sentence) for every specific claim of a sentence (marks blanked out)."""
    blank = MARK.sub(lambda m: " " * len(m.group()), sentence).translate(FULL_WIDTH)
    blank = CITATION.sub(lambda m: " " * len(m.group()), blank)
    found: list[tuple[Claim, int]] = []
    for m in DIGITS.finditer(blank):
        found.append((Claim(m.group(), "number", sentence), m.end()))
    for m in QUOTED.finditer(blank):
        found.append((Claim(m.group(1), "quoted", sentence), m.end()))
    tokens, position = [], 0
    for w in _posseg().cut(blank):
        tokens.append((w.word, w.flag, position))
        position += len(w.word)
    for i, (word, flag, start) in enumerate(tokens):
        if flag not in NOUN_FLAGS or len(word) < 2:
            continue
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if after in EVENT_WORDS and word not in library.generic:  # 文化 活动, 旅游 合作
            found.append((Claim(word + after, "event", sentence), start + len(word) + len(after)))
        elif word in library.generic:
            continue
        elif flag in NAME_FLAGS:
            found.append((Claim(word, "name", sentence), start + len(word)))
        elif word.endswith(EVENT_WORDS) and len(word) >= 3:  # 博览会, 文化节; not 环节, 进展
            found.append((Claim(word, "event", sentence), start + len(word)))
        else:
            found.append((Claim(word, "noun", sentence), start + len(word)))
    return found


def supported(claim: Claim, support: str) -> bool:
    if claim.kind == "number":
        return claim.text in set(DIGITS.findall(support))
    return claim.text in support


def body_of(draft: str, heading: str) -> str:
    lines = draft.strip().splitlines()
    if lines and heading and lines[0].strip() == heading.strip():
        lines = lines[1:]
    return "\n".join(lines)


def grade(draft: str, heading: str, points: Iterable[str], passages: Iterable[str], asked: int,
          library: Library, year: int | None = None, skip: str = "") -> Grade:
    points = list(points)
    support = plain("\n".join((heading, *points, *passages, f"{year}年" if year else "")))
    body = body_of(draft, heading)
    unsupported: list[Claim] = []
    marked = 0
    sentences = [m.group() for m in SENTENCE.finditer(body) if m.group().strip()]
    for sentence in sentences:
        for claim, end in claims(sentence, library):
            if supported(claim, support):
                continue
            if PENDING in sentence[end:]:
                marked += 1
            elif claim.text not in {c.text for c in unsupported}:
                unsupported.append(claim)
    text = plain(body)
    wanted = set(DIGITS.findall(plain("\n".join(points))))
    kept = len(wanted & set(DIGITS.findall(text))) / len(wanted) if wanted else 1.0
    prose = [plain(s) for s in sentences if len(plain(s).strip()) >= 6]
    own = plain("\n".join((heading, *points)))
    copied = sum(library.copied(s, own, skip) for s in prose) / len(prose) if prose else 0.0
    length = len(re.sub(r"[\s，。；：、！？“”《》（）]", "", text))
    return Grade(tuple(unsupported), marked, tuple(PLACEHOLDER.findall(text)), length, asked, kept, copied,
                 len(sentences))

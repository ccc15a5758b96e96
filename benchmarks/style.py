"""Style measures of a draft against the library: sentence length, the library's own frequent
verbs, the 一是……二是…… pattern, and overlap with a held-out original (ROUGE-L on characters)."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

import jieba.posseg as posseg

from ingest.nlp.sentences import split_sentences

MARKS = re.compile(r"【[^【】]*】")
ENUMERATED = re.compile(r"[一二三四五六七八九十]+是|^（[一二三四五六七八九十]+）", re.MULTILINE)
NOT_CONTENT = set("，。；：、！？“”（）《》 \n")


@dataclass(frozen=True)
class HouseStyle:
    """What the library's sentences are like: their usual length range and their most used verbs."""

    verbs: frozenset[str]
    mean_length: float
    low: float  # 10th percentile of sentence length
    high: float  # 90th percentile


@dataclass(frozen=True)
class StyleScore:
    sentences: int
    in_style: float  # share of sentences of usual length that use a house verb
    mean_length: float
    enumerated: bool


def sentences_of(text: str) -> list[str]:
    return [s for line in MARKS.sub("", text).splitlines() for s in split_sentences(line) if len(s) > 4]


def house_style(texts: list[str], top_verbs: int = 60) -> HouseStyle:
    sentences = [s for t in texts for s in sentences_of(t)]
    verbs = Counter(w.word for s in sentences for w in posseg.lcut(s) if w.flag.startswith("v") and len(w.word) > 1)
    lengths = sorted(len(s) for s in sentences)
    deciles = statistics.quantiles(lengths, n=10) if len(lengths) > 1 else [float(lengths[0] if lengths else 0)] * 9
    return HouseStyle(frozenset(v for v, _ in verbs.most_common(top_verbs)), statistics.fmean(lengths or [0]),
                      deciles[0], deciles[-1])


def style_score(text: str, house: HouseStyle) -> StyleScore:
    sentences = sentences_of(text)
    fitting = [s for s in sentences if house.low <= len(s) <= house.high and any(v in s for v in house.verbs)]
    return StyleScore(len(sentences), len(fitting) / len(sentences) if sentences else 0.0,
                      statistics.fmean(len(s) for s in sentences) if sentences else 0.0,
                      len(ENUMERATED.findall(text)) >= 2)


def content_chars(text: str) -> str:
    return "".join(c for c in MARKS.sub("", text) if c not in NOT_CONTENT)


def rouge_l(candidate: str, reference: str) -> float:
    """F1 of the longest common character subsequence, punctuation and marks ignored."""
    a, b = content_chars(candidate), content_chars(reference)
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0]
        for j, cb in enumerate(b):
            current.append(previous[j] + 1 if ca == cb else max(previous[j + 1], current[j]))
        previous = current
    lcs = previous[-1]
    precision, recall = lcs / len(a), lcs / len(b)
    return 0.0 if lcs == 0 else 2 * precision * recall / (precision + recall)

"""Citations resolved by the program: [n] marks checked against the passages, quotes cut from them."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from assistant.grounding.context import ContextPassage
from ingest.document import Chunk
from ingest.nlp.clean import bigrams
from ingest.nlp.sentences import split_sentences
from vectorstore.hits import Hit

CITATION_MARK = re.compile(r"\[(\d{1,2})\]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Citation:
    n: int
    doc: str
    year: int | None
    section: str
    quote: str
    source: str
    chunk_id: str
    score: float
    chunk_ids: tuple[str, ...] = ()  # every chunk of the passage (neighbours merged into it)

    def as_json(self) -> dict:
        return asdict(self)


def _support(sentence: str, answer: str) -> tuple[int, int]:
    """(figures of the answer found in the sentence, shared character bigrams)."""
    figures = set(NUMBER.findall(answer)) & set(NUMBER.findall(sentence))
    return len(figures), len(bigrams(answer) & bigrams(sentence))


def best_quote(passage: str, answer: str) -> str:
    """The sentence of the passage that best supports the answer."""
    sentences = split_sentences(passage) or [passage]
    return max(sentences, key=lambda sentence: _support(sentence, answer))


def supporting_passages(answer: str, passages: list[str]) -> list[int]:
    """1-based positions of the passages that together cover the answer's figures (greedy)."""
    quotes = [best_quote(p, answer) for p in passages]
    ranked = sorted(range(len(passages)), key=lambda i: _support(quotes[i], answer), reverse=True)
    chosen, covered = [ranked[0]], set(NUMBER.findall(quotes[ranked[0]]))
    wanted = set(NUMBER.findall(answer))
    for i in ranked[1:]:
        new = (wanted - covered) & set(NUMBER.findall(quotes[i]))
        if new:
            chosen.append(i)
            covered |= new
    return [i + 1 for i in chosen]


def cite(n: int, chunk: Chunk, quote: str, score: float = 0.0, chunk_ids: tuple[str, ...] = ()) -> Citation:
    return Citation(n=n, doc=chunk.title, year=chunk.year, section=chunk.section, quote=quote,
                    source=chunk.source, chunk_id=chunk.chunk_id, score=round(score, 4),
                    chunk_ids=chunk_ids or (chunk.chunk_id,))


def resolve_citations(answer: str, passages: list[ContextPassage], also: list[int] = ()) -> list[Citation]:
    """Valid [n] marks and the passages that verified a figure; else the passages that support the
    answer. Quotes are cut from the passages, never taken from the model."""
    marked = [int(n) for n in CITATION_MARK.findall(answer) if 1 <= int(n) <= len(passages)]
    chosen = list(dict.fromkeys([*marked, *also])) or supporting_passages(answer, [p.text for p in passages])
    return [cite(n, p.hit.chunk, best_quote(p.text, answer), p.hit.score, p.hit.ids)
            for n, p in ((n, passages[n - 1]) for n in chosen)]


def closest_passages(hits: list[Hit], question: str, limit: int) -> list[Citation]:
    return [cite(i, h.chunk, best_quote(h.chunk.text, question), h.score, h.ids)
            for i, h in enumerate(hits[:limit], 1)]

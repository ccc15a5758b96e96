"""A compact context: the sentences of the retrieved passages that bear on the question.

On a 2-core CPU every 100 prompt tokens cost ~1 s before the first token, so the model gets the
few best sentences (by the question's weighted terms, the passage's rank and whether a sentence
holds the kind of figure asked for), in their original order, within a character budget.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.grounding.intent import Intent
from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import period_at
from ingest.nlp.quantities import Quantity, quantities
from ingest.nlp.sentences import split_sentences
from ingest.nlp.synonyms import alternatives
from vectorstore.hits import Hit

RANK_BONUS = 0.15  # a passage ranked higher wins a tie between equally matching sentences
ASKED_BONUS = 0.5  # a sentence with the asked kind of figure, in the asked unit


@dataclass(frozen=True)
class ContextPassage:
    """Passage `n` of the prompt: some sentences of one retrieved hit."""

    n: int
    hit: Hit
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(self.sentences)


def matched_weight(text: str, weights: dict[str, float]) -> float:
    """The weight of the terms the text holds, itself or by a synonym (外办: 外事办公室)."""
    text = canonical(text).lower()
    return sum(w for term, w in weights.items() if term in text or any(a in text for a in alternatives(term)))


def admitted(q: Quantity, sentence: str, chunk: Chunk | None, intent: Intent) -> bool:
    """Does the figure hold for the period the question asks about (its year; a result, not a target;
    stated in the report the question names)? Without a chunk nothing is known: admitted."""
    if chunk is None or q.kind not in ("figure", "number"):
        return True
    period = period_at(canonical(sentence), q.start, chunk.year, chunk.heading_path)
    return intent.period.admits(period, chunk.year)


def has_asked_figure(sentence: str, intent: Intent, chunk: Chunk | None = None) -> bool:
    """A figure of the asked kind (and unit) in the sentence, for the asked period when `chunk` is given."""
    found = [q for q in quantities(sentence) if admitted(q, sentence, chunk, intent)]
    if intent.kind == "date":
        return any(q.kind == "date" for q in found)
    if intent.kind == "share":
        return any(q.unit == "%" for q in found)
    if intent.kind == "figure":
        return any(q.kind == "figure" and (not intent.units or q.unit in intent.units) for q in found)
    return False


def sentence_score(sentence: str, rank: int, weights: dict[str, float], intent: Intent,
                   chunk: Chunk | None = None) -> float:
    """0 for a sentence sharing no term with the question: it only costs prompt time."""
    match = matched_weight(sentence, weights) / (sum(weights.values()) or 1.0)
    if match == 0:
        return 0.0
    return match + RANK_BONUS / (rank + 1) + (ASKED_BONUS if has_asked_figure(sentence, intent, chunk) else 0.0)


def compact_context(hits: list[Hit], weights: dict[str, float], intent: Intent, budget: int) -> list[ContextPassage]:
    """The best sentences within `budget` characters (always at least one), grouped by passage."""
    scored = [(sentence_score(s, rank, weights, intent, hit.chunk), rank, i, s)
              for rank, hit in enumerate(hits) for i, s in enumerate(split_sentences(hit.chunk.text))]
    chosen: dict[int, list[tuple[int, str]]] = {}
    used = 0
    for score, rank, i, sentence in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if chosen and (used + len(sentence) > budget or score == 0):
            continue
        chosen.setdefault(rank, []).append((i, sentence))
        used += len(sentence)
    return [ContextPassage(n, hits[rank], tuple(s for _, s in sorted(chosen[rank])))
            for n, rank in enumerate(sorted(chosen), 1)]

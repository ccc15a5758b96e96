"""Ask: retrieve passages, stream the model's answer, and resolve citations from chunk ids."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.llm import LLMUnavailable
from ingest.chunking import split_sentences
from prompts import chat_prompt, read_prompt
from vectorstore.retrieval import Hit

log = logging.getLogger(__name__)
NOT_FOUND = "资料中未找到相关内容。"
CITATION_MARK = re.compile(r"\[(\d{1,2})\]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
MAX_QUESTION_CHARS = 1000
Retriever = Callable[[str, int], list[Hit]]


class QuestionError(ValueError):
    pass


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

    def as_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    found: bool
    citations: list[Citation]

    def as_json(self) -> dict:
        return {"answer": self.text, "found": self.found,
                "citations": [c.as_json() for c in self.citations]}


def format_context(hits: list[Hit]) -> str:
    template = read_prompt("answer.passage")
    return "\n\n".join(
        template.format(n=i, title=h.chunk.title, section=h.chunk.section, text=h.chunk.text)
        for i, h in enumerate(hits, 1)
    )


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _support(sentence: str, answer: str) -> tuple[int, int]:
    """(figures of the answer found in the sentence, shared character bigrams)."""
    figures = set(NUMBER.findall(answer)) & set(NUMBER.findall(sentence))
    return len(figures), len(_bigrams(answer) & _bigrams(sentence))


def best_quote(passage: str, answer: str) -> str:
    """The sentence of the passage that best supports the answer."""
    sentences = split_sentences(passage) or [passage]
    return max(sentences, key=lambda sentence: _support(sentence, answer))


def supporting_passages(answer: str, hits: list[Hit]) -> list[int]:
    """1-based positions of the passages that together cover the answer's figures (greedy)."""
    quotes = [best_quote(h.chunk.text, answer) for h in hits]
    ranked = sorted(range(len(hits)), key=lambda i: _support(quotes[i], answer), reverse=True)
    chosen, covered = [ranked[0]], set(NUMBER.findall(quotes[ranked[0]]))
    wanted = set(NUMBER.findall(answer))
    for i in ranked[1:]:
        new = (wanted - covered) & set(NUMBER.findall(quotes[i]))
        if new:
            chosen.append(i)
            covered |= new
    return [i + 1 for i in chosen]


def resolve_citations(answer: str, hits: list[Hit]) -> list[Citation]:
    """Cited [n] that exist, else the passages that support the answer; quotes come from the passage."""
    marked = [int(n) for n in CITATION_MARK.findall(answer) if 1 <= int(n) <= len(hits)]
    chosen = list(dict.fromkeys(marked)) or supporting_passages(answer, hits)
    citations = []
    for n in chosen:
        chunk = hits[n - 1].chunk
        citations.append(Citation(
            n=n, doc=chunk.title, year=chunk.year, section=chunk.section,
            quote=best_quote(chunk.text, answer), source=chunk.source, chunk_id=chunk.chunk_id,
            score=round(hits[n - 1].score, 4),
        ))
    return citations


def is_not_found(text: str) -> bool:
    return not text.strip() or "未找到" in text


class AskChain:
    """retrieve -> prompt (from prompts/) -> streamed answer -> Answer with program-resolved citations."""

    def __init__(self, retrieve: Retriever, llm: BaseChatModel, k: int = 4) -> None:
        self.retrieve, self.llm, self.k = retrieve, llm, k
        self.prompt = chat_prompt("answer")

    def stream(self, question: str) -> Iterator[str | Answer]:
        """Yields answer text pieces as they arrive, then one final Answer."""
        question = question.strip()
        if not question:
            raise QuestionError("问题不能为空 (empty question)")
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionError(
                f"问题过长（{len(question)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内 (question too long)"
            )
        hits = self.retrieve(question, self.k)
        if not hits:
            yield NOT_FOUND
            yield Answer(question, NOT_FOUND, False, [])
            return
        messages = self.prompt.format_messages(context=format_context(hits), question=question)
        pieces = []
        for text in self._generate(messages):
            pieces.append(text)
            yield text
        text = "".join(pieces).strip()
        found = not is_not_found(text)
        yield Answer(question, text, found, resolve_citations(text, hits) if found else [])

    def _generate(self, messages: list) -> Iterator[str]:
        try:
            for message in self.llm.stream(messages):
                if text := str(message.content):
                    yield text
        except Exception as exc:  # any backend failure (connection, timeout, bad reply) ends here
            log.warning("LLM call failed: %r", exc)
            raise LLMUnavailable(f"大模型调用失败，请检查模型服务或配置 (LLM call failed: {exc})") from exc

    def ask(self, question: str) -> Answer:
        final = None
        for item in self.stream(question):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

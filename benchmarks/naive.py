"""The naive pipeline every figure of the benchmark report is compared with, built in the same run:
fixed 500-character chunks, dense search only (Chroma, the same embedding model, no title or heading
in the embedded text), and the model answering, drafting or judging directly from what it retrieved,
with nothing checked afterwards."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from pathlib import Path

import chromadb
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage

from assistant.ask.chain import Answer, Route
from assistant.draft.chain import Draft
from assistant.draft.figures import Accounting
from assistant.draft.request import DraftRequest
from assistant.grounding.citations import Citation
from assistant.llm import stream_text
from ingest.document import Chunk
from ingest.errors import LoadError
from ingest.loaders import load_text
from ingest.metadata import read_metadata
from ingest.nlp.clean import clean_text
from ingest.pipeline import expand_paths
from vectorstore.hits import Hit

CHUNK_CHARS = 500
BATCH = 256
ANSWER_PROMPT = ("根据以下资料回答问题。资料中没有答案时，只回答“未找到”。\n\n资料：\n{context}\n\n问题：{question}")
DRAFT_PROMPT = ("请写一段{doc_type}的正文，标题为“{heading}”，约{length}字。\n要点：\n{points}\n\n"
                "参考资料：\n{context}\n\n只输出正文。")


def fixed_chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    text = text.strip()
    return [text[i : i + size] for i in range(0, len(text), size)]


class NaiveIndex:
    """Fixed-size chunks of every file in Chroma, searched by their vectors alone."""

    def __init__(self, folder: Path, embeddings: Embeddings) -> None:
        client = chromadb.PersistentClient(path=str(folder), settings=chromadb.Settings(anonymized_telemetry=False))
        self.collection = client.get_or_create_collection("naive", metadata={"hnsw:space": "cosine"})
        self.embeddings = embeddings
        self.chunks: dict[str, Chunk] = {}

    def add_files(self, paths: list[Path], on_file: Callable[[], None] = lambda: None) -> float:
        """Reads, cuts, embeds and stores the files; returns the seconds it took."""
        started = time.perf_counter()
        pending = self.read(paths, on_file)
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            self.collection.add(ids=[c.chunk_id for c in batch], documents=[c.text for c in batch],
                                embeddings=self.embeddings.embed_documents([c.text for c in batch]))
        return time.perf_counter() - started

    def read(self, paths: list[Path], on_file: Callable[[], None] = lambda: None) -> list[Chunk]:
        """Reads and cuts the files (an index kept on disk is reopened with this alone)."""
        pending: list[Chunk] = []
        for path in expand_paths(paths):
            try:
                text = clean_text(load_text(path))
            except LoadError:
                continue
            year = read_metadata(text, path.stem, path.name).year
            pending += [Chunk(f"{path.stem}:{i}", path.stem, i, part, (), path.stem, str(path), year)
                        for i, part in enumerate(fixed_chunks(text))]
            on_file()
        self.chunks.update((c.chunk_id, c) for c in pending)
        return pending

    def search(self, query: str, k: int = 4) -> list[Hit]:
        found = self.collection.query(query_embeddings=[self.embeddings.embed_query(query)], n_results=k)
        return [Hit(self.chunks[i], 1 - d) for i, d in zip(found["ids"][0], found["distances"][0], strict=True)]

    def any_mode(self, query: str, k: int, _mode: str) -> list[Hit]:
        """The retrieval evaluation's search signature: the naive pipeline has one mode."""
        return self.search(query, k)


def context_of(hits: list[Hit]) -> str:
    return "\n".join(f"[{n}]{h.chunk.text}" for n, h in enumerate(hits, 1))


def citations_of(hits: list[Hit]) -> list[Citation]:
    return [Citation(n, h.chunk.title, h.chunk.year, "", h.chunk.text, h.chunk.source, h.chunk.chunk_id, h.score)
            for n, h in enumerate(hits, 1)]


class NaiveAsk:
    """Top-k passages into one prompt; the model's reply is the answer, unchecked."""

    def __init__(self, index: NaiveIndex, llm: BaseChatModel, k: int = 3) -> None:
        self.index, self.llm, self.k = index, llm, k

    def stream(self, question: str, phrase: bool = False) -> Iterator[str | Answer]:
        hits = self.index.search(question, self.k)
        prompt = ANSWER_PROMPT.format(context=context_of(hits), question=question)
        text = ""
        for piece in stream_text(self.llm, [HumanMessage(prompt)]):
            text += piece
            yield piece
        found = bool(text.strip()) and "未找到" not in text
        yield Answer(question, text, found, citations_of(hits), route=Route.LLM, model_text=text)


class NaiveDrafter:
    """The request and the top-k passages into one prompt; the model's text is the draft, unmarked.
    `hidden` is the held-out section's text: passages sharing 20 characters in a row with it are left
    out, as the real drafter's library leaves out that section."""

    def __init__(self, index: NaiveIndex, llm: BaseChatModel, hidden: str = "", k: int = 3) -> None:
        self.index, self.llm, self.hidden, self.k = index, llm, hidden, k

    def draft(self, request: DraftRequest) -> Draft:
        started = time.monotonic()
        query = " ".join((request.heading, *request.points))
        hits = [h for h in self.index.search(query, self.k + 3) if not _overlaps(h.chunk.text, self.hidden)]
        prompt = DRAFT_PROMPT.format(doc_type=request.doc_type, heading=request.heading, length=request.length,
                                     points="\n".join(request.points) or "（无）", context=context_of(hits[: self.k]))
        text = "".join(stream_text(self.llm, [HumanMessage(prompt)])).strip()
        return Draft(request, f"{request.heading}\n{text}", request.heading, Accounting(text, ()),
                     citations_of(hits[: self.k]), [], seconds=time.monotonic() - started, model_text=text)


def _overlaps(passage: str, original: str, run: int = 20) -> bool:
    if not original:
        return False
    match = SequenceMatcher(None, passage, original, autojunk=False).find_longest_match()
    return match.size >= run

"""Builds the configured parts (embeddings, library, LLM, chains) from one Settings object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.settings import Settings
from vectorstore.chroma_store import ChromaStore, make_client
from vectorstore.embeddings import shared_embeddings
from vectorstore.library import Library
from vectorstore.sqlite_db import connect
from vectorstore.storage_errors import writable

if TYPE_CHECKING:
    from assistant.ask.chain import AskChain
    from assistant.draft.chain import Drafter


def open_library(settings: Settings) -> Library:
    """Opening writes too (Chroma and SQLite set up their files): a full disk or a read-only data
    folder is told to the user here, in Chinese."""
    embeddings = shared_embeddings(settings.embedding_source, settings.embedding.batch_size,
                                   settings.embedding.numpy_query)  # its errors are about the models folder
    with writable(settings.home):
        dense = ChromaStore(
            make_client(settings.chroma, settings.chroma_path),
            embeddings,
            settings.chroma.collection,
            embedding_name=settings.embedding.model,
            server=f"{settings.chroma.host}:{settings.chroma.port}" if settings.chroma.host else None,
        )
        return Library(dense, connect(settings.library_db), settings.embedding.model, settings.retrieval,
                       folder=settings.home, reserve_bytes=settings.ingest.reserve_bytes)


def make_ask_chain(settings: Settings, library: Library | None = None) -> AskChain:
    from assistant.ask.chain import AskChain
    from assistant.llm import shared_chat_model

    library = library or open_library(settings)
    return AskChain(library, shared_chat_model(settings), settings.retrieval.k, settings.answer)


def make_drafter(settings: Settings, library: Library | None = None) -> Drafter:
    from assistant.draft.chain import Drafter
    from assistant.llm import shared_chat_model

    library = library or open_library(settings)
    return Drafter(library, shared_chat_model(settings), settings.draft)

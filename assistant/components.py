"""Builds the configured parts (embeddings, store, LLM, chains) from one Settings object."""

from __future__ import annotations

from assistant.answer import AskChain
from assistant.llm import shared_chat_model
from assistant.settings import Settings
from vectorstore.chroma_store import ChromaStore, make_client
from vectorstore.embeddings import shared_embeddings


def open_store(settings: Settings) -> ChromaStore:
    source = settings.embedding_source
    return ChromaStore(
        make_client(settings),
        shared_embeddings(source, settings.embedding.batch_size),
        settings.chroma.collection,
        embedding_name=settings.embedding.model,
    )


def make_ask_chain(settings: Settings, store: ChromaStore | None = None) -> AskChain:
    store = store or open_store(settings)
    return AskChain(store.search, shared_chat_model(settings), k=settings.retrieval.k)

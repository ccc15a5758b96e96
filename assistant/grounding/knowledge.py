"""What asking and drafting need of the library (vectorstore.library.Library provides it)."""

from __future__ import annotations

from typing import Protocol

from ingest.document import Chunk
from vectorstore.filters import SearchFilter
from vectorstore.hits import Hit
from vectorstore.ledger import Ledger


class Knowledge(Protocol):
    """What the chain needs of the library (vectorstore.library.Library)."""

    ledger: Ledger

    def search(self, query: str, k: int | None = None, where: SearchFilter | None = None,
               mode: str | None = None) -> list[Hit]: ...

    def term_weights(self, text: str) -> dict[str, float]: ...

    def known_years(self) -> set[int]: ...

    def bodies(self) -> frozenset[str]: ...

    def home(self) -> str | None: ...

    def issuers(self) -> dict[str, str]: ...

    def regions(self) -> dict[str, frozenset[str]]: ...

    def chunks_of(self, doc_id: str) -> list[Chunk]: ...

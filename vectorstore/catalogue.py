"""The library's SQLite side alone, the document registry and the fact ledger, for commands that only
read them (list, facts): no Chroma and no embedding model are opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vectorstore.ledger import Ledger
from vectorstore.registry import Registry
from vectorstore.sqlite_db import connect


@dataclass(frozen=True)
class Catalogue:
    registry: Registry
    ledger: Ledger


def open_catalogue(db_path: Path) -> Catalogue:
    conn = connect(db_path)
    return Catalogue(Registry(conn), Ledger(conn))

"""Groups of words the office uses for one thing (友城 友好城市 …), from data/synonyms.txt."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def synonym_groups() -> tuple[tuple[str, ...], ...]:
    text = resources.files("ingest.nlp").joinpath("data/synonyms.txt").read_text(encoding="utf-8")
    return tuple(tuple(line.split()) for line in text.splitlines() if line.strip() and not line.startswith("#"))

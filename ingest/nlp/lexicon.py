"""The lexicons of ingest/nlp/data: one entry a line; blank lines and lines starting with # skipped."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lexicon_lines(name: str) -> tuple[str, ...]:
    """The entries of data/<name>.txt, stripped."""
    text = resources.files("ingest.nlp").joinpath(f"data/{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))

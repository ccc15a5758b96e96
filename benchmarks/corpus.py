"""Benchmark corpora: a folder of report files, or a QA jsonl whose contexts become files."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from assistant.settings import Settings, load_settings
from ingest.document import Chunk
from ingest.errors import LoadError
from ingest.pipeline import expand_paths, ingest_paths
from ingest.reader import read_report
from vectorstore.library import Library


def export_contexts(jsonl: Path, out_dir: Path) -> int:
    """Write each distinct `context` of a QA jsonl (the devdata format) as one .txt file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if not row.get("context"):
            continue
        doc_id = str(row.get("docid") or row.get("doc") or len(seen))
        if doc_id in seen:
            continue
        seen.add(doc_id)
        (out_dir / f"{doc_id}.txt").write_text(row["context"], encoding="utf-8")
    return len(seen)


def build_corpus(out_dir: Path, jsonl: Path | None, extra: list[Path]) -> Path:
    """A temporary corpus folder: the jsonl's contexts plus copies of extra files."""
    if jsonl:
        export_contexts(jsonl, out_dir)
    for path in extra:
        for file in (sorted(path.iterdir()) if path.is_dir() else [path]):
            shutil.copy(file, out_dir / file.name)
    return out_dir


def corpus_chunks(corpus: Path) -> list[Chunk]:
    """The chunks of every file that parses (a benchmark skips the rest)."""
    chunks: list[Chunk] = []
    for path in expand_paths([corpus]):
        try:
            chunks += read_report(path).chunks
        except LoadError:
            continue
    return chunks


def temp_library(settings: Settings, home: Path, paths: list[Path],
                 on_file: Callable[[object], None] = lambda _: None) -> Library:
    """A library in `home` holding `paths`, with the configured models from their shared folder."""
    from assistant.components import open_library

    library = open_library(settings_at(settings, home))
    ingest_paths(paths, library, on_file=on_file)
    return library


def settings_at(settings: Settings, home: Path) -> Settings:
    """`settings` with `home` as the data folder and the same shared models folder."""
    return load_settings(home=home, models_dir=settings.models_path, retrieval=settings.retrieval.model_dump(),
                         llm=settings.llm.model_dump(), answer=settings.answer.model_dump(),
                         ingest=settings.ingest.model_dump())

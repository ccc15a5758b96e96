"""What the web pages share: one library, one ask chain and one drafter over one embedded model."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from assistant.ask.chain import AskChain
from assistant.check.report import prepare
from assistant.components import make_ask_chain, make_drafter, open_library
from assistant.draft.chain import Drafter
from assistant.model_setup.status import gguf_path
from assistant.settings import Settings
from assistant.web.errors import on_page
from ingest.pipeline import ChunkProgress, IngestResult, ingest_paths
from ingest.priority import run_niced
from vectorstore.library import Library
from vectorstore.registry import DocumentRow
from vectorstore.storage_errors import writable

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings

    @cached_property
    def library(self) -> Library:
        return open_library(self.settings)

    @cached_property
    def chain(self) -> AskChain:
        return make_ask_chain(self.settings, self.library)

    @cached_property
    def drafter(self) -> Drafter:
        return make_drafter(self.settings, self.library)

    @property
    def uploads(self) -> Path:
        return self.settings.home / "uploads"

    @property
    def exports(self) -> Path:
        return self.settings.home / "exports"

    def export_path(self, prefix: str, suffix: str) -> Path:
        """A new file in the exports folder (the one folder the app serves downloads from)."""
        self.exports.mkdir(parents=True, exist_ok=True)
        return self.exports / f"{prefix}_{time.strftime('%Y%m%d_%H%M%S')}_{time.monotonic_ns() % 10_000:04d}{suffix}"

    def export_folder(self) -> Path:
        """A new folder in the exports folder, for a file named after what it holds."""
        folder = self.export_path("起草", "")
        folder.mkdir(parents=True)
        return folder

    @contextmanager
    def writing(self) -> Iterator[None]:
        """A full disk or a read-only data folder becomes one Chinese message on the page."""


        with on_page(), writable(self.settings.home):
            yield

    def prepare_check(self) -> threading.Thread:
        """Prepare checking in the background (a start, an ingest): the first draft checked is then quick."""
        def run() -> None:
            try:
                prepare(self.library)
            except Exception:  # a warm-up that fails only leaves the first check slower
                log.exception("preparing the check failed")

        thread = threading.Thread(target=run, name="prepare-check", daemon=True)
        thread.start()
        return thread

    def ingest(self, paths: list[Path], on_file: Callable[[IngestResult], None] | None = None,
               on_chunks: ChunkProgress | None = None, force: bool = False) -> list[IngestResult]:
        """An ingest with the configured limits, at the lower background priority so that searches and
        answers of other users keep their latency."""
        ingest = self.settings.ingest
        results = run_niced(lambda: ingest_paths(paths, self.library, on_file, ingest.max_bytes,
                                                 ingest.window_chunks, on_chunks=on_chunks, force=force,
                                                 parse_timeout_s=ingest.parse_timeout_s),
                            ingest.background_nice)
        self.prepare_check()
        return results

    def documents(self) -> list[DocumentRow]:
        return sorted(self.library.documents(), key=lambda d: (d.year or 0, d.title), reverse=True)

    def year_choices(self) -> list[int]:
        return sorted({d.year for d in self.library.documents() if d.year}, reverse=True)

    def document_choices(self) -> list[tuple[str, str]]:
        return [(f"{d.title}（{d.year or '年份不详'}）", d.doc_id) for d in self.documents()]

    def describe(self) -> str:
        """The model, backend and store in use, for the library page."""
        s = self.settings
        llm = (f"OpenAI 兼容服务 {s.llm.base_url}（{s.llm.model}）" if s.llm.backend == "openai"
               else f"内置模型 {gguf_path(s).name}（llama.cpp，{s.llm.threads} 线程）")
        store = (f"Chroma 服务 {s.chroma.host}:{s.chroma.port}" if s.chroma.host
                 else f"内置 Chroma（{s.chroma_path}）")
        return (f"**大模型**：{llm}  \n**向量模型**：{s.embedding.model}  \n**向量库**：{store}  \n"
                f"**检索方式**：{s.retrieval.mode}  \n**数据文件夹**：{s.home}")

"""Shared fixtures: one prepared models folder for the whole run, a fresh data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.settings import ENV_PREFIX, Settings, load_settings
from benchmarks.load import free_port

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"
FRIEND_CITY_REPORT = EXAMPLES / "2023_济宁市外办党组_巡察整改进展情况通报.txt"


def _clear_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith(ENV_PREFIX):
            monkeypatch.delenv(key)


@pytest.fixture(scope="session", autouse=True)
def no_default_home(tmp_path_factory: pytest.TempPathFactory):
    """No test reads or writes the user's data folder: a command run without --home gets an empty one of
    its own (a library left there by `make run` or another job made results depend on the machine)."""
    models = load_settings().models_path
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_PREFIX + "MODELS_DIR", str(models))
        patch.setenv(ENV_PREFIX + "HOME", str(tmp_path_factory.mktemp("default-home")))
        yield


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The models folder `make test` prepared (REPORT_ASSISTANT_MODELS_DIR or the default home)."""
    from assistant.model_setup.e5_prepare import prepare_e5
    from assistant.model_setup.gguf_join import QWEN_CODER_1_5B, prepare_gguf

    path = load_settings().models_path
    prepare_e5(path)
    prepare_gguf(QWEN_CODER_1_5B, path)
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, models_dir: Path) -> Path:
    """A fresh data folder that uses the shared models folder."""
    _clear_env(monkeypatch)
    data = tmp_path / "home"
    monkeypatch.setenv(ENV_PREFIX + "HOME", str(data))
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", str(models_dir))
    return data


@pytest.fixture
def settings(home: Path) -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def example_library(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Settings:
    """A data folder with the example reports ingested once for the session (read-only use)."""
    from assistant.components import open_library
    from ingest.pipeline import ingest_paths

    settings = load_settings(home=tmp_path_factory.mktemp("library"), models_dir=models_dir)
    results = ingest_paths([EXAMPLES], open_library(settings))
    assert [r.status for r in results] == ["added", "added"]
    return settings


def _free_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory):
    """A real Chroma server (`chroma run` of the installed chromadb) on 127.0.0.1 and a free port."""
    port = _free_port()
    server = start_chroma(tmp_path_factory.mktemp("chroma-server"), port)
    try:
        yield "127.0.0.1", port
    finally:
        server.terminate()
        server.wait(timeout=30)


def start_chroma(folder: Path, port: int):
    """`chroma run` on 127.0.0.1:port with its data in folder/data, once its heartbeat answers."""
    import subprocess
    import sys
    import time

    import httpx

    chroma = Path(sys.executable).parent / "chroma"
    log = folder / "server.log"
    with log.open("a") as out:
        server = subprocess.Popen(
            [str(chroma), "run", "--path", str(folder / "data"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"chroma run did not start: {log.read_text()[-2000:]}")
        time.sleep(0.3)


class HashEmbeddings:
    """A small deterministic embedding for logic tests (as simonw/llm's EmbedDemo): the canonical text's
    characters and bigrams hashed into 64 dimensions, normalised. It knows no meaning, so tests of search
    quality use the real model (`example_library`); it lets `make test-fast` run without prepared models."""

    dims = 64

    def _vector(self, text: str) -> list[float]:
        import hashlib
        import math

        from ingest.nlp.clean import canonical

        text = canonical(text)
        vector = [0.0] * self.dims
        for gram in [*text, *(text[i : i + 2] for i in range(len(text) - 1))]:
            digest = hashlib.blake2b(gram.encode("utf-8"), digest_size=4).digest()
            vector[int.from_bytes(digest, "little") % self.dims] += 1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def hash_library(folder: Path):
    """A real library (embedded Chroma, SQLite) in `folder` with the hash embedding: no model needed."""
    from vectorstore.chroma_store import ChromaStore, make_client
    from vectorstore.library import Library
    from vectorstore.settings import ChromaSettings, RetrievalSettings
    from vectorstore.sqlite_db import connect

    dense = ChromaStore(make_client(ChromaSettings(), folder / "chroma"), HashEmbeddings(), "reports",
                        embedding_name="hash-64")
    return Library(dense, connect(folder / "library.sqlite3"), "hash-64", RetrievalSettings(), folder=folder)


@pytest.fixture(scope="session")
def fake_library(tmp_path_factory: pytest.TempPathFactory):
    """The example reports in a library with the hash embedding, once for the session (read-only use)."""
    from ingest.pipeline import ingest_paths

    library = hash_library(tmp_path_factory.mktemp("hash-library"))
    results = ingest_paths([EXAMPLES], library)
    assert [r.status for r in results] == ["added", "added"]
    return library


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that need the prepared models (a fixture built on `models_dir`) are marked `models`;
    `make test-fast` runs the others."""
    for item in items:
        if "models_dir" in getattr(item, "fixturenames", ()) or item.get_closest_marker("llm"):
            item.add_marker(pytest.mark.models)

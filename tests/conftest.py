"""Shared fixtures: one prepared models folder for the whole run, a fresh data folder per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.benchmarks.load import free_port
from assistant.settings import ENV_PREFIX, Settings, load_settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"
FRIEND_CITY_REPORT = EXAMPLES / "2023_济宁市外办党组_巡察整改进展情况通报.txt"


def _clear_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith(ENV_PREFIX):
            monkeypatch.delenv(key)


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

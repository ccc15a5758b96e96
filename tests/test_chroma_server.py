"""The same library cycle against a real Chroma server (`chroma run`) instead of the embedded store."""

from __future__ import annotations

import uuid

import chromadb
import pytest

from assistant.components import open_library
from assistant.settings import ENV_PREFIX, Settings, load_settings
from ingest.pipeline import ingest_paths
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT
from vectorstore.filters import SearchFilter


@pytest.fixture
def server_settings(settings: Settings, chroma_server: tuple[str, int], monkeypatch: pytest.MonkeyPatch) -> Settings:
    host, port = chroma_server
    monkeypatch.setenv(ENV_PREFIX + "CHROMA__HOST", host)
    monkeypatch.setenv(ENV_PREFIX + "CHROMA__PORT", str(port))
    monkeypatch.setenv(ENV_PREFIX + "CHROMA__COLLECTION", f"t{uuid.uuid4().hex[:12]}")
    return load_settings()


def test_ingest_search_remove_reindex_on_a_chroma_server(server_settings: Settings) -> None:
    library = open_library(server_settings)
    results = ingest_paths([EXAMPLES], library)
    assert [r.status for r in results] == ["added", "added"]
    assert library.dense.count() == sum(r.chunks for r in results) == library.keywords.count()
    on_server = chromadb.HttpClient(host=server_settings.chroma.host, port=server_settings.chroma.port)
    assert on_server.get_collection(server_settings.chroma.collection).count() == library.dense.count()
    assert not server_settings.chroma_path.exists()

    for mode in ("dense", "hybrid"):
        hits = library.search("市外办新建了几个友城？", k=3, mode=mode)
        assert "新建友城5个" in hits[0].chunk.text, mode
    assert library.search("友城", k=3, where=SearchFilter(2019, 2020), mode="dense") == []

    assert [r.status for r in ingest_paths([FRIEND_CITY_REPORT], library)] == ["unchanged"]
    friend = next(d for d in library.documents() if "巡察" in d.title)
    library.remove(friend.doc_id)
    assert library.dense.count() == library.keywords.count() == len(library.stored_chunks())
    assert all("新建友城5个" not in h.chunk.text for h in library.search("新建了几个友城", k=5))

    assert library.reindex() == library.dense.count()
    assert library.search("主题教育 集体学习", k=1)[0].chunk.doc_id != friend.doc_id


def test_a_chroma_server_that_goes_away_gives_a_chinese_error_and_nothing_is_lost(
        settings: Settings, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ingest.errors import VectorStoreUnavailable
    from tests.conftest import _free_port, start_chroma
    from vectorstore.doctor import diagnose

    port = _free_port()
    server = start_chroma(tmp_path, port)
    monkeypatch.setenv(ENV_PREFIX + "CHROMA__HOST", "127.0.0.1")
    monkeypatch.setenv(ENV_PREFIX + "CHROMA__PORT", str(port))
    library = open_library(load_settings())
    try:
        ingest_paths([FRIEND_CITY_REPORT], library)
        before = (len(library.documents()), len(library.stored_chunks()), library.ledger.count())
        server.terminate()
        server.wait(timeout=30)
        with pytest.raises(VectorStoreUnavailable, match="无法访问"):
            library.search("市外办新建了几个友城？", k=3, mode="dense")
        [failed] = ingest_paths([EXAMPLES / "XX市外办_主题教育阶段性进展情况汇报.txt"], library)
        assert failed.status == "failed" and "无法访问" in (failed.error or "")
        assert (len(library.documents()), len(library.stored_chunks()), library.ledger.count()) == before
        server = start_chroma(tmp_path, port)  # the fault gone: the same client carries on
        assert "新建友城5个" in library.search("市外办新建了几个友城？", k=1, mode="dense")[0].chunk.text
        assert diagnose(library).healthy
    finally:
        server.terminate()
        server.wait(timeout=30)

"""Ingest into a real embedded Chroma with the real embedding model, and search it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.components import open_library
from assistant.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT
from vectorstore.doctor import diagnose, repair


def test_friend_city_question_finds_its_passage(example_library: Settings) -> None:
    hits = open_library(example_library).search("市外办新建了几个友城？", k=3)
    assert "新建友城5个（其中县级友城3个）" in hits[0].chunk.text
    assert hits[0].chunk.section.endswith("9.友好城市工作不聚焦问题的整改进展情况")
    assert hits[0].chunk.year == 2023
    assert hits[0].score > hits[-1].score


def test_library_lists_both_reports(example_library: Settings) -> None:
    docs = open_library(example_library).documents()
    assert {d.title for d in docs} == {
        "中共济宁人民政府外事办公室党组关于巡察整改进展情况的通报", "XX市外办关于主题教育阶段性进展情况汇报"}
    assert all(d.chunks > 5 and d.facts > 10 for d in docs)


def test_reingest_unchanged_update_and_bad_files(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "通报.txt"
    shutil.copy(FRIEND_CITY_REPORT, report)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 10)
    store = open_library(settings)

    first = {r.path.name: r for r in ingest_paths([folder], store)}
    assert first["通报.txt"].status == "added"
    assert first["empty.txt"].status == "failed" and "文件为空" in first["empty.txt"].error
    assert first["junk.txt"].status == "failed"
    count = store.dense.count()
    assert count == first["通报.txt"].chunks

    [again] = ingest_paths([report], store)
    assert again.status == "unchanged" and (again.chunks, again.facts) == (first["通报.txt"].chunks, first["通报.txt"].facts)
    assert store.dense.count() == count

    report.write_text(report.read_text(encoding="utf-8").replace("新建友城5个", "新建友城6个"), encoding="utf-8")
    assert [r.status for r in ingest_paths([report], store)] == ["updated"]
    assert store.dense.count() == count == store.keywords.count()
    texts = " ".join(h.chunk.text for h in store.search("新建了几个友城", k=3))
    assert "新建友城6个" in texts and "新建友城5个" not in texts


def test_same_content_under_two_paths_is_stored_once(settings: Settings, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(FRIEND_CITY_REPORT, copy)
    store = open_library(settings)
    results = ingest_paths([FRIEND_CITY_REPORT, copy], store)
    assert [r.status for r in results] == ["added", "unchanged"]
    assert len(store.documents()) == 1


def test_library_survives_reopening(settings: Settings) -> None:
    ingest_paths([EXAMPLES], open_library(settings))
    reopened = open_library(settings)
    assert len(reopened.documents()) == 2


def test_remove_takes_chunks_facts_and_registry_together(settings: Settings) -> None:
    library = open_library(settings)
    ingest_paths([EXAMPLES], library)
    doc = next(d for d in library.documents() if "巡察" in d.title)
    assert library.ledger.count(doc.doc_id) == doc.facts > 0
    library.remove(doc.doc_id)
    assert library.document(doc.doc_id) is None
    assert library.ledger.count(doc.doc_id) == 0
    assert all(h.chunk.doc_id != doc.doc_id for h in library.search("新建友城", k=10))
    assert [d.title for d in library.documents()] == ["XX市外办关于主题教育阶段性进展情况汇报"]


def test_updated_file_replaces_its_facts(settings: Settings, tmp_path: Path) -> None:
    report = tmp_path / "通报.txt"
    shutil.copy(FRIEND_CITY_REPORT, report)
    library = open_library(settings)
    ingest_paths([report], library)
    report.write_text(report.read_text(encoding="utf-8").replace("新建友城5个", "新建友城6个"), encoding="utf-8")
    ingest_paths([report], library)
    texts = {r.fact.text for r in library.ledger.search("新建友城")}
    assert "6个" in texts and "5个" not in texts
    assert len(library.documents()) == 1


def test_file_over_the_size_limit_is_refused(settings: Settings, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("新建友城5个。" * 2000, encoding="utf-8")
    [result] = ingest_paths([big], open_library(settings), max_bytes=10_000)
    assert result.status == "failed" and "文件过大" in result.error


def test_changed_embedding_model_is_detected_and_reindexed(settings: Settings) -> None:
    import pytest

    from assistant.settings import load_settings
    from ingest.errors import EmbeddingChanged

    library = open_library(settings)
    ingest_paths([EXAMPLES], library)
    chunks = library.dense.count()

    # The same weights under another configured name stand in for a new model.
    changed = load_settings(embedding={"model": settings.embedding_source})
    moved = open_library(changed)
    with pytest.raises(EmbeddingChanged, match="reindex"):
        moved.search("新建友城")
    assert moved.reindex() == chunks
    assert moved.dense.count() == chunks
    assert "新建友城5个" in moved.search("市外办新建了几个友城？", k=1)[0].chunk.text
    assert {d.embedding_model for d in moved.documents()} == {settings.embedding_source}
    assert open_library(changed).dense.stored_embedding == settings.embedding_source


def test_real_docx_pdf_and_gbk_files_through_the_pipeline(settings: Settings, tmp_path: Path) -> None:
    from tests.test_loaders import _docx_with_table, _pdf

    _docx_with_table(tmp_path / "2024年工作总结.docx")
    _pdf(tmp_path / "2022年工作总结.pdf", ["XX市外办2022年工作总结", "一、友城工作", "2022年新建友城3个，举办友城论坛2次。"])
    (tmp_path / "2021年工作总结.txt").write_bytes("XX市外办2021年工作总结\n一、友城工作\n2021年新建友城4个。".encode("gbk"))
    (tmp_path / "扫描件.pdf").write_bytes((tmp_path / "2022年工作总结.pdf").read_bytes()[:100])
    library = open_library(settings)
    results = {r.path.name: r for r in ingest_paths([tmp_path], library)}
    assert {n: r.status for n, r in results.items()} == {
        "2024年工作总结.docx": "added", "2022年工作总结.pdf": "added", "2021年工作总结.txt": "added",
        "扫描件.pdf": "failed"}
    years = {d.year for d in library.documents()}
    assert years == {2021, 2022, 2024}
    table_facts = library.ledger.search("新建友城", year=2024)
    assert {f.fact.text for f in table_facts} >= {"5个", "2个"}
    gbk = library.ledger.search("新建友城", year=2021)
    assert [f.fact.text for f in gbk] == ["4个"]


def test_chunks_are_embedded_shortest_first_but_returned_in_their_own_order(settings: Settings) -> None:
    import numpy as np

    from ingest.document import Chunk
    from ingest.pipeline import embed_sorted

    library = open_library(settings)
    texts = ["新建友城5个（其中县级友城3个），举办友城论坛1次，组织代表团互访。", "培训", "市外办召开全体会议。"]
    chunks = [Chunk(f"c{i}", "d", i, t, (), "", "") for i, t in enumerate(texts)]
    progress: list[tuple[int, int]] = []
    vectors = embed_sorted(chunks, library, lambda done, total: progress.append((done, total)), step=2)
    assert np.allclose(vectors, library.embed(chunks), atol=1e-4)
    assert progress == [(0, 3), (2, 3), (3, 3)]


def test_an_update_that_fails_midway_leaves_the_previous_version_whole(
        settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "通报.txt"
    shutil.copy(FRIEND_CITY_REPORT, report)
    library = open_library(settings)
    [first] = ingest_paths([report], library)
    report.write_text(report.read_text(encoding="utf-8").replace("新建友城5个", "新建友城6个"), encoding="utf-8")

    def crash(*_: object) -> None:
        raise RuntimeError("power cut after the new vectors were written")

    monkeypatch.setattr(library.ledger, "add", crash)
    [failed] = ingest_paths([report], library)
    assert failed.status == "failed"
    assert library.dense.count() == 2 * first.chunks  # the old vectors stay until the swap is committed
    assert "新建友城5个" in library.search("新建了几个友城", k=1)[0].chunk.text
    assert [p.kind for p in diagnose(library).problems] == ["orphan_vectors"]

    monkeypatch.undo()
    repair(library, diagnose(library))
    assert [r.status for r in ingest_paths([report], library)] == ["updated"]
    assert library.dense.count() == first.chunks and diagnose(library).healthy
    assert "新建友城6个" in library.search("新建了几个友城", k=1)[0].chunk.text


def test_the_library_of_one_office_has_that_office_as_its_home(tmp_path: Path) -> None:
    from tests.conftest import hash_library

    folder = tmp_path / "reports"
    folder.mkdir()
    library = hash_library(tmp_path / "lib")
    for year in (2020, 2021):
        (folder / f"{year}_青州区外事侨务工作总结.txt").write_text(
            f"青州区人民政府外事侨务办公室{year}年工作总结\n\n{year}年，接待境外来访团组4批26人次。\n", encoding="utf-8")
    ingest_paths([folder], library)
    assert library.home() is None  # too few documents to tell
    (folder / "2022_青州区外事侨务工作总结.txt").write_text(
        "青州区人民政府外事侨务办公室2022年工作总结\n\n2022年，新建友城2个。\n", encoding="utf-8")
    (folder / "2022_东屿市外侨办新闻.txt").write_text(
        "东屿市外事侨务办公室举办友城论坛\n\n2022年，东屿市举办友城论坛。\n", encoding="utf-8")
    ingest_paths([folder], library)
    assert library.home() == "青州区"  # 3 of 4 documents
    for year in (2023, 2024):
        (folder / f"{year}_东屿市外侨办新闻.txt").write_text(
            f"东屿市外事侨务办公室{year}年工作总结\n\n{year}年，新建友城1个。\n", encoding="utf-8")
    ingest_paths([folder], library)
    assert library.home() is None  # 3 of 6: no office's library


def test_the_bodies_of_the_library_follow_its_documents(tmp_path: Path) -> None:
    from tests.conftest import hash_library

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "2021_青州区外事侨务工作总结.txt").write_text(
        "青州区人民政府外事侨务办公室2021年工作总结\n\n2021年，接待境外来访团组4批26人次。\n", encoding="utf-8")
    library = hash_library(tmp_path / "lib")
    ingest_paths([folder], library)
    assert library.bodies() == {"青州区"}
    (folder / "2022_东屿市外侨办工作总结.txt").write_text(
        "东屿市外事侨务办公室2022年工作总结\n\n2022年，新建友城2个。\n", encoding="utf-8")
    ingest_paths([folder], library)
    assert library.bodies() == {"青州区", "东屿市"}
    (folder / "2020_税务.txt").write_text(
        "195个涉税缴费事项可网上办\n\n2月16日，重庆市税务局发布网上办税清单。\n\n" + "纳税人可网上办理。" * 120
        + "\n\n详见重庆税务网站。\n", encoding="utf-8")
    ingest_paths([folder], library)
    regions = {library.document(d).title: named for d, named in library.regions().items()}
    assert regions["195个涉税缴费事项可网上办"] == {"重庆"}  # named by one passage: the whole notice is 重庆's
    assert regions["青州区人民政府外事侨务办公室2021年工作总结"] == frozenset()


def test_the_place_a_title_names_is_one_keyword_token(tmp_path) -> None:
    import sqlite3

    from ingest.document import Chunk
    from vectorstore.keyword_index import KeywordIndex

    index = KeywordIndex(sqlite3.connect(tmp_path / "k.db"))
    chunk = Chunk("c0", "d0", 0, "第十届边交会成功举办。", (), "澜源州外侨办2018年工作总结", "/r.txt", 2018)
    index.add([chunk], [], index.conn)
    assert "澜源" in index.tokenizer.tokens("2014年澜源边交会是第几届？")


def test_a_long_name_a_document_shortened_is_asked_in_its_short_name(tmp_path) -> None:
    import sqlite3

    from ingest.document import Chunk
    from ingest.nlp.aliases import aliases_in
    from vectorstore.keyword_index import KeywordIndex

    assert aliases_in("成功举办第五届中国澜源边境经贸交易会（边交会），来自12个国家") == [
        ("边境经贸交易会", "边交会"), ("中国澜源边境经贸交易会", "边交会")]  # the name with its qualifiers too
    assert aliases_in("澜源傣族自治州外事侨务办公室（以下简称“州外侨办”）") == [
        ("州外事侨务办公室", "州外侨办"), ("澜源傣族自治州外事侨务办公室", "州外侨办")]
    assert aliases_in("印发《管理办法（试行）》，2023年（上年）") == []
    conn = sqlite3.connect(tmp_path / "k.db")
    index = KeywordIndex(conn)
    first = Chunk("c0", "d0", 0, "成功举办第五届中国澜源边境经贸交易会（边交会）。", (), "2012年工作总结", "/a.txt", 2012)
    later = Chunk("c1", "d1", 0, "第八届边交会吸引16个国家和地区的客商参展。", (), "2016年工作总结", "/b.txt", 2016)
    index.add([first], [], conn)
    index.add([later], [], conn)
    assert index.aliased("2016年的中国澜源边境经贸交易会办的是第几届？") == "2016年的边交会办的是第几届？"
    assert index.aliased("边境经贸交易会办了几届") == "边交会办了几届"
    assert "边交会" in index.tokenizer.tokens(index.aliased("中国澜源边境经贸交易会第几届"))
    assert KeywordIndex(conn).aliases == {"中国澜源边境经贸交易会": "边交会", "边境经贸交易会": "边交会"}  # kept
    index.delete("d0", conn)
    assert index.aliases == {}  # the document that defined it is gone

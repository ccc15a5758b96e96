"""Hybrid retrieval over the real library: keyword tokens, fusion, filters, passages, the CLI."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from assistant.cli import app
from assistant.components import open_library
from assistant.settings import Settings
from benchmarks.cli import app as bench_app
from ingest.document import Chunk
from ingest.facts import Fact
from ingest.nlp.dates import parse_year_range
from ingest.nlp.keywords import KeywordTokenizer, fts_query
from ingest.pipeline import ingest_paths
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT
from vectorstore.filters import SearchFilter
from vectorstore.hits import Candidate, ScoredId
from vectorstore.keyword_index import learned_words
from vectorstore.retrieval import fuse, merge_neighbours, question_years


def _chunk(index: int, section: str = "一、甲", doc: str = "d", text: str = "") -> Chunk:
    return Chunk(f"{doc}-{index}", doc, index, text or f"第{index}段。", (section,), "标题", "s.txt", 2023)


def test_figures_and_years_are_single_tokens() -> None:
    tokens = KeywordTokenizer().tokens("2023年12月28日，新建友城５个，英语82.1%，为70家企业办理APEC商务旅行卡。")
    assert {"2023年12月28日", "2023年", "5个", "82.1%", "70家", "友城", "apec商务旅行卡"} <= set(tokens)
    assert "的" not in KeywordTokenizer().tokens("市外办的工作")
    assert fts_query(['a"b', "友城", "友城"]) == '"a""b" OR "友城"'


def test_a_figures_subject_joined_by_grammar_is_no_learned_word() -> None:
    def fact(text: str, subject: str) -> Fact:
        return Fact("figure", text, text[:-1], float(text[:-1]), "个", subject, "", "", "", "", "c", "")

    facts = [fact("15个", "国家和地区的嘉宾"), fact("3个", "新建友城")]
    assert learned_words(facts) == ["新建友城"]


def test_learned_words_become_tokens() -> None:
    tokenizer = KeywordTokenizer()
    assert "塔甘罗格市" not in tokenizer.tokens("与塔甘罗格市签约")
    assert tokenizer.learn(["塔甘罗格市", "塔甘罗格市", "x"]) == ["塔甘罗格市"]
    assert "塔甘罗格市" in tokenizer.tokens("与塔甘罗格市签约")


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    dense = [ScoredId("a", 0.9), ScoredId("b", 0.8), ScoredId("c", 0.7)]
    fused = fuse([(dense, 1.0), ([ScoredId("b", 5.0)], 1.0)], rrf_k=60)  # rrf_k as in the RRF paper
    assert max(fused, key=fused.__getitem__) == "b"
    assert fused["a"] == 1 / 61 and fused["b"] == 1 / 62 + 1 / 61
    heavy = fuse([(dense, 1.0), ([ScoredId("c", 9.0)], 3.0)], rrf_k=60)
    assert max(heavy, key=heavy.__getitem__) == "c"


def test_neighbours_of_one_section_merge_and_duplicates_collapse() -> None:
    ranked = [Candidate(_chunk(3), 0.9), Candidate(_chunk(4), 0.8), Candidate(_chunk(9, "二、乙"), 0.7),
              Candidate(_chunk(5, doc="e", text="第3段。"), 0.6), Candidate(_chunk(1), 0.5)]
    passages = merge_neighbours(ranked, k=3, max_chars=900)
    assert [[c.chunk_id for c in p.merged] for p in passages] == [["d-3", "d-4"], ["d-9"], ["d-1"]]
    assert len(merge_neighbours(ranked, k=3, max_chars=5)[0].merged) == 1


def test_years_named_in_a_question() -> None:
    assert question_years("２０２３年新建了几个友城？2024 年呢") == {2023, 2024}
    assert parse_year_range("2022-2023") == (2022, 2023) and parse_year_range("2023年") == (2023, 2023)
    assert parse_year_range("去年") is None


def test_hybrid_finds_the_friend_city_passage_and_keyword_alone_too(example_library: Settings) -> None:
    library = open_library(example_library)
    for mode in ("hybrid", "keyword", "dense"):
        hits = library.search("市外办新建了几个友城？", k=3, mode=mode)
        assert "新建友城5个" in hits[0].chunk.text, mode
    hit = library.search("诺林市", k=1, mode="keyword")[0]
    assert "诺林市" in hit.chunk.text and hit.keyword_score and hit.dense_score is None


def test_filters_by_year_document_type_and_heading(example_library: Settings) -> None:
    library = open_library(example_library)
    assert library.search("友城", k=5, where=SearchFilter(2019, 2020)) == []
    docs = {d.doc_type: d.doc_id for d in library.documents()}
    only = library.search("学习", k=5, where=SearchFilter(doc_ids=(docs["进展情况汇报"],)))
    assert only and {h.chunk.doc_id for h in only} == {docs["进展情况汇报"]}
    typed = library.search("学习", k=5, where=SearchFilter(doc_types=("整改进展情况通报",)))
    assert typed and {h.chunk.doc_type for h in typed} == {"整改进展情况通报"}
    under = library.search("友城", k=5, where=SearchFilter(section_prefix="二、市委巡察组反馈意见整改进展情况"))
    assert under and all(h.chunk.section.startswith("二、市委巡察组") for h in under)


def test_passages_carry_their_chunk_ids_in_order(example_library: Settings) -> None:
    library = open_library(example_library)
    for hit in library.search("因公出国管理服务", k=5):
        stored = library.chunks_by_id(list(hit.ids))
        assert [stored[i].index for i in hit.ids] == sorted(stored[i].index for i in hit.ids)
        assert hit.chunk.text == "\n".join(stored[i].text for i in hit.ids)


def test_keyword_entries_follow_add_update_remove(settings: Settings, tmp_path) -> None:
    report = tmp_path / "通报.txt"
    report.write_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    library = open_library(settings)
    [added] = ingest_paths([report], library)
    assert library.keywords.count() == added.chunks
    report.write_text(report.read_text(encoding="utf-8").replace("诺林市", "萨马尔罕市"), encoding="utf-8")
    ingest_paths([report], library)
    assert library.keywords.count() == added.chunks
    assert library.search("诺林市", k=3, mode="keyword") == []
    assert "萨马尔罕市" in library.search("萨马尔罕市", k=1, mode="keyword")[0].chunk.text
    assert _stored_df(library) == _recounted_df(library)
    library.remove(library.documents()[0].doc_id)
    assert library.keywords.count() == 0 and library.search("友城", mode="keyword") == []
    assert _stored_df(library) == {}


def _stored_df(library) -> dict[str, int]:
    return dict(library.conn.execute("SELECT term, df FROM keyword_df").fetchall())


def _recounted_df(library) -> dict[str, int]:
    """SQLite's own count of rows per term, independent of ours."""
    library.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, keywords, 'row')")
    return dict(library.conn.execute("SELECT term, doc FROM temp.vocab").fetchall())


def test_rare_terms_are_kept_within_the_postings_budget(example_library: Settings, monkeypatch) -> None:
    import vectorstore.keyword_index as keyword_index

    library = open_library(example_library)
    tokens = library.keywords.tokenizer.tokens("外办 诺林市 未知词语甲乙")
    assert set(library.keywords.selective_terms(tokens)) == {"外办", "诺林市"}
    monkeypatch.setattr(keyword_index, "POSTINGS_BUDGET", 1)
    assert library.keywords.selective_terms(tokens) == ["诺林市"]


def test_search_command_with_filters(settings: Settings) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    result = runner.invoke(app, ["search", "新建友城", "--year", "2023", "--doc", "巡察整改", "--k", "2", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert 1 <= len(rows) <= 2 and all(r["year"] == 2023 and "巡察整改" in r["doc"] for r in rows)
    assert "新建友城5个" in rows[0]["text"] and rows[0]["chunk_ids"]
    bad = runner.invoke(app, ["search", "友城", "--year", "去年"])
    assert bad.exit_code == 1 and "年份格式" in bad.stderr


def test_evidence_matching_rules() -> None:
    from benchmarks.retrieval_eval import contains_evidence

    assert contains_evidence("一是优化布局，新建友城5个（其中县级友城3个）。", "新建友城5个(其中县级友城3个)")
    assert contains_evidence("……缓缴期间免收滞纳金。", "免收") and not contains_evidence("免征", "免收")
    span = "一是优化布局，新建友城5个（其中县级友城3个）。2023年11月济宁市与乌兹别克斯坦诺林市新建友城"
    assert contains_evidence("前文。一是优化布局，新建友城5个（其中县级友城3个）。", span)  # cut by a boundary
    assert not contains_evidence("前文很长很长很长很长很长。一是优化布局，", span)


def test_eval_retrieval_on_the_example_dev_set(settings: Settings) -> None:
    devset = EXAMPLES.parent / "eval" / "example_reports_devset.jsonl"
    result = CliRunner().invoke(bench_app, ["eval", "retrieval", str(devset), "--corpus", str(EXAMPLES), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {"dense", "keyword", "hybrid"}
    assert scores["hybrid"]["hit@5"] >= 0.95 and scores["hybrid"]["hit@5"] >= scores["dense"]["hit@5"]
    assert scores["hybrid"]["mrr"] > scores["dense"]["mrr"]


def test_a_library_without_keyword_entries_gets_them_on_open(settings: Settings) -> None:
    library = open_library(settings)
    ingest_paths([FRIEND_CITY_REPORT], library)
    chunks = library.keywords.count()
    library.conn.execute("DELETE FROM keywords")
    assert open_library(settings).keywords.count() == chunks
    assert open_library(settings).search("诺林市", k=1, mode="keyword")


def test_a_year_in_the_question_prefers_that_years_report(settings: Settings, tmp_path) -> None:
    text = FRIEND_CITY_REPORT.read_text(encoding="utf-8")
    (tmp_path / "2023年通报.txt").write_text(text, encoding="utf-8")
    later = text.replace("2023", "2024").replace("新建友城5个（其中县级友城3个）", "新建友城2个（其中县级友城1个）")
    (tmp_path / "2024年通报.txt").write_text(later, encoding="utf-8")
    library = open_library(settings)
    ingest_paths([tmp_path], library)
    for year, figure in ((2023, "新建友城5个"), (2024, "新建友城2个")):
        top = library.search(f"{year}年新建了几个友城？", k=3)[0]
        assert top.chunk.year == year and figure in top.chunk.text


def test_a_configured_reranker_reorders_candidates_and_a_missing_one_says_so(models_dir) -> None:
    import pytest

    from ingest.errors import RerankerMissing
    from vectorstore.rerank import CrossEncoderReranker, make_reranker

    with pytest.raises(RerankerMissing, match="找不到重排序模型"):
        make_reranker("/nonexistent/cross-encoder", 60)
    assert make_reranker("", 60) is None
    # Any local sentence-transformers folder loads as a CrossEncoder (with a fresh scoring head).
    reranker = CrossEncoderReranker(str(models_dir / "multilingual-e5-small"))
    candidates = [Candidate(_chunk(i, text=t), 0.1) for i, t in enumerate(["新建友城5个。", "召开会议。", "学习培训。"])]
    ranked = reranker.rerank("新建了几个友城", candidates)
    assert sorted(c.chunk.chunk_id for c in ranked) == ["d-0", "d-1", "d-2"]
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)


def test_a_broken_question_set_gets_a_clear_message(settings: Settings, tmp_path) -> None:
    bad = tmp_path / "qa.jsonl"
    bad.write_text('{"q": "新建了几个友城？", "evidence": "新建友城5个", "doc": null}\n{不是JSON\n', encoding="utf-8")
    result = CliRunner().invoke(bench_app, ["eval", "retrieval", str(bad), "--corpus", str(EXAMPLES)])
    assert result.exit_code == 1 and "问题集第 2 行不是合法的 JSON" in result.stderr


def test_keyword_search_also_looks_for_the_synonyms_of_a_questions_words(tmp_path) -> None:
    import sqlite3

    from ingest.nlp.keywords import KeywordTokenizer
    from vectorstore.keyword_index import KeywordIndex

    index = KeywordIndex(sqlite3.connect(":memory:"))
    index.tokenizer = KeywordTokenizer()
    tokens = index.with_synonyms(index.tokenizer.tokens("青州区2017年侨企有多少家？"))
    assert {"侨企", "侨资", "企业"} <= set(tokens)  # 侨资企业, as the index cuts it


def test_a_term_the_library_never_uses_is_read_as_the_abbreviation_of_one_it_does() -> None:
    import sqlite3

    from ingest.nlp.keywords import KeywordTokenizer
    from vectorstore.keyword_index import KeywordIndex, abbreviates

    assert abbreviates("博会", ["博览会"]) and abbreviates("外办", ["外事", "办公室"])
    assert abbreviates("领保", ["领事", "保护"]) and not abbreviates("党员", ["党组", "成员"])
    index = KeywordIndex(sqlite3.connect(":memory:"))
    index.tokenizer = KeywordTokenizer()
    index.conn.executemany("INSERT INTO keyword_df (term, df) VALUES (?, ?)",
                           [("博览会", 4), ("博物馆学会", 1), ("党组成员", 3)])
    assert index.expansion("博会") == "博览会"
    assert index.expansion("党员") is None  # an everyday word names what it names: absent here
    assert "博览会" in index.with_synonyms(index.tokenizer.tokens("茶博会哪年开始办的？"))

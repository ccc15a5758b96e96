"""The ingest benchmark runs on real files and reports every stage against its baseline."""

from pathlib import Path

from assistant.settings import Settings
from benchmarks.corpus import export_contexts
from benchmarks.ingest_speed import STAGES, run
from tests.conftest import EXAMPLES


def test_ingest_benchmark_on_the_examples(settings: Settings) -> None:
    result = run(EXAMPLES, settings, rounds=2)
    assert len(result.raw_runs) == 3 and len(result.round_overheads) == 2
    assert result.documents == 2 and result.failed == 0
    assert result.chunks > 40 and result.raw_embed_s > 0
    assert result.stages["embed"] > 0 and result.stages["store"] > 0
    table = result.table()
    assert all(stage in table for stage in STAGES)
    assert "baseline" in table and "chunks/s" in table


def test_contexts_of_a_qa_file_become_documents(tmp_path: Path) -> None:
    qa = tmp_path / "qa.jsonl"
    qa.write_text('{"docid": "a", "context": "第一份通知。", "question": "q"}\n'
                  '{"docid": "a", "context": "第一份通知。", "question": "q2"}\n'
                  '{"docid": "b", "context": "第二份通知。", "question": "q3"}\n', encoding="utf-8")
    assert export_contexts(qa, tmp_path / "out") == 2
    assert sorted(p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir()) == ["第一份通知。", "第二份通知。"]


def test_retrieval_scale_benchmark_grows_the_library_and_times_every_mode(settings: Settings) -> None:
    from benchmarks import retrieval_scale
    from benchmarks.retrieval_eval import load_questions

    questions = [q.question for q in load_questions(EXAMPLES.parent / "eval" / "example_reports_devset.jsonl")][:10]
    rows = retrieval_scale.run(EXAMPLES, questions, settings, scales=(100, 400))
    assert [r.chunks for r in rows] == [100, 400] and [r.stored for r in rows] == [(100, 100), (400, 400)]
    assert all(r.p95_ms[m] >= r.p50_ms[m] > 0 for r in rows for m in retrieval_scale.MODES)
    table = retrieval_scale.table(rows, len(questions))
    assert "target: hybrid p95 <= 50 ms at 400 chunks" in table and "1.00x" in table


def test_answer_grading_and_the_independent_figure_check() -> None:
    from assistant.ask.chain import Answer
    from benchmarks.answer_eval import contains_gold, shown_unverified

    assert contains_gold("新建友城5个（其中县级友城3个）", "5") and not contains_gold("2025年新建友城", "5")
    assert contains_gold("位于北京北铃专用汽车有限公司", "北京北铃专用汽车有限公司")
    source = ["一是优化布局，新建友城5个（其中县级友城3个）。"]
    assert not shown_unverified(Answer("q", "新建友城5个[1]，其中县级3个。", True, []), source)
    assert shown_unverified(Answer("q", "新建友城6个[1]。", True, []), source)
    assert not shown_unverified(Answer("q", "新建友城6个【未核实】[1]。", True, []), source)


def test_frozen_grader_reads_figures_with_their_unit_and_not_inside_longer_numbers() -> None:
    from benchmarks.frozen_eval import FrozenQuestion, Graded, mentions

    assert mentions("全年接待外宾团组56批[1]。", "56批")
    assert mentions("共 56 批", "56批")
    assert not mentions("全年接待外宾团组156批。", "56批")
    assert not mentions("全年接待外宾团组56.5批。", "56批")
    assert not mentions("接待56人次", "56批")
    assert mentions("主任是王建明[2]", "王建明")
    question = FrozenQuestion("figure", "2019年接待多少批？", (("73批",),), ("67批",))
    right = Graded(question, "73批（上年为67批）", True, "extractive", 0.1, 0.1)
    wrong = Graded(question, "67批[1]", True, "extractive", 0.1, 0.1)
    assert right.right and not right.wrong_year_or_entity
    assert not wrong.right and wrong.wrong_year_or_entity
    unanswerable = FrozenQuestion("not_found", "2011年呢？", None)
    assert Graded(unanswerable, "资料中未找到", False, "not_found", 0.1, 0.1).right
    assert not Graded(unanswerable, "2011年接待50批", True, "llm", 0.1, 0.1).right


def test_a_section_the_model_cannot_draft_in_time_is_a_failed_case_not_a_failed_run() -> None:
    from benchmarks.draft_eval import DraftCase, run
    from benchmarks.style import house_style
    from ingest.errors import LLMUnavailable

    class OutOfTime:
        def draft(self, request):
            raise LLMUnavailable("大模型生成超过 120 秒，已停止 (LLM generation timed out after 120 s)")

    cases = [DraftCase("d1", "一、", "一、工作进展", "工作总结", ("新建友城2个",), "全年新建友城2个。")]
    drafts = run(lambda case: OutOfTime(), cases, house_style(["全年新建友城2个。"]))
    assert drafts.records == [] and len(drafts.failures) == 1 and "120" in drafts.failures[0].error

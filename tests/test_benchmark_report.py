"""The benchmark report's table and the naive pipeline it is measured against."""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks import report
from benchmarks.naive import CHUNK_CHARS, NaiveIndex, fixed_chunks
from benchmarks.report import Failure, Figure
from benchmarks.stats import mean, median, quantile
from tests.conftest import EXAMPLES


def test_a_figure_is_judged_against_its_target_and_compared_with_its_baseline() -> None:
    fast = Figure("answers", "time to first token p50", 1.5, "{:.2f} s", ("<=", 2.0), baseline=6.0)
    slow = Figure("answers", "time to first token p95", 2.5, "{:.2f} s", ("<=", 2.0))
    assert fast.met and fast.ratio == 0.25
    assert slow.met is False and slow.ratio is None
    assert Figure("x", "y", float("nan"), target=(">=", 1.0)).met is None
    assert Figure("x", "y", 1.0, baseline=0.0).ratio is None


def test_the_table_shows_every_row_and_the_summary_names_what_missed() -> None:
    figures = [Figure("answers", "time to first token p50", 1.5, "{:.2f} s", ("<=", 2.0), baseline=6.0),
               Figure("checks", "recall", 0.9, target=(">=", 0.95), baseline=0.1, note="a|b"),
               Failure("load", "RuntimeError: port busy")]
    text = report.table(figures)
    lines = text.splitlines()
    assert len(lines) == 5 and all(line.count("|") == 9 for line in lines)
    assert "| 1.50 s | <= 2.00 s | yes | 6.00 s (naive) | 0.25× |" in text
    assert "**no**" in lines[3] and "a/b" in lines[3]
    assert "RuntimeError: port busy" in lines[4]
    summary = report.summary(figures)
    assert summary.startswith("1 of 2 targets met.") and "checks: recall" in summary and "load" in summary
    page = report.markdown([report.SectionRun("all", figures)], ["- Corpus: x"], "report-assistant bench report")
    assert "## Machine" in page and "CPU:" in page and "- Corpus: x" in page and text in page


def test_an_empty_sample_gives_a_figure_with_no_verdict_not_a_crash_or_a_met_zero() -> None:
    assert quantile([3.0, 1.0, 2.0, 4.0], 0.5) == 3.0 and quantile([5.0], 0.95) == 5.0
    assert median([1.0, 2.0]) == 1.5 and mean([1.0, 2.0]) == 1.5
    empty = Figure("answers", "time to first token p50", quantile([], 0.5), "{:.2f} s", ("<=", 2.0), median([]))
    assert empty.met is None and empty.ratio is None and math.isnan(mean([]))
    assert report.summary([empty]) == "0 of 0 targets met."


def test_naive_chunks_are_fixed_windows_of_the_whole_text() -> None:
    text = "一" * (2 * CHUNK_CHARS + 7)
    parts = fixed_chunks(f"  {text}\n")
    assert [len(p) for p in parts] == [CHUNK_CHARS, CHUNK_CHARS, 7] and "".join(parts) == text


def test_the_naive_index_finds_a_passage_by_its_vector_alone(tmp_path: Path, settings) -> None:
    from vectorstore.embeddings import shared_embeddings

    index = NaiveIndex(tmp_path / "naive", shared_embeddings(settings.embedding_source))
    files: list[int] = []
    seconds = index.add_files([EXAMPLES], lambda: files.append(1))
    assert len(files) == len(list(EXAMPLES.iterdir())) and seconds > 0
    assert index.collection.count() == len(index.chunks) > 10
    hits = index.search("翻译人才库有多少人？", 3)
    assert len(hits) == 3 and all(len(h.chunk.text) <= CHUNK_CHARS for h in hits)
    assert any("翻译人才" in h.chunk.text for h in hits)


def test_a_run_of_some_sections_keeps_the_other_sections_from_the_run_before(tmp_path: Path) -> None:
    old = [report.SectionRun("ingest", [Figure("ingest", "overhead", 0.3, "{:.1%}", ("<", 0.1), note="x")],
                             "abc1234", "2026-12-01 10:02", 12.0),
           report.SectionRun("answers", [Figure("answers", "accuracy", 0.5, baseline=0.4)], "abc1234", "", 30.0),
           report.SectionRun("drafts", [Failure("drafts", "RuntimeError: no model")], "abc1234", "", 1.0)]
    data = tmp_path / "benchmarks.json"
    report.save(data, old)
    earlier = report.load(data)
    assert [earlier[r.name] for r in old] == old  # figures, targets and failures come back as they were
    new = report.SectionRun("answers", [Figure("answers", "accuracy", 0.9, baseline=0.4)], "def5678", "", 31.0)
    runs = report.merged(earlier, [new], ("cold_start", "ingest", "answers", "drafts"))
    assert [r.name for r in runs] == ["ingest", "answers", "drafts"] and runs[1] is new
    page = report.markdown(runs, ["- Corpus: x"], "python -m benchmarks bench report --section answers")
    assert "| answers | def5678 |" in page and "| ingest | abc1234 |" in page and "different commits" in page
    assert "| 0.900 |" in page and "| 0.500 |" not in page and "1 of 2 targets met" not in page
    assert report.load(tmp_path / "missing.json") == {}

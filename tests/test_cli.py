"""The `report-assistant` command, run in-process against real stores and models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import ENV_PREFIX, Settings
from tests.conftest import EXAMPLES

runner = CliRunner()


def test_config_show_prints_effective_settings_without_secrets(home: Path, monkeypatch) -> None:
    monkeypatch.setenv(ENV_PREFIX + "LLM__API_KEY", "sk-hidden")
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["home"] == str(home)
    assert data["effective"]["chroma"] == str(home / "chroma")
    assert "sk-hidden" not in result.output


def test_home_flag_beats_environment(home: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["--home", str(tmp_path / "flagged"), "config", "show"])
    assert json.loads(result.output)["home"] == str(tmp_path / "flagged")


def test_ingest_then_search_json(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), str(bad)])
    assert result.exit_code == 0, result.output
    assert "新增 2" in result.output and "失败 1" in result.output and "文件为空" in result.output

    result = runner.invoke(app, ["search", "市外办新建了几个友城？", "--k", "2", "--json"])
    rows = json.loads(result.output)
    assert len(rows) == 2
    assert "新建友城5个" in rows[0]["text"]
    assert {"doc", "text", "score", "section", "year"} <= set(rows[0])


def test_ingest_exits_non_zero_when_everything_failed(home: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "文件不存在" in result.output


@pytest.mark.parametrize(("command", "says"), [(["search", "友城"], "models prepare"), (["models", "check"], "未准备")])
def test_unprepared_models_folder_says_what_to_do(tmp_path: Path, monkeypatch, command: list[str], says: str) -> None:
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", str(tmp_path / "no-models"))
    result = runner.invoke(app, ["--home", str(tmp_path), *command])
    assert result.exit_code == 1
    assert says in result.output


def test_models_check_reports_both_models(home: Path) -> None:
    result = runner.invoke(app, ["models", "check"])
    assert result.exit_code == 0, result.output
    assert "Qwen2.5 Coder 1.5B Instruct" in result.output
    assert "384" in result.output


def test_models_prepare_skips_what_is_done(home: Path) -> None:
    result = runner.invoke(app, ["models", "prepare"])
    assert result.exit_code == 0, result.output
    assert "跳过" in result.output


@pytest.mark.llm
def test_ask_json_with_the_real_model(example_library: Settings, monkeypatch) -> None:
    monkeypatch.setenv(ENV_PREFIX + "HOME", str(example_library.home))
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", str(example_library.models_path))
    result = runner.invoke(app, ["ask", "市外办新建了几个友城？", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["found"] is True
    assert "5" in data["answer"]
    assert any("友好城市" in c["section"] and "新建友城5个" in c["quote"] for c in data["citations"])


def test_ask_prints_the_answer_its_checks_and_sources(example_library: Settings, monkeypatch) -> None:
    """The fast path needs no model; the plain (not --json) output goes through every figure check."""
    monkeypatch.setenv(ENV_PREFIX + "HOME", str(example_library.home))
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", str(example_library.models_path))
    result = runner.invoke(app, ["ask", "市外办新建了几个友城？"])
    assert result.exit_code == 0, result.output
    assert "新建友城5个" in result.output and "[1] 《" in result.output


def test_list_facts_and_remove(home: Path) -> None:
    assert runner.invoke(app, ["ingest", str(EXAMPLES)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["list", "--json"]).output)
    assert {d["doc_type"] for d in listed} == {"整改进展情况通报", "进展情况汇报"}

    found = json.loads(runner.invoke(app, ["facts", "新建友城", "--kind", "figure", "--json"]).output)
    assert any(f["text"] == "5个" and f["qualifier"] == "其中县级友城3个" for f in found)

    ambiguous = runner.invoke(app, ["remove", "关于"])
    assert ambiguous.exit_code == 1 and "请用文档编号指定" in ambiguous.output
    removed = runner.invoke(app, ["remove", "2023_济宁市外办党组_巡察整改进展情况通报.txt"])
    assert removed.exit_code == 0 and "已删除" in removed.output
    assert len(json.loads(runner.invoke(app, ["list", "--json"]).output)) == 1
    assert json.loads(runner.invoke(app, ["facts", "新建友城", "--json"]).output) == []

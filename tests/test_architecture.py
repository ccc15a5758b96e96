"""The layers hold: import-linter's contracts (pyproject.toml), no import circles between modules, and
commands that need no model start without loading one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "ingest", "vectorstore", "prompts", "benchmarks")
HEAVY = ("torch", "sentence_transformers", "llama_cpp", "transformers", "chromadb", "gradio", "langchain_core")


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    circles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if chain := graph.find_shortest_chain(importer=imported, imported=importer):
                circles.append(" -> ".join((importer, *chain)))
    assert not circles, "\n".join(circles)


def _modules_loaded_by(*args: str, home: Path) -> set[str]:
    """The modules loaded after running `report-assistant ARGS` in a fresh interpreter."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from assistant.cli import app\n"
        f"result = CliRunner().invoke(app, ['--home', {str(home)!r}, *{list(args)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {line.split(".")[0] for line in out.splitlines()}


def test_commands_that_need_no_model_load_none(tmp_path: Path) -> None:
    for args in (["list"], ["facts", "友城"], ["config", "show"], ["user", "list"], ["--help"]):
        loaded = _modules_loaded_by(*args, home=tmp_path)
        assert not loaded & set(HEAVY), (args, sorted(loaded & set(HEAVY)))


def test_a_search_loads_no_pytorch(example_library) -> None:
    """A cold `search` embeds its query by the numpy encoder: torch, transformers and
    sentence-transformers stay unloaded (they cost ~7 s of the start on this machine)."""
    loaded = _modules_loaded_by("--models-dir", str(example_library.models_path), "search", "新建友城", "--k", "2",
                                home=example_library.home)
    assert not loaded & {"torch", "transformers", "sentence_transformers", "llama_cpp"}, sorted(loaded)
    assert "chromadb" in loaded  # it did search the store

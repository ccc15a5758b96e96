from pathlib import Path

import pytest

from assistant.settings import ENV_PREFIX, load_settings


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    from tests.conftest import _clear_env

    _clear_env(monkeypatch)
    monkeypatch.setenv(ENV_PREFIX + "HOME", str(tmp_path))
    (tmp_path / "config.toml").write_text(
        'models_dir = "/from/file"\n[llm]\nthreads = 7\nmodel = "file-model"\n[chroma]\nhost = "10.0.0.9"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_file_is_read_from_home(clean_env: Path) -> None:
    s = load_settings()
    assert s.models_path == Path("/from/file")
    assert s.llm.threads == 7
    assert s.chroma.host == "10.0.0.9"
    assert s.chroma_path == clean_env / "chroma"


def test_environment_overrides_file(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", "/from/env")
    monkeypatch.setenv(ENV_PREFIX + "LLM__MODEL", "env-model")
    s = load_settings()
    assert s.models_path == Path("/from/env")
    assert s.llm.model == "env-model"
    assert s.llm.threads == 7  # untouched keys of the same table still come from the file


def test_flag_overrides_environment(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PREFIX + "MODELS_DIR", "/from/env")
    s = load_settings(models_dir=Path("/from/flag"), llm={"model": "flag-model"})
    assert s.models_path == Path("/from/flag")
    assert s.llm.model == "flag-model"


def test_home_flag_selects_its_config_file(clean_env: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    other = tmp_path_factory.mktemp("other")
    (other / "config.toml").write_text("[retrieval]\nk = 9\n", encoding="utf-8")
    s = load_settings(home=other)
    assert s.retrieval.k == 9
    assert s.models_path == other / "models"


def test_defaults_without_any_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.conftest import _clear_env

    _clear_env(monkeypatch)
    s = load_settings(home=tmp_path)
    assert s.llm.backend == "llamacpp"
    assert s.embedding_source == str(tmp_path / "models" / "multilingual-e5-small")
    assert s.chroma.host is None


def test_public_dict_masks_the_api_key(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_PREFIX + "LLM__API_KEY", "sk-very-secret")
    shown = str(load_settings().public_dict())
    assert "sk-very-secret" not in shown
    assert "**********" in shown

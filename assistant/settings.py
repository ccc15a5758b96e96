"""One settings object: TOML file < environment (REPORT_ASSISTANT_*) < command-line flags."""

from __future__ import annotations

import os
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from ingest.settings import IngestSettings
from vectorstore.settings import (
    DEFAULT_EMBEDDING,
    ChromaSettings,
    EmbeddingSettings,
    RetrievalSettings,
)

ENV_PREFIX = "REPORT_ASSISTANT_"
CONFIG_FILENAME = "config.toml"

_config_file: ContextVar[Path | None] = ContextVar("_config_file", default=None)


class LLMSettings(BaseModel):
    backend: Literal["llamacpp", "openai"] = "llamacpp"
    gguf_path: Path | None = None
    threads: int = 2
    context_tokens: int = 4096
    max_tokens: int = 512
    temperature: float = 0.1
    base_url: str | None = None
    model: str | None = None
    api_key: SecretStr | None = None
    timeout_s: float = 120.0


class AnswerSettings(BaseModel):
    """Context budget, the not-found threshold and the fast path (README, "Answers")."""

    context_chars: int = 180  # measured: ~0.7 prompt tokens per character, ~1 s per 100 tokens here
    min_coverage: float = 0.5
    fast_path: bool = True
    history_turns: int = 4
    closest: int = 3


class DraftSettings(BaseModel):
    """Drafting: how much of earlier reports the model sees (exemplar counts are in each prompt file)."""

    material_chars: int = 240
    material_hits: int = 6
    exemplar_hits: int = 8
    max_points: int = 8
    outline_levels: int = 2


class WebSettings(BaseModel):
    """Login is required whenever the app listens beyond this machine; users are name = salted hash
    (`report-assistant user add NAME` writes them)."""

    users: dict[str, str] = {}
    max_upload_mb: float = 50.0
    require_login: bool = False  # also on 127.0.0.1


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="ignore"
    )

    home: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("report-assistant")))
    models_dir: Path | None = None
    embedding: EmbeddingSettings = EmbeddingSettings()
    llm: LLMSettings = LLMSettings()
    chroma: ChromaSettings = ChromaSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    answer: AnswerSettings = AnswerSettings()
    draft: DraftSettings = DraftSettings()
    ingest: IngestSettings = IngestSettings()
    web: WebSettings = WebSettings()
    config_file: Path | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_config_file.get(), deep_merge=True)
        return init_settings, env_settings, toml

    @property
    def models_path(self) -> Path:
        return self.models_dir or self.home / "models"

    @property
    def library_db(self) -> Path:
        return self.home / "library.sqlite3"

    @property
    def chroma_path(self) -> Path:
        return self.chroma.path or self.home / "chroma"

    @property
    def embedding_source(self) -> str:
        """What sentence-transformers loads: the prepared folder or the configured name/path."""
        if self.embedding.model == DEFAULT_EMBEDDING:
            return str(self.models_path / DEFAULT_EMBEDDING)
        return self.embedding.model

    def public_dict(self) -> dict[str, Any]:
        """Effective settings for display; secrets are masked by SecretStr."""
        data = self.model_dump(mode="json")
        data["web"]["users"] = dict.fromkeys(self.web.users, "********")
        data["effective"] = {
            "models_dir": str(self.models_path),
            "chroma": f"{self.chroma.host}:{self.chroma.port}" if self.chroma.host
            else str(self.chroma_path),
            "embedding": self.embedding_source,
        }
        return data


def config_file_for(home: Path | None, config: Path | None) -> Path:
    """The TOML file: --config, else $REPORT_ASSISTANT_CONFIG, else <home>/config.toml."""
    if config:
        return config
    if env := os.environ.get(ENV_PREFIX + "CONFIG"):
        return Path(env)
    if home is None:
        home = Path(os.environ.get(ENV_PREFIX + "HOME") or platformdirs.user_data_dir("report-assistant"))
    return home / CONFIG_FILENAME


def load_settings(config: Path | None = None, **flags: Any) -> Settings:
    """Flags that are None are treated as not given, so lower layers show through."""
    given = {key: value for key, value in flags.items() if value is not None}
    home = given.get("home")
    path = config_file_for(Path(home) if home else None, config)
    token = _config_file.set(path)
    try:
        return Settings(config_file=path, **given)
    finally:
        _config_file.reset(token)

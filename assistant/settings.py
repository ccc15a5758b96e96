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
    backend: Literal["llamacpp", "openai"] = Field(
        "llamacpp",
        description="`llamacpp` (the embedded GGUF) or `openai` (any OpenAI-compatible server: vLLM, Ollama).",
    )
    gguf_path: Path | None = Field(None, description="GGUF file for `llamacpp`; unset: the one `models prepare` joins.")
    threads: int = Field(2, description="CPU threads of llama.cpp.")
    context_tokens: int = Field(4096, description="Context window of llama.cpp, in tokens.")
    max_tokens: int = Field(512, description="Most tokens generated per reply.")
    temperature: float = Field(0.1, description="Sampling temperature.")
    base_url: str | None = Field(None, description="Server URL for `openai`, e.g. `http://127.0.0.1:8000/v1`.")
    model: str | None = Field(None, description="Model name on the `openai` server.")
    api_key: SecretStr | None = Field(
        None,
        description="API key for `openai`; best set in the environment. Masked when shown.",
    )
    timeout_s: float = Field(
        120.0,
        description="Seconds a reply may take (generation, or the HTTP timeout); then a Chinese error.",
    )


class AnswerSettings(BaseModel):
    """Context budget, the not-found threshold and the fast path (docs/ask.md)."""

    # measured: ~0.7 prompt tokens per character, ~1 s per 100 tokens here
    context_chars: int = Field(180, description="Characters of source sentences the model is given to answer from.")
    # measured on the dev QA tuning half (98 questions, the whole chain, 2026-12-03): 0.663 at 180, 0.714 at 400
    # with sentences chosen to cover the question; the evidence streams first, so the model's later start is
    # not what the user waits for
    other_context_chars: int = Field(
        400,
        description="The same for a question of no figure, date or person kind (what, which, what was required).",
    )
    evidence_first: bool = Field(
        True,
        description="A question of no figure, date or person kind answered by the model shows the sentences the "
                    "model reads first (资料原文, cited), then the model's summary below them.",
    )
    open_chars: int = Field(
        800,
        description="Characters of an answering section quoted point by point for an open question (如何开展…).",
    )
    min_coverage: float = Field(
        0.5,
        description="Share of the question's weighted terms the passages must hold, else 资料中未找到.",
    )
    fast_path: bool = Field(
        True,
        description="Answer a figure or date question that one clause answers by quoting it, without the model.",
    )
    history_turns: int = Field(4, description="Earlier questions kept to make a follow-up standalone.")
    closest: int = Field(3, description="Closest passages listed with a not-found answer.")


class DraftSettings(BaseModel):
    """Drafting: how much of earlier reports the model sees (exemplar counts are in each prompt file)."""

    material_chars: int = Field(
        600,
        description="Characters of earlier reports' sentences a draft may draw figures from.",
    )
    material_hits: int = Field(8, description="Passages searched for that material.")
    exemplar_hits: int = Field(8, description="Passages searched for a similar earlier section to imitate.")
    max_points: int = Field(8, description="Most key points (items) in one drafted section.")
    outline_levels: int = Field(2, description="Heading levels of an outline (`--mode outline`).")


class WebSettings(BaseModel):
    """Login is required whenever the app listens beyond this machine; users are name = salted hash
    (`report-assistant user add NAME` writes them)."""

    users: dict[str, str] = Field({}, description="name = salted PBKDF2 hash; set with `report-assistant user add`.")
    max_upload_mb: float = Field(50.0, description="Larger uploads are refused by the server.")
    # also on 127.0.0.1
    require_login: bool = Field(False, description="Require login on 127.0.0.1 too; any other host always requires it.")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="ignore"
    )

    home: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("report-assistant")),
                       description="Data folder: the library, vectors, config.toml, uploads (and models by default).")
    models_dir: Path | None = Field(
        None,
        description="Prepared models, shareable between libraries; unset: `<home>/models`.",
    )
    embedding: EmbeddingSettings = Field(EmbeddingSettings(), description="The embedding model.")
    llm: LLMSettings = Field(
        LLMSettings(),
        description="The chat model: embedded llama.cpp or an OpenAI-compatible server.",
    )
    chroma: ChromaSettings = Field(ChromaSettings(), description="The dense index: a Chroma folder or server.")
    retrieval: RetrievalSettings = Field(RetrievalSettings(), description="Hybrid search.")
    answer: AnswerSettings = Field(
        AnswerSettings(),
        description="Answers: context budget, not found, fast path, follow-ups.",
    )
    draft: DraftSettings = Field(DraftSettings(), description="Drafting: how much of earlier reports the model sees.")
    ingest: IngestSettings = Field(IngestSettings(), description="The ingest pipeline: limits and priority.")
    web: WebSettings = Field(WebSettings(), description="The web app: users, login, upload size.")
    config_file: Path | None = Field(
        None,
        description="The TOML file read: `--config`, else `$REPORT_ASSISTANT_CONFIG`, else `<home>/config.toml`; set "
        "by the program, not in the file.",
    )

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

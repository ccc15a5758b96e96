"""What is configured, and whether it loads (`report-assistant models check`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.model_setup.e5_prepare import is_prepared
from assistant.model_setup.gguf_join import QWEN_CODER_1_5B, is_verified
from assistant.settings import Settings
from vectorstore.settings import DEFAULT_EMBEDDING


def gguf_path(settings: Settings) -> Path:
    """The configured GGUF file, else the one `models prepare` joins into the models folder."""
    return settings.llm.gguf_path or settings.models_path / QWEN_CODER_1_5B.filename


@dataclass(frozen=True)
class ModelStatus:
    role: str
    configured: str
    ok: bool
    detail: str


def embedding_status(settings: Settings) -> ModelStatus:
    source = settings.embedding_source
    if settings.embedding.model == DEFAULT_EMBEDDING and not is_prepared(settings.models_path / DEFAULT_EMBEDDING):
        return ModelStatus("embedding", source, False, "未准备，请运行 models prepare (not prepared)")
    try:
        from vectorstore.embeddings import SentenceEmbeddings

        vector = SentenceEmbeddings(source).embed_query("测试")
        return ModelStatus("embedding", source, True, f"已加载，维度 {len(vector)} (loads, dim {len(vector)})")
    except Exception as exc:
        return ModelStatus("embedding", source, False, f"加载失败 (load failed): {exc}")


def llm_status(settings: Settings) -> ModelStatus:
    cfg = settings.llm
    if cfg.backend == "openai":
        return _openai_status(settings)
    path = gguf_path(settings)
    if cfg.gguf_path is None and not is_verified(path, QWEN_CODER_1_5B.sha256):
        return ModelStatus("llm", str(path), False, "未准备或未通过校验，请运行 models prepare (not prepared)")
    try:
        from llama_cpp import Llama

        model = Llama(str(path), n_ctx=256, n_threads=cfg.threads, vocab_only=True, verbose=False)
        name = model.metadata.get("general.name", "?")
        return ModelStatus("llm", str(path), True, f"可加载：{name} (loads)")
    except Exception as exc:
        return ModelStatus("llm", str(path), False, f"加载失败 (load failed): {exc}")


def _openai_status(settings: Settings) -> ModelStatus:
    import httpx

    cfg = settings.llm
    label = f"{cfg.base_url} · {cfg.model}"
    if not cfg.base_url:
        return ModelStatus("llm", label, False, "未配置 llm.base_url (base_url missing)")
    headers = {"Authorization": f"Bearer {cfg.api_key.get_secret_value()}"} if cfg.api_key else {}
    try:
        reply = httpx.get(cfg.base_url.rstrip("/") + "/models", headers=headers, timeout=10)
        reply.raise_for_status()
        models = [m.get("id") for m in reply.json().get("data", [])]
    except (httpx.HTTPError, ValueError) as exc:
        return ModelStatus("llm", label, False, f"无法连接模型服务 (server unreachable): {exc}")
    if cfg.model in models:
        return ModelStatus("llm", label, True, "服务可用 (server up)")
    return ModelStatus("llm", label, False, f"服务上没有该模型 (model not served): {models}")

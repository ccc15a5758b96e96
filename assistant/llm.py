"""The chat model behind one interface: embedded llama.cpp (default) or any OpenAI-compatible server."""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import nullcontext

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.model_setup.status import gguf_path
from assistant.settings import Settings
from ingest.errors import LLMUnavailable

log = logging.getLogger(__name__)


_lock = threading.Lock()
_loaded: dict[tuple, BaseChatModel] = {}
# One llama.cpp context cannot generate for two callers at once: the web app's asks and drafts share
# the model, so its generations take turns here (a server backend queues on its own).
_one_at_a_time: dict[int, threading.Lock] = {}
# A server backend has its HTTP timeout; the embedded model's generation is stopped between tokens.
_time_limits: dict[int, float] = {}
# Generations under way or waiting for their turn, per model: what a new question queues behind.
_in_flight: dict[int, int] = {}


@atexit.register
def _close_models() -> None:
    """llama.cpp's finaliser would otherwise run during interpreter shutdown, when the library's functions
    may already be gone (`TypeError: 'NoneType' object is not callable` printed at exit): the embedded
    models are closed while everything is still loaded."""
    with _lock:
        for model in _loaded.values():
            if callable(close := getattr(getattr(model, "client", None), "close", None)):
                close()
        _loaded.clear()


def _llamacpp(settings: Settings) -> BaseChatModel:
    from langchain_community.chat_models import ChatLlamaCpp

    path = gguf_path(settings)
    if not path.is_file():
        raise LLMUnavailable(
            f"本地大模型文件不存在：{path}。请先运行 report-assistant models prepare"
            f" (GGUF model not found: {path}; run `report-assistant models prepare`)"
        )
    cfg = settings.llm
    try:
        model = ChatLlamaCpp(
            model_path=str(path), n_ctx=cfg.context_tokens, n_threads=cfg.threads, n_batch=512,
            max_tokens=cfg.max_tokens, temperature=cfg.temperature, top_p=0.9, repeat_penalty=1.05,
            # 0 means "as stored in the GGUF"; the wrapper's defaults would override Qwen's RoPE base.
            rope_freq_base=0.0, rope_freq_scale=0.0, seed=42, verbose=False, streaming=True,
        )
    except (ValueError, OSError, RuntimeError) as exc:
        log.warning("cannot load %s: %s", path, exc)
        raise LLMUnavailable(
            f"本地大模型文件无法加载（可能已损坏或不完整）：{path}。请运行 report-assistant models prepare 重新准备"
            f" (cannot load the GGUF model; it may be corrupt)") from exc
    _one_at_a_time[id(model)] = threading.Lock()
    _time_limits[id(model)] = cfg.timeout_s
    return model


def _openai(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    cfg = settings.llm
    if not cfg.base_url or not cfg.model:
        raise LLMUnavailable(
            "使用 OpenAI 兼容接口时必须配置 llm.base_url 和 llm.model"
            " (llm.base_url and llm.model are required for the openai backend)"
        )
    return ChatOpenAI(
        base_url=cfg.base_url, model=cfg.model, api_key=cfg.api_key or "not-needed",
        temperature=cfg.temperature, max_tokens=cfg.max_tokens, timeout=cfg.timeout_s,
        max_retries=1, streaming=True,
    )


def shared_chat_model(settings: Settings) -> BaseChatModel:
    """One instance per configuration and process: the embedded model takes ~2 GB and a load."""
    cfg = settings.llm
    # SecretStr compares and hashes by value but never shows it.
    key = (cfg.backend, str(gguf_path(settings)), cfg.base_url, cfg.model, cfg.threads,
           cfg.context_tokens, cfg.max_tokens, cfg.temperature, cfg.timeout_s, cfg.api_key)
    with _lock:
        if key not in _loaded:
            _loaded[key] = _openai(settings) if cfg.backend == "openai" else _llamacpp(settings)
        return _loaded[key]


def queued_ahead(llm: BaseChatModel | None) -> int:
    """How many generations of this model are under way or waiting: a new one starts after them."""
    with _lock:
        return _in_flight.get(id(llm), 0) if llm is not None else 0


def stream_text(llm: BaseChatModel | None, messages: list) -> Iterator[str]:
    """The model's reply piece by piece; any backend failure becomes one Chinese LLMUnavailable.
    The embedded model is stopped once it has generated for longer than its time limit
    (`llm.timeout_s`, counted from when it is free to start, not from a wait for its turn)."""
    if llm is None:
        raise LLMUnavailable("未配置大模型 (no LLM configured)")
    limit = _time_limits.get(id(llm), 0.0)
    with _lock:
        _in_flight[id(llm)] = _in_flight.get(id(llm), 0) + 1
    try:
        with _one_at_a_time.get(id(llm), nullcontext()):
            started = time.monotonic()
            for message in llm.stream(messages):
                if limit and time.monotonic() - started > limit:
                    log.warning("LLM generation stopped after %.0f s (limit %g s)", time.monotonic() - started, limit)
                    raise LLMUnavailable(f"大模型生成超过 {limit:g} 秒，已停止，请缩短问题或稍后重试"
                                         f" (LLM generation timed out after {limit:g} s)")
                if text := str(message.content):
                    yield text
    except LLMUnavailable:
        raise
    except Exception as exc:  # connection, timeout, bad reply: all end here
        log.warning("LLM call failed: %r", exc)
        raise LLMUnavailable(f"大模型调用失败，请检查模型服务或配置 (LLM call failed: {exc})") from exc
    finally:
        with _lock:
            _in_flight[id(llm)] -= 1

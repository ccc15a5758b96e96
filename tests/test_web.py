"""The web chat served on 127.0.0.1, asked through gradio's own client."""

from __future__ import annotations

import socket

import pytest

from assistant.settings import Settings
from assistant.web import build_app

pytestmark = pytest.mark.llm


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_chat_answers_with_source(example_library: Settings) -> None:
    import httpx
    from gradio_client import Client

    port = _free_port()
    app = build_app(example_library)
    app.queue(default_concurrency_limit=1).launch(
        server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, ssr_mode=False, quiet=True
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and "公文助手" in page.text
        reply = Client(url, verbose=False).predict("市外办新建了几个友城？", api_name="/chat")
        assert "5" in reply
        assert "来源" in reply and "新建友城5个（其中县级友城3个）" in reply
    finally:
        app.close()


def test_earlier_questions_are_read_from_either_history_format() -> None:
    from assistant.web import user_questions

    history = [{"role": "user", "content": [{"type": "text", "text": "市外办新建了几个友城？"}]},
               {"role": "assistant", "content": "新建友城5个"}, {"role": "user", "content": "2024年呢？"}]
    assert user_questions(history) == ["市外办新建了几个友城？", "2024年呢？"]

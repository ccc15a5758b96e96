"""The openai backend against a real local HTTP server that speaks the OpenAI chat-completions protocol."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.ask.chain import AskChain
from assistant.llm import shared_chat_model
from assistant.settings import ENV_PREFIX, AnswerSettings, Settings, load_settings
from ingest.document import Chunk
from ingest.errors import LLMUnavailable
from vectorstore.hits import Hit

FRIEND = ("一是优化布局，新建友城5个（其中县级友城3个）。2023年11月济宁市与乌兹别克斯坦诺林市、多米尼克罗索市新建友城。"
          "二是加强与友城务实交流。")
OTHER = "促成韩国商务考察团与中韩国际创新创业中心签订5个合作备忘录。年初以来共受理经贸团组100多批次。"
REPLY = "新建友城5个，其中县级友城3个。"
PIECES = ["新建友城", "5个，", "其中县级", "友城3个", "。"]
assert "".join(PIECES) == REPLY


def _hit(i: int, text: str) -> Hit:
    chunk = Chunk(f"d-{i}", "d", i, text, ("二、整改进展", f"{i}.小节"), "通报", "/r/通报.txt", 2023)
    return Hit(chunk, 0.9)


HITS = [_hit(1, OTHER), _hit(2, FRIEND)]


class FakeLibrary:
    """The library as the ask chain sees it: fixed hits, weights that only the FRIEND passage covers."""

    ledger = None

    def search(self, query: str, k: int | None = None, where: object = None, mode: str | None = None) -> list[Hit]:
        return HITS[:k]

    def term_weights(self, text: str) -> dict[str, float]:
        return {"新建": 1.0, "友城": 1.0}

    def known_years(self) -> set[int]:
        return {2023}

    def bodies(self) -> frozenset[str]:
        return frozenset()

    def home(self) -> str | None:
        return None

    def issuers(self) -> dict[str, str]:
        return {}

    def regions(self) -> dict[str, frozenset[str]]:
        return {}

    def chunks_of(self, doc_id: str) -> list[Chunk]:
        return []

    def size(self) -> int:
        return 100


def _chain(settings: Settings) -> AskChain:
    """Fast path off, so the answer has to come from the model."""
    return AskChain(FakeLibrary(), shared_chat_model(settings), k=2, settings=AnswerSettings(fast_path=False))


@dataclass
class FakeOpenAI:
    """What the server does (`mode`: ok, slow, stall, garbage, error) and the JSON bodies it received."""

    port: int
    mode: str = "ok"
    delay_s: float = 30.0
    requests: list[dict] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    pieces: list[str] = field(default_factory=lambda: list(PIECES))  # what a streamed reply is made of

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def settings(self, model: str = "test-model", timeout_s: float = 2) -> Settings:
        return load_settings(llm={"backend": "openai", "base_url": self.base_url, "model": model,
                                  "timeout_s": timeout_s})


def _chunk(model: str, delta: dict, finish: str | None = None) -> dict:
    return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 1700000000, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path != "/v1/models":
            self._send(404, b'{"error": {"message": "not found"}}')
            return
        models = {"object": "list", "data": [{"id": "test-model", "object": "model", "created": 0, "owned_by": "t"}]}
        self._send(200, json.dumps(models).encode())

    def do_POST(self) -> None:
        fake = self.server.fake
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        fake.requests.append(body)
        if self.path != "/v1/chat/completions":
            self._send(404, b'{"error": {"message": "not found"}}')
        elif fake.mode == "slow":
            fake.stop.wait(fake.delay_s)
        elif fake.mode == "garbage":
            self._send(200, b"<html>this is not JSON</html>", "text/html")
        elif fake.mode == "error":
            self._send(500, b'{"error": {"message": "internal error", "type": "server_error"}}')
        elif body.get("stream"):
            self._stream(body.get("model", ""))
        else:
            self._send(200, json.dumps({
                "id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000, "model": body.get("model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": REPLY}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            }).encode())

    def _stream(self, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        events = [_chunk(model, {"role": "assistant", "content": ""})]
        events += [_chunk(model, {"content": piece}) for piece in self.server.fake.pieces]
        events.append(_chunk(model, {}, "stop"))
        for i, event in enumerate(events):
            self.wfile.write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
            if i == 1 and self.server.fake.mode == "stall":
                self.server.fake.stop.wait(self.server.fake.delay_s)
                return
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a handler still sleeping must not hold up the teardown
    fake: FakeOpenAI

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hung up on a slow handler; nothing to report


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No REPORT_ASSISTANT_* variables or config file, and no proxy between the client and 127.0.0.1."""
    from tests.conftest import _clear_env

    _clear_env(monkeypatch)
    monkeypatch.setenv(ENV_PREFIX + "HOME", str(tmp_path))
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def openai_server(clean_env: None) -> Iterator[FakeOpenAI]:
    yield from serve_fake_openai()


def serve_fake_openai() -> Iterator[FakeOpenAI]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.fake = FakeOpenAI(port=server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.fake
    finally:
        server.fake.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


MESSAGES = [SystemMessage("只根据资料回答。"), HumanMessage("市外办新建了几个友城？")]


def test_fake_server_speaks_the_protocol(openai_server: FakeOpenAI) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=openai_server.base_url, api_key="x", max_retries=0, timeout=5)
    assert [m.id for m in client.models.list()] == ["test-model"]
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert reply.choices[0].message.content == REPLY


def test_streaming_yields_pieces_and_sends_model_and_messages(openai_server: FakeOpenAI) -> None:
    model = shared_chat_model(openai_server.settings(model="stream-model"))
    pieces = [str(m.content) for m in model.stream(MESSAGES)]
    assert [p for p in pieces if p] == PIECES
    assert len(openai_server.requests) == 1
    sent = openai_server.requests[0]
    assert sent["model"] == "stream-model" and sent["stream"] is True
    assert sent["messages"] == [{"role": "system", "content": "只根据资料回答。"},
                                {"role": "user", "content": "市外办新建了几个友城？"}]


def test_non_streaming_invoke(openai_server: FakeOpenAI) -> None:
    model = shared_chat_model(openai_server.settings(model="invoke-model"))
    assert model.invoke(MESSAGES, stream=False).content == REPLY
    assert openai_server.requests[-1].get("stream") in (None, False)


def test_ask_chain_answers_with_resolved_citations(openai_server: FakeOpenAI) -> None:
    answer = _chain(openai_server.settings(model="chain-model")).ask("市外办新建了几个友城？")
    assert (answer.text, answer.found, answer.route) == (REPLY, True, "llm")
    assert [c.chunk_id for c in answer.citations] == ["d-2"]
    assert answer.citations[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。"
    assert answer.count("verified") >= 2 and answer.count("unverified") == 0
    assert len(openai_server.requests) == 1
    prompt = json.dumps(openai_server.requests[0]["messages"], ensure_ascii=False)
    assert "市外办新建了几个友城？" in prompt and "新建友城5个" in prompt


@pytest.mark.timeout(60)
@pytest.mark.parametrize("mode", ["slow", "stall"])
def test_slow_server_times_out_with_a_clear_error(openai_server: FakeOpenAI, mode: str) -> None:
    """slow: no reply at all; stall: the first piece, then silence."""
    openai_server.mode = mode
    chain = _chain(openai_server.settings(model=f"{mode}-model", timeout_s=1))
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="大模型调用失败") as failure:
        chain.ask("市外办新建了几个友城？")
    assert time.monotonic() - started < 20
    assert "timed out" in str(failure.value).lower()
    assert 1 <= len(openai_server.requests) <= 2  # max_retries=1


@pytest.mark.parametrize("mode", ["garbage", "error"])
def test_bad_server_reply_gives_a_clear_error(openai_server: FakeOpenAI, mode: str) -> None:
    openai_server.mode = mode
    chain = _chain(openai_server.settings(model=f"{mode}-model"))
    with pytest.raises(LLMUnavailable, match="大模型调用失败") as failure:
        chain.ask("市外办新建了几个友城？")
    assert openai_server.requests
    if mode == "error":
        assert "500" in str(failure.value)


@pytest.mark.parametrize("missing", ["base_url", "model"])
def test_missing_base_url_or_model_is_refused(clean_env: None, missing: str) -> None:
    llm = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m", missing: None}
    with pytest.raises(LLMUnavailable, match=r"llm\.base_url"):
        shared_chat_model(load_settings(llm=llm))


def test_instances_are_not_shared_across_timeouts(openai_server: FakeOpenAI) -> None:
    fast = shared_chat_model(openai_server.settings(model="cache-model", timeout_s=1))
    slow = shared_chat_model(openai_server.settings(model="cache-model", timeout_s=7))
    assert fast is not slow
    assert (fast.request_timeout, slow.request_timeout) == (1, 7)
    assert shared_chat_model(openai_server.settings(model="cache-model", timeout_s=1)) is fast

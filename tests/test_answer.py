"""The ask chain's logic around the model, with a scripted chat model standing in for the LLM."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.answer import NOT_FOUND, Answer, AskChain, QuestionError, best_quote, resolve_citations
from ingest.document import Chunk
from vectorstore.retrieval import Hit

FRIEND = ("一是优化布局，新建友城5个（其中县级友城3个）。2023年11月济宁市与乌兹别克斯坦诺林市、多米尼克罗索市新建友城。"
          "二是加强与友城务实交流。")
OTHER = "促成韩国商务考察团与中韩国际创新创业中心签订5个合作备忘录。年初以来共受理经贸团组100多批次。"


def _hit(i: int, text: str, score: float = 0.9) -> Hit:
    chunk = Chunk(f"d-{i}", "d", i, text, ("二、整改进展", f"{i}.小节"), "通报", "/r/通报.txt", 2023)
    return Hit(chunk, score)


HITS = [_hit(1, OTHER), _hit(2, FRIEND)]


def _chain(reply: str, hits: list[Hit] = HITS) -> tuple[AskChain, list]:
    seen = []

    def retrieve(question: str, k: int) -> list[Hit]:
        seen.append((question, k))
        return hits

    llm = GenericFakeChatModel(messages=iter([AIMessage(content=reply)]))
    return AskChain(retrieve, llm, k=2), seen


def test_streams_pieces_then_one_answer() -> None:
    reply = "新建友城5个， 其中 县级友城3个。"  # the fake model streams word by word
    chain, seen = _chain(reply)
    items = list(chain.stream("  市外办新建了几个友城？ "))
    assert isinstance(items[-1], Answer)
    assert "".join(i for i in items[:-1] if isinstance(i, str)) == reply == items[-1].text
    assert len(items) > 2  # streamed in several pieces
    assert seen == [("市外办新建了几个友城？", 2)]


def test_citations_come_from_the_passages_not_the_model() -> None:
    answer = _chain("新建友城5个，其中县级友城3个。")[0].ask("新建了几个友城？")
    assert [c.n for c in answer.citations] == [2]
    assert answer.citations[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。"
    assert answer.citations[0].section == "二、整改进展 > 2.小节"


def test_marked_citations_are_kept_and_invalid_ones_dropped() -> None:
    cites = resolve_citations("共受理100多批次[1]，另见[7]。", HITS)
    assert [c.n for c in cites] == [1]
    assert "100多批次" in cites[0].quote


def test_not_found_answer_has_no_citations() -> None:
    answer = _chain("资料中未找到相关内容。")[0].ask("2025年新建了几个友城？")
    assert not answer.found and answer.citations == []


def test_no_passages_means_not_found_without_calling_the_model() -> None:
    chain, _ = _chain("不应调用", hits=[])
    answer = chain.ask("随便问问")
    assert answer.text == NOT_FOUND and not answer.found


def test_empty_question_is_refused() -> None:
    with pytest.raises(QuestionError, match="问题不能为空"):
        _chain("x")[0].ask("   ")


def test_best_quote_prefers_the_sentence_with_the_figures() -> None:
    assert best_quote(FRIEND, "县级友城3个") == "一是优化布局，新建友城5个（其中县级友城3个）。"


def test_json_shape() -> None:
    data = _chain("新建友城5个。")[0].ask("新建了几个友城？").as_json()
    assert set(data) == {"answer", "found", "citations"}
    assert {"doc", "section", "quote"} <= set(data["citations"][0])


def test_overlong_question_is_refused() -> None:
    with pytest.raises(QuestionError, match="问题过长"):
        _chain("x")[0].ask("友城" * 600)


def test_unreachable_openai_server_gives_a_clear_error(settings, monkeypatch) -> None:
    """A real OpenAI-compatible client pointed at a closed port on 127.0.0.1: an error, not a hang."""
    import socket

    from assistant.llm import LLMUnavailable, shared_chat_model
    from assistant.settings import load_settings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = load_settings(llm={"backend": "openai", "base_url": f"http://127.0.0.1:{port}/v1", "model": "m",
                             "timeout_s": 5})
    chain = AskChain(lambda q, k: HITS, shared_chat_model(cfg), k=2)
    with pytest.raises(LLMUnavailable, match="大模型调用失败"):
        chain.ask("新建了几个友城？")

"""A basic web chat (gradio) over the same ask chain as the CLI."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant.answer import Answer, AskChain, QuestionError
from assistant.components import make_ask_chain, open_library
from assistant.llm import LLMUnavailable
from assistant.settings import Settings

log = logging.getLogger(__name__)
EXAMPLES = ["市外办新建了几个友城？", "市委外事工作委员会第三次全体会议是哪天召开的？", "主题教育中查摆出多少个问题？"]


def render_answer(answer: Answer) -> str:
    """The answer followed by its sources, each with document, section and the quoted sentence."""
    if not answer.citations:
        return answer.text
    lines = [answer.text, "", "**来源**"]
    for c in answer.citations:
        year = f"（{c.year}年）" if c.year else ""
        lines.append(f"[{c.n}] 《{c.doc}》{year} {c.section}\n> {c.quote}")
    return "\n".join(lines)


def respond_with(chain: AskChain):
    def respond(message: str, history: list) -> Iterator[str]:
        text = ""
        try:
            for item in chain.stream(message):
                if isinstance(item, Answer):
                    yield render_answer(item)
                else:
                    text += item
                    yield text
        except (QuestionError, LLMUnavailable) as exc:
            log.warning("ask failed: %s", exc)
            yield f"⚠️ {exc}"

    return respond


def build_app(settings: Settings) -> gr.ChatInterface:
    library = open_library(settings)
    chain = make_ask_chain(settings, library)
    documents = library.documents()
    return gr.ChatInterface(
        respond_with(chain),
        title="公文助手",
        chatbot=gr.Chatbot(label="对话", height=560),
        textbox=gr.Textbox(placeholder="请输入问题，例如：市外办新建了几个友城？", submit_btn="发送", stop_btn="停止"),
        description=f"根据资料库中的 {len(documents)} 份公文回答问题，并给出出处。",
        examples=EXAMPLES,
        examples_label="示例问题",
        # One embedded model serves everyone: requests queue instead of running together.
        concurrency_limit=1,
        flagging_mode="never",
        api_name="chat",
    )


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> None:
    app = build_app(settings)
    app.queue(default_concurrency_limit=1).launch(
        server_name=host, server_port=port, share=False, ssr_mode=False, footer_links=[], show_error=True
    )

"""A basic web chat (gradio) over the same ask chain as the CLI."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from assistant.answer import Answer, AskChain, QuestionError, last_standalone
from assistant.components import make_ask_chain, open_library
from assistant.llm import LLMUnavailable
from assistant.settings import Settings

log = logging.getLogger(__name__)
EXAMPLES = ["市外办新建了几个友城？", "市委外事工作委员会第三次全体会议是哪天召开的？", "主题教育中查摆出多少个问题？"]


def render_answer(answer: Answer) -> str:
    """The answer, what checking changed, then its sources (or the closest passages), each with
    document, section and the quoted sentence."""
    lines = [answer.text]
    if answer.standalone and answer.standalone != answer.question:
        lines.append(f"\n*（按“{answer.standalone}”理解）*")
    for c in answer.checks:
        if c.status == "corrected":
            lines.append(f"\n*已按资料[{c.passage}]更正：{c.text} → {c.corrected_to}*")
        elif c.status == "unverified":
            lines.append(f"\n*{c.text}：资料中没有这个内容（标为【未核实】），请勿直接引用*")
    for title, cited in (("来源", answer.citations), ("最接近的资料", answer.closest)):
        if cited:
            lines += ["", f"**{title}**"]
        for c in cited:
            year = f"（{c.year}年）" if c.year else ""
            lines.append(f"[{c.n}] 《{c.doc}》{year} {c.section}\n> {c.quote}")
    return "\n".join(lines)


def user_questions(history: list) -> list[str]:
    """The user's earlier questions from gradio's message history (content as text or as parts)."""
    return [text for m in history if isinstance(m, dict) and m.get("role") == "user"
            and (text := _text(m.get("content")))]


def _text(content: object) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or "")
    if isinstance(content, list | tuple):
        return "".join(_text(part) for part in content)
    return ""


def respond_with(chain: AskChain):
    def respond(message: str, history: list) -> Iterator[str]:
        text = ""
        previous = last_standalone(user_questions(history), chain.settings.history_turns)
        try:
            for item in chain.stream(message, previous):
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

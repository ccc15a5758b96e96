"""问答: a streaming chat whose sources open as passages with the quoted sentence highlighted."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.ask.chain import Answer, AskChain, Status, last_standalone
from assistant.grounding.citations import Citation
from assistant.web.errors import user_message
from assistant.web.render import answer_markdown, citation_label, passage_html
from assistant.web.services import Services
from ingest.errors import LLMUnavailable, UserError
from vectorstore.filters import SearchFilter

log = logging.getLogger(__name__)
EXAMPLES = ["市外办新建了几个友城？", "市委外事工作委员会第三次全体会议是哪天召开的？", "主题教育中查摆出多少个问题？",
            "2023年开展了几次培训？"]
ALL_YEARS = "全部年份"


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


def search_filter(year: str | int | None, doc_ids: list[str] | None) -> SearchFilter | None:
    chosen = int(year) if year not in (None, "", ALL_YEARS) else None
    where = SearchFilter(chosen, chosen, tuple(doc_ids or ()))
    return None if where.empty else where


def answer_stream(chain: AskChain, message: str, history: list, where: SearchFilter | None
                  ) -> Iterator[tuple[str, Answer | None]]:
    """(text so far, final answer or None); a refusal or a model failure is a Chinese message."""
    previous = last_standalone(user_questions(history), chain.settings.history_turns)
    text = ""
    try:
        for item in chain.stream(message, previous, where):
            if isinstance(item, Answer):
                yield answer_markdown(item), item
            elif isinstance(item, Status):
                yield f"⏳ {item.text}", None
            else:
                text += item
                yield text, None
    except UserError as exc:
        yield f"⚠️ {user_message(exc)}", None


def build_ask_tab(services: Services) -> dict[str, Any]:
    with gr.Row():
        year = gr.Dropdown([ALL_YEARS, *map(str, services.year_choices())], value=ALL_YEARS, label="年份",
                           scale=1, elem_id="ask-year")
        docs = gr.Dropdown(services.document_choices(), multiselect=True, label="只在这些公文中查找（可不选）",
                           scale=3, elem_id="ask-docs")
    chatbot = gr.Chatbot(label="对话", height=440, buttons=["copy"], elem_id="ask-chat",
                         placeholder="请在下方输入问题，或点一个示例问题。回答都会给出出处。")
    with gr.Row():
        question = gr.Textbox(placeholder="请输入问题，例如：市外办新建了几个友城？", show_label=False, scale=8,
                              elem_id="ask-input", submit_btn="发送")
        clear = gr.Button("新对话", scale=1)
    gr.Examples(EXAMPLES, inputs=question, label="示例问题")
    cited = gr.State([])
    chips = gr.Radio([], label="来源（点击查看原文）", elem_id="ask-citations", visible=False)
    passage = gr.HTML(elem_id="ask-passage")

    def respond(message: str, history: list, year: str, doc_ids: list[str]):
        if not message.strip():
            yield history, message, gr.update(), [], ""
            return
        history = [*history, {"role": "user", "content": message}, {"role": "assistant", "content": "……"}]
        yield history, "", gr.update(choices=[], value=None, visible=False), [], ""
        try:
            chain = services.chain  # loads the model on first use; a damaged model file is retried next time
        except LLMUnavailable as exc:
            history[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
            yield history, "", gr.update(), [], ""
            return
        for text, final in answer_stream(chain, message, history[:-2], search_filter(year, doc_ids)):
            history[-1] = {"role": "assistant", "content": text}
            if final is None:
                yield history, "", gr.update(), [], ""
                continue
            shown = final.citations or final.closest
            choices = [(citation_label(c), str(i)) for i, c in enumerate(shown)]
            yield history, "", gr.update(choices=choices, value=None, visible=bool(shown)), shown, ""

    def open_passage(choice: str | None, shown: list[Citation]) -> str:
        if choice is None or not shown:
            return ""
        c = shown[int(choice)]
        chunks = services.library.chunks_by_id(list(c.chunk_ids or (c.chunk_id,)))
        text = "\n".join(chunks[i].text for i in (c.chunk_ids or (c.chunk_id,)) if i in chunks) or c.quote
        return passage_html(c, text)

    event = question.submit(respond, [question, chatbot, year, docs], [chatbot, question, chips, cited, passage],
                            concurrency_id="ask", concurrency_limit=4, api_name="ask")
    chips.change(open_passage, [chips, cited], passage, api_name=False)
    clear.click(lambda: ([], "", gr.update(choices=[], value=None, visible=False), [], ""), None,
                [chatbot, question, chips, cited, passage], cancels=[event], api_name=False)
    return {"year": year, "docs": docs, "question": question, "chatbot": chatbot}

"""The web app (gradio): 问答, 起草, 核对 and 资料库 tabs; see `app.build_app` and `app.launch`."""

from assistant.web.app import build_app, launch
from assistant.web.ask_tab import user_questions
from ingest.errors import LoginRequired

__all__ = ["LoginRequired", "build_app", "launch", "user_questions"]

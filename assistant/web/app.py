"""The web app: four tabs (问答, 起草, 核对, 资料库) over one library and one embedded model."""

from __future__ import annotations

import logging
import os

import gradio as gr

from assistant.settings import Settings
from assistant.web.ask_tab import ALL_YEARS, build_ask_tab
from assistant.web.auth import authenticator, is_local
from assistant.web.check_tab import build_check_tab
from assistant.web.draft_tab import build_draft_tab
from assistant.web.library_tab import build_library_tab
from assistant.web.render import CSS
from assistant.web.services import Services
from ingest.errors import LoginRequired

log = logging.getLogger(__name__)


def build_app(settings: Settings, services: Services | None = None) -> gr.Blocks:
    services = services or Services(settings)
    services.exports.mkdir(parents=True, exist_ok=True)
    # Uploads land under the data folder, never in a shared /tmp.
    os.environ["GRADIO_TEMP_DIR"] = str(services.uploads / ".incoming")
    with gr.Blocks(title="公文助手") as app:
        title = gr.Markdown(_title(services), elem_id="app-title")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("问答", id="ask", elem_id="tab-ask"):
                ask = build_ask_tab(services)
            with gr.Tab("起草", id="draft", elem_id="tab-draft"):
                draft = build_draft_tab(services)
            with gr.Tab("核对", id="check", elem_id="tab-check"):
                check = build_check_tab(services)
            with gr.Tab("资料库", id="library", elem_id="tab-library"):
                library = build_library_tab(services)
        draft["to_check"].click(lambda final: (final.text if final else "", gr.Tabs(selected="check")),
                                draft["final"], [check["text"], tabs], api_name=False)

        def choices():
            years = [str(y) for y in services.year_choices()]
            docs = services.document_choices()
            return (gr.update(choices=[ALL_YEARS, *years]), gr.update(choices=docs), gr.update(choices=years),
                    gr.update(choices=years), _title(services))

        targets = [ask["year"], ask["docs"], draft["years"], check["against"], title]
        # A reload (or another user's upload) shows the library as it is now, not as it was at start.
        app.load(lambda: (*choices(), *library["refreshed"]()), None, [*targets, *library["listing"]],
                 api_name=False)
        for change in library["changes"]:
            change.success(choices, None, targets, api_name=False)
    return app


def _title(services: Services) -> str:
    return f"## 公文助手\n根据资料库中的 {len(services.library.documents())} 份公文问答、起草和核对。"


def launch(settings: Settings, host: str = "127.0.0.1", port: int = 7860, block: bool = True) -> gr.Blocks:
    """Login is on whenever the host is not this machine (or when configured); without users it refuses."""
    login = settings.web.require_login or not is_local(host)
    if login and not settings.web.users:
        raise LoginRequired(
            f"在 {host} 上开放访问需要登录，但配置中没有用户。请先运行 report-assistant user add 用户名"
            f" (login required on {host}, but no users are configured)")
    services = Services(settings)
    app = build_app(settings, services)
    services.prepare_check()
    log.info("serving on %s:%d, login %s", host, port, "on" if login else "off")
    app.queue(default_concurrency_limit=1, max_size=64).launch(
        server_name=host, server_port=port, share=False, ssr_mode=False, footer_links=[], show_error=True,
        auth=authenticator(settings.web.users) if login else None, auth_message="请使用分配的账号登录公文助手",
        max_file_size=f"{settings.web.max_upload_mb:g}mb", allowed_paths=[str(services.exports)],
        prevent_thread_lock=not block, quiet=not block, css=CSS,
    )
    return app

"""The one place where the web app turns a user error into a Chinese message on the page
(the English detail goes to the log)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from ingest.errors import UserError

log = logging.getLogger(__name__)


def user_message(exc: UserError) -> str:
    log.warning("%s: %s", type(exc).__name__, exc.detail or exc.message)
    return exc.message


@contextmanager
def on_page(prefix: str = "") -> Iterator[None]:
    """A `UserError` raised inside becomes a gradio error toast with its Chinese message."""
    import gradio as gr

    try:
        yield
    except UserError as exc:
        raise gr.Error(prefix + user_message(exc), title="出错了") from exc

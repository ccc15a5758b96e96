"""The `report-assistant` command: one module per command group.

Commands import what they need when they run, so a command that needs no model (list, facts, remove,
config, user, doctor) starts without loading torch, sentence-transformers or llama.cpp."""

from __future__ import annotations

import typer

from assistant.cli import ask, check, draft, library, models, web
from assistant.cli.common import global_options

app = typer.Typer(help="公文助手：查询、起草、核对公文 (Report Assistant)", no_args_is_help=True)
app.callback()(global_options)
app.add_typer(models.models_app, name="models")
app.add_typer(models.config_app, name="config")
for group in (library.app, ask.app, draft.app, check.app, web.app):
    app.add_typer(group)
app.add_typer(web.user_app, name="user")

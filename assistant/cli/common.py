"""What every command shares: the consoles, the settings, the one place where user errors become
Chinese messages, and the library with its search filter."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

from assistant.settings import Settings, load_settings
from ingest.errors import UserError
from ingest.nlp.dates import parse_year_range
from vectorstore.filters import SearchFilter

if TYPE_CHECKING:
    from vectorstore.catalogue import Catalogue
    from vectorstore.library import Library

log = logging.getLogger("assistant.cli")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def settings_of(ctx: typer.Context) -> Settings:
    return ctx.find_root().obj


def fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[red]错误：{message}[/red]")
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Errors the user can act on end the command with their Chinese message (the English detail goes to
    the log), not a traceback."""
    try:
        yield
    except UserError as exc:
        log.info("%s: %s", type(exc).__name__, exc.detail or exc.message)
        fail(exc.message)


def global_options(
    ctx: typer.Context,
    home: Annotated[Path | None, typer.Option(help="数据目录 (data folder)")] = None,
    config: Annotated[Path | None, typer.Option(help="配置文件 (TOML)")] = None,
    models_dir: Annotated[Path | None, typer.Option(help="模型目录 (models folder)")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr)
    ctx.obj = load_settings(config=config, home=home, models_dir=models_dir)


def open_library(settings: Settings) -> Library:
    """The whole library: SQLite, Chroma and the embedding model (loaded when first used)."""
    from assistant.components import open_library as open_components

    with user_errors():
        return open_components(settings)


def open_catalogue(settings: Settings) -> Catalogue:
    """The registry and the fact ledger alone (SQLite): for commands that only read them."""
    from vectorstore.catalogue import open_catalogue as open_sqlite
    from vectorstore.storage_errors import writable

    with user_errors(), writable(settings.home):
        return open_sqlite(settings.library_db)


def read_draft(path: Path, seconds: float) -> str:
    """A draft file read within the parse time limit; an unreadable file is a Chinese message."""
    from ingest.parse_worker import load_text_within

    try:
        return load_text_within(path, seconds)
    except FileNotFoundError:
        fail(f"文件不存在：{path}")
    except OSError as exc:
        fail(f"无法读取文件：{path}（{exc.strerror or exc}）")


def search_filter(library: Library, year: str | None, docs: list[str], types: list[str],
                  section: str) -> SearchFilter:
    years = parse_year_range(year) if year else (None, None)
    if years is None:
        fail(f"年份格式应为 2023 或 2022-2023：{year}")
    doc_ids: list[str] = []
    for ref in docs:
        matches = library.registry.find(ref)
        if not matches:
            fail(f"资料库中没有找到：{ref}")
        doc_ids += [m.doc_id for m in matches]
    return SearchFilter(years[0], years[1], tuple(doc_ids), tuple(types), section)

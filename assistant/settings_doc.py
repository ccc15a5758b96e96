"""The README's table of every setting, generated from the settings models.

`cog -r README.md` writes `settings_table()` into the README; `tests/test_docs.py` fails when the
table is out of date. Each row comes from a field of `assistant.settings.Settings` or of one of its
nested models: its key in config.toml, its environment variable, its type, its default and the
field's `description`.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, SecretStr
from pydantic.fields import FieldInfo

from assistant.settings import ENV_PREFIX, Settings

# Fields whose environment variable or default the model cannot tell: the configuration file is chosen
# before the settings are read, and the data folder's default depends on the platform.
_ENV_NAMES = {"config_file": ENV_PREFIX + "CONFIG"}
_SHOWN_DEFAULTS = {
    "home": "`~/.local/share/report-assistant` (the platform's user data folder)",
    "config_file": "`<home>/config.toml`",
}
_TYPE_NAMES: dict[Any, str] = {
    str: "string", int: "integer", float: "float", bool: "boolean", Path: "path", SecretStr: "secret string",
}


@dataclass(frozen=True)
class SettingRow:
    key: str  # as written in config.toml, dotted for a table: `retrieval.k`
    env: str
    type: str
    default: str
    description: str


def settings_rows(model: type[BaseModel] = Settings, prefix: tuple[str, ...] = ()) -> Iterator[SettingRow]:
    """Every leaf setting, in the models' field order; nested models are walked, not listed."""
    delimiter = Settings.model_config.get("env_nested_delimiter") or "__"
    for name, field in model.model_fields.items():
        path = (*prefix, name)
        nested = _nested_model(field.annotation)
        if nested is not None:
            yield from settings_rows(nested, path)
            continue
        key = ".".join(path)
        env = _ENV_NAMES.get(key, ENV_PREFIX + delimiter.join(path).upper())
        yield SettingRow(key, env, _type_name(field.annotation), _default(key, field), field.description or "")


def settings_table() -> str:
    """A markdown table of every setting, for the README."""
    lines = ["| setting | environment variable | type | default | description |", "|---|---|---|---|---|"]
    for row in settings_rows():
        cells = (f"`{row.key}`", f"`{row.env}`", row.type, row.default, row.description)
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _type_name(annotation: Any) -> str:
    origin = get_origin(annotation)
    if origin is Literal:
        return " or ".join(f"`{value!r}`".replace("'", '"') for value in get_args(annotation))
    if origin in (Union, types.UnionType):
        return " or ".join(_type_name(a) for a in get_args(annotation) if a is not type(None))
    if origin is dict:
        key, value = (_type_name(a) for a in get_args(annotation))
        return f"table ({key} = {value})"
    return _TYPE_NAMES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _default(key: str, field: FieldInfo) -> str:
    if key in _SHOWN_DEFAULTS:
        return _SHOWN_DEFAULTS[key]
    if _is_secret(field.annotation):
        return "–"  # a secret shows no default
    value = field.get_default(call_default_factory=True)
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, str):
        return f'`"{value}"`'
    if isinstance(value, dict) and not value:
        return "none"
    return f"`{value}`"


def _is_secret(annotation: Any) -> bool:
    return annotation is SecretStr or SecretStr in get_args(annotation)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")

"""The README stays short and its settings table stays true to the settings models (no model is loaded)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

from cogapp import Cog
from pydantic import BaseModel

from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MAX_README_LINES = 250
GENERATED = re.compile(r"\]\]\] -->\n(.*?)<!-- \[\[\[end\]\]\] -->", re.S)


def _leaf_keys(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _leaf_keys(annotation, f"{prefix}{name}.")
        else:
            yield prefix + name


def test_readme_settings_table_is_up_to_date() -> None:
    out, err = io.StringIO(), io.StringIO()
    cog = Cog()
    cog.set_output(stdout=out, stderr=err)
    status = cog.main(["cog", "--check", str(README)])
    assert status == 0, (
        "README.md's generated settings table is out of date: run `.venv/bin/cog -r README.md`\n"
        + out.getvalue() + err.getvalue()
    )


def test_readme_is_short() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_README_LINES, f"README.md has {len(lines)} lines (at most {MAX_README_LINES})"


def test_every_setting_is_in_the_readme_table() -> None:
    blocks = GENERATED.findall(README.read_text(encoding="utf-8"))
    assert blocks, "README.md has no generated (cog) block"
    table = "\n".join(blocks)
    keys = list(_leaf_keys(Settings))
    assert len(keys) > 20
    missing = [key for key in keys if f"| `{key}` |" not in table]
    assert not missing, f"settings missing from README.md's table: {missing}"

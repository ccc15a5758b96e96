"""Reading what people type into the forms."""

from __future__ import annotations

from ingest.errors import DraftError


def year_of(text: str | float | None) -> int | None:
    """A year typed in a form: empty is none; anything but a plausible year is refused in Chinese."""
    text = str(text or "").strip().removesuffix("年")
    if not text:
        return None
    if not text.isdigit() or not 1949 <= int(text) <= 2100:
        raise DraftError(f"年份应为四位数字，如 2024：{text}")
    return int(text)

"""Read report files into text. Plain text only for now; encodings are detected."""

from __future__ import annotations

import codecs
from pathlib import Path

import charset_normalizer

SUPPORTED_SUFFIXES = frozenset({".txt", ".md"})


class LoadError(ValueError):
    """A file that cannot be read; the message is shown to the user (Chinese, then English)."""


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) and UTF-16 by their marks, anything else (GBK…) detected."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    # Detection needs a few hundred bytes; short GBK files are common, so try the superset strictly.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_like_text(text):
        return text
    raise LoadError("无法识别文件编码，可能不是文本文件 (cannot detect the text encoding)")


def _looks_like_text(text: str) -> bool:
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return printable / len(text) > 0.98


def load_text(path: Path) -> str:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise LoadError(
            f"暂不支持的文件类型：{path.suffix or '无扩展名'} (unsupported file type {path.suffix!r})"
        )
    text = decode_text(path.read_bytes())
    if "\x00" in text:
        raise LoadError("文件包含二进制内容，不是文本文件 (binary content in a text file)")
    if not text.strip():
        raise LoadError("文件为空 (empty file)")
    return text

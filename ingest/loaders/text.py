"""Plain text (.txt, .md) in UTF-8, UTF-8 with BOM, UTF-16 or a legacy Chinese encoding."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import charset_normalizer

from ingest.errors import LoadError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes) -> str:
    """UTF-8 and UTF-16 by their marks, anything else (GBK, GB18030, Big5…) detected."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (stitched := decode_lines(data)) is not None:
        return stitched
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    # Detection needs a few hundred bytes; short GBK files are common, so try the superset strictly.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    if text and looks_like_text(text):
        return text
    raise LoadError("无法识别文件编码，可能不是文本文件 (cannot detect the text encoding)")


def decode_lines(data: bytes) -> str | None:
    """A file stitched together from UTF-8 and GBK parts: each line in the encoding it decodes in.
    Only when some non-ASCII line is valid UTF-8, which a GBK or Big5 line almost never is."""
    lines = data.splitlines(keepends=True)
    as_utf8 = [_utf8(line) for line in lines]
    if not any(text is not None and _mostly_cjk(text) for text in as_utf8):
        return None
    try:
        return "".join(text if text is not None else line.decode("gb18030")
                       for text, line in zip(as_utf8, lines, strict=True))
    except UnicodeDecodeError:
        return None


def _mostly_cjk(text: str) -> bool:
    """A GBK line of two characters can pass for UTF-8 by chance ("目录" as "Ŀ¼"); a line of
    several CJK characters, most of its non-ASCII text, cannot."""
    wide = [ch for ch in text if not ch.isascii()]
    cjk = sum("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" for ch in wide)
    return cjk >= 4 and cjk >= 0.8 * len(wide)


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def looks_like_text(text: str) -> bool:
    """Few control characters and few undecodable ones (ideographic spaces and the like are text)."""
    bad = sum((unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f") or ch == "\ufffd" for ch in text)
    return bad / len(text) < 0.02


def load_plain(path: Path) -> str:
    text = decode_text(path.read_bytes())
    if "\x00" in text or not looks_like_text(text[:20000] or " "):
        raise LoadError("文件包含二进制内容，不是文本文件 (binary content in a text file)")
    return text

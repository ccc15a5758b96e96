"""Read a report file into text, choosing the reader by file type."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from ingest.errors import LoadError
from ingest.loaders.pdf import load_pdf
from ingest.loaders.text import decode_text, load_plain
from ingest.loaders.web import load_html
from ingest.loaders.word import load_docx

__all__ = ["SUPPORTED_SUFFIXES", "LoadError", "decode_text", "load_text"]

CONVERT_TIMEOUT_S = 120


def load_legacy_word(path: Path) -> str:
    """Old binary Word/WPS files go through LibreOffice when it is installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    suffix = path.suffix.lower()
    if not soffice:
        raise LoadError(
            f"不支持旧版 {suffix} 格式，请在 WPS/Word 中另存为 .docx 后再导入"
            f"（或安装 LibreOffice 后自动转换） (legacy {suffix}: save as .docx or install LibreOffice)"
        )
    with tempfile.TemporaryDirectory() as out:
        try:
            subprocess.run([soffice, "--headless", "--convert-to", "docx", "--outdir", out, str(path)],
                           check=True, capture_output=True, timeout=CONVERT_TIMEOUT_S)
        except (subprocess.SubprocessError, OSError) as exc:
            raise LoadError(f"LibreOffice 转换 {suffix} 失败，请手动另存为 .docx (conversion failed: {exc})") from exc
        converted = Path(out) / (path.stem + ".docx")
        if not converted.is_file():
            raise LoadError(f"LibreOffice 未能转换该 {suffix} 文件，请手动另存为 .docx (conversion produced nothing)")
        return load_docx(converted)


READERS: dict[str, Callable[[Path], str]] = {
    ".txt": load_plain, ".md": load_plain, ".docx": load_docx, ".pdf": load_pdf,
    ".html": load_html, ".htm": load_html, ".doc": load_legacy_word, ".wps": load_legacy_word,
}
SUPPORTED_SUFFIXES = frozenset(READERS)


def load_text(path: Path) -> str:
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise LoadError(f"暂不支持的文件类型：{suffix or '无扩展名'} (unsupported file type {suffix!r})")
    if path.stat().st_size == 0:
        raise LoadError("文件为空 (empty file)")
    text = reader(path)
    if not text.strip():
        raise LoadError("文件为空 (empty file)")
    return text

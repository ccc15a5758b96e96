"""PDF: the text layer; a scan without one is reported as needing OCR, not loaded as empty."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import LoadError

MIN_CHARS_PER_PAGE = 20


def load_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("PDF 文件已加密，无法读取 (encrypted PDF)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise LoadError(f"PDF 文件已损坏，无法读取 (corrupt PDF: {exc})") from exc
    text = "\n".join(pages)
    if len("".join(text.split())) < MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise LoadError(
            "该 PDF 没有可提取的文字（可能是扫描件），需要先进行 OCR 文字识别 (no text layer: needs OCR)"
        )
    return text

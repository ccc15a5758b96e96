"""Word .docx: paragraphs and tables in document order; headers and footers are not body text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ingest.errors import LoadError
from ingest.loaders.zipguard import unsafe_archive


def table_lines(rows: list[list[str]]) -> list[str]:
    """Each value keeps its column header (first row) and its row header (first cell).

    `项目：新建友城，2023年：5个，2024年：2个。` (one sentence per row) reads well to people, to BM25 and to the
    embedding model, where a flattened grid loses which number belongs to which year.
    """
    rows = [_dedupe_merged(r) for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        return ["，".join(c for c in r if c) + "。" for r in rows]
    header = rows[0]
    lines = []
    for row in rows[1:]:
        pairs = [(h or f"第{i + 1}列", v) for i, (h, v) in enumerate(zip(header, row, strict=False)) if v]
        lines.append("，".join(f"{h}：{v}" for h, v in pairs) + "。")
    return lines


def _dedupe_merged(cells: list[str]) -> list[str]:
    """python-docx repeats a horizontally merged cell once per grid column."""
    out: list[str] = []
    for cell in cells:
        cell = " ".join(cell.split())
        if not out or cell != out[-1] or not cell:
            out.append(cell)
    return out


MAX_UNPACKED = 512 * 2**20  # a real report's XML is a few MB; python-docx holds it all in memory


def _refuse_bombs(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            reason = unsafe_archive(archive, MAX_UNPACKED)
    except (zipfile.BadZipFile, OSError) as exc:
        raise LoadError(f"Word 文件已损坏或不是 .docx 格式 (corrupt or not a .docx file: {exc})") from exc
    if reason:
        raise LoadError(f"Word 文件{reason} (refused: zip member too large or too compressed)")


def load_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import OpcError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _refuse_bombs(path)
    try:
        document = docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"Word 文件已损坏或不是 .docx 格式 (corrupt or not a .docx file: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += table_lines([[cell.text for cell in row.cells] for row in block.rows])
    return "\n".join(lines)

"""Plain-text reports in the encodings offices really use; bad files get a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.errors import LoadError
from ingest.loaders import load_text
from ingest.loaders.word import table_lines

TEXT = "XX市外办2023年工作总结\n一、基本情况\n新建友城5个（其中县级友城3个），举办培训×天。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes((TEXT * 3).encode(encoding))
    assert load_text(path) == TEXT * 3


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(LoadError, match=r"二进制|编码"):
        load_text(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    with pytest.raises(LoadError, match="文件为空"):
        load_text(path)


def test_unsupported_type_is_named(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(LoadError, match=r"暂不支持的文件类型：\.xls"):
        load_text(path)


@pytest.mark.skipif(shutil.which("soffice") is not None, reason="LibreOffice would convert it")
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_legacy_word_says_save_as_docx(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"old{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(500))
    with pytest.raises(LoadError, match=r"另存为 \.docx"):
        load_text(path)


def _docx_with_table(path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉：内部资料"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    document.add_paragraph("XX市外办2024年工作总结")
    document.add_paragraph("一、友城工作")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["项目", "2023年", "2024年"], ["新建友城", "5个", "2个"], ["友城论坛", "1次", "3次"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("二、因公出国管理")
    document.save(str(path))


def test_docx_keeps_order_and_binds_table_values_to_headers(tmp_path: Path) -> None:
    path = tmp_path / "总结.docx"
    _docx_with_table(path)
    lines = load_text(path).split("\n")
    assert lines == [
        "XX市外办2024年工作总结", "一、友城工作",
        "项目：新建友城，2023年：5个，2024年：2个。", "项目：友城论坛，2023年：1次，2024年：3次。",
        "二、因公出国管理",
    ]


def test_table_lines_merge_and_blank_headers() -> None:
    assert table_lines([["指标", "数值", "数值"], ["培训", "5次", "5次"]]) == ["指标：培训，数值：5次。"]
    assert table_lines([["", "2023年"], ["新建友城", "5个"]]) == ["第1列：新建友城，2023年：5个。"]


def test_corrupt_docx_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "坏文件.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(LoadError, match="Word 文件已损坏"):
        load_text(path)


def _pdf(path: Path, lines: list[str]) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        pdf.drawString(50, 800 - 20 * i, line)
    if not lines:
        pdf.rect(50, 400, 300, 300, fill=1)  # a "scan": marks on the page, no text layer
    pdf.showPage()
    pdf.save()


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "报告.pdf"
    _pdf(path, ["XX市外办2024年工作总结", "新建友城5个（其中县级友城3个），为70家企业新办理APEC商务旅行卡76批184人。"])
    text = load_text(path)
    assert "新建友城5个（其中县级友城3个）" in text and "76批184人" in text


def test_scanned_pdf_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "扫描件.pdf"
    _pdf(path, [])
    with pytest.raises(LoadError, match="OCR"):
        load_text(path)


def test_truncated_pdf_is_reported(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    _pdf(good, ["新建友城5个"])
    bad = tmp_path / "坏.pdf"
    bad.write_bytes(good.read_bytes()[:200])
    with pytest.raises(LoadError):
        load_text(bad)


def test_html_blocks_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "通知.html"
    path.write_text(
        "<html><head><title>x</title><style>p{}</style></head><body><h1>关于友城工作的通报</h1>"
        "<p>一、基本情况</p><p>新建友城5个。</p><script>alert(1)</script>"
        "<table><tr><td>项目</td></tr></table></body></html>", encoding="gbk")
    lines = [line for line in load_text(path).split("\n") if line.strip()]
    assert lines == ["关于友城工作的通报", "一、基本情况", "新建友城5个。", "项目"]

"""Export to .docx laid out after GB/T 9704-2012: A4, margins 37/35/28/26 mm, title in 2号 小标宋,
body in 3号 仿宋 at 22 lines a page, headings 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋.

Fonts: the first of each role's candidates installed here (fontconfig) is written; when none is,
the last candidate, which every Chinese Windows has, so Word never substitutes at random.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from ingest.outline import heading_level, split_heading

if TYPE_CHECKING:
    from assistant.draft.chain import Draft

FONTS = {
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    "body": ("仿宋_GB2312", "仿宋"),
    "h1": ("黑体",),
    "h2": ("楷体_GB2312", "楷体"),
}
LATIN_FONT = "Times New Roman"
TITLE_PT, BODY_PT = 22, 16  # 2号, 3号
LINE_PT = 28.95  # 225 mm of text area / 22 lines
MARK = re.compile(r"(【[^【】]*】)")
MARK_COLOURS = {"【待核实】": WD_COLOR_INDEX.YELLOW}


@cache
def installed_fonts() -> frozenset[str]:
    if not shutil.which("fc-list"):
        return frozenset()
    out = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, timeout=20).stdout
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(","))


def choose_font(candidates: tuple[str, ...], installed: frozenset[str]) -> str:
    return next((c for c in candidates if c in installed), candidates[-1])


CITED = re.compile(r"\[(\d{1,2})\]")
UNSAFE_NAME = re.compile(r"[\\/:*?\"<>|\s]+")
REFERENCES = "参考来源"


def export_docx(text: str, path: Path, with_title: bool = False, installed: frozenset[str] | None = None,
                title: str = "", references: list[str] | None = None) -> Path:
    """Writes `text` (one paragraph per line; the first line is the title when `with_title`, or `title`),
    then the 参考来源 list when there is one."""
    installed = installed_fonts() if installed is None else installed
    fonts = {role: choose_font(c, installed) for role, c in FONTS.items()}
    doc = Document()
    _page_setup(doc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if with_title and lines:
        title = lines.pop(0)
    if title:
        _title(doc.add_paragraph(), title, fonts["title"])
    for line in lines:
        _body(doc.add_paragraph(), line, fonts)
    if references:
        _body(doc.add_paragraph(), f"{REFERENCES}：", fonts)
        for line in references:
            _spacing(paragraph := doc.add_paragraph(), indent=True)
            _run(paragraph, line, fonts["body"], BODY_PT)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _page_setup(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _page_number(section.footer.paragraphs[0])


def _page_number(paragraph: Paragraph) -> None:
    """— 1 — centred: a PAGE field between dashes."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if attr:
            element.set(qn("w:fldCharType"), attr)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = "PAGE"
        run._r.append(element)
    paragraph.add_run(" —")


def _title(paragraph: Paragraph, text: str, font: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(paragraph, indent=False)
    _run(paragraph, text, font, TITLE_PT)


def _body(paragraph: Paragraph, line: str, fonts: dict[str, str]) -> None:
    _spacing(paragraph, indent=True)
    level = heading_level(line)
    head, rest = split_heading(line) if level else ("", line)
    if head:
        font = {1: fonts["h1"], 2: fonts["h2"]}.get(level or 0, fonts["body"])
        _marked_runs(paragraph, head + line[len(head):len(line) - len(rest)], font, bold=level == 3)
    _marked_runs(paragraph, rest, fonts["body"])


def _spacing(paragraph: Paragraph, indent: bool) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(BODY_PT * 2)


def _marked_runs(paragraph: Paragraph, text: str, font: str, bold: bool = False) -> None:
    """Marks such as 【待核实】 and 【引自2023年报告[1]】 are highlighted so the writer cannot miss them."""
    for piece in MARK.split(text):
        if piece:
            run = _run(paragraph, piece, font, BODY_PT, bold)
            if MARK.fullmatch(piece):
                run.font.highlight_color = MARK_COLOURS.get(piece, WD_COLOR_INDEX.TURQUOISE)


def _run(paragraph: Paragraph, text: str, font: str, size: float, bold: bool = False):
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = LATIN_FONT
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), font)
    return run


def cited_numbers(text: str) -> list[int]:
    """The passage numbers [n] the text cites, in order, once each."""
    return list(dict.fromkeys(int(n) for n in CITED.findall(text)))


def file_name(heading: str, suffix: str = ".docx", fallback: str = "起草稿") -> str:
    """A file name from a heading: （二）深化友城交流合作 -> 深化友城交流合作.docx."""
    name = UNSAFE_NAME.sub("", heading_title(heading))[:40]
    return (name or fallback) + suffix


def heading_title(heading: str) -> str:
    """A heading without its number."""
    from assistant.draft.request import parse_heading

    return parse_heading(heading).title if heading.strip() else ""


def export_draft(draft: Draft, folder: Path | None = None, path: Path | None = None) -> Path:
    """A draft as a .docx (at `path`, or in `folder` named after its heading): its title, the body (a
    section's numbered heading becomes the title), and 参考来源 for every passage the text cites."""
    text, title = draft.text, ""
    if draft.request.mode != "outline":
        title = heading_title(draft.heading or draft.request.heading) or f"{draft.request.doc_type}（草稿）"
        first, _, rest = text.partition("\n")
        if draft.heading and first.strip() == draft.heading.strip():
            text = rest
    cited = cited_numbers(draft.text)
    references = [f"[{c.n}]《{c.doc}》{f'（{c.year}年）' if c.year else ''}{c.section}"
                  for c in draft.sources if c.n in cited]
    if path is None:
        assert folder is not None
        path = folder / file_name(title or text.strip().split("\n", 1)[0])
    return export_docx(text, path, with_title=draft.request.mode == "outline", title=title,
                       references=references)

"""Document-level facts read from a report's text: issuing body, date, year and document type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR_IN_NAME, YEAR_MONTH_DAY

ORG_SUFFIX = re.compile(r"(办公室|外办|党组|委员会|政府|人民政府|局|厅|委|办|中心)$")
SIGNATURE_MAX_CHARS = 30
SOURCE_MARK = re.compile(r"^[（(]\s*(?:来源|供稿|稿源)?[：:]?\s*|\s*[）)]$")
# Most specific first: a 整改进展情况的通报 is also a 通报.
DOC_TYPES = (
    ("整改进展情况通报", re.compile(r"整改.*(通报|情况)")),
    ("进展情况汇报", re.compile(r"进展情况.*汇报|汇报")),
    ("工作总结", re.compile(r"总结")),
    ("工作报告", re.compile(r"报告")),
)
OTHER_TYPE = "其他"


@dataclass(frozen=True)
class ReportMeta:
    org: str
    date: str | None
    year: int | None
    doc_type: str


def document_type(title: str) -> str:
    for name, pattern in DOC_TYPES:
        if pattern.search(title):
            return name
    return OTHER_TYPE


def issuing_org(title: str, lines: list[str]) -> str:
    """The signature line near the end (a news item's source in brackets: （江陵省委外办）), else the part of the
    title before 关于."""
    for line in reversed([line for line in lines[-6:] if line.strip()]):
        line = SOURCE_MARK.sub("", line.strip())
        if len(line) <= SIGNATURE_MAX_CHARS and ORG_SUFFIX.search(line) and not YEAR_MONTH_DAY.search(line):
            return line
    return title.split("关于", 1)[0] if "关于" in title else ""


def signature_date(lines: list[str]) -> str | None:
    """The date under the signature (last lines), as YYYY-MM-DD."""
    for line in reversed([line for line in lines[-4:] if line.strip()]):
        match = YEAR_MONTH_DAY.fullmatch(line.strip())
        if match and match.group(3):
            return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}-{int(match.group(3)):02d}"
    return None


def document_year(text: str, file_name: str = "", title: str = "", signed: str | None = None) -> int | None:
    """The year the report is about: its title (二〇一七年工作总结暨2018年工作打算 is about 2017), its signature
    date, its file name, else the latest date."""
    if match := YEAR_IN_NAME.search(canonical(title)):
        return int(match.group(1))
    if signed:
        return int(signed[:4])
    if match := YEAR_IN_NAME.search(file_name):
        return int(match.group(1))
    years = [int(m.group(1)) for m in YEAR_MONTH_DAY.finditer(text)]
    return max(years) if years else None


def read_metadata(text: str, title: str, file_name: str) -> ReportMeta:
    lines = text.split("\n")
    date = signature_date(lines)
    year = document_year(text, file_name, title, date)
    return ReportMeta(issuing_org(title, lines), date, year, document_type(title or file_name))

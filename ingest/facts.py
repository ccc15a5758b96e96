"""Extract the fact ledger's rows from report text: figures with subject, unit, time and status;
dates; document titles in 《》; and names of countries, places and organisations. Pure functions,
so the rules are easy to test one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import cn2an

from ingest.chunking import split_sentences
from ingest.clean import canonical
from ingest.document import Chunk
from ingest.names import find_names

UNITS = ("人次", "批次", "余人", "个月", "个工作日", "个百分点",
         "个", "次", "批", "人", "家", "名", "项", "条", "份", "篇", "场", "期", "件", "所",
         "座", "届", "天", "本", "部", "处", "支", "位", "种", "户", "国", "城", "元", "册", "吨", "台", "辆", "套",
         "张", "万元", "亿元", "万人", "万", "亿", "%", "％", "倍", "小时", "年", "月", "周")
UNIT_ALT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
ARABIC = r"\d+(?:\.\d+)?"
CHINESE = r"[一二两三四五六七八九十百千万]+"
APPROX = r"(?:余|多|左右)?"
ONE_FIGURE = rf"(?:{ARABIC}|{CHINESE}){APPROX}(?:{UNIT_ALT}){APPROX}"
FIGURE = re.compile(rf"(?<![第\d.A-Za-z])(?:{ONE_FIGURE})+")
PART = re.compile(rf"({ARABIC}|{CHINESE})({APPROX})({UNIT_ALT})")
DATE = re.compile(
    r"(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"|((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
)
TIME_WORDS = re.compile(
    r"((?:19|20)\d{2}年(?:\d{1,2}月)?(?:以来|上半年|下半年|全年)?|年初以来|今年以来|截至目前|截至\S{0,12}?(?:底|末)"
    r"|整改工作启动以来|[上下]半年|全年)"
)
STATUS_WORDS = (("累计", "累计"), ("同比增长", "同比"), ("同比下降", "同比"), ("正在", "进行中"),
                ("计划", "计划"), ("拟", "计划"), ("将", "计划"), ("已", "已完成"))
TITLE = re.compile(r"《([^《》]{2,60})》")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？、（）()]")
VERB_CUT = re.compile(
    r"正在|新办理|办理|开展|举办|签订|参加|组织|召开|发布|建立|完成|提供|推进|实现|进行|得到|均|已|赴|在"
)
LEADING_NOISE = re.compile(r"^(?:[一二三四五六七八九十]+是|其中|共|累计|先后|分别|为|全市|已|并|同时|还|在|对)+")
TRAILING_NOISE = re.compile(r"(?:达到|达|为|共计|共|约|近|超过|逾|等)+$")


@dataclass(frozen=True)
class Fact:
    """One row of the ledger: a figure, a date or a named document, with where it was said."""

    kind: str  # "figure" | "date" | "title" | "country" | "place" | "org"
    text: str  # as written: 5个, 76批184人, 2023年12月28日, 《…》
    norm: str  # normalised: 5, 2023-12-28, the title without 《》
    value: float | None
    unit: str
    subject: str
    qualifier: str
    time: str
    status: str
    sentence: str
    chunk_id: str
    section: str


def to_number(text: str) -> float | None:
    """Arabic (full-width already normalised) or Chinese numerals, e.g. 三 -> 3, 十二 -> 12."""
    try:
        return float(text) if re.fullmatch(ARABIC, text) else float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError):
        return None


def figure_subject(sentence: str, start: int, end: int, previous_end: int) -> str:
    """What a figure counts: the noun right after a measure word (5个合作备忘录, 218人的翻译人才库),
    else the clause text before it (新建友城5个, 集体学习8次)."""
    tail = FIGURE.split(CLAUSE_BREAK.split(sentence[end:])[0])[0].removeprefix("的")
    tail = VERB_CUT.split(tail)[0].strip()
    head = CLAUSE_BREAK.split(sentence[previous_end:start])[-1]
    head = TRAILING_NOISE.sub("", LEADING_NOISE.sub("", head.strip()))
    if len(tail) >= 2 and re.match(r"[\u4e00-\u9fffA-Za-z]", tail):
        return tail[:20]
    return head if len(head) >= 2 else tail[:20]


def table_cell(sentence: str, start: int) -> tuple[str, str]:
    """A table row reads `项目：新建友城，2023年：5个`: a figure right after `列名：` counts the row's subject."""
    if sentence[start - 1 : start] not in ("：", ":"):
        return "", ""
    label = CLAUSE_BREAK.split(sentence[: start - 1])[-1].strip()
    first = re.match(r"[^：:，,]{1,12}[：:]([^：:，,。；]{1,30})[，,]", sentence)
    if not first or first.end() > start:
        return label, ""
    return label, first.group(1).strip()


def qualifier_after(sentence: str, end: int) -> str:
    """A parenthesis right after the figure: 新建友城5个（其中县级友城3个）."""
    match = re.match(r"\s*[（(]([^（）()]{1,40})[）)]", sentence[end:])
    return match.group(1) if match else ""


def status_of(clause: str) -> str:
    return next((status for word, status in STATUS_WORDS if word in clause), "")


def time_of(sentence: str) -> str:
    match = TIME_WORDS.search(sentence)
    return match.group(1) if match else ""


def clause_around(sentence: str, start: int) -> str:
    left = max((m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right = CLAUSE_BREAK.search(sentence, start)
    return sentence[left : right.start() if right else len(sentence)]


def sentence_figures(sentence: str, chunk_id: str = "", section: str = "") -> list[Fact]:
    facts, previous_end = [], 0
    for match in FIGURE.finditer(sentence):
        text, start = match.group(), match.start()
        first = PART.match(text)
        if not first or is_enumeration(sentence, start, match.end()):
            continue
        value = to_number(first.group(1))
        if value is None:
            continue
        label, row_subject = table_cell(sentence, start)
        facts.append(Fact(
            kind="figure", text=text, norm=format_number(value), value=value, unit=first.group(3),
            subject=row_subject or figure_subject(sentence, start, match.end(), previous_end),
            qualifier=label or qualifier_after(sentence, match.end()) or _part_of(sentence, start),
            time=time_of(label) if label else time_of(sentence),
            status=status_of(clause_around(sentence, start)), sentence=sentence,
            chunk_id=chunk_id, section=section,
        ))
        previous_end = match.end()
    return facts


def _part_of(sentence: str, start: int) -> str:
    """`其中` marks a figure as a part of the figure before it."""
    return "其中" if clause_around(sentence, start).startswith("其中") else ""


def is_enumeration(sentence: str, start: int, end: int) -> bool:
    """一是 as a list marker, and the year or month of a date, are not figures."""
    if sentence[end : end + 1] == "是":
        return True
    return any(m.start() <= start < m.end() for m in DATE.finditer(sentence)) or bool(
        re.fullmatch(r"(?:19|20)\d{2}年", sentence[start:end]))


def format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def sentence_dates(sentence: str, year: int | None, chunk_id: str = "", section: str = "") -> list[Fact]:
    facts = []
    for m in DATE.finditer(sentence):
        y, mo, d = (m.group(1) or m.group(4)), (m.group(2) or m.group(5)), m.group(3)
        y = int(y) if y else year
        norm = "-".join(part for part in (
            f"{y:04d}" if y else "????", f"{int(mo):02d}", f"{int(d):02d}" if d else "") if part)
        facts.append(Fact("date", m.group().strip(), norm, None, "", clause_around(sentence, m.start()),
                          "", "", "", sentence, chunk_id, section))
    return facts


def sentence_titles(sentence: str, chunk_id: str = "", section: str = "") -> list[Fact]:
    return [Fact("title", m.group(), m.group(1), None, "", m.group(1), "", time_of(sentence), "",
                 sentence, chunk_id, section) for m in TITLE.finditer(sentence)]


def sentence_names(sentence: str, chunk_id: str = "", section: str = "") -> list[Fact]:
    """Countries, places (a foreign city carries its country as qualifier) and organisations."""
    return [Fact(n.kind, n.text, n.text, None, "", n.text, n.country, time_of(sentence), "", sentence,
                 chunk_id, section) for n in find_names(sentence)]


def sentence_facts(sentence: str, year: int | None, chunk_id: str = "", section: str = "") -> list[Fact]:
    """Rules run on the canonical spelling; each fact quotes the sentence as written."""
    normalised = canonical(sentence)
    facts = (sentence_figures(normalised, chunk_id, section) + sentence_dates(normalised, year, chunk_id, section)
             + sentence_titles(normalised, chunk_id, section) + sentence_names(normalised, chunk_id, section))
    return [replace(f, sentence=sentence) for f in facts]


def extract_facts(chunks: list[Chunk]) -> list[Fact]:
    return [fact for chunk in chunks for sentence in split_sentences(chunk.text)
            for fact in sentence_facts(sentence, chunk.year, chunk.chunk_id, chunk.section)]


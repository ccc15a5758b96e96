"""Extract the fact ledger's rows from report text: figures with subject, unit, time and status;
dates; document titles in 《》; and names of countries, places and organisations. Pure functions,
so the rules are easy to test one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.dates import DATE, time_of
from ingest.nlp.names import find_names
from ingest.nlp.numbers import FIGURE, PART, clause_around, format_number, is_enumeration, to_number
from ingest.nlp.sentences import CLAUSE_BREAK, split_sentences

STATUS_WORDS = (("累计", "累计"), ("同比增长", "同比"), ("同比下降", "同比"), ("正在", "进行中"),
                ("计划", "计划"), ("拟", "计划"), ("将", "计划"), ("已", "已完成"))
TITLE = re.compile(r"《([^《》]{2,60})》")
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
    sentences = [(sentence, chunk) for chunk in chunks for sentence in split_sentences(chunk.text)]
    facts = [fact for sentence, chunk in sentences
             for fact in sentence_facts(sentence, chunk.year, chunk.chunk_id, chunk.section)]
    return facts + places_named_again(sentences, facts)


def places_named_again(sentences: list[tuple[str, Chunk]], facts: list[Fact]) -> list[Fact]:
    """A foreign city the document names once with its country (接待了意大利法恩扎市市长) is that place
    wherever else it names it without (出访意大利，与法恩扎市签署缔结友好城市关系协议书)."""
    known = {f.text: f.qualifier for f in facts if f.kind == "place" and f.qualifier and len(f.text) >= 3}
    held = {(f.sentence, f.text) for f in facts if f.kind == "place"}
    found = []
    for sentence, chunk in sentences:
        text = canonical(sentence)
        found += [Fact("place", name, name, None, "", name, country, time_of(text), "", sentence, chunk.chunk_id,
                       chunk.section)
                  for name, country in known.items() if name in text and (sentence, name) not in held]
    return found


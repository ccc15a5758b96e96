"""Check a draft: every figure and date against the ledger, the draft against itself, and passages
copied from earlier reports; the draft's own report, if already in the library, is left out."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from assistant.check.align import Alignment, Earlier, align, sentence_index
from assistant.check.claims import CHECKED_KINDS, NUMERIC_KINDS, Claim, claims_of
from assistant.check.copied import Copy, copied_passages
from assistant.check.events import event_findings
from assistant.check.learned import learn_synonyms, related
from assistant.check.names import NAME_KINDS, judge_names, once_per_name
from assistant.check.posts import post_findings
from assistant.check.proofread import LEVELS, HouseUsage, Proof, proofread
from assistant.check.swaps import swap_findings
from assistant.check.verdicts import (
    VERDICTS,
    Evidence,
    Finding,
    Known,
    SameBody,
    Verdict,
    in_place_of,
    internal_findings,
    judge,
    known_facts,
)
from ingest.document import Chunk
from ingest.metadata import document_year
from ingest.nlp.clean import canonical, clean_text
from ingest.nlp.dates import YEAR_DIGITS
from ingest.nlp.names import cities_named, places_asked
from ingest.nlp.sentences import split_sentences
from ingest.outline import parse_outline
from vectorstore.filters import SearchFilter
from vectorstore.ledger import Ledger
from vectorstore.registry import DocumentRow


class CheckLibrary(Protocol):
    ledger: Ledger

    def documents(self) -> list[DocumentRow]: ...

    def stored_chunks(self) -> list[Chunk]: ...


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]
    year: int | None
    seconds: float
    proofread: list[Proof] = field(default_factory=list)

    def proof_counts(self) -> dict[str, int]:
        counts = Counter(p.level for p in self.proofread)
        return {level.value: counts[level] for level in LEVELS}

    def summary(self) -> dict[str, int]:
        counts = Counter(f.verdict for f in self.findings)
        return {v: counts[v] for v in VERDICTS}

    def supported_share(self) -> float | None:
        """The share of the draft's judged claims (figures, dates, names) that earlier reports state the same
        way; None when the draft states none."""
        counts = self.summary()
        judged = sum(counts[v] for v in JUDGED)
        return counts[Verdict.CONSISTENT] / judged if judged else None

    def as_json(self) -> dict:
        share = self.supported_share()
        return {"year": self.year, "summary": self.summary(),
                "supported_share": None if share is None else round(share, 3),
                "findings": [f.as_json() for f in self.findings],
                "proofread": [p.as_json() for p in self.proofread], "proofread_summary": self.proof_counts(),
                "seconds": round(self.seconds, 2)}


JUDGED = (Verdict.CONTRADICTS, Verdict.UNCERTAIN, Verdict.STATUS, Verdict.CONSISTENT, Verdict.NEW)


def copy_finding(draft: str, copy: Copy) -> Finding:
    chunk = copy.chunk
    return Finding(draft[copy.draft_start:copy.draft_end], Verdict.COPIED, draft[copy.draft_start:copy.draft_end],
                   (Evidence(chunk.title, chunk.year, chunk.section, copy.quote),),
                   f"与此前公文有{copy.length}字相同，请确认是否照抄")


def _compared(doc_id: str, year: int | None, against: SearchFilter) -> bool:
    if against.doc_ids and doc_id not in against.doc_ids:
        return False
    return (against.year_from is None or (year or 0) >= against.year_from) and (
        against.year_to is None or (year or 0) <= against.year_to)


def own_documents(text: str, year: int | None, documents: list[DocumentRow]) -> set[str]:
    """The draft itself when it is already in the library: the same text, or the same title and year."""
    digest, title = hashlib.sha256(clean_text(text).encode("utf-8")).hexdigest(), draft_title(text)
    return {d.doc_id for d in documents
            if d.content_hash == digest or (title and d.title == title and d.year == year)}


def title_year(text: str, year: int | None) -> list[Finding]:
    """A draft checked as the report of `year` whose title names another year (2020年工作报告 checked as the 2022
    report): the title or the year is wrong."""
    title = draft_title(text)
    named = document_year("", title=title) if year and title else None
    if named is None or named == year:
        return []
    at = canonical(title).find(str(named))
    end = at + 4 + title.startswith("年", at + 4)
    return [Finding(title[at:end], Verdict.CONTRADICTS, title, (),
                    f"按{year}年的公文核对，标题却写{named}年（年份不同），请核对标题或年份", at=(at, end))]


# A year a heading gives a part of a yearly report: 一、2020年工作开展情况 / 2016年工作情况 (the part on the year's
# work, of that year) or 第三部分 2025年工作安排 / 关于2022年的工作考虑 (the part on plans, of the next year, or of a
# plan's own year); not a year of a span (2016-2020年)
PART_YEAR = re.compile(rf"(?<![\d\-—～~至到])(?P<named>(?P<year>{YEAR_DIGITS})\s*年)度?的?(?:主要)?(?:工作)?"
                       r"(?:(?P<review>(?:开展|完成|进展)?(?:情况|回顾))|安排|思路|打算|考虑|计划|设想)")
HEADING_CHARS = 40  # a line this short without a full stop is a heading (一、2020年工作开展情况)


def heading_years(text: str, year: int | None) -> list[Finding]:
    """The headings of a draft checked as the report of `year` that name another year for its parts: the part on
    the year's work names that year (一、2021年工作开展情况 in the 2020 report), the part on plans that year or the
    next (第三部分 2023年工作安排 in the 2024 report). The title's own year is title_year's."""
    if not year:
        return []
    title, findings = draft_title(text), []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line or len(line) > HEADING_CHARS or "。" in line or "；" in line:
            continue
        for m in PART_YEAR.finditer(canonical(line)):
            named, review = int(m.group("year")), m.group("review") is not None
            if named in ((year,) if review else (year, year + 1)) or (review and line == title):
                continue
            part, said = ("工作情况", f"{year}年") if review else ("工作安排", f"{year}年或{year + 1}年")
            findings.append(Finding(line[m.start("named"):m.end("named")], Verdict.CONTRADICTS, line, (),
                                    f"按{year}年的公文核对，“{part}”部分的标题应写{said}，却写{named}年，请核对",
                                    at=m.span("named")))
    return findings


def check_text(text: str, library: CheckLibrary, year: int | None = None, min_copy_chars: int = 30,
               against: SearchFilter | None = None, rules_dir: Path | None = None) -> CheckReport:
    """`against` limits the earlier reports compared with (years, documents); default: the whole library.
    Proofreading (校对) comes with it: the rules of assistant/check/proofread plus the office's in `rules_dir`,
    the house usage learned from the library's passages."""
    started = time.monotonic()
    stated = year
    year = year or document_year(text)
    documents = library.documents()
    issuer = issuer_of(documents)
    own = own_documents(text, year, documents)
    own |= {d.doc_id for d in documents if against and not _compared(d.doc_id, d.year, against)}
    own |= other_offices(text, documents, issuer)
    rows = [r for r in library.ledger.mentioning(CHECKED_KINDS, [], limit=10_000_000) if r.doc_id not in own]
    known = known_facts(rows)
    claims = claims_of(text, year)
    numeric = [c for c in claims if c.fact.kind in NUMERIC_KINDS]
    figures = [k for k in known if k.row.fact.kind in NUMERIC_KINDS]
    learned = learn_synonyms(figures)
    body = same_body(documents)
    alike: dict[tuple[str, str], list[Known]] = {}  # figures of one kind and unit: only these are comparable
    for k in figures:
        alike.setdefault((k.claim.fact.kind, k.claim.unit), []).append(k)
    findings = [judge(c, alike.get((c.fact.kind, c.unit), []), lambda c, found: related(c, figures, found, learned),
                      body) for c in numeric]
    findings += internal_findings(numeric)
    chunks = [c for c in library.stored_chunks() if c.doc_id not in own]
    findings += once_per_name(judge_names(claims, [k for k in known if k.row.fact.kind in NAME_KINDS], chunks))
    findings = aligned_findings(text, year, chunks, findings)
    index = sentence_index(chunks)
    findings = in_place_of(findings, event_findings(text, index, year))
    findings = in_place_of(findings, swap_findings(text, year, index))
    findings = in_place_of(findings, post_findings(claims, year, chunks, issuer))
    findings += title_year(text, stated) + heading_years(text, stated)
    findings += [copy_finding(text, c) for c in copied_passages(text, chunks, min_copy_chars)]
    order = {v: i for i, v in enumerate(VERDICTS)}
    findings.sort(key=lambda f: order[f.verdict])
    proofs = proofread(text, year, house_usage(chunks), rules_dir)
    return CheckReport(findings, year, time.monotonic() - started, proofs)


_house: dict[tuple[int, str, str], HouseUsage] = {}
_house_lock = threading.Lock()
HOUSE_STATES = 4  # libraries (or views of one, its draft left out) whose usage is kept


def house_usage(chunks: list[Chunk]) -> HouseUsage:
    """What the library's passages teach of the office's usage, learned once per state of the library (two checks
    at once wait for one learning)."""
    key = (len(chunks), chunks[0].chunk_id if chunks else "", chunks[-1].chunk_id if chunks else "")
    with _house_lock:
        usage = _house.get(key)
        if usage is None:
            recent_first = sorted(chunks, key=lambda c: -(c.year or 0))  # a large library: its latest usage
            usage = HouseUsage.learn((c.title, c.text) for c in recent_first)
            if len(_house) >= HOUSE_STATES:
                _house.pop(next(iter(_house)))
            _house[key] = usage
        return usage


WARM_UP = "2024年，市外办主任张伟率团访问日本宇治市，与宇治市于2003年缔结友好城市关系，接待外宾来访团组10批。"


def prepare(library: CheckLibrary) -> None:
    """Read what every check reads (the earlier sentences, the ledger's facts, the tokenizer) so that the
    first draft checked after a start or an ingest is as quick as the next."""
    check_text(WARM_UP, library, 2024)


@lru_cache(maxsize=8)
def draft_title(text: str) -> str:
    """The draft's title, read once per draft."""
    return parse_outline(clean_text(text)).title


def other_offices(text: str, documents: list[DocumentRow], issuer: Issuer | None = None) -> set[str]:
    """Documents of another office than the one a draft's title names (锦水市外办2020年工作总结 is not checked
    against 松阳's reports): those whose title and issuer name cities, none of them the draft's."""
    title = draft_title(text)
    mine = cities_named(canonical(title)) if title else set()
    if not mine:
        return set()
    issuer = issuer or issuer_of(documents)
    return {d.doc_id for d in documents if "*" not in (theirs := issuer(d.doc_id)) and not theirs & mine}


Issuer = Callable[[str], frozenset[str]]
ANY_BODY = frozenset({"*"})


def issuer_of(documents: list[DocumentRow]) -> Issuer:
    """The body that issued a document: the cities its title and issuer name, {"*"} where they name none."""
    issuers = {d.doc_id: frozenset(cities_named(canonical(f"{d.title} {d.org}"))) or ANY_BODY for d in documents}
    return lambda doc_id: issuers.get(doc_id, ANY_BODY)


def same_body(documents: list[DocumentRow]) -> SameBody:
    """Whether an earlier fact can be about the body a draft sentence names: a sentence that names cities
    or districts (in full or without 市/区/县) is compared only with facts of documents or sentences naming
    one of them."""
    issuers = {d.doc_id: cities_named(canonical(f"{d.title} {d.org}")) for d in documents}
    bodies = frozenset(b for named in issuers.values() for b in named)
    named: dict[str, set[str]] = {}

    def places(sentence: str) -> set[str]:
        if sentence not in named:
            named[sentence] = places_asked(canonical(sentence), bodies)
        return named[sentence]

    def same(claim: Claim, k: Known) -> bool:
        mine = places(claim.sentence)
        return not mine or bool(mine & (places(k.claim.sentence) | issuers.get(k.row.doc_id, set())))

    return same


KIND_WORDS = {"figure": "数字", "year": "年份", "date": "日期", "ordinal": "序数", "name": "名称", "swap": "位置互换"}


def aligned_findings(text: str, year: int | None, chunks: list[Chunk], findings: list[Finding]) -> list[Finding]:
    """Each draft sentence laid beside the earlier sentence it restates: every changed figure, year, date,
    ordinal or name is a contradiction, and replaces what the ledger said about the same words."""
    index = sentence_index(chunks)
    found: list[Finding] = []
    supports: list[tuple[str, Earlier]] = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            alignments, support = align(sentence, year, index)
            if alignments:
                found += alignment_findings(sentence, alignments[0])
            elif support:
                supports.append((sentence, support))
    return in_place_of([supported(f, supports) for f in findings], found)


def supported(finding: Finding, supports: list[tuple[str, Earlier]]) -> Finding:
    """A figure the ledger judged by subject, in a draft sentence that an earlier sentence of the same period
    states with the same facts (reworded, reordered): consistent with that sentence."""
    if finding.verdict not in (Verdict.CONTRADICTS, Verdict.UNCERTAIN, Verdict.NEW) or not finding.span():
        return finding
    whole = canonical(finding.draft_sentence)
    for sentence, earlier in supports:
        if canonical(sentence) in whole and canonical(finding.claim) in canonical(sentence):
            evidence = Evidence(earlier.title, earlier.year, earlier.section, earlier.text)
            when = f"{earlier.year}年" if earlier.year else ""
            return replace(finding, verdict=Verdict.CONSISTENT, evidence=(evidence,),
                           explanation=f"“{finding.claim}”与{when}《{earlier.title}》的同一句一致")
    return finding


def alignment_findings(sentence: str, alignment: Alignment) -> list[Finding]:
    earlier = alignment.earlier
    evidence = Evidence(earlier.title, earlier.year, earlier.section, earlier.text)
    when = f"{earlier.year}年" if earlier.year else ""
    out = []
    for d in alignment.differences:
        what = KIND_WORDS[d.kind]
        out.append(Finding(sentence[d.draft[0]:d.draft[1]], Verdict.CONTRADICTS, sentence, (evidence,),
                           f"草稿写“{d.draft_text}”，{when}《{earlier.title}》的同一句写“{d.earlier_text}”（{what}不同）",
                           at=d.draft, aligned=evidence, differences=alignment.differences))
    return out

"""Check every figure, year, date and name of an answer against the passages the model was given.

A figure found in no passage is never shown as fact: it is corrected when the passages hold one
clear figure for the same subject in the same unit, otherwise it is marked 【未核实】 in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from ingest.nlp.clean import bigrams, canonical
from ingest.nlp.dates import AskedPeriod
from ingest.nlp.names import find_names, person_names
from ingest.nlp.numbers import clause_around
from ingest.nlp.quantities import Quantity, quantities, same_date

UNVERIFIED_MARK = "【未核实】"
CITATION = re.compile(r"\[\d{1,2}\]")


class CheckStatus(StrEnum):
    """What checking did with a figure, date or name of an answer or a draft."""

    VERIFIED = "verified"
    CORRECTED = "corrected"
    UNVERIFIED = "unverified"
    GIVEN = "given"  # repeated from the question


STATUSES = (CheckStatus.VERIFIED, CheckStatus.CORRECTED, CheckStatus.UNVERIFIED)


@dataclass(frozen=True)
class Source:
    """A passage as the model saw it, the year of its document and the headings above it."""

    n: int
    text: str
    year: int | None = None
    headings: tuple[str, ...] = ()
    title: str = ""  # the document's: a plan (工作要点) or a half-year summary makes its figures such

    @cached_property
    def plain(self) -> str:
        return canonical(self.text)

    def holds_for(self, f: Quantity, asked: AskedPeriod | None) -> bool:
        """Is this figure of the passage one for the period asked about (when a period is asked)?"""
        if asked is None or f.kind not in ("figure", "number", "ordinal"):
            return True
        return asked.admits_figure(self.plain, f.start, f.end, self.year, self.headings, self.title)


@dataclass(frozen=True)
class FigureCheck:
    text: str
    kind: str  # figure | number | year | date | name
    status: CheckStatus
    passage: int | None = None
    corrected_to: str = ""


@dataclass(frozen=True)
class Verification:
    text: str
    checks: tuple[FigureCheck, ...]

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.checks)

    @property
    def supporting(self) -> list[int]:
        """Passages that back a verified or corrected figure, in order of first use."""
        return list(dict.fromkeys(c.passage for c in self.checks if c.passage is not None))


def supports(q: Quantity, source: Source, found: list[Quantity], asked: AskedPeriod | None = None) -> bool:
    if q.kind == "year":
        return source.year == int(q.norm) or any(f.kind in ("year", "date") and f.norm.startswith(q.norm)
                                                 for f in found)
    if q.kind == "date":
        return any(f.kind == "date" and same_date(q.norm, f.norm) and _year_said(q, f, source, found)
                   for f in found) or _month_of_report(q, source, found)
    if q.kind == "ordinal":
        return any(f.kind == "ordinal" and f.key == q.key and source.holds_for(f, asked) for f in found)
    if q.kind == "number":
        return any(f.value == q.value and source.holds_for(f, asked) for f in found if f.kind in ("figure", "number"))
    return any(f.kind == "figure" and f.value == q.value and (f.unit == q.unit or not f.unit or not q.unit)
               and source.holds_for(f, asked) for f in found)


MONTH_ONLY = re.compile(r"^(\d{4})-(\d{2})$")


def _month_of_report(q: Quantity, source: Source, found: list[Quantity]) -> bool:
    """2024年4月 of a 2024 report saying 4月，沙南港与…签署 (a month read as a figure of 月): the report's year."""
    month = MONTH_ONLY.match(q.norm)
    return bool(month) and source.year == int(month.group(1)) and any(
        f.kind == "figure" and f.unit == "月" and f.value == int(month.group(2)) for f in found)


def _year_said(q: Quantity, f: Quantity, source: Source, found: list[Quantity]) -> bool:
    """A year the answer adds to a date the passage gives without one must be the passage's year."""
    year = q.norm[:4] if q.norm[:4].isdigit() else ""
    if not year or f.norm[:4].isdigit():
        return True
    return str(source.year) == year or any(g.kind in ("year", "date") and g.norm.startswith(year) for g in found)


def correction(answer: str, q: Quantity, sources: list[Source], found: list[list[Quantity]],
               asked: AskedPeriod | None = None) -> tuple[int, Quantity] | None:
    """The figure of the passages whose clause best matches the answer's clause, in the same unit,
    when the best match is unambiguous (one value)."""
    words = _words(clause_around(answer, q.start))
    scored = []
    for source, figures in zip(sources, found, strict=True):
        text = canonical(source.text)
        for f in figures:
            if f.kind == "figure" and f.unit == q.unit and source.holds_for(f, asked):
                overlap = len(words & _words(clause_around(text, f.start)))
                scored.append((overlap, source.n, f))
    best = max((s[0] for s in scored), default=0)
    winners = [(n, f) for overlap, n, f in scored if overlap == best]
    return winners[0] if best >= 2 and len({f.value for _, f in winners}) == 1 else None


def date_as_said(q: Quantity, sources: list[Source], found: list[list[Quantity]]) -> tuple[int, Quantity] | None:
    """The passage's own date where the answer added a year it does not say (2月12日, not the model's
    2021年2月12日): the day is the passage's, the year was invented."""
    for source, figures in zip(sources, found, strict=True):
        for f in figures:
            if f.kind == "date" and not f.norm[:4].isdigit() and same_date(q.norm, f.norm):
                return source.n, f
    return None


def _words(clause: str) -> set[str]:
    """Character bigrams without digits: what a clause is about, whatever its figure."""
    clause = re.sub(r"[\d.%]+", " ", clause)
    return bigrams(clause) - {"其中"}


def without_citations(text: str) -> str:
    """[n] marks blanked out, offsets kept: `[1]` is not a figure."""
    return CITATION.sub(lambda m: " " * len(m.group()), text)


def verify_answer(answer: str, question: str, sources: list[Source], asked: AskedPeriod | None = None
                  ) -> Verification:
    """`asked`: the period a figure question asks about; a figure of another year, or a target where a
    result is asked, then verifies nothing."""
    text = canonical(answer)
    found = [quantities(s.text) for s in sources]
    given = quantities(question)
    checks, edits = [], []
    for q in quantities(without_citations(text)):
        supporting = next((s.n for s, f in zip(sources, found, strict=True) if supports(q, s, f, asked)), None)
        if supporting is not None:
            checks.append(FigureCheck(q.text, q.kind, CheckStatus.VERIFIED, supporting))
        elif q.kind != "figure" and supports(q, Source(0, question), given):
            checks.append(FigureCheck(q.text, q.kind, CheckStatus.GIVEN))
        elif fix := (correction(text, q, sources, found, asked) if q.kind == "figure" else
                     date_as_said(q, sources, found) if q.kind == "date" else None):
            n, figure = fix
            checks.append(FigureCheck(q.text, q.kind, CheckStatus.CORRECTED, n, figure.text))
            edits.append((q.start, q.end, figure.text))
        else:
            checks.append(FigureCheck(q.text, q.kind, CheckStatus.UNVERIFIED))
            edits.append((q.end, q.end, UNVERIFIED_MARK))
    checks += _name_checks(text, question, sources, edits)
    return Verification(apply_edits(answer, edits), tuple(checks))


def _name_checks(text: str, question: str, sources: list[Source], edits: list) -> list[FigureCheck]:
    passages = [canonical(f"{s.title} {s.text}") for s in sources]  # a body named by the cited document's title
    checks = []
    for name in {n.text: n for n in find_names(text) + person_names(text)}.values():
        n = next((s.n for s, p in zip(sources, passages, strict=True) if name.text in p), None)
        if n is not None or name.text in canonical(question):
            checks.append(FigureCheck(name.text, "name", CheckStatus.VERIFIED if n else CheckStatus.GIVEN, n))
            continue
        checks.append(FigureCheck(name.text, "name", CheckStatus.UNVERIFIED))
        end = text.find(name.text) + len(name.text)
        edits.append((end, end, UNVERIFIED_MARK))
    return checks


def apply_edits(answer: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, new in sorted(edits, reverse=True):
        answer = answer[:start] + new + answer[end:]
    return answer

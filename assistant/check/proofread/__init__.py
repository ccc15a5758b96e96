"""校对: proofreading a draft as the office's most careful reviewer would. Deterministic and offline: every
finding names its rule, its level (必改 / 建议 / 提示) and the fix. The rules are data (rules/*.tsv, extensible by
the office in its own folder) or follow a named standard (GB/T 15835 for numbers, GB/T 15834 for punctuation,
GB/T 9704 for headings and 文号); 本馆用法 is learned from the library."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.check.proofread.canonical import near_miss_findings
from assistant.check.proofread.dates import date_findings
from assistant.check.proofread.documents import document_findings
from assistant.check.proofread.headings import enumeration_findings, heading_findings, mark_form_findings
from assistant.check.proofread.house import HouseUsage, house_findings
from assistant.check.proofread.lexicon import enclosed_spans, entries, matches
from assistant.check.proofread.model import LEVELS, RULE_NAMES, Level, Proof, Rule
from assistant.check.proofread.numbers import number_findings
from assistant.check.proofread.organisations import first_use_findings
from assistant.check.proofread.punctuation import punctuation_findings
from assistant.check.proofread.regions import region_findings
from assistant.check.proofread.repeats import repeat_findings
from assistant.check.proofread.similar import library_word_findings, suspect_findings

__all__ = ["LEVELS", "RULE_NAMES", "HouseUsage", "Level", "Proof", "Rule", "apply_suggestions", "proofread"]


def lexicon_findings(text: str, year: int | None, rules_dir: Path | None) -> Iterable[Proof]:
    """The rule files' entries that apply to a draft of `year`, where they match."""
    enclosed = enclosed_spans(text)
    for entry in entries(rules_dir):
        if not entry.applies(year):
            continue
        for start, end, suggestion in matches(entry, text, enclosed):
            when = f"（{entry.adjusted.year}年{entry.adjusted.month}月起）" if entry.adjusted else ""
            yield Proof(entry.rule, entry.level, text[start:end], suggestion or None, start, end,
                        f"{entry.note}{when}" + (f"，应为“{suggestion}”" if suggestion and suggestion not in entry.note
                                                 else ""), entry.source)


def proofread(text: str, year: int | None = None, house: HouseUsage | None = None,
              rules_dir: Path | None = None) -> list[Proof]:
    """Every finding in the draft, in the order of the text; of findings on the same words, the gravest."""
    found = [*lexicon_findings(text, year, rules_dir), *first_use_findings(text, rules_dir), *region_findings(text),
             *number_findings(text), *date_findings(text, year),
             *heading_findings(text), *mark_form_findings(text), *enumeration_findings(text),
             *punctuation_findings(text), *document_findings(text), *repeat_findings(text),
             *house_findings(text, house),
             *near_miss_findings(text, house.text if house else "", rules_dir),
             *suspect_findings(text, house.text if house else ""),
             *library_word_findings(text, house.ngrams if house else {}, house.text if house else "")]
    order = {level: i for i, level in enumerate(LEVELS)}
    found.sort(key=lambda p: (p.start, order[p.level], p.start - p.end))
    kept: list[Proof] = []
    for proof in found:
        if any(k.start <= proof.start and proof.end <= k.end and order[k.level] <= order[proof.level]
               for k in kept[-8:]):
            continue  # inside a finding at least as grave (the same words found twice)
        kept.append(proof)
    return kept


def apply_suggestions(text: str, proofs: Iterable[Proof]) -> str:
    """The draft with the findings' suggestions put in; of overlapping findings only the first is applied."""
    chosen: list[Proof] = []
    for proof in sorted((p for p in proofs if p.suggestion is not None), key=lambda p: (p.start, p.end)):
        if chosen and proof.start < chosen[-1].end:
            continue
        if text[proof.start:proof.end] != proof.text:
            raise ValueError(f"finding {proof.text!r} does not stand at {proof.start} of the text")
        chosen.append(proof)
    for proof in reversed(chosen):
        text = text[:proof.start] + proof.suggestion + text[proof.end:]
    return text

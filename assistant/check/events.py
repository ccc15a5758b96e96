"""The year a tie began or an event was founded, against every earlier report that states it.

日本宇治市（2003年结好） is the same fact in the 2011 report and the 2020 one: a draft naming another year for
that tie contradicts them, however differently its sentence is worded (the alignment catches only a sentence
copied from an earlier one). Called only when the earlier reports agree on one year.
"""

from __future__ import annotations

from assistant.check.align import Earlier, SentenceIndex
from assistant.check.verdicts import Evidence, Finding, Verdict
from ingest.nlp.events import FOUNDED, TIE, EventYear, event_years
from ingest.nlp.sentences import split_sentences

Statements = dict[tuple[str, str], list[tuple[EventYear, Earlier]]]
_STATEMENTS: dict[int, Statements] = {}


def statements(index: SentenceIndex) -> Statements:
    """Every tie and founding the earlier reports date, by what and kind (built once per index)."""
    if id(index) not in _STATEMENTS:
        _STATEMENTS.clear()
        found: Statements = {}
        for earlier in index.sentences:
            if TIE.search(earlier.text) or FOUNDED.search(earlier.text):
                for event in event_years(earlier.text):
                    found.setdefault((event.what, event.kind), []).append((event, earlier))
        _STATEMENTS[id(index)] = found
    return _STATEMENTS[id(index)]


def event_findings(text: str, index: SentenceIndex) -> list[Finding]:
    known = statements(index)
    findings = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            if not (TIE.search(sentence) or FOUNDED.search(sentence)):
                continue
            for event in event_years(sentence):
                earlier = known.get((event.what, event.kind), [])
                years = {e.year for e, _ in earlier}
                if len(years) == 1 and event.year not in years:  # the library agrees on another year
                    findings.append(_contradiction(sentence, event, earlier))
    return findings


def _contradiction(sentence: str, event: EventYear, earlier: list[tuple[EventYear, Earlier]]) -> Finding:
    said, first = min(earlier, key=lambda pair: (pair[1].year or 0, pair[1].doc_id))
    evidence = tuple(dict.fromkeys(Evidence(e.title, e.year, e.section, e.text) for _, e in earlier))[:3]
    what = "创办" if event.kind == "创办" else f"结为{event.kind}"
    when = f"{first.year}年" if first.year else ""
    start, end = event.span
    end += sentence.startswith("年", end)
    return Finding(sentence[start:end], Verdict.CONTRADICTS, sentence, evidence,
                   f"草稿写{event.name}{event.year}年{what}，{when}《{first.title}》等此前公文写{said.year}年",
                   at=(start, end))


def with_events(findings: list[Finding], events: list[Finding]) -> list[Finding]:
    """The event years found, in place of what else was said about the same characters; an aligned sentence's
    contradiction already names the change."""
    def overlaps(a: Finding, b: Finding) -> bool:
        x, y = a.span(), b.span()
        return a.draft_sentence == b.draft_sentence and x is not None and y is not None and x[0] < y[1] and y[0] < x[1]

    events = [e for e in events if not any(f.aligned and overlaps(f, e) for f in findings)]
    kept = [f for f in findings if f.verdict == Verdict.INTERNAL or not any(overlaps(f, e) for e in events)]
    return kept + events

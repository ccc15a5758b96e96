"""The date a tie began or an event was founded, against every earlier report that states it.

日本宇治市（2003年结好） is the same fact in the 2011 report and the 2020 one: a draft naming another year for
that tie contradicts them, however differently its sentence is worded (the alignment catches only a sentence
copied from an earlier one). A report that says "9月，…赴库塔伊西市签署两市缔结友好城市关系协议书" dates the tie
in its own year. Called only when the earlier reports agree on one year (and, for a month, on one month).
"""

from __future__ import annotations

from assistant.check.align import Earlier, SentenceIndex
from assistant.check.verdicts import Evidence, Finding, Verdict
from ingest.nlp.events import FOUNDED, TIE, TIE_SENTENCE, EventYear, event_years, first_editions, tie_dates
from ingest.nlp.names import find_names
from ingest.nlp.sentences import split_sentences

Statements = dict[tuple[str, str], list[tuple[EventYear, Earlier]]]


def _about_events(sentence: str) -> bool:
    return bool(TIE.search(sentence) or FOUNDED.search(sentence) or TIE_SENTENCE.search(sentence))


def dated(sentence: str, year: int | None, partners: list[str]) -> list[EventYear]:
    """The sentence's ties and foundings: the plain patterns first, then the partners named near a tie word."""
    found = {(e.what, e.kind): e for e in event_years(sentence)}
    for e in tie_dates(sentence, year, partners) + first_editions(sentence, year):
        found.setdefault((e.what, e.kind), e)
    return list(found.values())


def statements(index: SentenceIndex) -> Statements:
    """Every tie and founding the earlier reports date, by what and kind (built once per index, kept on it)."""
    built: Statements | None = getattr(index, "events", None)
    if built is None:
        plain: Statements = {}
        near: Statements = {}
        for earlier in index.sentences:
            if _about_events(earlier.text):
                for event in event_years(earlier.text):
                    plain.setdefault((event.what, event.kind), []).append((event, earlier))
                places = [n.text for n in find_names(earlier.text) if n.kind == "place"]
                for event in tie_dates(earlier.text, earlier.year, places) + first_editions(earlier.text, earlier.year):
                    near.setdefault((event.what, event.kind), []).append((event, earlier))
        # a date the plain patterns pair is surer than one read near a tie word: the latter only where none is
        built = plain | {key: found for key, found in near.items() if key not in plain}
        index.events = built  # type: ignore[attr-defined]
    return built


def event_findings(text: str, index: SentenceIndex, year: int | None = None) -> list[Finding]:
    known = statements(index)
    partners = sorted({what for what, kind in known if kind != "创办"}, key=len, reverse=True)
    findings = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            if not _about_events(sentence):
                continue
            named = [p for p in partners if p in sentence]
            for event in dated(sentence, year, named):
                finding = _judged(sentence, event, known.get((event.what, event.kind), []))
                if finding:
                    findings.append(finding)
    return findings


def _judged(sentence: str, event: EventYear, earlier: list[tuple[EventYear, Earlier]]) -> Finding | None:
    years = {e.year for e, _ in earlier}
    written = sentence[event.span[0]:event.span[1]] == str(event.year)
    if len(years) != 1:  # none, or the library disagrees with itself
        return None
    said = next(iter(years))
    if said != event.year and written:
        return _contradiction(sentence, event, earlier, event.span, f"{said}年")
    months = {e.month for e, _ in earlier if e.month}
    if said == event.year and event.month and event.month_span and len(months) == 1 and event.month not in months:
        return _contradiction(sentence, event, earlier, event.month_span, f"{said}年{next(iter(months))}月")
    return None


def _contradiction(sentence: str, event: EventYear, earlier: list[tuple[EventYear, Earlier]],
                   span: tuple[int, int], said: str) -> Finding:
    first = min((e for _, e in earlier), key=lambda e: (e.year or 0, e.doc_id))
    evidence = tuple(dict.fromkeys(Evidence(e.title, e.year, e.section, e.text) for _, e in earlier))[:3]
    what = "创办" if event.kind == "创办" else f"结为{event.kind}"
    when = f"{first.year}年" if first.year else ""
    start, end = span
    end += sentence.startswith("年" if span == event.span else "月", end)
    draft_date = f"{event.year}年" + (f"{event.month}月" if event.month else "")
    return Finding(sentence[start:end], Verdict.CONTRADICTS, sentence, evidence,
                   f"草稿写{event.name}{draft_date}{what}，{when}《{first.title}》等此前公文写{said}", at=(start, end))

"""HTML and Markdown for the web pages: answers with their sources, a cited passage with its quote
highlighted, drafts with figures coloured by origin, and a checked draft with claims coloured by
verdict. Pure functions of the data classes, so they are tested without a browser."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from assistant.ask.chain import Answer
from assistant.check.proofread import LEVELS, Proof
from assistant.check.verdicts import VERDICTS, Finding
from assistant.draft.chain import Draft
from assistant.draft.figures import LIBRARY_MARK
from assistant.grounding.citations import Citation
from assistant.labels import ORIGIN, PENDING_MARK, PROOF_RULE, UNVERIFIED_MARK, VERDICT
from ingest.document import PATH_SEPARATOR
from ingest.nlp.clean import canonical


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def answer_markdown(answer: Answer) -> str:
    """The chat message: the answer (unverified figures in red), what checking changed, its sources."""
    lines = [escape(answer.text).replace(UNVERIFIED_MARK, f'<span class="ra-unverified">{UNVERIFIED_MARK}</span>')]
    if answer.standalone and answer.standalone != answer.question:
        lines.append(f"\n*（按“{escape(answer.standalone)}”理解）*")
    for c in answer.checks:
        if c.status == "corrected":
            lines.append(f"\n*已按资料[{c.passage}]更正：{escape(c.text)} → {escape(c.corrected_to or '')}*")
        elif c.status == "unverified":
            lines.append(f'\n<span class="ra-unverified">{escape(c.text)}：资料中没有这个内容，请勿直接引用</span>')
    for title, cited in (("来源", answer.citations), ("最接近的资料", answer.closest)):
        if cited:
            lines += ["", f"**{title}**（点击下方按钮查看原文）"]
        lines += [f"[{c.n}] 《{escape(c.doc)}》{_year(c.year)} {escape(c.section)}\n> {escape(c.quote)}" for c in cited]
    return "\n".join(lines)


def citation_label(c: Citation) -> str:
    return f"[{c.n}] 《{c.doc}》{_year(c.year)}"


def passage_html(c: Citation, text: str) -> str:
    """The cited passage in full, the quoted sentence highlighted, under its document, year and heading path."""
    at = text.find(c.quote) if c.quote else -1
    body = escape(text) if at < 0 else (
        escape(text[:at]) + f'<mark class="ra-quote">{escape(c.quote)}</mark>' + escape(text[at + len(c.quote):]))
    return (f'<div class="ra-passage"><div class="ra-passage-head"><b>《{escape(c.doc)}》</b>{_year(c.year)}'
            f'<div class="ra-path">{escape(c.section)}</div></div>'
            f'<div class="ra-passage-body">{body.replace(chr(10), "<br>")}</div></div>')


def draft_html(draft: Draft) -> str:
    """Figures coloured by origin: the writer's, from the library (its source as a tooltip), or 【待核实】."""
    text = draft.text
    sources = {c.n: c for c in draft.sources}
    spans: list[tuple[int, int, str, str]] = []
    normal = canonical(text)
    for f in sorted(draft.accounting.figures, key=lambda f: -len(f.text)):
        if f.kind == "name" and f.origin == "user":
            continue  # the writer's own wording; only numbers are worth colouring as theirs
        tip = ORIGIN[f.origin]
        if f.origin == "library" and (c := sources.get(f.source or 0)):
            tip = f"引自《{c.doc}》{_year(c.year)}：{c.quote}"
        for m in re.finditer(re.escape(canonical(f.text)), normal):
            spans.append((m.start(), m.end(), f"ra-fig ra-{f.origin}", tip))
    for m in LIBRARY_MARK.finditer(text):
        c = sources.get(int(m.group(1)))
        spans.append((m.start(), m.end(), "ra-mark ra-library", f"《{c.doc}》{c.section}" if c else ""))
    for m in re.finditer(re.escape(PENDING_MARK), text):
        spans.append((m.start(), m.end(), "ra-mark ra-pending", "资料库和要点中都没有这个内容，请核实"))
    return f'<div class="ra-draft">{paint(text, spans)}</div>'


def draft_legend(draft: Draft) -> str:
    counts = draft.accounting.shown()
    return " ".join(f'<span class="ra-fig ra-{o}">{name} {counts[o]}</span>' for o, name in ORIGIN.items())


def sources_markdown(draft: Draft) -> str:
    lines = [f"[{c.n}] 《{c.doc}》{_year(c.year)} {c.section}\n> {c.quote}" for c in draft.sources]
    lines += [f"参考范文：《{e.title}》{_year(e.year)} {e.section}" for e in draft.exemplars]
    lines += [f"⚠️ {w}" for w in (*draft.warnings, *draft.notes)]
    return "\n\n".join(lines)


def checked_html(text: str, findings: list[Finding]) -> str:
    """The draft with every claim coloured by its verdict; where claims overlap, the gravest shows."""
    gravity = {v: i for i, v in enumerate(VERDICTS)}
    normal = canonical(text)
    spans = [(*located, f"ra-v ra-{f.verdict}", f"{VERDICT[f.verdict]}：{f.explanation}")
             for f in sorted(findings, key=lambda f: gravity[f.verdict]) if (located := locate(normal, f))]
    return f'<div class="ra-checked">{paint(text, spans)}</div>'


def locate(normal: str, finding: Finding) -> tuple[int, int] | None:
    """Where a finding's claim stands in the draft (given in its canonical spelling, offsets kept);
    for a copied passage, the whole passage."""
    sentence_at = normal.find(canonical(finding.draft_sentence))
    if sentence_at < 0:
        return None
    if finding.verdict == "copied":
        return sentence_at, sentence_at + len(finding.draft_sentence)
    span = finding.span()
    return (sentence_at + span[0], sentence_at + span[1]) if span else None


LEVEL_CLASS = {level: f"ra-p{i}" for i, level in enumerate(LEVELS)}  # ra-p0 必改, ra-p1 建议, ra-p2 提示


def proof_label(number: int, proof: Proof) -> str:
    """How a finding is named in the list to choose from (采用建议)."""
    fix = f" → {proof.suggestion}" if proof.suggestion is not None else ""
    return f"{number}. 【{proof.level.value}·{PROOF_RULE[proof.rule]}】{proof.text}{fix}"


def proofread_html(text: str, proofs: list[Proof], levels: Iterable[str]) -> str:
    """The draft with the findings of the chosen levels highlighted (colour by level, the explanation on hover),
    then the list of them, numbered as in the list to choose from."""
    shown = set(levels)
    chosen = [(i, p) for i, p in enumerate(proofs, 1) if p.level.value in shown]
    order = {level: i for i, level in enumerate(LEVELS)}
    spans = [(p.start, p.end, f"ra-proof {LEVEL_CLASS[p.level]}", f"{i}. {p.level.value}：{p.explanation}")
             for i, p in sorted(chosen, key=lambda ip: order[ip[1].level])]
    items = "".join(
        f'<li class="{LEVEL_CLASS[p.level]}-item"><b>{escape(proof_label(i, p))}</b><br>'
        f'<span class="ra-why">{escape(p.explanation)}'
        f'{f"（依据：{escape(p.basis)}）" if p.basis else ""}</span></li>' for i, p in chosen)
    counts = {level.value: sum(1 for p in proofs if p.level == level) for level in LEVELS}
    chips = "".join(f'<span class="ra-proof {LEVEL_CLASS[level]} ra-chip">{level.value} {counts[level.value]}</span>'
                    for level in LEVELS)
    listing = f'<ol class="ra-proofs">{items}</ol>' if items else '<p class="ra-none">没有此级别的校对意见。</p>'
    return (f'<div class="ra-summary">校对：{chips}</div><div class="ra-checked ra-proofread">{paint(text, spans)}'
            f"</div>{listing}")


def summary_html(summary: dict[str, int], seconds: float, supported: float | None = None) -> str:
    chips = "".join(f'<span class="ra-v ra-{v} ra-chip">{VERDICT[v]} {n}</span>' for v, n in summary.items())
    share = f'<span class="ra-share">此前公文印证 {supported:.0%}</span>' if supported is not None else ""
    return f'<div class="ra-summary">{chips}{share}<span class="ra-time">用时 {seconds:.1f} 秒</span></div>'


FINDING_HEADERS = ["结论", "内容", "稿中句子", "此前公文", "此前的句子", "说明"]


def finding_rows(findings: Iterable[Finding], marked: bool = False) -> list[list[str]]:
    """One row per finding; `marked` puts what differs in bold, in the draft sentence and in the earlier one
    it was laid beside (the table shows those columns as markdown; the CSV export keeps plain text)."""
    rows = []
    for f in findings:
        e = f.evidence[0] if f.evidence else None
        where = f"《{e.doc}》{_year(e.year)} {e.section.split(PATH_SEPARATOR)[-1]}" if e else ""
        quote, sentence = e.quote if e else "", f.draft_sentence
        if marked and e is not None and e == f.aligned:
            quote = bold_spans(quote, [d.earlier for d in f.differences])
            sentence = bold_spans(sentence, [d.draft for d in f.differences])
        elif marked and (span := f.span()):
            sentence = bold_spans(sentence, [span])
        rows.append([VERDICT[f.verdict], f.claim, sentence, where, quote, f.explanation])
    return rows


def bold_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span in markdown bold (spans in offsets of `text`, not overlapping)."""
    out, at = [], 0
    for start, end in sorted(spans):
        if start < at or end > len(text):
            continue
        out += [text[at:start], f"**{text[start:end]}**"]
        at = end
    return "".join(out) + text[at:]


def paint(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Text with spans (start, end, css class, tooltip); the first span to claim a character keeps it."""
    owner: list[int | None] = [None] * len(text)
    for i, (start, end, _, _) in enumerate(spans):
        for at in range(start, min(end, len(text))):
            if owner[at] is None:
                owner[at] = i
    out, at = [], 0
    while at < len(text):
        end = at
        while end < len(text) and owner[end] == owner[at]:
            end += 1
        piece = escape(text[at:end]).replace("\n", "<br>")
        if (i := owner[at]) is None:
            out.append(piece)
        else:
            out.append(f'<span class="{spans[i][2]}" title="{escape(spans[i][3])}">{piece}</span>')
        at = end
    return "".join(out)


def _year(year: int | None) -> str:
    return f"（{year}年）" if year else ""


CSS = """
.ra-unverified { color: #b91c1c; font-weight: 600; }
.ra-passage { border: 1px solid #d4d4d8; border-radius: 8px; padding: 12px; line-height: 1.8; }
.ra-path { color: #52525b; font-size: 0.9em; margin: 4px 0 8px; }
mark.ra-quote { background: #fde047; padding: 0 2px; }
.ra-draft, .ra-checked { line-height: 2; font-size: 1.05em; white-space: normal; }
.ra-proof { border-radius: 3px; padding: 0 2px; }
.ra-p0 { background: #fecaca; color: #991b1b; font-weight: 600; text-decoration: underline wavy #dc2626; }
.ra-p1 { background: #fef3c7; color: #92400e; text-decoration: underline dotted #d97706; }
.ra-p2 { background: #e0f2fe; color: #075985; }
.ra-proofs li { margin: 4px 0; } .ra-why { color: #555; font-size: 0.92em; }
.ra-fig, .ra-mark, .ra-v { border-radius: 3px; padding: 0 2px; }
.ra-user { background: #dcfce7; }
.ra-library { background: #dbeafe; cursor: help; }
.ra-pending { background: #fed7aa; color: #9a3412; font-weight: 600; }
.ra-contradicts { background: #fecaca; color: #991b1b; font-weight: 600; }
.ra-internal { background: #fbcfe8; color: #9d174d; font-weight: 600; }
.ra-uncertain, .ra-status { background: #fef08a; }
.ra-consistent { background: #dcfce7; }
.ra-new { background: #e0e7ff; }
.ra-copied { text-decoration: underline wavy #a21caf; background: #fae8ff; }
.ra-chip { display: inline-block; margin: 0 6px 6px 0; padding: 2px 10px; border-radius: 12px; }
.ra-time { color: #71717a; margin-left: 8px; }
.ra-share { margin: 0 6px; font-weight: 600; }
mark.ra-diff { background: #fecaca; padding: 0 1px; }
"""

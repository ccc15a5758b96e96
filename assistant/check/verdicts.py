"""Verdicts: each claim of a draft against the ledger's facts about the same subject. A different
value is called a contradiction only for the same subject, period, status and scope; anything less
certain is "needs checking" with its evidence, because a false "contradicts" costs trust."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from assistant.check.align import Difference
from assistant.check.claims import Claim, claim_of, likeness, similarity
from ingest.nlp.clean import canonical
from ingest.nlp.quantities import quantities, same_date, scaled
from vectorstore.ledger import LedgerRow

SAME_SUBJECT = 0.75  # a candidate at all
SURE_SUBJECT = 0.9  # enough to call a different value a contradiction
SAME_SENTENCE = 0.8  # an earlier sentence the draft's copies, figures aside


class Verdict(StrEnum):
    """A finding's verdict, in the order findings are shown (gravest first)."""

    CONTRADICTS = "contradicts"
    UNCERTAIN = "uncertain"
    INTERNAL = "internal"
    STATUS = "status"
    CONSISTENT = "consistent"
    NEW = "new"
    COPIED = "copied"


VERDICTS = tuple(Verdict)


@dataclass(frozen=True)
class Evidence:
    doc: str
    year: int | None
    section: str
    quote: str


@dataclass(frozen=True)
class Finding:
    claim: str
    verdict: Verdict
    draft_sentence: str
    evidence: tuple[Evidence, ...]
    explanation: str
    at: tuple[int, int] | None = None  # where the claim stands in the draft sentence, when known
    aligned: Evidence | None = None  # the earlier sentence the draft's was laid beside (align.py)
    differences: tuple[Difference, ...] = ()  # the differing spans of the two

    def span(self) -> tuple[int, int] | None:
        """Where the claim stands in the draft sentence (found in the canonical spelling, offsets kept)."""
        if self.at:
            return self.at
        at = canonical(self.draft_sentence).find(canonical(self.claim))
        return (at, at + len(self.claim)) if at >= 0 else None

    def as_json(self) -> dict:
        return {"claim": self.claim, "verdict": self.verdict, "draft_sentence": self.draft_sentence,
                "evidence": [e.__dict__ for e in self.evidence], "explanation": self.explanation,
                "aligned_sentence": self.aligned.__dict__ if self.aligned else None,
                "differences": [d.as_json() for d in self.differences]}


@dataclass(frozen=True)
class Known:
    """A ledger row read as a claim, once per check."""

    row: LedgerRow
    claim: Claim


def known_facts(rows: list[LedgerRow]) -> list[Known]:
    return [Known(r, claim_of(r.fact, r.year)) for r in rows]


def evidence_of(k: Known) -> Evidence:
    return Evidence(k.row.title, k.row.year, k.row.fact.section, k.row.fact.sentence)


def same_value(a: Claim, b: Claim) -> bool:
    if a.fact.kind == "date":
        return same_date(a.fact.norm, b.fact.norm)
    if a.fact.value is None or b.fact.value is None:
        return a.fact.value == b.fact.value
    return scaled(a.fact.value, a.fact.unit) == scaled(b.fact.value, b.fact.unit)  # 十万元 = 10万元


def comparable(a: Claim, b: Claim) -> bool:
    if a.fact.kind != b.fact.kind:
        return False
    if a.unit != b.unit:
        return False
    if a.change != b.change:  # 增加4艘 is no level of 71艘
        return False
    if a.edition and b.edition and a.edition != b.edition:  # 首届 and 第三届 are two events
        return False
    return similarity(a, b) >= SAME_SUBJECT


def same_scope(a: Claim, b: Claim) -> bool:
    """Same period, both cumulative or both not, both a 其中 part or both not."""
    return a.period == b.period and a.cumulative == b.cumulative and a.part == b.part


def changed_from(claim: Claim, matches: list[Known], equal: list[Known]) -> list[Known]:
    """Earlier sentences the draft's sentence copies with this figure changed: they outweigh an equal
    figure found in a less similar sentence (another report may state the draft's value elsewhere)."""
    best_equal = max((likeness(claim.sentence, k.claim.sentence) for k in equal), default=0.0)
    if any(len(figures_of(claim.sentence) & figures_of(k.claim.sentence)) >= 3 for k in equal):
        return []  # an earlier sentence stating this figure and two more of the draft's: the one it restates
    stating = {k.claim.sentence for k in equal}  # 由67艘增加到71艘: 67艘 is no change of 71艘
    return [k for k in matches if not same_value(claim, k.claim) and _same_period_or_unknown(claim, k.claim)
            and k.claim.sentence not in stating
            and (near := likeness(claim.sentence, k.claim.sentence)) >= SAME_SENTENCE and near > best_equal]


@lru_cache(maxsize=100_000)
def figures_of(sentence: str) -> frozenset[tuple[float, str]]:
    """The figures of a sentence at one scale (三十二批 = 32批, 3.2万 = 32000)."""
    return frozenset(scaled(q.value, q.unit) for q in quantities(sentence) if q.kind == "figure" and q.value)


def _same_period_or_unknown(a: Claim, b: Claim) -> bool:
    """Last year's sentence reused with this year's figure is a new period, not a changed figure."""
    return a.period is None or b.period is None or a.period == b.period


Widen = Callable[[Claim, list[Known]], list[Known]]


SameBody = Callable[[Claim, Known], bool]


def judge(claim: Claim, known: list[Known], widen: Widen | None = None, same_body: SameBody | None = None) -> Finding:
    """`widen` adds facts matched another way (wordings learned from the library, `learned.py`); being
    below SURE_SUBJECT, they can make a claim consistent or worth checking, never a contradiction.
    `same_body` drops facts about another city's office (松阳's marathon is not 白河's)."""
    matches = [k for k in known if comparable(claim, k.claim) and (same_body is None or same_body(claim, k))]
    if widen:
        matches += widen(claim, matches)
    equal = [k for k in matches if same_value(claim, k.claim)]
    said = f"“{claim.fact.text}”"
    changed = changed_from(claim, matches, equal)
    if equal and changed:
        matches, equal = changed, []
    if equal:
        planned = [k for k in equal if (k.claim.fact.status == "计划") != (claim.fact.status == "计划")]
        if planned and len(planned) == len(equal):
            return _finding(claim, Verdict.STATUS, planned,
                            f"{said}与此前的表述一致，但状态不同（计划/已完成），请确认是否已落实")
        return _finding(claim, Verdict.CONSISTENT, equal, f"{said}与此前公文一致")
    scoped = [k for k in matches if same_scope(claim, k.claim)]
    sure = [k for k in scoped if similarity(claim, k.claim) >= SURE_SUBJECT
            and k.claim.fact.status == claim.fact.status]
    if sure and _disagree(sure):
        earlier = "、".join(dict.fromkeys(_as_said(k) for k in sure[:3]))
        return _finding(claim, Verdict.UNCERTAIN, sure, f"{said}与此前公文{earlier}不同；未判为矛盾，因为此前公文"
                        "对同一事项的数字本身不一（可能是不同单位或口径），请核对")
    if sure:
        earlier = "、".join(dict.fromkeys(_as_said(k) for k in sure))
        return _finding(claim, Verdict.CONTRADICTS, sure, f"草稿写{said}，此前公文写{earlier}（同一事项、同一时期）")
    if scoped or changed:
        near = scoped or changed
        earlier = "、".join(dict.fromkeys(_as_said(k) for k in near[:3]))
        return _finding(claim, Verdict.UNCERTAIN, near,
                        f"{said}与此前相近事项{earlier}不同；未判为矛盾，因为{why_uncertain(claim, near)}，请核对")
    return _finding(claim, Verdict.NEW, [], f"此前公文中没有关于“{claim.subject}”的{_period(claim)}记录，请核实")


def _disagree(sure: list[Known]) -> bool:
    """Earlier reports of the same period that state one subject with different values (two cities' offices
    in one library): no single earlier value to contradict."""
    first = sure[0]
    return any(k.row.doc_id != first.row.doc_id and not same_value(k.claim, first.claim) for k in sure[1:])


def why_uncertain(claim: Claim, near: list[Known]) -> str:
    """In one line, why a different earlier value is not called a contradiction."""
    best = max(near, key=lambda k: similarity(claim, k.claim))
    other = best.claim
    if other.period != claim.period:
        return f"此前的数字是{_period(other) or '另一时期'}的，草稿说的是{_period(claim) or '另一时期'}"
    if other.cumulative != claim.cumulative:
        return "一个是累计数、一个是当期数"
    if other.part != claim.part:
        return "一个是“其中”的部分数、一个是总数"
    if other.fact.status != claim.fact.status:
        return f"此前为“{other.fact.status or '已完成'}”，草稿为“{claim.fact.status or '已完成'}”"
    return f"事项的说法不完全相同（此前：“{other.subject[:20]}”），不能确定是同一指标"


def _overlap(a: Finding, b: Finding) -> bool:
    x, y = a.span(), b.span()
    return a.draft_sentence == b.draft_sentence and x is not None and y is not None and x[0] < y[1] and y[0] < x[1]


def in_place_of(findings: list[Finding], found: list[Finding]) -> list[Finding]:
    """`found` (what a closer reading says of some characters) in place of what else was said about the same
    characters; an aligned sentence's contradiction already names the change, and is kept."""
    found = [f for f in found if not any(k.aligned and _overlap(k, f) for k in findings)]
    kept = [f for f in findings if f.verdict == Verdict.INTERNAL or not any(_overlap(f, n) for n in found)]
    return kept + found


def internal_findings(claims: list[Claim]) -> list[Finding]:
    return _parts_exceeding(claims) + _stated_twice(claims)


def _parts_exceeding(claims: list[Claim]) -> list[Finding]:
    """新建友城3个（其中县级友城4个）: the 其中 parts of a sentence add up to more than their whole."""
    findings = []
    for whole in claims:
        if whole.fact.kind != "figure" or whole.part or "其中" not in whole.fact.qualifier:
            continue
        amount, unit = scaled(whole.fact.value or 0, whole.fact.unit)
        parts = [(c.fact.text, *scaled(c.fact.value or 0, c.fact.unit)) for c in claims
                 if c.part and c.sentence == whole.sentence]
        parts = [(text, value) for text, value, u in parts if u == unit]
        if parts and sum(value for _, value in parts) > amount:
            listed = "、".join(text for text, _ in parts)
            findings.append(Finding(whole.fact.text, Verdict.INTERNAL, whole.sentence, (),
                                    f"其中部分（{listed}）合计大于总数“{whole.fact.text}”"))
    return findings


def _stated_twice(claims: list[Claim]) -> list[Finding]:
    """One subject and scope stated twice with different values."""
    findings, reported = [], set()
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if comparable(a, b) and same_scope(a, b) and not same_value(a, b) and \
                    similarity(a, b) >= SURE_SUBJECT and (a.fact.text, b.fact.text) not in reported:
                reported.add((a.fact.text, b.fact.text))
                findings.append(Finding(b.fact.text, Verdict.INTERNAL, b.sentence,
                                        (Evidence("（本稿）", a.period, "", a.sentence),),
                                        f"本稿前文写“{a.fact.text}”，此处写“{b.fact.text}”"))
    return findings


def _as_said(k: Known) -> str:
    when = f"{k.row.year}年" if k.row.year else ""
    return f"“{k.claim.fact.text}”（{when}《{k.row.title}》）"


def _period(claim: Claim) -> str:
    return f"{claim.period}年" if claim.period else ""


def _finding(claim: Claim, verdict: Verdict, known: list[Known], explanation: str) -> Finding:
    return Finding(claim.fact.text, verdict, claim.sentence, tuple(evidence_of(k) for k in known[:3]), explanation)

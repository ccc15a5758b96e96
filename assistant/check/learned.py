"""Synonyms learned from the library: two reports that give the same, rarely seen figure for the same
period under two wordings (新建友城5个 / 缔结友好城市5个) are taken to speak of one thing. A learned
match can make a claim consistent or worth checking, never a contradiction on its own."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from assistant.check.claims import Claim, similarity
from assistant.check.verdicts import SAME_SUBJECT, SURE_SUBJECT, Known
from ingest.nlp.quantities import scaled

MAX_SAME_FIGURE = 3  # a figure stated more often than this in a period is too common to pair wordings by
MAX_SUBJECT_CHARS = 12  # longer "subjects" are clauses the extractor could not narrow down
HEAD_CHARS = 2  # Chinese puts the head noun last: 新建友城 / 缔结友城 share 友城, 具体措施 / 具体政策措施 措施


def learn_synonyms(known: list[Known]) -> dict[str, set[str]]:
    groups: dict[tuple, list[Known]] = defaultdict(list)
    for k in known:
        fact, claim = k.row.fact, k.claim
        if fact.kind == "figure" and fact.value is not None and claim.subject:
            groups[(scaled(fact.value, fact.unit), claim.period, claim.cumulative, claim.part)].append(k)
    learned: dict[str, set[str]] = defaultdict(set)
    for same in groups.values():
        if len({k.row.doc_id for k in same}) < 2 or len(same) > MAX_SAME_FIGURE:
            continue
        for a, b in combinations(same, 2):
            if a.row.doc_id != b.row.doc_id and _another_wording(a.claim, b.claim):
                learned[a.claim.subject].add(b.claim.subject)
                learned[b.claim.subject].add(a.claim.subject)
    return dict(learned)


def related(claim: Claim, known: list[Known], matches: list[Known], learned: dict[str, set[str]]) -> list[Known]:
    """Facts whose subject the library showed to be another wording of the claim's."""
    anchors = {claim.subject} | {k.claim.subject for k in matches if similarity(claim, k.claim) >= SURE_SUBJECT}
    wordings = {w for a in anchors for w in learned.get(a, ())} - anchors
    chosen = {id(k) for k in matches}
    return [k for k in known if k.claim.subject in wordings and id(k) not in chosen
            and k.row.fact.kind == claim.fact.kind
            and scaled(1, k.row.fact.unit)[1] == scaled(1, claim.fact.unit)[1]]


def _another_wording(a: Claim, b: Claim) -> bool:
    """Same head noun, both short: on 200 policy notices, pairs without these rules were coincidences
    such as 医药企业 / 寄递企业开通绿色通道."""
    x, y = a.subject, b.subject
    return (x != y and similarity(a, b) < SAME_SUBJECT and max(len(x), len(y)) <= MAX_SUBJECT_CHARS
            and len(x) > HEAD_CHARS and len(y) > HEAD_CHARS and x[-HEAD_CHARS:] == y[-HEAD_CHARS:])

"""Names in a draft (partner cities, countries, organisations, document titles in 《》, people with
their posts) against the earlier reports. A name is "changed" only when an earlier sentence says
nearly the same thing with another name of the same kind in its place; a name the library never
mentions is new, one it does mention is consistent."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.check.claims import Claim, person_facts
from assistant.check.verdicts import Evidence, Finding, Known, Verdict, evidence_of, known_facts
from ingest.document import Chunk
from ingest.facts import Fact
from ingest.nlp.clean import bigrams, canonical, dice
from ingest.nlp.sentences import split_sentences
from vectorstore.ledger import LedgerRow

NAME_KINDS = ("country", "place", "org", "title", "person")
SAME_EVENT = 0.8  # Dice overlap of the two sentences with their names masked: one event, one name swapped
SIMILAR_EVENT = 0.6
SIMILAR_TITLE = 0.7  # two 《》 titles this close are one document spelt two ways
KIND_NAMES = {"country": "国家", "place": "地名", "org": "单位", "title": "文件", "person": "人员"}


@dataclass(frozen=True)
class Sentence:
    """An earlier or draft sentence with its names masked, for telling whether two say the same thing."""

    grams: frozenset[str]
    names: frozenset[str]


def masked(sentence: str, names: list[str]) -> Sentence:
    text = canonical(sentence)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(canonical(name), "□")
    return Sentence(frozenset(bigrams(re.sub(r"[，。；：、（）“”\s]", "", text))), frozenset(names))


def judge_names(claims: list[Claim], known: list[Known], chunks: list[Chunk]) -> list[Finding]:
    """`chunks` are the earlier reports' text, searched for the draft's people (the ledger has none)."""
    named = [c for c in claims if c.fact.kind in NAME_KINDS]
    known = known + people_in(chunks, {c.fact.text for c in named if c.fact.kind == "person"})
    names_of = _names_by_sentence([k.row.fact for k in known] + [c.fact for c in named])
    shapes = {s: _shape(s, tuple(n)) for s, n in names_of.items()}
    return [judge_name(c, known, shapes) for c in named]


def people_in(chunks: list[Chunk], people: set[str]) -> list[Known]:
    rows = [LedgerRow(replace(f, chunk_id=c.chunk_id, section=c.section), c.doc_id, c.year, c.title)
            for c in chunks if any(p in c.text for p in people)
            for s in split_sentences(c.text) if any(p in s for p in people) for f in person_facts(s, c.year)]
    return known_facts(rows)


def judge_name(claim: Claim, known: list[Known], shapes: dict[str, Sentence]) -> Finding:
    fact, kind = claim.fact, claim.fact.kind
    same_kind = [k for k in known if k.row.fact.kind == kind]
    draft = shapes[claim.sentence]
    swapped = [(k, dice(draft.grams, shapes[k.row.fact.sentence].grams)) for k in same_kind
               if k.row.fact.text != fact.text and k.row.fact.text not in draft.names
               and fact.text not in shapes[k.row.fact.sentence].names]
    close = [(k, s) for k, s in swapped if s >= SIMILAR_EVENT]
    said = f"“{fact.text}”"
    if close:
        best = max(s for _, s in close)
        top = [k for k, s in close if s == best]
        others = "、".join(dict.fromkeys(f"“{k.row.fact.text}”" for k in top))
        sure = best >= SAME_EVENT and len({k.row.fact.text for k in top}) == 1 and \
            all(k.claim.period == claim.period for k in top)
        if sure:
            return _finding(claim, Verdict.CONTRADICTS, top,
                            f"草稿写{said}，此前公文同一事项写{others}（{_kind(kind)}不同）")
        return _finding(claim, Verdict.UNCERTAIN, top,
                        f"草稿写{said}，此前公文相近的句子写{others}，请核对{_kind(kind)}")
    equal = [k for k in same_kind if k.row.fact.norm == fact.norm]
    if kind == "person":
        return _judge_post(claim, equal)
    if equal:
        return _finding(claim, Verdict.CONSISTENT, equal, f"{said}在此前公文中出现过，写法一致")
    if kind == "title" and (near := _near_titles(fact, same_kind)):
        others = "、".join(dict.fromkeys(k.row.fact.text for k in near))
        return _finding(claim, Verdict.UNCERTAIN, near, f"文件名称{said}与此前公文的{others}不完全一致，请核对全称")
    return _finding(claim, Verdict.NEW, [], f"此前公文中没有出现过{said}，请核实{_kind(kind)}的写法")


def once_per_name(findings: list[Finding]) -> list[Finding]:
    """A name found consistent or new is reported at its first sentence only; changes at every one."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for f in findings:
        key = (f.claim, f.verdict)
        if f.verdict in (Verdict.CONSISTENT, Verdict.NEW) and key in seen:
            continue
        seen.add(key)
        kept.append(f)
    return kept


def _judge_post(claim: Claim, equal: list[Known]) -> Finding:
    said, post = f"“{claim.fact.text}”", claim.fact.qualifier
    if not equal:
        return _finding(claim, Verdict.NEW, [], f"此前公文中没有出现过{said}，请核实姓名和职务")
    if any(k.row.fact.qualifier == post for k in equal):
        return _finding(claim, Verdict.CONSISTENT, [k for k in equal if k.row.fact.qualifier == post],
                        f"{said}的职务“{post}”与此前公文一致")
    posts = "、".join(dict.fromkeys(k.row.fact.qualifier for k in equal))
    return _finding(claim, Verdict.UNCERTAIN, equal, f"草稿称{said}为“{post}”，此前公文称其为“{posts}”，请核对职务")


def _near_titles(fact: Fact, titles: list[Known]) -> list[Known]:
    mine = bigrams(fact.norm)
    return [k for k in titles if dice(mine, bigrams(k.row.fact.norm)) >= SIMILAR_TITLE]


def _names_by_sentence(facts: list[Fact]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for f in facts:
        names.setdefault(f.sentence, [])
        if f.kind in NAME_KINDS:
            names[f.sentence].append(f.text)
    return names


@lru_cache(maxsize=50_000)
def _shape(sentence: str, names: tuple[str, ...]) -> Sentence:
    return masked(sentence, list(names))


def _kind(kind: str) -> str:
    return KIND_NAMES.get(kind, "名称")


def _finding(claim: Claim, verdict: Verdict, known: list[Known], explanation: str) -> Finding:
    evidence: tuple[Evidence, ...] = tuple(evidence_of(k) for k in known[:3])
    return Finding(claim.fact.text, verdict, claim.sentence, evidence, explanation)


"""A person named with a post for a period in which another held it (市外办主任钱文博 in a 2019 draft, where the
2019 report names 主任孟庆华 and 钱文博 was 主任 in 2012): a name is checked together with its post and period,
not just found somewhere in the library."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant.check.align import period
from assistant.check.claims import Claim
from assistant.check.verdicts import Evidence, Finding, Verdict
from ingest.document import Chunk
from ingest.nlp.clean import canonical
from ingest.nlp.names import people_with_posts
from ingest.nlp.sentences import split_sentences

# a post of another body than the office (市侨联主任, 办公室主任): not the office's post holder
OTHER_BODY = re.compile(r"(?:侨联|商会|协会|学会|委员会|办公室|局|院|校|中心|公司|街道|社区|小组|大学|医院|银行)$")


@lru_cache(maxsize=50_000)
def holders(sentence: str) -> tuple[tuple[str, str], ...]:
    """The office's post holders a sentence names: (person, post)."""
    text = canonical(sentence)
    found = []
    for person in people_with_posts(text):
        before = re.search(rf"([\u4e00-\u9fff]{{0,6}}){re.escape(person.post)}{re.escape(person.text)}", text)
        if before and OTHER_BODY.search(before.group(1)):
            continue
        found.append((person.text, person.post))
    return tuple(found)


# a document's issuing body: the cities its title and issuer name ({"*"} where they name none)
Body = Callable[[str], frozenset[str]]


def post_findings(claims: list[Claim], year: int | None, chunks: list[Chunk], body_of: Body) -> list[Finding]:
    people = [c for c in claims if c.fact.kind == "person" and c.fact.qualifier]
    if not people:
        return []
    findings = []
    for claim in people:
        name, post = claim.fact.text, claim.fact.qualifier
        years = period(claim.sentence, year)
        if not years or len(years) != 1:
            continue
        when = years[0]
        held = _held(name, post, chunks, body_of)  # the years and bodies in which the library names them so
        bodies = frozenset(b for _, doc_body in held for b in doc_body)
        if not held or when in {y for y, _ in held}:
            continue
        others = [(chunk, sentence, person) for chunk in chunks if chunk.year == when and body_of(chunk.doc_id) & bodies
                  for sentence in split_sentences(chunk.text) if post in sentence
                  for person, said in holders(sentence) if said == post and person != name]
        if others:
            findings.append(_finding(claim, when, sorted({y for y, _ in held}), others))
    return findings


def _held(name: str, post: str, chunks: list[Chunk], body_of: Body) -> list[tuple[int, frozenset[str]]]:
    return [(chunk.year, body_of(chunk.doc_id)) for chunk in chunks if chunk.year and name in chunk.text
            for sentence in split_sentences(chunk.text) if name in sentence
            if (name, post) in holders(sentence)]


def _finding(claim: Claim, when: int, years: list[int], others: list[tuple[Chunk, str, str]]) -> Finding:
    chunk, sentence, _ = others[0]
    names = "、".join(dict.fromkeys(p for _, _, p in others))
    held = "、".join(f"{y}年" for y in years[:4])
    at = canonical(claim.sentence).find(claim.fact.text)
    return Finding(claim.fact.text, Verdict.CONTRADICTS, claim.sentence,
                   (Evidence(chunk.title, chunk.year, chunk.section, sentence),),
                   f"草稿称{claim.fact.text}为{when}年的{claim.fact.qualifier}，{when}年《{chunk.title}》中"
                   f"{claim.fact.qualifier}为{names}；此前公文称{claim.fact.text}为{claim.fact.qualifier}的是{held}",
                   at=(at, at + len(claim.fact.text)) if at >= 0 else None)

"""Two names in each other's places in a reworded sentence (与统营市互派中学生, 与烧津市联合举办文化节 where the
year's report says the opposite): what each name does in the draft is what the other does in the earlier
sentence. The alignment (align.py) finds a swap only in a sentence copied word for word."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.check.align import Earlier, SentenceIndex, names_in, period
from assistant.check.verdicts import Evidence, Finding, Verdict
from ingest.nlp.clean import bigrams, canonical, dice
from ingest.nlp.events import partner_key
from ingest.nlp.sentences import split_sentences

LEAST_ALIKE = 0.3  # an earlier sentence worth reading for the same names (Dice of shape bigrams)
SAME_DEED = 0.5  # what a name does in the draft, against what the other did in the earlier sentence
CLEARER = 0.2  # and by how much more alike than against its own
# clauses; 、 parts one only where a new partner follows (、与日本高山市签署的…), not in a list of names
CLAUSE_BREAK = re.compile(r"[，,；;。：:]|、(?=[与同向和])")
# 与统营市 / 同日本高山市 / 、河东郡: a place named after the word that introduces a partner (no country needed)
PARTNER = re.compile(r"(?<=[与同和向赴及、，,：:])((?![我本全两各该此与同和向赴及在])[\u4e00-\u9fff]{2,9}?"
                     r"(?:市|郡|府|港|州|县|区))(?![\u4e00-\u9fff]{0,2}(?:外办|政府|委))")
NOT_DEED = re.compile(r"[\d\s“”《》（）()、]|今年|本年度|全年|我市|我州|我区|我县|同时|并|又|还|分别|了|的")


def _clauses(sentence: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _deeds(sentence: str) -> dict[str, tuple[tuple[int, int], frozenset[str]]]:
    """Each name of the sentence (by partner key), where it stands and what its clause says without names."""
    text = canonical(sentence)
    names = names_in(text) + [(m.group(1), m.span(1)) for m in PARTNER.finditer(text)]
    starts = {span[0] for _, span in names}
    names = [(n, span) for n, span in names if span[1] not in starts]  # 日本|高山市: the city, not its country
    clauses = _clauses(text)
    found: dict[str, tuple[tuple[int, int], frozenset[str]]] = {}
    for name, span in names:
        key = partner_key(name)
        clause = next(((a, b) for a, b in clauses if a <= span[0] < b), None)
        if clause is None or key in found or len(key) < 2:
            continue
        words = text[clause[0]:clause[1]]
        for other, _ in sorted(names, key=lambda n: -len(n[0])):
            words = words.replace(other, "")
        found[key] = (span, frozenset(bigrams(NOT_DEED.sub("", words))))
    return found


def swapped(draft: str, earlier: str) -> list[tuple[str, tuple[int, int], str]]:
    """The names of `draft` found in each other's places in `earlier`: (name, its span in the draft, the name
    whose place it took)."""
    mine, theirs = _deeds(draft), _deeds(earlier)
    shared = [k for k in mine if k in theirs]
    found = []
    for i, a in enumerate(shared):
        for b in shared[i + 1:]:
            (sa, da), (sb, db) = mine[a], mine[b]
            (_, ea), (_, eb) = theirs[a], theirs[b]
            if not (da and db and ea and eb) or da == db or ea == eb:
                continue  # one clause for both (与A、B签署): a list, not two roles
            crossed = min(dice(da, eb), dice(db, ea))
            kept = max(dice(da, ea), dice(db, eb))
            if crossed >= SAME_DEED and crossed >= kept + CLEARER:
                found += [(a, sa, b), (b, sb, a)]
    return list({span: (name, span, other) for name, span, other in found}.values())


def swap_findings(text: str, year: int | None, index: SentenceIndex) -> list[Finding]:
    findings = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            if len(_deeds(sentence)) < 2:
                continue
            for _, earlier in index.near(sentence, LEAST_ALIKE, most=30):
                if period(sentence, year) != period(earlier.text, earlier.year):
                    continue
                found = swapped(sentence, earlier.text)
                if found:
                    findings += [_finding(sentence, earlier, name, span, other) for name, span, other in found]
                    break
    return findings


def _finding(sentence: str, earlier: Earlier, name: str, span: tuple[int, int], other: str) -> Finding:
    evidence = Evidence(earlier.title, earlier.year, earlier.section, earlier.text)
    when = f"{earlier.year}年" if earlier.year else ""
    return Finding(sentence[span[0]:span[1]], Verdict.CONTRADICTS, sentence, (evidence,),
                   f"草稿中{name}所做的事，{when}《{earlier.title}》写的是{other}（两者位置互换）", at=span)

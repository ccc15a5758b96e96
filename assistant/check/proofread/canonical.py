"""Near misses of canonical names: a formulation, an organisation, a state body, a country or an event written
with one slip (人类命运共同休, 习近平新时代中国特色社会主义理论, 人力资源与社会保障部, 乌兹别克斯担). The names come
from rules/names.tsv (and the office's names.tsv), the formulation lexicon's suggestions and the organisations'
full names; a window that differs from a name by one short edit inside it (one or two characters replaced,
added or dropped, the name's first and last characters kept) is a 建议. Numbers are never the edit (第十九次 is
not a slip of 第二十次), and a writing the office's library uses, or that the file allows, is never flagged."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.check.proofread.lexicon import entries, rule_texts
from assistant.check.proofread.model import Level, Proof, Rule
from assistant.check.proofread.organisations import organisations
from assistant.check.proofread.similar import similar

KINDS = {"表述": Rule.FORMULATION, "机构": Rule.FORMULATION, "组织": Rule.FOREIGN, "国家": Rule.FOREIGN,
         "地区": Rule.FOREIGN, "活动": Rule.FOREIGN}
CJK_ONLY = re.compile(r"[\u4e00-\u9fff、·—]+")
NUMERALS = set("〇零一二三四五六七八九十百千万亿两第0123456789")
SHORTEST = 4  # names this long take only a character of the same sound or shape (一代一路)
SLIP = 2  # characters an edit replaces, adds or drops at most
LONG = 6  # names this long also take a character dropped or added, or any character replaced
CONJUNCTIONS = set("和与及同")
FUNCTION = set("的地得之和与及或同、等各省市县区级类所在为对其")  # 人民群众的生命安全, 工业和信息化等部门: grammar
BASIS = "规范名称、规范表述"


@dataclass(frozen=True)
class Name:
    name: str
    rule: Rule
    note: str


@cache
def _names(folder: Path | None) -> tuple[tuple[Name, ...], frozenset[str]]:
    """The canonical names (longest first), and every writing that is right (the names and the variants the
    files allow)."""
    found: dict[str, Name] = {}
    allowed: set[str] = set()
    for text, _source in rule_texts("names.tsv", folder):
        for line in text.splitlines():
            if not line.strip() or line.startswith(("#", "名称")):
                continue
            cols = (line.split("\t") + [""] * 4)[:4]
            name, kind, variants, note = (c.strip() for c in cols)
            if kind == "停用":
                found.pop(name, None)
                continue
            found[name] = Name(name, KINDS.get(kind, Rule.FORMULATION), note)
            allowed |= {name, *(v for v in variants.split("、") if v)}
    for entry in entries(folder):
        if entry.rule == Rule.FORMULATION and entry.suggestion:
            name = entry.suggestion.strip("“”")
            if CJK_ONLY.fullmatch(name) and len(name) >= SHORTEST:
                found.setdefault(name, Name(name, Rule.FORMULATION, ""))
                allowed.add(name)
    for org in organisations(folder):
        found.setdefault(org.full, Name(org.full, Rule.FOREIGN, ""))
        allowed |= {org.full, *org.shorts}
    longest_first = sorted((n for n in found.values() if len(n.name) >= SHORTEST), key=lambda n: -len(n.name))
    return tuple(longest_first), frozenset(allowed)


def names(folder: Path | None = None) -> tuple[Name, ...]:
    return _names(folder)[0]


def canonical_writings(folder: Path | None = None) -> frozenset[str]:
    """Every writing of a name that is right (the names and the variants the files allow)."""
    return _names(folder)[1]


def one_slip(window: str, name: str) -> tuple[str, str] | None:
    """(what the name has, what the window has instead) when the window is the name with one short edit inside
    it; None otherwise."""
    if window == name or abs(len(window) - len(name)) > SLIP:
        return None
    p = 0
    while p < min(len(window), len(name)) and window[p] == name[p]:
        p += 1
    s = 0
    while s < min(len(window), len(name)) - p and window[-1 - s] == name[-1 - s]:
        s += 1
    was, now = name[p:len(name) - s], window[p:len(window) - s]
    if p + s < max(SHORTEST - 1, 0.7 * len(name)) or (now and not CJK_ONLY.fullmatch(now)):
        return None
    if any(c in NUMERALS for c in was + now):
        return None
    if p == 0 or s == 0:  # at the name's edge: only one character of the same sound or shape (人类命运共同休)
        return (was, now) if len(was) == len(now) == 1 and now in similar(was) else None
    if len(was) == len(now):  # characters replaced: of the same sound or shape, or a conjunction for another
        if all(b in similar(a) or (a in CONJUNCTIONS and b in CONJUNCTIONS) for a, b in zip(was, now, strict=True)):
            return was, now
        return (was, now) if len(was) == 1 and len(name) >= LONG and not {was, now} & FUNCTION else None
    if len(was) + len(now) == 1 and len(name) >= LONG and (was + now) not in FUNCTION:
        return was, now  # one character dropped or added (国币基金组织 is two: not judged)
    return None
    return was, now


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _windows(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Spans of the text that keep one half of the name (an edit inside it leaves one half whole)."""
    n = len(name)
    half = n // 2
    # a short name takes one character changed, a longer one up to SLIP: the anchors leave room for the edit
    left, right = (name[:half - 1], name[half + 1:]) if n >= LONG else (name[:half], name[half:])
    for anchor, at_start in ((left, True), (right, False)):
        if len(anchor) < 2:
            continue
        for at in _occurrences(text, anchor):
            for size in range(n - SLIP, n + SLIP + 1):
                start = at if at_start else at + len(anchor) - size
                if start >= 0 and start + size <= len(text):
                    yield start, start + size


def near_miss_findings(text: str, known: str = "", folder: Path | None = None) -> Iterator[Proof]:
    """`known`: the library's text (a writing the office uses is its usage, not a slip)."""
    listed, allowed = _names(folder)
    exact = [(at, at + len(name)) for name in allowed for at in _occurrences(text, name)]
    shown: list[tuple[int, int]] = []
    for name in listed:  # longest first
        for start, end in sorted(set(_windows(text, name.name))):
            window = text[start:end]
            if (slip := one_slip(window, name.name)) is None or window in allowed or (known and window in known):
                continue
            if any(a < end and start < b for a, b in exact + shown):
                continue  # the name written right here, or this slip found already
            shown.append((start, end))
            was, now = slip
            change = f"“{was}”写成了“{now}”" if was and now else (f"多了“{now}”" if now else f"少了“{was}”")
            yield Proof(name.rule, Level.SHOULD, window, name.name, start, end,
                        f"疑为“{name.name}”的误写（{change}）" + (f"，{name.note}" if name.note else ""), BASIS)

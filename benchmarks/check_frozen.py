"""The frozen check split (issue 21): sentences of the frozen multi-year libraries' reports, altered by
operations on their raw characters (a digit run, a year, a date, an ordinal, a count in Chinese numerals, a
percentage, a country), never by the checker's own reading of the text; controls that must not be called
contradictions: the sentence verbatim, with full-width digits, and the hand-written cases of
`benchmarks/frozen/check_cases.jsonl` (faithful paraphrases and another year's figure stated with its year,
plus hand-written role swaps and changed event years that must be caught).

A case is caught when a finding of the verdict covers the changed characters (the finding's claim, where it
stands in the sentence, overlaps them); a control is a false alarm when any finding on it says contradicts.
No checker code or threshold is developed against these cases, and none of them is in a unit test.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import cn2an

from benchmarks.check_eval import span_in

FROZEN = Path(__file__).parent / "frozen"
HAND_WRITTEN = FROZEN / "check_cases.jsonl"
ALTERED = ("figure", "percent", "year", "date", "ordinal", "chinese_count", "country", "role_swap", "event_year",
           "person_post")
CONTROLS = ("unchanged", "full_width", "paraphrased", "other_year")
CAUGHT = ("contradicts",)
FLAGGED = ("contradicts", "uncertain")

# raw patterns, written for this benchmark alone
UNIT = "批个人次项家起件场所元条名张本列艘倍位对"
FIGURE = re.compile(rf"(?<![\d.第])(\d+)(?:\.(\d+))?(?=(?:万|亿)?[{UNIT}])(?![\d年月日])")
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=%|％)")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
DATE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(?=届|次|个|批|轮|期)")
CHINESE_COUNT = re.compile(r"(?<![第一二三四五六七八九十百])([一二三四五六七八九十两]{1,3})(?=[批个项次场家所条名位])")
COUNTRIES = ("日本", "韩国", "美国", "俄罗斯", "德国", "法国", "英国", "意大利", "西班牙", "泰国",
             "越南", "马来西亚", "新加坡", "澳大利亚", "新西兰", "加拿大", "巴西", "阿根廷", "南非", "埃及",
             "肯尼亚", "印度尼西亚", "菲律宾", "柬埔寨", "老挝", "缅甸", "蒙古", "哈萨克斯坦", "土耳其", "以色列",
             "波兰", "匈牙利", "捷克", "荷兰", "比利时", "瑞典", "芬兰", "挪威", "丹麦", "葡萄牙",
             "希腊", "墨西哥", "智利", "秘鲁", "印度", "巴基斯坦")
PLANNED = re.compile(r"将|力争|计划|争取|拟|打算|目标")
SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(frozen=True)
class Case:
    kind: str
    sentence: str
    year: int | None
    changed: tuple[int, int] | None  # the changed characters in `sentence` (None for a control)
    source: str  # the report sentence it was made from

    @property
    def altered(self) -> bool:
        return self.kind in ALTERED


@dataclass(frozen=True)
class Result:
    case: Case
    verdicts: tuple[str, ...]  # the verdicts of the findings covering the change (of all findings, for a control)
    seconds: float


def report_sentences(folder: Path) -> list[tuple[str, int | None, str]]:
    """(sentence, the report's year, file name) of every report of a frozen library (news items too)."""
    out = []
    for path in sorted(folder.iterdir()):
        year = int(m.group()) if (m := re.match(r"(?:19|20)\d{2}", path.name)) else None
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [(s.strip(), year, path.name) for s in SENTENCE.findall(line)
                    if 12 <= len(s.strip()) <= 160 and not s.startswith(("发布时间", "来源"))]
    return out


def _other_number(value: int, rng: random.Random) -> int:
    delta = rng.choice((1, 2, 3, max(4, round(value * 0.1))))
    return value + delta if value < 3 or rng.random() < 0.5 else value - delta


def _replace(sentence: str, start: int, end: int, new: str) -> tuple[str, tuple[int, int]]:
    return sentence[:start] + new + sentence[end:], (start, start + len(new))


def alter(kind: str, sentence: str, rng: random.Random) -> tuple[str, tuple[int, int]] | None:
    """One raw change of the kind, at a random place of the sentence that has one, or None."""
    if kind == "country":
        named = [(m.start(), m.end()) for c in COUNTRIES for m in re.finditer(c, sentence)
                 if not any(c != o and c in o and o in sentence for o in COUNTRIES)]
        if not named:
            return None
        start, end = rng.choice(named)
        return _replace(sentence, start, end, rng.choice([c for c in COUNTRIES if c not in sentence]))
    pattern = {"figure": FIGURE, "percent": PERCENT, "year": YEAR, "date": DATE, "ordinal": ORDINAL,
               "chinese_count": CHINESE_COUNT}[kind]
    matches = list(pattern.finditer(sentence))
    if not matches:
        return None
    m = rng.choice(matches)
    if kind == "figure":
        whole, fraction = m.group(1), m.group(2)
        if fraction:
            digit = int(fraction[-1])
            new = f"{whole}.{fraction[:-1]}{(digit + rng.choice((1, 2, 3))) % 10}"
            if new.rstrip("0").rstrip(".") == f"{whole}.{fraction}".rstrip("0").rstrip("."):
                return None
            return _replace(sentence, m.start(), m.end(), new)
        return _replace(sentence, m.start(1), m.end(1), str(_other_number(int(whole), rng)))
    if kind == "percent":
        value = float(m.group(1))
        new = f"{value + rng.choice((-3, -2, 2, 3, 5)):.{len(m.group(1).partition('.')[2])}f}"
        return None if new.startswith("-") else _replace(sentence, m.start(1), m.end(1), new)
    if kind == "year":
        if PLANNED.search(sentence):  # 2019年，市外办将…: the year of a plan, no fact to contradict
            return None
        return _replace(sentence, m.start(1), m.end(1), str(int(m.group(1)) + rng.choice((-2, -1, 1))))
    if kind == "date":
        day = int(m.group(2))
        return _replace(sentence, m.start(2), m.end(2), str(day % 28 + rng.choice((1, 2, 3))))
    value = int(cn2an.cn2an(m.group(1).replace("两", "二"), "smart"))
    changed = max(1, value + (rng.choice((1, 2)) if value < 3 else rng.choice((-2, -1, 1, 2))))
    new = "两" if changed == 2 and kind == "chinese_count" else cn2an.an2cn(changed)
    return None if new == m.group(1) else _replace(sentence, m.start(1), m.end(1), new)


def build(folders: Iterable[Path], per_kind: int = 30, seed: int = 2026,
          hand: Path = HAND_WRITTEN) -> list[Case]:
    """Altered cases of each raw kind and verbatim and full-width controls, from the reports' sentences, plus
    the hand-written cases of `hand` (the tuning split has its own file)."""
    rng = random.Random(seed)
    sentences = [s for folder in folders for s in report_sentences(folder)]
    rng.shuffle(sentences)
    cases: list[Case] = []
    for kind in ("figure", "percent", "year", "date", "ordinal", "chinese_count", "country"):
        made = 0
        for sentence, year, _ in sentences:
            if made >= per_kind:
                break
            if changed := alter(kind, sentence, rng):
                cases.append(Case(kind, changed[0], year, changed[1], sentence))
                made += 1
    for kind, pick in (("unchanged", lambda s: s), ("full_width", lambda s: s.translate(FULL_WIDTH))):
        chosen = [s for s in sentences if re.search(r"\d", s[0])][: per_kind]
        cases += [Case(kind, pick(s), year, None, s) for s, year, _ in chosen]
    return cases + hand_written(hand)


def hand_written(path: Path = HAND_WRITTEN) -> list[Case]:
    if not path.is_file():
        return []
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        sentence, changed = row["sentence"], row.get("changed") or ""
        at = sentence.find(changed) if changed else -1
        span = (at, at + len(changed)) if at >= 0 else None
        if row["kind"] in ALTERED and span is None:
            continue  # a hand-written change that cannot be located is no case
        cases.append(Case(row["kind"], sentence, row.get("year"), span, row.get("source", "")))
    return cases


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def run(check: Callable[[str, int | None], list], cases: list[Case],
        on_case: Callable[[], None] = lambda: None) -> list[Result]:
    """`check(sentence, year)` returns the findings (with .verdict and .span())."""
    results = []
    for case in cases:
        started = time.monotonic()
        findings = [f for f in check(case.sentence, case.year) if f.verdict != "internal"]
        if case.changed:
            verdicts = tuple(f.verdict for f in findings
                             if (s := span_in(case.sentence, f)) and _overlaps(s, case.changed))
        else:
            verdicts = tuple(f.verdict for f in findings)
        results.append(Result(case, verdicts, time.monotonic() - started))
        on_case()
    return results


def rates(results: list[Result]) -> dict[str, tuple[float, int]]:
    """Per kind: for altered kinds the share caught (contradicts) and flagged (contradicts or 需核对); for
    controls the share falsely called contradictions; each with its number of cases."""
    out: dict[str, tuple[float, int]] = {}
    kinds = Counter(r.case.kind for r in results)
    for kind, n in kinds.items():
        chosen = [r for r in results if r.case.kind == kind]
        if kind in ALTERED:
            out[f"caught: {kind}"] = (sum(any(v in CAUGHT for v in r.verdicts) for r in chosen) / n, n)
            out[f"flagged: {kind}"] = (sum(any(v in FLAGGED for v in r.verdicts) for r in chosen) / n, n)
        else:
            out[f"false contradictions: {kind}"] = (sum("contradicts" in r.verdicts for r in chosen) / n, n)
    altered = [r for r in results if r.case.altered]
    controls = [r for r in results if not r.case.altered]
    if altered:
        out["caught: all altered"] = (sum(any(v in CAUGHT for v in r.verdicts) for r in altered) / len(altered),
                                      len(altered))
        out["flagged: all altered"] = (sum(any(v in FLAGGED for v in r.verdicts) for r in altered) / len(altered),
                                       len(altered))
    if controls:
        out["false contradictions: all controls"] = (
            sum("contradicts" in r.verdicts for r in controls) / len(controls), len(controls))
    return out


def run_naive(index, llm, cases: list[Case], on_case: Callable[[], None] = lambda: None) -> list[Result]:
    """The naive checker on each case (a contradiction covers the whole sentence, so it covers the change)."""
    from benchmarks.check_eval import naive_contradicts

    results = []
    for case in cases:
        started = time.monotonic()
        verdict = "contradicts" if naive_contradicts(index, llm, case.sentence) else "consistent"
        results.append(Result(case, (verdict,), time.monotonic() - started))
        on_case()
    return results

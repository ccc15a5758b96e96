"""校对 (issue 23) measured: recall on injected errors per rule class, findings on controls, false alarms (必改
per 10,000 characters) on published text, and the time to proofread a 3,000-character draft; beside a naive
proofreader (the lexicons' plain words looked up as substrings, no context, no other rule).

The FROZEN split is `frozen/proofread_cases.jsonl` (written by a helper that never read the rules) with the
frozen libraries' reports and the frozen half of the dev QA set as published text; the tuning split is
`tuning/proofread_cases.jsonl` with the tuning reports, the seeds and the other half. A case is caught when a
finding of any level overlaps the wrong characters; fixed when that finding's suggestion gives the original."""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.check.proofread import HouseUsage, Level, Proof, Rule, apply_suggestions, proofread
from assistant.check.proofread.lexicon import entries

HERE = Path(__file__).parent
DEVDATA = Path("/work/shared/devdata/ncp_policy_qa_train200.jsonl")
SPLITS = {
    "frozen": (HERE / "frozen" / "proofread_cases.jsonl",
               {"multiyear": HERE / "frozen" / "multiyear" / "reports",
                "second": HERE / "frozen" / "second" / "reports"},
               0),
    "tuning": (HERE / "tuning" / "proofread_cases.jsonl", {"": HERE / "tuning" / "reports"}, 1),
}
EXTRA_CASES = {"tuning": [HERE / "tuning" / f"proofread_cases{n}.jsonl" for n in (2, 3, 4, 5)]}
DRAFT_CHARS = 3000


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    library: str | None
    source: str
    text: str
    wrong: str
    start: int
    end: int
    correct: str


@dataclass
class Run:
    caught: Counter[str] = field(default_factory=Counter)
    fixed: Counter[str] = field(default_factory=Counter)
    cases: Counter[str] = field(default_factory=Counter)
    control_must: int = 0
    control_any: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        kinds = [kind] if kind else [k for k in self.cases if k != "control"]
        n = sum(self.cases[k] for k in kinds)
        return sum(self.caught[k] for k in kinds) / n if n else float("nan")


def load_cases(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            cases.append(Case(row["id"], row["class"], row.get("library"), row.get("source", ""), row["text"],
                              row.get("wrong", ""), row["start"], row["end"], row["correct"]))
    return cases


def year_of(source: str) -> int | None:
    m = re.match(r"((?:19|20)\d{2})", Path(source).name)
    return int(m.group(1)) if m else None


def report_texts(folder: Path, name: str = "") -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt")) if name in p.name]


def devdata_texts(half: int) -> list[tuple[str, str]]:
    """The dev QA set's contexts of one half (split by the question's hash, as the answers' frozen split)."""
    if not DEVDATA.is_file():
        return []
    seen: dict[str, str] = {}
    for line in DEVDATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if hashlib.sha1(row["question"].encode("utf-8")).digest()[0] % 2 == half:
            seen.setdefault(row["docid"], row["context"])
    return list(seen.items())


Proofreader = Callable[[str, int | None, HouseUsage | None], list[Proof]]


def ours(text: str, year: int | None, house: HouseUsage | None) -> list[Proof]:
    return proofread(text, year, house)


def naive_words() -> list[tuple[str, str, Rule]]:
    """The lexicons' literal entries, as a plain word list would hold them."""
    return [(e.written, e.suggestion, e.rule) for e in entries()
            if not e.written.startswith(("re:", "引号:")) and e.suggestion]


def naive(text: str, year: int | None, house: HouseUsage | None) -> list[Proof]:
    found = []
    for wrong, right, rule in naive_words():
        at = text.find(wrong)
        while at >= 0:
            found.append(Proof(rule, Level.MUST, wrong, right, at, at + len(wrong), "词表"))
            at = text.find(wrong, at + 1)
    return found


def split_reports(split: str) -> list[tuple[str, str]]:
    _, folders, _ = SPLITS[split]
    return [t for folder in folders.values() for t in report_texts(folder)]


def library_for(split: str, case: Case, cache: dict[tuple[str, str], HouseUsage]) -> HouseUsage:
    """The office's library a case is proofread with, as `check` would: the other reports of the case's body
    (the source report left out, as a draft is not in the library yet), or, for a case from elsewhere (the
    policy texts), all the split's reports."""
    reports = split_reports(split)
    body = case.library or body_of(case.source)
    if body in ("multiyear", "second"):
        folder = SPLITS[split][1][body]
        chosen = [t for t in report_texts(folder) if t[0] != Path(case.source).stem]
    elif body:
        key = body.rstrip("市省州县区")
        chosen = [t for t in reports if key in t[0] and t[0] != Path(case.source).stem]
    else:
        chosen = reports
    name = (body, Path(case.source).stem if body else "")
    if name not in cache:
        cache[name] = HouseUsage.learn(chosen)
    return cache[name]


def run_cases(split: str, proofreader: Proofreader, cases: Iterable[Case]) -> Run:
    run, houses = Run(), {}  # type: ignore[var-annotated]
    for case in cases:
        run.cases[case.kind] += 1
        proofs = proofreader(case.text, year_of(case.source), library_for(split, case, houses))
        if case.kind == "control":
            run.control_must += sum(1 for p in proofs if p.level == Level.MUST)
            run.control_any += bool(proofs)
            continue
        hits = [p for p in proofs if p.start < case.end and p.end > case.start]
        if hits:
            run.caught[case.kind] += 1
            if any(p.suggestion is not None and apply_suggestions(case.text, [p]) == case.correct for p in hits):
                run.fixed[case.kind] += 1
        else:
            run.misses.append(f"{case.id}: {case.wrong}")
    return run


@dataclass(frozen=True)
class Published:
    chars: int
    levels: Counter[str]
    examples: list[str]

    def per_10k(self, level: str) -> float:
        return self.levels[level] / self.chars * 10_000 if self.chars else float("nan")


def body_of(name: str) -> str:
    """The office a report file belongs to (2014_沙南市外办工作总结 -> 沙南市), for learning its house usage."""
    m = re.match(r"(?:\d{4}_)?([\u4e00-\u9fff]{2,4}?[市省州县区])", name)
    return m.group(1) if m else ""


def published(texts: list[tuple[str, str]], proofreader: Proofreader) -> Published:
    """Each text proofread with the house usage of the other texts of its office (a report as a new draft)."""
    levels: Counter[str] = Counter()
    examples = []
    bodies: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, text in texts:
        bodies[body_of(name)].append((name, text))
    for name, text in texts:
        body = body_of(name)
        others = [t for t in bodies[body] if t[0] != name] if body else []
        house = HouseUsage.learn(others) if len(others) >= 2 else None
        for p in proofreader(text, year_of(name), house):
            levels[p.level.value] += 1
            if p.rule == Rule.HOUSE:
                levels["本馆用法"] += 1
            if (p.level == Level.MUST or p.rule == Rule.HOUSE) and len(examples) < 60:
                examples.append(f"{name[:24]}: {p.text} -> {p.suggestion} ({text[max(0, p.start - 12):p.end + 12]})")
    return Published(sum(len(t) for _, t in texts), levels, examples)


def published_texts(split: str) -> dict[str, list[tuple[str, str]]]:
    _, folders, half = SPLITS[split]
    reports = [t for folder in folders.values() for t in report_texts(folder)]
    if split == "tuning":
        seeds = Path("/work/shared/seeds")
        reports += report_texts(seeds) if seeds.is_dir() else []
    examples = report_texts(Path("examples/reports")) if Path("examples/reports").is_dir() else []
    return {"reports": reports, "policy texts (dev QA contexts)": devdata_texts(half),
            "bundled examples (seen in tuning)": examples}


def draft_seconds(split: str, proofreader: Proofreader, repeats: int = 5) -> float:
    """p50 seconds to proofread a 3,000-character draft (the split's reports joined and cut), house usage learned."""
    _, folders, _ = SPLITS[split]
    texts = [t for folder in folders.values() for _, t in report_texts(folder)]
    draft = "\n".join(texts)[:DRAFT_CHARS]
    house = HouseUsage.learn((str(i), t) for i, t in enumerate(texts))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        proofreader(draft, 2024, house)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


@dataclass
class SplitResult:
    split: str
    ours: Run
    naive: Run
    published: dict[str, tuple[Published, Published]]
    seconds: tuple[float, float]
    kinds: list[str]


def evaluate(split: str, only: Path | None = None) -> SplitResult:
    path, _, _ = SPLITS[split]
    cases = load_cases(only) if only else [c for p in [path, *EXTRA_CASES.get(split, [])] for c in load_cases(p)]
    kinds = sorted({c.kind for c in cases} - {"control"})
    pub = {name: (published(texts, ours), published(texts, naive)) for name, texts in published_texts(split).items()}
    return SplitResult(split, run_cases(split, ours, cases), run_cases(split, naive, cases), pub,
                       (draft_seconds(split, ours), draft_seconds(split, naive)), kinds)


def lines(result: SplitResult) -> list[str]:
    o, n = result.ours, result.naive
    out = [f"## {result.split.upper()} split", "", "| measure | ours | naive |", "|---|---|---|"]
    for kind in result.kinds:
        out.append(f"| caught: {kind} ({o.cases[kind]}) | {o.recall(kind):.3f} (fixed {o.fixed[kind]}) | "
                   f"{n.recall(kind):.3f} |")
    out.append(f"| caught: all ({sum(o.cases[k] for k in result.kinds)}) | {o.recall():.3f} | {n.recall():.3f} |")
    out.append(f"| controls with any finding ({o.cases['control']}) | {o.control_any} | {n.control_any} |")
    out.append(f"| 必改 on controls | {o.control_must} | {n.control_must} |")
    for name, (mine, theirs) in result.published.items():
        for level in ("必改", "建议", "提示", "本馆用法"):
            out.append(f"| {level} per 10,000 chars, {name} ({mine.chars} chars) | {mine.per_10k(level):.2f} | "
                       f"{theirs.per_10k(level):.2f} |")
    out.append(f"| seconds for a {DRAFT_CHARS}-char draft (p50) | {result.seconds[0]:.3f} | {result.seconds[1]:.3f} |")
    return out

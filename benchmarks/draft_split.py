"""The drafting split (issue 22): requests the drafter was never tuned on, graded by `draft_grade`.

Two kinds of case per split:
- a top-level section (一、……) of the latest report of each body, held out: the writer's points are
  the clauses of that section that hold a number, cut with this module's own regular expressions, and
  the drafter's library leaves the whole report out;
- requests written by hand (`draft_cases.jsonl`: heading, points or none, length, year) by a helper who
  never read the drafter's code.

The frozen split is the two frozen libraries (`frozen/`); the tuning split is `tuning/`. Ours and the
naive pipeline run on the same cases in the same run.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.draft_grade import Grade, Library, grade
from benchmarks.stats import mean, median

HERE = Path(__file__).parent
HEAD1 = re.compile(r"^[一二三四五六七八九十]+、")
HEAD2 = re.compile(r"^（[一二三四五六七八九十]+）")
YEAR = re.compile(r"(20\d\d)")
CLAUSE = re.compile(r"[^，；。：\n]+")
SUBHEAD = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])")


@dataclass(frozen=True)
class Case:
    id: str
    library: str
    doc_type: str
    heading: str
    points: tuple[str, ...]
    length: int
    year: int | None
    source: str = ""  # the held-out report (section cases)
    original: str = ""


@dataclass
class Record:
    case: Case
    run: str
    text: str = ""
    seconds: float = 0.0
    error: str = ""
    grade: Grade | None = None
    passages: list[str] = field(default_factory=list)


def folders(tuning: bool) -> dict[str, Path]:
    if tuning:
        return {"tuning": HERE / "tuning" / "reports"}
    return {name: HERE / "frozen" / name / "reports" for name in ("multiyear", "second")}


def body_of_report(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def top_sections(text: str) -> list[tuple[str, str]]:
    """(heading line, body) of every 一、 section; the body runs to the next 一、 heading or a 第X部分 line."""
    sections: list[tuple[str, list[str]]] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if HEAD1.match(line):
            heading, _, rest = line.partition("。")
            sections.append((heading, [rest] if rest else []))
        elif line.startswith("第") and "部分" in line[:6]:
            sections.append(("", []))
        elif sections and line:
            sections[-1][1].append(line)
    return [(h, "\n".join(b)) for h, b in sections if h]


def numbered_clauses(text: str, limit: int = 4) -> tuple[str, ...]:
    body = HEAD2.sub("", text)
    clauses = [c.strip() for c in CLAUSE.findall(re.sub(r"（[一二三四五六七八九十]+）", "", body))]
    clauses = [c if not SUBHEAD.match(c) else SUBHEAD.sub("", c) if len(c) > 14 else "" for c in clauses]
    return tuple(c for c in clauses if re.search(r"\d", c) and len(c) >= 4)[:limit]


def section_cases(name: str, folder: Path, bodies: int = 2, per_report: int = 3) -> list[Case]:
    """Sections of the latest report of up to `bodies` bodies (news items and short files left out)."""
    latest: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        year = YEAR.search(path.stem)
        if not year or "新闻" in path.stem or path.stat().st_size < 3000:
            continue
        body = path.stem[len(year.group()):].strip("_")
        if body not in latest or path.stem > latest[body].stem:
            latest[body] = path
    cases = []
    for body, path in _spread(latest, bodies):
        year = int(YEAR.search(path.stem).group())
        sections = [(h, b) for h, b in top_sections(body_of_report(path)) if len(b) >= 120
                    and numbered_clauses(b) and str(year + 1) not in h]
        for i, (heading, text) in enumerate(sections[:per_report]):
            cases.append(Case(f"{name}:{body}:{i}", name, "工作总结", heading, numbered_clauses(text),
                              max(150, min(600, round(len(text), -1))), year, str(path), text))
    return cases


def _spread(latest: dict[str, Path], count: int) -> list[tuple[str, Path]]:
    items = sorted(latest.items())
    step = max(1, len(items) // count)
    return items[::step][:count]


def hand_cases(tuning: bool) -> list[Case]:
    path = HERE / ("tuning" if tuning else "frozen") / "draft_cases.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Case(r["id"], r["library"], r["doc_type"], r["heading"], tuple(r["points"]), int(r["length"]),
                 r.get("year")) for r in rows]


def cases(tuning: bool, bodies: int, per_report: int) -> list[Case]:
    found = [c for name, folder in folders(tuning).items() for c in section_cases(name, folder, bodies, per_report)]
    return found + hand_cases(tuning)


def run(name: str, draft: Callable[[Case], tuple[str, list[str]]], cases: list[Case], library: Library,
        tick: Callable[[], None] = lambda: None) -> list[Record]:
    """`draft(case)` returns (the draft's text, the passages it was given)."""
    from ingest.errors import LLMUnavailable

    records = []
    for case in cases:
        record = Record(case, name)
        started = time.monotonic()
        try:
            record.text, record.passages = draft(case)
        except LLMUnavailable as error:
            record.error = str(error)
        record.seconds = time.monotonic() - started
        if not record.error:
            record.grade = grade(record.text, case.heading, case.points, record.passages, case.length, library,
                                 case.year, skip=Path(case.source).name if case.source else "")
        records.append(record)
        tick()
    return records


def summary(records: list[Record]) -> dict[str, Any]:
    graded = [r.grade for r in records if r.grade]
    return {
        "cases": len(records), "failed": sum(bool(r.error) for r in records),
        "unsupported specifics unmarked": sum(len(g.specific) for g in graded),
        "drafts with any": sum(bool(g.specific) for g in graded),
        "other rare nouns": sum(len(g.unsupported) - len(g.specific) for g in graded),
        "placeholders": sum(len(g.placeholders) for g in graded),
        "length within 30%": mean(g.length_ok for g in graded),
        "length ratio p50": median(g.length_ratio for g in graded),
        "writer's numbers kept": mean(g.kept for g in graded),
        "copied share": mean(g.copied for g in graded),
        "copied share max": max((g.copied for g in graded), default=0.0),
        "seconds p50": median(r.seconds for r in records if not r.error),
    }


def table(runs: dict[str, list[Record]]) -> str:
    groups = {"hand": lambda r: not r.case.source, "section": lambda r: bool(r.case.source), "all": lambda r: True}
    lines = []
    for group, keep in groups.items():
        for name, records in runs.items():
            chosen = [r for r in records if keep(r)]
            if chosen:
                cells = "  ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                                  for k, v in summary(chosen).items())
                lines.append(f"{group:8} {name:6} {cells}")
    return "\n".join(lines)


def as_json(record: Record) -> dict:
    g = record.grade
    return {"id": record.case.id, "run": record.run, "heading": record.case.heading, "points": record.case.points,
            "length": record.case.length, "text": record.text, "seconds": round(record.seconds, 1),
            "error": record.error,
            "unsupported": [f"{c.kind}:{c.text}" for c in g.unsupported] if g else [],
            "placeholders": list(g.placeholders) if g else [], "ratio": round(g.length_ratio, 2) if g else None,
            "kept": g.kept if g else None, "copied": round(g.copied, 2) if g else None}


class Visible:
    """The library as one case's drafter sees it: the held-out report and the other libraries' reports
    never come back from a search."""

    def __init__(self, knowledge: Any, hidden: Callable[[Any], bool]) -> None:
        self.knowledge, self.hidden = knowledge, hidden

    def search(self, query: str, k: int | None = None, where: Any = None, mode: str | None = None) -> list:
        return [h for h in self.knowledge.search(query, k, where, mode) if not self.hidden(h.chunk)]

    def documents(self) -> list:
        return [d for d in self.knowledge.documents() if not self.hidden(d)]

    def home(self) -> str | None:
        """The body most of the visible documents are of (the library's own rule, on what this case sees)."""
        from vectorstore.library import bodies_named, home_body

        return home_body([bodies_named(d) for d in self.documents()])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.knowledge, name)


class VisibleIndex:
    """The same for the naive pipeline's index."""

    def __init__(self, index: Any, hidden: Callable[[Any], bool]) -> None:
        self.index, self.hidden = index, hidden

    def search(self, query: str, k: int = 4) -> list:
        return [h for h in self.index.search(query, k + 6) if not self.hidden(h.chunk)][:k]


def hidden_for(case: Case) -> Callable[[Any], bool]:
    """A chunk is hidden when it comes from the held-out report or from another library's folder."""
    folder = f"/{case.library}/reports/"
    held_out = Path(case.source).name if case.source else None

    def hidden(chunk: Any) -> bool:
        return folder not in chunk.source or Path(chunk.source).name == held_out

    return hidden


def request_of(case: Case) -> Any:
    from assistant.draft.request import DraftRequest

    return DraftRequest(doc_type=case.doc_type, heading=case.heading, points=case.points, length=case.length,
                        year=case.year)


def measure(settings: Any, home: Path, tuning: bool, cases: list[Case], naive: bool = True,
            tick: Callable[[], None] = lambda: None, reuse: bool = False) -> dict[str, list[Record]]:
    """Ours and (when asked) the naive pipeline on the split's cases, on a library of the split's reports
    in `home` (kept and reused there with `reuse`)."""
    from assistant.components import make_drafter, open_library
    from assistant.draft.chain import Drafter
    from assistant.llm import shared_chat_model
    from benchmarks.corpus import settings_at, temp_library
    from benchmarks.naive import NaiveDrafter, NaiveIndex
    from vectorstore.embeddings import shared_embeddings

    libraries = folders(tuning)
    done = home / "ingested"  # written once every report is in: a run cut short is not reused
    if reuse and done.exists():
        library = open_library(settings_at(settings, home))
    else:
        library = temp_library(settings, home, list(libraries.values()), on_file=lambda _: tick())
        done.write_text("\n".join(str(f) for f in libraries.values()), encoding="utf-8")
    grader = Library({p.name: p.read_text(encoding="utf-8") for f in libraries.values() for p in f.iterdir()})
    drafter = make_drafter(settings, library)

    def ours(case: Case) -> tuple[str, list[str]]:
        draft = Drafter(Visible(library, hidden_for(case)), drafter.llm, drafter.settings).draft(request_of(case))
        ids = [i for c in draft.sources for i in (c.chunk_ids or (c.chunk_id,))]
        return draft.text, [c.text for c in library.chunks_by_id(ids).values()]

    runs = {"ours": run("ours", ours, cases, grader, tick)}
    if naive:
        index = NaiveIndex(home / "naive", shared_embeddings(settings.embedding_source, settings.embedding.batch_size))
        if reuse and (home / "naive.done").exists():
            index.read(list(libraries.values()))
        else:
            index.add_files(list(libraries.values()), tick)
            (home / "naive.done").write_text("done", encoding="utf-8")
        llm = shared_chat_model(settings)

        def plain_run(case: Case) -> tuple[str, list[str]]:
            draft = NaiveDrafter(VisibleIndex(index, hidden_for(case)), llm).draft(request_of(case))
            return draft.text, [c.quote for c in draft.sources]

        runs["naive"] = run("naive", plain_run, cases, grader, tick)
    return runs


def web_seconds(url: str, cases: list[Case]) -> list[float]:
    """Each case drafted through the web app's own API (gradio's client, as the 起草 button does): seconds
    from the request to the final draft."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    seconds = []
    for case in cases:
        started = time.monotonic()
        client.predict(case.doc_type, "section", case.heading, "\n".join(case.points), "", case.length, [], "",
                       False, api_name="/draft")
        seconds.append(time.monotonic() - started)
    return seconds

"""What the tuning-library writers share: numerals as the reports write them, a question row, and the self-checks'
reading of the text (figures as the grader finds them, sentences, the other libraries' reports)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import cn2an

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
ROOT = HERE.parent.parent  # the repository: printed paths are relative to it


def cn(n: int) -> str:
    """Chinese numeral (十二, 二十三)."""
    return cn2an.an2cn(n)


def liang(n: int) -> str:
    """两 for 2 before a measure word (两个), else the numeral."""
    return "两" if n == 2 else cn(n)


def q(kind: str, text: str, gold: list[list[str]] | None, forbidden: list[str] | None = None) -> dict:
    """A question of the frozen-eval format; `gold` None: the library does not hold the answer."""
    return {"type": kind, "q": text, "gold": gold, "forbidden": forbidden or [], "doc": None}


DIGITS = "零一二三四五六七八九"
FIGURE = re.compile(r"^(\d+(?:\.\d+)?)(\D+)$")


def fmt(x: float | int) -> str:
    """A figure as the reports write it: 3.5, 12 (a float without its trailing zeros)."""
    if isinstance(x, float):
        return f"{x:.1f}".rstrip("0").rstrip(".")
    return str(x)


def pct(new: float, old: float) -> str:
    """Growth of `new` over `old` in per cent, one decimal (as the reports write it)."""
    return f"{abs(new / old - 1) * 100:.1f}%"


def mentions(text: str, value: str) -> bool:
    """As the grader reads an answer: a figure as that number followed by its unit, not inside a longer number;
    a Chinese numeral not inside a longer one (三批 is not in 十三批)."""
    if m := FIGURE.match(value):
        number, u = m.groups()
        return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])\s*{re.escape(u)}", text) is not None
    if value[0] in DIGITS + "十两":
        return re.search(rf"(?<![{DIGITS}十百]){re.escape(value)}", text) is not None
    return value in text


def sentences(text: str) -> list[str]:
    """The non-blank sentences of a text, split at 。, ； and line ends."""
    return [s for s in re.split(r"[。；\n]", text) if s.strip()]


# A question row with how to check it: `src` gives, per gold group, the documents that must state one of its
# alternatives in a sentence holding a context word (None: a computed value, such as a difference); for figure,
# report_year, target and comparison questions the figure with that context word stands in no other document of
# the library than those named (and `also`); `absent` (not_found): a test that the documents do not hold the
# answer; `open_in`: the one document that holds an open question's key phrases; `entity`: (year, word, figures,
# document) for check_sole_holder.
def row(kind: str, text: str, gold, forbidden=None, src=None, also=(), absent=None, open_in=None,
        entity=None) -> dict:
    r = q(kind, text, gold, forbidden)
    r["_src"], r["_also"], r["_absent"], r["_open"], r["_entity"] = src, also, absent, open_in, entity
    return r


def s(*keys: str | int, ctx: str) -> tuple[tuple[str, ...], str]:
    """A gold group's source: the document keys and the context word."""
    return tuple(str(k) for k in keys), ctx


def no_sentence(keys, *need: str, without_any: tuple[str, ...] = ()) -> Callable[[dict[str, str]], bool]:
    """No sentence of those documents holds all of `need` and (if given) any of `without_any`."""
    def test(docs):
        for k in keys:
            for sen in sentences(docs[k]):
                if all(n in sen for n in need) and (not without_any or any(w in sen for w in without_any)):
                    return False
        return True
    return test


def nowhere(*words: str, keys=None) -> Callable[[dict[str, str]], bool]:
    """None of the words is in those documents (all if `keys` is None)."""
    def test(docs):
        return not any(w in docs[k] for k in (keys or docs) for w in words)
    return test


def other_reports(mine: set[str]) -> dict[str, str]:
    """The other libraries' reports (written by their own scripts): each office's reports are the others' traps."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")) if p.name not in mine}


def write_questions(path: Path, questions: list[dict]) -> dict[str, int]:
    """The questions one a line as the frozen eval reads them; how many of each kind, in order of first use."""
    with path.open("w", encoding="utf-8") as f:
        for q in questions:
            f.write(json.dumps({"type": q["type"], "q": q["q"], "gold": q["gold"], "forbidden": q["forbidden"],
                                "doc": None}, ensure_ascii=False) + "\n")
    return dict(Counter(q["type"] for q in questions))


def write_library(docs: Mapping[str, str], names: Mapping[str, str], path: Path, questions: list[dict]) -> None:
    """Write each document as reports/<its file name> (with a final newline) and the questions to `path`,
    printing what was written."""
    for key, text in docs.items():
        report = REPORTS / names[key]
        report.write_text(text + "\n", encoding="utf-8")
        print(f"  {report.relative_to(ROOT)}  ({len(text)} chars)")
    counts = write_questions(path, questions)
    print(f"{len(docs)} documents, {len(questions)} questions -> {path.relative_to(ROOT)}")
    print("  " + ", ".join(f"{k} {n}" for k, n in counts.items()))


# ---------------------------------------------------------------- the self-checks the writers share


def said(key: str, sen: str, alt: str, doc_year: Callable[[str], int]) -> bool:
    """The sentence states the alternative; a bare year is also stated by a sentence of that year's report (or by
    去年 in the next year's)."""
    if mentions(sen, alt):
        return True
    if re.fullmatch(r"\d{4}", alt):
        return int(alt) == doc_year(key) or (int(alt) == doc_year(key) - 1 and "去年" in sen)
    return False


def held_in(docs: Mapping[str, str], keys: Iterable[str], ctx: str, group: Sequence[str],
            doc_year: Callable[[str], int]) -> list[str]:
    """Documents among `keys` with a sentence holding `ctx` and one of the alternatives."""
    return [k for k in keys
            if any(ctx in sen and any(said(k, sen, g, doc_year) for g in group) for sen in sentences(docs[k]))]


def check_own_wording(docs: Mapping[str, str], theirs: Mapping[str, str], stock: Sequence[str],
                      shared: int = 12) -> None:
    """My sentences are my own: none shares a run of `shared` characters (the `stock` phrases cut out) with the
    other libraries' texts, so neither library's wording checks trip over the other's."""
    def grams(text: str) -> set[str]:
        return {text[i:i + shared] for i in range(len(text) - shared + 1)}

    their_grams = set().union(*(grams(t) for t in theirs.values()))
    for key, text in docs.items():
        for sen in sentences(text):
            for phrase in stock:
                sen = sen.replace(phrase, "|")
            shared_runs = {g for part in sen.split("|") for g in grams(part)} & their_grams
            assert not shared_runs, (key, sorted(shared_runs))


def check_lengths(docs: Mapping[str, str], bounds: Callable[[str], tuple[int, int]]) -> None:
    """Every document's length lies within the (lowest, highest) that `bounds` gives for its key."""
    for key, text in docs.items():
        n = len(text)
        lo, hi = bounds(key)
        assert lo <= n <= hi, (key, n)


def check_apart(question: str, group: Sequence[str], forbidden: Sequence[str]) -> None:
    """No forbidden value equals or hides inside a gold alternative (nor the other way round)."""
    assert not any(mentions(f, g) or mentions(g, f) for f in forbidden for g in group), (question, group)


def check_context(question: str, group: Sequence[str], texts: Iterable[str], ctx: str) -> None:
    """Every sentence of the intended documents that holds the figure is about the measure (holds `ctx`),
    and there is at least one."""
    hits = [s for t in texts for s in sentences(t) if any(mentions(s, g) for g in group)]
    assert hits and all(ctx in s for s in hits), (question, group, hits)


def check_year_of_figure(question: str, group: Sequence[str], ctx: str, ref: tuple[str, int],
                         reports: Mapping[str, str], refers: Callable[[str, int, str, str], bool]) -> None:
    """The year is unambiguous: wherever in `reports` the figure stands next to its measure, `refers` reads that
    sentence as the figure of the year asked (`ref` is (how, year))."""
    how, y = ref
    for key, t in reports.items():
        for s in sentences(t):
            if ctx in s and any(mentions(s, g) for g in group):
                assert refers(how, y, key, s), (question, group, key, s)


def check_no_trap_beside(question: str, texts: Iterable[str], groups: Iterable[Sequence[str]],
                         forbidden: Sequence[str]) -> None:
    """A forbidden value never sits in a sentence that holds an answer of `groups` (a right answer may quote it)."""
    groups = list(groups)
    for t in texts:
        for s in sentences(t):
            if any(mentions(s, g) for group in groups for g in group):
                assert not any(mentions(s, f) for f in forbidden), (question, s)


def check_open_held(docs: Mapping[str, str], question: str, gold: Iterable[Sequence[str]], where: list[str]) -> None:
    """Open questions: every key phrase group is in the intended documents and in no other document of mine."""
    for grp in gold:
        holders = [k for k, t in docs.items() if any(g in t for g in grp)]
        assert holders == where, (question, grp, holders)


def check_open_own(reports: Mapping[int, str], question: str, gold: Iterable[Sequence[str]], year: int) -> None:
    """Open questions: at least one key phrase group is absent from some report other than the intended year's."""
    assert any(all(g not in reports[o] for g in grp) for grp in gold for o in reports if o != year), question


def dated_texts(docs: Mapping[str, str], doc_year: Callable[[str], int | None],
                theirs: Mapping[str, str]) -> list[tuple[str, int | None, str]]:
    """(name, year, text) of my documents (named mine:<key>) and the other libraries' reports (YYYY_… file names)."""
    dated = [(f"mine:{k}", doc_year(k), t) for k, t in docs.items()]
    dated += [(name, int(name[:4]), t) for name, t in theirs.items()]
    return dated


def check_sole_holder(dated: Sequence[tuple[str, int | None, str]], question: str, year: int, word: str,
                      figures: Sequence[str], where: str) -> None:
    """Entity questions: among all texts of that year, only document `where` of mine has a sentence holding `word`
    and one of `figures` (the figure written with each unit it may take)."""
    holders = [k for k, yy, t in dated
               if yy == year and any(word in s and any(mentions(s, f) for f in figures) for s in sentences(t))]
    assert holders == [f"mine:{where}"], (question, holders)


def their_entity_questions(mine: Path) -> Iterator[tuple[dict, int]]:
    """The other libraries' entity questions that name a year, as (row, year), their files in name order."""
    for path in sorted(mine.parent.glob("*questions.jsonl")):
        if path == mine:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["type"] != "entity" or not (m := re.search(r"(\d{4})年", row["q"])):
                continue
            yield row, int(m.group(1))


def check_their_figures(docs: Mapping[str, str], doc_year: Callable[[str], int], mine: Path, units: str,
                        words: Sequence[str]) -> None:
    """None of the figures (a number and one of the `units`, "|"-separated) of the other libraries' entity questions
    stands beside one of `words` that the question uses in a document of mine of that year or the next
    (a report also states last year's figures). `mine`: my questions file, left out."""
    for row, year in their_entity_questions(mine):
        values = re.findall(rf"\d+(?:\.\d+)?(?:{units})", row["q"])
        used = [w for w in words if w in row["q"]]
        for key, text in docs.items():
            if doc_year(key) in (year, year + 1):
                for value in values:
                    assert not any(w in s and mentions(s, value) for w in used for s in sentences(text)), \
                        (row["q"], key, value)


def check_unnamed(theirs: Mapping[str, str], mine: Iterable[str]) -> None:
    """Nobody else's text names one of my words (bodies, people, partners, fairs)."""
    mine = list(mine)
    for name, text in theirs.items():
        for word in mine:
            assert word not in text, (name, word)


def series(years: list[int], *values: float) -> dict[int, float]:
    """One value a year, in the order of `years` (a measure's table)."""
    assert len(values) == len(years)
    return dict(zip(years, values, strict=True))


def check_rows(docs: Mapping[str, str], qs: list[dict], mine: Iterable[str], doc_year: Callable[[str], int | None],
               dated: Sequence[tuple[str, int | None, str]]) -> None:
    """Each question row (see `row`) against the library: not-found answers absent, gold values apart from the
    forbidden ones, each gold group stated where `_src` says (and, for figures, nowhere else of mine), list items
    named in my reports, open answers held by the section, entity figures stated by one body only."""
    mine = list(mine)
    for r in qs:
        text, gold, forb = r["q"], r["gold"], r["forbidden"]
        if gold is None:
            assert r["_absent"] is not None and r["_absent"](docs), text
            continue
        for group in gold:
            check_apart(text, group, forb)
        if r["_src"]:
            assert len(r["_src"]) == len(gold), text
            for group, src in zip(gold, r["_src"], strict=True):
                if src is None:
                    continue
                keys, ctx = src
                assert held_in(docs, keys, ctx, group, doc_year), (text, group, keys, ctx)
                if r["type"] in ("figure", "report_year", "target", "comparison"):
                    stray = set(held_in(docs, mine, ctx, group, doc_year)) - set(keys) - set(r["_also"])
                    assert not stray, (text, group, stray)
        if r["type"] == "list":  # every item is named in my reports (not only in the other bodies' news)
            for group in gold:
                assert any(g in docs[k] for k in mine for g in group), (text, group)
        if r["_open"]:
            check_open_held({k: docs[k] for k in mine}, text, gold, [r["_open"]])
        if r["_entity"]:
            year, word, figures, where = r["_entity"]
            check_sole_holder(dated, text, year, word, figures, where)

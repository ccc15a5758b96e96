"""Is the answer in the retrieved passages at all? Decided before the model is asked.

The embedded model invents a figure when the answer is missing, so "not found" comes from the
evidence: how much of the question's weighted terms the passages contain (rare terms weigh most),
and whether a year the question names exists in the library.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from assistant.grounding.context import LIGHT, held_terms, matched_weight, said_otherwise
from assistant.grounding.intent import Intent
from ingest.nlp.clean import canonical
from ingest.nlp.dates import PREVIOUS_YEAR
from ingest.nlp.names import mentions_city
from ingest.nlp.quantities import quantities
from vectorstore.hits import Hit


@dataclass(frozen=True)
class Evidence:
    coverage: float
    missing: tuple[str, ...]
    missing_years: tuple[int, ...] = ()
    missing_names: tuple[str, ...] = ()  # a city the question names that no passage names (平凉市 or 平凉)

    def enough(self, threshold: float) -> bool:
        return not self.missing_years and not self.missing_names and self.coverage >= threshold


def weigh_evidence(weights: dict[str, float], passages: list[str], years: Iterable[int],
                   known_years: set[int], names: Iterable[str] = (), issuers: Iterable[str] = ()) -> Evidence:
    """`names`: the cities the question names; a passage about 巴统市 cannot be replaced by one about another.
    `issuers`: the bodies that issued the passages' documents (a report of 澜源傣族自治州 names 澜源州 there)."""
    issuers = [i for i in issuers if i]
    text = "\n".join([*passages, *issuers])  # the office the question names may be named by the issuer only
    held = held_terms(text, weights)
    if said_otherwise(held, tuple(weights), weights):  # 坐邮轮进出…的旅客: the user's own verb weighs nothing
        weights = {t: w for t, w in weights.items() if t in held or w < LIGHT}
    total = sum(weights.values())
    coverage = matched_weight(text, weights) / total if total else 0.0
    missing = tuple(t for t, w in weights.items() if t not in held and w > 0)
    plain = canonical(text)
    return Evidence(round(coverage, 3), missing, tuple(y for y in years if y not in known_years),
                    tuple(n for n in names if not mentions_city(plain, n)))


def untold_year(intent: Intent, hits: list[Hit]) -> int | None:
    """The one year a question asks about when no passage can tell of it: none is of that year's report (or, for
    a figure, the next one's saying 上年…), and none names the year. Yearly reports say the same things every
    year, so another year's passage would answer with that year's names (2019年新缔结友城 for 2018)."""
    years = intent.period.years
    if len(years) != 1 or intent.period.report_year or not hits:
        return None
    year = years[0]
    # a figure of the year before is restated by the next report (上年为63批); names and measures are not
    restated = intent.kind in ("figure", "share") or intent.ordinal
    for hit in hits:
        text = canonical(f"{hit.chunk.title} {' '.join(hit.chunk.heading_path)} {hit.chunk.text}")
        if hit.chunk.year == year or f"{year}年" in text or (
                restated and hit.chunk.year == year + 1 and PREVIOUS_YEAR.search(text)):
            return None
    return year


EDITION_UNITS = ("届", "次", "期")  # 第六届论坛: an edition; 第一个 has too many other wordings (首个, 首次)


def untold_edition(question: str, hits: list[Hit]) -> str | None:
    """An edition the question names (第六届…签约了多少个项目) that no passage names: another edition's
    passage would answer with that edition's figures, said alike every year."""
    named = [q for q in quantities(canonical(question))
             if q.kind == "ordinal" and q.unit in EDITION_UNITS and (q.value or 0) >= 2]
    if not named or not hits:
        return None
    told = {q.key for hit in hits for q in quantities(canonical(hit.chunk.embedding_text())) if q.kind == "ordinal"}
    return next((q.text for q in named if q.key not in told), None)

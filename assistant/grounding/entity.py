"""A passage about another body is no evidence: a question about 临江市外办 is not answered from a
report of 海州市外办, even when the sentences are alike."""

from __future__ import annotations

from ingest.nlp.clean import canonical
from ingest.nlp.names import cities_named, province_offices
from vectorstore.hits import Hit


def about_another_city(hit: Hit, asked: set[str], issuer: str = "") -> bool:
    """The hit's document title names a city (or else its issuing body does: 关于2020年全州外事工作情况的报告 of
    中共澜源傣族自治州委员会外事工作委员会办公室), or a province's foreign-affairs office (南溟省委外办), none of
    those the question names, and its text does not name them either; a city named as the address of the
    district or county the title names (西陵市金沙区外事办公室) is not named for itself."""
    if not asked:
        return False
    title, issuer = canonical(hit.chunk.title), canonical(issuer)
    named = bodies_named(title) or bodies_named(issuer) or province_offices(title) or province_offices(issuer)
    if not named or asked & named:
        return False
    text = canonical(hit.chunk.text)
    for city in asked:
        for unit in named:
            text = text.replace(city + unit, unit)
    return not any(city in text for city in asked)


def bodies_named(text: str) -> set[str]:
    """The cities and districts a title names, but a city that is only the address of its district
    (松阳市青溪区外事工作有序推进: 青溪区)."""
    named = cities_named(text)
    return {c for c in named if not any(c + unit in text for unit in named if unit != c)}


def in_another_region(hit: Hit, asked: set[str], named: frozenset[str]) -> bool:
    """The question names provinces (`asked`: 四川 of 四川省政府如何…); the passage's document names provinces
    (`named`: anywhere in it, 重庆市税务局…), none of them asked: it tells of another place's measures."""
    return bool(asked and named) and not asked & named


def on_topic(hits: list[Hit], asked: set[str], issuers: dict[str, str] | None = None,
             regions: set[str] | None = None, named: dict[str, frozenset[str]] | None = None) -> list[Hit]:
    """The hits not about another body than the places asked (`places_asked`), nor from a document about other
    provinces than the ones asked (`regions`; `named`: the provinces each document names, `Knowledge.regions`);
    `issuers`: each document's issuing body, by document id (`Knowledge.issuers`)."""
    issuers, named = issuers or {}, named or {}
    return [h for h in hits if not about_another_city(h, asked, issuers.get(h.chunk.doc_id, ""))
            and not in_another_region(h, regions or set(), named.get(h.chunk.doc_id, frozenset()))]

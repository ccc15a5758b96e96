"""The friendship ports of a port city: "跟蓬湾港结成友好港的外国港口有哪些？" is answered by every report sentence
saying the city's port tied with another (沙南港2011年与马来西亚槟城港结为友好港口, 蓬湾港与斯洛文尼亚科佩尔港签署
友好港协议), each port once, with the year and the report that say so. The ledger reads no port as a place; a
plan (推动…缔结) is no tie. Pure functions; the chain searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.grounding.context import reported_sentences
from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR
from ingest.nlp.events import NOT_THE_TIE, partner_key
from vectorstore.hits import Hit

PORTS_ASK = re.compile(r"友好港")
PORT_NAME = r"[\u4e00-\u9fff·]{2,14}?港"
# 与马来西亚槟城港结为友好港口, 与斯洛文尼亚科佩尔港签署友好港协议, 与A港、B港缔结友好港关系
PORT_TIE = re.compile(rf"(?:与|和|同)((?:{PORT_NAME}[、和及与])*{PORT_NAME})(?:在|于)?(?:(?:19|20)\d{{2}}\s*年)?"
                      rf"(?:\d{{1,2}}\s*月)?(?:正式|先后|相继|共同)?(?:签署|签订|缔结|结为|结成|建立)[^，,。；;]{{0,6}}?友好港")


@dataclass(frozen=True)
class PortTie:
    name: str  # as the sentence writes it (马来西亚槟城港)
    year: int
    hit: Hit
    sentence: str


def asks_ports(question: str) -> bool:
    return PORTS_ASK.search(canonical(question)) is not None


def port_ties(hits: list[Hit]) -> list[PortTie]:
    """Each port tied, once, as the earliest report naming the tie says it (a later one may drop its country)."""
    found: dict[str, PortTie] = {}
    for hit, sentence, text in reported_sentences(hits):
        if NOT_THE_TIE.search(text):
            continue
        for m in PORT_TIE.finditer(text):
            named = [int(y.group(1)) for y in YEAR.finditer(text, 0, m.end())]
            year = named[-1] if named else hit.chunk.year or 0
            for name in re.split(r"[、和及与]", m.group(1)):
                found.setdefault(partner_key(name), PortTie(name, year, hit, sentence))
    return sorted(found.values(), key=lambda t: t.year)

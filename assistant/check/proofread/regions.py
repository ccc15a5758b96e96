"""外事用语: 台湾, 香港 or 澳门 listed among countries (访问日本、加拿大、台湾和东盟国家): they are parts of China,
not countries beside it. Country names come from ingest.nlp (ISO 3166 in Chinese)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.proofread.model import Level, Proof, Rule
from ingest.nlp.names import countries

REGION = re.compile(r"(?:中国)?(?P<r>台湾|香港|澳门)"
                    r"(?!地区|同胞|省|海峡|当局|居民|青年|学生|特区|特别行政区|问题|事务|回归|企业"
                    r"|商会|工商|客商|籍|居|[岛胞])")
SEPARATOR = "、和及与"
ITEM = re.compile(r"[^、和及与，。；：,;:\s（）()“”]{2,12}")
BASIS = "外事用语规范：台湾、香港、澳门不与国家并列"
NOT_COUNTRIES = {"中国", "中国台湾省", "中国台湾省国"}


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The list items right before and after a region name, across one separator each."""
    items = []
    if start >= 2 and text[start - 1] in SEPARATOR:
        m = re.search(r"[^、和及与，。；：,;:\s（）()“”]{2,12}$", text[max(0, start - 13):start - 1])
        if m:
            items.append(m.group())
    if end < len(text) - 1 and text[end] in SEPARATOR:
        m = ITEM.match(text, end + 1)
        if m:
            items.append(m.group())
    return items


def _is_country(item: str, names: frozenset[str]) -> bool:
    return any(item.endswith(n) or item.startswith(n) for n in names
               if n not in NOT_COUNTRIES and not any(r in n for r in ("台湾", "香港", "澳门", "中国")))


def region_findings(text: str) -> Iterator[Proof]:
    names = countries()
    for m in REGION.finditer(text):
        if m.group().startswith("中国"):
            continue  # 中国台湾 is a way to name it among others
        clause = re.match(r"[^，。；\n]*", text[m.end():]).group()
        if "地区" in clause or "等地" in clause or re.search(r"等[\d一二三四五六七八九十百]*个?国家", clause):
            continue  # ……等国家和地区 is right; ……等国家 is the lexicon's (foreign.tsv)
        if any(_is_country(item, names) for item in _neighbours(text, m.start(), m.end())):
            yield Proof(Rule.FOREIGN, Level.MUST, m.group("r"), None, m.start(), m.end(),
                        f"{m.group('r')}是中国的一部分，不能与国家并列；请改写（如“……等国家和地区”，或写“中国{m.group('r')}”）",
                        BASIS)

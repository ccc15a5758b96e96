"""Short names a document defines for a long one in brackets right after it: 第五届中国澜源边境经贸交易会（边交会）,
澜源傣族自治州外事侨务办公室（以下简称“州外侨办”）. Later reports use the short name alone, so a question in the
long name is asked in the short one (`vectorstore.keyword_index.KeywordIndex.aliased`)."""

from __future__ import annotations

import re

from ingest.nlp.clean import canonical

BRACKETED = re.compile(r"([\u4e00-\u9fff]{3,40})（(?:以下)?(?:简称)?[“《]?([\u4e00-\u9fff]{2,6})[”》]?）")
# where a name starts at the latest: after its edition or the verb before it (举办第五届|中国澜源边境经贸交易会)
NAME_START = re.compile(r"第[一二三四五六七八九十百\d]+[届次期]|举办|召开|举行|承办|主办|参加|出席|成立|组建|设立"
                        r"|印发|制定|开展|启动|实施|[的和与及在由]")
MAX_NAME = 20


def aliases_in(text: str) -> list[tuple[str, str]]:
    """(long, short) pairs the text defines: the short name's characters appear in the long one in order, the
    long one starting with the short one's first character (边境经贸交易会, 边交会)."""
    pairs = []
    for m in BRACKETED.finditer(canonical(text)):
        before, short = m.groups()
        if (long := spelt_out(before, short)) and long != short:
            pairs.append((long, short))
            starts = [m.end() for m in NAME_START.finditer(before, 0, len(before) - len(long))]
            full = before[max(starts, default=0):]
            if full != long and len(full) <= MAX_NAME:  # 中国澜源边境经贸交易会 too, its qualifiers and all
                pairs.append((full, short))
    return pairs


def spelt_out(before: str, short: str) -> str | None:
    """The shortest tail of `before` that starts with short's first character and holds all of short's
    characters in order (before 成功举办第五届中国澜源边境经贸交易会, short 边交会: 边境经贸交易会)."""
    start = before.rfind(short[0])
    while start >= 0:
        tail = before[start:]
        if len(tail) > len(short) and _in_order(short, tail):
            return tail
        start = before.rfind(short[0], 0, start)
    return None


def _in_order(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)

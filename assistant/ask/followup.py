"""Follow-up questions ("那县级的呢？", "2024年呢？") rewritten into standalone ones from the last question.

Rules, not the model: they cost nothing before the first token, and only the standalone question
(never the whole history) reaches retrieval and the prompt, so the context stays small.
"""

from __future__ import annotations

import re

from ingest.nlp.clean import canonical
from ingest.nlp.dates import YEAR_OR_ANNUAL
from ingest.nlp.numbers import UNIT_ALT

FOLLOW_UP = re.compile(
    r"^(?:那么?|还有|另外|再问一下)?\s*(.{1,20}?)\s*(?:的情况|的)?\s*(?:呢|又如何|怎么样|如何)\s*[？?]?$")
COUNTED = re.compile(rf"(?:几|多少)(?:{UNIT_ALT})?")


def standalone(question: str, previous: str | None) -> str:
    """The question itself unless it is a follow-up of `previous` (the last standalone question)."""
    question = question.strip()
    match = FOLLOW_UP.match(canonical(question))
    if not previous or not match:
        return question
    focus = match.group(1).strip()
    year = YEAR_OR_ANNUAL.search(focus)
    if year:
        rest = (focus[: year.start()] + focus[year.end() :]).strip()
        base = YEAR_OR_ANNUAL.sub("", previous).strip() if YEAR_OR_ANNUAL.search(previous) else previous
        return standalone(f"{rest}呢？", year.group() + base) if rest else year.group() + base
    counted = COUNTED.search(previous)
    if counted:
        return previous[: counted.end()] + focus + previous[counted.end() :]
    return f"{previous.rstrip('？?。')}（{focus}）？"

"""What/which questions answered by quoting the sentence that holds the answer."""

from __future__ import annotations

from assistant.ask.quote import best_quote
from assistant.grounding.intent import intent_of
from ingest.document import Chunk
from vectorstore.hits import Hit

OPENING = ("根据市委统一部署，2023年4月15日至6月16日，市委第五巡察组对市外办党组进行了常规巡察。"
           "10月12日，市委巡察组向市外办党组反馈了巡察意见。")
ATTITUDE = "对市委巡察组反馈的意见，市外办党组坚持高标准，持续抓好整改落实。"


def hit(i: int, text: str) -> Hit:
    chunk = Chunk(f"c{i}", "d", i, text, (), "关于巡察整改进展情况的通报", "t.txt", 2023)
    return Hit(chunk, 1.0 / (i + 1))


def test_which_one_of_a_kind_is_answered_by_the_sentence_naming_it_by_its_ordinal() -> None:
    question = "是哪个巡察组巡察了市外办？"
    weights = {"巡察组": 0.5, "巡察": 0.3, "市外办": 0.65}
    hits = [hit(0, ATTITUDE), hit(1, OPENING)]
    quote = best_quote(hits, weights, intent_of(question), question=question)
    assert quote is not None and "第五巡察组" in quote.text
    # without the question's "which", the higher-ranked passage wins the tie as before
    assert best_quote(hits, weights, intent_of(question)).hit is hits[0]

"""The frozen check split's case generator: raw-character changes located exactly (synthetic sentences only;
the frozen cases themselves are never read by a unit test)."""

from __future__ import annotations

import random

from benchmarks.check_frozen import Case, Result, alter, rates


def test_each_raw_change_alters_exactly_the_span_it_reports() -> None:
    sentence = "2019年，全市接待外宾来访团组52批，同比增长12.5%，第三届论坛于5月18日举办，新结日本友城两个。"
    for kind in ("figure", "percent", "year", "date", "ordinal", "chinese_count", "country"):
        made = alter(kind, sentence, random.Random(1))
        assert made is not None, kind
        changed, (start, end) = made
        assert changed != sentence
        assert changed[:start] == sentence[:start]  # everything before the span is the original
        assert changed[end:] == sentence[len(sentence) - (len(changed) - end):]  # and everything after it
    assert alter("year", "2020年，市外办将力争新建友城3个。", random.Random(1)) is None  # a plan's year: no fact


def test_a_change_is_caught_only_by_a_contradiction_covering_it() -> None:
    altered = Case("figure", "全年接待外宾团组53批。", 2019, (8, 10), "全年接待外宾团组52批。")
    control = Case("unchanged", "全年接待外宾团组52批。", 2019, None, "全年接待外宾团组52批。")
    results = [Result(altered, ("contradicts",), 0.1), Result(control, ("consistent",), 0.1)]
    measured = rates(results)
    assert measured["caught: figure"] == (1.0, 1) and measured["false contradictions: unchanged"] == (0.0, 1)
    assert rates([Result(altered, ("uncertain",), 0.1)])["caught: figure"] == (0.0, 1)

"""The year a tie began or an event was founded (ingest/nlp/events.py, assistant/check/events.py).

The sentences are written for these tests (invented partners and years); the frozen check split is never
read here."""

from __future__ import annotations

import pytest

from assistant.check.align import SentenceIndex
from assistant.check.events import event_findings
from assistant.check.verdicts import Finding, Verdict, in_place_of
from ingest.document import Chunk
from ingest.nlp.events import event_years, partner_key, tie_dates


def _read(sentence: str) -> list[tuple[str, str, int]]:
    return [(e.what, e.kind, e.year) for e in event_years(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("我市于2004年与法国图尔市缔结友好城市关系。", [("图尔", "友好城市", 2004)]),
    ("即德国埃森市（1999年结好）和泰国清迈市（2012年结好）。",
     [("埃森", "友好城市", 1999), ("清迈", "友好城市", 2012)]),
    ("我县于2001年、2007年先后与智利瓦尔帕莱索市、秘鲁库斯科市缔结友好城市关系。",
     [("瓦尔帕莱索", "友好城市", 2001), ("库斯科", "友好城市", 2007)]),
    ("2014年6月，我市与芬兰坦佩雷市建立友好交流城市关系，友城布局向北欧延伸。", [("坦佩雷", "友好交流", 2014)]),
    ("捷克布尔诺市是我市2010年结好的友好城市。", [("布尔诺", "友好城市", 2010)]),
    ("与荷兰鹿特丹港在2013年缔结友好港关系后，航线增至两条。", [("鹿特丹", "友好港", 2013)]),
    ("花灯节自2006年创办以来，已举办十届。", [("花灯节", "创办", 2006)]),
    ("这项茶博会创办于2011年。", [("茶博会", "创办", 2011)]),
    ("2012年创办的风筝节今年吸引了八个国家的队伍。", [("风筝节", "创办", 2012)]),
    ("创办于2010年的瓷博会迎来第六届。", [("瓷博会", "创办", 2010)]),
    ("菲律宾宿务市（2016年建立友好交流城市关系）派团参会。", [("宿务", "友好交流", 2016)]),
])
def test_a_tie_or_founding_is_read_with_its_year(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "截至2015年底，全市累计缔结国际友好城市7个。",  # a count up to a year, no partner
    "2019年以来，我市与多个城市建立合作关系。",  # another kind of tie, a span of years
    "论坛自2012年创办以来，已成为重要平台。",  # a founded event without a name of its own
    "2018年，我市接待日本宇治市代表团3批。",  # a visit, not a tie
])
def test_no_event_year_is_read_where_none_is_stated(sentence: str) -> None:
    assert _read(sentence) == []


def test_a_partner_is_one_however_it_is_named() -> None:
    assert partner_key("日本宇治市") == partner_key("宇治市") == partner_key("宇治") == "宇治"
    assert partner_key("马来西亚槟城港") == "槟城"


def _index(*sentences: tuple[str, int]) -> SentenceIndex:
    return SentenceIndex([Chunk(f"c{i}", f"d{i}", 0, text, ("一、工作总结",), f"{year}年外办工作总结", f"{i}.txt",
                                year) for i, (text, year) in enumerate(sentences)])


def test_a_tie_dated_otherwise_than_every_earlier_report_is_a_contradiction_citing_them() -> None:
    index = _index(("我市于2004年与法国图尔市缔结友好城市关系，2009年与韩国丽水市建立友好交流城市关系。", 2010),
                   ("截至年底，我市共有国际友好城市两个，即法国图尔市（2004年结好）和日本鸟取市（2011年结好）。", 2014))
    found = event_findings("2018年是我市与法国图尔市结好的第十四年，两市交往不断深化。\n"
                           "图尔市是我市2004年结好的友好城市。", index, 2018)
    assert found == []  # the first dates no tie (2018年是…); the second agrees
    found = event_findings("与法国图尔市于2005年缔结友好城市关系以来，两市交往密切。", index, 2018)
    assert [(f.claim, f.verdict) for f in found] == [("2005年", Verdict.CONTRADICTS)]
    assert "2004年" in found[0].explanation and {e.year for e in found[0].evidence} == {2010, 2014}
    assert found[0].span() == (7, 12)


def test_a_tie_of_another_kind_or_a_library_in_disagreement_is_not_called() -> None:
    index = _index(("2009年与韩国丽水市建立友好交流城市关系。", 2010), ("花灯节自2006年创办以来，已举办五届。", 2011),
                   ("花灯节自2007年创办以来，游客逐年增加。", 2012))
    assert event_findings("2015年，我市与韩国丽水市缔结友好城市关系。", index) == []  # 交流 became 友好城市
    assert event_findings("花灯节自2008年创办以来。", index) == []  # the earlier reports disagree


def test_an_event_year_replaces_what_the_ledger_said_of_the_same_characters() -> None:
    sentence = "与法国图尔市于2005年缔结友好城市关系以来，两市交往密切。"
    ledger = Finding("2005年", Verdict.NEW, sentence, (), "此前公文未见", at=(9, 14))
    other = Finding("两市", Verdict.CONSISTENT, sentence, (), "", at=(24, 26))
    event = Finding("2005年", Verdict.CONTRADICTS, sentence, (), "草稿写…", at=(9, 14))
    assert in_place_of([ledger, other], [event]) == [other, event]


def test_a_tie_a_report_dates_by_its_month_alone_is_of_the_report_s_year() -> None:
    index = _index(("9月，市外办主任率团赴格鲁吉亚巴统市，签署两市缔结友好城市关系协议书。", 2017),
                   ("全年新缔结国际友好城市1个，即希腊帕特雷市。", 2016))
    assert [(e.what, e.year, e.month) for e in tie_dates("9月，市外办主任率团赴格鲁吉亚巴统市，签署两市缔结友好城市关系协议书。",
                                                          2017, ["格鲁吉亚巴统市"])] == [("巴统", 2017, 9)]
    moved = event_findings("2017年11月，我市与巴统市缔结友好城市关系。", index, 2019)
    assert [(f.claim, f.verdict) for f in moved] == [("11月", Verdict.CONTRADICTS)] and "2017年9月" in moved[0].explanation
    assert [f.claim for f in event_findings("帕特雷市于2015年与我市结好。", index, 2019)] == ["2015年"]
    assert event_findings("2017年9月，我市与巴统市缔结友好城市关系。", index, 2019) == []
    assert event_findings("明年将与巴统市缔结友好学校关系。", index, 2019) == []  # a plan, another kind

"""Two names in each other's places in a reworded sentence (assistant/check/swaps.py), and a person named with a
post for a period in which another held it (assistant/check/posts.py).

The sentences are written for these tests (invented partners and people); the frozen check split is never
read here."""

from __future__ import annotations

from assistant.check.align import SentenceIndex
from assistant.check.claims import claims_of
from assistant.check.posts import holders, post_findings
from assistant.check.swaps import swap_findings, swapped
from assistant.check.verdicts import Verdict
from ingest.document import Chunk

EARLIER = "与科特布斯市互派中学生交流团，与梅斯市联合举办灯会，与里尔市合作编写教材。"


def test_names_doing_each_other_s_deeds_are_swapped_but_the_same_deeds_or_a_list_are_not() -> None:
    found = swapped("今年与梅斯市互派中学生交流团，与科特布斯市联合举办了灯会。", EARLIER)
    assert sorted((name, other) for name, _, other in found) == [("梅斯", "科特布斯"), ("科特布斯", "梅斯")]
    assert swapped("今年与科特布斯市互派了中学生交流团，与梅斯市联合举办灯会。", EARLIER) == []
    assert swapped("与梅斯市、科特布斯市签署合作备忘录。", "与科特布斯市、梅斯市签署合作备忘录。") == []


def _chunk(i: int, text: str, year: int, title: str = "") -> Chunk:
    return Chunk(f"c{i}", f"d{i}", 0, text, ("一、工作总结",), title or f"枫林市外办{year}年工作总结", f"{i}.txt", year)


def test_a_swap_in_a_report_of_the_same_year_is_a_contradiction_citing_it() -> None:
    index = SentenceIndex([_chunk(1, EARLIER, 2019)])
    draft = "今年与梅斯市互派中学生交流团，与科特布斯市联合举办了灯会。"
    found = swap_findings(draft, 2019, index)
    assert {(f.claim, f.verdict) for f in found} == {("梅斯市", Verdict.CONTRADICTS), ("科特布斯市", Verdict.CONTRADICTS)}
    assert found[0].evidence[0].quote == EARLIER
    assert swap_findings(draft, 2020, index) == []  # another year's partners may well be the other way round


def test_the_office_s_post_holders_are_read_and_another_body_s_are_not() -> None:
    assert holders("主任陶立新率团出访德国科特布斯市。") == (("陶立新", "主任"),)
    assert holders("市侨联主任郑晓岚出席活动。") == ()


def test_a_person_named_for_a_post_held_by_another_that_year_contradicts() -> None:
    chunks = [_chunk(1, "9月，市外办主任陶立新率团出访德国科特布斯市。", 2016),
              _chunk(2, "主任韩雨桐率团访问法国梅斯市，签署合作备忘录。", 2019)]

    def body(doc_id: str) -> frozenset[str]:
        return frozenset({"枫林"})

    draft = "市外办主任陶立新率团访问法国梅斯市。"
    found = post_findings(claims_of(draft, 2019), 2019, chunks, body)
    assert [(f.claim, f.verdict) for f in found] == [("陶立新", Verdict.CONTRADICTS)]
    assert "韩雨桐" in found[0].explanation and "2016年" in found[0].explanation
    assert post_findings(claims_of(draft, 2016), 2016, chunks, body) == []  # the post holder of that year
    assert post_findings(claims_of(draft, 2019), 2019, chunks, lambda d: frozenset({d})) == []  # another body

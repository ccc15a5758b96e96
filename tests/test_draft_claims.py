"""Claim-level grounding of drafts (pure functions): what a sentence names must be held by the
writer's points or the passages the draft was given."""

from __future__ import annotations

import pytest

from assistant.draft.claims import Support, claims_of, ground
from ingest.nlp.activities import activities

POINTS = Support.of("（二）深化友城交流合作", "新建友城2个", "举办友城论坛1次")


@pytest.mark.parametrize(("sentence", "named"), [
    ("积极参加国际会议，举办文化活动，推动旅游合作", ["国际会议", "文化活动", "旅游合作"]),
    ("成功举办国际友城论坛，深化务实合作", ["友城论坛"]),  # 务实合作 names nothing
    ("开展对外交流活动，围绕中心工作，坚持以人民为中心", []),
    ("加强经贸合作和人文交流", ["经贸合作", "人文交流"]),
    ("举办文化节，召开座谈会", ["文化节", "座谈会"]),  # the longer words name the event on their own
])
def test_activities_are_the_noun_before_an_activity_word(sentence: str, named: list[str]) -> None:
    assert [a.text for a in activities(sentence)] == named


def test_a_sentences_specifics_are_figures_names_quotes_and_activities() -> None:
    found = {(c.text, c.kind) for c in claims_of("推动“一带一路”倡议，与法国巴黎开展文化活动15次。")}
    assert {("一带一路", "quoted"), ("法国", "name"), ("文化活动", "activity"), ("15次", "figure")} <= found
    assert not [c for c in claims_of("坚持以习近平外交思想为指导，深化务实合作。") if c.kind == "person"]


def test_unsupported_clauses_are_cut_and_framing_stays() -> None:
    grounded = ground("坚持以习近平外交思想为指导，积极参加国际会议，新建友城2个。成功举办友城论坛，吸引15个国家的代表参加。"
                      "深化旅游合作。", POINTS)
    assert grounded.text == "坚持以习近平外交思想为指导，新建友城2个。成功举办友城论坛。"
    assert [c.text for c in grounded.removed] == ["国际会议", "15个", "旅游合作"]


def test_a_passage_supports_what_it_names_even_in_other_words_around_it() -> None:
    support = Support.of("要点：开展人文交流", "5月，举办“欢乐春节”文化活动，与日本大阪市开展青少年交流。")
    grounded = ground("举办“欢乐春节”等文化活动，深化与日本大阪市的人文交流。", support)
    assert grounded.text == "举办“欢乐春节”等文化活动，深化与日本大阪市的人文交流。" and not grounded.removed


def test_placeholders_never_stay() -> None:
    assert ground("与XX市签署协议。新建友城2个。某国代表团来访。", POINTS).text == "新建友城2个。"


def test_when_the_writer_asks_unsupported_activities_stay_marked() -> None:
    grounded = ground("推动旅游合作，新建友城2个。", POINTS, mark=True)
    assert grounded.text == "推动旅游合作【待核实】，新建友城2个。" and [c.text for c in grounded.marked] == ["旅游合作"]

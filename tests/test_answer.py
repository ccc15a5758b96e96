"""The ask chain over the real example library (real Chroma, real embeddings), with a scripted chat
model in place of the LLM so that every route and every check is deterministic."""

from __future__ import annotations

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, HumanMessage

from assistant.ask.chain import Answer, AskChain, Conversation, Status, last_standalone
from assistant.components import open_library
from assistant.grounding.verify import UNVERIFIED_MARK
from assistant.llm import queued_ahead, stream_text
from assistant.settings import Settings
from ingest.errors import QuestionError
from vectorstore.filters import SearchFilter

FRIEND_SECTION = "9.友好城市工作不聚焦问题的整改进展情况"


@pytest.fixture(scope="module")
def library(example_library: Settings):
    return open_library(example_library)


def _chain(library, *replies: str) -> AskChain:
    """A model that may only be called once per scripted reply: an unscripted call fails the test."""
    return AskChain(library, GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies])))


def test_a_figure_question_is_answered_from_the_source_without_the_model(library) -> None:
    answer = _chain(library).ask("市外办新建了几个友城？")
    assert answer.route == "extractive" and answer.found
    assert answer.text == "新建友城5个（其中县级友城3个）[1]。"
    assert answer.citations[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。"
    assert answer.citations[0].section.endswith(FRIEND_SECTION) and answer.citations[0].year == 2023


def test_the_model_streams_checked_sentences_then_one_checked_answer(library) -> None:
    reply = "市外办 新建友城5个， 其中 县级友城3个[1]。 全年 持续推进。"
    items = list(_chain(library, reply).stream("市外办新建了几个友城？", phrase=True))
    assert len(items) == 3 and isinstance(items[-1], Answer)
    assert items[:2] == ["市外办 新建友城5个， 其中 县级友城3个[1]。", " 全年 持续推进。"]
    answer = items[-1]
    assert answer.route == "llm" and answer.count("unverified") == 0
    assert [(c.text, c.status) for c in answer.checks if c.kind == "figure"] == [("5个", "verified"), ("3个", "verified")]
    assert answer.citations[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。"


def test_a_wrong_figure_never_streams_unchecked(library) -> None:
    items = list(_chain(library, "新建友城6个。 另签订 友好协议9份。").stream("市外办新建了几个友城？", phrase=True))
    shown = [i for i in items if isinstance(i, str)]
    assert shown[0] == "新建友城5个。" and not any("6个" in piece for piece in shown)
    assert f"友好协议9份{UNVERIFIED_MARK}" in shown[1]


def test_a_question_behind_a_busy_model_is_told_it_queues(library) -> None:
    chain = _chain(library, "另一个 问题的 回答。", "新建友城5个[1]。")
    busy = stream_text(chain.llm, [HumanMessage(content="另一个问题")])
    next(busy)  # a generation under way (suspended mid-answer)
    items = list(chain.stream("市外办新建了几个友城？", phrase=True))
    assert isinstance(items[0], Status) and "前面还有 1 个" in items[0].text
    assert isinstance(items[-1], Answer) and items[-1].text == "新建友城5个[1]。"
    list(busy)
    assert queued_ahead(chain.llm) == 0
    assert not any(isinstance(i, Status) for i in chain.stream("市外办新建了几个友城？"))


def test_a_wrong_figure_is_corrected_from_the_source(library) -> None:
    answer = _chain(library, "新建友城6个[1]。").ask("市外办新建了几个友城？", phrase=True)
    assert answer.text == "新建友城5个[1]。"
    assert [(c.text, c.status, c.corrected_to) for c in answer.checks] == [("6个", "corrected", "5个")]


def test_figures_and_names_found_nowhere_are_flagged_not_shown_as_fact(library) -> None:
    answer = _chain(library, "新建友城5个，另与日本大阪市签订友好协议9份。").ask("市外办新建了几个友城？", phrase=True)
    assert f"9份{UNVERIFIED_MARK}" in answer.text and f"日本{UNVERIFIED_MARK}" in answer.text
    assert answer.count("unverified") == 3 and answer.count("verified") == 1


def test_citations_come_from_the_passages_not_the_model(library) -> None:
    answer = _chain(library, "新建友城5个[7]。").ask("市外办新建了几个友城？", phrase=True)
    assert all(c.n <= 4 for c in answer.citations)
    assert any("新建友城5个" in c.quote for c in answer.citations)


def test_weak_evidence_is_not_found_without_asking_the_model(library) -> None:
    answer = _chain(library).ask("市外办今年的财政预算是多少？")
    assert not answer.found and answer.route == "not_found" and answer.citations == []
    assert answer.text.startswith("资料中未找到") and "财政预算" in answer.text
    assert answer.closest and all(c.quote for c in answer.closest)


def test_a_year_the_library_does_not_cover_is_said_so(library) -> None:
    answer = _chain(library).ask("2022年新建了几个友城？")
    assert not answer.found and "2022年" in answer.text and "没有" in answer.text
    filtered = _chain(library).ask("新建了几个友城？", where=SearchFilter(2019, 2019))
    assert not filtered.found and "2019年" in filtered.text


def test_the_models_not_found_is_kept_with_the_closest_passages(library) -> None:
    answer = _chain(library, "资料中未找到相关内容。").ask("市外办有几名党员？", phrase=True)
    assert not answer.found and answer.route == "not_found" and len(answer.closest) == 3
    assert answer.model_text == "资料中未找到相关内容。"  # the model was asked and said so (no passage states it)


def test_a_total_is_counted_from_the_ledger_with_each_row_cited(library) -> None:
    answer = _chain(library).ask("一共新建了几个友城？")
    assert answer.route == "ledger" and "合计：5个" in answer.text
    assert answer.citations[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。"


def test_events_of_a_year_are_counted_across_sentences_and_a_cumulative_figure_is_not_added(library) -> None:
    answer = _chain(library).ask("2023年开展了几次培训？")
    assert answer.route == "ledger" and "合计：5次" in answer.text
    assert "16次（累计数，未计入合计）" in answer.text and len(answer.citations) == 2


def test_a_list_comes_from_the_names_in_the_ledger(library) -> None:
    answer = _chain(library).ask("列出所有新结好的城市")
    assert answer.route == "ledger"
    for city in ("诺林市", "罗索市", "亚里士多德市"):
        assert city in answer.text
    assert "托克马克市" not in answer.text  # a 尼山书屋 was built there, no friendship signed
    assert len(answer.citations) == 2  # one per sentence, not one per city


def test_a_follow_up_is_asked_as_a_standalone_question(library) -> None:
    conversation = Conversation(_chain(library), turns=2)
    for question in ("市外办新建了几个友城？", "那县级的呢？"):
        final = [i for i in conversation.stream(question) if isinstance(i, Answer)][-1]
    assert final.standalone == "市外办新建了几个县级友城？"
    assert "县级友城3个" in final.text
    assert conversation.history == ["市外办新建了几个友城？", "市外办新建了几个县级友城？"]
    assert last_standalone(["2023年开展了几次培训？", "2024年呢？"], 4) == "2024年开展了几次培训？"


@pytest.mark.parametrize("question, message", [("   ", "问题不能为空"), ("友城" * 600, "问题过长")])
def test_bad_questions_are_refused(library, question: str, message: str) -> None:
    with pytest.raises(QuestionError, match=message):
        _chain(library).ask(question)


def test_json_shape(library) -> None:
    data = _chain(library).ask("市外办新建了几个友城？").as_json()
    assert {"answer", "found", "route", "citations", "closest", "checks", "check_counts"} <= set(data)
    assert {"doc", "year", "section", "quote", "chunk_id"} <= set(data["citations"][0])


def test_an_invented_figure_that_is_the_whole_answer_becomes_not_found(library) -> None:
    answer = _chain(library, "尼山书屋新建了47座。").ask("尼山书屋新建了多少座？", phrase=True)
    assert not answer.found and answer.route == "not_found" and "47座" in answer.text
    assert answer.closest and answer.model_text == "尼山书屋新建了47座。"


def test_a_figure_of_something_no_passage_counts_is_not_found_before_the_model_is_asked(library) -> None:
    answer = _chain(library, "尼山书屋一共藏书100册。").ask("尼山书屋藏书多少册？", phrase=True)
    assert not answer.found and "藏书" in answer.text and "100册" not in answer.text and not answer.model_text


def test_an_invented_person_is_no_answer(library) -> None:
    answer = _chain(library, "市外办主任叫王明。").ask("市外办主任叫什么名字？", phrase=True)
    assert not answer.found and "王明" in answer.text
    named = _chain(library, "山东师范大学徐彬教授。").ask("谁给全市翻译人才做了专题讲座？", phrase=True)
    assert named.found and any(c.text == "徐彬" and c.status == "verified" for c in named.checks)


def test_an_answer_that_repeats_the_instructions_is_withheld(library) -> None:
    from prompts import read_prompt

    leaked = "好的。" + read_prompt("answer.system")[:60] + "。"
    items = list(_chain(library, leaked).stream("市外办新建了几个友城？", phrase=True))
    answer = items[-1]
    assert isinstance(answer, Answer) and "公文助手" not in answer.text
    assert not any(isinstance(i, str) and "公文助手" in i for i in items)  # not even while streaming
    # what is shown instead is the passages' own sentence, quoted, or not found
    assert not answer.found or (answer.route == "extractive" and answer.text.startswith("资料中的相关原文如下"))


def test_a_question_in_english_is_asked_for_in_chinese_with_the_closest_passages(library) -> None:
    answer = _chain(library).ask("How many sister cities were newly established?")
    assert not answer.found and answer.text.startswith("请用中文提问") and answer.closest


def test_a_not_found_from_the_model_gives_way_to_the_sentence_that_states_the_figure(library) -> None:
    items = list(_chain(library, "资料中未找到相关内容。").stream("市外办新建了几个友城？", phrase=True))
    answer = items[-1]
    assert isinstance(answer, Answer) and answer.found and answer.route == "extractive"
    assert answer.text.startswith("资料中的相关原文如下：") and "新建友城5个" in answer.text
    assert not any(isinstance(i, str) and "未找到" in i for i in items)  # the model's not-found never showed
    assert answer.citations and answer.count("unverified") == 0


def test_a_what_or_where_question_is_answered_by_quoting_the_sentences_that_hold_it(library) -> None:
    answer = _chain(library).ask("尼山书屋建在了哪里？")
    assert answer.found and answer.route == "extractive" and answer.text.startswith("据2023年《")
    assert "托克马克" in answer.text or "塔甘罗格" in answer.text
    assert answer.citations[0].quote in answer.text and "三是" not in answer.text  # the point, not the next


def test_a_quote_must_name_the_place_the_question_names(library) -> None:
    answer = _chain(library, "资料中未找到相关内容。").ask("济宁与日本哪个城市结为友城？")
    assert not answer.found and answer.route == "not_found"


def test_a_model_that_only_restates_the_question_gives_no_answer(library) -> None:
    answer = _chain(library, "市外办优化友城布局的做法是：[1]").ask("市外办是如何优化友城布局的？", phrase=True)
    assert "做法是" not in answer.text  # the restatement is never shown
    # the passage's own sentence saying most of the question is quoted instead, cited
    assert answer.found and answer.route == "extractive" and answer.text.startswith("资料中的相关原文如下：")
    assert "优化布局" in answer.text and answer.citations
    unrelated = _chain(library, "市外办接待外宾的做法是：[1]").ask("市外办是如何管理出租车的？", phrase=True)
    assert not unrelated.found and unrelated.route == "not_found" and "做法是" not in unrelated.text


def test_a_question_of_two_parts_is_answered_part_by_part_with_citations_numbered_on(library) -> None:
    items = list(_chain(library).stream("市外办新建了几个友城？2023年开展了几次培训？"))
    shown, answer = [i for i in items if isinstance(i, str)], items[-1]
    assert len(shown) == 2 and shown[0].startswith("（一）市外办新建了几个友城？\n新建友城5个")
    assert isinstance(answer, Answer) and answer.found and answer.route == "extractive"
    assert "（二）2023年开展了几次培训？" in answer.text and "合计：5次" in answer.text
    assert [c.n for c in answer.citations] == [1, 2, 3]
    assert "[1]" in shown[0] and "[2]" in answer.text.split("（二）")[1]


def test_the_models_summary_of_a_what_question_streams_below_the_evidence_shown_first(library) -> None:
    items = list(_chain(library, "市外办组织召开了专题述法会议[1]。").stream("市外办在对外宣传上存在什么问题？", phrase=True))
    shown = [i for i in items if isinstance(i, str)]
    lines = shown[0].strip().split("\n")
    assert lines[0] == "资料原文：" and lines[1].startswith("1. 据2023年《")
    assert all(line.startswith(f"{n}. 据") and line.endswith(f"[{n}]。") for n, line in enumerate(lines[1:], 1))
    assert shown[1].startswith("\n综合以上原文：市外办组织召开了专题述法会议[1]")
    answer = items[-1]
    assert isinstance(answer, Answer) and answer.route == "llm" and answer.found
    assert answer.text.startswith(shown[0]) and "综合以上原文：市外办组织召开了专题述法会议[1]。" in answer.text
    assert [c.n for c in answer.citations] == sorted({c.n for c in answer.citations}) and answer.citations[0].n == 1
    figure = list(_chain(library, "新建友城5个[1]。").stream("市外办新建了几个友城？", phrase=True))
    assert not any("资料原文" in i for i in figure if isinstance(i, str))  # a figure keeps its short answer


def test_a_short_figure_from_the_model_is_shown_with_the_clause_that_states_it(library) -> None:
    answer = _chain(library, "5个[1]。").ask("市外办新建了几个友城？", phrase=True)
    assert answer.route == "llm" and answer.text == "5个[1]。\n原文：新建友城5个（其中县级友城3个）[1]。"
    assert [c.n for c in answer.citations] == [1]
    said = _chain(library, "市外办新建友城5个[1]。").ask("市外办新建了几个友城？", phrase=True)
    assert said.text == "市外办新建友城5个[1]。"  # the model's answer says the clause already

"""A year's second half, which no report states, computed from the year's total and its first half (a real
library with the hash embedding; any call of the model fails these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.ask.chain import AskChain
from ingest.pipeline import ingest_paths
from tests.conftest import hash_library

YEAR = """南岭市人民政府外事办公室2019年工作总结

一、2019年工作完成情况
（一）外事接待
全年共接待外国来访团组141个、1210人次，外事活动安全有序。
（二）因公出访
审核报批因公出访团组35批次。
"""
HALF = """南岭市人民政府外事办公室2019年上半年工作总结

一、上半年工作完成情况
（一）外事接待
上半年共接待外国来访团组63个、548人次。
（二）因公出访
审核报批因公出访团组12批次。
"""


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> AskChain:
    folder = tmp_path_factory.mktemp("half")
    (folder / "2019_南岭市外办工作总结.txt").write_text(YEAR, encoding="utf-8")
    (folder / "2019_南岭市外办上半年工作总结.txt").write_text(HALF, encoding="utf-8")
    library = hash_library(Path(tmp_path_factory.mktemp("lib")))
    ingest_paths([folder], library)
    return AskChain(library, GenericFakeChatModel(messages=iter([])))


def test_the_second_half_is_the_year_less_its_first_half(chain: AskChain) -> None:
    answer = chain.ask("2019年上半年接待外国来访团组多少个，下半年又接待了多少个")
    assert answer.found
    assert "63个" in answer.text and "141个" in answer.text
    assert "即78个（按以上两数计算）" in answer.text
    assert {Path(c.source).name for c in answer.citations} == {"2019_南岭市外办上半年工作总结.txt", "2019_南岭市外办工作总结.txt"}


def test_the_second_half_asked_alone_is_computed_too(chain: AskChain) -> None:
    answer = chain.ask("2019年下半年接待外国来访团组多少个")
    assert answer.found
    assert "上半年：" in answer.text and "63个" in answer.text and "141个" in answer.text
    assert "即78个（按以上两数计算）" in answer.text
    assert len(answer.citations) == 2


def test_a_second_half_after_two_parts_compared_is_asked_alone() -> None:
    from assistant.ask.parts import question_parts

    parts = question_parts("2023年全年和上半年各接待了多少个外宾团组，下半年接待了多少")
    assert [p.question for p in parts] == ["2023年全年和上半年各接待了多少个外宾团组？", "2023年下半年接待了多少个外宾团组？"]

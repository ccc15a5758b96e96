"""Yearly reports of one office in a real library (hash embedding, real Chroma and SQLite): comparisons
answered year by year, post holders of the asked year, and a year the library lacks said so, never
answered from another year's report (any call of the model fails these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

from assistant.ask.chain import AskChain
from ingest.pipeline import ingest_paths
from tests.conftest import hash_library

REPORT = """南岭市人民政府外事办公室{year}年工作总结

一、{year}年工作完成情况
（一）外事接待
全年共接待外国来访团组{visits}个、{people}人次，外事活动安全有序。
（二）因公出访
审核报批因公出访团组{trips}批次。
（三）自身建设
办党组书记、主任{head}同志带头讲党课。

二、下一年工作打算
继续做好外事接待和因公出访管理工作。
"""
FIGURES = {2019: (47, 388, 21), 2021: (53, 402, 4), 2022: (61, 475, 9)}
HEADS = {2019: "林国平", 2021: "林国平", 2022: "苏明远"}


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> AskChain:
    folder = tmp_path_factory.mktemp("nanling")
    for year, (visits, people, trips) in FIGURES.items():
        text = REPORT.format(year=year, visits=visits, people=people, trips=trips, head=HEADS[year])
        (folder / f"{year}_南岭市外办工作总结.txt").write_text(text, encoding="utf-8")
    library = hash_library(Path(tmp_path_factory.mktemp("lib")))
    ingest_paths([folder], library)
    return AskChain(library, GenericFakeChatModel(messages=iter([])))  # any call of the model fails the test


def test_each_year_is_answered_and_cited_and_the_change_computed(chain: AskChain) -> None:
    answer = chain.ask("南岭市外办2021年和2022年接待外国来访团组分别是多少个？")
    lines = answer.text.split("\n")
    assert lines[0].startswith("2021年：") and "53个" in lines[0] and "[1]" in lines[0]
    assert lines[1].startswith("2022年：") and "61个" in lines[1] and "[2]" in lines[1]
    assert lines[2] == "2022年比2021年增加8个（按以上两数计算）。"
    assert [c.year for c in answer.citations] == [2021, 2022]


def test_a_year_the_library_lacks_is_said_to_be_missing_beside_the_year_it_holds(chain: AskChain) -> None:
    answer = chain.ask("2018年和2021年南岭市外办各审核报批因公出访团组多少批次？")
    lines = answer.text.split("\n")
    assert lines[0].startswith("2018年：资料中未找到") and "批次" not in lines[0]
    assert lines[1].startswith("2021年：") and "4批次" in lines[1] and "[1]" in lines[1]
    assert len(lines) == 2 and [c.year for c in answer.citations] == [2021]


def test_the_post_holder_is_named_by_the_asked_years_report(chain: AskChain) -> None:
    answer = chain.ask("2022年南岭市外办的一把手是谁？")
    assert answer.text.startswith("苏明远（") and answer.citations[0].year == 2022
    assert chain.ask("2021年南岭市外办主任是谁？").text.startswith("林国平（")


def test_a_year_without_its_report_gets_no_other_years_holder(chain: AskChain) -> None:
    answer = chain.ask("2020年南岭市外办主任是谁？")
    assert not answer.found and "2020年" in answer.text

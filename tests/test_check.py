"""Check over the example library (real Chroma, the real ledger and keyword index, a hash embedding)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.check.claims import claims_of, similarity
from assistant.check.copied import copied_passages
from assistant.check.report import check_text
from assistant.check.verdicts import internal_findings
from assistant.cli import app
from assistant.settings import Settings
from ingest.document import Chunk

DRAFT = """关于2024年外事工作的总结
一是优化布局，2023年新建友城6个（其中县级友城3个）。
二是2024年新结好友城2个，举办友城论坛1次。
2023年12月20日，市委外事工作委员会召开第三次全体会议，审议通过有关文件。
三是强化干部学习培训，2023年以来累计开展专题培训16次。
争取省委外办支持，分别促成任城区与多米尼克圣约瑟夫区、兖州区与乌兹别克斯坦乌切塔帕区建立友好合作关系。
"""


@pytest.fixture(scope="module")
def library(fake_library):
    """Checking reads the ledger and the keyword index; the hash embedding stands in for e5 (the CLI test
    and tests/test_llm_e2e.py run it with the real model)."""
    return fake_library


def _verdicts(report) -> dict[str, str]:
    return {f.claim: f.verdict for f in report.findings}


def test_a_changed_figure_and_a_changed_date_contradict_earlier_reports(library) -> None:
    report = check_text(DRAFT, library, 2024)
    verdicts = _verdicts(report)
    assert verdicts["6个"] == "contradicts" and verdicts["2023年12月20日"] == "contradicts"
    six = next(f for f in report.findings if f.claim == "6个")
    assert six.evidence[0].quote == "一是优化布局，新建友城5个（其中县级友城3个）。" and six.evidence[0].year == 2023
    assert "5个" in six.explanation and six.evidence[0].section.endswith("9.友好城市工作不聚焦问题的整改进展情况")


def test_same_figures_are_consistent_and_a_new_period_is_new_not_a_contradiction(library) -> None:
    verdicts = _verdicts(check_text(DRAFT, library, 2024))
    assert verdicts["3个"] == "consistent" and verdicts["16次"] == "consistent"  # 累计 compared as 累计
    assert verdicts["2个"] == "new" and verdicts["1次"] == "new"


def test_wording_differences_still_match_the_subject(library) -> None:
    report = check_text("2023年新结好友城5个。2023年建立友好城市关系7个。", library, 2023)
    assert [(f.claim, f.verdict) for f in report.findings] == [("7个", "contradicts"), ("7个", "internal"),
                                                                ("5个", "consistent")]


def test_only_the_chosen_reports_are_compared_with(library) -> None:
    from vectorstore.filters import SearchFilter

    report = check_text(DRAFT, library, 2024, against=SearchFilter(year_from=2024))
    assert {f.verdict for f in report.findings} == {"new"}


def test_a_copied_passage_is_found_with_its_source(library) -> None:
    copied = [f for f in check_text(DRAFT, library, 2024).findings if f.verdict == "copied"]
    assert len(copied) == 1 and "乌兹别克斯坦" in copied[0].claim
    assert copied[0].evidence[0].quote.startswith("争取省委外办支持，分别促成任城区")


def test_a_report_already_in_the_library_is_not_checked_against_itself(library) -> None:
    text = (Path(__file__).parent.parent / "examples/reports/2023_济宁市外办党组_巡察整改进展情况通报.txt").read_text(
        encoding="utf-8")
    report = check_text(text, library, 2023)
    summary = report.summary()
    assert summary["contradicts"] == 0 and summary["copied"] == 0
    assert all("巡察整改" not in e.doc for f in report.findings for e in f.evidence)


def test_the_draft_against_itself() -> None:
    findings = internal_findings(claims_of("新建友城3个（其中县级友城4个）。下半年，新建友城5个。", 2024))
    assert [f.claim for f in findings] == ["3个", "5个"]
    assert "合计大于总数" in findings[0].explanation and "前文写“3个”" in findings[1].explanation


def test_subjects_are_compared_with_synonyms_and_without_years() -> None:
    a, b, c = (claims_of(t, 2023)[0] for t in ("新结好友城5个", "2023年建立友好城市关系5个", "开展培训5次"))
    assert a.subject == "新建友城" and similarity(a, b) == 1.0 and similarity(a, c) == 0.0


def test_copies_are_found_across_punctuation_and_kept_once() -> None:
    chunk = Chunk("c", "d", 0, "二是加强交流，组织友城代表团互访，推动务实合作取得新成效。", ("一、",), "T", "s", 2023)
    draft = "我们二是加强交流：组织友城代表团互访；推动务实合作取得新成效！另外"
    copies = copied_passages(draft, [chunk, chunk], min_chars=20)
    assert len(copies) == 1 and copies[0].length == 26
    assert draft[copies[0].draft_start:copies[0].draft_end] == "二是加强交流：组织友城代表团互访；推动务实合作取得新成效"
    assert copied_passages("完全不同的一句话，没有任何重复的内容在这里出现了吧", [chunk]) == []


def test_cli_check_json(example_library: Settings, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(DRAFT.encode("gbk"))
    result = CliRunner().invoke(app, ["--home", str(example_library.home), "--models-dir", str(example_library.models_path),
                                      "check", str(draft), "--year", "2024", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{"):])
    finding = next(f for f in data["findings"] if f["claim"] == "6个")
    assert finding["verdict"] == "contradicts" and set(finding) == {"claim", "verdict", "draft_sentence", "evidence",
                                                                    "explanation", "aligned_sentence", "differences"}
    assert set(finding["evidence"][0]) == {"doc", "year", "section", "quote"}
    # the earlier sentence the draft's restates, and what differs between the two, with offsets in each
    assert finding["aligned_sentence"]["quote"] == "一是优化布局，新建友城5个（其中县级友城3个）。"
    [difference] = finding["differences"]
    assert difference["kind"] == "figure" and difference["draft"] == "6个" and difference["earlier"] == "5个"
    start, end = difference["earlier_span"]
    assert finding["aligned_sentence"]["quote"][start:end] == "5个"


def test_the_check_benchmark_alters_one_figure_and_paraphrases_faithfully(library) -> None:
    import random

    from benchmarks.check_eval import altered, build_cases, paraphrased, rates, run_rules

    rows = library.ledger.mentioning(("figure",), ["新建友城5个"])
    row = next(r for r in rows if r.fact.text == "5个")
    change = altered(row, random.Random(1))
    assert change and change.sentence != row.fact.sentence and change.claim != "5个"
    same = paraphrased(row)
    assert same and "五个" in same.sentence and same.claim == "五个"
    cases = build_cases(library.ledger.mentioning(("figure", "date"), [], limit=100_000), 5)
    assert {c.kind for c in cases} == {"altered", "unchanged", "paraphrased"}
    measured = rates(run_rules(library, cases, lambda: None))
    assert measured["false contradicts, unchanged"] == 0.0 and measured["recall (flagged)"] >= 0.8


NAMES_DRAFT = """2023年11月济宁市与乌兹别克斯坦诺林市、多米尼克圣约瑟夫市新建友城，市主要领导会见诺林市市长并签约。
一是制定并印发《济宁市外事工作2024—2025年发展规划》。
与日本足利市举办线上视频会，推进开展医药、教育、企业等方面交流合作。
"""


def test_a_changed_partner_city_contradicts_and_a_similar_sentence_of_another_year_needs_checking(library) -> None:
    report = check_text(NAMES_DRAFT, library, 2024)
    found = {f.claim: f for f in report.findings if f.verdict != "copied"}
    changed = found["圣约瑟夫市"]
    assert changed.verdict == "contradicts" and "罗索市" in changed.explanation
    assert changed.evidence[0].quote.startswith("2023年11月济宁市与乌兹别克斯坦诺林市、多米尼克罗索市")
    assert found["诺林市"].verdict == "consistent" and found["乌兹别克斯坦"].verdict == "consistent"
    assert found["足利市"].verdict == "uncertain" and "春田市" in found["足利市"].explanation  # 2024 vs 2023
    title = found["《济宁市外事工作2024—2025年发展规划》"]
    assert title.verdict == "uncertain" and "2035年远景目标" in title.explanation
    assert sum(f.claim == "济宁市" for f in report.findings) == 1  # a known name is reported once


def test_people_are_read_with_their_posts_and_a_changed_post_needs_checking() -> None:
    from assistant.check.names import judge_names
    from ingest.nlp.names import people_with_posts

    assert [(n.text, n.post) for n in people_with_posts("市长张伟会见代表团，李明副市长陪同。")] == [
        ("张伟", "市长"), ("李明", "副市长")]
    earlier = Chunk("c", "d", 0, "2023年3月，副市长张伟会见俄罗斯代表团。", ("一、",), "2023年工作总结", "s", 2023)
    claims = claims_of("2024年5月，市长张伟会见日本代表团。王芳主任出席。", 2024)
    findings = {f.claim: f for f in judge_names(claims, [], [earlier])}
    assert findings["张伟"].verdict == "uncertain" and "副市长" in findings["张伟"].explanation
    assert findings["张伟"].evidence[0].doc == "2023年工作总结" and findings["王芳"].verdict == "new"


def test_figures_are_compared_at_scale() -> None:
    from assistant.check.verdicts import same_value

    a, b = (claims_of(t, 2020)[0] for t in ("专项资金给予不超过十万元奖补。", "专项资金给予不超过10万元奖补。"))
    assert same_value(a, b) and not same_value(a, claims_of("专项资金给予不超过20万元奖补。", 2020)[0])


def test_wordings_learned_from_the_library_match_but_never_contradict_alone() -> None:
    from assistant.check.learned import learn_synonyms, related
    from assistant.check.verdicts import judge, known_facts
    from ingest.facts import sentence_facts
    from vectorstore.ledger import LedgerRow

    reports = [("A", 2023, "2023年新建友城5个。"), ("B", 2023, "2023年签约友好城市5个。"),
               ("C", 2024, "2024年签约友好城市3个。"), ("D", 2023, "2023年举办友城论坛5次。")]
    known = known_facts([LedgerRow(f, doc, year, doc) for doc, year, text in reports
                         for f in sentence_facts(text, year) if f.kind == "figure"])
    learned = learn_synonyms(known)
    assert learned == {"新建友城": {"签约友城"}, "签约友城": {"新建友城"}}  # 5次 is another unit, D is not paired

    def verdict(text: str, with_learned: bool = True) -> str:
        widen = (lambda c, found: related(c, known, found, learned)) if with_learned else None
        return judge(claims_of(text, 2024)[0], known, widen).verdict

    assert verdict("2024年新建友城3个。") == "consistent" and verdict("2024年新建友城3个。", False) == "new"
    assert verdict("2024年新建友城2个。") == "uncertain"  # 2024's report says 签约友好城市3个: worth checking
    assert verdict("2023年新建友城6个。") == "contradicts"  # from A itself, as before


def test_a_title_naming_another_year_than_the_one_checked_for_contradicts(library) -> None:
    title = "市外办2022年工作总结\n全年接待来访团组12批。"

    def years(year: int | None) -> list:
        return [f for f in check_text(title, library, year).findings if f.claim == "2022年"]

    found = years(2024)
    assert [f.verdict for f in found] == ["contradicts"] and "2024年" in found[0].explanation
    assert years(2022) == [] and years(None) == []


def test_a_heading_naming_another_year_for_the_years_work_or_its_plans_contradicts() -> None:
    """A yearly report's part on its work names its own year; its part on plans that year or the next."""
    from assistant.check.report import heading_years

    draft = ("锦水市外办2020年工作情况和2022年工作思路\n一、2021年工作开展情况\n全年接待来访团组12批。\n"
             "二、2019年工作回顾\n第三部分　2021年工作安排\n关于2018年的工作考虑\n2016-2020年工作情况")
    found = heading_years(draft, 2020)
    assert [f.claim for f in found] == ["2022年", "2021年", "2019年", "2018年"]
    assert all(f.verdict == "contradicts" for f in found) and "2020年或2021年" in found[0].explanation
    assert draft.splitlines()[1][found[1].at[0]:found[1].at[1]] == "2021年"
    assert heading_years(draft, None) == []
    # the report's own year, its plans for the next year, a plan of its own year, a sentence: nothing
    assert heading_years("市外办2020年工作总结\n一、2020年工作完成情况\n二、2021年工作安排\n2020年工作要点", 2020) == []
    assert heading_years("2021年，全市外事工作取得新进展。2019年工作情况良好。", 2020) == []


def _claim(text: str, value: float, subject: str, period: int, status: str = "", cumulative: bool = False):
    from assistant.check.claims import Claim
    from ingest.facts import Fact

    fact = Fact("figure", text, str(value), value, text[-1], subject, "", "", status, f"{subject}{text}。", "", "")
    return Claim(fact, fact.sentence, period, cumulative, False)


def test_needs_checking_says_in_one_line_why_it_is_not_a_contradiction() -> None:
    from assistant.check.verdicts import Known, judge, why_uncertain
    from vectorstore.ledger import LedgerRow

    def known(claim) -> Known:
        return Known(LedgerRow(claim.fact, "d1", claim.period, "2023年工作总结"), claim)

    draft = _claim("12批", 12, "接待来访团组", 2023)
    assert "累计" in why_uncertain(draft, [known(_claim("40批", 40, "接待来访团组", 2023, cumulative=True))])
    assert "计划" in why_uncertain(draft, [known(_claim("15批", 15, "接待来访团组", 2023, status="计划"))])
    finding = judge(draft, [known(_claim("40批", 40, "接待来访团组", 2023, cumulative=True))])
    assert finding.verdict == "uncertain"
    assert finding.explanation == ("“12批”与此前相近事项“40批”（2023年《2023年工作总结》）不同；"
                                   "未判为矛盾，因为一个是累计数、一个是当期数，请核对")
    assert judge(draft, [known(_claim("15批", 15, "接待来访团组", 2023))]).verdict == "contradicts"


def test_checking_is_prepared_in_the_background_so_the_first_draft_reuses_what_it_read(library, tmp_path) -> None:
    from assistant.check import align
    from assistant.check.report import prepare
    from assistant.web.services import Services

    align._INDEX.clear()
    prepare(library)
    built = dict(align._INDEX)
    assert [tuple(sorted(key)) for key in built] == [tuple(sorted(c.chunk_id for c in library.stored_chunks()))]
    align._INDEX.clear()
    services = Services(Settings(home=tmp_path))
    services.__dict__["library"] = library  # the example library, opened once for the session
    services.prepare_check().join()  # another thread than the library was opened in
    [(key, prepared)] = align._INDEX.items()
    assert key in built and prepared is not built[key]
    check_text(DRAFT, library, 2024)
    assert align._INDEX[key] is prepared  # the check used the sentences prepared in the background


def test_a_draft_whose_title_names_its_office_is_not_checked_against_other_offices_reports() -> None:
    from assistant.check.report import other_offices
    from vectorstore.registry import DocumentRow

    def doc(doc_id: str, title: str) -> DocumentRow:
        return DocumentRow(doc_id, f"{doc_id}.txt", title, "", None, 2020, "总结", doc_id, 1, 1, "e5", "")

    documents = [doc("a", "枫林市外办2019年工作总结"), doc("b", "桐川市外办2019年工作总结"), doc("c", "关于巡察整改的通报")]
    assert other_offices("枫林市外办2020年工作总结\n全年接待来访团组12批。", documents) == {"b"}
    assert other_offices("全年接待来访团组12批。", documents) == set()  # no title: every report is compared

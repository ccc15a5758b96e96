"""The independent draft grader of the drafting split (benchmarks/draft_grade.py), on strings of its own."""

from __future__ import annotations

from benchmarks.draft_grade import Library, grade
from benchmarks.draft_split import numbered_clauses, top_sections

LIBRARY = Library({f"r{i}.txt": "全年接待外国来访团组20批。坚持务实合作，深化友城交流。" for i in range(4)}
                  | {"a.txt": "9月，举办第五届国际友城论坛，12个国家的代表参会。"})


def test_unsupported_specifics_are_counted_unless_marked_or_supported() -> None:
    draft = ("（二）友城工作\n一是新建友城2个，举办友城论坛，15个国家的代表参会。"
             "二是推动“一带一路”倡议，开展文化活动，与法国签署协议。三是坚持务实合作。")
    graded = grade(draft, "（二）友城工作", ["新建友城2个", "举办友城论坛"], ["9月，举办第五届国际友城论坛。"], 100,
                   LIBRARY)
    found = {(c.kind, c.text) for c in graded.specific}
    assert {("number", "15"), ("quoted", "一带一路"), ("name", "法国")} <= found
    assert ("number", "2") not in found and not any(c.text == "友城论坛" for c in graded.specific)
    marked = grade(draft.replace("15个国家", "15个【待核实】国家"), "（二）友城工作", ["新建友城2个"], [], 100, LIBRARY)
    assert not any(c.text == "15" for c in marked.specific) and marked.marked >= 1


def test_placeholders_length_kept_figures_and_copied_sentences() -> None:
    graded = grade("（一）甲\n与XX市签署协议。全年接待外国来访团组20批。", "（一）甲", ["签署协议3份"], [], 20, LIBRARY)
    assert graded.placeholders == ("XX",) and graded.kept == 0.0
    assert graded.copied == 0.5 and 0.7 <= graded.length_ratio <= 1.3 and graded.length_ok
    own = grade("（一）甲\n全年接待外国来访团组20批。", "（一）甲", ["全年接待外国来访团组20批"], [], 20, LIBRARY)
    assert own.copied == 0.0  # the writer's own words are not copied from a report


def test_sections_and_their_numbered_clauses_are_cut_by_the_benchmarks_own_patterns() -> None:
    text = "一、服务开放\n（一）班列。全年开行班列768列，货值205.6亿元。\n（二）展会。\n第二部分 2026年工作打算\n一、继续推进"
    sections = top_sections(text)
    assert sections[0][0] == "一、服务开放" and len(sections) == 2
    assert numbered_clauses(sections[0][1]) == ("全年开行班列768列", "货值205.6亿元")


def test_a_case_sees_neither_its_held_out_report_nor_another_librarys() -> None:
    from types import SimpleNamespace

    from benchmarks.draft_split import Case, hidden_for

    case = Case("x", "multiyear", "工作总结", "一、甲", (), 300, 2024, source="/a/frozen/multiyear/reports/2024_r.txt")
    hidden = hidden_for(case)
    assert hidden(SimpleNamespace(source="/b/frozen/multiyear/reports/2024_r.txt"))  # the held-out report
    assert hidden(SimpleNamespace(source="/b/frozen/second/reports/2020_s.txt"))  # another library
    assert not hidden(SimpleNamespace(source="/b/frozen/multiyear/reports/2023_r.txt"))

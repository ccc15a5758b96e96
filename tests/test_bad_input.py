"""Whatever is on a staff member's disk: the loaders refuse junk with a Chinese LoadError (never another
exception), and the outline, fact and claim parsers accept any text (property-based, hypothesis)."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.ask.chain import MAX_QUESTION_CHARS, _checked
from assistant.check.claims import claims_of
from ingest.chunking import chunk_document
from ingest.errors import LoadError, QuestionError
from ingest.facts import extract_facts, sentence_facts
from ingest.loaders import SUPPORTED_SUFFIXES, load_text
from ingest.nlp.clean import clean_text
from ingest.outline import parse_outline
from ingest.reader import read_report
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT

REPORT_TEXT = FRIEND_CITY_REPORT.read_text(encoding="utf-8")
# Characters of the genre: the report's own, numerals, ordinals, brackets and odd whitespace.
ALPHABET = st.sampled_from(sorted(set(REPORT_TEXT) | set("0123456789０１２３一二三四五六七八九十百千万亿（）()《》、．.%％\t\r\n \u3000\ufeff")))
GENRE_TEXT = st.text(ALPHABET, max_size=400)
QUICK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(GENRE_TEXT)
def test_the_outline_and_fact_parsers_accept_any_text(text: str) -> None:
    cleaned = clean_text(text)
    outline = parse_outline(cleaned)
    for paragraph in outline.paragraphs:
        assert paragraph.text in cleaned
    for sentence in cleaned.splitlines():
        for fact in sentence_facts(sentence, 2023):
            assert fact.text and fact.kind
    claims_of(cleaned, 2024)


@QUICK
@given(st.text(max_size=300))
def test_any_unicode_at_all_is_parsed_without_error(text: str) -> None:
    cleaned = clean_text(text)
    parse_outline(cleaned)
    claims_of(cleaned, None)


@QUICK
@given(st.lists(st.sampled_from(REPORT_TEXT.splitlines()), min_size=1, max_size=30))
def test_shuffled_report_lines_still_chunk_into_the_document(lines: list[str]) -> None:
    """Documents full of the same heading, headings out of order: chunks hold the text, nothing is lost."""
    from ingest.document import Document

    text = clean_text("\n".join(lines))
    outline = parse_outline(text)
    doc = Document("d", outline.title or "t", "s", text, 2023)
    chunks = chunk_document(doc, outline.paragraphs)
    extract_facts(chunks)
    body = "".join(c.text for c in chunks).replace("\n", "")
    assert all(p.text.replace("\n", "") in body for p in outline.paragraphs if p.text.strip())


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_random_bytes_under_any_name_give_text_or_a_load_error(data: bytes, suffix: str, tmp_path_factory) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"junk{suffix}"
    path.write_bytes(data)
    try:
        assert isinstance(load_text(path), str)
    except LoadError as exc:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(exc))  # a Chinese message for the user


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("关于2024年友城工作的总结")
    document.add_paragraph("一是新建友城2个。" * 50)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.9, 0.99])
def test_a_truncated_docx_is_refused_as_corrupt(tmp_path: Path, cut: float) -> None:
    data = _docx_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(LoadError, match="损坏"):
        load_text(path)


def test_a_zip_bomb_named_docx_is_refused_without_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(600):  # 600 MB of zeros, ~600 KB on disk
                member.write(chunk)
    assert path.stat().st_size < 5 * 2**20
    with pytest.raises(LoadError, match=r"压缩炸弹|过大"):
        load_text(path)


def test_binary_named_txt_empty_and_whitespace_files_are_refused(tmp_path: Path) -> None:
    cases = {"binary.txt": bytes(range(256)) * 20, "empty.txt": b"", "blank.txt": "  \n\u3000\t\n".encode(),
             "blank.docx": b"", "zero.pdf": b""}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(LoadError):
            read_report(tmp_path / name)


def test_very_long_lines_and_odd_file_names_are_read(tmp_path: Path) -> None:
    line = "一是新建友城5个，举办论坛1次，" * 5000  # one 80,000-character line
    path = tmp_path / "报告 (最终版)#1 ；【定稿】.txt"
    path.write_text("关于友城工作的报告\n" + line, encoding="gb18030")
    report = read_report(path)
    assert len(report.chunks) > 100 and max(len(c.text) for c in report.chunks) <= 1000
    assert report.doc.title == "关于友城工作的报告"


def test_questions_too_long_or_empty_get_a_chinese_message() -> None:
    with pytest.raises(QuestionError, match="问题过长"):
        _checked("友城" * 5000)
    with pytest.raises(QuestionError, match="不能为空"):
        _checked("   ")
    assert _checked("How many sister cities were added?") and MAX_QUESTION_CHARS == 1000


def test_the_example_reports_survive_the_round_trip() -> None:
    for path in sorted(EXAMPLES.iterdir()):
        assert read_report(path).chunks


def test_a_damaged_model_file_gives_a_chinese_error_and_the_good_one_still_loads(settings, tmp_path: Path) -> None:
    from assistant.llm import shared_chat_model
    from assistant.settings import load_settings
    from ingest.errors import LLMUnavailable

    good = settings.models_path
    gguf = next(good.glob("*.gguf"))
    broken = tmp_path / gguf.name
    with gguf.open("rb") as source:
        broken.write_bytes(source.read(1_000_000))  # an interrupted copy
    damaged = load_settings(home=settings.home, models_dir=good).model_copy(
        update={"llm": settings.llm.model_copy(update={"gguf_path": broken})})
    with pytest.raises(LLMUnavailable, match="无法加载"):
        shared_chat_model(damaged)
    assert shared_chat_model(settings) is not None  # the fault gone, the model loads


def test_a_damaged_embedding_folder_gives_a_chinese_error(settings, tmp_path: Path) -> None:
    from ingest.errors import EmbeddingModelMissing
    from vectorstore.embeddings import SentenceEmbeddings

    folder = tmp_path / "e5"
    shutil.copytree(settings.embedding_source, folder)
    weights = next(folder.glob("*.safetensors"))
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(EmbeddingModelMissing, match="无法加载"):
        SentenceEmbeddings(str(folder)).embed_query("新建友城")
    with pytest.raises(EmbeddingModelMissing, match="无法加载"):
        SentenceEmbeddings(str(folder), numpy_query=True).embed_query("新建友城")


def test_a_200_mb_file_is_refused_by_size_at_once_and_nothing_is_stored(settings, tmp_path: Path) -> None:

    from assistant.components import open_library
    from ingest.pipeline import ingest_paths

    huge = tmp_path / "巨大的文件.txt"
    with huge.open("wb") as out:
        out.truncate(200 * 2**20)  # sparse: 200 MB on paper, nothing on disk
    library = open_library(settings)
    [result] = ingest_paths([huge], library)  # refused by its size before a byte is read
    assert result.status == "failed" and "文件过大" in (result.error or "")
    assert library.documents() == [] and library.dense.count() == 0


def test_a_file_of_mixed_encodings_and_a_docx_of_only_a_table_are_read(tmp_path: Path) -> None:
    import docx

    mixed = tmp_path / "混合编码.txt"
    lines = ["关于友城工作的报告\n", "一是新建友城5个。\r\n", "二是举办论坛1次。\n", "三是接待来访团组12批。"]
    mixed.write_bytes(lines[0].encode() + lines[1].encode("gbk") + lines[2].encode() + lines[3].encode("gb18030"))
    assert load_text(mixed) == "".join(lines)  # each line in its own encoding
    big5 = tmp_path / "繁体.txt"
    big5.write_bytes("關於友好城市工作的報告，新建友城五個。\n".encode("big5") * 20)
    assert "友好城市" in load_text(big5)  # not taken for GBK line by line
    gbk = tmp_path / "目录.txt"
    text = "目录\n一、总体情况\n2023年新建友城5个。\n" * 3
    gbk.write_bytes(text.encode("gbk"))  # "目录" in GBK is also valid UTF-8 ("Ŀ¼"): not evidence of a mix
    assert load_text(gbk) == text
    table_only = tmp_path / "只有表格.docx"
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["项目", "2023年", "2024年"], ["新建友城", "5个", "2个"], ["友城论坛", "1次", "2次"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(table_only))
    report = read_report(table_only)
    assert "项目：新建友城，2023年：5个，2024年：2个。" in report.doc.text
    assert any(f.text == "5个" for f in report.facts)


def test_a_parse_over_its_time_limit_is_given_up_and_the_batch_goes_on(settings, tmp_path: Path) -> None:
    import time

    from assistant.components import open_library
    from ingest.errors import ParseTimeout
    from ingest.parse_worker import read_report_within
    from ingest.pipeline import ingest_paths

    small = tmp_path / "small.txt"
    shutil.copy(FRIEND_CITY_REPORT, small)
    big = tmp_path / "big.txt"
    big.write_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8") * 400, encoding="utf-8")  # ~5 MB
    assert read_report_within(small, 60).doc.text == read_report(small).doc.text  # the parser process is warm
    started = time.monotonic()
    with pytest.raises(ParseTimeout, match=r"解析超过 0\.5 秒"):
        read_report_within(big, 0.5)
    assert time.monotonic() - started < 5  # given up at the limit, not when the parse ends
    assert read_report_within(small, 60).chunks  # a new parser process takes over

    library = open_library(settings)
    copy = tmp_path / "copy.txt"  # a few lines: parsed in milliseconds, far inside the limit on a busy machine
    copy.write_text("2024年友城工作总结\n一、主要工作\n一是新建友城2个，举办友城论坛1次。\n", encoding="utf-8")
    results = ingest_paths([big, copy], library, parse_timeout_s=0.5)
    assert [r.status for r in results] == ["failed", "added"] and "解析超过" in (results[0].error or "")
    assert [d.source for d in library.documents()] == [str(copy.resolve())]


def _die(path: str) -> tuple[str, dict[str, float]]:
    """A parser that crashes its process, as a segfault in a native library or the OOM killer would."""
    os._exit(11)


def test_a_parser_process_that_dies_fails_the_file_at_once_and_the_next_file_parses(tmp_path: Path) -> None:
    import time

    from ingest.errors import ParseTimeout
    from ingest.parse_worker import _worker, read_report_within

    small = tmp_path / "small.txt"
    shutil.copy(FRIEND_CITY_REPORT, small)
    started = time.monotonic()
    with pytest.raises(LoadError, match="解析进程意外退出") as raised:
        _worker.run(_die, small, 60)
    assert not isinstance(raised.value, ParseTimeout) and time.monotonic() - started < 30  # not at the limit
    assert read_report_within(small, 60).chunks

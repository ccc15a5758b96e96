"""The web app's pure parts: rendering, uploads, login; and its API through gradio's own client."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assistant.ask.chain import Answer
from assistant.check.align import Difference
from assistant.check.verdicts import Evidence, Finding
from assistant.grounding.citations import Citation
from assistant.grounding.verify import FigureCheck
from assistant.settings import Settings
from assistant.web.auth import hash_password, is_local, save_user, verify_password
from assistant.web.render import answer_markdown, checked_html, finding_rows, paint, passage_html
from assistant.web.uploads import safe_name, save_upload
from ingest.loaders.zipguard import MAX_RATIO
from tests.conftest import _free_port

CITATION = Citation(1, "关于巡察整改进展情况的通报", 2023, "二、整改 > 9.友好城市", "新建友城5个（其中县级友城3个）。",
                    "a.txt", "c1", 0.9)


def test_earlier_questions_are_read_from_either_history_format() -> None:
    from assistant.web import user_questions

    history = [{"role": "user", "content": [{"type": "text", "text": "市外办新建了几个友城？"}]},
               {"role": "assistant", "content": "新建友城5个"}, {"role": "user", "content": "2024年呢？"}]
    assert user_questions(history) == ["市外办新建了几个友城？", "2024年呢？"]


def test_an_answer_marks_unverified_figures_and_lists_its_sources() -> None:
    answer = Answer("新建了几个友城？", "新建友城7个【未核实】。", True, [CITATION],
                    checks=(FigureCheck("7个", "figure", "unverified"),))
    shown = answer_markdown(answer)
    assert shown.count('class="ra-unverified"') == 2 and "[1] 《关于巡察整改进展情况的通报》（2023年）" in shown


def test_a_passage_highlights_its_quote_and_escapes_html() -> None:
    shown = passage_html(CITATION, "<b>一是</b>优化布局，新建友城5个（其中县级友城3个）。二是……")
    assert '<mark class="ra-quote">新建友城5个（其中县级友城3个）。</mark>' in shown
    assert "&lt;b&gt;一是" in shown and "9.友好城市" in shown


def test_claims_are_painted_by_verdict_the_gravest_winning_overlaps() -> None:
    draft = "一是新建友城6个。二是举办论坛1次。"
    findings = [Finding("6个", "contradicts", "一是新建友城6个。", (Evidence("通报", 2023, "", "新建友城5个"),), "不同"),
                Finding("一是新建友城6个", "copied", "一是新建友城6个", (), "照抄"),
                Finding("1次", "new", "二是举办论坛1次。", (), "新增")]
    shown = checked_html(draft, findings)
    assert '<span class="ra-v ra-contradicts" title="矛盾：不同">6个</span>' in shown
    assert '<span class="ra-v ra-new" title="新增：新增">1次</span>' in shown
    assert '<span class="ra-v ra-copied" title="照抄：照抄">一是新建友城</span>' in shown
    assert paint("a<b", []) == "a&lt;b"


def test_the_findings_table_marks_what_differs_in_the_draft_and_in_the_earlier_sentence() -> None:
    earlier = Evidence("通报", 2023, "", "举办第五届友城论坛。")
    changed = Difference("ordinal", (2, 5), (2, 5), "第六届", "第五届")
    aligned = Finding("第六届", "contradicts", "举办第六届友城论坛。", (earlier,), "不同", at=(2, 5), aligned=earlier,
                      differences=(changed,))
    ledger = Finding("1次", "new", "举办论坛1次。", (), "新增", at=(4, 6))
    rows = finding_rows([aligned, ledger], marked=True)
    assert rows[0][2] == "举办**第六届**友城论坛。" and rows[0][4] == "举办**第五届**友城论坛。"
    assert rows[1][2] == "举办论坛**1次**。"
    located = Finding("1次", "new", "举办论坛1次。", (), "新增")  # a ledger finding: found in its sentence
    assert finding_rows([located], marked=True)[0][2] == "举办论坛**1次**。"
    assert finding_rows([aligned])[0][2] == "举办第六届友城论坛。"  # the CSV export: plain text


def test_passwords_are_salted_and_checked() -> None:
    stored = hash_password("正确的密码123", iterations=1000)
    assert stored != hash_password("正确的密码123", iterations=1000)
    assert verify_password("正确的密码123", stored) and not verify_password("wrong", stored)
    assert not verify_password("x", "not-a-hash")
    assert is_local("127.0.0.1") and is_local("localhost") and not is_local("0.0.0.0")


def test_a_user_is_written_to_the_config_file_keeping_what_was_there(tmp_path: Path) -> None:
    from assistant.settings import load_settings

    config = tmp_path / "config.toml"
    config.write_text("# 本机配置\n[retrieval]\nk = 5\n", encoding="utf-8")
    save_user(config, "staff", "密码12345678")
    settings = load_settings(config=config)
    assert settings.retrieval.k == 5 and "# 本机配置" in config.read_text(encoding="utf-8")
    assert verify_password("密码12345678", settings.web.users["staff"])
    assert settings.public_dict()["web"]["users"] == {"staff": "********"}


def test_upload_names_cannot_leave_the_upload_folder(tmp_path: Path) -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\windows\\报告.docx") == "报告.docx"
    assert safe_name('a<b>:"c|?.txt') == "a_b___c__.txt"
    source = tmp_path / "in.txt"
    source.write_text("新建友城5个", encoding="utf-8")
    [saved] = save_upload(source, "../../逃逸.txt", tmp_path / "uploads", 1000)
    assert saved.path == tmp_path / "uploads" / "逃逸.txt" and saved.path.read_text(encoding="utf-8") == "新建友城5个"
    [again] = save_upload(source, "逃逸.txt", tmp_path / "uploads", 1000)
    assert again.path == saved.path  # the same content is not stored twice
    [big] = save_upload(source, "big.txt", tmp_path / "uploads", 5)
    assert big.path is None and "过大" in big.error


def test_a_zip_is_unpacked_member_by_member_and_a_bomb_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("2023/../../总结.txt", "二是新建友城5个。")
        z.writestr("bomb.txt", "0" * (MAX_RATIO * 30_000))
        z.writestr("tool.exe", b"MZ")
    saved = {s.name.rsplit("/", 1)[-1]: s for s in save_upload(archive, "reports.zip", tmp_path / "up", 10**8)}
    assert saved["总结.txt"].path == tmp_path / "up" / "reports" / "总结.txt"
    assert saved["bomb.txt"].path is None and "压缩炸弹" in saved["bomb.txt"].error
    assert saved["tool.exe"].path is None and "不支持" in saved["tool.exe"].error
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    [bad] = save_upload(broken, "broken.zip", tmp_path / "up", 10**8)
    assert bad.path is None and "损坏" in bad.error


def test_exposing_the_app_without_users_is_refused(settings: Settings) -> None:
    from assistant.web import launch
    from ingest.errors import LoginRequired

    with pytest.raises(LoginRequired, match="需要登录"):
        launch(settings, host="0.0.0.0", port=_free_port(), block=False)


def test_check_through_the_api(example_library: Settings) -> None:
    from gradio_client import Client

    from assistant.web import build_app

    port = _free_port()
    app = build_app(example_library)
    app.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, ssr_mode=False,
                       quiet=True)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        summary, marked, table, _, proofs, _ = client.predict(
            "2023年新建友城6个（其中县级友城3个）,截止2023年底布署到位。", None, [], ["必改", "建议"], api_name="/check")
        assert "矛盾 1" in summary and 'ra-contradicts' in marked
        assert any(row[1] == "6个" and "新建友城5个" in row[4] for row in table["data"])
        assert "布署 → 部署" in proofs and "ra-p0" in proofs and "ra-p1" in proofs  # 校对 beside the findings
    finally:
        app.close()


def test_a_typed_year_is_read_or_refused_in_chinese() -> None:
    from assistant.web.forms import year_of
    from ingest.errors import DraftError

    assert year_of("2024年") == 2024 and year_of(" ") is None and year_of(None) is None
    with pytest.raises(DraftError, match="四位数字"):
        year_of("二〇二四")

"""The web app driven in headless Chromium (Debian's chromium via Playwright) against a real library,
real Chroma, the real embedding model and the real embedded LLM. Screenshots of every page go to
tests/artifacts/ (or $REPORT_ASSISTANT_ARTIFACTS)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.settings import Settings, load_settings
from assistant.web.auth import hash_password
from tests.conftest import EXAMPLES, _free_port

pytestmark = pytest.mark.llm
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("REPORT_ASSISTANT_ARTIFACTS", Path(__file__).parent / "artifacts"))
TIMEOUT_MS = 180_000

if not CHROMIUM.exists():  # `make test` installs it; a bare pytest elsewhere says why it skipped
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def web_settings(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Settings:
    """A library of its own: these tests upload and remove documents."""
    from assistant.components import open_library
    from ingest.pipeline import ingest_paths

    settings = load_settings(home=tmp_path_factory.mktemp("web"), models_dir=models_dir)
    ingest_paths([EXAMPLES], open_library(settings))
    return settings


def _serve(settings: Settings):
    from assistant.web import launch

    port = _free_port()
    return launch(settings, "127.0.0.1", port, block=False), f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def served(web_settings: Settings) -> Iterator[str]:
    app, url = _serve(web_settings)
    yield url
    app.close()


@pytest.fixture
def page(browser, served: str):
    context = browser.new_context(viewport={"width": 1366, "height": 1000}, accept_downloads=True, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(served)
    page.wait_for_selector("#tab-ask", state="attached")
    yield page
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _open_tab(page, label: str) -> None:
    page.get_by_role("tab", name=label).click()


def test_ask_and_open_the_cited_source(page) -> None:
    page.locator("#ask-input textarea").fill("市外办新建了几个友城？")
    page.locator("#ask-input textarea").press("Enter")
    chip = page.locator("#ask-citations label").first
    chip.wait_for()
    assert "5" in page.locator("#ask-chat").inner_text()
    chip.click()
    quote = page.locator("#ask-passage mark.ra-quote")
    quote.wait_for()
    assert "新建友城5个" in page.locator("#ask-passage").inner_text()
    assert "友好城市工作不聚焦问题" in page.locator("#ask-passage").inner_text()  # the heading path
    _shot(page, "1_ask")


def test_a_wrong_figure_of_the_model_never_shows_on_screen_while_it_streams(browser, web_settings: Settings,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A model (an OpenAI-compatible server, scripted) writes 6个 where the source says 5个 and adds a 9份
    found nowhere; every state of the chat while the answer streams is recorded in the page."""
    from tests.test_openai_backend import serve_fake_openai

    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    fake_server = serve_fake_openai()
    fake = next(fake_server)
    fake.pieces = ["市外办", "新建友城", "6个", "。另与", "友城签订", "协议", "9份", "。"]
    settings = web_settings.model_copy(update={
        "llm": web_settings.llm.model_copy(update={"backend": "openai", "base_url": fake.base_url,
                                                   "model": "test-model", "timeout_s": 30}),
        "answer": web_settings.answer.model_copy(update={"fast_path": False})})
    app, url = _serve(settings)
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(url)
        page.locator("#ask-input textarea").wait_for()
        page.evaluate("""() => { window.seen = []; const chat = document.querySelector('#ask-chat');
            new MutationObserver(() => window.seen.push(chat.innerText)).observe(
                chat, {subtree: true, childList: true, characterData: true}); }""")
        page.locator("#ask-input textarea").fill("市外办新建了几个友城？")
        page.locator("#ask-input textarea").press("Enter")
        page.locator("#ask-citations label").first.wait_for()
        # the final message may name what checking did (更正：6个 → 5个; 9份：资料中没有这个内容): labelled, allowed
        seen = [re.sub(r"更正：\S*? →|\S+：资料中没有这个内容", "", s) for s in page.evaluate("window.seen")]
        assert fake.requests and any("新建友城5个" in s for s in seen)
        assert not any(re.search(r"(?<!\d)6个", s) for s in seen)  # never shown as the model wrote it
        assert not any(re.search(r"9份(?!【未核实】)", s) for s in seen)  # always with its mark
        _shot(page, "1b_ask_streamed_checked")
    finally:
        context.close()
        app.close()
        next(fake_server, None)


def test_draft_a_section_and_download_the_docx(page, tmp_path: Path) -> None:
    import docx

    _open_tab(page, "起草")
    page.locator("#draft-heading textarea").fill("（二）拓宽对外交往渠道")
    page.locator("#draft-points textarea").fill("新建友城2个")
    page.locator("#draft-go").click()
    download_button = page.locator("#draft-download")
    download_button.wait_for(state="visible")
    assert page.locator("#draft-output .ra-user").count() >= 1  # the writer's figure, coloured as theirs
    _shot(page, "2_draft")
    with page.expect_download() as event:
        download_button.click()
    assert event.value.suggested_filename == "拓宽对外交往渠道.docx"  # named after the heading
    saved = tmp_path / "draft.docx"
    event.value.save_as(saved)
    paragraphs = [p.text for p in docx.Document(str(saved)).paragraphs if p.text]
    assert paragraphs[0] == "拓宽对外交往渠道" and "2个" in "\n".join(paragraphs)


def test_check_a_draft_and_see_the_contradiction(page) -> None:
    _open_tab(page, "核对")
    page.locator("#check-text textarea").fill("一是优化布局，2023年新建友城6个（其中县级友城3个）。\n二是2024年举办友城论坛1次。")
    page.locator("#check-go").click()
    marked = page.locator("#check-marked .ra-contradicts")
    marked.wait_for()
    assert marked.first.inner_text() == "6个"
    assert "新建友城5个" in page.locator("#check-table").inner_text()
    assert "矛盾 1" in page.locator("#check-summary").inner_text()
    _shot(page, "3_check")


def test_proofread_filter_and_take_the_must_fixes(page, tmp_path: Path) -> None:
    import docx

    _open_tab(page, "核对")
    page.locator("#check-text textarea").fill("外事工作总结\n截止2023年底,全市布署友城工作，世卫组织专家来访。")
    page.locator("#check-go").click()
    page.locator("#proof-view .ra-p0").first.wait_for()
    view = page.locator("#proof-view").inner_text()
    assert "布署 → 部署" in view and "截止 → 截至" in view and "世卫组织" in view
    page.get_by_label("建议").uncheck()  # only 必改 and 提示 shown
    expect(page.locator("#proof-view")).not_to_contain_text("世卫组织 →")
    with page.expect_download() as event:
        page.locator("#proof-adopt-must").click()
        expect(page.locator("#check-text textarea")).to_have_value(
            "外事工作总结\n截至2023年底,全市部署友城工作，世卫组织专家来访。")
        page.locator("#proof-docx").click()
    saved = tmp_path / "fixed.docx"
    event.value.save_as(saved)
    paragraphs = [p.text for p in docx.Document(str(saved)).paragraphs if p.text]
    assert paragraphs[0] == "外事工作总结" and "部署" in paragraphs[1]
    _shot(page, "3b_proofread")


def test_upload_a_document_and_find_it_in_the_list(page, tmp_path: Path) -> None:
    import docx

    report = tmp_path / "2024年友城工作总结.docx"
    document = docx.Document()
    document.add_paragraph("2024年友城工作总结")
    document.add_paragraph("一、主要工作")
    document.add_paragraph("一是新建友城2个，举办友城论坛1次，接待来访团组12批86人。")
    document.save(str(report))
    broken = tmp_path / "损坏的文件.docx"
    broken.write_bytes(b"not a docx at all")
    _open_tab(page, "资料库")
    page.locator("#library-upload input[type=file]").set_input_files([str(report), str(broken)])
    page.locator("#library-upload").get_by_text("损坏的文件").wait_for()  # uploaded (name and suffix apart)
    page.locator("#library-ingest").click()
    page.locator("#library-status").get_by_text("导入完成").wait_for()
    results = page.locator("#library-results").inner_text()
    assert "新增" in results and "失败" in results
    # the list is refreshed by its own update after the status: wait for it, not for a time
    page.locator("#library-documents").get_by_text("2024年友城工作总结").first.wait_for()
    assert "2024年友城工作总结" in page.locator("#library-documents").inner_text()
    _shot(page, "4_library")
    page.reload()  # the library lives in the data folder, not in the page
    _open_tab(page, "资料库")
    # the reloaded page fills the list by its load event: wait for it, not for a time
    page.locator("#library-documents").get_by_text("2024年友城工作总结").first.wait_for()
    assert "2024年友城工作总结" in page.locator("#library-documents").inner_text()
    page.locator("#library-chosen input").click()
    page.get_by_role("option", name=re.compile("2024年友城工作总结")).click()
    page.locator("#library-reingest").click()
    page.locator("#library-status").get_by_text("已重新导入").wait_for()
    page.locator("#library-chosen input").click()
    page.get_by_role("option", name=re.compile("2024年友城工作总结")).click()
    page.locator("#library-remove").click()
    page.locator("#library-status").get_by_text("已删除").wait_for()
    assert "2024年友城工作总结" not in page.locator("#library-documents").inner_text()


def test_login_is_required_and_a_wrong_password_is_refused(browser, web_settings: Settings) -> None:
    settings = web_settings.model_copy(update={"web": web_settings.web.model_copy(update={
        "require_login": True, "users": {"staff": hash_password("正确密码2026", iterations=1000)}})})
    app, url = _serve(settings)
    context = browser.new_context(locale="zh-CN")
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(url)
        page.locator("input[type=password]").wait_for()
        page.locator("input[type=text]").fill("staff")
        page.locator("input[type=password]").fill("错误密码")
        page.locator("input[type=password]").press("Enter")
        page.get_by_text("凭据不正确").wait_for()  # gradio's login page, in the browser's language
        _shot(page, "5_login_refused")
        assert page.locator("#tab-ask").count() == 0
        page.locator("input[type=text]").fill("staff")
        page.locator("input[type=password]").fill("正确密码2026")
        page.locator("input[type=password]").press("Enter")
        page.locator("#tab-ask").wait_for(state="attached")
    finally:
        context.close()
        app.close()


def teardown_module() -> None:
    shutil.rmtree(ARTIFACTS / "tmp", ignore_errors=True)

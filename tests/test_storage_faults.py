"""A full disk and a read-only data folder, made real with a small tmpfs mounted for the test: a
Chinese message, nothing stored lost or half-written, and work resumes once the fault is gone."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.components import open_library
from assistant.settings import Settings, load_settings
from ingest.errors import StorageUnavailable
from ingest.pipeline import ingest_paths
from tests.conftest import EXAMPLES, FRIEND_CITY_REPORT
from vectorstore.doctor import diagnose

NEW_REPORT = "关于2024年友城工作的报告\n一、总体情况\n2024年新建友城2个，举办友城论坛1次，接待来访团组15批86人。\n" * 3


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True,
                          text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _library_on(disk: Path, settings: Settings) -> Settings:
    on_disk = load_settings(home=disk / "home", models_dir=settings.models_path, ingest={"reserve_mb": 4})
    results = ingest_paths([EXAMPLES], open_library(on_disk))
    assert {r.status for r in results} == {"added"}
    return on_disk


def _fill(folder: Path) -> Path:
    """Writes until the file system refuses, down to its last block."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (2**20, 2**12, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "REPORT_ASSISTANT_HOME": str(settings.home),
           "REPORT_ASSISTANT_MODELS_DIR": str(settings.models_path), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300)


def _state(settings: Settings) -> tuple:
    library = open_library(settings)
    docs = sorted((d.doc_id, d.chunks, d.facts) for d in library.documents())
    return docs, library.dense.count(), library.keywords.count()


def test_a_full_disk_fails_the_new_file_in_chinese_and_loses_nothing(disk: Path, settings: Settings,
                                                                      tmp_path: Path) -> None:
    on_disk = _library_on(disk, settings)
    before = _state(on_disk)
    library = open_library(on_disk)
    new = tmp_path / "2024_友城工作.txt"
    new.write_text(NEW_REPORT, encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(FRIEND_CITY_REPORT.read_text(encoding="utf-8") + "\n附：2024年补充说明。", encoding="utf-8")
    filler = _fill(disk)
    opened = _cli(on_disk, "doctor")  # not one block free: a new process's Chroma cannot even open its files
    assert opened.returncode == 1 and "磁盘已满" in opened.stderr and "Traceback" not in opened.stderr
    listed = _cli(on_disk, "list")  # the registry alone is read, which needs no free block
    assert listed.returncode == 0 and "巡察整改" in listed.stdout

    os.truncate(filler, filler.stat().st_size - 2 * 2**20)  # 2 MB free, under the 4 MB reserve
    results = ingest_paths([new, second], library)
    assert [r.status for r in results] == ["failed", "failed"]
    assert all("磁盘空间不足" in (r.error or "") and r.storage for r in results)
    assert library.search("翻译人才库", 3)  # reading goes on
    ingested = _cli(on_disk, "ingest", str(new), str(FRIEND_CITY_REPORT))  # one unchanged, one refused
    assert ingested.returncode == 1 and "导入已停止" in ingested.stderr and "磁盘空间不足" in ingested.stderr
    assert "[未变]" in ingested.stdout and "Traceback" not in ingested.stderr

    filler.unlink()
    assert _state(on_disk) == before
    assert diagnose(library).healthy
    results = ingest_paths([new, second], library)
    assert [r.status for r in results] == ["added", "added"]
    assert diagnose(library).healthy


def test_a_read_only_data_folder_is_said_in_chinese_and_writes_resume_after(disk: Path, settings: Settings,
                                                                            tmp_path: Path) -> None:
    on_disk = _library_on(disk, settings)
    before = _state(on_disk)
    view = tmp_path / "read-only"  # the same folder, seen through a read-only bind mount
    view.mkdir()
    subprocess.run(["mount", "--bind", str(on_disk.home), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        read_only = load_settings(home=view, models_dir=settings.models_path)
        with pytest.raises(StorageUnavailable, match="只读"):
            open_library(read_only)
        listed = _cli(read_only, "list")  # reading the registry needs no writing
        assert listed.returncode == 0 and "巡察整改" in listed.stdout and "Traceback" not in listed.stderr
        opened = _cli(read_only, "doctor")
        assert opened.returncode == 1 and "只读" in opened.stderr and "Traceback" not in opened.stderr
        new = tmp_path / "2024_友城工作.txt"
        new.write_text(NEW_REPORT, encoding="utf-8")
        ingested = _cli(read_only, "ingest", str(new))
        assert ingested.returncode == 1 and "只读" in ingested.stderr and "Traceback" not in ingested.stderr
    finally:
        subprocess.run(["umount", str(view)], check=False)
    assert _state(on_disk) == before
    library = open_library(on_disk)
    [result] = ingest_paths([new], library)
    assert result.status == "added" and diagnose(library).healthy


def test_storage_errors_are_told_apart_whichever_layer_raised_them() -> None:
    import sqlite3

    from vectorstore.storage_errors import storage_problem, writable

    assert storage_problem(OSError(errno.ENOSPC, "No space left on device")) == "full"
    assert storage_problem(sqlite3.OperationalError("database or disk is full")) == "full"
    assert storage_problem(RuntimeError("error returned from database: (code: 8) attempt to write a readonly "
                                        "database")) == "read-only"
    assert storage_problem(OSError(errno.EROFS, "Read-only file system")) == "read-only"
    assert storage_problem(ValueError("bad chunk")) is None and storage_problem(OSError(errno.ENOENT, "x")) is None
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("store failed") from inner
    except RuntimeError as outer:
        assert storage_problem(outer) == "full"  # found through the chain
    with pytest.raises(StorageUnavailable, match="磁盘已满") as raised, writable(Path("/data")):
        raise sqlite3.OperationalError("database or disk is full")
    assert "/data" in str(raised.value)
    with pytest.raises(ValueError), writable(Path("/data")):
        raise ValueError("not about storage")
    with pytest.raises(PermissionError), writable(Path("/data")):  # an upload in /tmp it may not read
        raise PermissionError(errno.EACCES, "Permission denied", "/tmp/gradio/upload.docx")
    with pytest.raises(StorageUnavailable, match="只读"), writable(Path("/data")):
        raise PermissionError(errno.EACCES, "Permission denied", "/data/uploads/upload.docx")


def test_the_web_pages_show_a_storage_fault_as_one_chinese_message(settings: Settings) -> None:
    import gradio as gr

    from assistant.web.services import Services

    with pytest.raises(gr.Error, match="磁盘已满"), Services(settings).writing():
        raise OSError(errno.ENOSPC, "No space left on device")


class ReadOnlySink:
    """The pipeline's side of a library whose folder has just turned read-only."""

    def __init__(self) -> None:
        self.stores = 0

    def document(self, doc_id: str) -> None:
        return None

    def has_source(self, source: str) -> bool:
        return False

    def embed(self, chunks: list) -> list[list[float]]:
        return [[0.0] for _ in chunks]

    def store(self, *_: object) -> None:
        self.stores += 1
        raise StorageUnavailable("数据文件夹只读或没有写入权限")


def test_once_the_folder_cannot_be_written_no_further_file_is_tried(tmp_path: Path) -> None:
    files = []
    for n in range(3):
        files.append(tmp_path / f"{n}.txt")
        files[-1].write_text(NEW_REPORT.replace("2个", f"{n + 2}个"), encoding="utf-8")
    sink = ReadOnlySink()
    results = ingest_paths(files, sink, parse_timeout_s=0)  # one window: all three in one store batch
    assert sink.stores == 1
    assert [r.storage for r in results] == [True] * 3 and all("只读" in (r.error or "") for r in results)

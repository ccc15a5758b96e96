"""A full disk or a read-only data folder, told apart from other failures whatever layer noticed it
(the file system, SQLite, or Chroma's own SQLite), so the user gets one Chinese message that says
what to do, instead of a traceback."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.errors import StorageUnavailable

FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
FULL_TEXT = ("database or disk is full", "no space left on device", "disk quota exceeded")
READ_ONLY_TEXT = ("readonly database", "read-only file system", "permission denied", "unable to open database file")


def storage_problem(exc: BaseException, folder: Path | None = None) -> str | None:
    """"full", "read-only", or None when the error (or one it was raised from) is about something else,
    such as a file outside `folder` (an upload being read from the system's temporary folder)."""
    seen: BaseException | None = exc
    while seen is not None:
        if folder and isinstance(seen, OSError) and seen.filename and not _inside(seen.filename, folder):
            return None
        if isinstance(seen, OSError) and seen.errno in FULL:
            return "full"
        if isinstance(seen, OSError) and seen.errno in READ_ONLY:
            return "read-only"
        text = str(seen).lower()
        if any(t in text for t in FULL_TEXT):
            return "full"
        if any(t in text for t in READ_ONLY_TEXT):
            return "read-only"
        seen = seen.__cause__ or seen.__context__
    return None


def _inside(filename: str | bytes, folder: Path) -> bool:
    return Path(os.fsdecode(filename)).resolve().is_relative_to(folder.resolve())


def storage_message(problem: str, folder: Path, detail: str = "") -> str:
    if problem == "full":
        return (f"数据文件夹所在的磁盘{detail or '已满'}（{folder}），无法写入。已有资料不受影响；请清理磁盘空间后重试"
                f" (disk full: {folder})")
    return (f"数据文件夹只读或没有写入权限（{folder}），无法写入。已有资料不受影响；请检查磁盘和文件夹权限后重试"
            f" (data folder is read-only: {folder})")


def ensure_free(folder: Path, reserve_bytes: int) -> None:
    """Refuses a write while less than `reserve_bytes` is free, as search engines stop indexing at a
    disk watermark: Chroma can block for good on a write that meets a disk with no space at all."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # a folder not made yet: the write itself will say what is wrong
    if free < reserve_bytes:
        raise StorageUnavailable(storage_message(
            "full", folder, f"空间不足：剩余 {free / 2**20:.0f} MB，至少需要保留 {reserve_bytes / 2**20:.0f} MB"))


@contextmanager
def writable(folder: Path) -> Iterator[None]:
    """Raises StorageUnavailable for an error that means `folder` cannot be written; others pass as they are."""
    try:
        yield
    except StorageUnavailable:
        raise
    except Exception as exc:
        if problem := storage_problem(exc, folder):
            raise StorageUnavailable(storage_message(problem, folder)) from exc
        raise

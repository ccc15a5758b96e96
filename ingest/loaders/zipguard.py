"""Zip archives (a .docx is one) are inspected before anything is decompressed: a member that
claims to expand far beyond its compressed size is a zip bomb, refused without reading it."""

from __future__ import annotations

import zipfile

MAX_RATIO = 100  # uncompressed / compressed: XML and text reach ~10-20, a bomb thousands
SMALL = 1 << 20  # tiny members compress arbitrarily well and do no harm


def unsafe_member(info: zipfile.ZipInfo, max_bytes: int) -> str | None:
    """Why this member must not be decompressed, in Chinese, or None."""
    if info.file_size > max_bytes:
        return f"文件过大（上限 {max_bytes / 2**20:.0f} MB）"
    if info.file_size > SMALL and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        return "压缩比异常（疑似压缩炸弹），已拒绝"
    return None


def unsafe_archive(archive: zipfile.ZipFile, max_bytes: int) -> str | None:
    if sum(i.file_size for i in archive.infolist()) > max_bytes:
        return f"解压后过大（上限 {max_bytes / 2**20:.0f} MB），已拒绝"
    return next((reason for i in archive.infolist() if (reason := unsafe_member(i, max_bytes))), None)

"""Uploaded files into the data folder: safe names (no path traversal), a size limit, and zips unpacked
member by member with limits on count, size and compression ratio (zip bombs)."""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.loaders.zipguard import unsafe_member

MAX_ZIP_MEMBERS = 2000
UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


@dataclass(frozen=True)
class Saved:
    name: str  # as the user called it
    path: Path | None  # where it is stored, None when refused
    error: str = ""


def safe_name(name: str) -> str:
    """The last component of a name from any OS, without control or reserved characters."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    base = UNSAFE.sub("_", unicodedata.normalize("NFC", base)).strip(" .")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = stem[:80] or "文件"
    return f"{stem}.{suffix[:10]}" if suffix else stem


def save_upload(source: Path, name: str, folder: Path, max_bytes: int) -> list[Saved]:
    """A file is copied in; a zip is unpacked. Files of unsupported types are refused with a reason."""
    if source.stat().st_size > max_bytes:
        return [Saved(name, None, f"文件过大（上限 {max_bytes / 2**20:.0f} MB）")]
    if name.lower().endswith(".zip"):
        return unpack_zip(source, name, folder, max_bytes)
    target = unique_path(folder, safe_name(name), _digest(source))
    shutil.copyfile(source, target)
    return [Saved(name, target)]


def unpack_zip(source: Path, name: str, folder: Path, max_bytes: int) -> list[Saved]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError):
        return [Saved(name, None, "压缩包已损坏，无法打开")]
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_ZIP_MEMBERS:
            return [Saved(name, None, f"压缩包内文件过多（{len(members)} 个，上限 {MAX_ZIP_MEMBERS}）")]
        if sum(m.file_size for m in members) > max_bytes * 4:
            return [Saved(name, None, f"压缩包解压后过大（上限 {max_bytes * 4 / 2**20:.0f} MB），已拒绝")]
        target_dir = folder / safe_name(Path(name).stem)
        target_dir.mkdir(parents=True, exist_ok=True)
        return [_unpack_member(archive, m, name, target_dir, max_bytes) for m in members]


def _unpack_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, zip_name: str, folder: Path,
                   max_bytes: int) -> Saved:
    label = f"{zip_name}/{_member_name(member)}"
    suffix = Path(member.filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return Saved(label, None, f"不支持的文件类型：{suffix or '无扩展名'}")
    if reason := unsafe_member(member, max_bytes):
        return Saved(label, None, reason)
    try:
        data = archive.read(member)
    except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
        return Saved(label, None, f"无法解压：{exc}")
    target = unique_path(folder, safe_name(_member_name(member)), hashlib.sha256(data).hexdigest())
    target.write_bytes(data)
    return Saved(label, target)


def _member_name(member: zipfile.ZipInfo) -> str:
    """Zips made on Chinese Windows store names in GBK without saying so; Python reads them as cp437."""
    if member.flag_bits & 0x800:
        return member.filename
    try:
        return member.filename.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return member.filename


def unique_path(folder: Path, name: str, digest: str) -> Path:
    """`name` in `folder`; the same name with other content gets a short suffix, never overwrites."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists() or _digest(target) == digest:
        return target
    stem, suffix = Path(name).stem, Path(name).suffix
    return folder / f"{stem}_{digest[:8]}{suffix}"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

"""Plain-text reports in the encodings offices really use; bad files get a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import LoadError, load_text

TEXT = "XX市外办2023年工作总结\n一、基本情况\n新建友城5个（其中县级友城3个），举办培训×天。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gbk", "gb18030"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes((TEXT * 3).encode(encoding))
    assert load_text(path) == TEXT * 3


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(LoadError, match=r"二进制|编码"):
        load_text(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    with pytest.raises(LoadError, match="文件为空"):
        load_text(path)


def test_unsupported_type_is_named(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(LoadError, match=r"暂不支持的文件类型：\.doc"):
        load_text(path)

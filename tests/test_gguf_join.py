"""Joining split model files: verification, clear errors naming the part, and atomic writes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest

from assistant.model_setup.gguf_join import (
    QWEN_CODER_1_5B,
    SplitModel,
    is_verified,
    join_parts,
    locate_parts,
    prepare_gguf,
)
from ingest.errors import ModelPrepError

PART_BYTES = [b"GGUF" + bytes(range(256)) * 40, os.urandom(9000), b"tail" * 500]


def _spec(prefix: str, parts: list[bytes] = PART_BYTES) -> SplitModel:
    return SplitModel(
        filename="tiny.gguf", pip_prefix=prefix, version="0.0.1",
        sha256=hashlib.sha256(b"".join(parts)).hexdigest(), size=sum(map(len, parts)),
        part_sha256=tuple(hashlib.sha256(p).hexdigest() for p in parts),
    )


@pytest.fixture
def part_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[SplitModel, list[Path]]:
    """Importable packages `tinytestpartN` shaped like the real model packages."""
    prefix = f"tinytestpart{uuid.uuid4().hex[:8]}x"
    paths = []
    for i, data in enumerate(PART_BYTES, 1):
        pkg = tmp_path / "site" / f"{prefix}{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "data" / f"part{i:02d}.bin").write_bytes(data)
        (pkg / "__init__.py").write_text(textwrap.dedent(f"""
            import os
            def get_part_path():
                return os.path.join(os.path.dirname(__file__), "data", "part{i:02d}.bin")
        """))
        paths.append(pkg / "data" / f"part{i:02d}.bin")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    return _spec(prefix), paths


def test_join_verifies_and_skips_second_time(part_packages, tmp_path: Path) -> None:
    spec, _ = part_packages
    dest, joined = prepare_gguf(spec, tmp_path / "models")
    assert joined and dest.read_bytes() == b"".join(PART_BYTES)
    assert is_verified(dest, spec.sha256)
    assert prepare_gguf(spec, tmp_path / "models") == (dest, False)


def test_missing_part_is_named(part_packages) -> None:
    spec, _ = part_packages
    missing = SplitModel(spec.filename, spec.pip_prefix, spec.version, spec.sha256, spec.size,
                         (*spec.part_sha256, "0" * 64))
    with pytest.raises(ModelPrepError, match=r"缺少模型分卷 4/4.*x4==0\.0\.1"):
        locate_parts(missing)


def test_missing_part_file_is_named(part_packages) -> None:
    spec, paths = part_packages
    paths[1].unlink()
    with pytest.raises(ModelPrepError, match="模型分卷 2 的文件不存在"):
        locate_parts(spec)


def test_corrupt_part_is_named_and_nothing_is_left(part_packages, tmp_path: Path) -> None:
    spec, paths = part_packages
    paths[1].write_bytes(b"X" + PART_BYTES[1][1:])
    models = tmp_path / "models"
    with pytest.raises(ModelPrepError, match="模型分卷 2 校验失败"):
        prepare_gguf(spec, models)
    assert sorted(p.name for p in models.iterdir()) == []


def test_whole_file_hash_is_checked(tmp_path: Path) -> None:
    parts = []
    for i, data in enumerate(PART_BYTES):
        parts.append(tmp_path / f"p{i}")
        parts[-1].write_bytes(data)
    wrong = _spec("unused")
    wrong = SplitModel(wrong.filename, "unused", "0", "f" * 64, wrong.size, wrong.part_sha256)
    with pytest.raises(ModelPrepError, match="合并后的模型校验失败"):
        join_parts(parts, tmp_path / "out" / "m.gguf", wrong)
    assert not (tmp_path / "out" / "m.gguf").exists()


def test_interrupted_join_leaves_nothing_usable(part_packages, tmp_path: Path) -> None:
    spec, paths = part_packages
    dest = tmp_path / "models" / spec.filename

    def stop_midway(_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        join_parts(paths, dest, spec, on_bytes=stop_midway)
    assert not dest.exists() and not is_verified(dest, spec.sha256)
    assert list(dest.parent.iterdir()) == []


def test_killed_join_is_redone_by_the_next_run(part_packages, tmp_path: Path) -> None:
    """SIGKILL after the first part: no stamped file; the next prepare joins it whole."""
    spec, paths = part_packages
    models = tmp_path / "models"
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from assistant.model_setup.gguf_join import SplitModel, join_parts
        spec = SplitModel(**{spec.__dict__!r})
        def die(_):
            os.kill(os.getpid(), signal.SIGKILL)
        join_parts([Path(p) for p in {[str(p) for p in paths]!r}], Path({str(models / spec.filename)!r}), spec, die)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parents[1])
    assert proc.returncode == -signal.SIGKILL
    dest = models / spec.filename
    assert not dest.exists()
    assert (models / (spec.filename + ".partial")).exists()  # the half file keeps its temporary name
    assert prepare_gguf(spec, models)[1] is True
    assert dest.read_bytes() == b"".join(PART_BYTES)
    assert not (models / (spec.filename + ".partial")).exists()


def test_changed_model_file_is_no_longer_verified(part_packages, tmp_path: Path) -> None:
    spec, _ = part_packages
    dest, _ = prepare_gguf(spec, tmp_path / "models")
    with dest.open("ab") as f:
        f.write(b"junk")
    assert not is_verified(dest, spec.sha256)


def test_real_model_parts_are_installed_and_pinned() -> None:
    paths = locate_parts(QWEN_CODER_1_5B)
    assert len(paths) == 22
    assert sum(p.stat().st_size for p in paths) == QWEN_CODER_1_5B.size
    assert paths[0].read_bytes()[:4] == b"GGUF"

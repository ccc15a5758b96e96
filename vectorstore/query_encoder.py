"""Search queries embedded by a numpy forward pass of the prepared model: no PyTorch, no transformers.

A search embeds one short query. Loading sentence-transformers for it costs ~7 s of imports and
model set-up on this 2-core machine, while the arithmetic for ~30 tokens is ~20 ms. This module runs
the same encoder (BERT / XLM-RoBERTa layers, mean pooling, L2 normalisation, the model's own query
prompt) over the safetensors weights, memory-mapped so only the rows of the query's tokens are read
from the 250k-token embedding table, with the model's own `tokenizer.json`. The vectors equal the
sentence-transformers ones to float precision (cosine > 0.99999, checked in tests), so documents
embedded at ingest and queries embedded here live in one space.

Anything else (another architecture, another pooling, a hub name instead of a folder) is reported
as unsupported, and the caller uses the full model.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_ARCHITECTURES = {"xlm-roberta", "bert"}
_DTYPES = {"F32": np.float32, "F16": np.float16}


@dataclass(frozen=True)
class _Layer:
    query_key_value: tuple[np.ndarray, np.ndarray]  # the three projections side by side: one matrix product
    attention_out: tuple[np.ndarray, np.ndarray]
    attention_norm: tuple[np.ndarray, np.ndarray]
    intermediate: tuple[np.ndarray, np.ndarray]
    output: tuple[np.ndarray, np.ndarray]
    output_norm: tuple[np.ndarray, np.ndarray]


def supported(folder: Path) -> bool:
    """A sentence-transformers folder of a BERT-family encoder with mean pooling and safetensors weights."""
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        pooling = _pooling(folder)
    except (OSError, ValueError):
        return False
    return (config.get("model_type") in _ARCHITECTURES
            and config.get("position_embedding_type", "absolute") == "absolute"
            and config.get("hidden_act") == "gelu"
            and pooling.get("pooling_mode_mean_tokens") is True
            and not any(value is True for key, value in pooling.items() if key != "pooling_mode_mean_tokens")
            and (folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file())


def _pooling(folder: Path) -> dict:
    modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    pools = [m for m in modules if m.get("type", "").endswith(".Pooling")]
    if len(modules) not in (2, 3) or len(pools) != 1:
        return {}
    return json.loads((folder / pools[0]["path"] / "config.json").read_text(encoding="utf-8"))


class NumpyQueryEncoder:
    """`encoder(text)` -> the normalised query vector, as `SentenceTransformer.encode_query` gives it."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer  # Rust, ~0.1 s to import; the 16 MB tokenizer.json loads in ~0.5 s

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads, self.eps = config["num_attention_heads"], config["layer_norm_eps"]
        # XLM-R counts positions from padding_idx + 1; BERT from 0
        self.position_offset = config["pad_token_id"] + 1 if config["model_type"] == "xlm-roberta" else 0
        weights = _open_safetensors(folder / "model.safetensors")
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = _pair(weights, "embeddings.LayerNorm")
        self.layers = [_layer(weights, f"encoder.layer.{i}") for i in range(config["num_hidden_layers"])]
        self.prompt = _query_prompt(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(_max_length(folder, config))

    def __call__(self, text: str) -> list[float]:
        ids = np.asarray(self.tokenizer.encode(self.prompt + text).ids)
        hidden = self.words[ids] + self.positions[np.arange(len(ids)) + self.position_offset] + self.token_type
        hidden = _layer_norm(hidden.astype(np.float32), self.embedding_norm, self.eps)
        for layer in self.layers:
            hidden = self._block(hidden, layer)
        vector = hidden.mean(axis=0, dtype=np.float64)
        return (vector / np.linalg.norm(vector)).tolist()

    def _block(self, hidden: np.ndarray, layer: _Layer) -> np.ndarray:
        tokens, width = hidden.shape
        size = width // self.heads

        def split(x: np.ndarray) -> np.ndarray:  # (tokens, width) -> (heads, tokens, size)
            return x.reshape(tokens, self.heads, size).transpose(1, 0, 2)

        query, key, value = (split(x) for x in np.split(_linear(hidden, layer.query_key_value), 3, axis=1))
        scores = query @ key.transpose(0, 2, 1) / math.sqrt(size)  # a Python float keeps float32
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        context = (scores / scores.sum(axis=-1, keepdims=True)) @ value
        context = context.transpose(1, 0, 2).reshape(tokens, width)
        hidden = _layer_norm(hidden + _linear(context, layer.attention_out), layer.attention_norm, self.eps)
        inner = _gelu(_linear(hidden, layer.intermediate))
        return _layer_norm(hidden + _linear(inner, layer.output), layer.output_norm, self.eps)


def _open_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Read-only views into a memory map of the file (format: u64 header size, JSON header, raw data)."""
    with path.open("rb") as handle:
        header_size = struct.unpack("<Q", handle.read(8))[0]
        header = json.loads(handle.read(header_size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_size)
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        dtype = _DTYPES[entry["dtype"]]
        tensors[name] = data[start:end].view(dtype).reshape(entry["shape"])
    return tensors


def _pair(weights: dict[str, np.ndarray], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    """Weight (transposed for `x @ weight`) and bias, copied out of the map into aligned float32 arrays:
    BLAS on the mapped views is ~10× slower."""
    weight = weights[f"{prefix}.weight"]
    weight = weight.T if weight.ndim == 2 else weight
    return np.array(weight, np.float32, order="C"), np.array(weights[f"{prefix}.bias"], np.float32)


def _layer(weights: dict[str, np.ndarray], prefix: str) -> _Layer:
    attention = f"{prefix}.attention"
    projections = [_pair(weights, f"{attention}.self.{name}") for name in ("query", "key", "value")]
    return _Layer(
        query_key_value=(np.concatenate([w for w, _ in projections], axis=1),
                         np.concatenate([b for _, b in projections])),
        attention_out=_pair(weights, f"{attention}.output.dense"),
        attention_norm=_pair(weights, f"{attention}.output.LayerNorm"),
        intermediate=_pair(weights, f"{prefix}.intermediate.dense"), output=_pair(weights, f"{prefix}.output.dense"),
        output_norm=_pair(weights, f"{prefix}.output.LayerNorm"),
    )


def _query_prompt(folder: Path) -> str:
    path = folder / "config_sentence_transformers.json"
    prompts = json.loads(path.read_text(encoding="utf-8")).get("prompts") or {} if path.is_file() else {}
    return prompts.get("query", "")


def _max_length(folder: Path, config: dict) -> int:
    path = folder / "sentence_bert_config.json"
    configured = json.loads(path.read_text(encoding="utf-8")).get("max_seq_length") if path.is_file() else None
    return min(configured or 512, config["max_position_embeddings"] - 2)


def _linear(x: np.ndarray, pair: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    weight, bias = pair
    return x @ weight + bias


def _layer_norm(x: np.ndarray, pair: tuple[np.ndarray, np.ndarray], eps: float) -> np.ndarray:
    weight, bias = pair
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """The exact (erf) GELU; erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), as numpy has none."""
    z = np.abs(x) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return 0.5 * x * (1.0 + erf)

"""A faster encoder for search queries: the same model with its transformer layers quantized to int8.

A query is embedded on every search, one at a time, where PyTorch's fixed cost per call dominates;
dynamic int8 quantization of the linear layers halves it on this CPU (25 -> 13 ms) while documents
keep their full-precision vectors. Query vectors stay within cosine ~0.98 of the fp32 ones; the
retrieval evaluation measures the effect (see README).
"""

from __future__ import annotations

import copy
import warnings

import numpy as np
import torch
from sentence_transformers import SentenceTransformer


class Int8QueryEncoder:
    def __init__(self, model: SentenceTransformer) -> None:
        base = model[0].auto_model
        self.tokenizer, self.max_length = model.tokenizer, model.max_seq_length
        self.prompt = (model.prompts or {}).get("query", "")
        self.net = copy.copy(base)
        self.net._modules = dict(base._modules)  # share the (large) embedding table, replace only the layers
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.net.encoder = torch.ao.quantization.quantize_dynamic(
                copy.deepcopy(base.encoder), {torch.nn.Linear}, dtype=torch.qint8)

    @staticmethod
    def supports(model: SentenceTransformer) -> bool:
        """Mean pooling over a plain transformer (e5, bge-m3-style models); anything else uses the model as is."""
        modules = list(model)
        pooling = modules[1].get_config_dict() if len(modules) > 1 else {}
        return (len(modules) in (2, 3) and pooling.get("pooling_mode") == "mean"
                and hasattr(modules[0], "auto_model") and hasattr(modules[0].auto_model, "encoder"))

    def __call__(self, text: str) -> list[float]:
        batch = self.tokenizer([self.prompt + text], return_tensors="pt", truncation=True, max_length=self.max_length)
        with torch.inference_mode():
            hidden = self.net(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        vector = ((hidden * mask).sum(1) / mask.sum(1))[0].numpy()
        return (vector / np.linalg.norm(vector)).tolist()

"""The project's one errors module: every error a user can act on.

A `UserError` carries a Chinese message for the user and an English detail for the logs. A message
may be written with its English form at the end in parentheses, `文件为空 (empty file)`; the two are
kept apart, so the CLI and the web app show `message` and log `detail`. The CLI maps these errors in
one place (`assistant.cli.common.user_errors`), the web app in one place (`assistant.web.errors`).

The module sits in the lowest layer of the project so that every layer can raise these errors.
"""

from __future__ import annotations

import re

# The English form at the end of a message: ASCII, no CJK, no nested parentheses.
_DETAIL = re.compile(r"(?s)(.*?\S)\s*\(([^()\u3000-\u9fff\uff00-\uffef]*[A-Za-z][^()\u3000-\u9fff\uff00-\uffef]*)\)\s*")


class UserError(Exception):
    """An error the user can act on: `message` in Chinese for the user, `detail` in English for logs."""

    def __init__(self, message: str, detail: str = "") -> None:
        if not detail and (split := _DETAIL.fullmatch(message)):
            message, detail = split.group(1), split.group(2)
        super().__init__(message, detail)
        self.message, self.detail = message, detail

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message


# Files and parsing
class LoadError(UserError, ValueError):
    """A file that cannot be read (the loaders, the size limit, an empty body)."""


class ParseTimeout(LoadError):
    """Parsing a file ran past the time limit; its parser process was killed."""


# Storage
class StorageUnavailable(UserError, RuntimeError):
    """The data folder cannot be written: disk full or read-only."""


class VectorStoreUnavailable(UserError, RuntimeError):
    """The Chroma server cannot be reached."""


class EmbeddingChanged(UserError, RuntimeError):
    """The library was embedded with another model than the configured one."""


# Models
class EmbeddingModelMissing(UserError, RuntimeError):
    """The embedding model folder is missing or damaged."""


class RerankerMissing(UserError, RuntimeError):
    """The configured cross-encoder cannot be loaded."""


class LLMUnavailable(UserError, RuntimeError):
    """The language model is missing, misconfigured, failed or ran past its time limit."""


class ModelPrepError(UserError, RuntimeError):
    """A model could not be prepared from its PyPI packages."""


# Requests
class QuestionError(UserError, ValueError):
    """A question that cannot be asked (empty, too long)."""


class DraftError(UserError, ValueError):
    """A drafting request that cannot be drafted, or a bad form value."""


class LoginRequired(UserError, RuntimeError):
    """The web app would listen beyond this machine with no users configured."""


# Proofreading
class RuleFileError(UserError, ValueError):
    """A line of a proofreading rule file (shipped or the office's own) that cannot be read."""

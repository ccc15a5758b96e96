"""Prompt files (Chinese), loaded by name, so an office can adapt wording without touching code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from langchain_core.prompts import ChatPromptTemplate


def read_prompt(name: str) -> str:
    """The text of `prompts/<name>.md`."""
    return resources.files(__package__).joinpath(f"{name}.md").read_text(encoding="utf-8").strip()


def chat_prompt(name: str) -> ChatPromptTemplate:
    """A system + user template from `<name>.system.md` and `<name>.user.md`."""
    return ChatPromptTemplate.from_messages(
        [("system", read_prompt(f"{name}.system")), ("human", read_prompt(f"{name}.user"))]
    )


SECTION_HEAD = re.compile(r"^## (\w+)\s*$", re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
FALLBACK_TYPE = "其他"


@dataclass(frozen=True)
class DraftPrompt:
    """`draft.<mode>.<type>.md`: settings in front matter, then `## part` sections (system, item, …)."""

    name: str
    settings: dict[str, Any]
    parts: dict[str, str]

    def part(self, name: str, **values: Any) -> str:
        return self.parts[name].format(**values)


def draft_prompt(mode: str, doc_type: str) -> DraftPrompt:
    """The prompt file of this mode and document type, or of 其他 when the office has none for the type."""
    name = f"draft.{mode}.{doc_type}"
    if not resources.files(__package__).joinpath(f"{name}.md").is_file():
        name = f"draft.{mode}.{FALLBACK_TYPE}"
    return parse_draft_prompt(name, read_prompt(name))


def parse_draft_prompt(name: str, text: str) -> DraftPrompt:
    front = FRONT_MATTER.match(text + "\n")
    settings = (yaml.safe_load(front.group(1)) or {}) if front else {}
    body = text[front.end():] if front else text
    pieces = SECTION_HEAD.split(body)
    parts = {pieces[i]: pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}
    return DraftPrompt(name, settings, parts)

"""Prompt files (Chinese), loaded by name, so an office can adapt wording without touching code."""

from __future__ import annotations

from importlib import resources

from langchain_core.prompts import ChatPromptTemplate


def read_prompt(name: str) -> str:
    """The text of `prompts/<name>.md`."""
    return resources.files(__package__).joinpath(f"{name}.md").read_text(encoding="utf-8").strip()


def chat_prompt(name: str) -> ChatPromptTemplate:
    """A system + user template from `<name>.system.md` and `<name>.user.md`."""
    return ChatPromptTemplate.from_messages(
        [("system", read_prompt(f"{name}.system")), ("human", read_prompt(f"{name}.user"))]
    )

"""What proofreading finds: a rule, a level, the text, the fix, where it stands and why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    """How sure a finding is, gravest first: 必改 (an error by the rule), 建议 (usage the rule prefers), 提示 (worth
    a look: right or wrong depends on what the writer meant)."""

    MUST = "必改"
    SHOULD = "建议"
    NOTE = "提示"


LEVELS = tuple(Level)


class Rule(StrEnum):
    """The rule classes; RULE_NAMES gives their Chinese names (shown and in JSON as `rule`)."""

    TYPO = "typo"
    CONFUSION = "confusion"
    REPEAT = "repeat"
    FORMULATION = "formulation"
    FOREIGN = "foreign"
    NUMBER = "number"
    STRUCTURE = "structure"
    HOUSE = "house"


RULE_NAMES = {Rule.TYPO: "错别字", Rule.CONFUSION: "近义混淆", Rule.REPEAT: "重复词", Rule.FORMULATION: "规范表述",
              Rule.FOREIGN: "外事用语", Rule.NUMBER: "数字用法", Rule.STRUCTURE: "结构格式", Rule.HOUSE: "本馆用法"}


@dataclass(frozen=True)
class Proof:
    """One proofreading finding: `text` is draft[start:end], `suggestion` what replaces it (None: no fix to
    offer), `basis` the standard or lexicon entry the rule comes from."""

    rule: Rule
    level: Level
    text: str
    suggestion: str | None
    start: int
    end: int
    explanation: str
    basis: str = ""

    def as_json(self) -> dict[str, str | int | None]:
        return {"rule": RULE_NAMES[self.rule], "code": self.rule.value, "level": self.level.value, "text": self.text,
                "suggestion": self.suggestion, "start": self.start, "end": self.end,
                "explanation": self.explanation, "basis": self.basis}

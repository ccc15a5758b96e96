"""One set of Chinese labels for what the CLI and the web app show: verdicts, import statuses, figure
origins, check statuses and the marks put into text."""

from __future__ import annotations

from assistant.check.proofread import RULE_NAMES, Level
from assistant.check.verdicts import Verdict
from assistant.draft.figures import PENDING_MARK, Origin
from assistant.grounding.verify import UNVERIFIED_MARK, CheckStatus

VERDICT = {Verdict.CONTRADICTS: "矛盾", Verdict.UNCERTAIN: "需核对", Verdict.INTERNAL: "自相矛盾",
           Verdict.STATUS: "状态变化", Verdict.CONSISTENT: "一致", Verdict.NEW: "新增", Verdict.COPIED: "照抄"}
INGEST_STATUS = {"added": "新增", "updated": "更新", "unchanged": "未变", "failed": "失败"}
ORIGIN = {Origin.USER: "用户提供", Origin.LIBRARY: "引自资料库", Origin.PENDING: "待核实"}
CHECK_STATUS = {CheckStatus.VERIFIED: "已核实", CheckStatus.CORRECTED: "已更正", CheckStatus.UNVERIFIED: "未核实",
                CheckStatus.GIVEN: "问题中已有"}

PROOF_RULE = RULE_NAMES  # 错别字, 近义混淆, 重复词, 规范表述, 外事用语, 数字用法, 结构格式, 本馆用法
PROOF_STYLE = {Level.MUST: "red", Level.SHOULD: "yellow", Level.NOTE: "cyan"}

__all__ = ["CHECK_STATUS", "INGEST_STATUS", "ORIGIN", "PENDING_MARK", "PROOF_RULE", "PROOF_STYLE", "UNVERIFIED_MARK",
           "VERDICT"]

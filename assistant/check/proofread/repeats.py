"""重复词: a word written twice by accident (进一步进一步, 的的), not a reduplication the language uses (研究研究,
一个一个, 实实在在, 不了了之, 等等) nor a name (伊洛伊洛市)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.check.proofread.model import Level, Proof, Rule
from assistant.check.proofread.words import on_boundaries

CJK = "\u4e00-\u9fff"
DOUBLED_WORD = re.compile(rf"(?P<w>[{CJK}]{{2,6}})(?P=w)(?![市省州岛县国河山])")
DOUBLED_CHAR = re.compile(r"(?P<w>[的了在和与及并对把将被为从向于要是])(?P=w)")
REDUPLICATED = re.compile(r"(研究|讨论|商量|考虑|学习|了解|交流|沟通|锻炼|活动|休息|比划|打扫|整理|介绍|说明"
                          r"|看看|想想|谢谢|哈哈)$")
CHAR_WORDS = re.compile(r"目的的|是是否|的的确|不了了之|了了之|是是非非|和和美美|和和气气|一对对|一把把|对对联"
                        r"|为为|从从容容"
                        r"|于于|将将就就")
WINDOW = 8


REDUNDANT = (  # two words saying the same thing: 由于……的原因, 大约……左右
    (re.compile(r"由于[^，。；\n]{1,20}?的原因"), "“由于”与“的原因”语义重复，删去其一"),
    (re.compile(r"大约[^，。；\n]{1,10}?左右"), "“大约”与“左右”语义重复，删去其一"),
    (re.compile(r"(?<![多至])凡是[^，。；\n]{1,20}?都"), "“凡是”与“都”连用时注意语义重复"),
    (re.compile(r"(?:亲眼目睹|不断涌现出|免费赠送|首次创办|重新再|再次重申|涉及到)"), "词语语义重复"),
    (re.compile(r"原因是因为|一起共同|共同一起|彼此相互|相互彼此|截至目前为止|截止目前为止|日益越来越|越来越日益|较上年同比"
                r"|比上年同比|均已全部|都已全部|全部均已|大约左右|超过以上"), "词语语义重复，删去其一"),
)


def repeat_findings(text: str) -> Iterator[Proof]:
    for pattern, why in REDUNDANT:
        for m in pattern.finditer(text):
            yield Proof(Rule.REPEAT, Level.NOTE, m.group(), None, m.start(), m.end(), why, "")
    for m in DOUBLED_WORD.finditer(text):
        word = m.group("w")
        if word.startswith("一") or REDUPLICATED.search(word) or len(set(word)) == 1:
            continue
        if not on_boundaries(text, (m.start(), m.start() + len(word)), WINDOW):
            continue  # words of the sentence (进一步|进一步), not pieces of others (生|产扩|产扩|能)
        yield Proof(Rule.REPEAT, Level.MUST, m.group(), word, m.start(), m.end(), f"“{word}”重复", "")
    for m in DOUBLED_CHAR.finditer(text):
        around = text[max(0, m.start() - 2):m.end() + 2]
        if CHAR_WORDS.search(around) or text[m.start() - 2:m.start() - 1] == text[m.start() - 1:m.start()] != "":
            continue  # 实实在在: the pair after a doubled character
        if not on_boundaries(text, (m.start(), m.start() + 1, m.end()), WINDOW):
            continue  # 主要|要求: the end of one word and the start of the next
        yield Proof(Rule.REPEAT, Level.MUST, m.group(), m.group("w"), m.start(), m.end(), f"“{m.group('w')}”重复",
                    "")

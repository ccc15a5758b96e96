"""Contact questions (咨询电话是多少, 可拨打哪个热线, 网址是什么): answered by quoting the sentence of the
passages that gives the number or address, without the model (which reads 0523-86391105 as two figures).
"""

from __future__ import annotations

import re

from assistant.grounding.context import ContextPassage, matched_weight
from ingest.nlp.sentences import split_sentences
from vectorstore.hits import Hit

CONTACT_ASK = re.compile(r"电话|热线|号码|专线|联系方式|邮箱|网址|网站")
# 0523-86391105, 010—59191471, 86512345, 13912345678, 12345/12366 service lines, an e-mail or web address
CONTACT = re.compile(
    r"(?<![\d.])(?:0\d{2,3}\s*[-—－–]\s*\d{7,8}|1[3-9]\d{9}|\d{7,8}|12\d{3}|9\d{4})(?![\d.])"
    r"|[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[\w./?=&%-]+")
CONTACT_SAID = re.compile(r"电话|热线|专线|拨打|咨询|联系|邮箱|网址|网站|平台|http|www|@")
MIN_MATCH = 0.5  # share of the question's term weight the passage (with its title and headings) must hold


def contact_passage(question: str, weights: dict[str, float], hits: list[Hit]) -> ContextPassage | None:
    """The sentence of the hits giving a contact the question asks for, in the passage best matching the
    question (the whole passage is read: a short context for a figure would leave out the line 咨询电话：…;
    the office it belongs to may be named by the sentence before it)."""
    if not CONTACT_ASK.search(question):
        return None
    total = sum(weights.values()) or 1.0
    scored = []
    for rank, hit in enumerate(hits):
        about = " ".join((hit.chunk.title, *hit.chunk.heading_path))
        if matched_weight(f"{about} {hit.chunk.text}", weights) < MIN_MATCH * total:
            continue
        scored += [(matched_weight(sentence, weights), -rank, hit, sentence.strip())
                   for sentence in split_sentences(hit.chunk.text)
                   if CONTACT.search(sentence) and CONTACT_SAID.search(sentence)]
    if not scored:
        return None
    _, _, hit, sentence = max(scored, key=lambda s: s[:2])
    return ContextPassage(1, hit, (sentence,))


def contact_text(passage: ContextPassage) -> str:
    """The sentence quoted with its citation."""
    return f"{passage.sentences[0].rstrip('。；;，, ')}[1]。"

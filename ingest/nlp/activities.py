"""Activities, events, programmes and bodies a sentence names: a noun before a word of
data/activity_words.txt (文化活动, 旅游合作, 友城论坛, 国际会议). A draft may state such a thing only where the
writer's points or a passage of the library do; the noun before the activity word is what names it
(交流活动 and 对外合作, with a word of data/generic_modifiers.txt, name none)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ingest.nlp.lexicon import lexicon_lines
from ingest.nlp.names import dictionary_tags


@dataclass(frozen=True)
class Activity:
    """`旅游合作` in a sentence: modifier 旅游, word 合作, at [start, end)."""

    modifier: str
    word: str
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.modifier + self.word


@cache
def activity_words() -> frozenset[str]:
    return frozenset(lexicon_lines("activity_words"))


@cache
def generic_modifiers() -> frozenset[str]:
    return frozenset(lexicon_lines("generic_modifiers"))


NOT_NAMING = frozenset({"v", "p", "c", "u", "uj", "ul", "d", "a", "ad", "r", "m", "q", "f", "x", "y"})
NAMING_WORD = 3  # an activity word this long (博览会, 文化节, 培训班) names an event with no noun before it
CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}$")


@cache
def _words_pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, activity_words()), key=len, reverse=True)))


def activities(sentence: str) -> list[Activity]:
    """Each activity word with the two characters before it, when they name something (not a verb, a
    preposition or a word of data/generic_modifiers.txt): 国际会议, 文化活动, 友城论坛 of 国际友城论坛; a
    longer activity word (文化节, 座谈会) on its own when they do not."""
    found = []
    for match in _words_pattern().finditer(sentence):
        modifier = sentence[max(0, match.start() - 2) : match.start()]
        tags = dictionary_tags(modifier) if CJK_PAIR.match(modifier) and modifier not in generic_modifiers() else ()
        if tags and tags[-1] not in NOT_NAMING and tags[0] not in NOT_NAMING:
            found.append(Activity(modifier, match.group(), match.start() - 2, match.end()))
        elif len(match.group()) >= NAMING_WORD:  # 举办文化节, 召开座谈会: the word names the event itself
            found.append(Activity("", match.group(), match.start(), match.end()))
    return found

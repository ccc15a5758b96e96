# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the 西陵市 foreign-affairs tuning library from the tables below.

    python -m benchmarks.tuning.write_xiling

A prefecture-level city known for ceramics whose office is reorganised mid-series: 西陵市人民政府外事办公室 (市外办)
until the 2019 institutional reform, then 中共西陵市委外事工作委员会办公室 (市委外办), the government office no longer
kept. Yearly reports 2013-2025 without 2016 and 2022 (their figures are stated only by the 2017 and 2023 reports as
last year's figure, worded in varied ways, and some measures of those years are stated nowhere), plus half-year
reports (上半年工作总结) of 2014 and 2023 and work plans (工作要点) of 2018 and 2022 with targets (力争…), in three
house styles with their own headings, section order, units and numerals: 2013-2015 工作总结 in 一、（一）1. under
主任秦振邦 (副主任左婉清; small counts in Chinese numerals: 十二批, 二十四项); 2017-2020 年度工作情况报告 with
一是…二是… and 党建 first under 裴文渊, who took office in March 2017 (the 2017 report names the change; 副主任曹一帆);
2021-2025 报告 to 市委、市政府 in 第一部分/第二部分/第三部分 with 开放 first under 卢劲松 (副主任景若琳).
Measures the other libraries lack: 外国来访团组 with 副部级以上外国政要, 因公出国（境）团组 (批/批次/个), 常住外籍人员
(a year-end stock), 外国人工作许可 (件/份), 领事保护与协助案件 (起/件), 涉外笔译 (万字), 海外引才 (人/名),
对外友好交流项目 (项/个), 对外捐赠 (万元), 中欧班列 (列, opened 2016, rising through the pandemic while visits fall),
国际友好城市 and 友好交流城市 kept apart (with countries and years), and 国内友好城市 that are neither. A 中国西陵国际陶瓷
博览会 (陶博会, since 2009) held every two years until 2015, yearly from 2016, skipped in 2020 and 2022 (the 2022 plan
names the 第十届 that was then held in 2023), so its edition is not year minus a constant. Quarter and half-year
figures next to the full-year figures, next-year targets that differ from the results. News items of 东陵市 (2016, a
missing year), 西陵市金沙区 (2019, a district of the city itself, whose figures are not the city office's) and
南岭县 (2023, a county) with the same measures and similar numbers.

Every gold answer is computed from the tables, and `check()` asserts before anything is written that it stands in
the intended document near the words of its measure, that the year it refers to is unambiguous, that the forbidden
values are in the library (traps) but not in the sentence holding the answer, that the not-found answers are absent,
and that no sentence repeats another library's.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from benchmarks.tuning import common
from benchmarks.tuning.common import FIGURE, cn, fmt, liang, mentions, other_reports, q, sentences

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
QUESTIONS = HERE / "xiling_questions.jsonl"

OLD = "西陵市人民政府外事办公室"  # until February 2019
PARTY = "中共西陵市委外事工作委员会办公室"  # from February 2019
YEARS = list(range(2013, 2026))
MISSING = (2016, 2022)  # no yearly report of these years
HELD = [y for y in YEARS if y not in MISSING]
REFORM = 2019


series = partial(common.series, YEARS)


# ---------------------------------------------------------------- full-year figures (2013 … 2025)
M = {
    "visits": series(58, 63, 71, 76, 82, 89, 97, 9, 14, 21, 68, 84, 93),                     # 外国来访团组
    "visit_p": series(486, 541, 612, 655, 718, 790, 865, 47, 83, 126, 574, 736, 812),         # 来访 人次
    "vip": series(12, 10, 13, 11, 15, 17, 18, 2, 4, 7, 16, 19, 20),                          # 副部级以上外国政要
    "out": series(46, 52, 57, 61, 54, 59, 66, 3, 1, 5, 38, 49, 55),                           # 因公出国（境）团组
    "out_p": series(231, 262, 289, 305, 268, 293, 327, 11, 4, 19, 176, 238, 271),             # 出国 人次
    "foreigners": series(1860, 2035, 2210, 2388, 2540, 2726, 2913, 2354, 2107, 1968, 2281, 2645, 2870),  # 年末常住外籍人员
    "permits": series(312, 347, 389, 420, 452, 498, 537, 261, 284, 233, 406, 471, 519),       # 外国人工作许可
    "cases": series(27, 31, 36, 42, 45, 51, 58, 73, 64, 49, 40, 47, 53),                      # 领事保护与协助案件
    "translation": series(126, 138, 152, 167, 181, 196, 214, 143, 158, 149, 205, 232, 247),  # 涉外笔译 万字
    "talent": series(38, 44, 51, 57, 63, 72, 80, 35, 41, 46, 67, 75, 86),                     # 海外高层次人才和外国专家
    "projects": series(24, 27, 31, 29, 34, 37, 41, 12, 15, 18, 33, 39, 44),                   # 对外友好交流项目
    "donation": series(35, 42, 118, 60, 47, 53, 39, 286, 174, 95, 66, 58, 71),                # 对外捐赠款物 万元
    "rail": series(None, None, None, 38, 96, 152, 214, 368, 455, 402, 327, 386, 431),         # 中欧班列 列
}

# units by house style A (2013-2015), B (2017-2020), C (2021-2025)
UNITS = {
    "visits": ("批", "个", "批次"), "visit_p": ("人次",) * 3, "vip": ("批", "批", "批次"), "out": ("批", "批次", "个"),
    "out_p": ("人次", "人", "人次"), "foreigners": ("人", "名", "人"), "permits": ("件", "份", "件"),
    "cases": ("起", "件", "起"), "translation": ("万字",) * 3, "talent": ("人", "名", "人"),
    "projects": ("项", "个", "项"), "donation": ("万元",) * 3, "rail": ("列",) * 3,
}
# a measure whose unit changes with the style: an answer may write any of these
SYNONYMS = {"visits": ("批", "个", "批次"), "vip": ("批", "批次"), "out": ("批", "个", "批次"), "out_p": ("人次", "人"),
            "foreigners": ("人", "名"), "permits": ("件", "份"), "cases": ("起", "件"), "talent": ("人", "名"),
            "projects": ("项", "个")}
CHINESE = ("vip", "projects")  # small counts in Chinese numerals in style A
CTX = {"visits": "来访", "visit_p": "来访", "vip": "政要", "out": "出国", "out_p": "出国", "foreigners": "外籍",
       "permits": "许可", "cases": "案件", "translation": "笔译", "talent": "人才", "projects": "交流项目",
       "donation": "捐赠", "rail": "班列"}

# a quarter's or half-year's figure written next to the full-year figure: (year, measure) -> (period, value)
SUB = {(2019, "visits"): ("上半年", 45), (2020, "visits"): ("一季度", 7), (2021, "rail"): ("上半年", 231),
       (2024, "out"): ("一季度", 11), (2025, "cases"): ("上半年", 24)}

# the half-year reports: {year: {measure: first-half figure}} (foreigners: the stock at the end of June)
HALF = {
    2014: dict(visits=27, visit_p=236, vip=5, out=21, out_p=98, projects=11, foreigners=1948, permits=158, cases=14,
               translation=61),
    2023: dict(visits=29, visit_p=231, out=15, out_p=72, rail=158, talent=28, foreigners=2164, permits=183, cases=19),
}
HALF_BEFORE = {2014: ("visits", 24), 2023: ("visits", 8)}  # the same period of the year before, as the report states it

# how a report states last year's figure: {report year: {measure: way}}
PREV = {
    2014: {"visits": "bi_de_duo"},
    2015: {"cases": "pct_year"},
    2017: {"visits": "bi_de_duo", "out": "shang_wei", "cases": "jiao_year", "foreigners": "pct_year", "rail": "bei"},
    2018: {"visits": "pct_only"},
    2019: {"talent": "bi_paren"},
    2020: {"visits": "jiao_de_pct"},
    2021: {"rail": "pct_full"},
    2023: {"visits": "pct_year", "out": "shang_jin", "cases": "bi_de_duo", "rail": "jiao_year_pct",
           "foreigners": "shang_mo", "talent": "shang_wei", "projects": "bi_paren"},
    2024: {"translation": "bi_de_duo"},
    2025: {"cases": "qunian"},
}

# targets: {target year: {measure: value}}; stated by the plan section of the year before and by that year's 工作要点
TARGETS = {
    2014: dict(visits=65), 2015: dict(visits=66, out_cap=60), 2016: dict(visits=80, talent=55),
    2018: dict(visits=95, out_cap=64, talent=78, rail=180), 2019: dict(visits=102, rail=240), 2020: dict(visits=105),
    2021: dict(visits=20, rail=420), 2022: dict(visits=30, rail=500, talent=50, projects=20),
    2024: dict(visits=78, rail=400), 2025: dict(visits=90, talent=90), 2026: dict(visits=100, rail=460),
}
PLAN_KEYS = {  # which targets the yearly report's plan section names (the 工作要点 name all of theirs)
    2014: ("visits",), 2015: ("visits", "out_cap"), 2016: ("visits", "talent"), 2018: ("visits", "rail"),
    2019: ("visits", "rail"), 2020: ("visits",), 2021: ("visits", "rail"), 2022: ("visits", "rail"),
    2024: ("visits", "rail"), 2025: ("visits", "talent"), 2026: ("visits", "rail"),
}
WORK_PLANS = (2018, 2022)

# ---------------------------------------------------------------- people (the 2016 主任 only via the 2017 report)
DIRECTOR = {2013: ["秦振邦"], 2014: ["秦振邦"], 2015: ["秦振邦"], 2017: ["秦振邦", "裴文渊"], 2018: ["裴文渊"],
            2019: ["裴文渊"], 2020: ["裴文渊"], 2021: ["卢劲松"], 2023: ["卢劲松"], 2024: ["卢劲松"], 2025: ["卢劲松"]}
DEPUTY = {**dict.fromkeys((2013, 2014, 2015), "左婉清"), **dict.fromkeys((2017, 2018, 2019, 2020), "曹一帆"),
          **dict.fromkeys((2021, 2023, 2024, 2025), "景若琳")}
CHANGE = (2017, 3, "秦振邦", "裴文渊")  # March 2017

# ---------------------------------------------------------------- partners: (city, country, year)
CITIES = [  # 国际友好城市
    ("利摩日市", "法国", 1996), ("濑户市", "日本", 2003), ("代尔夫特市", "荷兰", 2008), ("塞尔布市", "德国", 2013),
    ("骊州市", "韩国", 2015), ("伊利亚沃市", "葡萄牙", 2016), ("博莱斯瓦维茨市", "波兰", 2018),
    ("法恩扎市", "意大利", 2019), ("卡罗维发利市", "捷克", 2024),
]
EXCHANGE = [  # 友好交流城市 (not 友好城市)
    ("东利物浦市", "美国", 2014), ("斯托克市", "英国", 2017), ("马尼塞斯市", "西班牙", 2021),
    ("屈塔希亚市", "土耳其", 2023), ("法尤姆市", "埃及", 2025),
]
DOMESTIC = [("泉阳市", 2010), ("岳川市", 2019)]  # 国内友好城市
RAIL_OPEN = (2016, 4, "杜伊斯堡", "德国")


def intl(year: int) -> int:
    return sum(c[2] <= year for c in CITIES)


def exch(year: int) -> int:
    return sum(c[2] <= year for c in EXCHANGE)


def short(city: str) -> str:
    return city[:-1] if city.endswith("市") else city


# ---------------------------------------------------------------- the ceramics fair (陶博会)
EXPO = "中国西陵国际陶瓷博览会"
EXPO_YEARS = [2009, 2011, 2013, 2015, 2016, 2017, 2018, 2019, 2021, 2023, 2024, 2025]  # biennial to 2015; not 2020, 2022
EXPO_ED = {y: i + 1 for i, y in enumerate(EXPO_YEARS)}
EXPO_STATS = {2013: (19, 126, 8.6), 2015: (23, 158, 11.2), 2017: (28, 205, 15.8), 2018: (31, 232, 18.4),
              2019: (34, 267, 21.7), 2023: (30, 214, 19.6), 2024: (35, 281, 24.3), 2025: (38, 306, 27.9)}
# (国家和地区, 境外展商 家, 意向成交额 亿元)


def style(key) -> str:
    """The house style of a document: a yearly report by its year; half-year reports and work plans by theirs."""
    if isinstance(key, str) and key[0] in "hp":
        return {"h2014": "A", "h2023": "C", "p2018": "B", "p2022": "C"}[key]
    year = int(key)
    return "A" if year <= 2015 else "B" if year <= 2020 else "C"


def unit(measure: str, key) -> str:
    return UNITS[measure]["ABC".index(style(key))]


def written(measure: str, key, value) -> str:
    """A figure as that document writes it (Chinese numerals for small counts in style A)."""
    if style(key) == "A" and measure in CHINESE and isinstance(value, int) and value < 100:
        return f"{liang(value)}{unit(measure, key)}"
    return f"{fmt(value)}{unit(measure, key)}"


def v(measure: str, year: int) -> str:
    return written(measure, year, M[measure][year])


def h(measure: str, year: int) -> str:
    return written(measure, f"h{year}", HALF[year][measure])


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
    d = abs(cur - prev)
    p = fmt(prev)
    return {
        "bi_de_duo": f"，比上年的{p}{u}{'多' if up else '少'}{d}{u}",
        "pct_year": f"，同比{'增长' if up else '下降'}{pct(cur, prev)}（{year - 1}年为{p}{u}）",
        "shang_wei": f"，上年为{p}{u}",
        "jiao_year": f"，较{year - 1}年的{p}{u}{'增加' if up else '减少'}{d}{u}",
        "bei": f"，是上年{p}{u}的{cur / prev:.1f}倍",
        "pct_only": f"，同比增长{pct(cur, prev)}",
        "bi_paren": f"，比上年（{p}{u}）{'增加' if up else '减少'}{d}{u}",
        "jiao_de_pct": f"，较上年的{p}{u}下降{pct(cur, prev)}",
        "pct_full": f"，同比增长{pct(cur, prev)}，上年全年为{p}{u}",
        "shang_jin": f"，而上年仅有{p}{u}",
        "jiao_year_pct": f"，较{year - 1}年的{p}{u}{'增长' if up else '回落'}{pct(cur, prev)}",
        "shang_mo": f"，上年末为{p}{u}",
        "qunian": f"，去年为{p}{u}",
    }[way]


def sub(measure: str, year: int, after: str = "") -> str:
    """after: the clause before it (last year's figure), which a semicolon then keeps apart from 其中."""
    if (year, measure) not in SUB:
        return ""
    period, value = SUB[(year, measure)]
    return f"{'；' if after else '，'}其中{period}{written(measure, year, value)}"


def plan(year: int, key=None) -> str:
    """The targets of `year` in one clause that names that year, as document `key` writes them."""
    key = key or year - 1
    t = TARGETS[year]
    names = t if isinstance(key, str) else PLAN_KEYS[year]
    parts = []
    if "visits" in names:
        parts.append(f"外国来访团组达到{t['visits']}{unit('visits', key)}")
    if "out_cap" in names:
        parts.append(f"因公出国（境）团组不超过{t['out_cap']}{unit('out', key)}")
    if "talent" in names:
        parts.append(f"引进海外高层次人才和外国专家{t['talent']}{unit('talent', key)}")
    if "rail" in names:
        parts.append(f"中欧班列开行{t['rail']}列")
    if "projects" in names:
        parts.append(f"实施对外友好交流项目{t['projects']}{unit('projects', key)}")
    return f"力争{year}年" + "、".join(parts)


def expo(year: int) -> str:
    if year == 2014:
        return "第四届陶博会定于2015年10月举办，年内完成境外招展方案，赴法国、日本开展专场推介。"
    if year == 2020:
        return f"受新冠肺炎疫情影响，原定10月举办的第{cn(EXPO_ED[2021])}届陶博会推迟至明年举办。"
    if year == 2021:
        return (f"第{cn(EXPO_ED[2021])}届陶博会首次采用“线上展厅+线下展区”模式举办，境外展商通过云端参展、视频洽谈，"
                "展会影响力在特殊时期不减。")
    c, firms, deal = EXPO_STATS[year]
    ed = cn(EXPO_ED[year])
    return {
        2013: f"10月，第{ed}届{EXPO}（陶博会）在西陵国际会展中心举行，来自{c}个国家和地区的{firms}家境外展商参展，"
              f"意向成交额{fmt(deal)}亿元。陶博会自{EXPO_YEARS[0]}年创办以来每两年举办一届，成为西陵走向世界的一张名片。",
        2015: f"10月，第{ed}届陶博会吸引{c}个国家和地区的{firms}家境外展商参展，意向成交额{fmt(deal)}亿元。经市政府研究，"
              "陶博会自下一届起由两年一届改为一年一届。",
        2017: f"继{EXPO_YEARS[4]}年第{cn(EXPO_ED[2016])}届陶博会首次按年度举办之后，本年度第{ed}届陶博会吸引{c}个国家和地区的"
              f"{firms}家境外展商参展，意向成交额{fmt(deal)}亿元。",
        2018: f"10月，第{ed}届陶博会举办，{c}个国家和地区的{firms}家境外展商参展，意向成交额{fmt(deal)}亿元。",
        2019: f"第{ed}届陶博会规模再创新高，{c}个国家和地区的{firms}家境外展商参展，意向成交额{fmt(deal)}亿元。",
        2023: f"因疫情推迟的第{ed}届陶博会于10月恢复全线下举办，{c}个国家和地区的{firms}家境外展商参展，意向成交额"
              f"{fmt(deal)}亿元。",
        2024: f"第{ed}届陶博会首设国际友城陶瓷馆，{c}个国家和地区的{firms}家境外展商参展，意向成交额{fmt(deal)}亿元。",
        2025: f"第{ed}届陶博会共有{c}个国家和地区的{firms}家境外展商参展，意向成交额{fmt(deal)}亿元，均为历届最高。",
    }[year]


# ---------------------------------------------------------------- the passages of each year
EX = {
    2013: dict(
        theme="认真学习贯彻党的十八大精神",
        guests="法国利摩日市市长、德国塞尔布市代表团等重要团组来访期间，市领导分别会见，双方就陶瓷产业合作深入交换意见",
        cities="我市已与法国利摩日市、日本濑户市、荷兰代尔夫特市建立友好城市关系，2010年与泉阳市结为国内友好城市。5月，"
               "市政府代表团出访德国塞尔布市，两市正式签署建立友好城市关系协议书，主任秦振邦随团出访。",
        donation="向日本濑户市、荷兰代尔夫特市等友城赠送陶瓷艺术作品，增进了两地人民的友谊。",
        foreign="在西陵国际会展中心设立外籍人员服务窗口，集中受理咨询和办证预约。",
        cases="主要涉及在外务工人员劳资纠纷、出境游客意外伤病等，当事人合法权益均得到有效维护",
        party="认真开展党的群众路线教育实践活动，主任秦振邦带头深入区县调研，对查摆出的“四风”问题逐项整改；副主任左婉清"
              "牵头修订《外事接待工作规程》，机关作风明显转变。",
        translation="承担陶博会开幕式、市领导会见等重要外事活动的口译任务，外事翻译质量得到外宾好评",
    ),
    2014: dict(
        theme="把党的十八届三中、四中全会精神落实到外事工作各方面",
        guests="日本濑户市议会代表团、美国东利物浦市市长等重要团组来访，洽谈陶瓷人才培训和产业合作",
        cities="9月，我市与美国东利物浦市签署建立友好交流城市关系意向书，两市在陶瓷文化领域的交流进一步密切。",
        donation="组织我市陶艺家赴利摩日市参加国际陶艺家创作营。",
        foreign="围绕提升外籍人士在西陵工作生活的便利度，在高新区建成“外籍人士之家”，提供政策咨询、子女入学、医疗就诊等"
                "一站式服务；编印中英文服务手册，发放至在我市工作的外籍人员；会同市公安局建立涉外警务联络机制，外籍人员"
                "反映的问题做到件件有回音。",
        cases="妥善处置了我市赴非洲务工人员劳务纠纷案件，协助家属办理在外伤亡人员善后事宜",
        party="巩固教育实践活动成果，严格落实中央八项规定精神，外事接待经费同比压缩。主任秦振邦为全办干部讲廉政党课，"
              "副主任左婉清带队赴区县开展外事工作专项督查。",
        translation="组建由高校教师和企业翻译人员组成的外事翻译人才库",
    ),
    2015: dict(
        theme="扎实推进“三严三实”专题教育",
        guests="韩国骊州市市长、荷兰代尔夫特市代表团等团组来访，市主要领导分别会见",
        cities="10月，韩国骊州市代表团出席第四届陶博会期间，两市签署缔结友好城市关系协议书，我市友城布局首次延伸至"
               "韩国。",
        donation="尼泊尔强烈地震发生后，我市向地震灾区捐款捐物，体现了负责任的城市形象。",
        foreign="推行外籍人员办证“预约办理、限时办结”，外籍人员满意度调查结果位居全省前列。",
        cases="其中协助处置尼泊尔地震期间我市游客滞留事件，协调接回滞留游客",
        party="扎实开展“三严三实”专题教育，主任秦振邦讲专题党课；副主任左婉清牵头建立外事干部业务能力考评制度，组织外事"
              "干部参加礼宾和涉外法律培训。",
        translation="完成《西陵陶瓷史话》英、法、日三个语种的译介",
    ),
    2017: dict(
        theme="深入学习宣传贯彻党的十九大精神",
        guests="接待了葡萄牙伊利亚沃市市长、英国斯托克市议会代表团等重要团组",
        cities=f"与葡萄牙伊利亚沃市在{CITIES[5][2]}年结好后首次开展陶瓷学徒互派；6月，市政府代表团访问英国斯托克市，两市"
               "签署建立友好交流城市关系备忘录。",
        donation="向伊利亚沃市捐赠陶瓷文化交流展品",
        rail=f"自{RAIL_OPEN[0]}年{RAIL_OPEN[1]}月西陵—{RAIL_OPEN[3]}{RAIL_OPEN[2]}中欧班列首发以来，线路已延伸至波兰、匈牙利",
        talent="新建院士专家工作站和外国专家工作室",
        foreign="4月起全面实施外国人来华工作许可制度，实现外国人来华工作许可网上申报、一窗受理。",
        cases="协助处置我市企业驻外人员遭抢劫、留学生意外受伤等案件，及时发布海外安全提醒。",
        party=f"一是{CHANGE[1]}月，市委决定{CHANGE[3]}同志任市外办主任、党组书记，原主任{CHANGE[2]}同志调任市人大常委会工作，"
              "班子交接平稳有序；二是把学习宣传贯彻党的十九大精神作为头等大事，党组中心组开展专题学习研讨；三是持续推进“两学一做”"
              "学习教育，副主任曹一帆牵头完善机关内部控制制度。",
        translation="为陶博会提供英、法、日、韩多语种翻译保障",
    ),
    2018: dict(
        theme="全面贯彻党的十九大精神，以改革开放四十周年为契机",
        guests="接待了波兰博莱斯瓦维茨市市长、法国利摩日市代表团等重要团组",
        cities="第七届陶博会期间，我市与波兰博莱斯瓦维茨市签署缔结友好城市关系协议书，友城网络向中东欧拓展。",
        donation="向友城学校捐赠教学用陶艺设备",
        rail="新开通至明斯克的线路，班列实现每周双向对开",
        talent="举办海外人才西陵行活动",
        foreign="在外籍人员集中的社区设立双语服务站，推行政策宣讲进企业。",
        cases="针对我市出境企业和人员快速增加的情况，着力构建海外利益保护体系：建立出境企业海外安全风险评估机制，对赴"
              "高风险国家的项目逐一研判；联合商务部门举办出境企业安全培训，覆盖企业负责人和驻外员工；组建由留学归国人员、"
              "涉外律师组成的领保志愿者队伍，在案件处置中提供翻译和法律援助。",
        party="一是把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，主任裴文渊带头讲党课；二是开展“大学习、大讨论、大调研”"
              "活动，形成外事服务开放发展调研报告；三是副主任曹一帆牵头开展机关作风专项整治，查摆的问题全部整改销号。",
        translation="译审市政府对外宣传片和投资指南",
    ),
    2019: dict(
        theme="扎实开展“不忘初心、牢记使命”主题教育",
        guests="接待了意大利法恩扎市市长、德国塞尔布市代表团等重要团组",
        cities="4月，市政府代表团出访意大利，与法恩扎市签署缔结友好城市关系协议书；同年与岳川市缔结国内友好城市关系。",
        donation="向友城受灾地区捐款",
        rail="回程货源逐步丰富，班列运行质量稳步提升",
        talent="首次组团赴欧洲开展海外引才专场招聘",
        foreign="在市政务服务中心开设外国人工作许可专窗，审批时限大幅压缩。",
        cases="协助处置我市游客在境外遭遇交通事故、企业外派人员签证受阻等案件，当事人均得到妥善帮助。",
        party="一是高质量完成机构改革任务，2月，中共西陵市委外事工作委员会办公室挂牌成立，原西陵市人民政府外事办公室不再"
              "保留，职能和人员平稳划转；二是认真组织“不忘初心、牢记使命”主题教育，主任裴文渊讲专题党课；三是副主任曹一帆"
              "牵头制定市委外事工作委员会工作规则和办公室工作细则。",
        translation="完成市委外事工作委员会各项文件资料的翻译审校工作",
    ),
    2020: dict(
        theme="统筹推进涉外疫情防控和对外交往",
        guests="疫情发生后，外宾来访基本停止，其余交往改以视频会见、线上会谈方式开展",
        cities="与各友城保持密切沟通，以“云交流”方式举办友城视频会议。",
        donation="疫情期间向法国利摩日市、意大利法恩扎市等友城援助医用口罩和防护用品",
        rail="疫情期间班列成为稳定国际供应链的重要通道，开行量逆势增长",
        talent="通过视频面试等方式开展海外引才",
        foreign="疫情防控期间，开通外籍人员健康服务专线，由专人提供外语咨询；编印多语种防疫指南，在外籍人员居住社区张贴"
                "发放；对入境来西陵的外籍人员实行点对点转运和闭环管理，做到服务不断档、管理不留死角。",
        cases="主要涉及海外留学生、务工人员因疫情滞留等，协助办理回国手续，发放“健康包”。",
        party="一是把统筹疫情防控和对外交往作为首要政治任务；二是主任裴文渊带头下沉社区参与疫情防控，机关党员组建突击队；"
              "三是副主任曹一帆牵头推进模范机关创建。",
        translation="翻译涉外疫情防控文件和友城来函",
    ),
    2021: dict(
        theme="深入开展党史学习教育",
        rail="在服务班列发展上，市委外办推动在西陵国际陆港设立海关监管作业场所，实现货物“就地报关、就地查验”；常态化开行回程班列，"
             "引进欧洲陶土、机械设备等回程货源；推行多式联运“一单制”，企业物流成本明显降低",
        talent="以线上方式举办海外人才创新创业大赛",
        guests="与友城通过视频会见、线上会谈保持交往热度",
        cities="3月，通过视频连线，西班牙马尼塞斯市与我市签约结为友好交流城市。",
        donation="向友城捐赠防疫物资",
        foreign="为在西陵外籍人员开辟新冠疫苗接种绿色通道。",
        cases="主要涉及海外留学生和务工人员因疫情滞留等。",
        party="深入开展党史学习教育，主任卢劲松讲授专题党课，“我为群众办实事”项目全部完成；副主任景若琳带队赴区县开展外事"
              "工作调研。",
        translation="完成陶博会线上展厅多语种文案翻译",
    ),
    2023: dict(
        theme="全面贯彻党的二十大精神",
        rail="受欧洲市场需求下降影响，市委外办协调开拓中亚新线路，稳住班列基本盘",
        talent="恢复线下海外引才专场活动",
        guests="接待了土耳其屈塔希亚市市长、日本濑户市代表团等重要团组，友城线下互访全面恢复",
        cities="10月，第十届陶博会期间，我市与土耳其屈塔希亚市签署建立友好交流城市关系协议。",
        donation="向土耳其地震灾区捐款捐物",
        foreign="推行外籍人员“一件事一次办”。",
        cases="出境人员增多后，涉及劳务纠纷、证件遗失的案件有所增加。",
        party="以学习贯彻习近平新时代中国特色社会主义思想主题教育为契机，主任卢劲松牵头开展“外事助企”专题调研；副主任"
              "景若琳分管的外籍人员服务窗口获评市级青年文明号。",
        translation="完成市领导出访及来访会见的全部翻译任务",
    ),
    2024: dict(
        theme="深入学习贯彻党的二十届三中全会精神",
        rail="班列线路进一步向中亚延伸",
        talent="为此，我们在法国、德国设立海外引才工作站，委托友城合作机构推荐人才；向外籍高层次人才发放“外籍人才服务"
               "绿卡”，凭卡享受子女入学、医疗、出入境等便利；在高新区建设国际人才社区，配套国际学校和多语种服务。",
        guests="接待了捷克卡罗维发利市市长、韩国骊州市代表团等重要团组",
        cities="6月，捷克卡罗维发利市市长率团访问西陵，双方签署缔结友好城市关系协议书，主任卢劲松出席签约仪式。",
        donation="向友城学校捐赠陶艺教学设备",
        foreign="推动外籍人员出入境、工作许可、居留许可“一窗通办”。",
        cases="妥善处置了我市游客境外财物被盗、企业外派员工劳资纠纷等案件。",
        party="深入开展党纪学习教育，主任卢劲松以案说纪讲党课；副主任景若琳带队开展外事领域廉政风险排查。",
        translation="完成市政府工作报告英文版和城市推介材料的翻译",
    ),
    2025: dict(
        theme="高质量完成“十四五”规划目标任务",
        rail="班列运行质量和回程比例持续提高",
        talent="海外引才数量创历年新高",
        guests="接待了埃及法尤姆市市长、意大利法恩扎市代表团等重要团组",
        cities="9月，我市与埃及法尤姆市签署建立友好交流城市关系协议，友城网络首次延伸至非洲。",
        donation="向友城受灾地区和友好学校捐款捐物",
        foreign="外籍人员服务管理实现“一网通查”。",
        cases="妥善处置了我市人员在境外遭遇交通事故、务工受骗等案件。",
        party="扎实开展深入贯彻中央八项规定精神学习教育，主任卢劲松带头查摆整改作风问题；副主任景若琳牵头修订机关制度汇编。",
        translation="完成陶博会全部多语种翻译任务",
    ),
}


# where the delegations went, a management measure, people-to-people exchanges
EXTRA = {
    2013: ("出访团组主要赴法国、德国、日本开展陶瓷产业招商和友城交流", "制定《西陵市因公出国（境）管理实施细则》，外事管理制度体系进一步完善",
           "组织西陵青少年陶艺夏令营赴日本濑户市交流，接待法国利摩日市中学生访问团"),
    2014: ("市领导率团赴美国、荷兰开展经贸推介，推动与东利物浦市建立友好交流关系", "建立区县外事工作联络员制度，基层外事工作网络初步形成",
           "选派陶艺教师赴美国东利物浦市开展陶艺教学交流"),
    2015: ("组织陶瓷企业赴韩国、意大利参加国际陶瓷展会", "开展全市涉外资源普查，建立友城资源和涉外人才数据库",
           "与韩国骊州市互派青少年交流团"),
    2017: ("市主要领导率团访问英国、葡萄牙，推动友城合作项目落地", "完成外事礼品管理专项清理，规范外事礼品的登记和处置",
           "与英国斯托克市高校签订陶瓷设计人才联合培养协议"),
    2018: ("组团赴波兰、白俄罗斯推介中欧班列回程货源", "配合改革开放四十周年宣传，拍摄《瓷都西陵》外宣片，在友城电视台播出",
           "举办国际友城陶艺家驻留创作活动，十余位外国陶艺家来西陵驻留创作"),
    2019: ("市政府代表团出访意大利、德国，洽谈陶瓷装备合作", "编制市委外事工作委员会年度工作要点，建立重大涉外事项请示报告制度",
           "与意大利法恩扎市陶瓷学校开展师生互访"),
    2020: ("出访团组均在疫情发生前完成，此后暂停审批因公出访", "建立涉外疫情防控工作专班，与卫健、公安、海关等部门实行信息日通报",
           "举办友城青少年“云上陶艺课堂”"),
    2021: ("仅有的出访团组执行中欧班列境外站点协调任务", "编制《西陵市“十四五”外事工作规划》，明确今后五年外事工作的目标任务",
           "举办友城青少年线上绘画展"),
    2023: ("有序恢复因公出访，重点赴友城和“一带一路”沿线国家开展经贸交流", "出台《关于进一步加强全市外事工作统筹的若干措施》",
           "恢复友城青少年线下互访，组织西陵学生赴日本濑户市参加陶艺研学"),
    2024: ("出访团组重点赴中东欧和中亚国家开展经贸和人文交流", "建成全市外事工作信息平台，实现出访审批、外宾接待等事项网上流转",
           "举办国际友城青少年陶艺节"),
    2025: ("出访团组重点服务陶瓷企业开拓海外市场", "完成“十四五”外事工作规划终期评估，启动“十五五”外事工作规划编制",
           "组织友城陶艺家来西陵开展非遗陶艺工作坊"),
}
HIGHLIGHT = {
    2013: "11月，承办全省外事工作现场观摩活动，我市外事服务陶瓷产业的做法在全省推广",
    2014: "在中法建交五十周年之际，举办“利摩日—西陵”陶瓷艺术联展，法国驻华使馆文化参赞出席开幕式",
    2015: "配合“一带一路”建设，组织陶瓷企业赴中东欧国家考察产能合作项目",
    2017: "成功接待欧洲多国驻华使节西陵行活动，使节们参观了陶瓷企业和中欧班列货运场站",
    2018: "首次组织外国驻华使领馆官员参观陶博会，推介西陵开放型经济发展成就",
    2019: "在新中国成立七十周年之际，举办“外国友人看西陵”主题活动",
    2020: "疫情发生初期，通过友城渠道紧急采购医用防护物资，保障了全市疫情防控需要",
    2021: "举办庆祝中国共产党成立一百周年外籍人士座谈会，在西陵工作的外籍专家畅谈在华感受",
    2023: "举办“外国驻华使节西陵行”活动，十余个国家的驻华使节参观陶瓷企业和国际陆港",
    2024: "成功举办“一带一路”陶瓷城市合作论坛，多个国家的陶瓷城市代表参会并发表共同倡议",
    2025: "举办友城交往成果展，系统回顾我市与各友城的交往历程",
}
for _y, (_to, _more, _people) in EXTRA.items():
    EX[_y] |= dict(out_to=_to, more=_more, people=_people, highlight=HIGHLIGHT[_y])


def end(text: str) -> str:
    return text if text.endswith("。") else text + "。"


# ---------------------------------------------------------------- the yearly reports in three house styles
def report_a(y: int) -> str:
    """2013-2015: 工作总结 in 一、（一）1., under 秦振邦; small counts in Chinese numerals."""
    e = EX[y]
    return "\n".join([
        f"{OLD}{y}年工作总结",
        "",
        f"一年来，市外办{e['theme']}，围绕市委、市政府建设国际陶瓷文化名城的部署，扎实做好外事接待、出国（境）"
        "管理、友城交往、外籍人士服务和领事保护等工作，全市对外交往的广度和深度不断拓展。现将全年工作总结如下：",
        f"一、{y}年工作开展情况",
        "（一）外事接待热情周到",
        f"1．全年共接待外国来访团组{v('visits', y)}、{v('visit_p', y)}{pv('visits', y)}，其中副部级以上外国政要{v('vip', y)}。"
        f"{e['guests']}。",
        "2．坚持“一团一方案”，会同公安、交通等部门做好礼宾安排和安全保障，力求热情友好、务实节俭。",
        "3．围绕陶瓷产业招商安排外宾参观考察线路，把外宾来访与项目洽谈、人才引进结合起来，外事接待的综合效益不断提高。",
        "（二）出国（境）管理从严从实",
        f"1．全年经市外办审核报批的因公出国（境）团组{v('out', y)}、{v('out_p', y)}{pv('out', y)}。",
        "2．严格执行因公临时出国（境）管理规定，对出访必要性、团组规模和在外天数逐团把关，出访报告按时报送。"
        f"{e['out_to']}。",
        "（三）友好城市工作有序拓展",
        f"1．{e['cities']}截至年底，全市国际友好城市达到{cn(intl(y))}个" + (f"，友好交流城市{cn(exch(y))}个" if exch(y) else "") + "。",
        f"2．全年组织实施对外友好交流项目{v('projects', y)}，涉及陶瓷艺术、教育、体育和青少年交流等领域；对外捐赠款物"
        f"{v('donation', y)}。{e['donation']}",
        f"3．{e['people']}，民间友好的基础进一步夯实。",
        "（四）外籍人士服务管理扎实有序",
        f"1．截至年底，全市登记常住外籍人员{v('foreigners', y)}；全年为外籍人员办理工作许可（就业证）{v('permits', y)}。",
        f"2．{e['foreign']}",
        "（五）领事保护与协助及时有力",
        f"全年协助处置领事保护与协助案件{v('cases', y)}{pv('cases', y)}，{e['cases']}。",
        "（六）外事翻译和对外宣传",
        f"全年完成涉外笔译{v('translation', y)}，{e['translation']}。利用友城渠道和外文网站推介西陵陶瓷文化，城市国际知名度"
        "稳步提升。",
        "（七）服务对外开放",
        f"1．{expo(y)}",
        f"2．全年引进海外高层次人才和外国专家{v('talent', y)}，主要分布在陶瓷新材料、装备制造等领域。",
        f"3．{e['highlight']}。",
        "（八）外事管理",
        f"加强对区县和市直部门外事工作的指导，{e['more']}。",
        "（九）机关自身建设",
        e["party"],
        "二、存在的不足",
        "一是友城交往“重形式、轻实效”的情况仍然存在，友城资源向经贸合作转化不够；二是外籍人士服务的便利化程度与外资"
        "企业的期待还有差距；三是外事干部数量偏少，小语种翻译力量薄弱。",
        f"三、{y + 1}年工作思路",
        f"新的一年，市外办将围绕全市中心工作，{plan(y + 1)}；继续拓展友城网络，办好陶博会外事服务；从严管理因公出国（境）；"
        "完善领事保护应急机制；加强外事干部队伍建设。全办干部职工将鼓足干劲、真抓实干，把各项外事工作"
        "抓出实效。",
        "",
        OLD,
        f"{y + 1}年1月{8 + y % 5}日",
    ])


def report_b(y: int) -> str:
    """2017-2020: 年度工作情况报告 with 一是…二是…, 党建 first, under 裴文渊 (秦振邦 until March 2017)."""
    e = EX[y]
    office, me = (OLD, "市外办") if y < REFORM else (PARTY, "市委外办")
    n, m = intl(y), exch(y)
    return "\n".join([
        f"{office}{y}年度工作情况报告",
        "",
        f"{y}年，{me}{e['theme']}，坚持外事服务发展、服务民生的定位，在开放平台建设、友城交往、涉外服务和领事保护等方面取得"
        "新成效。现将全年工作情况报告如下。",
        "一、坚持党建统领，锻造忠诚干净担当的外事队伍",
        e["party"],
        "二、主动融入开放大局，外事平台效应持续放大",
        f"一是{expo(y)}二是全年开行中欧班列{v('rail', y)}{pv('rail', y)}，{e['rail']}。三是全年引进海外高层次人才和外国专家"
        f"{v('talent', y)}{pv('talent', y)}，{e['talent']}。四是{e['highlight']}。",
        "三、统筹对外交往，来访接待和出访管理更加规范",
        f"一是全年接待外国来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}{sub('visits', y, pv('visits', y))}，副部级以上外国政要"
        f"{v('vip', y)}。{e['guests']}。二是严把出访审批关，全年批准因公出国（境）团组{v('out', y)}{v('out_p', y)}{pv('out', y)}，出访"
        f"任务紧扣招商引资、友城合作和技术交流，{e['out_to']}。三是坚持出访计划年初报批，团组行前教育和回国报告审核全覆盖。",
        "四、深化友城交往，民间外交活力迸发",
        f"一是{e['cities']}目前，全市共有国际友好城市{n}个、友好交流城市{m}个。二是全年实施对外友好交流项目"
        f"{v('projects', y)}，{e['people']}。三是对外捐赠款物{v('donation', y)}，{e['donation']}。",
        "五、优化涉外服务，外籍人士获得感不断增强",
        f"一是年末全市常住外籍人员{v('foreigners', y)}{pv('foreigners', y)}。二是全年办理外国人来华工作许可"
        f"{v('permits', y)}。三是{e['foreign']}",
        "六、守护海外平安，领事保护工作有力有效",
        f"全年协助处置领事保护与协助案件{v('cases', y)}{pv('cases', y)}。{e['cases']}",
        "七、强化翻译保障和对外宣传",
        f"全年完成涉外笔译{v('translation', y)}，{e['translation']}。在友城主流媒体刊发西陵专题报道，讲好西陵陶瓷故事。",
        "八、规范外事管理",
        f"严格执行外事工作请示报告制度，加强对区县外事工作的指导。{end(e['more'])}",
        "九、存在的短板",
        "对照市委、市政府的要求，工作中还存在一些短板：开放平台的国际化、市场化水平有待提高；友城合作的领域还不够宽；"
        "涉外风险防范的手段还不多；外事干部的专业能力需要进一步提升。",
        f"十、{y + 1}年工作打算",
        f"下一步，{me}将坚持稳中求进，{plan(y + 1)}；办好第{cn(EXPO_ED.get(y + 1, EXPO_ED[2021]))}届陶博会；深化与友城在陶瓷产业、"
        "教育、旅游等领域的务实合作；提升外籍人士服务水平；健全领事保护工作机制。我们将在市委、市政府的"
        "坚强领导下，锐意进取、扎实工作，为全市高质量发展营造更加有利的外部环境。",
        "",
        office,
        f"{y + 1}年1月{22 + y % 5}日",
    ])


def report_c(y: int) -> str:
    """2021-2025: 报告 to 市委、市政府 in 第一部分/第二部分/第三部分, 开放 first, under 卢劲松."""
    e = EX[y]
    nxt = f"第{cn(EXPO_ED[y + 1])}届陶博会" if y + 1 in EXPO_ED else "陶博会"
    return "\n".join([
        f"关于{y}年度西陵市外事工作总结和{y + 1}年工作安排的报告",
        "",
        "市委、市政府：",
        f"过去一年，市委外办在市委外事工作委员会领导下，{e['theme']}，坚持以习近平外交思想为根本遵循，把服务对外开放"
        "作为外事工作的主线，全年目标任务顺利完成。现将全年工作和下一年打算报告如下。",
        f"第一部分　{y}年主要工作和成效",
        "一、以开放平台建设为抓手，服务全市对外开放",
        f"（一）中欧班列提质扩量。全年开行中欧班列{v('rail', y)}{pv('rail', y)}{sub('rail', y, pv('rail', y))}。{end(e['rail'])}",
        f"（二）陶博会品牌持续擦亮。{expo(y)}",
        f"（三）海外引才成效明显。全年引进海外高层次人才和外国专家{v('talent', y)}{pv('talent', y)}。{end(e['talent'])}",
        f"（四）对外交流活动丰富多彩。{e['highlight']}。",
        "二、拓展国际友城网络",
        f"（一）{e['cities']}截至{y}年底，我市国际友好城市总数为{intl(y)}个，友好交流城市{exch(y)}个，另有国内友好城市"
        f"{len(DOMESTIC)}个。",
        f"（二）全年实施对外友好交流项目{v('projects', y)}{pv('projects', y)}，对外捐赠款物{v('donation', y)}，"
        f"{e['donation']}。",
        f"（三）{e['people']}，友城民间交往更加活跃。",
        "三、统筹对外交往和出访管理",
        f"（一）全年接待外国来访团组{v('visits', y)}、{v('visit_p', y)}{pv('visits', y)}，其中外国政要团组{v('vip', y)}。"
        f"{e['guests']}。",
        f"（二）全年审批因公出国（境）团组{v('out', y)}、{v('out_p', y)}{pv('out', y)}{sub('out', y, pv('out', y))}，{e['out_to']}。"
        "严格落实出访审批和成果报告制度，出访成果转化情况纳入年度考核。",
        "四、做好外籍人员服务管理",
        f"年末全市常住外籍人员{v('foreigners', y)}{pv('foreigners', y)}；全年办理外国人来华工作许可{v('permits', y)}。"
        f"{e['foreign']}",
        "五、维护海外中国公民和机构安全",
        f"全年协助处置领事保护与协助案件{v('cases', y)}{pv('cases', y)}{sub('cases', y, pv('cases', y))}。{e['cases']}",
        "六、加强翻译和对外传播",
        f"全年完成涉外笔译{v('translation', y)}{pv('translation', y)}，{e['translation']}。用好海外社交媒体和友城媒体"
        "渠道，持续讲好西陵陶瓷故事。",
        "七、强化外事工作统筹",
        f"充分发挥市委外办牵头抓总作用，{e['more']}。",
        "八、推进全面从严治党",
        e["party"],
        "第二部分　工作中的短板和不足",
        "一是开放平台能级不够高，中欧班列回程货源仍显不足；二是友城合作的项目化、实体化程度不高；三是海外风险点多面广，"
        "领事保护力量不足；四是复合型外事人才短缺。",
        f"第三部分　{y + 1}年工作安排",
        f"市委外办将坚持稳中求进、守正创新，重点抓好六个方面的工作：一是在服务开放上求突破，{plan(y + 1)}；二是高水平"
        f"办好{nxt}，提升展会的国际化、专业化水平；三是推动友城合作提质增效，实施一批友城务实合作项目；四是完善外籍人员"
        "服务管理，打造国际化营商环境；五是筑牢海外安全防线，健全领事保护联动机制；六是加强对金沙区、南岭县等区县的外事"
        "工作指导，让外事资源更好惠及基层。",
        "以上报告，请审阅。",
        "",
        PARTY,
        f"{y + 1}年1月{15 + y % 6}日",
    ])


BUILDERS = {"A": report_a, "B": report_b, "C": report_c}
TITLES = {"A": "西陵市外办工作总结", "B": "西陵市外办年度工作情况报告", "C": "西陵市委外办工作报告"}


def title(key) -> str:
    if key in ("h2014", "h2023"):
        return ("西陵市外办" if key == "h2014" else "西陵市委外办") + "上半年工作总结"
    if key in ("p2018", "p2022"):
        return ("西陵市外办" if key == "p2018" else "西陵市委外办") + "工作要点"
    y = int(key)
    if style(y) == "B" and y >= REFORM:
        return "西陵市委外办年度工作情况报告"
    return TITLES[style(y)]


def half_2014() -> str:
    y, k = 2014, "h2014"
    before = HALF_BEFORE[y][1]
    return "\n".join([
        f"{OLD}{y}年上半年工作总结",
        "",
        "今年以来，市外办围绕年初确定的目标任务，统筹推进外事接待、出国（境）管理、友城交往和涉外服务等工作，上半年"
        "各项工作进展顺利。现将上半年工作总结如下：",
        "一、上半年工作完成情况",
        f"（一）来访接待。上半年，全市共接待外国来访团组{h('visits', y)}、{h('visit_p', y)}，比去年同期多"
        f"{HALF[y]['visits'] - before}{unit('visits', k)}，其中副部级以上外国政要{h('vip', y)}。",
        f"（二）因公出访管理。上半年经审核报批的因公出国（境）团组{h('out', y)}、{h('out_p', y)}，均按规定履行审批程序。",
        f"（三）友城交往。上半年实施对外友好交流项目{h('projects', y)}；与美国东利物浦市商定于9月签署建立友好交流城市"
        "关系意向书。",
        f"（四）外籍人士服务。截至6月底，全市登记常住外籍人员{h('foreigners', y)}；上半年为外籍人员办理工作许可（就业证）"
        f"{h('permits', y)}。",
        f"（五）领事保护。上半年协助处置领事保护与协助案件{h('cases', y)}，均已妥善办结。",
        f"（六）外事翻译。上半年完成涉外笔译{h('translation', y)}。",
        "二、存在的问题",
        "外籍人士服务设施还不完善，外事接待任务集中时人手紧张。",
        "三、下半年工作安排",
        "一是启动第四届陶博会境外招展；二是做好东利物浦市代表团来访接待；三是推进外籍人士服务场所建设；四是加强"
        "因公出国（境）团组的行前教育。",
        "",
        OLD,
        f"{y}年7月9日",
    ])


def half_2023() -> str:
    y, k = 2023, "h2023"
    before = HALF_BEFORE[y][1]
    return "\n".join([
        f"{PARTY}{y}年上半年工作总结",
        "",
        "上半年，随着疫情防控转入新阶段，市委外办推动对外交往全面重启，各项工作呈现加快恢复的良好态势。现将有关情况"
        "总结如下。",
        "一、主要工作进展",
        f"1．对外交往全面重启。上半年接待外国来访团组{h('visits', y)}、{h('visit_p', y)}，去年同期仅{before}"
        f"{unit('visits', k)}；审批因公出国（境）团组{h('out', y)}、{h('out_p', y)}，出访数量逐月回升。",
        f"2．开放平台加快恢复。上半年开行中欧班列{h('rail', y)}；第{cn(EXPO_ED[y])}届陶博会定于10月举办，境外招展有序推进。",
        f"3．海外引才。上半年引进海外高层次人才和外国专家{h('talent', y)}，主要来自友城及“一带一路”沿线国家。",
        f"4．外籍人员服务。截至6月末，全市常住外籍人员{h('foreigners', y)}；上半年办理外国人来华工作许可{h('permits', y)}。",
        f"5．领事保护。上半年协助处置领事保护与协助案件{h('cases', y)}，出境人员增多带来的安全风险需要高度关注。",
        "二、存在的问题",
        "对外交往恢复的速度还不够快，部分友城的线下互访尚未重启；中欧班列回程货源不足。",
        "三、下半年重点工作",
        "全力办好陶博会，推动与土耳其屈塔希亚市建立友好交流关系，开拓中欧班列新线路，做好外籍人员服务和领事保护工作。",
        "",
        PARTY,
        f"{y}年7月12日",
    ])


def work_plan(y: int) -> str:
    k = f"p{y}"
    if y == 2018:
        return "\n".join([
            f"{OLD}{y}年工作要点",
            "",
            "今年全市外事工作的总体思路：高举习近平新时代中国特色社会主义思想伟大旗帜，紧扣建设国际陶瓷文化名城这一目标，"
            "做强开放平台，深化友城合作，提升涉外服务水平。",
            f"主要目标：{plan(y, k)}。",
            "一、加强机关党的建设。深入开展“大学习、大讨论、大调研”活动，落实全面从严治党主体责任。",
            f"二、办好第{cn(EXPO_ED[y])}届陶博会。提前谋划境外招展，邀请友城组团参展，提高展会国际化水平。",
            "三、深化友城务实合作。推动与中东欧国家城市缔结友好城市关系，拓展陶瓷产业、职业教育等领域合作。",
            "四、服务中欧班列发展。协调解决班列运行中的涉外事务，推动开通新线路。",
            "五、优化外籍人士服务。推进外国人来华工作许可便利化，完善外籍人士服务网络。",
            "六、做好领事保护工作。健全海外安全风险防范机制，加强出境人员安全教育。",
            "",
            OLD,
            f"{y}年2月6日",
        ])
    return "\n".join([
        f"{PARTY}{y}年工作要点",
        "",
        f"{y}年是党的二十大召开之年。做好今年外事工作，必须用习近平外交思想武装头脑，统筹疫情防控和对外交往，稳住友城交往基本盘，"
        "服务全市稳外贸稳外资。",
        f"主要预期目标：{plan(y, k)}。",
        "一、强化政治引领。认真学习宣传贯彻党的二十大精神，发挥市委外事工作委员会办公室统筹协调作用。",
        f"二、筹办第{cn(EXPO_ED[2023])}届陶博会。视疫情形势采取线上线下相结合的方式，确保展会如期举办。",
        "三、稳住友城交往。创新“云交往”方式，推动友城合作项目落地。",
        "四、服务中欧班列。协调解决疫情下班列运行和口岸通关中的涉外问题。",
        "五、做好涉外疫情防控和外籍人员服务。",
        "六、加强领事保护。关心海外留学生和务工人员的安全与健康。",
        "",
        PARTY,
        f"{y}年2月18日",
    ])


# ---------------------------------------------------------------- news items of other bodies
NEWS = {
    "东陵": dict(year=2016, visits=73, visit_p=803, out=62, cases=39, foreigners=2250, permits=395, talent=52,
               director="温可达", partner=("维耶尔宗市", "法国"), fair=3),
    "金沙": dict(year=2019, visits=23, projects=9, talent=18, foreigners=640, permits=95, partner=("益子町", "日本")),
    "南岭": dict(year=2023, visits=6, out=4, cases=5, donation=12, partner=("信乐町", "日本")),
}
NEWS_FILES = {"东陵": "东陵市外办_新闻", "金沙": "西陵市金沙区外事办_新闻", "南岭": "南岭县外办_新闻"}


def news_text(key: str) -> str:
    n = NEWS[key]
    y = n["year"]
    if key == "东陵":
        return "\n".join([
            "东陵市外办：2016年外事工作综述",
            "",
            f"本报讯　{y}年，东陵市人民政府外事办公室服务全市开放发展，全年接待外国来访团组{n['visits']}批{n['visit_p']}人次，"
            f"审核因公出国（境）团组{n['out']}批，协助处置领事保护与协助案件{n['cases']}起。截至年底，东陵市常住外籍人员"
            f"{n['foreigners']}人，全年办理外国人工作许可{n['permits']}件，引进海外人才{n['talent']}人。",
            f"9月，第{cn(n['fair'])}届东陵国际陶艺双年展开幕；11月，东陵市与{n['partner'][1]}{n['partner'][0]}正式缔结友好城市关系。",
            f"东陵市外办主任{n['director']}表示，下一步将继续深化友城交往，做好外籍人士服务，为全市开放型经济发展营造良好环境。",
        ])
    if key == "金沙":
        return "\n".join([
            "金沙区外事工作助力“陶瓷小镇”走向世界",
            "",
            f"{y}年，西陵市金沙区外事办公室围绕陶瓷小镇国际化建设，全年接待外国来访团组{n['visits']}批，实施对外友好交流项目"
            f"{n['projects']}项，引进海外人才{n['talent']}人。截至年底，全区常住外籍人员{n['foreigners']}人，年内为区内企业外籍"
            f"员工办理工作许可{n['permits']}件。",
            f"6月，金沙区与{n['partner'][1]}{n['partner'][0]}缔结友好交流关系，双方将在陶艺教育、手工艺传承等方面开展合作。",
            "区外事办有关负责人介绍，金沙区还组织区内陶瓷企业参加陶博会，帮助小镇企业对接海外采购商。",
        ])
    return "\n".join([
        "南岭县外办：小县城也有“大外事”",
        "",
        f"本报讯　{y}年，南岭县外办立足县情，全年接待外国来访团组{n['visits']}批，审核因公出国（境）团组{n['out']}批，协助处置"
        f"领事保护案件{n['cases']}起，向受灾国家捐赠物资折合{n['donation']}万元。",
        f"10月，南岭县与{n['partner'][1]}{n['partner'][0]}建立友好交流关系，县里的柴烧陶艺作品首次走出国门。",
        "县外办负责人表示，将继续用好对外交往平台，推动县域特色产业“走出去”，同时加强外出务工人员的海外安全教育。",
    ])


# ---------------------------------------------------------------- the questions
def alts(measure: str, key, value=None) -> list[str]:
    """Writings of a figure an answer may use: digits or Chinese numerals, the document's unit and its synonyms."""
    year = int(key) if not isinstance(key, str) or key.isdigit() else int(key[1:])
    value = M[measure][year] if value is None else value
    u = unit(measure, key)
    if u == "万元":
        return [f"{fmt(value)}万元", f"{fmt(value)}万"]
    if u == "万字":
        return [f"{fmt(value)}万字"]
    units = [u, *[w for w in SYNONYMS.get(measure, ()) if w != u]]
    out = [f"{fmt(value)}{w}" for w in units]
    if style(key) == "A" and measure in CHINESE and value < 100:
        out += [f"{liang(value)}{w}" for w in units]
    return out


def diff(measure: str, a, b, key) -> list[str]:
    d = abs(b - a)
    u = unit(measure, key)
    if u in ("万元", "万字", "列"):
        return [f"{fmt(d)}{u}"]
    return [f"{fmt(d)}{w}" for w in [u, *[w for w in SYNONYMS.get(measure, ()) if w != u]]]


def ordinal(n: int) -> list[str]:
    return [f"第{cn(n)}届", f"第{n}届"]


def val(measure: str, year: int) -> str:
    """Another year's figure as a forbidden value, as the report that states it writes it."""
    return written(measure, year + 1 if year in MISSING else year, M[measure][year])


def tgt(year: int, measure: str, key=None) -> str:
    """A target as the document that states it writes it."""
    key = key or year - 1
    value = TARGETS[year]["out_cap" if measure == "out" else measure]
    return f"{value}列" if measure == "rail" else f"{value}{unit(measure, key)}"


Q: list[dict] = []
META: list[dict] = []


def add(kind, text, gold, forbidden=(), where=(), refs=(), computed=(), ctx=None, same_ok=False, plain=False):
    """refs: per gold group, (how, year) with how in actual / target / sub, for the year check (or None).
    plain: the question is worded in words the reports use (for the count of paraphrased questions)."""
    Q.append(q(kind, text, gold, list(dict.fromkeys(forbidden))))
    META.append(dict(where=[str(w) for w in where], refs=list(refs), computed=set(computed), ctx=ctx, same_ok=same_ok,
                     plain=plain))


def questions() -> None:
    dl, js, nl = NEWS["东陵"], NEWS["金沙"], NEWS["南岭"]
    A = "actual"

    # --- figure: a year's figure, a stock, a half-year or quarter figure, a percentage, last year's in a named report
    add("figure", "2013年西陵市外办接待外国来访团组多少批？", [alts("visits", 2013)],
        [val("visits", 2014), tgt(2014, "visits")], [2013], [(A, 2013)], ctx="来访", plain=True)
    add("figure", "2015年来西陵访问的副部级以上外国政要有几批？", [alts("vip", 2015)],
        [val("vip", 2014), val("vip", 2013)], [2015], [(A, 2015)], ctx="政要", plain=True)
    add("figure", "西陵外办2018年一共派出去多少个出访团？", [alts("out", 2018)],
        [val("out", 2017), val("out", 2019), tgt(2018, "out", "p2018")], [2018], [(A, 2018)], ctx="出国")
    add("figure", "截至2024年底，在西陵常住的老外有多少人？", [alts("foreigners", 2024)],
        [val("foreigners", 2023), val("foreigners", 2025)], [2024], [(A, 2024)], ctx="外籍")
    add("figure", "2021年西陵市委外办给外国人批了多少件工作许可？", [alts("permits", 2021)],
        [val("permits", 2020), val("permits", 2023)], [2021], [(A, 2021)], ctx="许可")
    add("figure", "疫情第一年，西陵外办一共处理了多少件领保案子？", [["2020年"], alts("cases", 2020)],
        [val("cases", 2019), val("cases", 2021)], [2020], [None, (A, 2020)], ctx="案件")
    add("figure", "2024年西陵的中欧班列跑了多少趟？", [alts("rail", 2024)],
        [val("rail", 2023), val("rail", 2025), tgt(2024, "rail")], [2024], [(A, 2024)], ctx="班列")
    add("figure", "2019年上半年西陵接待了几批外国来访团？", [alts("visits", 2019, SUB[(2019, 'visits')][1])],
        [val("visits", 2019), val("visits", 2018)], [2019], [("sub", 2019)], ctx="来访", same_ok=True)
    add("figure", "西陵市委外办2020年的年度报告里，2019年接待的外国来访团组是多少个？", [alts("visits", 2020, M["visits"][2019])],
        [val("visits", 2020), val("visits", 2018)], [2020], [(A, 2019)], ctx="来访", same_ok=True, plain=True)
    add("figure", "2017年西陵外办的涉外笔译量是多少万字？", [alts("translation", 2017)],
        [val("translation", 2018), val("translation", 2015)], [2017], [(A, 2017)], ctx="笔译", plain=True)
    add("figure", "2023年的西陵陶博会来了多少家境外展商？", [[f"{EXPO_STATS[2023][1]}家"]],
        [f"{EXPO_STATS[2019][1]}家", f"{EXPO_STATS[2024][1]}家"], [2023], [None], ctx="展商")
    add("figure", "2025年西陵对外捐了多少钱？", [alts("donation", 2025)],
        [val("donation", 2024), val("donation", 2023)], [2025], [(A, 2025)], ctx="捐赠")
    add("figure", "2018年西陵接待的外国来访团组同比增长了百分之多少？", [[pct(M["visits"][2018], M["visits"][2017])]],
        [pct(M["visits"][2020], M["visits"][2019]), pct(M["visits"][2023], M["visits"][2022])], [2018], [None],
        ctx="来访", plain=True)
    add("figure", "2014年上半年西陵市外办报批了多少批因公出国（境）团组？", [alts("out", "h2014", HALF[2014]["out"])],
        [val("out", 2014), val("out", 2013)], ["h2014"], [("sub", 2014)], ctx="出国", plain=True)
    add("figure", "2023年上半年西陵的中欧班列开了多少列？", [[f"{HALF[2023]['rail']}列"]],
        [val("rail", 2023), val("rail", 2018)], ["h2023"], [("sub", 2023)], ctx="班列", plain=True)

    # --- report_year: a missing year's figure, which only the next report states
    add("report_year", "西陵市外办2017年的工作情况报告里，上一年接待外国来访团组多少个？",
        [alts("visits", 2017, M["visits"][2016])], [val("visits", 2017), tgt(2016, "visits"), f"{dl['visits']}批"],
        [2017], [(A, 2016)], ctx="来访", same_ok=True, plain=True)
    add("report_year", "2016年西陵外办处理了多少件领事保护案件？", [alts("cases", 2017, M["cases"][2016])],
        [val("cases", 2015), f"{dl['cases']}起"], [2017], [(A, 2016)], ctx="案件")
    add("report_year", "2016年底在西陵常住的外国人有多少名？", [alts("foreigners", 2017, M["foreigners"][2016])],
        [val("foreigners", 2015), f"{dl['foreigners']}人"], [2017], [(A, 2016)], ctx="外籍")
    add("report_year", "2022年西陵一共派出了几个出访团？", [alts("out", 2023, M["out"][2022])],
        [val("out", 2021), val("out", 2020)], [2023], [(A, 2022)], ctx="出国")
    add("report_year", "2023年的工作报告提到，2022年西陵的中欧班列开行了多少列？", [alts("rail", 2023, M["rail"][2022])],
        [val("rail", 2021), tgt(2022, "rail")], [2023], [(A, 2022)], ctx="班列", plain=True)
    add("report_year", "疫情最后一年（2022年），西陵搞了多少个对外友好交流项目？", [alts("projects", 2023, M["projects"][2022])],
        [val("projects", 2020), tgt(2022, "projects", "p2022")], [2023], [(A, 2022)], ctx="交流项目")
    add("report_year", "西陵市委外办2023年上半年工作总结里，去年同期接待了多少批次外国来访团组？",
        [alts("visits", "h2023", HALF_BEFORE[2023][1])], [val("visits", 2022), tgt(2022, "visits", "p2022")], ["h2023"],
        [None], ctx="来访", plain=True)

    # --- target: the plan against the result, the question saying which one it asks
    add("target", "西陵市外办2018年工作要点里计划接待多少个外国来访团组？实际接待了多少个？",
        [alts("visits", "p2018", TARGETS[2018]["visits"]), alts("visits", 2018)],
        [val("visits", 2017), val("visits", 2019)], ["p2018", 2018], [("target", 2018), (A, 2018)], ctx="来访", plain=True)
    add("target", "西陵市委外办给2022年定的中欧班列目标是多少列？", [[f"{TARGETS[2022]['rail']}列"]],
        [val("rail", 2022), val("rail", 2021)], ["p2022", 2021], [("target", 2022)], ctx="班列")
    add("target", "2022年西陵海外引才原本定了多少人的目标？最后实际引进了多少？",
        [alts("talent", "p2022", TARGETS[2022]["talent"]), alts("talent", 2023, M["talent"][2022])],
        [val("talent", 2021), tgt(2016, "talent")], ["p2022", 2023], [("target", 2022), (A, 2022)], ctx="人才")
    add("target", "西陵市外办2015年的工作总结给2016年定的外国来访团组目标是多少批？", [alts("visits", 2015, TARGETS[2016]["visits"])],
        [val("visits", 2015), val("visits", 2016)], [2015], [("target", 2016)], ctx="来访", plain=True)
    add("target", "2025年西陵引进海外人才实际完成了多少人？年初的目标是多少？",
        [alts("talent", 2025), alts("talent", 2024, TARGETS[2025]["talent"])],
        [val("talent", 2024), tgt(2022, "talent", "p2022")], [2025, 2024], [(A, 2025), ("target", 2025)], ctx="人才")
    add("target", "西陵市委外办打算2026年接待多少批次外国来访团组？", [alts("visits", 2025, TARGETS[2026]["visits"])],
        [val("visits", 2025), tgt(2025, "visits")], [2025], [("target", 2026)], ctx="来访")

    # --- entity: which body a figure belongs to; which partner
    add("entity", f"{dl['year']}年接待外国来访团组{dl['visits']}批的是哪个市的外办？", [["东陵"]], ["西陵"], ["东陵"])
    add("entity", f"{js['year']}年常住外籍人员{js['foreigners']}人，这是哪里的统计数字？", [["金沙"]], ["东陵", "南岭"], ["金沙"])
    add("entity", f"有个县{nl['year']}年处置领事保护案件{nl['cases']}起，是哪个县？", [["南岭"]], ["西陵", "金沙"], ["南岭"])
    add("entity", f"2024年引进海外人才{M['talent'][2024]}人，这是哪个城市外事部门的数据？", [["西陵"]], ["东陵", "金沙", "南岭"],
        [2024])
    add("entity", "西陵的中欧班列首发时开往哪个国家的哪座城市？", [[RAIL_OPEN[2]], [RAIL_OPEN[3]]], ["明斯克"], [2017])
    add("entity", "机构改革后，原来的西陵市政府外办由哪个机构取代了？",
        [["外事工作委员会办公室", "市委外办"]], ["金沙区外事办公室"], [2019])

    # --- person
    add("person", "2014年西陵市外办主任是谁？", [["秦振邦"]], ["裴文渊", "卢劲松"], [2014], plain=True)
    add("person", "2017年3月以后西陵外办的一把手是谁？", [["裴文渊"]], ["卢劲松", "曹一帆"], [2017])
    add("person", "2016年西陵市外办主任是谁？", [["秦振邦"]], ["卢劲松", "景若琳"], [2017, 2015], plain=True)
    add("person", "2019年西陵市委外办的当家人是哪位？", [["裴文渊"]], ["秦振邦", "卢劲松"], [2019])
    add("person", "2023年西陵市委外办副主任叫什么名字？", [["景若琳"]], ["曹一帆", "左婉清"], [2023], plain=True)
    add("person", "2018年西陵外办的副手是谁？", [["曹一帆"]], ["左婉清", "景若琳"], [2018])

    # --- ordinal: the fair's edition of a year, and the year of an edition
    add("ordinal", "2017年西陵陶博会是第几届？", [ordinal(EXPO_ED[2017])], [f"第{cn(EXPO_ED[2018])}届"], [2017],
        plain=True)
    add("ordinal", "西陵的第十届国际陶瓷博览会是哪一年办的？", [["2023年"]], ["2022年"], [2023], plain=True)
    add("ordinal", "2021年的陶博会是第几届，西陵是怎么办的？", [ordinal(EXPO_ED[2021]), ["线上"]],
        [f"第{cn(EXPO_ED[2023])}届", f"第{cn(EXPO_ED[2019])}届"], [2021])
    add("ordinal", "2013年中国西陵国际陶瓷博览会办到第几届了？", [ordinal(EXPO_ED[2013])],
        [f"第{cn(EXPO_ED[2015])}届", f"第{cn(EXPO_ED[2016])}届"], [2013], plain=True)
    add("ordinal", "西陵2016年的陶博会是第几届？", [ordinal(EXPO_ED[2016])],
        [f"第{cn(EXPO_ED[2015])}届", f"第{cn(EXPO_ED[2018])}届"], [2017])

    # --- event_year
    add("event_year", "西陵和葡萄牙伊利亚沃是哪一年结为友好城市的？", [[f"{CITIES[5][2]}年"]], ["2017年"], [2017], plain=True)
    add("event_year", "西陵的中欧班列是哪年开通的？", [[f"{RAIL_OPEN[0]}年"]], ["2017年"], [2017])
    add("event_year", "西陵市委外办是哪一年组建的？", [[f"{REFORM}年"]], ["2018年", "2020年"], [2019])
    add("event_year", "西陵陶博会最早是哪年开始办的？", [[f"{EXPO_YEARS[0]}年"]], ["2013年"], [2013])
    add("event_year", "西陵跟英国斯托克结成友好交流城市是哪一年？", [["2017年"]], ["2014年"], [2017])

    # --- comparison: both values, and the difference computed
    add("comparison", "西陵外办接待的外国来访团，2019年和2020年各有多少个？少了多少个？",
        [alts("visits", 2019), alts("visits", 2020), diff("visits", M["visits"][2019], M["visits"][2020], 2020)],
        [val("visits", 2018), val("visits", 2021), tgt(2020, "visits")], [2019, 2020], [(A, 2019), (A, 2020), None],
        computed=[2], ctx="来访")
    add("comparison", "西陵中欧班列2016年和2021年分别开行了多少列？增加了多少列？",
        [alts("rail", 2017, M["rail"][2016]), alts("rail", 2021), diff("rail", M["rail"][2016], M["rail"][2021], 2021)],
        [val("rail", 2018), val("rail", 2022)], [2017, 2021], [(A, 2016), (A, 2021), None], computed=[2], ctx="班列",
        plain=True)
    add("comparison", "2015年和2020年西陵的领保案子分别有多少起？差了多少？",
        [alts("cases", 2015), alts("cases", 2020), diff("cases", M["cases"][2015], M["cases"][2020], 2015)],
        [val("cases", 2019), val("cases", 2021)], [2015, 2020], [(A, 2015), (A, 2020), None], computed=[2], ctx="案件")
    add("comparison", "西陵常住外籍人员2019年底和2022年底分别有多少？减少了多少人？",
        [alts("foreigners", 2019), alts("foreigners", 2023, M["foreigners"][2022]),
         diff("foreigners", M["foreigners"][2019], M["foreigners"][2022], 2023)],
        [val("foreigners", 2020), val("foreigners", 2021)], [2019, 2023], [(A, 2019), (A, 2022), None], computed=[2],
        ctx="外籍", plain=True)
    add("comparison", "西陵的国际友城，2025年底比2013年底多了几个？",
        [[f"{intl(2013)}个", f"{cn(intl(2013))}个"], [f"{intl(2025)}个"],
         [f"{intl(2025) - intl(2013)}个", f"{cn(intl(2025) - intl(2013))}个"]],
        [f"{intl(2023)}个"], [2013, 2025], [None, None, None], computed=[2], ctx="友好城市")
    add("comparison", "西陵海外引才2018年和2023年各是多少人？少了几个人？",
        [alts("talent", 2018), alts("talent", 2023), diff("talent", M["talent"][2018], M["talent"][2023], 2023)],
        [val("talent", 2017), val("talent", 2024)], [2018, 2023], [(A, 2018), (A, 2023), None], computed=[2], ctx="人才")
    add("comparison", "西陵对外捐赠款物2019年和2020年各多少万元？增加了多少？",
        [alts("donation", 2019), alts("donation", 2020), diff("donation", M["donation"][2019], M["donation"][2020], 2020)],
        [val("donation", 2018), val("donation", 2021)], [2019, 2020], [(A, 2019), (A, 2020), None], computed=[2],
        ctx="捐赠", plain=True)
    add("comparison", "2014年上半年和2014年全年，西陵市外办分别接待了多少批外国来访团组？",
        [alts("visits", "h2014", HALF[2014]["visits"]), alts("visits", 2014)],
        [tgt(2014, "visits"), val("visits", 2015)], ["h2014", 2014], [("sub", 2014), (A, 2014)], ctx="来访",
        plain=True)

    # --- list: one gold group per item; wrong-kind items forbidden
    add("list", "截至2025年底，西陵有哪些国际友好城市？", [[c[0], short(c[0])] for c in CITIES],
        [d[0] for d in DOMESTIC] + ["斯托克市", js["partner"][0], dl["partner"][0], nl["partner"][0]],
        [2013, 2015, 2017, 2018, 2019, 2024], plain=True)
    add("list", "西陵结了哪些友好交流城市？", [[c[0], short(c[0])] for c in EXCHANGE],
        ["利摩日市", "塞尔布市", js["partner"][0], "泉阳市"], [2014, 2017, 2021, 2023, 2025])
    add("list", "西陵外事部门前后换过哪几任主任？", [["秦振邦"], ["裴文渊"], ["卢劲松"]],
        ["左婉清", "曹一帆", "景若琳", dl["director"]], [2013, 2017, 2021])
    new = [c for c in CITIES if 2017 <= c[2] <= 2020]
    add("list", "2017年到2020年，西陵新结了哪些友城？", [[c[0], short(c[0])] for c in new],
        ["斯托克市", "伊利亚沃市", "卡罗维发利市", "岳川市", js["partner"][0]], [2018, 2019])

    # --- open: key phrases from the passage
    add("open", "2014年西陵市外办为外籍人士做了哪些服务？", [["外籍人士之家"], ["中英文服务手册"], ["涉外警务联络"]], [], [2014],
        plain=True)
    add("open", "2018年西陵外办是怎样保护出境企业和人员海外安全的？", [["海外安全风险评估"], ["出境企业安全培训"], ["领保志愿者"]],
        [], [2018])
    add("open", "疫情那年西陵外办怎么照顾在西陵的老外？", [["健康服务专线"], ["多语种防疫指南"], ["点对点转运"]], [], [2020])
    add("open", "2021年西陵市委外办是如何服务中欧班列发展的？", [["海关监管作业场所"], ["回程班列"], ["一单制"]], [], [2021],
        plain=True)
    add("open", "2024年西陵在海外引才方面有哪些主要做法？", [["海外引才工作站"], ["外籍人才服务绿卡"], ["国际人才社区"]], [],
        [2024], plain=True)

    # --- not_found
    add("not_found", "2012年西陵市外办接待外国来访团组多少批？", None, [val("visits", 2013)], plain=True)
    add("not_found", "2016年西陵给外国人办了多少件工作许可？", None, [val("permits", 2015), val("permits", 2017)])
    add("not_found", "2022年西陵涉外笔译多少万字？", None, [val("translation", 2021), val("translation", 2023)], plain=True)
    add("not_found", "2016年西陵外办引进了多少海外人才？", None, [tgt(2016, "talent", 2015), val("talent", 2015)])
    add("not_found", "东陵市外办2019年接待外国来访团组多少批？", None, [f"{dl['visits']}批", val("visits", 2019)], plain=True)
    add("not_found", "西陵市委外办的秘书长是谁？", None, ["卢劲松", "景若琳"])
    add("not_found", "2026年西陵实际接待了多少批次外国来访团组？", None, [tgt(2026, "visits"), val("visits", 2025)])
    add("not_found", "西陵外办每年办理多少张APEC商务旅行卡？", None, [val("out", 2019)])
    add("not_found", "2021年西陵第九届陶博会的意向成交额是多少？", None,
        [f"{fmt(EXPO_STATS[2019][2])}亿元", f"{fmt(EXPO_STATS[2023][2])}亿元"], plain=True)
    add("not_found", "金沙区2019年处理了多少起领保案件？", None, [val("cases", 2019)])
    add("not_found", "2014年上半年西陵对外捐了多少钱？", None, [val("donation", 2014)])
    add("not_found", "2019年来西陵的外国政要里有几位国家元首？", None, [val("vip", 2019)])


# ---------------------------------------------------------------- self-checks
EXPECTED = {"figure": 15, "report_year": 7, "target": 6, "entity": 6, "person": 6, "ordinal": 5, "event_year": 5,
            "comparison": 8, "list": 4, "open": 5, "not_found": 12}
PEOPLE = ("秦振邦", "裴文渊", "卢劲松", "左婉清", "曹一帆", "景若琳")
MINE = ("西陵", "东陵", "金沙", "南岭", "陶博会", "陶瓷博览会", "中欧班列", *PEOPLE, NEWS["东陵"]["director"],
        *[c[0] for c in CITIES], *[c[0] for c in EXCHANGE], *[d[0] for d in DOMESTIC], RAIL_OPEN[2], "明斯克",
        *[n["partner"][0] for n in NEWS.values()])
LAST_YEAR = ("上年", "去年", "上一年")
HALF_WORDS = ("上半年", "一季度", "去年同期", "6月底", "6月末")


def file_names() -> dict[str, str]:
    names = {str(y): f"{y}_{title(y)}.txt" for y in HELD}
    names |= {k: f"{k[1:]}_{title(k)}.txt" for k in ("h2014", "h2023", "p2018", "p2022")}
    names |= {k: f"{NEWS[k]['year']}_{n}.txt" for k, n in NEWS_FILES.items()}
    return names


def doc_year(key: str) -> int:
    if key in NEWS:
        return NEWS[key]["year"]
    return int(key[1:]) if key[0] in "hp" else int(key)


def others() -> dict[str, str]:
    """The other libraries' reports (written by their own scripts)."""
    return other_reports(set(file_names().values()))


def refers(how: str, y: int, key: str, s: str) -> bool:
    """Whether a sentence of document `key` that holds a figure may be read as the figure of year y."""
    dy = doc_year(key)
    if how == "target":
        return (key == f"p{y}" and "力争" in s) or (key == str(y - 1) and f"{y}年" in s and "力争" in s)
    if how == "sub":
        return key == f"h{y}" or (key == str(y) and any(w in s for w in HALF_WORDS))
    if not key.isdigit():
        return False
    return dy == y or (dy == y + 1 and (any(w in s for w in LAST_YEAR) or f"{y}年" in s))


def check(docs: dict[str, str]) -> None:
    common.check_lengths(docs, lambda key: (1350, 3000) if key.isdigit() else (180, 650) if key in NEWS else (380, 1200))
    everything = "\n".join(docs.values())
    reports = {k: t for k, t in docs.items() if k not in NEWS}
    counts: dict[str, int] = {}
    for row, meta in zip(Q, META, strict=True):
        text = row["q"]
        counts[row["type"]] = counts.get(row["type"], 0) + 1
        assert all(w in docs for w in meta["where"]), text
        # forbidden values are traps: each stands somewhere in the library
        for f in row["forbidden"]:
            assert mentions(everything, f), (text, f)
        gold = row["gold"]
        if gold is None:
            continue
        texts = {w: docs[w] for w in meta["where"]}
        for i, group in enumerate(gold):
            common.check_apart(text, group, row["forbidden"])
            if i in meta["computed"]:
                continue
            assert any(mentions(t, g) for t in texts.values() for g in group), (text, group, meta["where"])
            if meta["ctx"] and FIGURE.match(group[0]) and not group[0].endswith("年"):
                common.check_context(text, group, texts.values(), meta["ctx"])
            ref = meta["refs"][i] if i < len(meta["refs"]) else None
            if ref and meta["ctx"]:
                # the year is unambiguous in my reports (in that year's report, last year's in the next one, a target,
                # a half-year figure); other bodies' figures are the entity questions' traps
                common.check_year_of_figure(text, group, meta["ctx"], ref, reports, refers)
        if row["type"] not in ("open", "list", "event_year") and not meta["same_ok"]:
            answered = [group for i, group in enumerate(gold) if i not in meta["computed"]]
            common.check_no_trap_beside(text, texts.values(), answered, row["forbidden"])
    assert counts == EXPECTED, counts
    assert len({r["q"] for r in Q}) == len(Q)
    assert 65 <= len(Q) <= 80
    plain = sum(m["plain"] for m in META)
    assert 0.35 <= plain / len(Q) <= 0.65, plain  # about half in words the reports do not use
    for row in Q:  # every question names 西陵, except those asking which body it is or about another body
        assert "西陵" in row["q"] or row["type"] == "entity" or any(w in row["q"] for w in ("东陵", "金沙")), row["q"]
    # the values of a measure are distinct across years, so a figure names its year; half-year figures are below the
    # full-year ones; targets differ from the results
    for m, s in M.items():
        values = [x for x in s.values() if x is not None]
        assert len(set(values)) == len(values), m
    for y, figures in HALF.items():
        for m, x in figures.items():
            assert x < M[m][y] if m != "foreigners" else min(M[m][y - 1], M[m][y]) < x < max(M[m][y - 1], M[m][y])
            assert x not in M[m].values(), (y, m)
    for (y, m), (_, x) in SUB.items():
        assert x < M[m][y] and x not in M[m].values(), (y, m)
    for y, t in TARGETS.items():
        for m, x in t.items():
            series_ = M["out" if m == "out_cap" else m]
            assert x not in series_.values(), (y, m)
    yearly = {int(k): t for k, t in docs.items() if k.isdigit()}
    # the renaming: the old name until 2018; the 2019 report tells the reform; the new name from 2019
    for y, t in yearly.items():
        if y < REFORM:
            assert OLD in t and PARTY not in t and "市委外办" not in t, y
        else:
            assert PARTY in t and "市外办" not in t.replace("西陵市外办", "") and (OLD not in t or y == REFORM), y
    assert "不再保留" in yearly[REFORM] and sum("挂牌成立" in t for t in docs.values()) == 1
    # person questions: each report names its 主任 and 副主任; other periods' are absent
    for y, t in yearly.items():
        for d in DIRECTOR[y]:
            assert re.search(rf"(?<!副)主任{d}|{d}同志任", t), (y, d)
        assert f"副主任{DEPUTY[y]}" in t, y
        assert not any(p in t for p in set(PEOPLE) - {*DIRECTOR[y], DEPUTY[y]}), y
    assert f"{CHANGE[1]}月，市委决定{CHANGE[3]}同志任市外办主任" in yearly[2017] and f"原主任{CHANGE[2]}" in yearly[2017]
    assert not any(p in docs[k] for k in ("p2018", "p2022") for p in PEOPLE)
    # the missing years: their figures, partners and events appear only in the next report
    assert not any("伊利亚沃" in yearly[y] or "杜伊斯堡" in yearly[y] for y in HELD if y < 2017)
    assert f"第{cn(EXPO_ED[2016])}届" in yearly[2017] and sum(f"第{cn(EXPO_ED[2016])}届" in t for t in docs.values()) == 1
    # editions: the fair is not year minus a constant; the 第十届 planned for 2022 was held in 2023
    assert len({y - ed for y, ed in EXPO_ED.items()}) > 3
    assert f"第{cn(EXPO_ED[2023])}届" in docs["p2022"] and "因疫情推迟" in yearly[2023]
    assert "推迟至明年" in yearly[2020] and f"自{EXPO_YEARS[0]}年创办" in yearly[2013]
    # ordinal answers: the edition stands in the intended report only with the right year's fair
    for y in (2013, 2017, 2021):
        assert f"第{cn(EXPO_ED[y])}届" in yearly[y]
    # sister cities: stocks in every report; 友好交流城市, 国内友好城市 and other bodies' partners never counted
    for y, t in yearly.items():
        assert f"{intl(y) if style(y) != 'A' else cn(intl(y))}个" in t, y
    for s in sentences(everything):
        if "友好城市关系" in s:
            assert not any(c[0] in s for c in EXCHANGE), s
        if "友好交流" in s and "关系" in s:
            assert not any(c[0] in s for c in CITIES), s
    for n in NEWS.values():
        assert sum(n["partner"][0] in t for t in docs.values()) == 1
    # open questions: every key phrase is in the intended report, and in no other document of mine
    for row, meta in zip(Q, META, strict=True):
        if row["type"] == "open":
            common.check_open_held(docs, row["q"], row["gold"], meta["where"])
    # not-found questions: nothing in the library answers them
    assert "2012年" not in everything
    assert not any(w in s and "来访" in s for s in sentences(yearly[2013]) for w in LAST_YEAR)
    for y, words in ((2017, ("许可", "人才", "引才")), (2023, ("笔译", "翻译"))):
        assert not any(w in s and (any(x in s for x in LAST_YEAR) or f"{y - 1}年" in s)
                       for s in sentences(yearly[y]) for w in words), y
    assert not any(f"{y}年" in s and w in s and "力争" not in s for y in MISSING for s in sentences(everything)
                   for w in ("许可", "人才", "笔译")), "a missing year's unstated figure"
    assert "万字" not in docs["p2022"]
    for m, y in (("permits", 2016), ("talent", 2016), ("translation", 2022)):  # the hidden figures themselves
        hidden = [f"{M[m][y]}{u}" for u in {*UNITS[m], *SYNONYMS.get(m, ())}]
        assert not any(CTX[m] in s and any(mentions(s, x) for x in hidden) for s in sentences(everything)), (m, y)
    assert sum("东陵" in t for t in docs.values()) == 1 and "2019" not in docs["东陵"]
    assert "秘书长" not in everything and "APEC" not in everything and "旅行卡" not in everything
    assert not any("2026年" in s and "力争" not in s and "工作安排" not in s and not re.fullmatch(r"\d{4}年\d+月\d+日", s)
                   for s in sentences(everything)), "2026 results"
    assert not any("成交" in s for s in sentences(yearly[2021])) and not any(
        f"第{cn(EXPO_ED[2021])}届" in s and "成交" in s for s in sentences(everything))
    assert "领事" not in docs["金沙"] and not any("金沙" in s and ("领事" in s or "领保" in s) for s in sentences(everything))
    assert "捐" not in docs["h2014"]
    assert "元首" not in everything
    # entity questions: the figure is in the gold body's text only, among all bodies' texts of that year
    theirs = others()
    dated = common.dated_texts(docs, doc_year, theirs)
    for row, meta in zip(Q, META, strict=True):
        if row["type"] != "entity" or not (m := re.search(r"(\d{4})年.*?(\d+)(批|人|起)", row["q"])):
            continue
        year, number, u = int(m.group(1)), m.group(2), m.group(3)
        word = {"批": "来访", "人": "外籍" if "外籍" in row["q"] else "人才", "起": "案件"}[u]
        unit_alts = {"批": ("批", "个", "批次"), "人": ("人", "名"), "起": ("起", "件")}[u]
        common.check_sole_holder(dated, row["q"], year, word, [number + w for w in unit_alts], meta["where"][0])
    # the other libraries' entity questions: none of their figures is also a figure of mine of that year
    common.check_their_figures(docs, doc_year, QUESTIONS,
                        "人次|亿美元|万美元|万元|亿元|万字|批|件|个|张|家|人|起|期|对|名|场|次|项|列|份",
                        ("来访", "外宾", "出国", "出访", "案件", "外资", "培训", "志愿者", "展会", "记者", "友好学校", "港澳台",
                         "突发", "专家", "侨", "会晤", "证件", "协议", "外籍", "许可", "人才", "捐", "翻译", "班列", "项目"))
    # nobody else's text names this library's bodies, people, partners or fair; no sentence of mine is another's
    common.check_unnamed(theirs, MINE)
    their_sentences = {s.strip() for t in theirs.values() for s in sentences(t)}
    for key, t in docs.items():
        for s in sentences(t):
            s = s.strip()
            assert len(s) < 12 or s not in their_sentences, (key, s)
    grams = {g for t in theirs.values() for s in sentences(t) for g in ngrams(stock(s))}
    for key, t in docs.items():
        for s in sentences(t):
            assert not ngrams(stock(s)) & grams, (key, s, sorted(ngrams(stock(s)) & grams)[:3])


SHARED = 15  # no run of this many characters in a sentence is shared with another library's, stock phrases aside
STOCK = ("习近平新时代中国特色社会主义思想", "习近平外交思想", "党的十八大", "党的十九大", "党的二十大", "精神",
         "“不忘初心、牢记使命”主题教育", "“两学一做”学习教育", "党的群众路线教育实践活动", "中央八项规定", "全面从严治党",
         "“大学习、大讨论、大调研”", "“三严三实”专题教育", "党史学习教育", "市委、市政府", "因公出国（境）团组",
         "外事工作委员会办公室", "人民政府外事办公室", "领事保护与协助案件", "外国来访团组", "国际友好城市", "友好交流城市")


def stock(sentence: str) -> str:
    """A sentence with the stock phrases of official writing (which every library shares) each made one character."""
    for phrase in STOCK:
        sentence = sentence.replace(phrase, "〇")
    return sentence


def ngrams(text: str) -> set[str]:
    return {text[i:i + SHARED] for i in range(len(text) - SHARED + 1)}


def main() -> None:
    keys = [str(y) for y in HELD]
    docs: dict[str, str] = {k: BUILDERS[style(k)](int(k)) for k in keys}
    docs |= {"h2014": half_2014(), "h2023": half_2023(), "p2018": work_plan(2018), "p2022": work_plan(2022)}
    docs |= {k: news_text(k) for k in NEWS}
    questions()
    check(docs)  # before anything is written
    REPORTS.mkdir(parents=True, exist_ok=True)
    names = file_names()
    for old in REPORTS.glob("*.txt"):
        if "西陵" in old.name or old.name[5:] in {n + ".txt" for n in NEWS_FILES.values()}:
            old.unlink()
    common.write_library(docs, names, QUESTIONS, Q)


if __name__ == "__main__":
    main()

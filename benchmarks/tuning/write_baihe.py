# ruff: noqa: E501  (report sentences are data: one line each reads best)
"""Writes the 白河市人民政府外事办公室 tuning library from the tables below.

    python -m benchmarks.tuning.write_baihe

Three kinds of document: yearly work reports 2012-2024 without 2015 and 2020 (their figures are stated only by
the 2016 and 2021 reports, as last year's figure: 比上年的…, 上年为…, 较2015年（…）, 同比…（上年…）, 较上年的…);
half-year reports (上半年工作总结) of 2014, 2017, 2019 and 2023, whose figures are smaller than the same year's
full-year figures (and which state last year's same-period figure: 去年同期为…); and work plans (工作要点) of 2018,
2020 and 2024 with targets that differ from the results. Three house styles that change with the 主任 (2012-2016
工作总结 with 一、（一）1. under 钱文博; 2017-2021 年度工作总结 with 一是…二是… and 党建 first under 孟庆华;
2022-2024 报告 to 市委、市政府 in 第一部分/第二部分/第三部分 with 开放 first under 唐书瑶; the 副主任 change
too), with units and numerals that change with the style (批/个/批次, 起/件, 项/个, 个/场, 期/场, 名/人, 人次/人,
两条/9条). Three news items of other offices (枫林市 2020 — a year without a 白河 report —, 滨江市望海区 2017,
鹤岭县 2023) with the same measures. Measures the other libraries lack: 友好城市 and 友好交流城市 (with country
and year), 友好学校 (with country), 外国留学生, 境外游客, 外资企业, 国际航线, 国际会议 (named), 涉外案件, 因公出入境
证件, 使领馆来访, 合作协议/备忘录 (named, with partner), 国际体育赛事, 外事志愿者, 外事培训. A 龙舟文化节 (since
2010) that skipped 2020-2022 and a 马拉松 (since 2014) that skipped 2020 and 2022, so neither edition is year
minus a constant.

Every gold answer is computed from the tables, and `check()` asserts before anything is written that it stands
in the intended document near the words of its measure, that no forbidden value sits in the sentence holding the
answer, and that the not-found answers are absent.
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
QUESTIONS = HERE / "baihe_questions.jsonl"

OFFICE = "白河市人民政府外事办公室"
YEARS = list(range(2012, 2025))
MISSING = (2015, 2020)  # no yearly report of these years
HELD = [y for y in YEARS if y not in MISSING]
HALF_YEARS = (2014, 2017, 2019, 2023)  # 上半年工作总结
PLAN_YEARS = (2018, 2020, 2024)  # 工作要点 (targets of that year)


series = partial(common.series, YEARS)


# ---------------------------------------------------------------- full-year figures (2012 … 2024)
M = {
    "visits": series(46, 51, 58, 63, 69, 74, 81, 88, 7, 9, 16, 52, 67),               # 外宾来访团组
    "visit_p": series(372, 415, 463, 508, 547, 596, 652, 714, 39, 46, 88, 418, 536),  # 外宾来访 人次
    "out": series(57, 61, 66, 70, 64, 72, 79, 85, 4, 3, 8, 41, 58),                   # 因公出国（境）团组
    "out_p": series(263, 288, 305, 329, 297, 336, 371, 402, 22, 11, 31, 187, 264),    # 因公出国（境）人次
    "students": series(410, 468, 533, 602, 675, 744, 826, 913, 781, 652, 698, 807, 884),  # 外国留学生
    "tourists": series(21.4, 24.8, 27.3, 29.6, 33.1, 36.5, 40.2, 44.7, 3.8, 2.9, 5.6, 26.3, 38.9),  # 境外游客 万人次
    "firms": series(34, 39, 42, 47, 51, 56, 63, 68, 41, 45, 38, 52, 60),              # 新设外资企业 家
    "fdi": series(2.3, 2.7, 3.1, 3.4, 3.6, 3.9, 4.5, 4.9, 4.2, 4.6, 4.1, 4.8, 5.3),   # 实际利用外资 亿美元
    "routes": series(2, 3, 3, 4, 5, 6, 7, 9, 2, 2, 3, 6, 8),                         # 国际航线（年底运营）
    "confs": series(3, 4, 6, 5, 6, 7, 8, 9, 2, 3, 4, 7, 8),                           # 国际会议
    "cases": series(38, 42, 47, 53, 49, 57, 61, 66, 44, 39, 35, 51, 55),              # 涉外案件
    "permits": series(1260, 1385, 1472, 1533, 1418, 1506, 1637, 1752, 214, 137, 296, 1108, 1394),  # 因公证照
    "consular": series(6, 8, 9, 11, 12, 14, 15, 17, 3, 5, 7, 13, 16),                 # 使领馆来访 批
    "agreements": series(5, 6, 8, 7, 9, 11, 12, 14, 4, 7, 7, 10, 15),                 # 合作协议、备忘录
    "sports": series(2, 2, 3, 3, 4, 4, 5, 6, 0, 1, 1, 4, 5),                          # 国际体育赛事
    "volunteers": series(320, 385, 460, 530, 610, 720, 850, 980, 1060, 1150, 1230, 1420, 1580),  # 外事志愿者
    "training": series(4, 5, 5, 6, 6, 8, 9, 10, 3, 2, 5, 7, 9),                       # 外事培训班
    "train_p": series(280, 330, 365, 410, 430, 486, 540, 612, 190, 260, 318, 455, 520),  # 培训 人次
}
# units by house style A (2012-2016), B (2017-2021), C (2022-2024)
UNITS = {
    "visits": ("批", "个", "批次"), "visit_p": ("人次", "人", "人次"), "out": ("批", "个", "批"),
    "out_p": ("人次",) * 3, "students": ("名", "人", "人"), "tourists": ("万人次",) * 3, "firms": ("家",) * 3,
    "fdi": ("亿美元",) * 3, "routes": ("条",) * 3, "confs": ("个", "场", "场"), "cases": ("起", "件", "起"),
    "permits": ("件",) * 3, "consular": ("批",) * 3, "agreements": ("项", "个", "项"), "sports": ("项",) * 3,
    "volunteers": ("名", "人", "名"), "training": ("期", "场", "期"), "train_p": ("人次",) * 3,
}
# a measure whose unit changes with the style: an answer may write any of these
SYNONYMS = {"visits": ("批", "个", "批次"), "visit_p": ("人次", "人"), "out": ("批", "个"), "students": ("名", "人"),
            "confs": ("个", "场"), "cases": ("起", "件"), "agreements": ("项", "个"), "volunteers": ("名", "人"),
            "training": ("期", "场")}
CHINESE = {"A": ("routes", "confs", "sports", "training"), "B": ("routes",), "C": ()}  # written in Chinese numerals
CTX = {"visits": "外宾", "visit_p": "外宾", "out": "出国", "out_p": "出国", "students": "留学生", "tourists": "游客",
       "firms": "外资企业", "fdi": "外资", "routes": "航线", "confs": "会议", "cases": "案件", "permits": "证件",
       "consular": "使领馆", "agreements": "协议", "sports": "赛事", "volunteers": "志愿者", "training": "培训",
       "train_p": "培训"}

# half-year figures (Jan-Jun), all below the same year's full-year figure
HALF = {
    2014: dict(visits=23, visit_p=186, out=29, out_p=131, cases=21, tourists=11.6, agreements=3, confs=2, training=2,
               consular=4, firms=19),
    2017: dict(visits=33, visit_p=261, out=31, out_p=148, cases=26, tourists=15.8, agreements=5, confs=3, training=3,
               consular=6, firms=24, volunteers=655),
    2019: dict(visits=41, visit_p=338, out=40, out_p=187, cases=30, tourists=20.9, agreements=6, confs=4, training=4,
               consular=8, firms=31),
    2023: dict(visits=19, visit_p=152, out=16, out_p=71, cases=22, tourists=9.7, agreements=4, confs=3, training=3,
               consular=5, firms=23, volunteers=1290),
}
# last year's same-period figure, stated by the half-year report: {year: (measure, value)}
HALF_PREV = {2014: ("out", 27), 2017: ("visits", 29), 2019: ("tourists", 18.6), 2023: ("cases", 17)}

# targets in the 工作要点 of the year; they differ from the results
TARGETS = {
    2018: dict(visits=80, volunteers=800, confs=9, new_routes=1, new_schools=2),
    2020: dict(visits=92, new_routes=3, tourists=47, training=11, confs=10),
    2024: dict(visits=60, tourists=35, confs=9, agreements=12, volunteers=1500),
}

# how a yearly report states last year's figure: {report year: {measure: way}}
PREV = {
    2013: {"tourists": "pct_year"},
    2014: {"students": "bi_n"},
    2016: {"visits": "bi_n", "tourists": "shang", "cases": "jiao", "firms": "pct"},
    2017: {"volunteers": "bi_n"},
    2019: {"consular": "shang"},
    2021: {"cases": "jiao", "students": "pct", "out": "bi_n", "volunteers": "shang", "visits": "jiao_shang"},
    2022: {"tourists": "pct_year"},
    2024: {"agreements": "bi_n"},
}

# ---------------------------------------------------------------- people (nobody is named for 2015 and 2020)
DIRECTOR = {**dict.fromkeys((2012, 2013, 2014, 2016), "钱文博"), **dict.fromkeys((2017, 2018, 2019, 2021), "孟庆华"),
            **dict.fromkeys((2022, 2023, 2024), "唐书瑶")}
DEPUTY = {**dict.fromkeys((2012, 2013, 2014), "何静怡"), **dict.fromkeys((2016, 2017, 2018, 2019), "韦志刚"),
          **dict.fromkeys((2021, 2022, 2023, 2024), "陆海峰")}

# ---------------------------------------------------------------- friendship cities: (city, country, kind, year, month, signer, how)
CITIES = [
    ("米泽市", "日本", "友好城市", 1996, None, None, None),
    ("斯波坎市", "美国", "友好城市", 2004, None, None, None),
    ("全州市", "韩国", "友好交流城市", 2010, None, None, None),
    ("昂热市", "法国", "友好城市", 2012, 9, "钱文博", "visit"),
    ("本迪戈市", "澳大利亚", "友好交流城市", 2013, 5, "何静怡", "visit"),
    ("怡保市", "马来西亚", "友好交流城市", 2015, None, None, None),  # stated by the 2016 report
    ("芽庄市", "越南", "友好城市", 2016, 10, "钱文博", "host"),
    ("埃尔富特市", "德国", "友好交流城市", 2017, 6, "孟庆华", "visit"),
    ("罗兹市", "波兰", "友好城市", 2018, 5, "韦志刚", "visit"),
    ("塞格德市", "匈牙利", "友好交流城市", 2019, 9, "孟庆华", "visit"),
    ("布尔萨市", "土耳其", "友好交流城市", 2021, 11, "陆海峰", "video"),
    ("库里蒂巴市", "巴西", "友好城市", 2023, 8, "唐书瑶", "visit"),
    ("罗托鲁瓦市", "新西兰", "友好交流城市", 2024, 4, "陆海峰", "visit"),
]


def city_totals(year: int) -> tuple[int, int, int]:
    held = [c for c in CITIES if c[3] <= year]
    friends = sum(c[2] == "友好城市" for c in held)
    return len(held), friends, len(held) - friends


def short(city: str) -> str:
    return city[:-1] if city.endswith("市") else city


# ---------------------------------------------------------------- friendship schools: (白河 school, partner, country, year)
SCHOOLS = [
    ("白河市第一中学", "米泽兴让馆高中", "日本", 2008),
    ("白河外国语学校", "斯波坎刘易斯与克拉克高中", "美国", 2009),
    ("白河市第二中学", "昂热大卫·当热中学", "法国", 2012),
    ("白河外国语学校", "本迪戈高中", "澳大利亚", 2013),
    ("白河市实验小学", "全州风南小学", "韩国", 2014),
    ("白河市第三中学", "芽庄黎贵惇高中", "越南", 2016),
    ("白河职业技术学院", "埃尔富特应用技术大学", "德国", 2017),
    ("白河市第二中学", "罗兹第十二中学", "波兰", 2018),
    ("白河外国语学校", "塞格德拉德诺蒂中学", "匈牙利", 2019),
    ("白河市第五中学", "布尔萨安纳托利亚高中", "土耳其", 2021),
    ("白河市第一中学", "库里蒂巴州立中学", "巴西", 2023),
    ("白河市实验小学", "罗托鲁瓦西区小学", "新西兰", 2024),
]


def schools_total(year: int) -> int:
    return sum(s[3] <= year for s in SCHOOLS)


# ---------------------------------------------------------------- agreements and conferences named in the reports
AGREEMENTS = {  # year: [(partner city, country, document)]
    2012: [("昂热市", "法国", "教育交流合作备忘录")],
    2013: [("斯波坎市", "美国", "经贸合作备忘录")],
    2014: [("全州市", "韩国", "文化旅游合作备忘录")],
    2016: [("本迪戈市", "澳大利亚", "农业技术交流合作协议")],
    2017: [("埃尔富特市", "德国", "职业教育合作协议")],
    2018: [("罗兹市", "波兰", "经贸合作备忘录")],
    2019: [("米泽市", "日本", "青少年交流合作协议")],
    2021: [("塞格德市", "匈牙利", "中医药合作备忘录")],
    2022: [("芽庄市", "越南", "跨境电商合作备忘录")],
    2023: [("库里蒂巴市", "巴西", "城市规划与公共交通合作协议"), ("全州市", "韩国", "文化创意产业合作备忘录")],
    2024: [("罗托鲁瓦市", "新西兰", "地热能源开发合作备忘录"), ("斯波坎市", "美国", "医疗卫生合作协议")],
}
CONFERENCES = {
    2012: ["白河生态旅游国际论坛"], 2013: ["中日韩地方政府交流研讨会"], 2014: ["国际河流保护与可持续发展论坛"],
    2016: ["中国—东盟职业教育合作论坛"], 2017: ["中德中小企业合作交流会"], 2018: ["白河国际友城市长对话会"],
    2019: ["中国—中东欧地方合作论坛白河分论坛", "白河国际友城市长对话会"], 2021: ["国际友城线上合作大会"],
    2022: ["国际友城数字经济合作线上论坛"],
    2023: ["白河国际生态旅游论坛", "中国—拉美城市合作对话会", "国际友城青年发展论坛"],
    2024: ["中国—东盟河流治理合作论坛", "国际低碳城市发展大会", "白河国际友城市长对话会"],
}

# ---------------------------------------------------------------- the dragon-boat festival and the marathon
DRAGON = "白河国际龙舟文化节"
DRAGON_YEARS = [*range(2010, 2020), 2023, 2024]  # first held 2010; not held 2020-2022
DRAGON_ED = {y: i + 1 for i, y in enumerate(DRAGON_YEARS)}
DRAGON_STATS = {2012: (6, 18), 2013: (8, 22), 2014: (9, 26), 2016: (11, 31), 2017: (12, 34), 2018: (14, 36),
                2019: (15, 40), 2023: (10, 29), 2024: (13, 38)}  # (国家和地区, 龙舟队 支)
DRAGON_TEAMS_2015 = 28  # never stated: the 2016 report does not restate it
MARATHON = "白河国际马拉松"
MARATHON_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2021, 2023, 2024]  # first held 2014; not held 2020, 2022
MARATHON_ED = {y: i + 1 for i, y in enumerate(MARATHON_YEARS)}
MARATHON_STATS = {2014: (8000, 120), 2016: (15000, 260), 2017: (20000, 310), 2018: (25000, 380),
                  2019: (30000, 450), 2021: (10000, 0), 2023: (25000, 290), 2024: (30000, 420)}  # (选手, 境外选手)


def style(year: int) -> str:
    return "A" if year <= 2016 else "B" if year <= 2021 else "C"


def unit(measure: str, year: int) -> str:
    return UNITS[measure]["ABC".index(style(year))]


def written(measure: str, year: int, value) -> str:
    """A figure as that year's documents write it (Chinese numerals for small counts in some styles)."""
    if measure in CHINESE[style(year)] and isinstance(value, int):
        return f"{cnq(value)}{unit(measure, year)}"
    return f"{fmt(value)}{unit(measure, year)}"


def v(measure: str, year: int) -> str:
    return written(measure, year, M[measure][year])


def h(measure: str, year: int) -> str:
    return written(measure, year, HALF[year][measure])


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
    if way == "bi_n":
        return f"，比上年的{p}{u}{'增加' if up else '减少'}{fmt(d)}{u}"
    if way == "shang":
        return f"（上年为{p}{u}）"
    if way == "jiao":
        return f"，较{year - 1}年（{p}{u}）{'增加' if up else '减少'}{fmt(d)}{u}"
    if way == "jiao_shang":
        return f"，较上年的{p}{u}有所{'回升' if up else '下降'}"
    if way == "pct":
        return f"，同比{'增长' if up else '下降'}{pct(cur, prev)}（上年{p}{u}）"
    if way == "pct_year":
        return f"，同比{'增长' if up else '下降'}{pct(cur, prev)}（{year - 1}年为{p}{u}）"
    raise ValueError(way)


def half_prev(year: int, measure: str) -> str:
    if HALF_PREV[year][0] != measure:
        return ""
    prev = HALF_PREV[year][1]
    cur = HALF[year][measure]
    return f"，同比{'增长' if cur > prev else '下降'}{pct(cur, prev)}（去年同期为{written(measure, year, prev)}）"


def role(name: str, year: int) -> str:
    return "市外办主任" if DIRECTOR.get(year) == name else "市外办副主任"


def signings(year: int) -> str:
    parts = []
    for city, country, kind, y, month, who, how in CITIES:
        if y != year or not who:
            continue
        act = "缔结友好城市关系" if kind == "友好城市" else "建立友好交流城市关系"
        if how == "visit":
            parts.append(f"{month}月，{role(who, year)}{who}率团出访{country}{city}，与对方签署两市{act}协议书")
        elif how == "host":
            parts.append(f"{month}月，{country}{city}市长率代表团访问我市，两市正式签署{act}协议书，{role(who, year)}{who}"
                         "出席签约仪式")
        else:
            parts.append(f"{month}月，{role(who, year)}{who}与{country}{city}负责人以视频连线方式签署两市{act}协议书")
    return "；".join(parts) + "。" if parts else ""


def agreement_names(year: int) -> str:
    items = [f"与{country}{city}签署的《{doc}》" for city, country, doc in AGREEMENTS.get(year, [])]
    return "、".join(items)


def school_pairs(year: int, lead: str = "推动") -> str:
    pairs = [f"{s[0]}与{s[2]}{s[1]}" for s in SCHOOLS if s[3] == year]
    return f"{lead}" + "、".join(pairs) + "结为国际友好学校，" if pairs else ""


def conferences(year: int) -> str:
    return "、".join(CONFERENCES[year])


def dragon(year: int) -> str:
    if year in (2021, 2022):
        return f"受疫情影响，{DRAGON}{'连续第二年' if year == 2021 else '连续第三年'}停办。"
    c, teams = DRAGON_STATS[year]
    ed = cn(DRAGON_ED[year])
    if year == 2012:
        return (f"6月，成功举办第{ed}届{DRAGON}，来自{c}个国家和地区的{teams}支龙舟队同场竞渡。龙舟节自{DRAGON_YEARS[0]}年"
                "创办以来，已成为我市对外交流的一张亮丽名片。")
    if year == 2023:
        return f"时隔四年，第{ed}届{DRAGON}于6月重启，{c}个国家和地区的{teams}支龙舟队参赛。"
    return f"第{ed}届{DRAGON}吸引{c}个国家和地区的{teams}支龙舟队参赛。"


def marathon(year: int) -> str:
    if year < 2014:
        return ""
    if year == 2022:
        return f"原定于年内举办的第{cn(MARATHON_ED[2023])}届{MARATHON}延期举办。"
    runners, foreign = MARATHON_STATS[year]
    ed = cn(MARATHON_ED[year])
    if year == 2014:
        return f"4月，首届{MARATHON}鸣枪开跑，{runners}名选手参赛，其中境外选手{foreign}名。"
    if year == 2021:
        return f"在停办一年后，第{ed}届{MARATHON}于11月举行，赛事规模压减至{runners}人，未邀请境外选手。"
    if year == 2016:
        return f"第{ed}届{MARATHON}参赛选手达{runners}人，其中境外选手{foreign}名，赛事自2014年创办以来规模逐年扩大。"
    return f"第{ed}届{MARATHON}共有{runners}名选手参赛，其中境外选手{foreign}名。"


# ---------------------------------------------------------------- the passages of each year
EX = {
    2012: dict(
        more="组织我市青少年代表团赴日本米泽市参加友好交流夏令营，协助市属高校与法国昂热大学建立校际联系。年内出台《白河市外事接待工作规范》，外事管理制度化水平进一步提高。",
        spirit="党的十八大精神",
        visit="市外办主任钱文博陪同市领导会见了法国昂热市市长、日本米泽市议会友好访问团等重要外宾。",
        consular="积极推介我市投资环境和旅游资源",
        cities_pre="我市于1996年、2004年先后与日本米泽市、美国斯波坎市缔结友好城市关系，2010年与韩国全州市建立友好交流"
                   "城市关系。",
        routes="白河至新加坡、白河至东京航线保持稳定运营，",
        cases="妥善处置了外籍人员在我市发生交通事故、外籍务工人员劳资纠纷等案件",
        sports="龙舟节龙舟赛和国际青少年篮球邀请赛",
        party="认真学习宣传贯彻党的十八大精神，党组理论学习中心组集中学习12次。副主任何静怡带队赴各县（市、区）开展外事工作"
              "专题调研，形成调研报告3篇。严格执行中央八项规定，外事接待和出访经费管理进一步规范。",
    ),
    2013: dict(
        more="配合市委宣传部接待外国媒体采访团，宣传我市生态建设成就。年内完成全市外事资源普查，建立涉外企业、涉外人才和友城资源数据库。",
        spirit="党的十八大和十八届三中全会精神",
        visit="接待了澳大利亚本迪戈市市长、韩国全州市副市长率领的代表团等重要团组，市外办主任钱文博全程陪同会见会谈。",
        consular="其中日本驻华使馆和韩国驻华使馆官员先后来访",
        routes="3月，白河至首尔国际航线正式开通，",
        cases="妥善处置了外籍游客在景区意外受伤、外籍教师签证逾期等案件",
        sports="龙舟节龙舟赛和国际青少年篮球邀请赛",
        party="扎实开展党的群众路线教育实践活动，围绕“四风”问题查摆整改，修订完善外事接待、因公出国（境）管理等制度9项。"
              "副主任何静怡分管机关作风建设，机关服务效能明显提升。",
    ),
    2014: dict(
        more="围绕首届白河国际马拉松开展中英文双语宣传，在友城和境外媒体发布赛事信息。推动建立县（市、区）外事联络员制度，基层外事工作网络进一步健全。",
        spirit="党的十八届三中、四中全会精神",
        visit="接待了法国昂热市议会代表团、美国斯波坎市经贸代表团等重要团组，主任钱文博陪同市领导会见外宾12次。",
        cities_pre="巩固发展与现有友城的友好关系，9月组织我市文化艺术团赴韩国全州市参加全州韩纸文化节，与澳大利亚本迪戈市"
                   "开展农业技术交流。",
        consular="加强与外国驻华使领馆的日常联络",
        routes="白河至首尔航线加密至每周4班，",
        cases="妥善处置了外籍船员在我市港区发生冲突、外籍人员非法就业等案件",
        sports="龙舟节龙舟赛、国际马拉松和国际青少年篮球邀请赛",
        party="巩固党的群众路线教育实践活动成果，党组理论学习中心组集中学习14次。副主任何静怡带队开展外事干部业务能力"
              "提升行动，机关干部职工外语和涉外礼仪水平进一步提高。",
    ),
    2016: dict(
        more="配合做好“一带一路”沿线国家经贸推介活动，编印《白河外资企业服务指南》（中英文版）。指导县（市、区）外办开展外事业务规范化建设。",
        spirit="习近平总书记系列重要讲话精神",
        visit="接待了越南芽庄市市长、马来西亚怡保市市长率领的代表团等重要团组，主任钱文博陪同市领导会见外宾15次。",
        consular="副主任韦志刚负责使领馆联络工作，推动建立常态化联系机制",
        cities_pre="2015年，我市与马来西亚怡保市建立友好交流城市关系，友城布局向东南亚延伸。",
        routes="5月，白河至曼谷国际航线开通，",
        cases="其中涉及外籍人员的民事纠纷和治安案件占七成以上",
        sports="龙舟节龙舟赛、国际马拉松、国际青少年篮球邀请赛和新创办的环白河湖国际自行车赛",
        special="针对涉外案件类型日益复杂的情况，市外办牵头建立涉外案件“一案一档”管理制度，对每起案件从受理、通报到结案全程跟踪；"
                "严格落实领事通报规定，涉及外籍人员被采取强制措施的，均在规定时限内通报有关国家驻华使领馆；会同公安、法院、"
                "人社等部门建立涉外案件联席会议制度，全年召开联席会议4次，协调解决疑难案件7起。",
        party="扎实开展“两学一做”学习教育，党组理论学习中心组集中学习16次，深入开展廉政风险防控，机关党建工作考核获评优秀等次。",
    ),
    2017: dict(
        more="围绕党的十九大精神对外宣传，组织来访外宾参观我市发展成就展，讲好白河故事。",
        spirit="党的十九大精神",
        party="一是认真学习宣传贯彻党的十九大精神，党组理论学习中心组集中学习15次，主任孟庆华为全体党员讲专题党课；二是推进"
              "“两学一做”学习教育常态化制度化，严格落实“三会一课”制度；三是落实全面从严治党主体责任，开展廉政警示教育3次。",
        visit="接待了德国埃尔富特市市长、日本米泽市议会代表团等重要团组，副主任韦志刚牵头做好接待服务保障",
        routes="6月，白河至大阪国际航线开通，",
        cases="其中外籍人员签证逾期滞留、劳资纠纷类案件明显增多",
    ),
    2018: dict(
        more="配合做好改革开放40周年对外宣传，拍摄《开放的白河》外宣短片，在友城和驻外机构播放。",
        spirit="习近平新时代中国特色社会主义思想和党的十九大精神",
        party="一是深入学习贯彻习近平新时代中国特色社会主义思想，党组理论学习中心组集中学习16次；二是扎实开展“大学习、大讨论、"
              "大调研”活动，主任孟庆华带头领题调研2项；三是持续深化作风建设，机关效能进一步提升。",
        visit="接待了波兰罗兹市副市长、越南芽庄市友好访问团等重要团组",
        routes="10月，白河至胡志明市国际航线开通，",
        cases="其中外籍人员非法入境、非法居留、非法就业“三非”案件11起",
        special=("推进城市国际化语言环境建设",
                 "一是开展公共场所外语标识专项整治，会同住建、交通、文旅等部门对机场、车站、景区、医院等场所的外语标识进行全面"
                 "排查，发现并纠正错误标识326处；二是组织外事志愿者和高校外语专家开展“啄木鸟”纠错行动，建立外语标识纠错长效"
                 "机制；三是推动出台《白河市公共场所外语标识规范》地方标准，为城市国际化提供语言服务支撑。"),
    ),
    2019: dict(
        more="编制《白河市外事工作三年行动计划》，推动外事工作与全市中心工作深度融合。",
        spirit="党的十九届四中全会精神",
        party="一是扎实开展“不忘初心、牢记使命”主题教育，主任孟庆华讲专题党课，检视问题12个并全部整改；二是党组理论学习中心组"
              "集中学习14次；三是严格落实中央八项规定精神，持续整治形式主义、官僚主义。",
        visit="接待了匈牙利塞格德市市长、日本米泽市市长率领的代表团等重要团组，副主任韦志刚全程做好联络协调",
        routes="白河至吉隆坡、白河至河内两条国际航线相继开通，",
        cases="妥善处置了外籍游客财物被盗、外籍留学生意外受伤等案件",
    ),
    2021: dict(
        more="统筹做好涉外疫情防控，协助在白河外籍人员完成疫苗接种，及时发布防疫信息。",
        spirit="党的十九届六中全会精神",
        party="一是扎实开展党史学习教育，主任孟庆华讲专题党课，组织党员赴革命教育基地开展现场教学；二是深入开展“我为群众办实事”"
              "实践活动，为外资企业和外籍人员解决实际困难26件；三是党组理论学习中心组集中学习13次。",
        visit="在常态化疫情防控条件下，以视频会见、线上会谈等方式开展外事交流活动31场",
        routes="受疫情影响，国际客运航班仍大幅压减，",
        cases="其中涉疫情类纠纷明显减少",
        special=("壮大外事志愿服务队伍",
                 "一是组建多语种志愿服务队。按照英语、日语、韩语、俄语等语种组建志愿服务分队8支，新招募小语种志愿者96名；二是"
                 "健全激励机制。推行志愿服务积分制度，每年开展“十佳外事志愿者”评选；三是拓展服务领域。组织志愿者参与第七届"
                 "白河国际马拉松、外籍人员疫苗接种等服务，全年累计服务时长超过2.6万小时。"),
    ),
    2022: dict(
        more="加强外事工作数字化建设，上线因公出国（境）审批管理系统，实现审批“全程网办”。",
        spirit="党的二十大精神",
        party="党的二十大召开后，党组第一时间组织传达学习，主任唐书瑶为全体党员讲专题党课，开展集中研讨5次。持续推进机关党支部"
              "标准化规范化建设，副主任陆海峰带队开展廉政谈话全覆盖。",
        visit="有序恢复线下外事活动，以“线上+线下”方式开展会见会谈45场",
        routes="白河至首尔航线率先恢复运营，",
        cases="妥善处置了外籍人员在我市发生的合同纠纷、交通事故等案件",
        special=("服务外资企业稳产达产",
                 "建立外资企业服务专员制度，为全市重点外资企业逐一明确服务专员，协调解决外籍高管及家属来白河的签证、居留和子女"
                 "入学等问题57个；开通外籍人员来白河快捷通道，全年邀请外方商务人员来白河312人次；会同商务部门举办政企圆桌会"
                 "4场，协助外资企业申请享受有关支持政策。"),
    ),
    2023: dict(
        more="全面恢复友城线下互访，组织友城青少年夏令营，推动友城交往从“云端”回归“面对面”。",
        spirit="党的二十大精神",
        party="深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，主任唐书瑶带头开展调查研究，形成调研报告3篇。"
              "副主任陆海峰分管的“外事为民”服务窗口被评为市级巾帼文明岗。",
        visit="外事交往全面恢复，接待了巴西库里蒂巴市市长、韩国全州市市长率领的代表团等重要团组",
        routes="白河至曼谷、白河至大阪等航线陆续复航，",
        cases="其中涉外劳务合同纠纷案件增加较多",
    ),
    2024: dict(
        more="出台《白河市国际化城市建设三年行动方案》，推动外事资源更好服务全市发展。",
        spirit="党的二十届三中全会精神",
        party="扎实开展党纪学习教育，主任唐书瑶讲专题党课，组织警示教育2次。持续深化模范机关创建，机关党支部被评为市直机关"
              "先进基层党组织。",
        visit="接待了新西兰罗托鲁瓦市市长、美国斯波坎市市长率领的代表团等重要团组",
        routes="11月，白河至新加坡国际航线恢复运营并加密至每周5班，",
        cases="妥善处置了外籍人员在我市涉及的知识产权、跨境电商合同纠纷等案件",
        special=("加强国际传播能力建设",
                 "开通“遇见白河”海外社交媒体账号，全年发布多语种内容620条；邀请在白河工作生活的外籍人士担任“外籍体验官”，"
                 "开展“老外看白河”体验活动12场；拍摄多语种城市形象片，在友城和驻外机构推广播放。"),
    ),
}
SPORTS_B = {2017: "龙舟节龙舟赛、国际马拉松、国际青少年篮球邀请赛和环白河湖国际自行车赛",
            2018: "龙舟节龙舟赛、国际马拉松、国际青少年篮球邀请赛、环白河湖国际自行车赛和国际青少年足球邀请赛",
            2019: "龙舟节龙舟赛、国际马拉松、国际青少年篮球邀请赛、环白河湖国际自行车赛、国际青少年足球邀请赛和国际攀岩公开赛",
            2021: "第七届白河国际马拉松", 2022: "国际围棋网络邀请赛",
            2023: "龙舟节龙舟赛、国际马拉松、环白河湖国际自行车赛和国际青少年足球邀请赛",
            2024: "龙舟节龙舟赛、国际马拉松、环白河湖国际自行车赛、国际青少年足球邀请赛和国际攀岩公开赛"}


# ---------------------------------------------------------------- the yearly reports in three house styles
def report_a(y: int) -> str:
    """2012-2016: 工作总结 with 一、（一）1. under 钱文博."""
    e = EX[y]
    tot, a, b = city_totals(y)
    special = f"同时，{e['special']}" if "special" in e else ""
    return "\n".join([
        f"{OFFICE}{y}年工作总结",
        "",
        f"{y}年，市外办在市委、市政府的正确领导和省外办的指导支持下，认真学习贯彻{e['spirit']}，紧扣“生态白河、开放之城”"
        "建设目标，坚持以服务全市对外开放为主线，统筹做好外事接待、友城交往、出国（境）管理、涉外服务和涉外安全等工作，"
        "全年各项目标任务圆满完成。现将有关情况总结如下：",
        "一、主要工作及成效",
        f"（一）外事接待规范有序。全年共接待外宾来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}。{e['visit']}"
        f"接待外国驻华使领馆官员来访{v('consular', y)}，{e['consular']}。坚持“热情、周到、节俭、安全”的原则，一团一案制定"
        "接待方案，精心安排会见会谈和参观考察活动，全面推介我市生态旅游、特色产业和投资环境。加强与公安、交通、卫生等部门"
        "的协调配合，做好重要外宾团组的礼宾安排和安全保卫工作，全年未发生接待安全事故。",
        f"（二）友城工作稳步拓展。{e.get('cities_pre', '')}{signings(y)}截至年底，全市国际友好城市和友好交流城市达到{tot}个，"
        f"其中友好城市{a}个、友好交流城市{b}个。全年与国外城市和机构签署合作协议、备忘录{v('agreements', y)}，包括"
        f"{agreement_names(y)}等。{school_pairs(y)}全市国际友好学校达到{schools_total(y)}对。",
        f"（三）出国（境）管理严格规范。1.严把审批关口。全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}"
        f"{pv('out', y)}，坚持“因事定人、务实高效”，从严控制出访团组规模和在外天数。2.做好证照服务。全年办理因公出入境"
        f"证件{v('permits', y)}，实行“一站式”受理，证照办理时限进一步压缩。3.加强行前教育和成果转化。对出访人员开展外事"
        "纪律和安全教育，严格审核出访报告，推动出访成果落地见效。",
        f"（四）服务对外开放成效明显。1.节会赛事影响扩大。{dragon(y)}{marathon(y)}全年承办{e['sports']}等国际体育赛事"
        f"{v('sports', y)}。举办国际会议{v('confs', y)}，其中{conferences(y)}规格较高、影响较大。2.开放通道不断拓展。"
        f"{e['routes']}全市国际航线达到{v('routes', y)}。全年接待境外游客{v('tourists', y)}{pv('tourists', y)}。"
        f"3.外资企业服务持续加强。全市新设外资企业{v('firms', y)}{pv('firms', y)}，实际利用外资{v('fdi', y)}，市外办协助"
        f"外资企业外籍员工办理来华手续。4.留学生服务管理规范。在白河高校就读的外国留学生达到{v('students', y)}"
        f"{pv('students', y)}，会同教育、公安部门做好留学生日常管理和安全教育。",
        f"（五）涉外安全工作扎实有效。全年共办理各类涉外案件{v('cases', y)}{pv('cases', y)}，{e['cases']}，依法维护了"
        f"中外当事人的合法权益。{special}",
        f"（六）队伍建设不断加强。全年举办外事业务培训班{v('training', y)}，培训各县（市、区）和市直部门外事干部"
        f"{v('train_p', y)}。全市注册外事志愿者达到{v('volunteers', y)}，在重大节会赛事中提供翻译和引导服务。{e['party']}",
        f"（七）外事管理和对外宣传统筹推进。{e['more']}加强全市外事工作统筹，指导各县（市、区）外办规范开展外事活动，"
        "完善外事礼品管理和涉外活动审批制度。利用门户网站、政务微博等平台宣传我市对外开放成就，编印中、英、日、韩四种"
        "文字的城市宣传册，在友城和来访外宾中广泛发放，城市国际知名度不断提升。",
        "二、存在的不足",
        "一是对外交往的层次和实效有待提升，部分友城交流活动偏少；二是服务企业“走出去”的手段不多，外事资源统筹整合不够；"
        "三是小语种外事人才缺乏，县级外事力量较为薄弱，个别县（市、区）外事工作仍由其他部门兼管；四是涉外案件处置的部门"
        "协作机制还不够顺畅，信息共享不够及时。",
        f"三、{y + 1}年工作安排",
        f"{y + 1}年，市外办将重点抓好以下工作：（一）提升外事接待和友城交往水平，推动友城合作向经贸、教育、文化等领域延伸；"
        "（二）办好龙舟文化节等重大节会赛事的外事服务工作；（三）严格因公出国（境）管理；（四）完善涉外案件处置机制；"
        "（五）加强外事干部队伍和志愿者队伍建设。全办干部职工将进一步增强责任感和使命感，以更加饱满的精神状态和更加务实的"
        "工作作风，努力开创全市外事工作新局面。",
        "",
        OFFICE,
        f"{y + 1}年1月{8 + y % 9}日",
    ])


def report_b(y: int) -> str:
    """2017-2021: 年度工作总结 with 一是…二是…, 党建 first, under 孟庆华."""
    e = EX[y]
    tot, a, b = city_totals(y)
    sections = [
        ("坚持党建引领，全面从严治党纵深推进", e["party"]),
        ("深化友城交往，对外交流合作提质增效",
         f"一是友城布局持续优化。{signings(y)}截至年底，全市国际友好城市和友好交流城市总数达{tot}个（友好城市{a}个、"
         f"友好交流城市{b}个）。二是务实合作不断深化。全年签订国际合作协议和备忘录{v('agreements', y)}，其中包括"
         f"{agreement_names(y)}。三是教育交流更加活跃。{school_pairs(y, '以“云签约”方式推动' if y == 2021 else '推动')}"
         f"全市国际友好学校总数达{schools_total(y)}对。四是民间外交持续活跃。支持市友协、高校和企业开展对外交往，组织友城"
         "青少年、教师和艺术团体互访交流。"),
        ("做好外事服务，来访接待水平稳步提升",
         f"一是全年接待外宾来访团组{v('visits', y)}{v('visit_p', y)}{pv('visits', y)}。{e['visit']}。二是接待外国驻华使领馆"
         f"来访{v('consular', y)}{pv('consular', y)}，对外联络渠道进一步拓宽。三是举办国际会议{v('confs', y)}，其中"
         f"{conferences(y)}取得丰硕成果。"),
        ("规范出访管理，因公出国（境）工作严格有序",
         f"一是全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}{pv('out', y)}。{'受疫情影响，因公出访继续从严从紧管理。' if y == 2021 else ''}"
         f"二是办理因公出入境证件{v('permits', y)}，推行网上预审和“最多跑一次”。三是加强出访团组行前教育和回国报告审核，"
         "出访实效进一步提升。"),
        ("服务开放发展，城市国际化水平持续提升",
         f"一是节会赛事{'稳妥举办' if y == 2021 else '精彩纷呈'}。{dragon(y)}{marathon(y)}全年承办{SPORTS_B[y]}等国际体育赛事"
         f"{v('sports', y)}。二是开放通道{'保持畅通' if y == 2021 else '不断拓展'}。{e['routes']}全市"
         f"{'仍在运营的' if y == 2021 else '开通的'}国际航线{'共' if y == 2021 else '达到'}{v('routes', y)}。全年接待境外游客"
         f"{v('tourists', y)}。三是外资企业服务有力。"
         f"全市新设外资企业{v('firms', y)}，实际利用外资{v('fdi', y)}。四是留学生管理服务规范。在白河高校就读的外国留学生"
         f"{v('students', y)}{pv('students', y)}。五是外籍人士服务不断优化。开通外籍人士服务热线，为在白河工作生活的外籍"
         "人士提供政策咨询、语言翻译等服务。"),
        ("守牢安全底线，涉外安全形势总体平稳",
         f"一是全年办理涉外案件{v('cases', y)}{pv('cases', y)}，{e['cases']}。二是健全涉外突发事件应急处置机制，开展涉外安全"
         "培训和演练。三是加强对外籍人员的服务管理，会同公安部门做好境外人员住宿登记和信息核查。"),
        ("加强能力建设，外事队伍素质不断提升",
         f"一是举办外事业务培训{v('training', y)}，培训外事干部{v('train_p', y)}。二是全市注册外事志愿者达到"
         f"{v('volunteers', y)}{pv('volunteers', y)}，为重大外事活动和节会赛事提供语言服务。"),
    ]
    sections.append(("加强统筹协调，外事管理更加规范",
                     "一是发挥市委外事工作领导小组办公室统筹协调作用，完善重大涉外事项请示报告制度。二是加强对县（市、区）"
                     f"外事工作的指导，推动外事资源向基层延伸。三是{e['more']}"))
    if "special" in e:
        sections.insert(-2, e["special"])
    flat = [line for i, (head, text) in enumerate(sections) for line in (f"{cn(i + 1)}、{head}", text)]
    return "\n".join([
        f"白河市外办{y}年度工作总结",
        "",
        f"{y}年，市外办在市委、市政府的坚强领导下，深入学习贯彻{e['spirit']}，主动融入全市开放发展大局，坚持服务大局、服务"
        "基层、服务企业，统筹推进友城交往、外事服务、出访管理、涉外安全等各项工作，取得了新的成效。现将全年工作总结如下。",
        *flat,
        f"{cn(len(sections) + 1)}、存在的问题和下一步打算",
        "一年来，我们的工作取得了一定成绩，但也存在一些不足：一是友城资源转化为发展动能的成效还不够明显，部分友城交往“重结好、"
        "轻合作”；二是服务企业开拓国际市场的精准度有待提高，外事资源统筹整合力度不够；三是外事干部队伍结构有待优化，复合型"
        f"外事人才不足。{y + 1}年，市外办将一是加强党的政治建设；二是深化友城务实合作；三是"
        "做好重大外事活动和节会赛事服务保障；四是严格因公出国（境）管理；五是防范化解涉外风险；六是加强外事队伍建设。",
        "",
        "白河市外事办公室",
        f"{y + 1}年1月{5 + y % 8}日",
    ])


def report_c(y: int) -> str:
    """2022-2024: 报告 to 市委、市政府 in 第一部分/第二部分/第三部分, 开放 first, under 唐书瑶."""
    e = EX[y]
    tot, a, b = city_totals(y)
    sections = [
        ("服务高水平对外开放，开放平台作用更加凸显",
         f"1.国际交通和入境旅游{'持续向好' if y == 2024 else '稳步恢复'}。{e['routes']}全市国际航线"
         f"{'增至' if y == 2024 else '恢复至'}{v('routes', y)}。全年接待境外游客"
         f"{v('tourists', y)}{pv('tourists', y)}。2.外资企业服务更加精准。全市新设外资企业{v('firms', y)}，实际利用外资"
         f"{v('fdi', y)}。3.国际会议和赛事活动有序举办。全年举办国际会议{v('confs', y)}，其中{conferences(y)}等会议"
         f"规格较高。{dragon(y)}{marathon(y)}全年承办{SPORTS_B[y]}等国际体育赛事{v('sports', y)}。"),
        ("拓展国际友城“朋友圈”，友城合作更加务实",
         f"1.友城布局持续优化。{signings(y)}截至年底，全市国际友好城市和友好交流城市共{tot}个，其中友好城市{a}个、"
         f"友好交流城市{b}个。2.务实合作成果丰硕。全年签署国际合作协议、备忘录{v('agreements', y)}{pv('agreements', y)}，"
         f"其中包括{agreement_names(y)}。3.人文交流更加紧密。{school_pairs(y)}全市国际友好学校累计达到{schools_total(y)}对。"),
        ("统筹做好外事接待和出访管理，对外交往更加规范",
         f"1.全年接待外宾来访团组{v('visits', y)}{v('visit_p', y)}。{e['visit']}。2.接待外国驻华使领馆官员来访"
         f"{v('consular', y)}。3.全年审批因公出国（境）团组{v('out', y)}{v('out_p', y)}，办理因公出入境证件{v('permits', y)}。"
         "4.坚持“一团一案”，从严审核出访必要性和实效性，加强出访团组行前教育和回国报告审核，出访成果转化进一步加强。"),
        ("全力维护涉外安全稳定，涉外风险防控更加有力",
         f"全年办理涉外案件{v('cases', y)}，{e['cases']}。完善涉外突发事件应急预案，开展海外安全风险提示和涉外安全培训，"
         "涉外安全形势总体平稳。"),
        ("提升城市国际化水平，涉外服务更加贴心",
         f"1.在白河高校就读的外国留学生{v('students', y)}，留学生服务管理更加规范。2.全市注册外事志愿者达到"
         f"{v('volunteers', y)}。3.举办外事业务培训班{v('training', y)}，培训外事干部和涉外企业人员{v('train_p', y)}。"
         "4.在重点区域设立国际化服务站点，为外籍人士提供政策咨询、证件办理指引等“一站式”服务。"),
        ("加强外事统筹，对外交往秩序更加规范",
         f"发挥市委外事工作委员会办公室职能作用，完善重大涉外事项请示报告制度，加强对县（市、区）外事工作的指导。{e['more']}"),
        ("全面加强机关党的建设，干部队伍作风更加过硬", e["party"]),
    ]
    if "special" in e:
        sections.insert(1, e["special"])
    body = [line for i, (head, text) in enumerate(sections) for line in (f"{cn(i + 1)}、{head}", text)]
    return "\n".join([
        f"关于白河市外办{y}年工作情况的报告",
        "",
        "市委、市政府：",
        f"{y}年，市外办坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻{e['spirit']}，深入贯彻习近平外交思想，主动服务"
        "全市高质量发展和高水平对外开放，各项外事工作取得新进展。现将有关情况报告如下。",
        f"第一部分　{y}年工作完成情况",
        *body,
        "第二部分　存在的困难和问题",
        "一是国际交往恢复的广度和深度还不够，部分友城交往不够活跃；二是外事资源服务招商引资和企业“出海”的路径还不多；三是"
        "涉外风险点多面广，外事干部队伍能力与高水平对外开放的要求还有差距。",
        f"第三部分　{y + 1}年工作思路",
        f"{y + 1}年，市外办将坚持党建引领，重点做好以下工作：一、持续拓展国际友城“朋友圈”，推动友城合作项目化、清单化；"
        "二、办好重大国际会议和节会赛事，提升城市国际影响力；三、严格因公出国（境）管理，提高出访实效；四、统筹发展和安全，"
        "健全涉外风险防范化解机制；五、着力提升城市国际化水平，完善外籍人士服务体系；六、加强外事干部队伍建设，为全市"
        "高质量发展贡献外事力量。",
        "",
        OFFICE,
        f"{y + 1}年1月{10 + y % 7}日",
    ])


BUILDERS = {"A": report_a, "B": report_b, "C": report_c}
TITLES = {"A": "白河市外办工作总结", "B": "白河市外办年度工作总结", "C": "白河市外办工作情况报告"}


# ---------------------------------------------------------------- half-year reports
HALF_EXTRA = {
    2014: "3月，接待美国斯波坎市经贸代表团，促成两市企业签订合作意向；5月，组织我市教育代表团赴韩国全州市考察，推动白河市"
          "实验小学与全州风南小学开展结好筹备工作。同时，做好首届马拉松境外选手的邀请和服务保障，协调解决境外选手签证、"
          "住宿等问题。",
    2017: "3月，接待德国埃尔富特市经贸代表团，双方就职业教育合作达成初步意向，与埃尔富特市建立友好交流城市关系的各项筹备"
          "工作有序推进；组织外事志愿者参与马拉松和龙舟节服务，志愿服务的专业化水平明显提高。",
    2019: "围绕庆祝新中国成立70周年，组织开展“外国友人看白河”活动；积极推进与匈牙利塞格德市建立友好交流城市关系的前期"
          "工作；5月，白河至吉隆坡国际航线正式开通，我市对东南亚的空中通道进一步拓展。",
    2023: "外事交往全面恢复，上半年接待了韩国全州市市长率领的代表团，组织经贸代表团赴东南亚开展经贸交流；积极筹备与巴西"
          "库里蒂巴市缔结友好城市关系；3月，白河至曼谷航线复航，入境旅游呈现较快恢复态势。",
}


def half_report(y: int) -> str:
    f = HALF[y]
    st = style(y)
    d, dep = DIRECTOR[y], DEPUTY[y]
    head = f"{OFFICE}{y}年上半年工作总结" if st == "A" else f"白河市外办{y}年上半年工作总结"
    intro = (f"{y}年上半年，市外办在市委、市政府的领导下，按照年初确定的工作思路，扎实推进各项外事工作，实现了“时间过半、"
             "任务过半”。现将上半年工作情况和下半年工作打算报告如下。")
    visit = f"上半年共接待外宾来访团组{h('visits', y)}{h('visit_p', y)}{half_prev(y, 'visits')}"
    out = f"上半年审批因公出国（境）团组{h('out', y)}{h('out_p', y)}{half_prev(y, 'out')}"
    agr = f"签署国际合作协议、备忘录{h('agreements', y)}"
    conf = f"举办国际会议{h('confs', y)}"
    open_ = (f"上半年接待境外游客{h('tourists', y)}{half_prev(y, 'tourists')}；新设外资企业{h('firms', y)}"
             f"；接待外国驻华使领馆官员来访{h('consular', y)}")
    cases = f"上半年办理涉外案件{h('cases', y)}{half_prev(y, 'cases')}"
    train = f"举办外事业务培训班{h('training', y)}"
    vol = f"全市注册外事志愿者达到{h('volunteers', y)}" if "volunteers" in f else ""
    events = {
        2014: f"4月，首届{MARATHON}成功举办；6月，第{cn(DRAGON_ED[2014])}届{DRAGON}顺利举行。",
        2017: f"4月，第{cn(MARATHON_ED[2017])}届{MARATHON}成功举办；5月，第{cn(DRAGON_ED[2017])}届{DRAGON}顺利举行。",
        2019: f"4月，第{cn(MARATHON_ED[2019])}届{MARATHON}成功举办；6月，第{cn(DRAGON_ED[2019])}届{DRAGON}顺利举行。",
        2023: f"4月，第{cn(MARATHON_ED[2023])}届{MARATHON}恢复举办；6月，时隔四年的第{cn(DRAGON_ED[2023])}届{DRAGON}"
              "顺利举行。",
    }[y]
    if st == "A":
        lines = [
            "一、上半年主要工作",
            f"（一）外事接待。{visit}，主任{d}陪同市领导会见外宾8次。{open_.split('；')[2]}。",
            f"（二）出国（境）管理。{out}，严格执行因公出国（境）审批管理规定。",
            f"（三）对外交流合作。{agr}；{conf}。{events}{HALF_EXTRA[y]}",
            f"（四）涉外服务。{open_.split('；')[0]}；{open_.split('；')[1]}。",
            f"（五）涉外安全。{cases}，均依法妥善处置。",
            f"（六）自身建设。{train}，副主任{dep}带队赴县（市、区）督导外事工作。",
            "二、存在的问题",
            "上半年工作总体进展顺利，但也存在友城交流活动不够均衡、小语种翻译力量不足、县级外事机构人员偏少等问题，"
            "需要在下半年工作中认真加以解决。",
            "三、下半年工作打算",
            "（一）做好下半年重要外宾团组的接待工作；（二）推进与澳大利亚本迪戈市的务实合作；（三）加强涉外安全宣传；"
            "（四）认真做好全年工作总结和明年工作谋划。全办上下将对照年初确定的目标任务，查漏补缺、加压奋进，确保全年"
            "各项工作圆满完成。",
        ]
    elif st == "B":
        lines = [
            "一、上半年工作开展情况",
            f"一是党建工作扎实推进。主任{d}带头讲党课，副主任{dep}牵头抓好机关作风建设。二是外事接待有序开展。{visit}；"
            f"{open_.split('；')[2]}。三是出访管理严格规范。{out}。四是务实合作持续深化。{agr}，{conf}。{events}"
            f"五是涉外服务更加有力。{open_.split('；')[0]}；{open_.split('；')[1]}。六是涉外安全平稳。{cases}。"
            f"七是队伍建设不断加强。{train}{'，' + vol if vol else ''}。",
            f"此外，{HALF_EXTRA[y]}",
            "二、存在的问题",
            "一是友城交往“冷热不均”的问题依然存在；二是服务外资企业的手段还不够多；三是外事志愿者队伍的专业化水平有待提高。",
            "三、下半年工作打算",
            "一是做好下半年重要外事活动的服务保障；二是推动友城务实合作项目落地；三是持续加强因公出国（境）管理；四是统筹做好"
            "涉外安全工作；五是认真谋划明年工作。全办干部职工将进一步鼓足干劲、抓好落实，确保完成全年目标任务。",
        ]
    else:
        lines = [
            "第一部分　上半年工作情况",
            f"1.服务开放。{open_.split('；')[0]}；{open_.split('；')[1]}。{conf}，{agr}。{events}{HALF_EXTRA[y]}",
            f"2.外事接待和出访管理。{visit}；{open_.split('；')[2]}。{out}。",
            f"3.涉外安全。{cases}，涉外安全形势总体平稳。",
            f"4.队伍建设。{train}，{vol}。主任{d}带队开展主题教育调研，副主任{dep}分管的涉外服务窗口运行良好。",
            "第二部分　下半年工作安排",
            "1.做好友城结好和重要外宾接待工作；2.办好国际会议和赛事的外事服务；3.加强涉外安全风险防范；4.抓好机关党的建设。"
            "下半年，市外办将聚焦年度目标，坚持问题导向，主动担当作为，推动各项外事工作提质增效，确保全年目标任务圆满完成。",
        ]
    return "\n".join([head, "", intro, *lines, "", OFFICE if st != "B" else "白河市外事办公室", f"{y}年7月{6 + y % 5}日"])


# ---------------------------------------------------------------- work plans (工作要点)
def plan_report(y: int) -> str:
    t = TARGETS[y]
    if y == 2018:
        goals = (f"一是全年接待外宾来访团组{t['visits']}个以上；二是举办国际会议{t['confs']}场；三是新开通国际航线{t['new_routes']}条；"
                 f"四是新增国际友好学校{t['new_schools']}对；五是全市注册外事志愿者达到{t['volunteers']}人。")
        tasks = [
            "（一）加强党的建设。深入学习贯彻党的十九大精神，落实全面从严治党主体责任。",
            "（二）拓展友城布局。推动与波兰罗兹市缔结友好城市关系，深化与德国埃尔富特市在职业教育领域的合作。",
            f"（三）办好节会赛事。做好第{cn(DRAGON_ED[2018])}届{DRAGON}和第{cn(MARATHON_ED[2018])}届{MARATHON}的外事服务工作。",
            "（四）推进城市国际化。优化城市国际语言环境，扩大外事志愿者队伍，提升涉外服务水平。",
            "（五）严格出访管理。坚持因事定人，严控出访团组规模。",
            "（六）防范涉外风险。完善涉外案件处置和涉外突发事件应急机制，加强“三非”外国人治理的部门协作。",
            "（七）服务开放发展。配合做好国际航线开辟、入境旅游推广和外资企业服务工作，推动外事资源向经贸合作转化。",
            "（八）加强队伍建设。举办外事业务培训，提升全市外事干部的政策水平和业务能力。",
        ]
    elif y == 2020:
        goals = (f"一是全年接待外宾来访团组{t['visits']}个以上；二是新开通国际航线{t['new_routes']}条；三是接待境外游客"
                 f"{fmt(t['tourists'])}万人次；四是举办国际会议{t['confs']}场；五是举办外事业务培训{t['training']}场。")
        tasks = [
            "（一）加强党的建设。巩固“不忘初心、牢记使命”主题教育成果。",
            "（二）深化友城合作。推动与匈牙利塞格德市在中医药领域开展合作，力争新增友好交流城市1个。",
            f"（三）办好节会赛事。筹办第{cn(DRAGON_ED[2023])}届{DRAGON}和第{cn(MARATHON_ED[2021])}届{MARATHON}。",
            "（四）服务开放发展。配合做好国际航线开辟和入境旅游推广工作，加强外资企业服务。",
            "（五）严格出访管理和涉外安全。统筹做好因公出国（境）管理和涉外案件处置工作。",
            "（六）推进城市国际化。完善外籍人士服务体系，扩大外事志愿者队伍，优化国际语言环境。",
            "（七）加强队伍建设。围绕外事政策、涉外礼仪、海外安全等内容举办外事业务培训，提升外事干部业务能力。",
        ]
    else:
        goals = (f"1.全年接待外宾来访团组{t['visits']}批次；2.举办国际会议{t['confs']}场；3.签署国际合作协议、备忘录"
                 f"{t['agreements']}项；4.接待境外游客{fmt(t['tourists'])}万人次；5.全市注册外事志愿者达到{t['volunteers']}名。")
        tasks = [
            "1.坚持党建引领。扎实开展党纪学习教育，持续深化模范机关创建。",
            "2.拓展友城布局。推动与新西兰罗托鲁瓦市建立友好交流城市关系。",
            f"3.办好节会赛事。做好第{cn(DRAGON_ED[2024])}届{DRAGON}和第{cn(MARATHON_ED[2024])}届{MARATHON}的外宾邀请和服务工作。",
            "4.加强国际传播。拓展对外传播渠道，创新对外传播方式，讲好白河故事。",
            "5.统筹发展和安全。严格因公出国（境）管理，防范化解涉外风险。",
            "6.服务高水平开放。推动国际航线加密和入境旅游便利化，做好外资企业外籍人员来白河服务保障。",
            "7.提升城市国际化水平。完善外籍人士“一站式”服务，扩大外事志愿者队伍。",
        ]
    if style(y) == "B":
        return "\n".join([
            f"白河市外办{y}年工作要点",
            "",
            f"{y}年全市外事工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平外交思想，紧扣全市"
            "对外开放大局，统筹做好友城交往、外事服务、出访管理和涉外安全工作，为全市经济社会发展营造良好外部环境。",
            "一、主要目标",
            goals,
            "二、重点任务",
            *tasks,
            "三、保障措施",
            "加强组织领导，将各项任务分解到科室、落实到人，实行月调度、季通报；加强与市直部门和县（市、区）的协调配合，"
            "形成工作合力；强化督查考核，将目标任务完成情况纳入科室和个人年度考核，确保全年目标任务顺利完成。",
            "",
            "白河市外事办公室",
            f"{y}年1月{15 + y % 6}日",
        ])
    return "\n".join([
        f"白河市外办{y}年工作要点",
        "",
        f"{y}年是实现“十四五”规划目标任务的关键一年。全市外事工作要坚持以习近平新时代中国特色社会主义思想为指导，"
        "深入贯彻党的二十大和二十届二中全会精神，服务全市高水平对外开放。",
        "第一部分　目标任务",
        goals,
        "第二部分　重点工作",
        *tasks,
        "第三部分　工作要求",
        "各科室要对照目标任务，细化工作措施，明确责任人和时间节点，实行清单化管理、闭环式落实；办公室要加强督促检查，"
        "每季度通报工作进展，年底对目标任务完成情况进行考核，确保各项工作落到实处。",
        "",
        OFFICE,
        f"{y}年2月{y % 9 + 2}日",
    ])


# ---------------------------------------------------------------- news items of other offices
NEWS = {
    "枫林": dict(year=2020, visits=8, visit_p=53, cases=46, students=795, routes=3, director="高志远",
                 city=("维塞乌市", "葡萄牙")),
    "望海": dict(year=2017, visits=19, cases=12, volunteers=430, agreements=3,
                 schools=[("望海实验中学", "大阪府立住吉高中", "日本"), ("望海区第二小学", "仁川松岛小学", "韩国")]),
    "鹤岭": dict(year=2023, firms=9, cases=13, conference="鹤岭国际茶旅论坛", dragon_ed=5,
                 town=("哈康县", "泰国南邦府"), agreement="茶旅融合合作备忘录"),
}
NEWS_FILES = {"枫林": "枫林市外办_新闻", "望海": "滨江市望海区外事办_新闻", "鹤岭": "鹤岭县外办_新闻"}


def news_text(key: str) -> str:
    n = NEWS[key]
    y = n["year"]
    if key == "枫林":
        return "\n".join([
            "枫林市外办：疫情之下外事工作不停步",
            "",
            f"本报讯　记者从枫林市人民政府外事办公室获悉，{y}年，面对新冠肺炎疫情的严峻挑战，枫林市外办统筹做好涉外疫情防控"
            f"和外事工作。全年接待外宾来访团组{n['visits']}批{n['visit_p']}人次，以视频方式开展会见会谈20余场。",
            f"涉外服务方面，全市外国留学生{n['students']}人，市外办协助高校做好留学生疫情防控和生活保障；全年办理涉外案件"
            f"{n['cases']}起；受疫情影响，全市保留国际航线{n['routes']}条。11月，市外办主任{n['director']}与{n['city'][1]}"
            f"{n['city'][0]}负责人以视频方式签署两市建立友好交流城市关系协议书。",
            f"{n['director']}表示，枫林市外办将继续统筹疫情防控和对外交往，推动友城合作在疫情期间保持热度，同时做好在枫林"
            "外籍人员的服务保障工作，为全市复工复产营造良好的涉外环境。",
        ])
    if key == "望海":
        pairs = "、".join(f"{s[0]}与{s[2]}{s[1]}" for s in n["schools"])
        return "\n".join([
            "滨江市望海区外事办2017年工作亮点",
            "",
            f"{y}年，滨江市望海区外事办公室围绕全区开放发展大局，扎实推进各项外事工作。全年接待外宾来访团组{n['visits']}批，"
            f"办理涉外案件{n['cases']}起，签署国际合作协议{n['agreements']}项。",
            f"教育国际交流亮点纷呈，推动{pairs}结为国际友好学校。全区注册外事志愿者{n['volunteers']}人，在区内国际赛事和会展"
            "活动中提供翻译服务。",
            "望海区外事办有关负责人介绍，下一步将继续推进国际化社区建设，完善外籍人士服务站点，为在区外籍人士提供更加便利"
            "的服务，同时推动更多中小学开展国际交流，提升全区教育国际化水平。",
        ])
    t_name, t_country = n["town"]
    return "\n".join([
        "鹤岭县外办2023年外事工作回顾",
        "",
        f"本报讯　{y}年，鹤岭县外办围绕县委、县政府中心工作，以外事资源助力县域经济发展。全年新设外资企业{n['firms']}家，"
        f"办理涉外案件{n['cases']}起。5月，首次举办{n['conference']}，来自8个国家的茶商和专家参会，并与日本一家茶企签署"
        f"《{n['agreement']}》。",
        f"6月，第{cn(n['dragon_ed'])}届鹤岭国际龙舟邀请赛在清溪河举行。10月，鹤岭县与{t_country}{t_name}建立友好交流关系，"
        "县级对外交往渠道进一步拓宽。",
        "县外办负责人表示，2024年将继续用好对外交往平台，推动茶叶、文旅等特色产业“走出去”，同时加强涉外安全宣传，"
        "为县域开放发展营造良好环境。",
    ])


# ---------------------------------------------------------------- the questions
def alts(measure: str, year: int, value=None, doc_year: int | None = None) -> list[str]:
    """Writings of a figure an answer may use: digits or Chinese numerals, the style's unit and its synonyms."""
    value = M[measure][year] if value is None else value
    u = unit(measure, doc_year or year)
    if u == "万人次":
        return [f"{fmt(value)}万人次", f"{fmt(value)}万"]
    if u == "亿美元":
        return [f"{fmt(value)}亿美元", f"{round(value * 10000)}万美元"]
    units = [u, *[w for w in SYNONYMS.get(measure, ()) if w != u]]
    out = [f"{fmt(value)}{w}" for w in units]
    if isinstance(value, int) and value < 100 and measure in CHINESE[style(doc_year or year)]:
        out += [f"{cnq(value)}{w}" for w in units]
        if value == 2:
            out += [f"二{w}" for w in units]
    return out


def half_alts(measure: str, year: int) -> list[str]:
    return alts(measure, year, HALF[year][measure])


def diff(measure: str, y1: int, y2: int, u: str | None = None) -> list[str]:
    d = M[measure][y2] - M[measure][y1]
    d = round(abs(d), 1) if isinstance(d, float) else abs(d)
    if unit(measure, y2) == "万人次":
        return [f"{fmt(d)}万人次", f"{fmt(d)}万"]
    units = [u or unit(measure, y2), *[w for w in SYNONYMS.get(measure, ()) if w != (u or unit(measure, y2))]]
    return [f"{fmt(d)}{w}" for w in units]


def ordinal(n: int) -> list[str]:
    return [f"第{cn(n)}届", f"第{n}届"]


def val(measure: str, year: int) -> str:
    """Another year's figure as a forbidden value (digits, the unit of the report that states it)."""
    return f"{fmt(M[measure][year])}{unit(measure, year + 1 if year in MISSING else year)}"


Q: list[dict] = []


def add(kind, q, gold, forbidden=(), where=(), computed=(), ctx=None):
    Q.append(dict(type=kind, q=q, gold=gold, forbidden=list(dict.fromkeys(forbidden)), where=[str(w) for w in where],
                  computed=set(computed), ctx=ctx))


def questions() -> None:
    fl, wh, hl = NEWS["枫林"], NEWS["望海"], NEWS["鹤岭"]
    t18, t20, t24 = TARGETS[2018], TARGETS[2020], TARGETS[2024]

    # --- figure: full-year figures of held years (about half in the reports' own words)
    add("figure", "白河外办2016年审批因公出国（境）团组多少批？", [alts("out", 2016)],
        [val("out", 2015), val("out", 2017), val("out", 2014)], [2016], ctx="出国")
    add("figure", "帮我查一下，2019年老外来白河一共来了多少个团？", [alts("visits", 2019)],
        [f"{HALF[2019]['visits']}个", val("visits", 2018), val("visits", 2021)], [2019], ctx="外宾")
    add("figure", "2018年在白河读书的外国留学生有多少人？", [alts("students", 2018)],
        [val("students", 2017), val("students", 2019)], [2018], ctx="留学生")
    add("figure", "请问2022年白河外办办了多少件涉外案件？", [alts("cases", 2022)],
        [val("cases", 2021), val("cases", 2023), "17起"], [2022], ctx="案件")
    add("figure", "2024年白河的国际航线有几条？", [alts("routes", 2024)],
        [val("routes", 2023), val("routes", 2019)], [2024], ctx="航线")
    add("figure", "白河市外办2017年接待外国驻华使领馆来访多少批？", [alts("consular", 2017)],
        [val("consular", 2016), val("consular", 2018), f"{HALF[2017]['consular']}批"], [2017], ctx="使领馆")
    add("figure", "2021年白河市外办办理因公出入境证件多少件？", [alts("permits", 2021)],
        [val("permits", 2022), val("permits", 2020), val("permits", 2019)], [2021], ctx="证件")
    add("figure", "白河2014年一共开了几个国际会议？", [alts("confs", 2014)],
        [val("confs", 2013), "5个", f"{HALF[2014]['confs']}个", "两个"], [2014], ctx="会议")
    add("figure", "2023年全年境外来白河旅游的有多少万人次？", [alts("tourists", 2023)],
        [f"{fmt(HALF[2023]['tourists'])}万人次", val("tourists", 2024), val("tourists", 2022)], [2023], ctx="游客")
    add("figure", "白河2024年一共签了多少项国际合作协议和备忘录？", [alts("agreements", 2024)],
        [f"{t24['agreements']}项", val("agreements", 2022)], [2024], ctx="协议")
    # half-year figures (a trap: the same year's full-year figure is larger)
    add("figure", "2019年上半年白河外办接待了多少个外宾团组？", [half_alts("visits", 2019)],
        [val("visits", 2019), f"{HALF[2017]['visits']}个"], ["2019H"], ctx="外宾")
    add("figure", "白河外办2023年上半年批了几个出访团？", [half_alts("out", 2023)],
        [val("out", 2023), f"{HALF[2019]['out']}个"], ["2023H"], ctx="出国")
    add("figure", "2017年1到6月，境外来白河的游客有多少万人次？", [half_alts("tourists", 2017)],
        [val("tourists", 2017), f"{fmt(HALF[2019]['tourists'])}万人次"], ["2017H"], ctx="游客")
    # two-hop: the year of an event, then a figure of that year
    kur = next(c for c in CITIES if c[0] == "库里蒂巴市")
    add("figure", "白河和巴西库里蒂巴结为友好城市的那一年，白河外办接待了多少批外宾？",
        [[f"{kur[3]}年"], alts("visits", kur[3])],
        [f"{HALF[2023]['visits']}批次", val("visits", 2024), val("visits", 2022)], [kur[3]])
    add("figure", "白河国际马拉松创办那年，境外来白河旅游的有多少万人次？",
        [[f"{MARATHON_YEARS[0]}年"], alts("tourists", MARATHON_YEARS[0])],
        [f"{fmt(HALF[2014]['tourists'])}万人次", val("tourists", 2013), val("tourists", 2016)], [2014])

    # --- report_year: figures of a year without its own report (or of a half-year only the next one states)
    add("report_year", "白河外办2016年的工作总结里，去年接待外宾来访团组是多少批？", [alts("visits", 2015, doc_year=2016)],
        [val("visits", 2014), f"{HALF[2014]['visits']}批", f"{HALF[2017]['visits']}个"], [2016], ctx="外宾")
    add("report_year", "白河2015年的境外游客有多少万人次？", [alts("tourists", 2015, doc_year=2016)],
        [val("tourists", 2014), f"{fmt(HALF[2014]['tourists'])}万人次"], [2016], ctx="游客")
    add("report_year", "2021年的总结里说，2020年白河的涉外案件是多少件？", [alts("cases", 2020, doc_year=2021)],
        [val("cases", 2019), f"{fl['cases']}起", f"{fl['cases']}件"], [2021], ctx="案件")
    add("report_year", "2020年在白河的外国留学生有多少人？", [alts("students", 2020, doc_year=2021)],
        [val("students", 2019), f"{fl['students']}人"], [2021], ctx="留学生")
    add("report_year", "疫情那年（2020年）白河外办一共审批了几个出访团？", [alts("out", 2020, doc_year=2021)],
        [val("out", 2019), val("out", 2022)], [2021], ctx="出国")
    add("report_year", "2016年上半年白河接待外宾多少个团组？", [alts("visits", 2017, HALF_PREV[2017][1])],
        [val("visits", 2016), f"{HALF[2014]['visits']}批"], ["2017H"], ctx="外宾")

    # --- target: the plan (工作要点) against the results
    add("target", "白河外办2018年工作要点里，计划接待多少个外宾团组？", [[f"{t18['visits']}个", f"{t18['visits']}批"]],
        [val("visits", 2018), val("visits", 2017)], ["2018P"], ctx="外宾")
    add("target", "2018年白河外办打算把外事志愿者队伍扩大到多少人？", [[f"{t18['volunteers']}人", f"{t18['volunteers']}名"]],
        [val("volunteers", 2018), val("volunteers", 2017)], ["2018P"], ctx="志愿者")
    add("target", "疫情暴发那年年初，白河外办原计划新开几条国际航线？", [[f"{t20['new_routes']}条"]],
        [val("routes", 2019), "九条"], ["2020P"], ctx="航线")
    add("target", "按照2024年的工作要点，白河外办全年计划举办几场国际会议？", [[f"{t24['confs']}场", f"{t24['confs']}个"]],
        [val("confs", 2024), val("confs", 2023)], ["2024P"], ctx="会议")
    add("target", "白河2024年定的境外游客目标是多少万人次？", [[f"{t24['tourists']}万人次", f"{t24['tourists']}万"]],
        [val("tourists", 2024), val("tourists", 2023)], ["2024P"], ctx="游客")

    # --- entity: the right office among offices stating the same measures in the same year
    add("entity", f"2020年接待外宾来访团组只有{fl['visits']}批的是哪个外办？", [["枫林"]], ["白河"], ["枫林"])
    add("entity", f"2017年注册外事志愿者{wh['volunteers']}人的是哪个单位？", [["望海"]], ["白河"], ["望海"])
    add("entity", f"有家外办2023年新设外资企业{hl['firms']}家，是哪一家？", [["鹤岭"]], ["白河"], ["鹤岭"])
    add("entity", f"2017年办理涉外案件{M['cases'][2017]}件，这是哪个外办的数据？", [["白河"]], ["望海"], [2017])
    # what-questions answered by a name tied to one partner
    add("entity", "白河和日本米泽市签过什么合作协议？", [["青少年交流合作协议"]],
        ["中医药合作备忘录", "文化旅游合作备忘录", "教育交流合作备忘录"], [2019])
    add("entity", "和白河签《中医药合作备忘录》的是哪个国家的哪个城市？", [["塞格德"], ["匈牙利"]],
        ["布尔萨", "米泽", "维塞乌"], [2021])

    # --- person
    add("person", "2014年白河市外办副主任是谁？", [[DEPUTY[2014]]], [DEPUTY[2016], DEPUTY[2021]], [2014, "2014H"])
    add("person", "2021年白河外办的一把手是谁？", [[DIRECTOR[2021]]], [DIRECTOR[2022], DIRECTOR[2016]], [2021])
    add("person", "请问2023年白河市外办主任是哪位？", [[DIRECTOR[2023]]], [DIRECTOR[2019], DIRECTOR[2014]], [2023, "2023H"])
    rz = next(c for c in CITIES if c[0] == "罗兹市")
    add("person", "2018年去波兰罗兹签友城协议，白河的出访团是谁带队的？", [[rz[5]]],
        [DIRECTOR[2018], DIRECTOR[2016], fl["director"]], [2018])
    add("person", "白河外办2016年的副主任叫什么？", [[DEPUTY[2016]]], [DEPUTY[2014], DEPUTY[2021]], [2016])

    # --- ordinal: editions after skipped years
    add("ordinal", "2013年白河龙舟节是第几届？", [ordinal(DRAGON_ED[2013])],
        [*ordinal(DRAGON_ED[2012]), *ordinal(DRAGON_ED[2014])], [2013])
    add("ordinal", "2023年白河国际龙舟文化节办的是第几届？", [ordinal(DRAGON_ED[2023])],
        [*ordinal(2023 - 2009), *ordinal(DRAGON_ED[2019]), *ordinal(DRAGON_ED[2024]), *ordinal(hl["dragon_ed"])],
        [2023, "2023H"])
    add("ordinal", "白河龙舟节2024年办到第几届了？", [ordinal(DRAGON_ED[2024])],
        [*ordinal(2024 - 2009), *ordinal(DRAGON_ED[2023])], [2024, "2024P"])
    add("ordinal", "2021年白河马拉松是第几届？", [ordinal(MARATHON_ED[2021])],
        [*ordinal(2021 - 2013), *ordinal(MARATHON_ED[2019])], [2021])
    add("ordinal", "请问2023年白河国际马拉松是第几届？", [ordinal(MARATHON_ED[2023])],
        [*ordinal(2023 - 2013), *ordinal(MARATHON_ED[2024])], [2023, "2023H"])

    # --- event_year
    add("event_year", "白河国际马拉松是哪一年开始办的？", [[f"{MARATHON_YEARS[0]}年"]],
        [f"{MARATHON_YEARS[0] + 1}年", f"{MARATHON_YEARS[0] - 1}年"], [2014, "2014H"])
    add("event_year", "白河龙舟节最早是哪年办的？", [[f"{DRAGON_YEARS[0]}年"]],
        [f"{DRAGON_YEARS[0] + 1}年", "2012年"], [2012])
    sz = next(c for c in CITIES if c[0] == "塞格德市")
    add("event_year", "白河跟匈牙利塞格德是哪一年建立友好交流城市关系的？", [[f"{sz[3]}年"]],
        [f"{sz[3] - 1}年", f"{sz[3] + 2}年"], [2019])
    ip = next(c for c in CITIES if c[0] == "怡保市")
    add("event_year", "白河和马来西亚怡保市是哪一年结好的？", [[f"{ip[3]}年"]], [f"{ip[3] + 1}年"], [2016])

    # --- comparison: both values and the difference
    add("comparison", "比较一下2017年和2019年白河接待的外宾团组数，增加了多少？",
        [alts("visits", 2017), alts("visits", 2019), diff("visits", 2017, 2019)],
        [val("visits", 2018), f"{HALF[2019]['visits']}个", f"{HALF[2017]['visits']}个"], [2017, 2019], computed=[2],
        ctx="外宾")
    add("comparison", "白河境外游客2019年和2021年各是多少？疫情后少了多少？",
        [alts("tourists", 2019), alts("tourists", 2021), diff("tourists", 2019, 2021)],
        [val("tourists", 2020), val("tourists", 2022), f"{fmt(HALF[2019]['tourists'])}万人次"], [2019, 2021],
        computed=[2], ctx="游客")
    add("comparison", "白河的外国留学生，2014年和2016年哪一年多？多多少？",
        [alts("students", 2014), alts("students", 2016), diff("students", 2014, 2016)],
        [val("students", 2015), val("students", 2017)], [2014, 2016], computed=[2], ctx="留学生")
    add("comparison", "白河的国际航线2019年底和2022年底分别有几条？差了几条？",
        [alts("routes", 2019), alts("routes", 2022), diff("routes", 2019, 2022)],
        [val("routes", 2018), val("routes", 2024)], [2019, 2022], computed=[2], ctx="航线")
    add("comparison", "白河外办办理的涉外案件，2021年跟2020年比有什么变化？",
        [alts("cases", 2020, doc_year=2021), alts("cases", 2021), diff("cases", 2020, 2021)],
        [val("cases", 2022), f"{fl['cases']}起"], [2021], ctx="案件")
    add("comparison", "白河的国际友好学校，2024年底比2012年底多了几对？",
        [[f"{schools_total(2012)}对"], [f"{schools_total(2024)}对"], [f"{schools_total(2024) - schools_total(2012)}对"]],
        [f"{schools_total(2023)}对", f"{schools_total(2013)}对"], [2012, 2024], computed=[2], ctx="友好学校")
    add("comparison", "白河外事志愿者2018年和2023年各有多少人？增加了多少？",
        [alts("volunteers", 2018), alts("volunteers", 2023), diff("volunteers", 2018, 2023)],
        [f"{HALF[2023]['volunteers']}名", f"{t18['volunteers']}人", val("volunteers", 2024)], [2018, 2023], computed=[2],
        ctx="志愿者")
    add("comparison", "2016年和2017年白河外办审批的出访团组，哪一年多？多几个？",
        [alts("out", 2016), alts("out", 2017), diff("out", 2016, 2017)],
        [val("out", 2015), f"{HALF[2017]['out']}个", val("out", 2018)], [2016, 2017], computed=[2], ctx="出国")
    add("comparison", "白河新设外资企业2013年和2023年分别是多少家？增加了几家？",
        [alts("firms", 2013), alts("firms", 2023), diff("firms", 2013, 2023)],
        [f"{HALF[2023]['firms']}家", val("firms", 2012), f"{hl['firms']}家"], [2013, 2023], computed=[2], ctx="外资企业")

    # --- list: one gold group per item; wrong-kind items forbidden
    friends = [c for c in CITIES if c[2] == "友好城市"]
    exchange = [c for c in CITIES if c[2] == "友好交流城市"]
    add("list", "截至2024年底，白河有哪些国际友好城市（不算友好交流城市）？分别是哪个国家的？",
        [[c[0], short(c[0])] for c in friends] + [[c[1]] for c in friends],
        [c[0] for c in exchange] + [hl["town"][0], fl["city"][0]], [2012, 2016, 2018, 2023])
    new_schools = [s for s in SCHOOLS if 2017 <= s[3] <= 2019]
    add("list", "2017—2019年白河新结的国际友好学校有哪几所？外方学校分别是哪个国家的？",
        [[s[1]] for s in new_schools] + [[s[2]] for s in new_schools],
        [s[1] for s in NEWS["望海"]["schools"]] + ["芽庄黎贵惇高中", "布尔萨安纳托利亚高中"], [2017, 2018, 2019])
    add("list", "2023年白河举办了哪些重要的国际会议？", [[c] for c in CONFERENCES[2023]],
        [*CONFERENCES[2022], *CONFERENCES[2024], hl["conference"]], [2023])
    new_agr = [a for yy in (2023, 2024) for a in AGREEMENTS[yy]]
    add("list", "2023、2024两年白河对外签了哪些合作协议和备忘录？", [[a[2]] for a in new_agr],
        ["跨境电商合作备忘录", "中医药合作备忘录", hl["agreement"]], [2023, 2024])
    directors = list(dict.fromkeys(DIRECTOR.values()))
    add("list", "白河外办先后有哪几任主任？", [[d] for d in directors],
        [*dict.fromkeys(DEPUTY.values()), fl["director"]], [2012, 2017, 2022])
    new_ex = [c for c in exchange if 2016 <= c[3] <= 2021]
    add("list", "2016年到2021年，白河新建立了哪些友好交流城市？", [[c[0], short(c[0])] for c in new_ex],
        ["芽庄市", "罗兹市", "怡保市", fl["city"][0], hl["town"][0]], sorted({c[3] for c in new_ex}))

    # --- open: key phrases from the passage
    add("open", "2016年白河外办是怎么规范涉外案件处置的？", [["一案一档"], ["领事通报"], ["联席会议"]], [], [2016])
    add("open", "2018年白河在城市国际化语言环境建设上采取了哪些措施？", [["外语标识"], ["纠错"], ["地方标准"]], [],
        [2018])
    add("open", "白河外办2021年是怎么发展壮大外事志愿者队伍的？", [["志愿服务分队"], ["积分"], ["十佳外事志愿者"]], [], [2021])
    add("open", "2022年白河外办服务外资企业有哪些做法？", [["服务专员"], ["快捷通道"], ["政企圆桌会"]], [], [2022])
    add("open", "白河外办2024年在国际传播方面做了哪些工作？", [["海外社交媒体"], ["外籍体验官"], ["城市形象片"]], [], [2024])

    # --- not_found
    add("not_found", "2011年白河市外办接待了多少批外宾？", None, [val("visits", 2012)])
    add("not_found", "白河外办2025年计划接待外宾多少批次？", None, [val("visits", 2024), f"{t24['visits']}批次"])
    add("not_found", "2015年白河有多少外国留学生？", None, [val("students", 2014), val("students", 2016)])
    add("not_found", "2020年白河外办实际办了几期外事培训班？", None,
        [f"{t20['training']}场", f"{t20['training']}期", val("training", 2019), val("training", 2021)])
    add("not_found", "枫林市外办2019年接待外宾多少批？", None, [f"{fl['visits']}批", val("visits", 2019)])
    add("not_found", "2018年上半年白河接待外宾多少个团组？", None, [val("visits", 2018), f"{HALF[2019]['visits']}个"])
    add("not_found", "2017年白河一共发放了多少份外国人来华工作许可？", None, [])
    add("not_found", "2015年白河国际龙舟文化节有多少支队伍参赛？", None,
        [f"{DRAGON_STATS[2014][1]}支", f"{DRAGON_STATS[2016][1]}支", f"{DRAGON_TEAMS_2015}支"])


# ---------------------------------------------------------------- self-checks


EXPECTED = {"figure": 15, "report_year": 6, "target": 5, "entity": 6, "person": 5, "ordinal": 5, "event_year": 4,
            "comparison": 9, "list": 6, "open": 5, "not_found": 8}
MINE = ("白河", "枫林", "望海", "鹤岭", "钱文博", "何静怡", "孟庆华", "韦志刚", "唐书瑶", "陆海峰", "高志远",
        *[c[0] for c in CITIES[3:]], *[s[1] for s in SCHOOLS], "维塞乌", "哈康县", "住吉", "松岛小学")


def file_names() -> dict[str, str]:
    names = {str(y): f"{y}_{TITLES[style(y)]}.txt" for y in HELD}
    names |= {f"{y}H": f"{y}_白河市外办上半年工作总结.txt" for y in HALF_YEARS}
    names |= {f"{y}P": f"{y}_白河市外办工作要点.txt" for y in PLAN_YEARS}
    names |= {k: f"{NEWS[k]['year']}_{n}.txt" for k, n in NEWS_FILES.items()}
    return names


def doc_year(key: str) -> int:
    return NEWS[key]["year"] if key in NEWS else int(key[:4])


def others() -> dict[str, str]:
    """The other libraries' reports (written by their own scripts)."""
    return other_reports(set(file_names().values()))


def check(docs: dict[str, str]) -> None:
    common.check_lengths(docs, lambda key: (1500, 3000) if key.isdigit() else (550, 1800) if key[-1] in "HP" else (250, 600))
    counts: dict[str, int] = {}
    for q in Q:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        assert all(w in docs for w in q["where"]), q["q"]
        gold = q["gold"]
        if gold is None:
            continue
        texts = [docs[w] for w in q["where"]]
        for i, group in enumerate(gold):
            common.check_apart(q["q"], group, q["forbidden"])
            if i in q["computed"]:
                continue
            assert any(mentions(t, g) for t in texts for g in group), (q["q"], group, q["where"])
            if q["ctx"] and FIGURE.match(group[0]):
                common.check_context(q["q"], group, texts, q["ctx"])
        if q["type"] not in ("open", "list", "event_year"):
            common.check_no_trap_beside(q["q"], texts, gold, q["forbidden"])
    assert counts == EXPECTED, counts
    assert len({q["q"] for q in Q}) == len(Q)
    assert 65 <= len(Q) <= 80
    for q in Q:  # every question names 白河, except those asking which office it is or about another office
        assert "白河" in q["q"] or q["type"] == "entity" or "枫林" in q["q"], q["q"]
    yearly = {int(k): t for k, t in docs.items() if k.isdigit()}
    # person questions: each yearly and half-year report names its 主任 and 副主任; other periods' are absent
    people = set(DIRECTOR.values()) | set(DEPUTY.values())
    for key, text in docs.items():
        if key.isdigit() or key.endswith("H"):
            y = int(key[:4])
            assert re.search(rf"(?<!副)主任{DIRECTOR[y]}", text), key
            assert f"副主任{DEPUTY[y]}" in text, key
            assert not any(p in text for p in people - {DIRECTOR[y], DEPUTY[y]}), key
        elif key.endswith("P"):
            assert not any(p in text for p in people), key
    # half-year figures are below the full-year figures of the same year
    for y, f in HALF.items():
        for m, x in f.items():
            assert x < M[m][y], (y, m)
    # targets differ from the results and stand only in the plans
    for y, t in TARGETS.items():
        for m in ("visits", "volunteers", "confs", "tourists", "agreements", "training"):
            if m in t:
                assert t[m] != M[m][y], (y, m)
    # report_year: the figure comes from a report of a later year (or a half-year report's 去年同期)
    for q in Q:
        if q["type"] == "report_year":
            named = int(re.search(r"(\d{4})年", q["q"]).group(1))
            asked = named - 1 if "去年" in q["q"] or "总结里说" in q["q"] else named
            assert asked in MISSING or "上半年" in q["q"], q["q"]
            assert all(doc_year(w) == asked + 1 for w in q["where"]), q["q"]
    # the missing years: 2015 and 2020 figures, cities and events appear only in the next reports
    assert "2015年，我市与马来西亚怡保市" in yearly[2016] and not any("怡保" in yearly[y] for y in HELD if y < 2016)
    assert "2015年" not in yearly[2016].replace("2015年，我市", "").replace("较2015年", "")
    assert f"{M['students'][2015]}名" not in yearly[2016] and f"{M['students'][2015]}人" not in "".join(docs.values())
    assert not any(f"{DRAGON_TEAMS_2015}支" in t for t in docs.values())
    # editions: neither the festival nor the marathon is year minus a constant
    assert DRAGON_ED[2023] != 2023 - 2009 and MARATHON_ED[2023] != 2023 - 2013
    assert f"第{cn(DRAGON_ED[2023])}届{DRAGON}" in yearly[2023] and "连续第三年停办" in yearly[2022]
    assert f"第{cn(MARATHON_ED[2021])}届{MARATHON}" in yearly[2021] and "延期举办" in yearly[2022]
    assert f"首届{MARATHON}" in yearly[2014] and f"自{DRAGON_YEARS[0]}年创办" in yearly[2012]
    # open questions: every key phrase is in the intended report, each in no other document of mine
    for q in Q:
        if q["type"] == "open":
            y = q["where"][0]
            for grp in q["gold"]:
                assert sum(any(g in t for g in grp) for t in docs.values()) == 1, (q["q"], grp)
    # not-found questions: nothing in the library answers them
    everything = "\n".join(docs.values())
    assert "2011年" not in everything and not any("2025年" in t for k, t in docs.items() if k != "2024")
    assert not re.search(r"\d+(批次|批|个)", yearly[2024].split("第三部分")[1])
    assert "工作许可" not in everything
    assert "2019" not in docs["枫林"] and sum("枫林" in t for t in docs.values()) == 1
    assert "training" not in PREV[2021] and not any(
        "培训" in s and mentions(s, f"{M['training'][2020]}{w}") for s in sentences(yearly[2021]) for w in ("期", "场"))
    assert "去年同期" not in docs["2019H"].split("外宾来访团组")[1].split("。")[0]
    assert f"{M['visits'][2018]}个" in yearly[2018] and not any("2018年上半年" in t for t in docs.values())
    # entity questions: the figure is in the gold office's text only, among all offices' texts of that year
    theirs = others()
    dated = common.dated_texts(docs, doc_year, theirs)
    for q in Q:
        if q["type"] != "entity" or not (m := re.search(r"(\d{4})年", q["q"])):
            continue
        year = int(m.group(1))
        figure = re.search(r"\d+(批|人|家|件)", q["q"]).group(0)
        word = {"批": "外宾", "人": "志愿者", "家": "外资企业", "件": "案件"}[figure[-1]]
        unit_alts = {"件": ("件", "起"), "批": ("批", "个"), "人": ("人", "名")}.get(figure[-1], (figure[-1],))
        number = figure[:-1]
        common.check_sole_holder(dated, q["q"], year, word, [number + u for u in unit_alts], q["where"][0])
    # the other libraries' entity questions: none of their figures is also a figure of mine of that year
    common.check_their_figures(docs, doc_year, QUESTIONS, "人次|亿美元|万元|亿元|批|件|个|张|家|人|起|期|对|名|场",
                        ("来访", "外宾", "出国", "案件", "外资", "培训", "志愿者", "展会", "记者", "友好学校", "港澳台",
                         "突发", "专家", "侨"))
    # nobody else's text names this library's offices, people, cities or schools
    common.check_unnamed(theirs, MINE)


def main() -> None:
    docs: dict[str, str] = {str(y): BUILDERS[style(y)](y) for y in HELD}
    docs |= {f"{y}H": half_report(y) for y in HALF_YEARS}
    docs |= {f"{y}P": plan_report(y) for y in PLAN_YEARS}
    docs |= {k: news_text(k) for k in NEWS}
    questions()
    check(docs)  # before anything is written
    REPORTS.mkdir(parents=True, exist_ok=True)
    names = file_names()
    for old in list(REPORTS.glob("*白河市外办*.txt")) + [p for n in NEWS_FILES.values() for p in REPORTS.glob(f"*_{n}.txt")]:
        old.unlink()
    common.write_library(docs, names, QUESTIONS, Q)


if __name__ == "__main__":
    main()

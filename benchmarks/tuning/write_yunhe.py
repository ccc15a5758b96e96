"""Writes the 云禾市人民政府外事办公室 tuning library from the tables below.

    python -m benchmarks.tuning.write_yunhe

Yearly work reports 2013-2024 without 2016 and 2021 (their figures are stated only by the next report,
as last year's figure), in three house styles that change with the 主任 (2013-2016, 2017-2020,
2022-2024); three news items of other offices (柳湾市, 雁南市, 石溪县) with the same measures in the same
years; and `yunhe_questions.jsonl`. Every gold answer is computed from the tables, and self-checks
assert that it is written in the intended report (or, for a missing year, in the next one).
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from benchmarks.tuning import common
from benchmarks.tuning.common import cn, fmt, mentions, write_questions

HERE = Path(__file__).parent
REPORTS = HERE / "reports"
QUESTIONS = HERE / "yunhe_questions.jsonl"

OFFICE = "云禾市人民政府外事办公室"
YEARS = list(range(2013, 2025))
MISSING = (2016, 2021)  # the library holds no report of these years
HELD = [y for y in YEARS if y not in MISSING]


series = partial(common.series, YEARS)


# ---------------------------------------------------------------- the yearly figures (2013 … 2024)
OUT_GROUPS = series(86, 92, 104, 110, 118, 125, 131, 23, 9, 14, 97, 123)        # 因公出国（境）团组
OUT_PERSONS = series(412, 447, 486, 503, 529, 561, 590, 71, 28, 45, 402, 516)   # 因公出国（境）人次
VISIT_GROUPS = series(65, 72, 78, 84, 91, 96, 103, 11, 8, 15, 67, 88)           # 外宾来访 批
VISIT_PERSONS = series(512, 568, 603, 655, 702, 748, 815, 64, 37, 96, 538, 694)  # 外宾来访 人次
CONSULAR = series(37, 42, 51, 58, 63, 71, 76, 94, 68, 55, 61, 59)               # 领事保护案件
APEC_FIRMS = series(28, 33, 39, 44, 52, 57, 63, 21, 26, 34, 71, 85)             # APEC商务旅行卡 企业
APEC_PERSONS = series(86, 104, 127, 139, 163, 188, 214, 52, 67, 95, 236, 279)   # APEC商务旅行卡 人
FOREIGNERS = series(1863, 2046, 2210, 2358, 2497, 2631, 2785, 2312, 2104, 1986, 2243, 2468)  # 常住外籍人员
MEETINGS = series(6, 7, 9, 8, 11, 12, 14, 3, 4, 5, 10, 13)                      # 国际会议 场
TRANS_WORDS = series(62, 68, 75, 81, 88, 93, 102, 71, 64, 69, 97, 115)          # 笔译 万字
TRANS_SESSIONS = series(108, 121, 134, 142, 157, 166, 181, 46, 39, 58, 149, 176)  # 口译 场次
PROJECTS = series(12, 15, 17, 19, 22, 24, 27, 9, 11, 13, 21, 26)                # 友城渠道合作项目
FDI = series(1.8, 2.1, 2.6, 2.9, 3.3, 3.7, 4.2, 1.6, 1.9, 2.3, 3.1, 3.8)        # 引进外资 亿美元
PASSPORTS = series(318, 342, 376, 395, 421, 447, 468, 57, 22, 38, 305, 389)     # 因公护照 本
VISAS = series(436, 471, 512, 540, 577, 609, 643, 66, 25, 41, 419, 533)         # 签证 份

MEASURES = {
    "out_groups": OUT_GROUPS, "out_persons": OUT_PERSONS, "visit_groups": VISIT_GROUPS,
    "visit_persons": VISIT_PERSONS, "consular": CONSULAR, "apec_firms": APEC_FIRMS,
    "apec_persons": APEC_PERSONS, "foreigners": FOREIGNERS, "meetings": MEETINGS,
    "trans_words": TRANS_WORDS, "trans_sessions": TRANS_SESSIONS, "projects": PROJECTS, "fdi": FDI,
    "passports": PASSPORTS, "visas": VISAS,
}
FIXED_UNITS = {
    "out_persons": "人次", "visit_groups": "批", "visit_persons": "人次", "apec_firms": "家",
    "apec_persons": "人", "foreigners": "人", "meetings": "场", "trans_words": "万字",
    "trans_sessions": "场次", "fdi": "亿美元", "passports": "本", "visas": "份",
}
# the units that change with the house style
STYLE_UNITS = {
    "A": {"out_groups": "个", "consular": "件", "projects": "项"},
    "B": {"out_groups": "批", "consular": "起", "projects": "个"},
    "C": {"out_groups": "批", "consular": "件", "projects": "个"},
}
# the measures whose unit changes with the style: an answer may write either
SYNONYM_UNITS = {"out_groups": ("个", "批"), "consular": ("件", "起"), "projects": ("项", "个")}


def style(year: int) -> str:
    return "A" if year <= 2016 else "B" if year <= 2020 else "C"


def unit(measure: str, year: int) -> str:
    return FIXED_UNITS.get(measure) or STYLE_UNITS[style(year)][measure]


# ---------------------------------------------------------------- people
DIRECTOR = {**{y: "周明远" for y in range(2013, 2017)}, **{y: "陈国栋" for y in range(2017, 2021)},
            **{y: "林晓东" for y in range(2022, 2025)}}  # 2021: not stated anywhere
DEPUTY = {**{y: "李慧敏" for y in range(2013, 2017)}, 2017: "王海燕", 2018: "王海燕", 2019: "郑凯", 2020: "郑凯",
          **{y: "孙婷" for y in range(2022, 2025)}}

# ---------------------------------------------------------------- friendship cities
# (city, country, kind, year, month, leader of the signing delegation or None)
CITIES = [
    ("安东市", "韩国", "友好城市", 2006, None, None),
    ("仓吉市", "日本", "友好城市", 2009, None, None),
    ("巴拉瑞特市", "澳大利亚", "友好交流城市", 2011, None, None),
    ("罗托鲁阿市", "新西兰", "友好交流城市", 2013, 5, "周明远"),
    ("图尔市", "法国", "友好城市", 2014, 4, "周明远"),
    ("清莱府", "泰国", "友好交流城市", 2014, 10, "李慧敏"),
    ("弗拉基米尔市", "俄罗斯", "友好交流城市", 2015, 6, "李慧敏"),
    ("帕多瓦市", "意大利", "友好城市", 2016, None, None),
    ("佩奇市", "匈牙利", "友好城市", 2017, 9, "陈国栋"),
    ("马六甲市", "马来西亚", "友好交流城市", 2018, 5, "王海燕"),
    ("瓦尔帕莱索市", "智利", "友好交流城市", 2018, 11, "陈国栋"),
    ("维尔茨堡市", "德国", "友好城市", 2019, 4, "陈国栋"),
    ("暹粒市", "柬埔寨", "友好交流城市", 2021, None, None),
    ("顺化市", "越南", "友好交流城市", 2022, None, None),
    ("突厥斯坦市", "哈萨克斯坦", "友好城市", 2023, 9, "孙婷"),
    ("萨拉曼卡市", "西班牙", "友好交流城市", 2024, 5, "林晓东"),
    ("隆德里纳市", "巴西", "友好城市", 2024, 10, "孙婷"),
]


def city_totals(year: int) -> tuple[int, int, int]:
    held = [c for c in CITIES if c[3] <= year]
    friends = sum(c[2] == "友好城市" for c in held)
    return len(held), friends, len(held) - friends


def short(city: str) -> str:
    return city[:-1] if city[-1] in "市府" else city


# ---------------------------------------------------------------- the forum and the youth camp
FORUM = "中国·云禾国际友好城市合作论坛"
FORUM_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024]  # 2020 not held
FORUM_EDITION = {y: i + 1 for i, y in enumerate(FORUM_YEARS)}
FORUM_STATS = {  # year: (countries and regions, guests, signed projects, month)
    2013: (18, 260, 9, 9), 2014: (21, 300, 11, 9), 2015: (23, 320, 12, 10), 2017: (26, 350, 14, 9),
    2018: (28, 380, 15, 9), 2019: (31, 420, 17, 10), 2022: (19, 210, None, 11), 2023: (33, 460, 28, 10),
    2024: (35, 510, 31, 9),
}
CAMP = "云禾国际青少年友好交流营"
CAMP_YEARS = [2018, 2019, 2022, 2023, 2024]  # first held 2018; 2020 and 2021 not held
CAMP_EDITION = {y: i + 1 for i, y in enumerate(CAMP_YEARS)}
CAMP_STATS = {2018: (6, 120), 2019: (8, 150), 2023: (10, 180), 2024: (12, 200)}  # (友城, 青少年)

# ---------------------------------------------------------------- next year's plan, keyed by the planned year
TARGETS = {  # year: (外宾团组 批, 新增友城 个, 引进外资 亿美元, APEC卡 人) — written in the report of year-1
    2014: (70, 2, 2.0, 100), 2015: (80, 2, 2.5, 120), 2016: (85, 1, 3.0, 140),
    2018: (95, 2, 3.5, 180), 2019: (100, 2, 4.0, 200), 2020: (108, 1, 4.5, 230), 2021: (20, 1, 2.0, 60),
    2023: (60, 1, 2.8, 200), 2024: (80, 2, 3.5, 260), 2025: (95, 1, 4.0, 300),
}

# how a report states last year's figure: {report year: {measure: way}}
PREV = {
    2014: {"visit_groups": "bi_n", "apec_persons": "shang"},
    2015: {"out_groups": "jiao", "fdi": "bi"},
    2017: {"visit_groups": "bi_n", "out_groups": "bi_n", "consular": "shang", "fdi": "jiao"},
    2018: {"trans_words": "shang", "meetings": "bi_n"},
    2019: {"out_persons": "bi"},
    2020: {"out_persons": "jiao", "visit_groups": "shang", "consular": "bi_n"},
    2022: {"visit_groups": "shang", "apec_persons": "bi_n", "foreigners": "jiao", "out_groups": "jiao",
           "fdi": "shang"},
    2023: {"visit_groups": "jiao_big", "consular": "shang"},
    2024: {"apec_persons": "bi", "projects": "shang"},
}


def v(measure: str, year: int) -> str:
    """The figure as written: number immediately followed by its unit."""
    return f"{fmt(MEASURES[measure][year])}{unit(measure, year)}"


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
    if way == "bi":
        return f"，比上年的{fmt(prev)}{u}{'增长' if up else '下降'}{pct}"
    if way == "bi_n":
        return f"，比上年的{fmt(prev)}{u}{'增加' if up else '减少'}{diff}{u}"
    if way == "shang":
        return f"（上年为{fmt(prev)}{u}）"
    if way == "jiao":
        return f"，较{year - 1}年（{fmt(prev)}{u}）{'增加' if up else '减少'}{diff}{u}"
    if way == "jiao_big":
        return f"，较{year - 1}年（{fmt(prev)}{u}）大幅增长"
    raise ValueError(way)


def role(name: str, year: int) -> str:
    return "市外办主任" if DIRECTOR.get(year) == name else "市外办副主任"


def signings(year: int) -> str:
    parts = []
    for city, country, kind, y, month, leader in CITIES:
        if y == year and leader:
            act = "缔结友好城市关系" if kind == "友好城市" else "建立友好交流城市关系"
            parts.append(f"{month}月，{role(leader, year)}{leader}率团赴{country}{city}，签署两市{act}协议书")
    return "；".join(parts) + "。" if parts else ""


# ---------------------------------------------------------------- the year-specific passages
EXTRA = {
    2013: dict(
        spirit="党的十八大精神",
        vip=5, exch=14,
        visit="成功接待新西兰罗托鲁阿市市长、韩国安东市议会代表团等重要团组。",
        cities_pre="我市先后于2006年、2009年与韩国安东市、日本仓吉市缔结友好城市关系，2011年与澳大利亚巴拉瑞特市"
                   "建立友好交流城市关系。",
        consular="妥善处置了我市务工人员在安哥拉被困等事件",
        party="按照市委统一部署，扎实开展党的群众路线教育实践活动。一是抓好学习教育。组织党员干部集中学习12次，开展专题"
              "讨论4次，引导党员干部牢固树立群众观点。二是广泛听取意见。向各县（市、区）外办、涉外企业和服务对象发放"
              "征求意见表80份，梳理意见建议21条。三是坚持立行立改。精简会议和文件，规范外事接待标准，修订完善机关内部"
              "管理制度9项。同时，认真落实党风廉政建设责任制，机关作风进一步转变。",
    ),
    2014: dict(
        spirit="党的十八大和十八届三中、四中全会精神",
        vip=6, exch=17,
        visit="接待了法国图尔市市长、泰国清莱府府尹率领的代表团等重要团组。",
        consular="妥善处置了我市游客在泰国发生交通事故等案件",
        party="深入推进党的群众路线教育实践活动整改落实。一是聚焦“四风”问题抓整改。对照查摆出的16个问题逐项制定整改"
              "措施，建立整改台账，做到件件有着落。二是严控“三公”经费。严格执行外事接待和因公出国（境）经费标准，全年"
              "因公出国（境）经费同比下降12.6%。三是提升服务效能。开通因公出国（境）审批“一站式”服务窗口，审批办理"
              "时限由15个工作日压缩至7个工作日。",
    ),
    2015: dict(
        spirit="党的十八大和十八届三中、四中、五中全会精神",
        vip=7, exch=19,
        visit="接待了俄罗斯弗拉基米尔市政府代表团、日本仓吉市友好访问团等重要团组。11月，市外办主任周明远陪同市领导"
              "出访韩国安东市，出席安东国际假面舞节开幕活动。",
        consular="妥善处置了尼泊尔地震中我市受困人员撤离等事件",
        party="认真开展“三严三实”专题教育。一是主任周明远带头讲专题党课，班子成员围绕“严以修身、严以用权、严以律己”"
              "开展专题研讨3次。二是深入查摆“不严不实”问题，召开专题民主生活会和组织生活会，认真开展批评与自我批评。"
              "三是建立健全外事礼品管理、公务接待等制度5项，推动专题教育成果制度化。",
    ),
    2017: dict(
        spirit="全面贯彻党的十九大精神",
        visit="接待匈牙利佩奇市市长、意大利帕多瓦市政府代表团等重要团组。",
        cities_pre="在2016年与意大利帕多瓦市缔结友好城市关系的基础上，友城布局进一步向中东欧拓展。",
        consular="妥善处置了我市渔船在境外被扣等案件",
        party="一是深入学习宣传贯彻党的十九大精神。党组理论学习中心组开展集中学习14次，主任陈国栋为全体党员干部讲"
              "专题党课。二是推进“两学一做”学习教育常态化制度化，严格落实“三会一课”、主题党日等制度，开展主题党日"
              "活动12次。三是严格落实党风廉政建设主体责任，逐级签订党风廉政建设责任书，开展廉政警示教育4次。",
        cities_post="副主任王海燕带队赴日本仓吉市、韩国安东市开展友城交流，推动教育、旅游领域合作。",
    ),
    2018: dict(
        spirit="全面贯彻党的十九大精神",
        visit="接待马来西亚马六甲州首席部长率领的代表团等重要团组。",
        consular="妥善处置了印度尼西亚龙目岛地震中我市游客受困等事件",
        party="一是持续深化理论武装。党组理论学习中心组集中学习16次，组织党员干部赴革命教育基地开展现场教学。二是扎实"
              "开展“大学习、大调研、大改进”活动。班子成员围绕友城务实合作、外事服务企业等课题开展调研，形成调研报告5篇。"
              "三是强化作风建设。严格执行中央八项规定及其实施细则精神，对因公出国（境）团组实行出访前廉政提醒全覆盖。",
    ),
    2019: dict(
        spirit="全面贯彻党的十九大和十九届二中、三中、四中全会精神",
        visit="接待德国维尔茨堡市市长、日本仓吉市市长等重要团组，外宾来访数量创历史新高。",
        cities_post="10月，副主任郑凯率团赴日本仓吉市，出席两市结好10周年纪念活动。",
        consular="妥善处置了我市劳务人员在境外薪资纠纷等案件",
        party="扎实开展“不忘初心、牢记使命”主题教育。一是抓实学习教育。举办为期7天的主题教育专题读书班，党组理论学习"
              "中心组开展专题研讨6次，主任陈国栋讲专题党课。二是深入调查研究。班子成员围绕友城务实合作、外事服务营商环境"
              "等确定6个调研课题，走访涉外企业23家，形成调研报告6篇。三是坚持边学边改。对照党章党规检视问题18个，制定"
              "整改措施32条，已全部整改到位。",
    ),
    2020: dict(
        spirit="全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，统筹推进涉外疫情防控和外事工作",
        visit="积极创新交往方式，以视频会见、线上会谈等形式开展对外交流活动21场。",
        cities_post="疫情发生后，向8个友城捐赠口罩、防护服等防疫物资，副主任郑凯牵头组建涉外疫情防控工作专班，与友城"
                    "共享防疫经验。",
        consular="其中涉疫情类案件占六成以上。疫情发生后，市外办迅速行动：一是建立海外中国公民疫情防控联系机制，与我市在外"
                 "留学生、务工人员和企业保持常态化联系；二是协调向海外留学生发放“健康包”1600余份；三是协助滞留海外的我市"
                 "公民186人有序回国",
        party="一是坚持党建引领疫情防控。组织党员干部下沉社区参与防疫工作，成立党员先锋队2支。二是巩固深化“不忘初心、"
              "牢记使命”主题教育成果，党组理论学习中心组集中学习15次。三是严格落实全面从严治党主体责任，开展廉政谈话"
              "24人次，机关政治生态持续向好。",
    ),
    2022: dict(
        spirit="党的二十大精神",
        visit="在做好疫情防控的前提下，有序恢复线下外事活动，以“线上+线下”方式开展外事会见会谈32场。",
        cities_pre="2021年，我市与柬埔寨暹粒市建立友好交流城市关系。8月，我市与越南顺化市以视频连线方式签署建立友好"
                   "交流城市关系协议书。",
        consular="妥善处置了我市企业海外项目人员安全事件",
        party="认真学习宣传贯彻党的二十大精神。一是迅速兴起学习热潮。党的二十大召开后，党组第一时间组织传达学习，主任"
              "林晓东为全体党员干部讲专题党课，开展集中研讨5次。二是推动党史学习教育常态化长效化，持续深化“我为群众办"
              "实事”实践活动，为涉外企业、留学人员解决实际困难19件。三是加强机关党支部标准化规范化建设，机关党支部被评为"
              "市直机关“五星级党支部”。",
        trans="翻译保障线上会见会谈，未出现差错",
    ),
    2023: dict(
        spirit="党的二十大精神",
        visit="市外办主任林晓东率团赴韩国安东市、日本仓吉市开展友城交流，推动恢复中断三年的友城互访。",
        consular="开展领事保护宣传进企业、进校园活动12场",
        party="扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。一是以学铸魂。严格执行“第一议题”制度，党组理论"
              "学习中心组开展集体学习12次，举办主题教育专题学习班1期。二是以研促干。班子成员深入开展“四下基层”，围绕"
              "友城资源转化、企业“出海”服务等确定调研课题7个，推动解决问题15个。三是以改促效。聚焦企业反映的办证慢、"
              "信息少等问题，出台服务企业“出海”十条措施，检视整改问题21个。",
        trans="组建市级翻译人才库，入库人员126人",
    ),
    2024: dict(
        spirit="党的二十大和二十届二中、三中全会精神",
        visit="5月，市外办主任林晓东率团出访法国、西班牙，出席与法国图尔市结好10周年庆祝活动。",
        consular="开展“出海”企业境外安全培训8场，境外安全风险防范能力进一步增强",
        party="扎实开展党纪学习教育。一是学条例。组织党员干部逐章学习《中国共产党纪律处分条例》，开展集中学习8次。二是"
              "强警示。组织观看警示教育片，开展以案促教活动3次，引导党员干部知敬畏、存戒惧、守底线。三是严执纪。针对因公"
              "出国（境）、外事接待等重点环节开展廉政风险排查，完善防控措施14条。",
        trans="翻译人才库扩充至153人",
    ),
}


# ---------------------------------------------------------------- the three house styles
def forum_sentence(year: int) -> str:
    c, g, s, m = FORUM_STATS[year]
    ed = cn(FORUM_EDITION[year])
    st = style(year)
    if st == "A":
        text = f"{m}月，成功举办第{ed}届{FORUM}，来自{c}个国家和地区的{g}名嘉宾参会，现场签约合作项目{s}个。"
        if year == 2013:
            text += f"论坛自{FORUM_YEARS[0]}年创办以来，已成为我市对外交流合作的重要平台。"
        return text
    if st == "B":
        return f"举办第{ed}届{FORUM}，邀请{c}个国家和地区的{g}名嘉宾参会，签约项目{s}个。"
    if year == 2022:
        return (f"继2021年以线上线下相结合方式举办第{cn(FORUM_EDITION[2021])}届论坛后，{m}月以线上方式成功举办第{ed}届"
                f"{FORUM}，来自{c}个国家和地区的{g}名嘉宾在线参会。")
    return f"{m}月，第{ed}届{FORUM}成功举办，来自{c}个国家和地区的{g}名嘉宾参会，签约项目{s}个。"


def camp_sentence(year: int) -> str:
    if year == 2020:
        return (f"受疫情影响，原定于年内举办的第{cn(FORUM_EDITION[2021])}届{FORUM}和第{cn(CAMP_EDITION[2022])}届{CAMP}"
                "延期举办。")
    if year not in CAMP_YEARS:
        return ""
    ed = CAMP_EDITION[year]
    if year == 2022:
        return f"第{cn(ed)}届{CAMP}以“云上”方式举办。"
    n, k = CAMP_STATS[year]
    if ed == 1:
        return f"7月，首次举办{CAMP}，来自{n}个友城的{k}名青少年参加。"
    return f"举办第{cn(ed)}届{CAMP}，来自{n}个友城的{k}名青少年参加。"


def next_edition(year: int) -> int:
    """The edition a report plans for next year: one after the last one held (2020's was postponed)."""
    return max(FORUM_EDITION[z] for z in FORUM_YEARS if z <= year) + 1


def plan(year: int) -> tuple[str, ...]:
    visit, cities, fdi, apec = TARGETS[year + 1]
    return f"{visit}批", f"{cities}个", f"{fmt(fdi)}亿美元", f"{apec}人"


def report_a(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, tf, ta = plan(y)
    return "\n".join([
        f"{OFFICE}{y}年工作总结",
        "",
        f"{y}年，在市委、市政府的正确领导和省外办的精心指导下，市外办深入贯彻落实{e['spirit']}，紧紧围绕全市经济社会"
        "发展大局，坚持服务中心、服务基层、服务企业，统筹推进来访接待、友好城市、因公出国（境）管理、领事保护等各项"
        "工作，较好地完成了全年目标任务。现将有关情况总结如下：",
        f"一、{y}年主要工作及成效",
        f"（一）来访接待工作扎实有序。全年共接待来访外宾{v('visit_groups', y)}{v('visit_persons', y)}"
        f"{pv('visit_groups', y)}，"
        f"其中副省级以上重要外宾团组{e['vip']}批。{e['visit']}严格执行外事接待有关规定，精心制定接待方案，做到热情周到、"
        "务实节俭、安全有序。认真做好重要外宾团组的日程安排、会见会谈和参观考察等工作，向外宾宣介我市发展"
        "成就和投资环境，展示了我市开放、包容的良好形象。",
        f"（二）国际友好城市工作稳步推进。{e.get('cities_pre', '')}{signings(y)}"
        "截至年底，全市国际友好城市和友好交流城市"
        f"达到{tot}个，其中友好城市{a}个、友好交流城市{b}个。全年与友城开展经贸、教育、文化、卫生等领域交流活动{e['exch']}"
        "项，友城“朋友圈”进一步扩大。注重友城交往的务实性，推动友城交流由礼节性互访向经贸、教育、文化等领域务实"
        "合作转变。",
        f"（三）因公出国（境）管理规范高效。坚持“因事定人、按需派团”原则，严把出访审批关，全年共审批因公出国（境）团组"
        f"{v('out_groups', y)}、{v('out_persons', y)}{pv('out_groups', y)}，办理因公护照{v('passports', y)}、签证"
        f"{v('visas', y)}，未发生违规出访问题。积极为企业“走出去”提供便利，为{v('apec_firms', y)}企业的"
        f"{v('apec_persons', y)}办理APEC商务旅行卡{pv('apec_persons', y)}。"
        "加强出访团组行前教育和回国报告审核，督促出访团组"
        "严格按批准的国家、天数、路线和人数执行。",
        f"（四）领事保护和涉外管理不断加强。会同公安、商务等部门完善境外突发事件应急处置联动机制，全年共处理领事保护案件"
        f"{v('consular', y)}，{e['consular']}。加强外籍人员服务管理，配合有关部门开展外籍人员登记核查，截至年底全市常住"
        f"外籍人员{v('foreigners', y)}。",
        f"（五）对外经贸合作成效明显。{forum_sentence(y)}全年通过友城渠道促成合作项目{v('projects', y)}，引进外资"
        f"{v('fdi', y)}{pv('fdi', y)}。",
        f"（六）翻译和国际会议服务保障有力。全年完成笔译{v('trans_words', y)}、口译{v('trans_sessions', y)}，"
        "服务保障国际会议"
        f"{v('meetings', y)}，圆满完成了市领导出访和重要外事活动的翻译任务。",
        "（七）外事管理和宣传工作有序开展。加强全市外事工作的统筹协调和归口管理，召开全市外事工作会议，举办县（市、区）"
        "外事干部业务培训班，提升基层外事工作水平。加强外事宣传，及时在市外办门户网站发布外事动态，对外宣介云禾城市"
        "形象。",
        f"（八）机关党建和队伍建设持续加强。{e['party']}",
        "二、存在的问题",
        "在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足：一是对外交流的层次和实效有待提升，友城资源优势尚未"
        "充分转化为发展优势；二是服务基层、服务企业的手段还不够多，外事资源统筹整合力度不够；三是外事干部队伍中小语种"
        "人才相对缺乏，业务能力有待进一步提高。",
        f"三、{y + 1}年工作打算",
        f"{y + 1}年，市外办将继续坚持服务全市发展大局，重点抓好以下工作：一是提升来访接待水平，力争全年接待外宾团组{tv}"
        f"以上。二是拓展友城布局，力争新增友好城市（含友好交流城市）{tc}。三是办好第{cn(next_edition(y))}届{FORUM}，"
        f"力争通过友城渠道引进外资{tf}。四是优化因公出国（境）管理服务，扩大APEC商务旅行卡覆盖面，力争办卡人数达到{ta}。"
        "五是加强机关党建和干部队伍建设，努力打造一支政治坚定、业务精湛、作风过硬的外事干部队伍。",
        "",
        OFFICE,
        f"{y + 1}年1月{10 + y % 7}日",
    ])


def report_b(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, tf, ta = plan(y)
    if y == 2020:
        visit = ("受新冠肺炎疫情影响，来访接待工作基本停滞，"
                 f"全年仅接待外宾团组{v('visit_groups', y)}{v('visit_persons', y)}"
                 f"{pv('visit_groups', y)}。{e['visit']}")
        forum = camp_sentence(y)
        out_note = "受疫情影响，因公出访大幅减少。"
        heading, trans = "外事交往稳妥有序", "做好视频会见会谈和对外函电的翻译工作"
    else:
        visit = (f"全年共接待外宾团组{v('visit_groups', y)}{v('visit_persons', y)}{pv('visit_groups', y)}。{e['visit']}"
                 "坚持“精简、务实、高效”原则，实行接待方案“一团一案”，确保每一场外事活动安全顺利。围绕招商引资、项目合作等重点工作，"
                 "精心安排外宾考察路线，推动来访活动与我市产业发展需求有效对接。")
        forum = forum_sentence(y) + camp_sentence(y)
        out_note = ""
        heading, trans = "外事接待精准高效", "圆满完成友城论坛等重大活动的翻译保障任务"
    next_forum = next_edition(y)
    return "\n".join([
        f"云禾市外办{y}年工作总结和{y + 1}年工作计划",
        "",
        f"{y}年，市外办坚持以习近平新时代中国特色社会主义思想为指导，{e['spirit']}，紧扣市委、市政府“开放强市”战略"
        f"部署，主动作为、攻坚克难，各项外事工作取得新成效。现将{y}年工作总结和{y + 1}年工作计划报告如下：",
        f"一、{y}年工作总结",
        f"（一）坚持党建引领，全面从严治党持续深化。{e['party']}",
        f"（二）{heading}。{visit}",
        f"（三）友城工作提质增效。{e.get('cities_pre', '')}{signings(y)}{e.get('cities_post', '')}"
        "全市国际友好城市和友好"
        f"交流城市总数达{tot}个（友好城市{a}个、友好交流城市{b}个）。坚持“结好一个、巩固一个、合作一个”，"
        "推动友城交往从“友好往来”向“务实合作”深化。",
        f"（四）出国管理服务持续优化。{out_note}严格执行因公出国（境）管理规定，全年共办理因公出国（境）团组"
        f"{v('out_groups', y)}{v('out_persons', y)}{pv('out_groups', y)}{pv('out_persons', y)}，审核办理因公护照"
        f"{v('passports', y)}、签证{v('visas', y)}。推进APEC商务旅行卡“应办尽办”，为{v('apec_firms', y)}企业的"
        f"{v('apec_persons', y)}办理APEC商务旅行卡。优化因公出国（境）审批流程，推行“一次告知、一窗受理、限时办结”，"
        "实现审批材料网上预审。",
        f"（五）开放平台作用彰显。{forum}服务保障国际会议{v('meetings', y)}{pv('meetings', y)}。"
        "通过友城渠道促成合作项目"
        f"{v('projects', y)}，引进外资{v('fdi', y)}{pv('fdi', y)}。",
        f"（六）领事保护和涉外服务有力有效。全年共处理各类领事保护案件{v('consular', y)}{pv('consular', y)}，"
        f"{e['consular']}。"
        f"全市常住外籍人员{v('foreigners', y)}，涉外管理服务工作平稳有序。深入开展领事保护宣传进企业、进社区活动，"
        "引导我市公民和企业增强海外安全防范意识。",
        f"（七）翻译工作保障到位。全年完成笔译{v('trans_words', y)}{pv('trans_words', y)}、"
        f"口译{v('trans_sessions', y)}，"
        f"{trans}。",
        f"（八）外事统筹和宣传工作扎实推进。充分发挥市委外事工作{'领导小组' if y < 2019 else '委员会'}办公室统筹协调"
        "作用，加强对县（市、区）外事工作的"
        "指导，举办全市外事干部业务培训班。用好“云禾外事”微信公众号等平台，讲好云禾故事，提升城市国际知名度。",
        "二、存在的不足",
        "一是友城交往“重结好、轻合作”的现象仍不同程度存在，务实合作成果不够丰富；二是服务企业“走出去”的精准度有待"
        "提高；三是外事干部队伍结构有待优化，复合型外事人才不足。",
        f"三、{y + 1}年工作计划",
        f"（一）持续加强党的建设，推动全面从严治党向纵深发展。（二）提升外事接待水平，计划接待外宾团组{tv}。"
        f"（三）深化友城合作，力争新增友好城市（含友好交流城市）{tc}。（四）办好第{cn(next_forum)}届{FORUM}，力争"
        f"通过友城渠道引进外资{tf}。（五）优化“走出去”服务，力争APEC商务旅行卡办卡人数达到{ta}。（六）做好领事保护"
        "和涉外安全工作，切实维护我市公民和企业海外合法权益。（七）加强外事干部队伍建设，"
        "开展外语和业务能力培训，努力打造一支忠诚、干净、担当的外事铁军。",
        "",
        "云禾市外办",
        f"{y + 1}年1月{8 + y % 9}日",
    ])


def report_c(y: int) -> str:
    e = EXTRA[y]
    tot, a, b = city_totals(y)
    tv, tc, tf, ta = plan(y)
    return "\n".join([
        f"{OFFICE}{y}年度工作报告",
        "",
        f"{y}年，在市委、市政府的坚强领导下，市外办坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻"
        f"{e['spirit']}，认真践行习近平外交思想，统筹发展和安全，主动服务高水平对外开放，全市外事工作实现稳中有进。现将有关情况报告如下：",
        "一、主要工作成效",
        f"（一）坚持政治引领，机关党的建设全面加强。{e['party']}",
        f"（二）服务开放发展，对外交往务实有效。全年共接待来访外国团组{v('visit_groups', y)}{v('visit_persons', y)}"
        f"{pv('visit_groups', y)}。{e['visit']}坚持精准对接、务实高效，围绕全市重点产业链"
        "开展对外交往，推动外事资源向发展资源转化。",
        f"（三）优化友城布局，国际“朋友圈”持续扩大。{e.get('cities_pre', '')}{signings(y)}截至年底，全市国际友好城市和"
        f"友好交流城市共{tot}个，其中友好城市{a}个、友好交流城市{b}个。制定友城交往年度计划，"
        "推动各县（市、区）结对友城开展教育、文化、卫生等领域交流，友城资源的综合效益进一步显现。",
        f"（四）搭建开放平台，合作成果更加丰硕。{forum_sentence(y)}{camp_sentence(y)}"
        f"全年服务保障国际会议{v('meetings', y)}，"
        f"通过友城渠道促成合作项目{v('projects', y)}{pv('projects', y)}，引进外资{v('fdi', y)}{pv('fdi', y)}。",
        f"（五）优化“走出去”服务，便利企业开放发展。全年审核审批因公出国（境）团组{v('out_groups', y)}"
        f"{v('out_persons', y)}{pv('out_groups', y)}，办理因公护照{v('passports', y)}、签证{v('visas', y)}。为"
        f"{v('apec_firms', y)}企业的{v('apec_persons', y)}办理APEC商务旅行卡{pv('apec_persons', y)}。"
        "依托因公出国（境）审批管理系统，实现"
        "审批事项“网上办、掌上办”，审批时限进一步压缩。",
        f"（六）加强海外利益保护，涉外安全形势平稳。全年处理领事保护案件{v('consular', y)}{pv('consular', y)}，"
        f"{e['consular']}。全市常住外籍人员{v('foreigners', y)}{pv('foreigners', y)}。健全境外突发事件应急处置机制，"
        "完善“走出去”企业和人员信息台账，提升海外风险预警和处置能力。",
        f"（七）做好语言服务，翻译保障精准高效。全年完成笔译{v('trans_words', y)}、口译{v('trans_sessions', y)}，"
        f"{e['trans']}。",
        "（八）加强统筹协调，外事管理更加规范。发挥市委外事工作委员会办公室职能作用，完善重大涉外事项请示报告制度，"
        "加强对县（市、区）外事工作的指导和服务。加强国际传播能力建设，用好“云禾外事”微信公众号等平台，讲好云禾故事。",
        "二、存在的问题和不足",
        "一是友城资源转化为发展动能的路径还不够多，部分友城交往不够活跃；二是服务企业“出海”的信息和渠道有待拓展；"
        "三是外事干部队伍能力与高水平对外开放的要求还有差距。",
        f"三、{y + 1}年工作思路",
        f"{y + 1}年，市外办将坚持稳中求进工作总基调，计划接待来访外国团组{tv}，力争新增友好城市（含友好交流城市）{tc}；"
        f"办好第{cn(next_edition(y))}届{FORUM}，力争通过友城渠道引进外资{tf}；持续扩大APEC商务旅行卡覆盖面，"
        f"力争办卡人数达到{ta}；统筹发展和安全，健全海外利益保护机制，为全市高质量发展贡献外事力量。同时，持续加强机关党的建设，"
        "锻造忠诚干净担当的高素质外事干部队伍。",
        "",
        OFFICE,
        f"{y + 1}年1月{12 + y % 5}日",
    ])


BUILDERS = {"A": report_a, "B": report_b, "C": report_c}
TITLES = {"A": "云禾市外办工作总结", "B": "云禾市外办工作总结和计划", "C": "云禾市外办年度工作报告"}

# ---------------------------------------------------------------- news items of other offices
NEWS = {
    "柳湾": dict(year=2019, office="柳湾市外办", visit_groups=87, visit_persons=640, out_groups=122, out_persons=574,
                 apec_firms=49, apec_persons=198, consular=64, forum_edition=9, cities=21, visit_target=95),
    "雁南": dict(year=2023, office="雁南市外办", director="杜文斌", visit_groups=59, visit_persons=451, out_groups=83,
                 out_persons=337, apec_firms=65, apec_persons=212, consular=48, fdi=2.7, cities=16),
    "石溪": dict(year=2018, office="石溪县外办", out_groups=37, out_persons=142, passports=96, visit_groups=29,
                 visit_persons=213, meetings=4, trans_words=21, trans_sessions=38, apec_firms=11, apec_persons=35),
}


def news_text(key: str) -> str:
    n = NEWS[key]
    y = n["year"]
    if key == "柳湾":
        return "\n".join([
            "柳湾市外办2019年外事工作综述",
            "",
            f"本报讯　记者日前从柳湾市人民政府外事办公室获悉，{y}年，柳湾市外办坚持服务全市开放发展大局，各项外事工作"
            f"取得新成效。全年共接待外宾{n['visit_groups']}批{n['visit_persons']}人次，审批因公出国（境）团组"
            f"{n['out_groups']}批{n['out_persons']}人次，为{n['apec_firms']}家企业的{n['apec_persons']}人办理APEC商务"
            f"旅行卡，处理领事保护案件{n['consular']}起。",
            f"友城工作方面，柳湾市全年新增国际友好城市和友好交流城市2个，总数达到{n['cities']}个。9月，第{cn(n['forum_edition'])}"
            "届中国·柳湾国际友城论坛在柳湾举行，来自27个国家和地区的390名嘉宾参会，签约项目19个。",
            f"柳湾市外办负责人表示，{y + 1}年将继续拓展对外交往渠道，力争接待外宾团组{n['visit_target']}批以上，进一步"
            "提升城市国际化水平，为全市高质量发展贡献外事力量。"
            "据悉，柳湾市还将启动友城合作项目库建设，推动友城交往成果更多转化为发展实效。",
        ])
    if key == "雁南":
        return "\n".join([
            "雁南市外办：2023年对外交往全面恢复",
            "",
            f"{y}年，雁南市外办主动服务高水平对外开放，对外交往全面恢复。全年共接待来访外国团组{n['visit_groups']}批"
            f"{n['visit_persons']}人次，审核审批因公出国（境）团组{n['out_groups']}批{n['out_persons']}人次；为"
            f"{n['apec_firms']}家企业的{n['apec_persons']}人办理APEC商务旅行卡，企业“出海”更加便利。",
            f"友城合作持续深化。9月，雁南市外办主任{n['director']}率团赴哈萨克斯坦塔拉兹市，签署两市缔结友好城市关系"
            f"协议书，雁南市国际友好城市和友好交流城市增至{n['cities']}个。全年通过友城渠道引进外资{fmt(n['fdi'])}亿美元。",
            f"海外利益保护有力有效。全年处理领事保护案件{n['consular']}件，开展领事保护宣传进企业活动9场，编印《海外安全"
            "提示手册》2000册，企业和公民海外安全意识进一步增强。雁南市外办负责人表示，"
            "2024年将继续深化友城务实合作，更好服务全市高水平对外开放。",
        ])
    return "\n".join([
        "石溪县外办扎实做好2018年外事服务工作",
        "",
        "本报讯　1月10日，石溪县外事工作会议召开，会议总结了2018年全县外事工作，部署了2019年重点任务。",
        f"{y}年，石溪县外办围绕县委、县政府中心工作，扎实做好各项外事服务。全年审批因公出国（境）团组"
        f"{n['out_groups']}批{n['out_persons']}人次，办理因公护照{n['passports']}本；接待外宾{n['visit_groups']}批"
        f"{n['visit_persons']}人次，服务保障国际会议{n['meetings']}场；完成笔译{n['trans_words']}万字、口译"
        f"{n['trans_sessions']}场次。",
        f"县外办还组织全县外贸企业参加APEC商务旅行卡政策宣讲会，为{n['apec_firms']}家企业的{n['apec_persons']}人办理"
        "APEC商务旅行卡，帮助企业“走出去”开拓国际市场。同时，县外办配合做好外籍人员服务管理和领事保护"
        "宣传工作，深入乡镇、企业开展涉外政策宣讲，全县涉外工作平稳有序。下一步，县外办将进一步提升服务水平，积极融入全市对外开放大局。",
    ])


NEWS_FILES = {"柳湾": "柳湾市外办_新闻", "雁南": "雁南市外办_新闻", "石溪": "石溪县外办_新闻"}


# ---------------------------------------------------------------- the questions
def alts(measure: str, year: int, value=None) -> list[str]:
    """Plausible writings of a figure: the unit of that year's report and its synonym."""
    value = MEASURES[measure][year] if value is None else value
    u = unit(measure, year)
    if u == "亿美元":
        return [f"{fmt(value)}亿美元", f"{round(value * 10000)}万美元"]
    others = [w for w in SYNONYM_UNITS.get(measure, ()) if w != u]
    return [f"{fmt(value)}{w}" for w in [u, *others]]


def yi(value: float) -> list[str]:
    return [f"{fmt(value)}亿美元", f"{round(value * 10000)}万美元"]


def diff(measure: str, y1: int, y2: int) -> list[str]:
    d = MEASURES[measure][y2] - MEASURES[measure][y1]
    d = round(abs(d), 1) if isinstance(d, float) else abs(d)
    return alts(measure, y2, d)


def ordinal(n: int) -> list[str]:
    return [f"第{cn(n)}届", f"第{n}届"]


def city_alts(city: str) -> list[str]:
    s = short(city)
    return [city] if s == "图尔" else [city, s]  # “图尔” is inside 图尔库 (another library's friendship city)


Q = []  # (type, question, gold, forbidden, where, computed groups)


def add(kind, q, gold, forbidden=(), where=(), computed=()):
    Q.append(dict(type=kind, q=q, gold=gold, forbidden=list(forbidden), where=list(where), computed=set(computed)))


def questions() -> None:
    # --- figure: a figure of a given year
    add("figure", "2019年云禾市外办接待了多少批外宾？", [alts("visit_groups", 2019)],
        ["96批", f"{TARGETS[2019][0]}批", f"{NEWS['柳湾']['visit_groups']}批", f"{VISIT_GROUPS[2020]}批"], [2019])
    add("figure", "云禾2015年因公出国团组共几个？", [alts("out_groups", 2015)],
        [v("out_groups", 2014), f"{OUT_GROUPS[2016]}批", f"{OUT_PERSONS[2015]}人次"], [2015])
    add("figure", "2013年云禾市外办处理的领保案件有多少起？", [alts("consular", 2013)],
        [v("consular", 2014), v("consular", 2015)], [2013])
    add("figure", "云禾市外事办公室2018年一共服务保障了几场国际会议？", [alts("meetings", 2018)],
        [v("meetings", 2017), v("meetings", 2019), f"{NEWS['石溪']['meetings']}场"], [2018])
    add("figure", "疫情那年也就是2020年，云禾办APEC商务旅行卡的有多少人？", [alts("apec_persons", 2020)],
        [v("apec_persons", 2019), f"{TARGETS[2020][3]}人", f"{APEC_PERSONS[2021]}人"], [2020])
    add("figure", "截至2022年底，云禾市常住外籍人员有多少人？", [alts("foreigners", 2022)],
        [f"{FOREIGNERS[2021]}人", v("foreigners", 2023)], [2022])
    add("figure", "云禾市外办2023年处理了多少件领事保护案件", [alts("consular", 2023)],
        [v("consular", 2022), v("consular", 2024), f"{NEWS['雁南']['consular']}件"], [2023])
    add("figure", "云禾市外办2024年的笔译量是多少万字？", [alts("trans_words", 2024)],
        [v("trans_words", 2023), f"{TRANS_SESSIONS[2024]}场次"], [2024])
    add("figure", "2017年云禾通过友城渠道引进了多少外资？", [alts("fdi", 2017)],
        [f"{fmt(FDI[2016])}亿美元", v("fdi", 2018), f"{fmt(TARGETS[2018][2])}亿美元"], [2017])
    add("figure", "云禾市外办2014年办了多少本因公护照", [alts("passports", 2014)],
        [v("passports", 2013), v("passports", 2015)], [2014])
    add("figure", "2018年云禾因公出国（境）一共是多少人次？", [alts("out_persons", 2018)],
        [v("out_persons", 2017), v("out_persons", 2019), f"{NEWS['石溪']['out_persons']}人次"], [2018])
    add("figure", "2024年云禾市外办通过友城促成的合作项目有几个", [alts("projects", 2024)],
        [f"{PROJECTS[2023]}个", f"{FORUM_STATS[2024][2]}个"], [2024])
    add("figure", "云禾2023年办友城合作论坛，来了多少个国家和地区的嘉宾？", [[f"{FORUM_STATS[2023][0]}个"]],
        [f"{FORUM_STATS[2024][0]}个", f"{FORUM_STATS[2019][0]}个", f"{FORUM_STATS[2022][0]}个"], [2023])

    # --- report_year: a year only the next report states, or last year's figure in a given report
    add("report_year", "2016年云禾市外办审批了多少个因公出国（境）团组？", [alts("out_groups", 2017, OUT_GROUPS[2016])],
        [v("out_groups", 2015), v("out_groups", 2017)], [2017])
    add("report_year", "云禾2016年的领保案件有多少起", [alts("consular", 2017, CONSULAR[2016])],
        [v("consular", 2015), v("consular", 2017)], [2017])
    add("report_year", "2021年云禾市外办一共接待了几批外宾团？", [alts("visit_groups", 2022, VISIT_GROUPS[2021])],
        [v("visit_groups", 2020), v("visit_groups", 2022), f"{TARGETS[2021][0]}批"], [2022])
    add("report_year", "2021年底在云禾常住的外籍人员有多少？", [alts("foreigners", 2021)],
        [v("foreigners", 2020), v("foreigners", 2022)], [2022])
    add("report_year", "在云禾市外办2020年的工作总结里，2019年因公出国（境）是多少人次？", [alts("out_persons", 2019)],
        [v("out_persons", 2020), v("out_persons", 2018)], [2020])
    add("report_year", "云禾2018年的工作总结中提到的2017年笔译量是多少万字？", [alts("trans_words", 2017)],
        [v("trans_words", 2018), v("trans_words", 2019)], [2018])

    # --- target: the plan in the previous year's report
    add("target", "按2018年定的计划，2019年云禾市外办要接待多少批外宾？", [[f"{TARGETS[2019][0]}批"]],
        [v("visit_groups", 2019), v("visit_groups", 2018)], [2018])
    add("target", "云禾市外办给2024年定的APEC商务旅行卡办卡目标是多少人？", [[f"{TARGETS[2024][3]}人"]],
        [v("apec_persons", 2024), v("apec_persons", 2023)], [2023])
    add("target", "2015年云禾友城渠道引进外资的目标定的是多少？", [yi(TARGETS[2015][2])],
        [v("fdi", 2015), v("fdi", 2014), f"{fmt(TARGETS[2016][2])}亿美元"], [2014])
    add("target", "2021年云禾市外办原本计划接待外宾团组多少批", [[f"{TARGETS[2021][0]}批"]],
        [f"{VISIT_GROUPS[2021]}批", v("visit_groups", 2020)], [2020])

    # --- entity: the right office when news items share the measure
    add("entity", f"2019年接待外宾{NEWS['柳湾']['visit_groups']}批的是哪个市的外办？", [["柳湾"]], ["云禾"], ["柳湾"])
    add("entity", f"2023年有个外办给{NEWS['雁南']['apec_persons']}名企业人员办了APEC卡，是哪个外办？", [["雁南"]],
        ["云禾"], ["雁南"])
    add("entity", f"2018年因公出国（境）{NEWS['石溪']['out_persons']}人次，这是哪家外办的数据？", [["石溪"]], ["云禾"],
        ["石溪"])
    add("entity", f"2023年领事保护案件处理了{CONSULAR[2023]}件的是哪个外办？", [["云禾"]], ["雁南"], [2023])

    # --- person
    add("person", "2019年云禾市外办的副主任是谁？", [[DEPUTY[2019]]], [DEPUTY[2018], DEPUTY[2022], DEPUTY[2013]],
        [2019])
    leader_tours = next(c[5] for c in CITIES if c[0] == "图尔市")
    add("person", "2014年云禾市外办去法国图尔市签友城协议，是谁带的团？", [[leader_tours]],
        [DIRECTOR[2024], DEPUTY[2014], DIRECTOR[2017]], [2014])
    leader_turk = next(c[5] for c in CITIES if c[0] == "突厥斯坦市")
    add("person", "2023年去哈萨克斯坦突厥斯坦市签约的云禾代表团是谁带队的？", [[leader_turk]],
        [DIRECTOR[2023], NEWS["雁南"]["director"]], [2023])
    add("person", "2018年云禾市外办主任是谁", [[DIRECTOR[2018]]], [DIRECTOR[2015], DIRECTOR[2022], DEPUTY[2018]],
        [2018])

    # --- ordinal: editions, after the skipped year
    add("ordinal", "2019年云禾的友城合作论坛办的是第几届？", [ordinal(FORUM_EDITION[2019])],
        [f"第{cn(NEWS['柳湾']['forum_edition'])}届", f"第{cn(FORUM_EDITION[2019] - 1)}届"], [2019])
    add("ordinal", "2022年云禾国际友好城市合作论坛是第几届？", [ordinal(FORUM_EDITION[2022])],
        [f"第{cn(2022 - 2011)}届", f"第{cn(FORUM_EDITION[2021])}届"], [2022])
    add("ordinal", "云禾市2024年举办的友城论坛是第几届", [ordinal(FORUM_EDITION[2024])],
        [f"第{cn(2024 - 2011)}届", f"第{cn(FORUM_EDITION[2023])}届"], [2024])
    add("ordinal", "2023年云禾国际青少年友好交流营办到第几届了？", [ordinal(CAMP_EDITION[2023])],
        [f"第{cn(2023 - 2017)}届", f"第{cn(CAMP_EDITION[2024])}届"], [2023])

    # --- event_year
    pecs = next(c[3] for c in CITIES if c[0] == "佩奇市")
    add("event_year", "云禾和匈牙利佩奇市是哪一年结为友好城市的？", [[f"{pecs}年"]], [f"{pecs - 1}年", f"{pecs + 1}年"],
        [pecs])
    add("event_year", "云禾国际友好城市合作论坛第一届是哪年办的？", [[f"{FORUM_YEARS[0]}年"]], ["2013年"], [2013])
    siem = next(c[3] for c in CITIES if c[0] == "暹粒市")
    add("event_year", "云禾市跟柬埔寨暹粒市建立友好交流关系是在哪一年？", [[f"{siem}年"]], [f"{siem + 1}年"],
        [siem + 1])

    # --- comparison
    add("comparison", "2017年和2019年相比，云禾市外办接待外宾的批次增加了多少？", [alts("visit_groups", 2017),
        alts("visit_groups", 2019), diff("visit_groups", 2017, 2019)], [v("visit_groups", 2018)], [2017, 2019],
        computed=[2])
    add("comparison", "云禾因公出国人次2019年和2020年分别是多少？下降了多少？", [alts("out_persons", 2019),
        alts("out_persons", 2020), diff("out_persons", 2019, 2020)], [v("out_persons", 2018)], [2019, 2020],
        computed=[2])
    add("comparison", "2014年、2015年云禾市办理APEC商务旅行卡的人数各是多少，增长了多少人？",
        [alts("apec_persons", 2014), alts("apec_persons", 2015), diff("apec_persons", 2014, 2015)],
        [v("apec_persons", 2013), f"{TARGETS[2015][3]}人"], [2014, 2015], computed=[2])
    add("comparison", "云禾的领保案件2019年和2020年分别是多少，2020年多了几起？", [alts("consular", 2019),
        alts("consular", 2020), diff("consular", 2019, 2020)], [v("consular", 2018)], [2019, 2020])
    add("comparison", "2022年和2023年云禾通过友城引进的外资分别是多少？增加了多少？",
        [alts("fdi", 2022), alts("fdi", 2023), yi(round(FDI[2023] - FDI[2022], 1))],
        [f"{fmt(FDI[2021])}亿美元", v("fdi", 2024)], [2022, 2023], computed=[2])
    t15, t24 = city_totals(2015)[0], city_totals(2024)[0]
    add("comparison", "2015年底和2024年底，云禾的友城（含友好交流城市）各有多少个？增加了几个？",
        [[f"{t15}个"], [f"{t24}个"], [f"{t24 - t15}个"]], [f"{city_totals(2023)[0]}个", f"{NEWS['雁南']['cities']}个"],
        [2015, 2024], computed=[2])

    # --- list: one gold group per item
    new_14_19 = [c for c in CITIES if 2014 <= c[3] <= 2019]
    add("list", "2014年到2019年云禾新结了哪些友城和友好交流城市？各是哪个国家的？",
        [city_alts(c[0]) for c in new_14_19], ["罗托鲁阿市", "暹粒市"],
        sorted({c[3] + (c[3] in MISSING) for c in new_14_19}))
    new_20_24 = [c for c in CITIES if 2020 <= c[3] <= 2024]
    add("list", "2020—2024年云禾市新增的友好城市、友好交流城市都有哪些？",
        [city_alts(c[0]) for c in new_20_24], ["维尔茨堡市", "塔拉兹市"],
        sorted({c[3] + (c[3] in MISSING) for c in new_20_24}))
    friends_15 = [c for c in CITIES if c[3] <= 2015 and c[2] == "友好城市"]
    add("list", "到2015年底，云禾正式缔结的友好城市（不算友好交流城市）有哪几个？",
        [city_alts(c[0]) for c in friends_15],
        [c[0] for c in CITIES if c[3] <= 2015 and c[2] != "友好城市"], [2013, 2014, 2015])
    directors = list(dict.fromkeys(DIRECTOR.values()))
    add("list", "报告里出现过的云禾市外办历任主任有哪几位？", [[d] for d in directors], [], [2013, 2017, 2022])

    # --- open: key phrases from different parts of the section
    add("open", "云禾市外办2019年是怎么开展“不忘初心、牢记使命”主题教育的？",
        [["读书班"], ["调研课题"], ["检视问题"]], [], [2019])
    add("open", "2023年主题教育中，云禾市外办主要有哪些做法？", [["第一议题"], ["四下基层"], ["十条措施"]], [], [2023])
    add("open", "2020年疫情期间，云禾市外办在领事保护方面采取了哪些措施？", [["联系机制"], ["健康包"], ["滞留"]], [],
        [2020])
    add("open", "2014年云禾市外办在群众路线教育实践活动整改方面做了哪些工作？", [["四风"], ["三公"], ["一站式"]], [],
        [2014])

    # --- not_found: the library does not hold the answer
    add("not_found", "2012年云禾市外办接待外宾多少批？", None, [v("visit_groups", 2013)])
    add("not_found", "云禾2025年实际处理了多少件领保案件？", None, [v("consular", 2024)])
    add("not_found", "2018年云禾市外办办理涉外婚姻登记多少对？", None)
    add("not_found", "澜溪市外办2019年接待了多少批外宾团组？", None, [v("visit_groups", 2019)])
    add("not_found", "按照2016年的工作计划，云禾市外办打算2017年接待多少批外宾？", None,
        [v("visit_groups", 2017), f"{TARGETS[2016][0]}批"])
    add("not_found", "云禾市外办的纪检组长叫什么名字？", None, [DEPUTY[2020], DIRECTOR[2020]])
    add("not_found", "2019年在云禾的外籍留学生有多少人？", None, [v("foreigners", 2019)])
    add("not_found", "2021年第九届云禾友城合作论坛有多少嘉宾参加？", None, [f"{FORUM_STATS[2022][1]}名"])


# ---------------------------------------------------------------- self-checks


def check(docs: dict, yunhe: dict) -> None:
    for y in HELD:
        n = len(yunhe[y])
        assert 1500 <= n <= 3000, (y, n)
    for key in NEWS:
        n = len(docs[key])
        assert 300 <= n <= 600, (key, n)
    counts = {}
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
    assert counts == {"figure": 13, "report_year": 6, "target": 4, "entity": 4, "person": 4, "ordinal": 4,
                      "event_year": 3, "comparison": 6, "list": 4, "open": 4, "not_found": 8}, counts
    assert len({q["q"] for q in Q}) == len(Q)
    # the library holds several offices: every question names 云禾, except those asking which office it is
    for q in Q:
        assert "云禾" in q["q"] or q["type"] == "entity" or "澜溪" in q["q"], q["q"]
    # report_year on a missing year: the figure is stated only by the next report, never by a report of its own
    for q in Q:
        if q["type"] == "report_year":
            assert q["where"][0] - 1 in MISSING or f"{q['where'][0]}年的工作总结" in q["q"], q["q"]
    # a target is written in the plan of the previous report, and the result differs from it
    for year, (visit, _, fdi, apec) in TARGETS.items():
        plan_part = yunhe[year - 1].split(f"三、{year}年")[1] if year - 1 in yunhe else ""
        if year - 1 in yunhe:
            assert f"{visit}批" in plan_part and f"{fmt(fdi)}亿美元" in plan_part and f"{apec}人" in plan_part, year
        if year in VISIT_GROUPS:
            assert (visit, fdi, apec) != (VISIT_GROUPS[year], FDI[year], APEC_PERSONS[year])
            assert visit != VISIT_GROUPS[year] and fdi != FDI[year] and apec != APEC_PERSONS[year], year
    # entity questions: the news figure is not the 云禾 figure of that year
    for key, n in NEWS.items():
        for m, value in n.items():
            if m in MEASURES:
                assert MEASURES[m][n["year"]] != value, (key, m)
    # the first friendship city of a missing year is stated (with its year) by the next report
    assert "2016年与意大利帕多瓦市" in yunhe[2017] and "2021年，我市与柬埔寨暹粒市" in yunhe[2022]
    assert "佩奇市" in yunhe[2017] and not any("佩奇市" in yunhe[y] for y in HELD if y < 2017)
    # the forum: 2020 not held, so the edition of 2022 is not year - 2011
    assert f"第{cn(FORUM_EDITION[2022])}届{FORUM}" in yunhe[2022] and FORUM_EDITION[2022] != 2022 - 2011
    assert "延期举办" in yunhe[2020] and f"第{cn(FORUM_EDITION[2019])}届" in yunhe[2019]
    # open questions: at least one key phrase is only in the intended report
    for q in Q:
        if q["type"] == "open":
            common.check_open_own(yunhe, q["q"], q["gold"], q["where"][0])
    # not-found questions: nothing in the library answers them
    everything = "\n".join(docs.values())
    assert re.findall(r"2012年[^，。]*", everything) == ["2012年创办以来"], re.findall(r"2012年[^，。]*", everything)
    assert all("2025" not in yunhe[y] for y in HELD if y != 2024)
    assert "领事保护" not in yunhe[2024].split("三、2025年")[1]
    for word in ("涉外婚姻", "澜溪", "纪检组长", "外籍留学生"):
        assert word not in everything, word
    assert 2017 not in TARGETS
    ninth = next(s for s in yunhe[2022].split("。") if f"第{cn(FORUM_EDITION[2021])}届" in s)
    assert "嘉宾" not in ninth.split("后，")[0], ninth
    # person questions: the post holder is named with the post in that year's report
    assert f"市外办副主任{DEPUTY[2019]}" in yunhe[2019] or f"副主任{DEPUTY[2019]}" in yunhe[2019]
    assert f"市外办主任{DIRECTOR[2018]}" in yunhe[2018]
    for y in HELD:
        others = {DIRECTOR[o] for o in HELD if DIRECTOR[o] != DIRECTOR[y]}
        assert not any(name in yunhe[y] for name in others), y


def main() -> None:
    yunhe = {y: BUILDERS[style(y)](y) for y in HELD}
    docs: dict = {**yunhe, **{key: news_text(key) for key in NEWS}}
    questions()
    check(docs, yunhe)  # before anything is written
    REPORTS.mkdir(parents=True, exist_ok=True)
    for old in list(REPORTS.glob("*云禾市外办*.txt")) + [p for n in NEWS_FILES.values()
                                                        for p in REPORTS.glob(f"*_{n}.txt")]:
        old.unlink()
    for y, text in yunhe.items():
        (REPORTS / f"{y}_{TITLES[style(y)]}.txt").write_text(text + "\n", encoding="utf-8")
    for key, name in NEWS_FILES.items():
        (REPORTS / f"{NEWS[key]['year']}_{name}.txt").write_text(docs[key] + "\n", encoding="utf-8")
    write_questions(QUESTIONS, Q)
    print(f"{len(yunhe)} reports, {len(NEWS)} news items, {len(Q)} questions -> "
          f"{QUESTIONS.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
